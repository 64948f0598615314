"""Places a report implies without naming them as places: "the capital" (the capital of the report's
country), the city of a landmark ("Jantar Mantar": New Delhi) and the home region of a regional party or
insurgency it names (AIADMK: Tamil Nadu).

All are added to the place mentions `find_places` found: the capital and a landmark's city as ordinary
mentions, a home region with relation "home", which locates an event only when nothing else does (see
geolocate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.gazetteer import Gazetteer
from eventcoder.model import INDIRECT_RELATIONS, HomeRegion, Place, PlaceMention, Span, degrees_apart
from eventcoder.recognize.place_relations import statement_relation
from eventcoder.recognize.state_cues import one_state
from eventcoder.text import word_alternation, word_start_matches, words_pattern

__all__ = ["hospital_state", "landmark_countries", "with_capital", "with_home_regions", "with_landmarks",
           "with_neighbourhoods"]


# a quarter's name called a neighbourhood: "in the Englewood neighborhood", "the West Side Austin neighborhood"
_CALLED_A_NEIGHBOURHOOD = r"(?=[ \t]+(?i:neighbou?rhoods?)\b)"


class _Landmarks(NamedTuple):
    """knowledge/landmarks.yaml: one pattern for the landmarks and hospitals, each one's city (country, first-level
    unit, city) and which are hospitals; a pattern for the neighbourhoods, called so, and each one's city."""

    pattern: re.Pattern[str] | None
    cities: dict[str, tuple[str, str, str]]
    hospitals: frozenset[str]
    neighbourhood_pattern: re.Pattern[str] | None
    neighbourhoods: dict[str, tuple[str, str, str]]


def _cities(data: dict, *sections: str) -> dict[str, tuple[str, str, str]]:
    """Name -> its city (country, first-level unit, city), from the given sections of landmarks.yaml."""
    return {str(k): (str(v[0]), str(v[1]), str(v[2])) for section in sections
            for k, v in (data.get(section) or {}).items()}


@lru_cache(maxsize=1)
def _landmarks() -> _Landmarks:
    data = load_yaml("landmarks.yaml") or {}
    table = _cities(data, "landmarks", "hospitals")
    hospitals = frozenset(str(k) for k in (data.get("hospitals") or {}))
    quarters = _cities(data, "neighbourhoods")
    quarter_pattern = re.compile(word_alternation(quarters, boundary=True) + _CALLED_A_NEIGHBOURHOOD) \
        if quarters else None
    return _Landmarks(words_pattern(table) if table else None, table, hospitals, quarter_pattern, quarters)


def _city(gaz: Gazetteer, cc: str, admin1: str, name: str) -> Place | None:
    for p in gaz.lookup(name):
        if p.feature == "populated" and p.country_code == cc and p.admin1 == admin1:
            return p
    return None


@lru_cache(maxsize=2)
def _landmark_hits(text: str) -> tuple[tuple[int, int, str], ...]:
    """The landmarks a text names (start, end, name), found once for the country evidence and the places."""
    pattern = _landmarks().pattern
    if pattern is None:
        return ()
    return tuple((m.start(), m.end(), m.group()) for m in word_start_matches(pattern, text))


def landmark_countries(text: str) -> set[str]:
    """The countries of the landmarks the text names: evidence of where it is set ("al Nour square": Lebanon,
    so its "Tripoli" is Lebanon's)."""
    table = _landmarks().cities
    return {table[name][0] for _, _, name in _landmark_hits(text)}


def hospital_state(text: str) -> tuple[str, str] | None:
    """The one state (country, first-level unit) whose hospitals the report names, if it names one's only: where
    the wounded were taken says which state the report's towns are in ("taken to Vanderbilt University Medical
    Center": Tennessee's)."""
    marks = _landmarks()
    table, hospitals = marks.cities, marks.hospitals
    return one_state((s, e, table[name][:2]) for s, e, name in _landmark_hits(text) if name in hospitals)


