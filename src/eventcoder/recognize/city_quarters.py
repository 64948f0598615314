"""Parts of a city a report names that the gazetteer reads as towns elsewhere: "the Austin neighborhood" of a
Chicago report, "the city's Mirpur area", "in Roxbury" beside "Boston police", "the Kotwali area of Peshawar
city". Each drops such a reading (no place, not a wrong one) after `find_places` has resolved every mention."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventcoder.knowledge.gazetteer import Gazetteer, norm
from eventcoder.model import INDIRECT_RELATIONS, Place, degrees_apart
from eventcoder.recognize.datelines import filed_from, names_the_city

if TYPE_CHECKING:
    from eventcoder.recognize.places import _Mention

__all__ = ["areas_of_a_city", "barangays_of_towns", "city_quarters", "namesakes_far_from_city",
           "neighbourhoods_elsewhere", "respellings_far_from_their_town"]


def _apart(p: Place, q: Place, degrees: float) -> bool:
    """Whether two places lie more than `degrees` apart (latitude and longitude differences summed)."""
    return degrees_apart(p, q) > degrees


# (the name may be the first words of the neighbourhood's: "the University Village neighborhood")
_NEIGHBOURHOOD = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?i:neighbou?rhoods?)\b")
# "in the Chisholm community" of Montgomery, "in the Lonsdale community Saturday night" (not "Madera Community
# Hospital", nor "a southeast Houston community")
_COMMUNITY = re.compile(r"[ \t]+community\b(?![ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                        r"[A-Z])")


def _called_a_neighbourhood(text: str, m: _Mention) -> bool:
    """"The Austin neighborhood", "the University Village neighborhood", "the Chisholm community"."""
    return _NEIGHBOURHOOD.match(text, m.end) is not None or (
        _COMMUNITY.match(text, m.end) is not None and text[max(0, m.start - 4):m.start].lower() == "the ")


def neighbourhoods_elsewhere(text: str, ms: list[_Mention], chosen: list[Place | None]) -> None:
    """'The Austin neighborhood' of a report set in Chicago is a part of Chicago, not Austin, Texas: a name
    called a neighbourhood or a community is no place, wherever the report names it, when its reading lies far
    from every other town the report names, one of them a city larger than it, and in no county it names ("the
    Roundup community" of a report naming Musselshell County is Roundup, Montana)."""
    towns = [(m.key, p) for m, p in zip(ms, chosen, strict=True)
             if p is not None and p.feature == "populated" and p.latitude is not None]
    counties = {(p.country_code, p.admin1, p.admin2) for p in chosen if p is not None and p.feature == "admin2"}
    for idx, m in enumerate(ms):
        p = chosen[idx]
        if p is None or p.latitude is None or not _called_a_neighbourhood(text, m) \
                or (p.country_code, p.admin1, p.admin2) in counties:
            continue
        others = [q for k, q in towns if k != m.key]
        if any(q.population > p.population for q in others) \
                and all(_apart(p, q, 0.5) for q in others):
            _drop_name(ms, chosen, idx)


def _drop_name(ms: list[_Mention], chosen: list[Place | None], idx: int) -> None:
    """Drop a reading found to be a city's quarter wherever the report names the quarter so ("shot to death in
    Austin ... in the West Side Austin neighborhood")."""
    p = chosen[idx]
    for other, m in enumerate(ms):
        if m.key == ms[idx].key and chosen[other] == p:
            chosen[other] = None


_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed(text: str, ms: list[_Mention], idx: int) -> bool:
    """Whether a name stands in a list of names ("in Quetta, Mastung and Pasni")."""
    m = ms[idx]
    return (idx > 0 and _LIST_GAP.fullmatch(text, ms[idx - 1].hint_end or ms[idx - 1].end, m.start) is not None) or (
        idx + 1 < len(ms) and _LIST_GAP.fullmatch(text, m.hint_end or m.end, ms[idx + 1].start) is not None)


def namesakes_far_from_city(text: str, ms: list[_Mention], chosen: list[Place | None], keep: list[bool],
                             head: re.Match[str] | None, named_admin1: dict[tuple[str, str], set[str]]) -> None:
    """A report set in a large city ("Chicago police said") that names a small place whose name many places
    bear ("in Englewood", "in Roxbury") names a quarter of that city the gazetteer lacks, not the namesake
    town hundreds of kilometres away in its country: no place, not a wrong one. (Not a dateline's town, one in
    a province the report names, nor beside a city the report only recalls or quotes, or was filed from:
    "BAMAKO (Reuters) - ... near the central Malian town of Bandiagara".)"""
    cities = [p for m, p, k in zip(ms, chosen, keep, strict=True) if k and p is not None
              and p.feature == "populated" and p.population >= 150_000 and p.latitude is not None
              and m.relation not in INDIRECT_RELATIONS and not _filed_from(head, m, ms, chosen, p)]
    if not cities:
        return
    # a dateline with its state names a town ("LIMA, Ohio —"); one without may name a quarter ("ROSELAND —")
    datelined = {m.key for m in ms if head is not None and head.group(2) and names_the_city(head, m.start, m.end)}
    for idx, m in enumerate(ms):
        p = chosen[idx]
        if not keep[idx] or p is None or p.feature != "populated" or p.population >= 50_000 or p.latitude is None \
                or m.quals or m.hint or m.chain or m.key in datelined \
                or named_admin1.get((p.country_code, p.admin1), set()) - {m.key} or _listed(text, ms, idx):
            continue
        same = [c for c in cities if c.country_code == p.country_code and c is not p]
        if same and all(_apart(p, c, 2.0) for c in same):
            keep[idx] = False


def _filed_from(head: re.Match[str] | None, m: _Mention, ms: list[_Mention], chosen: list[Place | None],
                city: Place) -> bool:
    """Whether mention `m` is the city of the dateline `head` that the story was filed from."""
    return head is not None and names_the_city(head, m.start, m.end) and filed_from(head, ms, chosen, city)


_QUARTER_OF = re.compile(r"\b(?:the|The)\s+(?:port\s+)?(?:city|capital|metropolis)(?:'s|’s)\s+$")


# "Mirpur embankment area in the city", "the Lalbagh area of the capital", "the Seven Mile and Greenfield area on the
# city's west side", "the Feltonville section of the city": a quarter of the report's city
_IN_THE_CITY = re.compile(r"(?:[ \t]+[A-Za-z]+){0,2}[ \t]+(?:area|section)[ \t]+(?:in|of|on)[ \t]+the[ \t]+(?:port[ \t]+)?"
                          r"(?:city|capital|metropolis)\b")


def city_quarters(text: str, ms: list[_Mention], chosen: list[Place | None], gaz: Gazetteer) -> None:
    """'The city's Mirpur area', 'the capital's Hazaribagh', 'the Mirpur embankment area in the city': a quarter
    of a city, not the town of its name elsewhere, wherever the report names it. Its reading stands only near a
    town the report names or, where it names none, near the capital (the city such a report means: see
    `with_capital`)."""
    quarters = [idx for idx, m in enumerate(ms) if chosen[idx] is not None
                and (_QUARTER_OF.search(text, max(0, m.start - 24), m.start) or _IN_THE_CITY.match(text, m.end))]
    if not quarters:
        return
    names = {ms[idx].key for idx in quarters}  # "Mirpur Police Station" after "the city's Mirpur" is no town
    towns = [p for idx, p in enumerate(chosen) if ms[idx].key not in names and p is not None
             and p.feature == "populated" and p.latitude is not None]
    for idx in quarters:
        p = chosen[idx]
        if p is None or p.latitude is None:
            continue
        near = towns or [c for c in (gaz.capital(p.country_code),) if c is not None and c.latitude is not None]
        if all(_apart(p, q, 0.5) for q in near):
            _drop_name(ms, chosen, idx)


_AREA_OF = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:area|locality|neighbou?rhood|quarter|sector|mohalla|colony"
                      r"|village)\s*(?:,|\bof\b|\bin\b)\s*(?:the\s+)?", re.I)
