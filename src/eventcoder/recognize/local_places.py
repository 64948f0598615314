"""Villages of national directories (gazetteer.local: India Post's offices, Ukraine's settlements): when a
name may be read in them (introduced as a place, "in Kotha Guru", "near Kruta Balka", "X village") and which
of their villages it is (the report's country, the units named with it, the provinces and towns of its other
places, and only one village left)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventcoder.knowledge.gazetteer import Gazetteer, norm
from eventcoder.model import Place, degrees_apart

if TYPE_CHECKING:
    from eventcoder.recognize.places import _Mention

__all__ = ["FRONT_KM", "SETTLEMENT_AFTER", "km_to_line", "local_candidates", "local_intro", "on_front",
           "resolve_local"]

SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:city|town|village)\b")


def local_candidates(text: str, run: list[tuple[int, int]], gaz: Gazetteer, designators: frozenset[str]
                     ) -> tuple[int, int, int, str, tuple[tuple[Place, bool], ...]] | None:
    """A name the gazetteer lacks, introduced as a place ("in Kotha Guru", "at Mundiyambakkam village"),
    found in the directory of villages: three tokens, then two, then one."""
    if not local_intro(text, run[0][0], run[-1][1]):
        return None
    for j in range(min(len(run), 3), 0, -1):
        s, e = run[0][0], run[j - 1][1]
        if j < len(run) and not SETTLEMENT_AFTER.match(text, e) and norm(text[run[j][0]:run[j][1]]) \
                not in designators:
            continue  # part of a longer name: "at Lashkar-e-Taiba's office" is no village Lashkar
        places = gaz.local(text[s:e])
        if places:
            return j, s, e, norm(text[s:e]), places
    return None


_LOCAL_INTRO_WORDS = ("in", "at", "near", "outside", "around", "from", "through")
_LOCAL_INTRO_AREAS = ("area", "vicinity", "outskirts", "residents", "villagers", "village", "town")  # "the area of X"
_LOCAL_INTRO = re.compile(rf"\b(?:{'|'.join(_LOCAL_INTRO_WORDS)}|(?:{'|'.join(_LOCAL_INTRO_AREAS)}) of)[ \t]+$", re.I)
_LOCAL_INTRO_ENDINGS = frozenset(w[-2:] for w in (*_LOCAL_INTRO_WORDS, "of"))  # checked before the regex: run starts are many
_PLACE_POSSESSIVE = re.compile(r"\b(?:in|at|near)[ \t]+[A-Z][\w-]*['’]s[ \t]+$")  # "in Hooghly's Uttarpara"


def local_intro(text: str, start: int, end: int) -> bool:
    """Whether a name is introduced as where something happened: "in X", "near X", "in Hooghly's X", "X
    village", or where a march set out from or passed through ("from X", "through X")."""
    if start >= 3 and text[start - 2].islower() and text[start - 3:start - 1].lower() in _LOCAL_INTRO_ENDINGS \
            and _LOCAL_INTRO.search(text, max(0, start - 16), start):
        return True
    if start >= 4 and text[start - 2] == "s" and text[start - 3] in "'’" \
            and _PLACE_POSSESSIVE.search(text, max(0, start - 40), start):
        return True  # (the regex runs only after "'s ", as run starts are many)
    return text[end:end + 1] in (" ", "\t") and SETTLEMENT_AFTER.match(text, end) is not None


WEAK_EVIDENCE = 0.5  # below this, a country's evidence is a stray word's (places.py gives one 0.3), not a place's