def with_landmarks(text: str, gaz: Gazetteer, out: list[PlaceMention]) -> list[PlaceMention]:
    """`out`, with the city of each landmark, campus or city quarter the report names ("at Jantar Mantar":
    New Delhi), knowledge/landmarks.yaml."""
    hits = _landmark_hits(text)
    if not hits:
        return out
    marks = _landmarks()
    table, hospitals = marks.cities, marks.hospitals
    found = []
    for start, end, name in hits:
        city = _city(gaz, *table[name])
        if city is not None:  # (a hospital is where the wounded were taken, not where they were shot)
            relation = "treated" if name in hospitals else statement_relation(text, start, end)
            found.append(PlaceMention(span=Span(start, end, name), place=city, relation=relation, candidates=1))
    if not found:
        return out
    taken = [(pm.span.start, pm.span.end) for pm in found]  # the landmark, not a word inside it
    kept = [pm for pm in out if not any(s <= pm.span.start < e for s, e in taken)]
    return sorted(kept + found, key=lambda pm: pm.span.start)


_NEIGHBOURHOOD_REACH = 0.5  # degrees (latitude and longitude differences summed): how far a city's own towns lie


def with_neighbourhoods(text: str, gaz: Gazetteer, out: list[PlaceMention]) -> list[PlaceMention]:
    """`out`, with the city of each quarter the report calls a neighbourhood ("in the Englewood neighborhood":
    Chicago, not Englewood, Tennessee; knowledge/landmarks.yaml), where it names no town far from that city. The
    quarter's name said again alone is the city too."""
    marks = _landmarks()
    pattern, table = marks.neighbourhood_pattern, marks.neighbourhoods
    if pattern is None or "eighbo" not in text:  # (neighbourhood, Neighborhood: most reports say neither)
        return out
    hits = [(m.start(), m.end(), m.group()) for m in word_start_matches(pattern, text)]
    if not hits:
        return out
    names = {name for _, _, name in hits}
    inside = [(s, e) for s, e, _ in hits]
    others = [pm.place for pm in out if pm.span.text not in names and pm.relation not in INDIRECT_RELATIONS
              and pm.place.feature == "populated" and pm.place.latitude is not None
              and not any(s <= pm.span.start < e for s, e in inside)]
    found: list[PlaceMention] = []
    for start, end, name in hits:
        city = _city(gaz, *table[name])
        if city is None or any(degrees_apart(city, q) > _NEIGHBOURHOOD_REACH for q in others):
            continue
        found.append(PlaceMention(span=Span(start, end, name), place=city, relation=statement_relation(text, start, end),
                                  candidates=1))
    if not found:
        return out
    cities = {pm.span.text: pm.place for pm in found}
    kept = [replace(pm, place=cities[pm.span.text], candidates=1) if pm.span.text in cities else pm
            for pm in out if not any(f.span.start <= pm.span.start < f.span.end for f in found)]
    return sorted(kept + found, key=lambda pm: pm.span.start)


def with_home_regions(gaz: Gazetteer, homes: Sequence[HomeRegion],
                      out: list[PlaceMention]) -> list[PlaceMention]:
    """`out`, with the home region of each regional group the report names (relation "home")."""
    extra = []
    for home in homes:
        unit = gaz.admin1(home.country, home.region)
        if unit is not None:
            extra.append(PlaceMention(span=home.span, place=unit, relation="home", candidates=1, cue=home.cue))
    return sorted(out + extra, key=lambda pm: pm.span.start) if extra else out


# "in the capital", "the capital's Kadamtoli area": the capital of the report's country. Not "the capital,
# Kabul" nor "capital Colombo" (named), "the provincial capital" or "capital of X" (another unit's).
_CAPITAL = re.compile(r"\b(?:[Ii]n|[Aa]t|across|around|near|of|to|from|[Tt]he)\s+(?:the\s+)?(?:national\s+)?"
                      r"[Cc]apital(?!\s+city\s+(?:of|here)\b)(?:\s+city)?(?:'s|’s)?\b"
                      r"(?!\s*,?\s*(?:[A-Z]|of\b|here\b|punishment|gains?|markets?|flight|expenditure|investment))")


# "the city's Gulshan area" in a report that names no city: the national press's city, its capital
_UNNAMED_CITY = re.compile(r"\b[Tt]he\s+city(?:'s|’s)(?=\s+[A-Z])")