_COMMA = re.compile(r"\s*,\s*")
_AND_NAME = re.compile(r"\s+and\s+[A-Z]")


def areas_of_a_city(text: str, ms: list[_Mention], chosen: list[Place | None]) -> None:
    """'The Kotwali area of Peshawar city', 'the Chaman Phatak area of Quetta', 'Hassanpur village in Ludhiana':
    an area the report places in a city of 100,000 or more, called by its name (or the district of its name,
    not called a district), is a part of it, not a town of its name far away (Kotwali in Bangladesh): no
    place, not a wrong one, where its reading lies far from the city (or farther still from the district's
    seat). So too a name a city qualifies ("in San Cristobal, Bogota"), read in another country or as a small
    town far from the city."""
    starts = {m.start: k for k, m in enumerate(ms)}
    for idx in range(len(ms) - 1):
        gap = _AREA_OF.match(text, ms[idx].end)
        # the city follows the area's words, past a word of the area's name read as no place ("the Rail Bazar
        # area of Dimapur town")
        nxt = starts.get(gap.end(), idx + 1) if gap is not None else idx + 1
        p, city = chosen[idx], chosen[nxt]
        if p is None or city is None or p.latitude is None or city.latitude is None \
                or city.population < 100_000 or p == city or city.feature not in ("populated", "admin2") \
                or ms[nxt].hint == "admin2" or ms[nxt].key != norm(city.name) \
                or _AND_NAME.match(text, ms[nxt].end):  # not "Jammu and Kashmir"
            continue
        far = 0.5 if city.feature == "populated" or ms[nxt].hint == "populated" else 1.0  # "Peshawar city"
        area_of_city = gap is not None and gap.end() == ms[nxt].start and _apart(p, city, far)
        # "in San Cristobal, Bogota, a crowd": a city that ends the chain qualifies the name before it
        qualified_by_city = nxt == idx + 1 and ms[idx].chain[:1] == [idx + 1] and ms[idx + 1].tail \
            and p.feature == "populated" and city.feature == "populated" \
            and _COMMA.fullmatch(text, ms[idx].end, ms[idx + 1].start) is not None \
            and (p.country_code != city.country_code or (p.population < 100_000 and _apart(p, city, far)))
        if area_of_city or qualified_by_city:
            chosen[idx] = None


