"""The types every stage shares: documents, mentions with spans, claims, events, findings, reports.

Each stage annotates; nothing downstream re-reads raw text without a span.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

OUTCOMES = ("killed", "injured", "abducted", "arrested")
SELF_INFLICTED = "self-inflicted"  # the qualifier of a killer's own death: never one of those he killed
VICTIM_GROUPS = ("civilians", "security forces", "militants", "unknown")


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of a document's text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """One text to code, with what is known about it."""

    id: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text ("at least 25", "dozens", "10-12") with the range it allows."""

    span: Span
    value: int
    low: int
    high: int
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression and the day (or period) it points to, read against the publication date.

    kind: absolute | weekday | relative | period | past
    """

    span: Span
    kind: str
    date: date | None = None
    end_date: date | None = None
    impossible: bool = False
    weekday: int | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str
    country_code: str
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    feature: str = "populated"  # populated | admin1 | admin2 | country
    population: int = 0
    admin1_code: str = ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def degrees_apart(p: Place, q: Place) -> float:
    """How far apart two places (with coordinates) lie, as their latitude and longitude differences summed: a
    cheap measure for "near" and "far" tests (one degree is about 100 km)."""
    return abs(p.latitude - q.latitude) + abs(p.longitude - q.longitude)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    place: Place
    relation: str = "in"  # in | near | outskirts | area | between | road | statement | treated | recalled | home
    # | mission | destination | dateline
    candidates: int = 1
    cue: str = ""  # of a "home" region, what names it: group | telephone | station (see HomeRegion)


@dataclass(frozen=True, slots=True)
class HomeRegion:
    """A first-level unit a report concerns without naming it as a place, and the words that say so: the home
    region of a regional group it names ("AIADMK": Tamil Nadu), the state of its telephone numbers' area codes
    or of the television station it names. It places an event only where nothing else does."""

    span: Span
    country: str
    region: str
    cue: str = "group"  # group | telephone | station


# Relations of places that do not on their face say where the reported event happened: where words were
# spoken or people come from ("statement"), the hospital the wounded were taken to ("treated": near the
# event, so its town stands when the report names no other place), another event the report recalls ("recalled"), the home
# region of a regional group the report names ("home": AIADMK, Tamil Nadu), and a country named for its
# embassy or consulate ("mission": the U.S. embassy, which stands in the report's country), and where people were
# heading ("destination": "marching towards Islamabad").
INDIRECT_RELATIONS = frozenset(("statement", "treated", "recalled", "home", "mission", "destination"))


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as ACLED names it, with its inter code (1 state forces … 8 external/other)."""

    name: str
    inter: int
    kind: str  # state | rebel | political_militia | identity_militia | rioters | protesters | civilians | external
    country: str = ""
    short: str = ""


@dataclass(frozen=True, slots=True)
class ActorMention:
    span: Span
    actor: Actor
    designation: bool = False  # the text used a designation ("Fitna al-Hindustan") rather than a name


@dataclass(frozen=True, slots=True)
class SourceMention:
    """Someone the report attributes words to ("ISPR said")."""

    span: Span
    name: str


@dataclass(slots=True)
class Claim:
    """One reported count: how many, what happened to them, who, where, when, and who says so."""

    count: int
    low: int
    high: int
    outcome: str
    victims: str
    text: str
    start: int
    end: int
    qualifier: str | None = None
    perpetrator: str | None = None
    source: str | None = None
    date: str | None = None
    place: str | None = None
    part_of: int | None = None
    background: bool = False
    additive: bool = False  # "... were also killed": adds to the counts stated before it
    total: bool = False  # "the death toll rose to 8": a running total of everyone, superseding partial counts
    joined: bool = False  # one of counts joined under one outcome ("two foreigners and a security man were killed")
    sentence: int = 0
    words: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "outcome": self.outcome,
            "victims": self.victims,
            "perpetrator": self.perpetrator,
            "source": self.source,
            "date": self.date,
            "place": self.place,
            "part_of": self.part_of,
            "background": self.background,
            "additive": self.additive,
            "total": self.total,
            "words": self.words,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Estimate:
    """UCDP-style low/best/high for one outcome and victim group, across all claims."""

    outcome: str
    victims: str
    low: int
    best: int
    high: int
    claims: list[int]
    contradiction: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Finding:
    """Something a careful reader should know: a contradiction, an impossible date, background history."""

    kind: str
    message: str
    text: str = ""
    start: int | None = None
    end: int | None = None
    suggested_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


@dataclass(slots=True)
class Event:
    """One event in ACLED's fields, with UCDP GED's estimates and the claims behind it."""

    event_date: str | None = None
    time_precision: int = 1
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: str = ""
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    injured: int | None = None
    tags: str = ""
    # UCDP GED
    type_of_violence: int | None = None
    side_a: str = ""
    side_b: str = ""
    deaths_a: int = 0
    deaths_b: int = 0
    deaths_civilians: int = 0
    deaths_unknown: int = 0
    best: int = 0
    low: int = 0
    high: int = 0
    where_prec: int | None = None
    # provenance
    claims: list[int] = field(default_factory=list)
    sentence: int = 0
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Report:
    """What eventcoder reads in one document."""

    id: str
    published: date | None
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    url: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (the batch contract's shape)."""
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "title": self.title,
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "places": [_place_dict(p) for p in self.places],
            "actors": [asdict(a) for a in self.actors],
            "sources": list(self.sources),
            "estimates": [e.to_dict() for e in self.estimates],
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, **kwargs: Any) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def acled_rows(self) -> list[dict[str, Any]]:
        """The events as ACLED rows (dicts keyed by ACLED's 31 columns)."""
        from eventcoder.export.acled import acled_rows

        return acled_rows(self)

    def acled_frame(self) -> Any:
        """The events as a pandas DataFrame in ACLED's columns (needs pandas)."""
        import pandas as pd

        return pd.DataFrame(self.acled_rows(), columns=list(ACLED_COLUMNS))


def _place_dict(p: Place) -> dict[str, Any]:
    return {
        "name": p.name,
        "geonames_id": p.geonames_id,
        "country": p.country,
        "country_code": p.country_code,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "feature": p.feature,
    }


@dataclass(slots=True)
class RecordError:
    """A record that could not be coded: where it came from and what was wrong with it."""

    id: str | None
    where: str  # "file.jsonl:12" or "page.html"
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.message, "where": self.where}
