"""The coding pipeline: one document in, one report out. Each stage is one module with one function."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from eventcoder.audit import audit
from eventcoder.claims import extract_claims
from eventcoder.events import build_events
from eventcoder.headline_grammar import for_places
from eventcoder.headline_tolls import add_headline_tolls, headline_claims
from eventcoder.knowledge.gazetteer import load_gazetteer
from eventcoder.model import INDIRECT_RELATIONS, ActorMention, Document, Event, Finding, PlaceMention, Report
from eventcoder.recognize.actors import country_name, mission_regions, scan_actors
from eventcoder.recognize.place_relations import where_spoken
from eventcoder.recognize.places import find_places
from eventcoder.recognize.quantities import find_quantities
from eventcoder.recognize.sources import find_sources
from eventcoder.recognize.times import filed_on, find_times
from eventcoder.recognize.toponym_words import designator_words
from eventcoder.recognize.unplaced import respelt_in_province, unplaced_names
from eventcoder.reconcile import reconcile
from eventcoder.text import split_sentences, word_alternation


def code_document(doc: Document) -> Report:
    """Code one document: recognise mentions, read claims, build events, reconcile and audit."""
    text = doc.text
    sentences = split_sentences(text)
    quantities = find_quantities(text)
    times = find_times(text, doc.published)
    filed = filed_on(text, times)
    if filed is not None and filed != doc.published:  # "SAVANNAH, GA (December 2, 2015):" counts "Wednesday" from then
        times = find_times(text, filed)
    sources = find_sources(text)
    scan = scan_actors(text)
    regions = mission_regions(text, filed or doc.published)
    places = find_places(text, countries=scan.named_countries(), homes=scan.home_regions(), regions=regions)
    home = scan.home_country()
    country = places[0].place.country_code if places else home
    actors = scan.resolve(country)
    claims, background = extract_claims(text, sentences, quantities, times, sources, actors, places)
    headline = find_places(for_places(doc.title)) if doc.title else []
    events = build_events(doc, sentences, claims, times, places, actors, background, home, headline, not regions)
    respelt = None
    if events and events[0].geo_precision == 3 and events[0].iso and events[0].admin1:
        # placed only at its province: a name the gazetteer lacks may misspell one of its towns
        respelt = respelt_in_province(text, places, actors, load_gazetteer(), events[0].iso, events[0].admin1)
    if respelt is not None:
        places = sorted([*places, respelt], key=lambda m: m.span.start)
        claims, background = extract_claims(text, sentences, quantities, times, sources, actors, places)
        events = build_events(doc, sentences, claims, times, places, actors, background, home, headline,
                              not regions)
    first_headline_claim = len(claims)
    if doc.title and events:
        claims += headline_claims(doc.title, claims)
    estimates, contradiction_findings = reconcile(claims, events[0].event_date if events else None)
    findings = [Finding(kind="input", message=w) for w in doc.warnings]
    findings += audit(doc, sentences, times, background) + contradiction_findings + _home_findings(events, places)
    findings += _country_only(text, events, home, places) + _shared_village_names(events, places)
    findings += _placed_by_headline(events, places, headline) + _unplaced(text, events, places, actors)
    findings += add_headline_tolls(events, claims, first_headline_claim)
    if respelt is not None:
        findings.append(Finding(kind="location", message=(
            f"'{respelt.span.text}' is not in the gazetteer as written: read as {respelt.place.name} "
            f"({respelt.place.admin1}), the one town or district of the province the event stood in that is "
            "spelt nearly so."), text=respelt.span.text, start=respelt.span.start, end=respelt.span.end))
    return Report(
        id=doc.id,
        published=doc.published,
        events=events,
        claims=claims,
        places=_unique_places(places),
        actors=_unique_actors(actors),
        sources=sorted({s.name for s in sources}),
        estimates=estimates,
        findings=findings,
        url=doc.url,
        title=doc.title,
    )


def code(text: str, published: date | str | None = None, id: str = "doc") -> Report:
    """Code one text. `published` (a date or ISO string) anchors relative dates ("Saturday")."""
    from eventcoder.ingest import document_from_text

    return code_document(document_from_text(text, id=id, published=published))


def _home_findings(events: list[Event], places: list[PlaceMention]) -> list[Finding]:
    """Events placed only by the home region of a group the report names, said as such."""
    if not events or any(m.relation not in INDIRECT_RELATIONS and m.place.feature != "country" for m in places):
        return []
    for m in places:
        if m.relation == "home" and any(e.admin1 == m.place.admin1 and e.geo_precision == 3 for e in events):
            return [Finding(kind="location", message=(
                f"No place below the country is named: the event is placed in {m.place.admin1}, "
                f"{_WHOSE_REGION[m.cue]} ({m.span.text}), at geo_precision 3."), text=m.span.text,
                start=m.span.start, end=m.span.end)]
    return []


# What makes a home region the event's, by the cue that names it (model.HomeRegion)
_WHOSE_REGION = {
    "group": "the home region of the group the report names",
    "telephone": "the state of the telephone numbers the report gives",
    "station": "the state of the television station the report names",
}


@lru_cache(maxsize=1)
def _unit_word_after() -> re.Pattern[str]:
    """A unit's word ending a name ("Northwest region", "Kech district"; knowledge/designators.yaml)."""
    words = designator_words("admin1") | designator_words("admin2")
    return re.compile(r"\s+" + word_alternation(words) + "$", re.I)