def resolve_local(m: _Mention, ms: list[_Mention], chosen: list[Place | None], evidence: dict[str, float],
                  named_admin1: dict[tuple[str, str], set[str]], gaz: Gazetteer,
                  front: Sequence[tuple[float, float]] = ()) -> Place | None:
    """A village of a national directory: only in a report set in its country, in the units the report names
    for it ("Kotha Guru, Bathinda"), in the provinces and near the towns of the other places it names, by the
    front line the report's observer mission watches (`front`, its towns in order), and only when one place of
    that name remains; when several remain in one province, that province."""
    cc = m.cands[0][0].country_code
    offices = [p for p, _ in m.cands]
    own = {id(p) for p, precise in m.cands if precise}
    # the units the report names with it, by any of their readings ("Kalanwali, Punjab": India's Punjab)
    links = [[q for q, _ in ms[k].cands] for k in m.chain]
    if links:
        offices = [p for p in offices if all(any(_near_or_in(q, p) for q in link) for link in links)]
    implied = {a1 for c, a1 in named_admin1 if c == cc}  # provinces named or implied (a party's home)
    ev = evidence.get(cc, 0.0)
    # a report that points to no country at all may name a village only one directory knows, by its own
    # spelling ("in Nandgarh"); words of a name no place was found for point nowhere ("the Lemba Laijing
    # Loukon Protection Committee at Kakching Lamkhai": no Lemba of Angola)
    unplaced = max(evidence.values(), default=0.0) < WEAK_EVIDENCE and all(q is None for q in chosen) \
        and all(p.country_code == cc for p in offices) and all(norm(p.name) == m.key for p in offices)
    if (ev <= 0.01 or ev < max(evidence.values())) and not (links and offices) \
            and not any(p.admin1 in implied for p in offices) and not unplaced:
        return None  # nothing sets the report in the directory's country
    # the provinces of the other places of the report, or the ones it names or implies
    # (not the readings of the same name said again, which are read anew: "in the area of Vasylivka, Donetsk
    # ... near Vasylivka" is not the Vasylivka of Zaporizhia the second was first read as)
    others = [q for k, q in enumerate(chosen) if q is not None and ms[k].key != m.key]
    provinces = {q.admin1 for q in others if q.country_code == cc and q.admin1} | implied
    if provinces:
        offices = [p for p in offices if p.admin1 in provinces]
    # and near the towns and districts it names: "Shastri Nagar in Jabalpur" is not Bhopal's
    near = [q for q in others if q.country_code == cc and q.feature in ("populated", "admin2")
            and q.latitude is not None]
    if near:
        offices = [p for p in offices if any(degrees_apart(q, p) < 1.0 for q in near)]
    if not offices:
        return None
    if front and len(offices) > 1:  # "near Viktorivka" in a ceasefire report: the Viktorivka by the line
        by_line = [p for p in offices if p.latitude is not None and on_front(p, front)]
        offices = by_line or offices
        if len(by_line) > 1:  # (of several by it, the one on it, when clearly nearer than the next: "Lozove")
            (km, village), (next_km, _) = sorted(((km_to_line(p.latitude, p.longitude, front), p) for p in by_line),
                                                 key=lambda kp: kp[0])[:2]
            if next_km - km >= NEARER_TO_THE_LINE_KM:
                offices = [village]
    first = offices[0]
    if any(degrees_apart(p, first) > 0.3 for p in offices):
        # several villages of that name: the report does not say which, but it may say the province
        if len({p.admin1 for p in offices}) == 1:
            return gaz.admin1(cc, first.admin1)
        return None
    if id(first) not in own and not m.hint:
        m.hint = "near"  # placed at its community's centre: near it, ACLED geo_precision 2
    return first


FRONT_KM = 20.0  # how far from a front line its villages lie: both sides' positions and the grey zone
NEARER_TO_THE_LINE_KM = 3.0  # of two villages of one name by a front line, the one this much nearer is meant


def km_to_line(lat: float, lon: float, line: Sequence[tuple[float, float]]) -> float:
    """Kilometres from a point to a line through the given points (an equirectangular projection: lines of a
    few hundred kilometres)."""
    k = math.cos(math.radians(lat))
    px, py = lon * k * 111.32, lat * 111.32
    best = float("inf")
    pts = [(x * k * 111.32, y * 111.32) for y, x in line]
    for (ax, ay), (bx, by) in itertools.pairwise(pts if len(pts) > 1 else pts * 2):
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


def on_front(p: Place, front: Sequence[tuple[float, float]]) -> bool:
    """Whether a place (with coordinates) lies within FRONT_KM of a front line."""
    return km_to_line(p.latitude, p.longitude, front) <= FRONT_KM


def _near_or_in(unit: Place, p: Place) -> bool:
    """Whether a unit or town the report names with a village can contain it or lie beside it."""
    if unit.country_code != p.country_code:
        return False
    if unit.feature == "country":
        return True
    if unit.admin1 != p.admin1:
        return False
    if unit.feature == "admin1" or unit.latitude is None:
        return True
    reach = 0.8 if unit.feature == "admin2" else 0.4  # degrees: a district's extent, a town's surroundings
    return degrees_apart(unit, p) < reach