# what puts a place by a town: "Batiala, a village near Bathinda", "Hamerapur village in Malihabad", "X near Y"
_BY_THE_TOWN = re.compile(r",?\s+(?:(?:a|the)\s+)?(?:(?:small\s+)?(?:village|town|hamlet|locality|area)\s+)?"
                          r"(?:near|in|of|outside|close\s+to)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)
_NEAR_WORD = re.compile(r"\b(?:near|outside|close)\b", re.I)
_IN_WORD = re.compile(r"\bin\b", re.I)
_VILLAGE = 20_000  # people: a place this small said to be near a town far from it is another of its name
_TOWN_REACH = 0.6  # degrees (latitude and longitude differences summed, some 50-65 km): how far "near Y" reaches


def respellings_far_from_their_town(text: str, ms: list[_Mention], chosen: list[Place | None]) -> None:
    """A name found only by its spelling that the report puts by a town ("Batiala, a village near Bathinda",
    "Hamerapur village in Malihabad"), or a village it says is near or in one ("at Davis Park in Danielson": a
    hamlet of New York, a park of the Connecticut borough), is a place the gazetteer lacks when the reading lies
    far from that town: no place, not a wrong one. (A village "of" a town may be in the unit named after it:
    "Arnissa of Pella".)"""
    for idx in range(len(ms) - 1):
        p, q = chosen[idx], chosen[idx + 1]
        if p is None or q is None or p.latitude is None or q.latitude is None or q.feature != "populated" \
                or q.country_code != p.country_code:
            continue
        gap = _BY_THE_TOWN.fullmatch(text, ms[idx].hint_end or ms[idx].end, ms[idx + 1].start)
        near = gap is not None and (_NEAR_WORD.search(gap.group()) or _IN_WORD.search(gap.group()))
        if gap and (ms[idx].fuzzy or (near and p.feature == "populated" and p.population < _VILLAGE)) \
                and _apart(p, q, _TOWN_REACH):
            chosen[idx] = None


_BARANGAY_BEFORE = re.compile(r"\b(?:[Bb]arangay|BARANGAY|[Bb]rgy\.?|BRGY\.?)[ \t]+$")
_TOWN_AFTER_GAP = re.compile(r",[ \t]*")


def barangays_of_towns(text: str, ms: list[_Mention], chosen: list[Place | None], keep: list[bool]) -> None:
    """A Philippine barangay named with its town ("in Barangay San Isidro, Lope de Vega town, Northern Samar") is a
    part of the town, not the namesake the gazetteer finds (dozens of San Isidros): the town places it."""
    if "arangay" not in text and "rgy" not in text and "ARANGAY" not in text and "RGY" not in text:
        return
    for i in range(len(ms) - 1):
        m, town = ms[i], chosen[i + 1]
        if keep[i] and keep[i + 1] and town is not None and town.feature == "populated" \
                and _BARANGAY_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and _TOWN_AFTER_GAP.fullmatch(text, m.end, ms[i + 1].start):
            keep[i] = False