def _shared_village_names(events: list[Event], places: list[PlaceMention]) -> list[Finding]:
    """Events placed at the province because the village name the report gives belongs to several villages
    of it ("near Kamyanka": Donetsk has more than one): said, with the words."""
    from eventcoder.knowledge.gazetteer import load_gazetteer

    out: list[Finding] = []
    for m in places:
        if m.place.feature != "admin1" or m.candidates < 2 or m.relation in INDIRECT_RELATIONS \
                or not any(e.admin1 == m.place.admin1 and e.geo_precision == 3 for e in events):
            continue
        if any(q.feature == "admin1" for q in load_gazetteer().lookup(_unit_word_after().sub("", m.span.text))):
            continue  # the words name the province itself ("Northwest region": Cameroon's Nord-Ouest)
        out.append(Finding(kind="location", message=(
            f"{m.span.text} is the name of several villages of {m.place.admin1}; the report does not say which: "
            f"the event is placed in the province, at geo_precision 3."), text=m.span.text, start=m.span.start,
            end=m.span.end))
        break
    return out


def _country_only(text: str, events: list[Event], code: str | None, places: list[PlaceMention]) -> list[Finding]:
    """Events no place locates have the country the report's groups place it in, else the one its words were
    spoken in (see `build_events`): said."""
    if any(m.relation not in INDIRECT_RELATIONS for m in places):
        return []
    spoken = where_spoken(text, places) if code is None else None
    code = code or (spoken.place.country_code if spoken is not None else None)
    if code is None:
        return []
    unplaced = [e for e in events if e.iso == code and (not e.location or e.location == e.country)]
    if not unplaced:
        return []
    where = "it stands at the capital, as ACLED codes an event known only by its country (geo_precision 3)" \
        if unplaced[0].location else "no province or coordinates are given"
    why = f"is where the report's words were spoken ({spoken.span.text})" if spoken is not None \
        else "is where the groups or the mission the report names work"
    return [Finding(kind="location", message=(
        "No place the report names is located (it names none, or a name several villages share): the country "
        f"({country_name(code)}) {why}; {where}."), **({"text": spoken.span.text, "start": spoken.span.start,
                                                        "end": spoken.span.end} if spoken is not None else {}))]


def _placed_by_headline(events: list[Event], places: list[PlaceMention],
                        headline: list[PlaceMention]) -> list[Finding]:
    """Events the text places in no town or province that the headline places: said, with its words."""
    named = {(m.place.name, m.place.admin1) for m in places}
    out: list[Finding] = []
    for m in headline:
        key = (m.place.name, m.place.admin1)
        if key not in named and any(e.location == m.place.name and e.admin1 == m.place.admin1 for e in events):
            out.append(Finding(kind="location", message=(
                f"The text names no town or province of the event: it is placed at {m.place.name} "
                f"({m.place.admin1}), which the headline names."), text=m.span.text))
            named.add(key)
    return out


def _unplaced(text: str, events: list[Event], places: list[PlaceMention],
              actors: list[ActorMention]) -> list[Finding]:
    """Names introduced as where it happened that the gazetteer lacks, when the event is placed no closer than
    a district: said, so an analyst can add them (`--gazetteer extra.csv`) or place the event by hand."""
    if not events or (events[0].geo_precision or 3) < 2:
        return []
    names = unplaced_names(text, places, actors)[:3]
    if not names:
        return []
    e = events[0]
    where = ", ".join(dict.fromkeys(x for x in (e.location, e.admin2, e.admin1, e.country) if x))  # each name once
    placed = (f"the event is placed at {where} (geo_precision {e.geo_precision})" if e.geo_precision
              else f"the event is placed in no place{f' below {e.country}' if e.country else ''}")
    listed = ", ".join(f"'{n.text}'" for n in names)
    return [Finding(kind="location", message=(
        f"Named as where it happened but not in the gazetteer: {listed}; {placed}. A user gazetteer "
        f"(--gazetteer extra.csv) can add {'it' if len(names) == 1 else 'them'}."),
        text=names[0].text, start=names[0].start, end=names[0].end)]


def _unique_places(mentions):  # noqa: ANN001, ANN202
    out, seen = [], set()
    for m in mentions:
        key = (m.place.name, m.place.geonames_id)
        if key not in seen:
            seen.add(key)
            out.append(m.place)
    return out


def _unique_actors(mentions):  # noqa: ANN001, ANN202
    out, seen = [], set()
    for m in mentions:
        if m.actor.name not in seen:
            seen.add(m.actor.name)
            out.append(m.actor)
    return out
