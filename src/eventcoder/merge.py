"""Cross-report merging: when two reports describe one real-world event, and what the merged event says.

Two event records match when
- their days are within a window (default +-2 days; protests, riots and strategic developments the same day),
  and a merged event never stretches past that window, however its reports arrive;
- their places are close: 25 km between points by default, 10 km between two differently named towns, the same
  location or admin2 name without coordinates; a province-level placement matches only an event of the same
  type on the same day in that province, and only when it is the one candidate there;
- their types are compatible (the same ACLED event type, or Explosions/Remote violence beside Battles or
  Violence against civilians);
- their actors do not contradict each other (two different named armed groups never match).

A merged event's figures come from every contributing report's own coding, read in publication order: a later
report updates the toll ("rose to 17"), low and high span everything any report said, and reports of the same
day that disagree, or a later report that lowers a toll, raise the contradiction flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventcoder.model import haversine_km

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"

# The figures whose every change is kept in the store's figure_history.
FIGURES = ("fatalities", "injured", "low", "best", "high")

# Fields a merged event takes from its best-placed contribution.
_PLACE_FIELDS = (
    "iso", "region", "country", "country_code", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "where_prec",
)
_UCDP_DEATHS = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")


@dataclass(frozen=True, slots=True)
class MergeConfig:
    """How close two event records must be to count as one event."""

    days: int = 2
    km: float = 25.0
    # Two town-level points with different names (two neighbourhoods of one city, two nearby villages) must be
    # closer than this: in a city, "within 25 km" would join every attack of the day.
    named_km: float = 10.0
    # Event types that recur daily at one place (protests, riots, arrests): reports must agree on the day.
    type_days: tuple[tuple[str, int], ...] = (("Protests", 0), ("Riots", 0), ("Strategic developments", 0))
    # A clash reported by one outlet as a battle and by another as shelling, or a bombing of a market coded
    # as an explosion from one text and as violence against civilians from another, is still one event.
    compatible_types: frozenset[frozenset[str]] = frozenset(
        {frozenset({BATTLES, EXPLOSIONS}), frozenset({EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})}
    )


DEFAULT = MergeConfig()


def parse_day(value: str | date | None) -> date | None:
    """An ISO day ("2026-02-04") as a date; None when absent or not a full day."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_gap(a: str | date | None, b: str | date | None) -> int | None:
    """Days between two ISO days; None when either is unknown."""
    da, db = parse_day(a), parse_day(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _norm(s: Any) -> str:
    return " ".join(str(s or "").casefold().split())


def _has_point(e: Mapping[str, Any]) -> bool:
    return e.get("latitude") is not None and e.get("longitude") is not None


def _coarse(e: Mapping[str, Any]) -> bool:
    """Placed only at province level (ACLED geo_precision 3) or not placed below the country at all."""
    if e.get("geo_precision") == 3:
        return True
    return not (_has_point(e) or e.get("location") or e.get("admin2"))


def place_distance(a: Mapping[str, Any], b: Mapping[str, Any], cfg: MergeConfig = DEFAULT) -> float | None:
    """How far apart two events are (km), 0.0 for the same named place, None when they cannot be the same place.

    Events in different countries never match; two points are compared by distance; without coordinates the
    same admin2 or the same location name (in the same admin1 when both give one) counts as the same place.
    """
    ca, cb = a.get("country_code") or "", b.get("country_code") or ""
    if ca and cb and ca != cb:
        return None
    if _coarse(a) or _coarse(b):
        return None  # province-level placements are matched separately (see coarse_match)
    if _has_point(a) and _has_point(b):
        d = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
        la, lb = _norm(a.get("location")), _norm(b.get("location"))
        named_apart = la and lb and la != lb and a.get("geo_precision") == 1 and b.get("geo_precision") == 1
        return d if d <= (min(cfg.km, cfg.named_km) if named_apart else cfg.km) else None
    a1a, a1b = _norm(a.get("admin1")), _norm(b.get("admin1"))
    if a1a and a1b and a1a != a1b:
        return None
    if _norm(a.get("location")) and _norm(a.get("location")) == _norm(b.get("location")):
        return 0.0
    if _norm(a.get("admin2")) and _norm(a.get("admin2")) == _norm(b.get("admin2")):
        return cfg.km / 2  # same district: as good as a near neighbour, worse than the same town
    return None


def coarse_match(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """A province-level placement is in the same country and admin1 as the other event (see match_score)."""
    if not (_coarse(a) or _coarse(b)):
        return False
    ca, cb = a.get("country_code") or "", b.get("country_code") or ""
    a1a, a1b = _norm(a.get("admin1")), _norm(b.get("admin1"))
    return bool(ca and ca == cb and a1a and a1a == a1b)


def types_compatible(ta: str | None, tb: str | None, cfg: MergeConfig = DEFAULT) -> bool:
    """The same event type, or a pair the config calls compatible (Battles and Explosions by default)."""
    ta, tb = ta or "", tb or ""
    if ta == tb:
        return True
    if not ta or not tb:
        return False
    return frozenset({ta, tb}) in cfg.compatible_types


def _named_armed(e: Mapping[str, Any]) -> set[str]:
    """Named non-state armed actors (ACLED inter 2 rebels, 3 political militias, 4 identity militias)."""
    out = set()
    for name_key, inter_key in (("actor1", "inter1"), ("actor2", "inter2")):
        name = _norm(e.get(name_key))
        if name and e.get(inter_key) in (2, 3, 4) and not name.startswith("unidentified"):
            out.add(name)
    return out


def actors_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """False only when both events name armed groups and they share none (two groups are two attacks)."""
    ga, gb = _named_armed(a), _named_armed(b)
    return not (ga and gb and not (ga & gb))


def _days(e: Mapping[str, Any]) -> list[date]:
    """The event's day and, for a merged event, the first and last days its reports gave."""
    return [d for d in (parse_day(e.get(k)) for k in ("event_date", "first_date", "last_date")) if d is not None]


def _span_gap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int | None:
    """The largest gap between any day of a and any day of b: a merged event never stretches past the window,
    however its reports arrive (no chaining of daily attacks into one event)."""
    da, db = _days(a), _days(b)
    if not da or not db:
        return None
    return max(abs((x - y).days) for x in da for y in db)


def window_days(ta: str | None, tb: str | None, cfg: MergeConfig = DEFAULT) -> int:
    """How many days apart two events of these types may be reported and still be one event."""
    per_type = dict(cfg.type_days)
    return min(per_type.get(ta or "", cfg.days), per_type.get(tb or "", cfg.days), cfg.days)


def match_score(a: Mapping[str, Any], b: Mapping[str, Any], cfg: MergeConfig = DEFAULT) -> float | None:
    """None when a and b cannot be one event, else a distance-like score (lower is a better match).

    A province-level placement matches only an event of the same type on the same day in that province.
    """
    gap = _span_gap(a, b)
    if gap is None or gap > window_days(a.get("event_type"), b.get("event_type"), cfg):
        return None
    if not types_compatible(a.get("event_type"), b.get("event_type"), cfg):
        return None
    if not actors_compatible(a, b):
        return None
    km = place_distance(a, b, cfg)
    if km is None:
        if not coarse_match(a, b) or gap != 0 or a.get("event_type") != b.get("event_type"):
            return None
        km = cfg.km  # the province matches; the worst acceptable distance
    same_type = 0.0 if a.get("event_type") == b.get("event_type") else 0.5
    return km / max(cfg.km, 1e-9) + gap + same_type


def best_match(
    incoming: Mapping[str, Any], candidates: Iterable[Mapping[str, Any]], cfg: MergeConfig = DEFAULT
) -> Mapping[str, Any] | None:
    """The candidate that best matches the incoming event, or None.

    A province-level placement merges only when exactly one candidate could be it; otherwise it stays apart.
    """
    scored = []
    for c in candidates:
        s = match_score(incoming, c, cfg)
        if s is not None:
            scored.append((s, c))
    if not scored:
        return None
    coarse = [c for _, c in scored if coarse_match(incoming, c)]
    if coarse and len(scored) > 1 and len(coarse) == len(scored):
        return None
    return min(scored, key=lambda sc: sc[0])[1]


@dataclass(slots=True)
class Contribution:
    """One document's coding of an event: its fields, when it was published, what it counted."""

    document_id: str
    published: str | None
    fields: dict[str, Any]
    has_killed: bool = True
    has_injured: bool = False
    contradiction: bool = False
    order: int = 0  # arrival order, to break ties between reports published the same day


@dataclass(slots=True)
class Combined:
    """A merged event: its fields (ACLED + UCDP), figures, contradiction flag and why, and its reports' days."""

    fields: dict[str, Any]
    contradiction: bool = False
    notes: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


def _chrono(c: Contribution) -> tuple[str, int]:
    return (c.published or "", c.order)


def _figure(contribs: Sequence[Contribution], name: str, present: str) -> tuple[int | None, bool, str]:
    """A figure across reports: the latest reports' (the lowest if they disagree) and whether they conflict."""
    having = [c for c in contribs if getattr(c, present) and c.fields.get(name) is not None]
    if not having:
        return None, False, ""
    latest_day = max(c.published or "" for c in having)
    latest = [int(c.fields[name]) for c in having if (c.published or "") == latest_day]
    value = min(latest)
    conflict, why = False, ""
    if len(set(latest)) > 1:
        conflict = True
        why = f"{name}: reports of {latest_day or 'an unknown day'} disagree ({', '.join(map(str, sorted(set(latest))))})"
    earlier = [int(c.fields[name]) for c in having if (c.published or "") < latest_day]
    if earlier and max(earlier) > value:
        conflict = True
        why = f"{name}: a later report lowers the figure from {max(earlier)} to {value}"
    return value, conflict, why


def combine(contribs: Sequence[Contribution]) -> Combined:
    """The merged event from every document's coding of it.

    Place fields come from the most precisely placed report, the date from the most precisely dated (earliest
    on a tie), type and actors from the earliest report, with unidentified actors filled in by a later report
    that names them. Fatalities and injuries follow the latest reports (a rising toll updates, it does not
    contradict); low is the least any report said, high the most, best the latest reports' best.
    """
    if not contribs:
        raise ValueError("combine() needs at least one contribution")
    ordered = sorted(contribs, key=_chrono)
    first = ordered[0]
    out = dict(first.fields)
    days = sorted(d.isoformat() for d in (parse_day(c.fields.get("event_date")) for c in ordered) if d)
    span = (days[0], days[-1]) if days else (None, None)
    if len(ordered) == 1:
        notes = ["contradiction within the report"] if first.contradiction else []
        return Combined(out, first.contradiction, notes, *span)

    placed = min(ordered, key=lambda c: (c.fields.get("geo_precision") or 9, not _has_point(c.fields)))
    for k in _PLACE_FIELDS:
        out[k] = placed.fields.get(k)
    dated = [c for c in ordered if parse_day(c.fields.get("event_date"))]
    if dated:
        when = min(dated, key=lambda c: (c.fields.get("time_precision") or 9, c.fields["event_date"]))
        out["event_date"] = when.fields["event_date"]
        out["time_precision"] = when.fields.get("time_precision")
    for side in ("1", "2"):
        if not out.get(f"actor{side}") or _norm(out.get(f"actor{side}")).startswith("unidentified"):
            for c in ordered[1:]:
                name = c.fields.get(f"actor{side}")
                if name and not _norm(name).startswith("unidentified"):
                    out[f"actor{side}"] = name
                    out[f"inter{side}"] = c.fields.get(f"inter{side}")
                    break
    sources = [s.strip() for c in ordered for s in str(c.fields.get("source") or "").split(";")]
    out["source"] = "; ".join(dict.fromkeys(s for s in sources if s))

    contradiction = any(c.contradiction for c in ordered)
    notes = ["contradiction within a report"] if contradiction else []
    fat, conflict, why = _figure(ordered, "fatalities", "has_killed")
    out["fatalities"] = fat or 0
    if conflict:
        contradiction, notes = True, [*notes, why]
    inj, conflict, why = _figure(ordered, "injured", "has_injured")
    out["injured"] = inj
    if conflict:
        contradiction, notes = True, [*notes, why]
    killers = [c for c in ordered if c.has_killed] or ordered
    out["low"] = min(int(c.fields.get("low") or 0) for c in killers)
    out["high"] = max(int(c.fields.get("high") or 0) for c in killers)
    best, _, _ = _figure(killers, "best", "has_killed")
    out["best"] = min(max(best or 0, out["low"]), out["high"])
    latest_day = max(c.published or "" for c in killers)
    latest = [c for c in killers if (c.published or "") == latest_day]
    for k in _UCDP_DEATHS:
        out[k] = min(int(c.fields.get(k) or 0) for c in latest)
    return Combined(out, contradiction, notes, *span)


def figure_changes(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(figure, old, new) for every tracked figure that differs (all of them when there was no old event)."""
    out = []
    for k in FIGURES:
        before = None if old is None else old.get(k)
        after = new.get(k)
        if before != after:
            out.append((k, before, after))
    return out