# "in Cambodia's capital": the capital of the country just named (unless named too: "Cambodia's capital, Phnom
# Penh")
_OWN_CAPITAL = re.compile(r"(?:'s|’s)?\s+(?:national\s+)?capital(?:\s+city)?\b(?!\s*,?\s*[A-Z])")
_CAPITAL_OF = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$")  # "in the capital of Cambodia"


@lru_cache(maxsize=1)
def _institution() -> re.Pattern[str] | None:
    """A demonym before a national institution's name ("Iraqi lawmakers", "the Israeli Supreme Court")."""
    words = [str(w) for w in (load_yaml("landmarks.yaml") or {}).get("national_institutions") or ()]
    if not words:
        return None
    either = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))
    # (a demonym of two words: "Sri Lankan President")
    return re.compile(rf"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+(?:{either})\b")


def with_national_institution(text: str, gaz: Gazetteer, out: list[PlaceMention]) -> list[PlaceMention]:
    """`out`, with the capital of the country whose national institution acts ("the Turkish Government began
    enforcing a curfew") when the report names no place finer than that country, and no other country."""
    pattern = _institution()
    if pattern is None or any(pm.place.feature != "country" for pm in out):
        return out
    for m in pattern.finditer(text):
        start, words = m.start(), m.group(1)
        cc = gaz.demonyms.get(words)
        if cc is None and " " in words:  # "The Turkish Government": the demonym is the last word
            start = m.start() + words.rindex(" ") + 1
            cc = gaz.demonyms.get(text[start:m.end(1)])
        if not cc or any(pm.place.country_code != cc for pm in out):
            continue  # (a foreign institution's act abroad: "the Chinese president's visit to Vietnam")
        capital = gaz.capital(cc)
        if capital is not None:
            found = PlaceMention(span=Span(start, m.end(), text[start:m.end()]), place=capital, relation="in",
                                 candidates=1)
            return sorted([*out, found], key=lambda pm: pm.span.start)
    return out


def with_capital(text: str, gaz: Gazetteer, base: dict[str, float], out: list[PlaceMention]) -> list[PlaceMention]:
    """`out`, with the capital city wherever the report says "the capital" and its country is clear: from
    the demonyms and groups it names (`base`) and the places it names (2 each); or "Cambodia's capital"; or
    "the city's X" where it names no town."""
    if "capital" not in text and "Capital" not in text and "city's" not in text and "city’s" not in text:
        return out
    owned = []
    for pm in out:
        if pm.place.feature != "country":
            continue
        span = None
        if text.startswith(("'s", "’s"), pm.span.end):
            m = _OWN_CAPITAL.match(text, pm.span.end)
            span = Span(m.start() + 3, m.end(), text[m.start() + 3:m.end()]) if m else None
        else:
            m = _CAPITAL_OF.search(text, max(0, pm.span.start - 30), pm.span.start)
            span = Span(m.start(), pm.span.end, text[m.start():pm.span.end]) if m else None
        capital = gaz.capital(pm.place.country_code) if span else None
        if span and capital is not None and all(o.place != capital for o in out):  # "Kabul, the capital of ..."
            owned.append(PlaceMention(span=span, place=capital, relation=pm.relation, candidates=1))
    if owned:
        out = sorted(out + owned, key=lambda pm: pm.span.start)
    evidence = dict(base)
    for pm in out:
        if pm.relation not in INDIRECT_RELATIONS:
            evidence[pm.place.country_code] = evidence.get(pm.place.country_code, 0.0) + 2.0
    if not evidence:
        return out
    ranked = sorted(evidence.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 2.0 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return out
    capital = gaz.capital(ranked[0][0])
    if capital is None:
        return out
    found = [PlaceMention(span=Span(m.start(), m.end(), m.group()), place=capital, relation="in", candidates=1)
             for m in _CAPITAL.finditer(text) if not text[max(0, m.start() - 2):m.start()].strip(" ").endswith(",")]
    if all(pm.place.feature == "country" for pm in out):  # "the city's Tantibazar area", no city named
        found += [PlaceMention(span=Span(m.start(), m.end(), m.group()), place=capital, relation="in", candidates=1)
                  for m in _UNNAMED_CITY.finditer(text)]
    if not found:
        return out
    return sorted(out + found, key=lambda pm: pm.span.start)
