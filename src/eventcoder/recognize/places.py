"""Toponyms: capitalised word sequences looked up in the gazetteer and resolved with the document as context.

Resolution weighs population, feature type, the designator after a name ("Kech district", "Punjab
province"), the countries the report names or implies (by demonyms: "Pakistani soldiers"; by the parties
and groups it names; by words of one country's administration: "collectorate"; provinces heed only places,
since foreign forces go by demonym), the provinces it names or implies (the home region of a regional
party, the area of an observer mission), and qualifier chains: in
"X, Province, Country", "X (District, Province)" and "X in Province" the later links contain X, so a
reading of X outside them is another place and X is dropped when the gazetteer has none inside them
(the province then locates the event; see `place_chains`). A name that matches nothing as written but is
introduced as a place ("in Gawadar") may match a town spelt otherwise, when the report names that town's country.
Each mention also gets a relation (`place_relations`: near, between, statement, recalled or in), or
"dateline" (the city a news story is filed from: "OCEANSIDE, Calif. —"). Places the report implies (the
capital, a landmark's city, a group's home region) are added by `implied_places`.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.build_gazetteer import ARTICLES, SKELETON_MIN, skeleton
from eventcoder.knowledge.gazetteer import Gazetteer, cached_norm, letters_alike, load_gazetteer
from eventcoder.model import INDIRECT_RELATIONS, HomeRegion, Place, PlaceMention, Span, degrees_apart
from eventcoder.recognize.actors import HOME_WEIGHT, front_lines
from eventcoder.recognize.area_codes import CALLING_CODE_ONE, number_called, state_called
from eventcoder.recognize.city_quarters import (
    areas_of_a_city,
    barangays_of_towns,
    city_quarters,
    namesakes_far_from_city,
    neighbourhoods_elsewhere,
    respellings_far_from_their_town,
)
from eventcoder.recognize.datelines import (
    dateline_abbreviations,
    find_dateline,
    names_the_city,
    place_dateline,
)
from eventcoder.recognize.implied_places import (
    hospital_state,
    landmark_countries,
    with_capital,
    with_home_regions,
    with_landmarks,
    with_national_institution,
    with_neighbourhoods,
)
from eventcoder.recognize.local_places import (
    FRONT_KM,
    SETTLEMENT_AFTER,
    km_to_line,
    local_candidates,
    local_intro,
    on_front,
    resolve_local,
)
from eventcoder.recognize.place_chains import (
    CAP_AFTER,
    SURROUNDINGS,
    headquarters_in_district,
    link_chains,
    link_countries,
    link_fit,
    misnamed_province,
    outside_linked_countries,
    outside_linked_province,
    qualifiers_agree,
)
from eventcoder.recognize.place_relations import ROAD_FROM, person_titles, set_relations, without_people
from eventcoder.recognize.stations import station_named, station_state
from eventcoder.recognize.toponym_words import (
    designator_words,
    saint_institution,
    toponym_words,
    written_words,
)
from eventcoder.recognize.vehicles import vehicle_end, vehicle_makes
from eventcoder.text import is_word_char, word_alternation, word_start_matches, words_pattern

__all__ = ["find_places"]

_norm = cached_norm

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPITALISED = re.compile(rf"[{_UPPER}][\w'’]*")
_NGUNI_PREFIXES = "eiou"
_COMPASS_UNIT_AFTER = re.compile(r"[ \t]+(?:North|South|East|West|Central|Centre)[ \t]+(?:[Cc]ounty|[Dd]istrict|LGA"
                                 r"|[Ss]ub-?county|[Pp]ayam|[Ww]oreda|[Zz]one|[Uu]pazila|[Tt]ehsil|[Mm]unicipality)\b")
_NUMBER_GAP = re.compile(r" \d{1,3}[ -]")  # "North 24 Parganas": a number inside a name
_ARTICLE_PREFIX = frozenset(("al-", "el-", "ad-", "ar-", "as-", "an-", "az-", "at-", "ul-", "ur-", "ez-", "es-", "en-", "ed-",
                             "er-", "et-"))
# What may stand between two capitalised words of one name ("Rio de Janeiro", "Deir ez-Zor").
_JOINERS = frozenset(
    f" {w} " for w in ("de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "el", "al", "ad", "ar", "as",
                       "ash", "an", "ez", "es", "en", "er", "ed", "esh", "ech", "am", "im", "sur", "les", "e", "i",
                       "des", "ul", "ur", "bin", "ibn", "bani", "beni", "de la", "de las", "de los", "de sub", "upon")
) | {" ", "-", "‐", "-e-", "-i-", "-ul-", "-ur-", "-al-", "-el-", "-ye-", "-o-", "-ez-", "-es-", "-en-", "-ed-",
    "-ad-", "-ar-", "-as-", "-an-", "-at-", "-az-", "-ash-", "-de-", "-la-", "-sur-", "-sous-", "-les-", "-du-",
    "-di-", "-do-", "-da-", "-on-", "-upon-", "-am-", "-des-", "-au-", "-aux-", "-le-", "-et-", "-lès-", "-lez-",
    "-de-la-", "-del-",
    "-e ", "-i ", "-ye "}  # the Persian ezafe, hyphened to the word before: "Bandar-e Abbas", "Sar-e Pol"
_MAX_TOKENS = 4
_QUARTER_TOWN = 50_000  # people: a town this large, its name transliterated, ends a quarter's name
_SEAT_YIELDS = 3  # times the people of a unit's seat, for a city of its name to be what the name alone means
_POLICE_SEAT_YIELDS = 1.5  # ... where the name is only said before its police's word ("Lodi police")
_PAIRED_UNIT = 2.0  # context a reading gains when a county the report names holds it, or it a town named
_MISNAMED_PROVINCE_CITY = 100_000  # people: a city this large, put in another province of its country, is itself
_MISNAMED_COUNTRY_CITY = 1_000_000  # people: a city this large, put in a country without its name, is itself

_ADMIN2_WORDS = designator_words("admin2")
_SUBDISTRICT_WORDS = designator_words("subdistrict")  # "Sui tehsil" is coded at the town of Sui
_ADMIN1_WORDS = designator_words("admin1")
_PROVINCE_OFFICE_WORDS = designator_words("province_office")  # "Aydin Governorship announced"
_TOWN_WORDS = designator_words("town")
_INTRO_WORDS = designator_words("intro")
_SETTLEMENT_WORDS = designator_words("settlement")
_PLURAL_TOWN_WORDS = frozenset(("towns", "cities"))  # designators only in lower case
_NEAR_WORDS = designator_words("near")
# ("the Missouri State Highway Patrol" is the state's police, not a road)
_STREET = re.compile(r"[ \t]+(?:(?:Street|Avenue|Boulevard|Blvd|Lane|Drive|Parkway|Highway(?![ \t]+Patrol)|Expressway|Motorway"
                     r"|Terrace|Colony|Chowk|Mohalla|[Ss]tatue)\b|(?:St|Ave|Blvd|Rd|Ct|Pl)\."  # "the Anna statue": a person's
                     # a crossing: "near Bullard and Cornelia avenues", "at Summit and 29th Streets"
                     r"|(?:and|&)[ \t]+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]+"
                     r"(?:[Ss]treets|[Aa]venues|[Rr]oads|[Bb]oulevards|[Dd]rives|[Ll]anes|[Ss]ts\.|[Aa]ves\.)\b"
                     r"|(?:[Ss]treets|[Aa]venues|[Rr]oads|[Bb]oulevards|[Dd]rives|[Ll]anes)\b)")
_SQUARE_AFTER_BRACKET = re.compile(r"\)[ \t]+(?:[Ss]quare|[Rr]oundabout)\b")  # "the Nasser (Al Tall) Square"
_UNIT_BRACKET = re.compile(r"\b(?:district|county|commune|municipality|zone|LGA|upazila|tehsil|sub-?district)"
                           r"[ \t]*\([ \t]*$", re.I)
_OFFICE_DEPARTMENT = re.compile(r"[ \t]+Department\b")
# a state's department names the state ("according to the Virginia Department of Game and Inland Fisheries")
_STATE_OFFICE = re.compile(r"[ \t]+Department[ \t]+of\b")
# "off Atlas Road", "3606 S. Westmoreland Road": a street where towns bear English names (in South Asia "Kohat Road"
# runs to Kohat, and "Kerala State Road Transport Corporation" names no road)
_ROAD = re.compile(r"[ \t]+Road\b")
_STREET_AFTER_RUN = re.compile(r"[ \t]+(?:[Ss]treet|[Aa]venue|[Bb]oulevard|[Ll]ane)\b")
# a train ("derailed the Palamu Express"), a building ("Tyler House", "Kashmir House") or a web page's screen words
# ("Watch Mobile Video", "Mobile users", "MOBILE/TABLET USERS", "MOBILE DEVICE?")
_NO_PLACE_AFTER = re.compile(r"(?:/[A-Za-z]+)?[ \t]+(?:Express|Video|[Uu]sers|USERS|App|APPS?|DEVICES?|House|Apartments)\b")
# "the 3500 block of Hearne", "the 1300-block of South Racine"
_BLOCK_OF = re.compile(r"\d(?:\s+|-)block\s+of\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?$")
_BLOCK_BETWEEN = re.compile(r"\d(?:\s+|-)block\s+of\s+(?:[A-Z][\w'’.]*\s+){0,3}[A-Z][\w'’.]*,?\s+(?:between|near)\s+"
                            r"(?:(?:[A-Z][\w'’.]*\s+){1,4}(?:and|&)\s+)?$")
_DESIGNATORS = frozenset(_ADMIN2_WORDS | _ADMIN1_WORDS | _TOWN_WORDS)
_NUMBERED_PART = re.compile(r"-\d{1,2}\b(?![.,:/-]?\d)")  # "Zolote-5": a mine settlement of Zolote
_HOUSE_NUMBER = re.compile(r"(?<![\w,.])\d{1,5}[ \t]+$")  # a house number right before a name

# a town's own services named for it: "Metro Nashville PD", "Lexington Police", "Waco Fire Department" name the town
_TOWN_SERVICES = frozenset(("metro", "police", "pd", "sheriff", "sheriffs", "sheriff's", "fire", "department", "dept",
                            "ems", "rescue"))
_NO_VILLAGE_END = _DESIGNATORS | toponym_words("site_words")  # "Patna City", "Chakrata Road": no village's name
_POLICE_AFTER = re.compile(r"[ \t]+(?:[Pp]olice|PD)\b")
# an institution's word after a name: no town's respelling or joined words ("Lee High School" is no Lehigh), and
# no country ("UK Hospital", the University of Kentucky's)
_SCHOOL_AFTER = re.compile(r"[ \t]+" + word_alternation(sorted(written_words("institution_words"))) + r"\b")
_SITE_AFTER = re.compile(r"[ \t]+" + word_alternation(sorted(toponym_words("site_words"))) + r"\b", re.I)
_NAMED_UNIT_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|At|Of|On)\b)[A-Z][\w'’.-]*\s+$")
# (a unit's word of several words first: "the Bukkuyum local government area")
_DESIGNATOR = re.compile(r"[ \t]+((?i:" + word_alternation(sorted(w for w in _DESIGNATORS if " " in w))
                         + r")\b|[A-Za-z-]+)")
_PRE_DESIGNATOR = re.compile(
    r"\b(district|province|state|city|town|village|governorate|region|municipality|county|area)\s+of\s+(?:the\s+)?$",
    re.I,
)

# "Saudi-led", "India-backed": a sponsor; "Palestinian-owned", "Israeli-occupied": more than a sponsor
_SPONSOR_WORDS = "sponsored|backed|led|funded|supported|allied|aligned|linked|affiliated|inspired|trained|armed"
_SPONSORED = re.compile(rf"[-‐](?:{_SPONSOR_WORDS})\b", re.I)
_FOREIGN_THING = re.compile(r"[ \t]+(?:(?:(?:number|licen[cs]e|registration)[ \t]+)?plates?|goods|products|brands?"
                            r"|currency|films?|movies?)\b", re.I)
_ADJECTIVAL = re.compile(
    rf"[-‐](?:{_SPONSOR_WORDS}|owned|made|controlled|administered|held|occupied|bound|registered|flagged|origin)\b"
    # the hyphen left out before a noun: "a Turkey backed faction" (not "Turkey backed the plan")
    r"|[ \t](?:backed|sponsored|funded|supported)[ \t]+(?!(?:the|a|an|its|his|her|their|this|that|these|those|"
    r"him|them|it|by)\b)[a-z]",
    re.I)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)")
# a day named for the place ("Kashmir Day protests", "Pakistan Day"), or a saint's or a person's day ("a St.
# Patrick's Day party": no parish of Tobago; "St. John's Eve")
_NAMED_DAY = re.compile(r"[ \t]+Day\b|['’]s\s+(?:Day|Eve)\b")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    cands: tuple[tuple[Place, bool], ...]
    tokens: int
    hint: str = ""  # admin1 | admin2 | populated
    hint_end: int = 0
    in_run: bool = False  # part of a longer capitalised run that is not itself a place
    ends_run: bool = False  # ... its last word, after words that name no place: "Badambagh *Sopore*"
    after_words: bool = False  # ... after other words of that run: "Verdese *Carter* Park"
    allcaps: bool = False
    dotted: bool = False  # written with stops inside ("D.C."): an abbreviation
    relation: str = "in"
    chain: list[int] = field(default_factory=list)  # indexes of the mentions in an "X, Y, Z" chain after it
    own: tuple[str, float] | None = None  # the country evidence this mention gave
    origin: bool = False  # a country named as where people come from: "refugees displaced from Syria"
    echo: float = 0.0  # the evidence other mentions of the same name gave for that country
    tail: bool = False  # a later link of a chain: "Quetta, *Balochistan*", "Damt (*Ad Dali*)"
    quals: list[int] = field(default_factory=list)  # links that name units containing it: "X (District, Province)"
    sub: bool = False  # designated as a unit below a district ("Sui tehsil")
    town: bool = False  # designated as a settlement ("the city of Idleb", "Bossaso town")
    site: bool = False  # naming a site after it: "Palacio Park", "Chakrata Road"
    intro: bool = False  # introduced by a preposition of place ("in Hisar", "residents of Meerut")
    run_intro: bool = False  # after the first word of a longer name so introduced ("near Gali *Bagh* Wali")
    police: bool = False  # before its police's word, as a town's name is: "Lawrence police say"
    placed_in: bool = False  # said to be where something is: "in Idleb", "across Punjab"
    bracketed: bool = False  # inside brackets, where reports qualify a place: "Mansila (Mansila, *Yagha*)"
    fuzzy: bool = False  # found by its spelling skeleton ("Naushki" for Nushki): needs the report's country
    qualified: bool = False  # found so only for the name that qualifies it: needs its province named
    front: tuple[tuple[float, float], ...] = ()  # the front line the report's observer mission watches
    capital: Place | None = None  # the reading that is a national capital of 100,000 or more, if any
    unit_word: str = ""  # the word that designates it a first-level unit: "state" in "Punjab State"
    local: bool = False  # read in a national directory of villages (gazetteer.local); then each candidate's
    # flag says whether its coordinates are its own, not whether it is called by its main name
    counties: _Counties | None = None  # the report's counties and the towns it names, to pair one with the other


@dataclass(frozen=True, slots=True)
class _Counties:
    """Districts or counties a report names with their word, and those that hold a town of a name it gives, each
    as (country, province, district) with the names that point to it."""
    named: dict[tuple[str, str, str], set[str]]
    holding: dict[tuple[str, str, str], set[str]]

    def pairs(self, p: Place, m: _Mention) -> bool:
        """Whether another name of the report pairs with this reading: a town in a county the report names
        ("Lakeland ... a Polk County judge": Florida's), or a county holding a town it names."""
        if p.feature == "populated" and p.admin2 and _norm(p.admin2) != m.key:
            names = self.named.get((p.country_code, p.admin1, _norm(p.admin2)))
        elif p.feature == "admin2" and m.hint == "admin2":
            names = self.holding.get((p.country_code, p.admin1, _norm(p.name)))
        else:
            return False
        # (another name: "Lexington" pairs with no Lexington County)
        return bool(names) and any(n not in m.key and m.key not in n for n in names)


def _counties(ms: list[_Mention]) -> _Counties | None:
    if not any(m.hint == "admin2" for m in ms):  # (no county named with its word: nothing to pair)
        return None
    named: dict[tuple[str, str, str], set[str]] = {}
    holding: dict[tuple[str, str, str], set[str]] = {}
    for m in ms:
        for p, main in m.cands:
            if m.hint == "admin2" and p.feature == "admin2":
                named.setdefault((p.country_code, p.admin1, _norm(p.name)), set()).add(m.key)
            elif main and p.feature == "populated" and p.admin2 and _norm(p.admin2) != m.key:  # (not "DeKalb")
                holding.setdefault((p.country_code, p.admin1, _norm(p.admin2)), set()).add(m.key)
    return _Counties(named, holding) if named and holding else None


@dataclass(frozen=True, slots=True)
class _Terms:
    """knowledge/country_terms.yaml, compiled: lower-case terms match the lower-cased text in any case, the
    others ("MLA") only as written; each at the start of a word."""

    lower_pattern: re.Pattern[str]  # (this and the next: for `word_start_matches`)
    written_pattern: re.Pattern[str]
    countries: dict[str, tuple[str, ...]]
    phrases: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]  # the `patterns` section, with cues


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    cfg = load_yaml("country_terms.yaml") or {}
    table = {str(t): tuple(ccs) for t, ccs in (cfg.get("terms") or {}).items()}
    phrases = tuple((str(p["cue"]), re.compile(str(p["pattern"])), tuple(p["countries"]))
                    for p in cfg.get("patterns") or ())
    lower = [t for t in table if t.lower() == t]
    written = [t for t in table if t.lower() != t]  # each matched at a word start, to any end ("lathi-")
    return _Terms(words_pattern(lower, boundary=False), words_pattern(written, boundary=False), table, phrases)


def _country_terms(text: str) -> set[str]:
    """The countries whose administrative words or police phrases the text uses (knowledge/country_terms.yaml)."""
    terms = _terms()
    out = {cc for cue, pattern, ccs in terms.phrases if cue in text and pattern.search(text) for cc in ccs}
    found = {m.group() for m in word_start_matches(terms.lower_pattern, text.lower())}
    found |= {m.group() for m in word_start_matches(terms.written_pattern, text)}
    return out | {cc for word in found for cc in terms.countries[word]}


@lru_cache(maxsize=1)
def _entwined() -> dict[str, tuple[str, ...]]:
    """Countries whose demonyms point to another's places too (countries.yaml, entwined)."""
    table = (load_yaml("countries.yaml") or {}).get("entwined") or {}
    return {str(cc): tuple(str(o) for o in others) for cc, others in table.items()}


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, frozenset[str]]:
    """Unit words of one country's administration only ("upazila": Bangladesh), country_terms.yaml."""
    table = (load_yaml("country_terms.yaml") or {}).get("unit_words") or {}
    return {str(w).lower(): frozenset(ccs) for w, ccs in table.items()}


@lru_cache(maxsize=1)
def _county_words() -> dict[str, dict[str, str]]:
    """Country -> the words for the counties of the states that call them otherwise -> that state
    (country_terms.yaml: "parish": Louisiana)."""
    table = (load_yaml("country_terms.yaml") or {}).get("county_words") or {}
    return {str(cc): {str(w).lower(): str(a1) for w, a1 in words.items()} for cc, words in table.items()}


@lru_cache(maxsize=1)
def _county_word_set() -> frozenset[str]:
    """"county" and the words of `_county_words`: the designators `_as_county_word_says` heeds."""
    return frozenset({"county"}.union(*(states for states in _county_words().values())))


def _as_county_word_says(word: str, cands: tuple[tuple[Place, bool], ...]) -> tuple[tuple[Place, bool], ...]:
    """The candidates a county's word leaves: a parish is Louisiana's (none of that name elsewhere in the
    country), and a county none of Louisiana's parishes."""
    for cc, states in _county_words().items():
        if word in states:
            cands = tuple(c for c in cands if c[0].country_code != cc or c[0].admin1 == states[word])
        elif word == "county":
            others = frozenset(states.values())
            cands = tuple(c for c in cands if c[0].country_code != cc or c[0].feature != "admin2"
                          or c[0].admin1 not in others)
    return cands


def _confined(text: str, s: int, e: int, cands: tuple[tuple[Place, bool], ...]) -> tuple[tuple[Place, bool], ...]:
    """The candidates a country's own unit word after the name, or ending it, leaves ("Kamalnagar upazila":
    Bangladesh's only; "Jefferson Parish": Louisiana's); all of them where no such word is there."""
    d = _DESIGNATOR.match(text, e)
    after = d.group(1).lower() if d else ""  # the word after the name, and the name's own last word
    last = text[s:e].rsplit(" ", 1)[-1].lower() if " " in text[s:e] else ""
    word = after or last
    if word in _county_word_set():
        cands = _as_county_word_says(word, cands)
    countries = _unit_words().get(after) or _unit_words().get(last)
    if countries is None:
        return cands
    return tuple(c for c in cands if c[0].country_code in countries)


@lru_cache(maxsize=1)
def _admin1_words() -> dict[str, str]:
    """Country -> what it calls its first-level units ("state", "province"), admin_names.yaml."""
    table = load_yaml("admin_names.yaml").get("admin1_word") or {}
    return {cc: word for word, ccs in table.items() for cc in ccs}


@lru_cache(maxsize=1)
def _spelt_one_way() -> frozenset[str]:
    """Countries whose towns have English names, spelt one way: no other spelling is one of them
    (admin_names.yaml)."""
    return frozenset(load_yaml("admin_names.yaml").get("names_spelt_one_way") or ())


@lru_cache(maxsize=1)
def _admin2_named_with_word() -> frozenset[str]:
    """Countries whose news names a county with its word ("Hamilton County"), admin_names.yaml."""
    return frozenset(load_yaml("admin_names.yaml").get("admin2_named_with_word") or ())


_POSSESSIVES = ("'s", "’s")
_OWNED_BEFORE = re.compile(r"['’]s[ \t]+$")
# "Prince George's County", "PRINCE GEORGE'S CO."
_NAMED_POSSESSIVE = re.compile(r" (?:County|Parish|Island|Town|Township|COUNTY|Co\.|CO\.)(?!\w)")
_SAINT_MOUNT = frozenset(("st", "ste", "ft", "mt"))  # abbreviated first words of names: Saint, Fort, Mount


def _runs(text: str, demonyms: dict[str, str] | None = None, found: list[str] | None = None,
          known: Callable[[str], bool] | None = None) -> list[list[tuple[int, int]]]:
    """Capitalised tokens grouped into runs that may form one name; demonyms met on the way go to `found`. A
    number or a slash joins the words around it only inside a name `known` knows ("North 24 Parganas",
    "Tunapuna/Piarco")."""
    runs: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    joinable = False
    collect = demonyms is not None and found is not None
    last = -10
    for s, e in _capitalised_words(text):
        if collect:
            w = text[s:e]
            # "Saudi-led", "Turkish-backed": a sponsor, not where; "an Indian number plate": where a thing is from
            if w in demonyms and not _SPONSORED.match(text, e) and not _FOREIGN_THING.match(text, e):
                found.append(demonyms[w])
        if s >= 3 and text[s - 1] == "-" and text[s - 3:s].lower() in _ARTICLE_PREFIX and (
                s == 3 or not text[s - 4].isalnum()):
            s -= 3
        possessive = text[e - 2:e] in _POSSESSIVES and not _NAMED_POSSESSIVE.match(text, e)
        if possessive:
            e -= 2
        if joinable and s - last <= 8 and (text[last:s] in _JOINERS or (
                known is not None and (_NUMBER_GAP.fullmatch(text, last, s) or text[last:s] == "/")
                and known(_norm(text[cur[-1][0]:e]))) or (
                cur and (cur[-1][1] - cur[-1][0] == 1 or text[cur[-1][0]:last].lower() in _SAINT_MOUNT)
                and text[last:s] in (".", ". "))):  # initials: "D.I. Khan"; "St. Louis", "Mt. Pleasant"
            cur.append((s, e))
        else:
            if cur:
                runs.append(cur)
            cur = [(s, e)]
        joinable = not possessive
        last = e
    if cur:
        runs.append(cur)
    return runs


def _capitalised_words(text: str) -> Iterator[tuple[int, int]]:
    """The spans of capitalised words, and of Nguni names whose capital follows a one-letter prefix
    ("eThekwini", "uMgungundlovu"): what `\\b(?:[A-Z]|[eiou](?=[A-Z][a-z]))[\\w'’]*` finds, found faster (`re`
    skips ahead to capitals when no assertion comes first)."""
    search = _CAPITALISED.search
    pos = 0
    while (m := search(text, pos)) is not None:
        s, e = m.span()
        if s == 0 or not ((c := text[s - 1]).isalnum() or c == "_"):  # (is_word_char, inlined: capitals are many)
            yield s, e
            pos = e
        elif text[s - 1] in _NGUNI_PREFIXES and (s == 1 or not is_word_char(text[s - 2])) \
                and "a" <= text[s + 1:s + 2] <= "z":
            yield s - 1, e
            pos = e
        else:
            pos = s + 1  # a capital inside a word: "mRNA"


# Lower-case words inside a name: "Port of Spain", "Jammu and Kashmir", "Khabb wa ash Shaaf", "Bandar-e Abbas"
_POSSESSIVE_JOINERS = frozenset(f"{p} " for p in _POSSESSIVES)  # what _runs cut between "Cox" and "Bazar"
_NAME_JOINER = re.compile(r" (?:of|and|wa|wal|bin|bani|ibn|(?:wa |bani |bin )?(?:al|el|ash|as|ad|ar|an|at|az|ath|adh|"
                          r"ul|e)|de|del|de la|do|da|dos|das|sur|en|le|la|les) ")


def _joined_by_of(text: str, runs: list[list[tuple[int, int]]], gaz: Gazetteer) -> list[list[tuple[int, int]]]:
    """Runs joined by "of", "and" or "&" where the gazetteer knows the joined name, up to the first or second word
    of the later run ("Port of Spain", "Isle of Man", "Jammu & Kashmir", "Kohgiluyeh and Boyer-Ahmad"); these
    words otherwise part names ("Governor of Sindh", "Quetta and Mastung"). So too a possessive that is part of
    a name ("Cox's Bazar", not Cox of Valencia)."""
    out: list[list[tuple[int, int]]] = []
    for run in runs:
        if not out or not 3 <= run[0][0] - out[-1][-1][1] <= 12:  # (no joiner is shorter or longer)
            out.append(run)
            continue
        gap = text[out[-1][-1][1]:run[0][0]]
        if (len(gap) > 3 and gap[1].islower() and _NAME_JOINER.fullmatch(gap)
            or gap in _POSSESSIVE_JOINERS or gap == " & ") \
                and gaz.starts(text[out[-1][-1][0]:out[-1][-1][1]]) \
                and any(gaz.has(_norm(text[out[-1][-1][0]:b])) for _, b in run[:2]):
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


def _candidates(text: str, gaz: Gazetteer, found: list[str] | None = None,
                dateline: tuple[int, int] = (0, 0)) -> list[_Mention]:
    """The place mentions of `text` with their readings; `found` collects the countries of its demonyms. A
    name that is the whole `dateline` span is a town whatever the stoplist says ("BUFFALO, N.Y. —")."""
    stop = toponym_words("words")
    prefixes = toponym_words("prefixes")
    first_words = toponym_words("name_first_words")
    formation = toponym_words("formation_words")
    bodies = toponym_words("local_body_words")
    landforms = toponym_words("landform_words")
    titles = person_titles()
    introduced = toponym_words("introduced_only")
    makes = vehicle_makes()
    models: set[str] = set()  # the car models named after their makers
    written_lower: dict[str, bool] = {}  # whether the text writes a name in lower case, by name
    out: list[_Mention] = []
    for run in _joined_by_of(text, _runs(text, gaz.demonyms, found, gaz.has), gaz):
        n = len(run)
        i = 0
        first_of_run = len(out)
        while i < n:
            first = text[run[i][0]:run[i][1]]
            if first in makes and (skip := vehicle_end(text, run, i)) > i:
                if skip == i + 2:  # the model, said again alone, is the car: "a white GMC Yukon ... the Yukon"
                    models.add(text[run[i + 1][0]:run[i + 1][1]])
                i = skip  # "a white Dodge Charger", "a Lincoln SUV", "his Chevrolet Tahoe": a car, no place
                continue
            if first in models and n == 1:
                i += 1
                continue
            found = None
            for j in range(min(n, i + _MAX_TOKENS), i, -1) if gaz.starts(first) else ():
                s, e = run[i][0], run[j - 1][1]
                cands = gaz.match(text[s:e])
                if not cands and 1 < j - i < 4 and text[run[i][1]:run[i + 1][0]] == " " and all(
                        b - a >= 3 for a, b in run[i:j]) and _norm(text[run[i][0]:run[i][1]]) not in stop \
                        and not _SCHOOL_AFTER.match(text, e):
                    # "Hayat Abad" is Hayatabad (by its own name, not some alias; "Lee High School" is no Lehigh)
                    cands = tuple(c for c in gaz.match(text[s:e].replace(" ", "")) if c[1])
                if cands:
                    found = (j, s, e, _norm(text[s:e]), cands)
                    break
            if found is not None and first == "The" and _longer_after_article(text, run, i, found[0], gaz):
                i += 1  # "The Fort Wayne Police Department": Fort Wayne, not a hamlet called The Fort
                continue
            s0, e0 = run[i]
            # (a state's abbreviation follows a comma, or is Washington's: checked here, as tokens are many)
            state = _state_abbreviation(text, (s0, e0), gaz) \
                if (text[e0:e0 + 1] == "." or e0 - s0 == 2) and (text[s0 - 2:s0] == ", " or first == "DC") else None
            if state is not None and state[1] > e0 and s0 == dateline[1] + 2:
                state = None  # "PINETOWN, N.C. (WNCT)": a dateline's state, read with its city
            if state is not None:  # "Huntsville, Ala.": Alabama, not Ala in Kerala; "Rome, N.Y.", all its letters
                state, end = state
                k = i + 1
                while k < n and run[k][0] < end:
                    k += 1
                found = (k, s0, end, _norm(state.name), ((state, True),))
            fuzzy = qualified = False
            if (found is None or (i == 0 and found[0] < min(n, 3))) \
                    and (i == 0 or (i == 1 and text[run[0][0]:run[0][1]] in _OPENING_PREPOSITIONS)):
                # "Tal Tamer": not the town "Tal"; "In Khandkot, traders" (a respelling begins the run)
                longer = _respelt(text, run, i, gaz, stop, found[0] - i if found else 0)
                if longer is not None:
                    (found, qualified), fuzzy = longer, True
            if found is not None and found[0] < n and not fuzzy:
                found = _province_respelt(text, run, i, found, gaz) or found
            local = False
            if i == 0 and (found is None or (found[0] < n and not fuzzy)):
                # "in the area of Bila Kamianka": the directory's village, not the town Bila its first word names
                longer = local_candidates(text, run, gaz, _DESIGNATORS)
                if longer is not None and (found is None or (longer[0] > found[0] and _norm(
                        text[run[longer[0] - 1][0]:run[longer[0] - 1][1]]) not in _NO_VILLAGE_END)):
                    found, local = longer, True
            if found is None:
                i += 1
                continue
            j, s, e, key, cands = found
            if j - i == 1 and text[s:e] in gaz.demonyms and (after := _LOWER_WORD_AFTER.match(text, e)) \
                    and after.group(1) not in _DESIGNATORS:
                i = j  # "Somali soldiers", "two Somali citizens": the people, not Ethiopia's Somali region
                continue
            if i > 0 and text[run[i - 1][1]:s] in (" ", ". ") and _norm(text[run[i - 1][0]:run[i - 1][1]]) in \
                    first_words and not any(p.population >= 200_000 for p, _ in cands):
                # "Fort Towson", "Mt. Auburn": a longer name the gazetteer lacks ("Fort Kochi" is Kochi's quarter)
                i = j
                continue
            cands = _confined(text, s, e, cands)
            if not cands:
                i = j
                continue
            if i == 0 and j == 1 < n and text[e:run[j][0]] in (" ", "-") and key not in stop \
                    and _norm(text[run[j][0]:run[j][1]]) not in _DESIGNATORS and (key in prefixes or (
                        len(key) <= 3 and not any(p.feature in ("admin1", "country") for p, _ in cands))):
                # "Ain Oussara", "San Ta Aik Shun": names the gazetteer lacks, not Ain (France) nor San (Yangon)
                i = j + 1
                continue
            if j - i == 1 and key in prefixes and _ARTICLE_NEXT.match(text, e):
                # "Tall al Ahmar al Gharbi", "Ras al-Ma'arra": a longer name with its article, not At Tall
                i = j
                continue
            if i > 0 and j < n and text[e:run[j][0]] == " " and _norm(text[run[j][0]:run[j][1]]) in landforms \
                    and not gaz.has(_norm(text[run[i - 1][0]:run[i - 1][1]])):
                i = j  # "at Kazinag Dhar Ridge": a ridge's name the gazetteer lacks, not the town Dhar
                continue
            if _ADJECTIVAL.match(text, e) or _NAMED_DAY.match(text, e) or saint_institution(text, key, e) \
                    or (key == "day" and i > 0) or _names_a_thing(text, s, e) or _JOINED_WORDS.search(text, s, e) \
                    or (_SCHOOL_AFTER.match(text, e) and any(p.feature == "country" for p, _ in cands)):
                # "India-backed", "Kashmir Day", "St. Patrick's Day", "St. Elizabeth Hospital", "Dorsey Day" (no
                # county Day), "UK Hospital" (the University of Kentucky's), "Mobile Home Court", a headline run into
                # the text after it ("St. Patrick's DayA look at ..."): no place
                i = j
                continue
            if j - i > 1:  # "Hyderabad City", "Kech District": the name without its designator too
                last = _norm(text[run[j - 1][0]:run[j - 1][1]])
                kinds = (("admin2", "populated") if last in _ADMIN2_WORDS else ("admin1",) if last in _ADMIN1_WORDS
                         else ("populated",) if last in _TOWN_WORDS else ())
                if kinds and not any(p.feature in kinds and mn for p, mn in cands):
                    # of the kind it names ("Guatemala City" is no country), unless the whole is a name of that
                    # kind ("Calumet City" is no town whose other name is Calumet)
                    shorter = _norm(text[s:run[j - 2][1]])
                    if gaz.has(shorter):
                        seen = {id(p) for p, _ in cands}
                        cands = cands + tuple(c for c in _as_county_word_says(last, gaz.candidates(shorter))
                                              if id(c[0]) not in seen and c[0].feature in kinds)
            # what decides whether the name is a common word's (below): its case, what introduces it, its designator
            m = _Mention(s, e, key, cands, j - i, fuzzy=fuzzy, local=local, qualified=qualified)
            m.allcaps = text[s:e].isupper()
            before = _words_before(text, s)
            road = ROAD_FROM.match(text, e)  # the other end of a road named for the towns it links
            # (a road named for the towns it links names its first town as a place: "the Laxmipur-Choumuhani road")
            # (the whole of the town's name, after the body's acronym at most: "JSQM Shahpur Jahania chapter" is no
            # Jahania of Punjab)
            body_unit = not m.allcaps and _BODY_UNIT_AFTER.match(text, e) is not None \
                and (i == 0 or text[run[i - 1][0]:run[i - 1][1]].isupper())
            m.intro = _intro_word_ends(before) or _after_unknown_place(text, s, gaz) or (road is not None and i == 0) \
                or body_unit
            if i > 0:  # the longer name it is part of, introduced as a place: "near Gali Bagh Wali village"
                m.run_intro = _intro_word_ends(_words_before(text, run[0][0]))
            opening = text.rfind("(", max(0, s - 40), s)
            m.bracketed = opening >= 0 and ")" not in text[opening:s]
            _designate(text, m, gaz.demonyms)
            if m.hint in ("admin1", "admin2") and m.hint_end > e:  # "Nariño department": Colombia's first level
                m.hint = _level_in_country(text[e:m.hint_end].strip().lower(), cands) or m.hint
            if not m.hint and j - i > 1:  # the name ends with its designator: "Orakzai Agency", "Kech District"
                last = _norm(text[run[j - 1][0]:run[j - 1][1]])
                m.hint = "admin2" if last in _ADMIN2_WORDS else "admin1" if last in _ADMIN1_WORDS else ""
            if not m.hint and m.bracketed and _UNIT_BRACKET.search(text, max(0, s - 24), s) \
                    and any(p.feature == "admin1" for p, _ in cands):
                m.hint = "admin1"  # "in Raizh district (Sadah)": the province of a district, not its town
            if (key in stop or (j - i == 1 and len(key) <= 2 and not m.allcaps)
                    or (key in introduced and not m.intro)
                    or (j - i == 1 and _common_word(text, m, before, written_lower))) \
                    and (not m.hint or (key in stop and (_OFFICE_DEPARTMENT.match(text, e) or (
                        m.hint != "admin1" and _OWNED_BEFORE.search(text, max(0, s - 3), s))
                        or (m.hint == "populated" and not any(p.feature == "populated" for p, _ in cands))))) \
                    and (s, e) != dateline and not (key in stop and _country_after(text, e, gaz)):
                # (a designator makes a place of a word, "Police district", but not an office's: "Police
                # Department" is no Polish county; nor a city's part: "South Bend's Northwest district", though a
                # country's region is one: "New Zealand's West Coast region"; nor a town's word when it names no
                # town: "Capital City Fire Rescue" is no Danish region)
                i = j
                continue
            # a title after the name begins a person's name, not part of this one ("Waco Police Sgt. Patrick")
            cut = next((k for k in range(j, n) if text[run[k][0]:run[k][1]] in titles), n)
            words = [_norm(text[a:b]) for a, b in run[:cut]]
            others = [k for k, w in enumerate(words) if (k < i or k >= j)
                      and (w in formation or (w not in stop and w not in _DESIGNATORS and w not in _TOWN_SERVICES))
                      and not _hyphen_mate(text, run, k, w, gaz, cands)
                      and not (road is not None and k >= j and run[k][1] <= road.end())]
            if words[-1] in bodies and all(p.feature != "country" for p, _ in cands) \
                    and any(w not in stop and not _named_with(run[k][0], out[first_of_run:], cands)
                            for k, w in enumerate(words[:i])):
                # a word inside a body's name, after its first ("the Jan Kalyan Samiti", "Janakeeya Samara
                # Samithy"): no place (a body begins with its towns: "the Karachi Bar Association", "the All
                # Cachar Karimganj Hailakandi Students' Association")
                i = j
                continue
            m.in_run = bool(others) and not body_unit  # (the run around a unit's town is its body's name)
            m.ends_run = m.in_run and max(others) < i and not any(gaz.has(words[k]) for k in others)
            m.after_words = any(k < i for k in others)
            m.capital = _capital(gaz, cands)
            m.dotted = "." in text[s:e]
            m.placed_in = bool(before) and before[-1] in ("in", "across", "into", "throughout")
            m.police = _POLICE_AFTER.match(text, e) is not None
            m.site = _SITE_AFTER.match(text, e) is not None
            name_end = m.hint_end or e
            # (a street may end a longer name the gazetteer lacks: "Kazanci Yokusu street" is no village Kazanci)
            if _STREET.match(text, name_end) or _NO_PLACE_AFTER.match(text, name_end) \
                    or (_ROAD.match(text, e) and _english_streets_only(cands)) \
                    or (not m.hint and name_end < run[-1][1] and _STREET_AFTER_RUN.match(text, run[-1][1])) \
                    or _block_of(text, s) or _numbered_circle(text, s, m) or _street_corner(text, s, e) \
                    or ((_COMPANY_AFTER_NAME.match(text, name_end) or _company_ends_run(text, run, name_end))
                        and _towns_only(cands, _COMPANY_TOWN_MAX)) \
                    or (m.bracketed and _SQUARE_AFTER_BRACKET.match(text, name_end)) \
                    or (j < n and not m.hint and _norm(text[run[j][0]:run[j][1]]) in formation
                        and text[e:run[j][0]] == " "):
                # "Sanaa Street" in Hudaydah, "the 900 block of Hearne", "82nd and Slide" are streets, "Quetta
                # Express" a train, "Assam Rifles" (in Manipur) a formation, "(Al Tall) Square" a square's other
                # name, "Meredith Corporation" a company (a city's corporation is its council: "Chennai Corporation"),
                # "the Biarritz Club" (in Daytona Beach) a venue
                i = j
                continue
            if j - i == 1 and key in _DESIGNATORS:  # "Sadar upazila", "District Council": a unit word, no name
                i = j
                continue
            if m.hint_end > e:  # a designator that is itself a capitalised token ("Kech District")
                while j < n and run[j][0] < m.hint_end:
                    j += 1
            elif (part := _NUMBERED_PART.match(text, e)) is not None and j == n:
                m.end = part.end()  # a numbered part of the town, the name it is known by: "Zolote-5", "Mirpur-10"
            out.append(m)
            i = j
    return out


_NAME_AFTER_COMMA = re.compile(r",[ \t]*([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")


def _country_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a country follows the name after a comma ("Sabha, Libya"): a place, whatever the stoplist says."""
    after = _NAME_AFTER_COMMA.match(text, end)
    return after is not None and any(p.feature == "country" and main for p, main in gaz.match(after.group(1)))


def _words_before(text: str, start: int) -> list[str]:
    """The words in the 24 characters before a name, less the article right before it ("in the Swat valley":
    [..., "in"])."""
    before = text[max(0, start - 24):start].split()
    if len(before) > 1 and before[-1].lower() == "the":
        before.pop()
    return before


def _intro_word_ends(before: list[str]) -> bool:
    """Whether the words before a name end with one that introduces a place ("in", "near", "residents of")."""
    return bool(before) and before[-1].lower() in _INTRO_WORDS


def _longer_after_article(text: str, run: list[tuple[int, int]], i: int, j: int, gaz: Gazetteer) -> bool:
    """Whether a name the gazetteer knows begins after the article that begins the run's tokens i..j and runs
    past them ("The Fort Wayne": Fort Wayne)."""
    if i + 1 >= len(run) or not gaz.starts(text[run[i + 1][0]:run[i + 1][1]]):
        return False
    return any(gaz.match(text[run[i + 1][0]:run[k - 1][1]]) for k in range(min(len(run), i + 1 + _MAX_TOKENS), j, -1))


def _named_with(start: int, earlier: list[_Mention], cands: tuple[tuple[Place, bool], ...]) -> bool:
    """Whether the word at `start` is part of an earlier name of the same run with a reading in a country of
    `cands` (the other towns a body's name begins with: "All Cachar Karimganj")."""
    countries = {p.country_code for p, _ in cands}
    return any(o.start <= start < o.end and any(p.country_code in countries for p, _ in o.cands) for o in earlier)


# an Arabic article between a generic first word and the rest of a name ("Tall al Ahmar", "Ras al-Ain", the
# Levant's "Ain er Roummaneh")
_ARTICLE_NEXT = re.compile(r"[ -](?:al|el|ar|as|ad|an|ash|at|az|adh|er|es|ez|ed|en|esh|ech)[ -][A-Z]")
COMMON_WORD_TOWN = 10_000
PROVINCE_POPULATION = 100_000  # a province this size is what its name means beside towns a tenth of it
_WORD_EDGE = frozenset("./@-_")


def _common_word(text: str, m: _Mention, before: list[str], seen: dict[str, bool]) -> bool:
    """A one-word name of villages and small towns only that the report also writes in lower case, as a word
    ("the Directorate of Mining ... mining licence", "slipped in the mud"): the word, not the place, unless a
    preposition of place introduces it ("in Hope") outside a headline written in title case ("Teen Slipped in Mud,
    Fell and Shot Buddy")."""
    if len(m.key) < 3 or not m.key.isalpha() \
            or any(p.feature != "populated" or p.population >= COMMON_WORD_TOWN for p, _ in m.cands):
        return False
    if m.intro and before and before[-1].lower() != "of" and not _title_cased(text, m.start, m.end):
        return False
    hit = seen.get(m.key)
    if hit is None:
        hit = seen[m.key] = _written_lower(text, m.key)
    return hit


_TITLE_CASE_REACH = 40  # characters on each side of a name where a headline's other words are looked at
_TITLE_CASE_WORDS = 4  # words of four letters or more there, all capitalised, that make a headline in title case


def _title_cased(text: str, start: int, end: int) -> bool:
    """Whether the name stands among words of four letters or more that are all capitalised, as in a headline
    written in title case ("Running Joliet Teen Slipped in Mud, Fell and Accidentally Shot Buddy")."""
    around = text[max(0, start - _TITLE_CASE_REACH):start] + " " + text[end:end + _TITLE_CASE_REACH]
    words = [w for w in around.split()[1:-1] if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= _TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _written_lower(text: str, word: str) -> bool:
    """Whether the text has the word in lower case, as a word (not in an address: "www.mining.gov")."""
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        left = text[k - 1] if k else " "
        right = text[end] if end < len(text) else " "
        if not (left.isalnum() or left in _WORD_EDGE or right.isalnum() or right in "/@-_"):
            return True
        k = text.find(word, end)
    return False


def _province_country(m: _Mention) -> set[str]:
    """The country of a mention's one large province reading, when its other readings are towns a tenth of its
    size and smaller than it ("transferred to Crete": Greece's region, not villages of Illinois and Nebraska),
    for a name introduced as a place or called a province, not part of a longer name; else nothing."""
    if m.in_run or m.hint not in ("", "admin1") or not (m.intro or m.hint):  # not "the Colorado Party"
        return set()
    units = [p for p, main in m.cands if main and p.feature == "admin1" and p.population >= PROVINCE_POPULATION]
    if len({p.country_code for p in units}) != 1:
        return set()
    cc, size = units[0].country_code, max(p.population for p in units)
    towns = [p for p, _ in m.cands if p.country_code != cc]  # (nor Ontario, California)
    return set() if any(p.population * 10 > size or p.population >= PROVINCE_POPULATION for p in towns) else {cc}


def _in_one_country(m: _Mention) -> bool:
    """A name said to be where something happened ("Turkey and Russia patrolled in Idleb") whose readings all
    lie in one country."""
    return m.placed_in and len({p.country_code for p, _ in m.cands}) == 1


_JOINED_WORDS = re.compile(r"[a-z][A-Z]$")  # a word run into the next sentence's first: "DayA"


@lru_cache(maxsize=1)
def _thing_words() -> dict[str, re.Pattern[str]]:
    """A place's name -> the words after it that make a thing of it (toponym_stoplist.yaml, thing_words)."""
    table = (load_yaml("toponym_stoplist.yaml") or {}).get("thing_words") or {}
    return {str(name): re.compile(r"[ \t]+" + word_alternation([str(w) for w in words]) + r"\b")
            for name, words in table.items()}


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name and the words after it name a thing ("a Mobile Home Park")."""
    after = _thing_words().get(text[start:end])
    return after is not None and after.match(text, end) is not None


# A company's or club's word right after a name ("Dayton Corp.", "the Tropicana Club": no town), or the last word
# of a longer name it begins ("the La Nueva Tropicana Club"; but a town's press club, country club or golf club
# is the town's: "a sit-in in front of Swat Press Club"). Abbreviations are written with their stop after a name.
_COMPANY_WORDS = frozenset(("Corporation", "Corp", "Inc", "Incorporated", "LLC", "Club"))
_COMPANY_AFTER_NAME = re.compile(r"[ \t]+(?:" + "|".join(
    w + r"\." if w in ("Corp", "Inc") else w for w in sorted(_COMPANY_WORDS)) + r")(?!\w)")
_TOWNS_CLUBS = frozenset(("Press", "Country", "Golf", "Gun"))
_COMPANY_TOWN_MAX = 100_000  # people: a town this large may have a corporation, its council


# a name before a street's word, perhaps past one more word ("Chalmers Avenue", "South Hollywood Boulevard")
_STREET_NAMED = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:Street|Avenue|Boulevard|Blvd\.?|Road|Drive|Lane|St\.|Ave\.|Rd\.)")
_STREET_NAME_CITY = 200_000  # people: a city this large that gives a street its name stays itself


def _names_of_streets(text: str, ms: list[_Mention], chosen: list[Place | None], head: re.Match[str] | None) -> None:
    """A name the report also gives a street ("the Hollywood Recreation Center on South Hollywood Boulevard", "the
    Chalmers Community Hall on Chalmers Avenue") names things in the town of the report, not a town of its own, when
    no mention puts anything in it ("in Hollywood"), the report names a larger place of another province (Detroit,
    Clark County) and the towns bear English names: no place, not a wrong one."""
    one_way = _spelt_one_way()
    towns: dict[str, tuple[bool, str, Place]] = {}  # key -> (put somewhere, the name as first written, its reading)
    for m, p in zip(ms, chosen, strict=True):
        if p is not None and p.country_code in one_way and p.feature in ("populated", "admin2"):
            # (nor a dateline's city, nor a large city: "Las Vegas Boulevard")
            placed = m.placed_in or m.police or p.population >= _STREET_NAME_CITY \
                or (head is not None and names_the_city(head, m.start, m.end))
            was = towns.get(m.key)
            towns[m.key] = (placed, text[m.start:m.end], p) if was is None else (placed or was[0], was[1], was[2])
    starts = {m.start for m in ms}
    for key, (placed, name, here) in towns.items():
        if placed or not _named_a_street(text, name, starts):
            continue
        if any(p is not None and m.key != key and p.population > here.population and p.admin1 != here.admin1
               for m, p in zip(ms, chosen, strict=True)):  # (else the report's town is the one it names)
            for idx, m in enumerate(ms):
                if m.key == key:
                    chosen[idx] = None


def _named_a_street(text: str, name: str, starts: set[int]) -> bool:
    """Whether the report writes the name before a street's word where no mention of a place begins."""
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if (pos == 0 or not text[pos - 1].isalnum()) and pos not in starts and _STREET_NAMED.match(text, end):
            return True
        pos = text.find(name, end)
    return False


def _company_ends_run(text: str, run: list[tuple[int, int]], name_end: int) -> bool:
    """Whether a longer name the name begins is a company's or a club's ("the La Nueva Tropicana Club"), not a
    town's press, country or golf club."""
    if name_end >= run[-1][1] or text[run[-1][0]:run[-1][1]] not in _COMPANY_WORDS:
        return False
    return len(run) < 2 or text[run[-2][0]:run[-2][1]] not in _TOWNS_CLUBS


def _english_streets_only(cands: tuple[tuple[Place, bool], ...]) -> bool:
    """Whether every reading is a town or county of a country whose streets take towns' names ("Atlas Road")."""
    one_way = _spelt_one_way()
    return all(p.feature in ("populated", "admin2") and p.country_code in one_way for p, _ in cands)


def _towns_only(cands: tuple[tuple[Place, bool], ...], most: int) -> bool:
    """Whether every reading is a town or district of fewer than `most` people."""
    return all(p.feature in ("populated", "admin2") and p.population < most for p, _ in cands)


_CORNER_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+$")  # "at 82nd and Slide"
_CORNER_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+\d+(?:st|nd|rd|th)\b")  # "at Slide and 82nd"


def _street_corner(text: str, start: int, end: int) -> bool:
    """A name at a corner with a numbered street ("at 82nd and Slide", "near Main & 5th"): a street."""
    return _CORNER_AFTER.match(text, end) is not None or (
        text[max(0, start - 2):start].endswith(("d ", "& ")) and _CORNER_BEFORE.search(text, max(0, start - 16), start)
        is not None)


def _block_of(text: str, start: int) -> bool:
    """A name after a block's number, or a cross street of that block: a street ("the 900 block of Hearne", "the
    14000 block of Patton between Kendall and Schoolcraft", "the 9200 block of Burt, near West Chicago and
    Evergreen"). (The regexes run only after "block".)"""
    window = max(0, start - 24)
    if "block" in text[window:start] and _BLOCK_OF.search(text, window, start) is not None:
        return True
    window = max(0, start - 90)
    return "block" in text[window:start] and _BLOCK_BETWEEN.search(text, window, start) is not None


def _numbered_circle(text: str, start: int, m: _Mention) -> bool:
    """A house number before a name called a circle: an address ("at 497 North Circle"), not a police circle."""
    return text[m.end:m.hint_end].strip().lower() == "circle" \
        and _HOUSE_NUMBER.search(text, max(0, start - 8), start) is not None


def _hyphen_mate(text: str, run: list[tuple[int, int]], k: int, word: str, gaz: Gazetteer,
                 cands: tuple[tuple[Place, bool], ...]) -> bool:
    """A place's name hyphened to another's of the same country ("Savannah-Chatham police", "Raichur-Kalaburagi
    highway"): not a longer name the other is part of ("Boyer-Ahmad")."""
    a, b = run[k]
    if not (text[b:b + 1] == "-" or text[a - 1:a] == "-") or len(word) < 4 or not gaz.has(word):
        return False
    countries = {p.country_code for p, _ in cands}
    return any(p.country_code in countries for p, _ in gaz.candidates(word))


def _written_small(m: _Mention, p: Place, main: bool) -> bool:
    """A country's short alias ("CAR", "UAE") written as a word: "a Santro Car" is no Central African Republic."""
    return p.feature == "country" and not main and len(m.key) <= 4 and not m.allcaps


def _capital(gaz: Gazetteer, cands: tuple[tuple[Place, bool], ...]) -> Place | None:
    for p, _ in cands:
        if p.feature == "populated" and p.population >= 100_000:
            c = gaz.capital(p.country_code)
            if c is not None and c.geonames_id == p.geonames_id:
                return p
    return None


_TOWN_BEFORE_COMMA = re.compile(r"([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})$")
_POSTAL_END = frozenset(" \t\n,.;:)")
_DOTTED_ABBREVIATION = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")


# Washington's quadrants and police before and after its postal code, which elsewhere is a deputy commissioner
_QUADRANT_BEFORE = re.compile(r"\b(?:North|South)(?:east|west)[ \t]+$|\b(?:NW|NE|SW|SE)[ \t]+$")
_DC_POLICE = re.compile(r"[ \t]+(?:[Pp]olice|Metropolitan[ \t]+Police)\b")


def _state_abbreviation(text: str, token: tuple[int, int], gaz: Gazetteer) -> tuple[Place, int] | None:
    """The state a news abbreviation after a town's name stands for ("Huntsville, Ala.", "Paris, Tenn."), or a
    postal code after a town of that state ("Trenton, NJ"; "Lahore, PA Speaker" is no Pennsylvania), with the
    end of the abbreviation as the mention spans it (all the letters of "N.Y.", the "Ala" of "Ala.")."""
    s, e = token
    if text[s:e] == "DC" and (_QUADRANT_BEFORE.search(text, max(0, s - 10), s) or _DC_POLICE.match(text, e)):
        state = dateline_abbreviations().get("D.C.")  # "in Northwest DC", "DC police officials"
        unit = gaz.admin1(*state) if state else None
        return (unit, e) if unit is not None else None
    if text[s - 2:s] != ", ":
        return None
    if e < len(text) and text[e] == ".":
        dotted = _DOTTED_ABBREVIATION.match(text, s)  # "Rome, N.Y.": the letters with their stops
        state = dateline_abbreviations().get(dotted.group() if dotted else text[s:e + 1])
        unit = gaz.admin1(*state) if state else None
        if unit is not None:
            return unit, dotted.end() if dotted else e
        # else a postal code that ends a sentence ("Mobile, AL.")
    if e - s != 2 or not text[s:e].isupper() or (e < len(text) and text[e] not in _POSTAL_END):
        return None
    state = dateline_abbreviations().get(text[s:e])
    town = _TOWN_BEFORE_COMMA.search(text, max(0, s - 42), s - 2) if state else None
    if town is None or not any((p.country_code, p.admin1) == state and p.feature in ("populated", "admin2")
                               for p, _ in gaz.match(town.group(1))):
        return None
    unit = gaz.admin1(*state)
    return (unit, e) if unit is not None else None


@lru_cache(maxsize=1)
def _levels_by_country() -> dict[str, dict[str, frozenset[str]]]:
    """Unit word -> level -> the countries where the word names that level (designators.yaml)."""
    table = load_yaml("designators.yaml").get("level_by_country") or {}
    return {str(w): {lvl: frozenset(ccs) for lvl, ccs in levels.items()} for w, levels in table.items()}


def _level_in_country(word: str, cands: tuple[tuple[Place, bool], ...]) -> str | None:
    """The level a unit word names in the country of a reading that has a unit of that level ("department":
    Colombia's first level), or None."""
    for level, countries in _levels_by_country().get(word, {}).items():
        if any(p.feature == level and p.country_code in countries for p, _ in cands):
            return level
    return None


# a body's local unit, named for its town: "JI Landi Kotal Chapter", "the PPP Larkana unit", "BNP's Bogra branch"
_BODY_UNIT_AFTER = re.compile(r"[ \t]+(?:[Cc]hapter|unit|branch)\b")  # ("Gang Unit", "Crime Branch": an office)
_OPENING_PREPOSITIONS = frozenset(("In", "At", "Near", "Outside", "Around"))


def _respelt(text: str, run: list[tuple[int, int]], i: int, gaz: Gazetteer, stop: frozenset[str],
             shorter: int = 0) -> tuple[tuple[int, int, int, str, tuple[tuple[Place, bool], ...]], bool] | None:
    """A name the gazetteer knows spelt otherwise ("in Naushki", "in Datta Kheil", "Ras Al Ain city" for
    Ra's al 'Ayn): three tokens, then two, then one (but more than `shorter`, the tokens an exact match
    covers), introduced as a place ("in", "at", "near", "village of"), followed by "city", "town",
    "village" or a unit word, or by a qualifying name ("Janglat, Noshki, Balochistan": then it is read
    only where its province is named, see `_resolve`), and close in spelling to the place's name. With the
    match, whether only the qualifying name let it be read."""
    if i > 0 and not (i == 1 and text[run[0][0]:run[0][1]] in _OPENING_PREPOSITIONS):  # "In Khandkot, traders"
        return None
    if text[run[i][0]:run[i][1]] in gaz.demonyms:  # "in Indian Kashmir" is not Indiana
        return None
    first = _norm(text[run[i][0]:run[i][1]])
    if (run[i][1] - run[i][0] < 3 or first in stop) and first + " " not in ARTICLES:
        return None  # (it may begin with an article: "in Ar Radhmah (Ibb)" is Ar Radmah)
    introduced = None  # whether it is introduced as a place: read when a spelling is worth looking up
    for j in range(min(len(run), i + 3), i + shorter, -1):
        s, e = run[i][0], run[j - 1][1]
        raw = text[s:e]
        last = _norm(text[run[j - 1][0]:e]) if j - i > 1 else ""
        if len(raw) < 5 or raw.isupper() or last in _NO_VILLAGE_END or _SCHOOL_AFTER.match(text, e) or (
                last in stop and _norm(text[run[i][0]:run[i][1]]) not in toponym_words("prefixes")):  # "Ain al Arab"
            continue  # (nor a street: "near Blake Ave.", nor a school: "near Lee High School")
        if introduced is None:
            introduced = _introduced_as_place(text, s, gaz)
        qualified = not introduced and not SETTLEMENT_AFTER.match(text, e) and not _UNIT_AFTER.match(text, e) \
            and not ROAD_FROM.match(text, e)
        if qualified and not _qualifier_after(text, e, stop):
            continue
        # (a province when called one: "in Pakistan's Bolochistan province", "Kandahaar province")
        cands = (_PROVINCE_AFTER.match(text, e) and gaz.provinces_spelt_like(raw)) or gaz.match_spelling(raw)
        if cands:
            return (j, s, e, _norm(raw), cands), qualified
    return None


def _introduced_as_place(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether the words before a name introduce a place: "in", "at", "near", "village of", or an unknown
    place's name and a comma ("in Sangota, Kabbal")."""
    before = _words_before(text, start)
    return bool(before) and (before[-1].lower() in _PLACE_INTRO
                             or (before[-1] == "of" and " ".join(before[-2:-1]) in _UNIT_OF)
                             or _after_unknown_place(text, start, gaz))


_PROVINCE_TAIL_MIN = 5  # letters of a province's name after its first words, for a respelling of them to count
_RESPELT_RATIO = 0.85  # how alike (difflib's ratio) that respelling must be: "paktunkhwa" for "pakhtunkhwa" is 0.95


def _province_respelt(text: str, run: list[tuple[int, int]], i: int,
                      found: tuple[int, int, int, str, tuple[tuple[Place, bool], ...]],
                      gaz: Gazetteer) -> tuple[int, int, int, str, tuple[tuple[Place, bool], ...]] | None:
    """A first-level unit whose first words are written as the gazetteer has them and the rest otherwise
    ("Khyber Paktunkhwa", "Khyber Pakhtoonkhwa"): the province, not the district or town its first words name."""
    j, s = found[0], found[1]
    units = gaz.provinces_beginning(found[3])
    if not units:
        return None
    for k in range(min(len(run), j + 2), j, -1):  # one or two words more
        tail = _norm(text[run[j][0]:run[k - 1][1]])
        if len(tail.replace(" ", "")) < _PROVINCE_TAIL_MIN:
            continue
        hits = tuple((p, False) for name, p in units if name.count(" ") == found[3].count(" ") + k - j
                     and letters_alike(tail, name[len(found[3]) + 1:], _RESPELT_RATIO))
        if hits:
            return k, s, run[k - 1][1], _norm(text[s:run[k - 1][1]]), hits
    return None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# "Noshki, Balochistan,", "shelled Tall Refaat in Aleppo using artillery", "Tall Refaat and its vicinity in Aleppo"
_QUALIFIED_AFTER = re.compile(SURROUNDINGS + r"(?:,|[ \t]+in)[ \t]+([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)"
                              r"(?:[ \t]*(?:[,.;:)]|$)|[ \t]+[a-z])")


def _qualifier_after(text: str, end: int, stop: frozenset[str]) -> bool:
    """A name of one or two words, none of them a common word, after a comma: "Noshki, Balochistan," (not
    "Narmad, Gujarat University")."""
    q = _QUALIFIED_AFTER.match(text, end)
    return q is not None and not any(_norm(w) in stop for w in q.group(1).split())


_UNIT_AFTER = re.compile(r"[ \t]+(?:district|upazila|upazilla|tehsil|province|governorate)\b", re.I)  # "Laxmipur district"
_PROVINCE_AFTER = re.compile(r"[ \t]+(?:province|governorate)\b", re.I)
_AFTER_INTRODUCED_NAME = re.compile(r"\b(?:in|at|near)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s*$")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)


def _after_unknown_place(text: str, start: int, gaz: Gazetteer) -> bool:
    """"In Palhalan, Baramulla": the unit after a name the gazetteer lacks, introduced as a place, is introduced
    with it (not after a known place or a date: "Born in New Jersey, Santiago", "in October, Curry said")."""
    window = max(0, start - 40)
    if not text[window:start].rstrip().endswith(","):  # (what the regex ends with, checked first: names are many)
        return False
    m = _AFTER_INTRODUCED_NAME.search(text, window, start)
    return m is not None and m.group(1).lower() not in _CALENDAR_WORDS and not gaz.has(_norm(m.group(1)))


_PLACE_INTRO = designator_words("spelling_intro")  # "in Gawadar", "the area surrounding Tal Tamer"
_UNIT_OF = designator_words("spelling_unit_of")  # "the village of Qorvaxbad"


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+(?:[a-z]+[ \t]+)?$", re.I)
_OF_A_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z]")


def _designate(text: str, m: _Mention, demonyms: Mapping[str, str]) -> None:
    if " " in m.key and m.key.rsplit(" ", 1)[1] in _DESIGNATORS:
        return  # the name ends with its designator, which says what it is ("the Chautauqua County Town of X")
    part = _COMPASS_UNIT_AFTER.match(text, m.end)
    if part:  # "Tonj South county (Warrap)": a part of the unit named, read as the unit (in the province given)
        m.hint, m.hint_end = "admin2", part.end()
        return
    d = _DESIGNATOR.match(text, m.end)
    word = d.group(1).lower() if d else ""
    if word in _PLURAL_TOWN_WORDS and not d.group(1).islower():
        word = ""  # "the Twin Cities" is a name; "Harim and Sarmada towns" are two towns designated
    if word in _TOWN_WORDS and any(p.feature == "admin1" and main for p, main in m.cands) \
            and (_ARTICLE_BEFORE.search(text, max(0, m.start - 20), m.start) or _OF_A_NAME.match(text, d.end())):
        return  # "a small Florida town", "the Wyoming town of Lingle": the state, said of a town it holds
    if word == "department" and _STATE_OFFICE.match(text, m.end) and any(
            p.feature == "admin1" and main for p, main in m.cands):
        return  # "the Virginia Department of Game": the state's office, said of the state (no department)
    if word in _ADMIN2_WORDS:
        m.hint, m.hint_end, m.sub = "admin2", d.end(), word in _SUBDISTRICT_WORDS
    elif word in _ADMIN1_WORDS:
        m.hint, m.hint_end, m.unit_word = "admin1", d.end(), word.rstrip("s")
    elif word in _PROVINCE_OFFICE_WORDS:
        m.hint, m.hint_end = "admin1", d.end()
    elif word in _TOWN_WORDS:
        m.hint, m.hint_end, m.town = "populated", d.end(), word in _SETTLEMENT_WORDS
    elif word in _NEAR_WORDS:
        m.hint, m.hint_end = "near", d.end()
    elif text.rfind(" of ", max(0, m.start - 45), m.start) >= 0:  # "district of X", "the town of the X"
        p = _PRE_DESIGNATOR.search(text, max(0, m.start - 40), m.start)
        # "the Maden district of Elazig": the word names the unit before it, not Elazig (but a people's word is
        # said of the place: "the central Malian town of Bandiagara")
        named = _NAMED_UNIT_BEFORE.search(text, max(0, p.start() - 40), p.start()) if p else None
        if p and (named is None or named.group().rstrip() in demonyms):
            w = p.group(1).lower()
            m.hint = ("admin2" if w in _ADMIN2_WORDS else "admin1" if w in _ADMIN1_WORDS
                      else "near" if w == "area" else "populated")
            m.unit_word = w if w in _ADMIN1_WORDS else ""
            m.town = w in _SETTLEMENT_WORDS


_PLURAL_UNITS = {"districts": "admin2", "upazilas": "admin2", "counties": "admin2", "provinces": "admin1",
                 "states": "admin1", "governorates": "admin1"}
_OTHER_UNITS_AFTER = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?other[ \t]+(?:[\w-]+[ \t]+)?([a-z]+)\b")
_LIST_GAP = re.compile(r",?[ \t]+(?:and[ \t]+)?|,[ \t]*")


def _list_designators(text: str, ms: list[_Mention]) -> None:
    """Names listed before a plural unit word are all such units: "in Saptari, Siraha and Bara districts",
    "in Saptari, Siraha, Bara and other Tarai districts" (Siraha the district, not its town)."""
    for k in range(len(ms) - 1, -1, -1):
        m = ms[k]
        after = _OTHER_UNITS_AFTER.match(text, m.end)
        word = after.group(1) if after else (text[m.end:m.hint_end].strip().lower() if m.hint_end else "")
        kind = _PLURAL_UNITS.get(word)
        if kind is None:
            continue
        if after is not None and not m.hint:
            m.hint = kind
        j = k
        while j > 0 and not ms[j - 1].hint and _LIST_GAP.fullmatch(text, ms[j - 1].end, ms[j].start):
            ms[j - 1].hint = kind
            j -= 1


def _dwarfed(p: Place, m: _Mention) -> bool:
    """A province a city of its name outnumbers fivefold ("Toledo": Ohio's city of 270,000, not Belize's
    district of 29,000): the name alone means the city."""
    return any(main and q.feature == "populated" and q.population >= 5 * max(p.population, 1_000)
               for q, main in m.cands)


def _seat_of_namesake_unit(p: Place, m: _Mention) -> bool:
    """Whether a town lies where a district or province called by the mention's name has its seat ("Vieques city"
    is the seat of Puerto Rico's municipality Vieques, not a smaller Vieques of Loiza)."""
    return any(mn and q.feature in ("admin1", "admin2") and q.latitude == p.latitude and q.longitude == p.longitude
               and q.country_code == p.country_code for q, mn in m.cands)


def _prior(p: Place, main: bool, m: _Mention) -> float:
    # introduced as a place, a place called so outranks one that has the name only as an alias ("in Puno
    # city": not Pune, which GeoNames also calls "Puno")
    alias = -1.0 if (m.intro or m.hint) and p.feature == "populated" and any(mn for _, mn in m.cands) else 0.0
    # (but the seat of the district of that name is the town the name means: "Khairpur town" is Khairpur
    # Mir's, seat of Khairpur district, not a smaller Khairpur)
    main = main or (p.feature == "populated" and _seat_of_namesake_unit(p, m))
    s = math.log10(p.population + 10) + (1.0 if main else alias)
    if main and p is m.capital:  # national capitals are named in the news far beyond their size: "Sofia" is Bulgaria's
        s += 3.0
    f = p.feature
    if f == "country":
        s += 6.0
    elif f == "admin1":
        if m.hint == "admin1" or (m.hint in ("", "near") and not _dwarfed(p, m)):
            s += 3.0
        elif m.hint not in ("", "near"):
            s -= 2.0
        if m.capital is not None and m.hint != "admin1":  # "Washington" alone is the capital, not the state
            s -= 3.0
        word = _admin1_words().get(p.country_code)
        if m.unit_word and word and word != m.unit_word:  # "Punjab State" is not Pakistan's province
            s -= 3.0
    elif f == "admin2":
        s += 1.0 if m.hint in ("", "near") else (4.0 if m.hint == "admin2" else -2.0)
    if m.tail and f in ("admin1", "admin2"):  # "Faskari (Katsina)": the qualifier names the unit
        s += 3.0
    if m.hint and m.hint == f:
        s += 5.0
    elif m.hint == "populated" and f == "populated":
        s += 3.0
    return s


def find_places(text: str, gazetteer: Gazetteer | None = None, countries: Mapping[str, float] | None = None,
                homes: Sequence[HomeRegion] = (),
                regions: Sequence[tuple[str, str]] = ()) -> list[PlaceMention]:
    """Place mentions in `text`, resolved against the gazetteer with the document as context, in text order.

    `countries`: ISO codes the report is otherwise known to concern (the home countries of the groups it
    names), with a weight (a demonym weighs 2); from HOME_WEIGHT up, the country also places provinces.
    `homes`: the home regions of the regional groups it names (the group's words, country, first-level
    unit), given as mentions with relation "home". A name found in several provinces is read in a home
    region first, as in a province the report names.
    `regions`: first-level units the report concerns without naming them (country, unit): the area of an
    observer mission it names. Their countries are evidence for towns; their provinces are read first too.
    """
    gaz = gazetteer or load_gazetteer()
    demonyms: list[str] = []
    head = find_dateline(text)
    # a dateline with its state ("BUFFALO, N.Y. —") names a town, whatever the stoplist says
    ms = without_people(text, _candidates(text, gaz, demonyms,
                                          head.span(1) if head is not None and head.group(2) else (0, 0)))

    # country evidence: demonyms and the groups the report names, unit words, then the places themselves
    evidence: dict[str, float] = {}
    for cc in demonyms:
        evidence[cc] = evidence.get(cc, 0.0) + 2.0
        for other in _entwined().get(cc, ()):  # "Israeli airstrikes on Khan Younis": Palestine's too
            evidence[other] = evidence.get(other, 0.0) + 1.0
    for cc, weight in (countries or {}).items():
        if weight < HOME_WEIGHT:  # groups that also act abroad: evidence for towns, not provinces
            evidence[cc] = evidence.get(cc, 0.0) + weight
    by_demonym = dict(evidence)  # "Turkish forces": whose forces, not where (provinces do not heed it)
    for cc in dict.fromkeys(cc for cc, _ in regions):  # an observer mission's country: where it reports from
        if not (countries or {}).get(cc):
            evidence[cc] = evidence.get(cc, 0.0) + 2.0
    for cc, weight in (countries or {}).items():
        if weight >= HOME_WEIGHT:  # a party: where the report is set, its provinces included
            evidence[cc] = evidence.get(cc, 0.0) + weight
    for cc in _country_terms(text) | landmark_countries(text):  # "upazila", "MLA"; "Jantar Mantar"
        evidence[cc] = evidence.get(cc, 0.0) + 2.0
    base = dict(evidence)  # what places the report before its place names are read
    if not ms:
        return _with_implied_places(text, gaz, base, (*homes, *_states_told(text)), [])
    stop = toponym_words("words")
    _list_designators(text, ms)
    link_chains(text, ms)
    area = _mission_area(gaz, regions)
    front = _front(gaz, area)
    for m in ms:
        m.front = front
    if head is not None:  # a dateline's city is introduced as a place, in capitals ("LIMA —") as a name
        for m in ms:
            if names_the_city(head, m.start, m.end):
                m.intro, m.allcaps = True, False
    said: dict[tuple[str, str], float] = {}  # (name, country) -> the evidence all its mentions gave
    readable: set[str] = set()  # the countries the report's names may be read in
    for m in ms:
        if m.fuzzy or m.local:
            continue
        # (a name its unit's word follows is the unit's, not the country's: "Mokwa, Niger State" is Nigeria's)
        unit = m.hint in ("admin1", "admin2") and any(p.feature == m.hint for p, _ in m.cands)
        named = [p for p, mn in m.cands if p.feature == "country" and not _written_small(m, p, mn) and not unit]
        if named:
            # "migrants from Afghanistan" in a Greek town: where people come from weighs less than where
            # the report is set
            m.origin = _FROM.search(text, max(0, m.start - 12), m.start) is not None
            weight = 1.0 if m.origin else 3.0
            m.own = (named[0].country_code, weight)
            evidence[m.own[0]] = evidence.get(m.own[0], 0.0) + weight
            continue
        if m.allcaps and len(m.key) <= 4:
            continue
        # a city called so is its country's evidence ("Beirut"; not Bierutow, which has it as an alias)
        ccs = {p.country_code for p, _ in m.cands}
        readable |= ccs
        if len(ccs) > 1 and any(main and p.population >= 100_000 for p, main in m.cands):
            ccs = {p.country_code for p, main in m.cands if main}
        if len(ccs) > 1:  # a province called so, beside small towns abroad: "transferred to Crete"
            ccs = _province_country(m) or ccs
        if len(ccs) == 1 and (m.tokens > 1 or m.key not in stop):
            cc = next(iter(ccs))
            top = max(p.population for p, _ in m.cands)
            # a province is a distinctive name (unless inside another name: "Ahrar al Sharqiyah")
            province = not m.in_run and any(p.feature == "admin1" for p, _ in m.cands)
            # a name that is only another name of a place ("Iman" for Dalnerechensk) says little, unless
            # introduced as a place
            weak = not m.intro and not m.hint and not any(main for _, main in m.cands)
            m.own = (cc, 2.0 if province else 1.0 if (top >= 1000 or m.hint) and not weak else 0.3)
            evidence[cc] = evidence.get(cc, 0.0) + m.own[1]
            said[(m.key, cc)] = said.get((m.key, cc), 0.0) + m.own[1]
    for m in ms:  # what the same name said elsewhere in the report gave ("Hamar Weyne ... Hamar Weyne")
        if m.own is not None:
            m.echo = said.get((m.key, m.own[0]), m.own[1]) - m.own[1]

    # provinces the report names (for "Punjab" alone, and towns of the same name in several provinces)
    named_admin1: dict[tuple[str, str], set[str]] = {}  # province -> the names that name it
    for m in ms:
        for p, _ in m.cands:
            if p.feature == "admin1" and (m.hint in ("", "admin1")) and evidence.get(p.country_code, 0) > 0:
                named_admin1.setdefault((p.country_code, p.admin1), set()).add(m.key)
        # a district called so whose name only one province has names that province ("Weld County": Colorado)
        units = {(p.country_code, p.admin1) for p, _ in m.cands if p.feature == "admin2"}
        if m.hint == "admin2" and len(units) == 1 and not m.in_run:
            unit = next(iter(units))
            if unit[1] and evidence.get(unit[0], 0) > 0:
                named_admin1.setdefault(unit, set()).add(m.key)
    implied = [(cc, region, "") for cc, region in regions] + [(h.country, h.region, h.span.text) for h in homes]
    state = dateline_abbreviations().get(head.group(2) or "") if head is not None else None
    if state is None and head is not None and head.group(3):  # "CHERRY HILL TOWNSHIP (KDKA) —": Pennsylvania's
        state = station_state(head.group(3))
    if state is not None:  # "PINETOWN, N.C. —": the state is named, and with it the country
        implied.append((*state, ""))
        evidence[state[0]] = evidence.get(state[0], 0.0) + 2.0
    # "call Richmond police at 804-646-5112": the state of Virginia's Richmond (looked for where a name may be read
    # in the countries of the area codes)
    called = state_called(text) if not readable.isdisjoint(CALLING_CODE_ONE) else None
    if called is not None:
        implied.append((*called, ""))
        evidence[called[0]] = evidence.get(called[0], 0.0) + 1.0
    # "taken to Vanderbilt University Medical Center": Tennessee; "Sign in using your wsoc profile": North Carolina
    stations = station_state(text) if "US" in readable else None
    for told in {hospital_state(text), stations} - {None, called}:
        implied.append((*told, ""))
        evidence[told[0]] = evidence.get(told[0], 0.0) + 1.0
    for cc, region, words in implied:
        unit = gaz.admin1(cc, region)
        if unit is not None:  # "" or the group's words: never the key of a place mention
            named_admin1.setdefault((cc, unit.admin1), set()).add(words.lower() or "@" + cc)

    counties = _counties(ms)
    if counties is not None:
        for m in ms:
            m.counties = counties
    chosen: list[Place | None] = [None] * len(ms)
    margins: dict[int, float] = {}
    evs: list[dict[str, float]] = []
    memo: dict[tuple, tuple[Place | None, float]] = {}  # a name said again in the same way reads the same
    for idx, m in enumerate(ms):
        ev = evidence
        if m.own is not None:  # a mention is no evidence for itself
            ev = dict(evidence)
            ev[m.own[0]] -= m.own[1]
        evs.append(ev)
        if m.local:  # read after the places the gazetteer knows
            continue
        sig = _signature(m)
        if sig is not None and sig in memo:
            chosen[idx], margins[id(m)] = memo[sig]
            continue
        chosen[idx] = _resolve(m, ms, ev, max(ev.values(), default=0.0), named_admin1, stop, (), margins,
                               _named_top(ev, by_demonym))
        if sig is not None:
            memo[sig] = (chosen[idx], margins.get(id(m), 0.0))
    hamlets = _hamlets_of_other_provinces(ms, chosen, named_admin1)
    _cities_not_small_districts(ms, chosen)
    # second pass: ambiguous names go to the candidate near the other places of the report (as read by their
    # names, not by a spelling: "near Holman" read as Holmen, Wisconsin moves no Houston to Minnesota)
    anchors = [(m.key, p.latitude, p.longitude) for m, p in zip(ms, chosen, strict=True)
               if p is not None and p.feature in ("populated", "admin2") and p.latitude is not None and not m.fuzzy]
    units_of: dict[tuple[str, str], set[str]] = {}  # the provinces of the places introduced as such, by name
    for m, p in zip(ms, chosen, strict=True):
        if p is not None and p.feature in ("populated", "admin2") and p.admin1 and not m.fuzzy \
                and (m.intro or (head is not None and m.start == head.start(1))):
            units_of.setdefault((p.country_code, p.admin1), set()).add(m.key)
    if len(anchors) > 1 or (anchors and len(ms) > 1):
        named_at: dict[tuple[float, float], set[str]] = {}
        for k, la, lo in anchors:
            named_at.setdefault((la, lo), set()).add(k)
        memo.clear()
        for idx, m in enumerate(ms):
            if not m.local and len(m.cands) > 1 and (chosen[idx] is None or margins.get(id(m), 0.0) < 3.0) \
                    and idx not in hamlets and _spread(m):
                sig = _signature(m)
                if sig is not None and sig in memo:
                    chosen[idx] = memo[sig][0]
                    continue
                near = tuple(islice((c for c, keys in named_at.items() if keys != {m.key}), 12))
                if near:
                    ev = evs[idx]
                    first = chosen[idx]
                    units = frozenset(u for u, keys in units_of.items() if keys != {m.key})
                    chosen[idx] = _resolve(m, ms, ev, max(ev.values(), default=0.0), named_admin1, stop, near,
                                           None, _named_top(ev, by_demonym), units)
                    if _dwarfs(first, chosen[idx]):
                        chosen[idx] = first
                    if sig is not None:
                        memo[sig] = (chosen[idx], 0.0)

    _unknown_in_its_province(ms, chosen)
    qualifiers_agree(ms, chosen)
    headquarters_in_district(text, ms, chosen)
    _outside_mission_area(area, chosen)
    _villages_not_cities(text, ms, chosen, named_admin1)
    _aliases_abroad(ms, chosen, evs)
    _villages_abroad(ms, chosen, evs)
    _provinces_read_as_towns_abroad(ms, chosen, evs)
    _respell_ruled_out(text, ms, chosen, evs, named_admin1, stop, by_demonym, gaz)
    _read_directories(text, ms, chosen, evs, named_admin1, area, gaz, front)
    _names_of_streets(text, ms, chosen, head)
    neighbourhoods_elsewhere(text, ms, chosen)
    respellings_far_from_their_town(text, ms, chosen)
    city_quarters(text, ms, chosen, gaz)
    areas_of_a_city(text, ms, chosen)
    starts = {m.start for m in ms}
    keep = [p is not None and not _in_name(text, m, p, starts) and not _MEDIA_AFTER.match(text, m.end)
            for m, p in zip(ms, chosen, strict=True)]
    barangays_of_towns(text, ms, chosen, keep)
    set_relations(text, ms, keep)
    namesakes_far_from_city(text, ms, chosen, keep, head, named_admin1)
    if not any(keep):
        _institution_town(text, ms, chosen, keep, evs, named_admin1, stop, by_demonym)
    if head is not None:
        place_dateline(head, state, ms, chosen, keep, gaz)
    out: list[PlaceMention] = []
    for m, p, k in zip(ms, chosen, keep, strict=True):
        if not k or p is None:
            continue
        end = m.hint_end if m.hint in ("admin1", "admin2") and m.hint_end else m.end
        if p.feature == "admin1" and not (m.tail or (out and _QUALIFIER_GAP.fullmatch(text, out[-1].span.end, m.start))):
            p = _unit_city(p, gaz) or p  # "D.C." is Washington ("Anacostia, D.C.": a place in the District)
        out.append(PlaceMention(span=Span(m.start, end, text[m.start:end]), place=p, relation=m.relation,
                                candidates=len(m.cands)))
    # (only for a report that places nothing itself: the state is then its one place below the country)
    told = _states_told(text) if not readable.isdisjoint(CALLING_CODE_ONE) and all(
        pm.place.feature == "country" or pm.relation in INDIRECT_RELATIONS for pm in out) else ()
    return _with_implied_places(text, gaz, base, (*homes, *told), out)


_QUALIFIER_GAP = re.compile(r",[ \t]*|[ \t]*\([ \t]*")  # "Anacostia, D.C.", "Anacostia (D.C.)"


@lru_cache(maxsize=1)
def _city_units() -> dict[tuple[str, str], str]:
    """(country, first-level unit) -> the city the unit is (admin_names.yaml, city_units)."""
    table = load_yaml("admin_names.yaml").get("city_units") or {}
    return {(str(cc), str(unit)): str(city) for cc, units in table.items() for unit, city in units.items()}


def _unit_city(unit: Place, gaz: Gazetteer) -> Place | None:
    """The city a first-level unit is, as a town ("D.C.": Washington), or None for a unit that is not one city."""
    city = _city_units().get((unit.country_code, unit.admin1))
    if city is None:
        return None
    return max((p for p in gaz.lookup(city) if p.feature == "populated" and p.country_code == unit.country_code
                and p.admin1 == unit.admin1), key=lambda p: p.population, default=None)


def _states_told(text: str) -> tuple[HomeRegion, ...]:
    """The state a report's telephone numbers or television stations name, as a home region is given: it places
    an event only where nothing else does ("Sign in using your koki profile" of a report that names no place:
    Oklahoma)."""
    told: list[HomeRegion] = []
    for cue, where, state in (("telephone", number_called(text), state_called(text)),
                              ("station", station_named(text), station_state(text))):
        if where is not None and state is not None and all(state != (h.country, h.region) for h in told):
            told.append(HomeRegion(Span(where[0], where[1], text[where[0]:where[1]]), *state, cue=cue))
    return tuple(told)


def _with_implied_places(text: str, gaz: Gazetteer, base: dict[str, float], homes: Sequence[HomeRegion],
                         out: list[PlaceMention]) -> list[PlaceMention]:
    """The places found, with those the report implies: landmarks' cities, the capital ("in the capital", a
    national institution's act) and the home regions of its groups."""
    return with_home_regions(gaz, homes, with_national_institution(
        text, gaz, with_capital(text, gaz, base, with_neighbourhoods(text, gaz, with_landmarks(text, gaz, out)))))


_INSTITUTION_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*){1,4}")
_INSTITUTION_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")
_RUN_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _institution_town(text: str, ms: list[_Mention], chosen: list[Place | None], keep: list[bool],
                      evs: list[dict[str, float]], named_admin1: dict[tuple[str, str], set[str]],
                      stop: frozenset[str], by_demonym: dict[str, float]) -> None:
    """A report that names no place but an institution or a local body named for a town ("Bathinda Central
    Cooperative Bank", "Benapole Customs House", "the Civil Hospital Badin", "the Mussoorie Taxi Union"): the town of
    20,000 or more is the place, or the district of that size ("the Chapainawabganj Bar Association": the district
    the gazetteer knows by its seat's name)."""
    institutions = toponym_words("local_generic_words", "local_body_words")
    for idx, m in enumerate(ms):
        if not m.in_run or m.local:
            continue
        after = _INSTITUTION_AFTER.match(text, m.end)
        before = _INSTITUTION_BEFORE.search(text, max(0, m.start - 30), m.start)
        if not ((after is not None and _norm(after.group().split()[-1]) in institutions) or (
                before is not None and _norm(before.group(1)) in institutions and not _RUN_GOES_ON.match(text, m.end))):
            continue
        ev = evs[idx]
        p = _resolve(replace(m, in_run=False), ms, ev, max(ev.values(), default=0.0), named_admin1, stop, (), None,
                     _named_top(ev, by_demonym))
        if p is not None and p.feature in ("populated", "admin2") and p.population >= 20_000:
            chosen[idx], keep[idx] = p, True
            return


_VILLAGE_AFTER = re.compile(r"[ \t]+villages?\b", re.I)


def _provinces_named_besides(named_admin1: dict[tuple[str, str], set[str]], cc: str, key: str) -> set[str]:
    """The provinces of country `cc` the report names by other words than the name `key`."""
    return {a1 for (c, a1), names in named_admin1.items() if c == cc and names - {key}}


def _villages_not_cities(text: str, ms: list[_Mention], chosen: list[Place | None],
                         named_admin1: dict[tuple[str, str], set[str]]) -> None:
    """A village named like a city of another province than the ones the report names in its country is a
    namesake the gazetteer lacks ("Banda village on the border of Ranchi and Khunti district" is no city of
    Uttar Pradesh): no place, and the national directories may know it."""
    for idx, m in enumerate(ms):
        p = chosen[idx]
        # ("X village", not "a village of X": that is where the village lies)
        if p is None or p.feature != "populated" or p.population < 100_000 or not _VILLAGE_AFTER.match(text, m.end):
            continue
        named = _provinces_named_besides(named_admin1, p.country_code, m.key)
        if named and p.admin1 not in named:
            chosen[idx] = None


_HAMLET_MAX = 1_000  # people: a place this small is read in a province the report does not name only if it says so


def _hamlets_of_other_provinces(ms: list[_Mention], chosen: list[Place | None],
                                named_admin1: dict[tuple[str, str], set[str]]) -> set[int]:
    """A hamlet whose name several places bear, read in another province than the ones the report names in its
    country and not qualified by its own, is a namesake the gazetteer lacks ("the shootings happened in Tyrone" of
    a Missouri report are not in Oklahoma's hamlet of 786 people, one of four Tyrones): no place, rather than one
    that draws the report's other names to its province. (A name only one place bears is that place, whatever
    province the report names.) The indexes of the mentions so dropped."""
    dropped: set[int] = set()
    for idx, m in enumerate(ms):
        p = chosen[idx]
        if p is None or p.feature != "populated" or p.population >= _HAMLET_MAX or m.quals or m.chain \
                or len({(q.country_code, q.admin1) for q, _ in m.cands}) < 2:
            continue
        named = _provinces_named_besides(named_admin1, p.country_code, m.key)
        if named and p.admin1 not in named:
            chosen[idx] = None
            dropped.add(idx)
    return dropped


def _aliases_abroad(ms: list[_Mention], chosen: list[Place | None], evs: list[dict[str, float]]) -> None:
    """A town found only by another of its names, in a country the report's words do not point to, where its
    other places all lie in one other country and one of them, as large, is named by its own name, is a
    namesake there the gazetteer lacks ("a march to Colombo Fort ... a medical faculty in Malabe": no Malabo
    of Equatorial Guinea); so too beside a district or province ("Puna" in a report from Hawaii County is no
    Pune). A country people come from is not one of those places ("refugees displaced from Syria")."""
    for idx, m in enumerate(ms):
        p = chosen[idx]
        if p is None or p.feature != "populated" or evs[idx].get(p.country_code, 0.0) > 0.01 \
                or any(q is p and main for q, main in m.cands):
            continue
        others = [(q, ms[j]) for j, q in enumerate(chosen)
                  if j != idx and q is not None and ms[j].key != m.key and not ms[j].origin]
        if _all_in_another_country(p, [q for q, _ in others]) \
                and any(q.feature in ("admin1", "admin2")
                        or (q.population >= p.population and any(c is q and main for c, main in o.cands))
                        for q, o in others):  # a larger place by its own name: Colombo, not "the Koran"
            chosen[idx] = None


_VILLAGE_ABROAD_MAX = 20_000  # people: a place this small is seldom named in a report set in another country


def _villages_abroad(ms: list[_Mention], chosen: list[Place | None], evs: list[dict[str, float]]) -> None:
    """A village abroad that nothing else in the report points to, beside places that all lie in one other
    country, one of them a district, a province or a larger town: a namesake the gazetteer lacks ("at Sang
    police post in the Basantgarh area of Udhumpur district" is no S'ang of Cambodia). The same name said again
    points nowhere ("FRONTON - Starr County authorities ... near Fronton" is no Fronton of France)."""
    for idx, p in enumerate(chosen):
        if p is None or p.feature != "populated" or p.population >= _VILLAGE_ABROAD_MAX:
            continue
        m = ms[idx]
        if evs[idx].get(p.country_code, 0.0) - _echo(m, p.country_code) > 0.01:
            continue
        others = [q for j, q in enumerate(chosen)
                  if j != idx and q is not None and q.feature != "country" and ms[j].key != m.key]
        if _all_in_another_country(p, others) \
                and any(q.feature in ("admin1", "admin2") or q.population > p.population for q in others):
            chosen[idx] = None


_PROVINCE_TOWN_MAX = 100_000  # people: a town this large may be what a report calls a province by its name


def _provinces_read_as_towns_abroad(ms: list[_Mention], chosen: list[Place | None],
                                    evs: list[dict[str, float]]) -> None:
    """A name the report calls a province, state or region that the gazetteer knows only as a town in a country
    nothing else in the report points to is a province it lacks or spells otherwise ("in Shabwa province", said
    of Yemen's Shabwah, is no Sha Bwa of Myanmar): no place, not a wrong one."""
    for idx, p in enumerate(chosen):
        m = ms[idx]
        if p is None or m.hint != "admin1" or p.feature != "populated" or p.population >= _PROVINCE_TOWN_MAX:
            continue
        if evs[idx].get(p.country_code, 0.0) - _echo(m, p.country_code) <= 0.01:
            chosen[idx] = None


# a city of this many people, named in a report, is not moved by nearness to the report's other places to a
# namesake `_DWARF_RATIO` times smaller ("Memphis" near Hillview, Kentucky is not Memphis, Indiana)
_BIG_CITY = 500_000
_DWARF_RATIO = 100
_DWARF_DISTRICT_RATIO = 10


def _dwarfs(first: Place | None, near: Place | None) -> bool:
    """Whether a big city read first dwarfs the namesake near the report's other places that would replace it (a
    district by a tenth of its size: "Kyiv, Lviv and Dnipro" names the city of a million, not Kyiv's district)."""
    ratio = _DWARF_DISTRICT_RATIO if near is not None and near.feature == "admin2" else _DWARF_RATIO
    return first is not None and near is not None and first.feature == "populated" \
        and first.population >= _BIG_CITY and near.population * ratio < first.population


def _cities_not_small_districts(ms: list[_Mention], chosen: list[Place | None]) -> None:
    """A big city's name, not called a district, read as a district a tenth its size (a quarter of a city the
    report names: "Kyiv, Lviv and Dnipro" is no Dnipro district of Kyiv) is the city."""
    for idx, m in enumerate(ms):
        p = chosen[idx]
        if p is None or p.feature != "admin2" or m.hint:
            continue
        city = max((q for q, main in m.cands if main and q.feature == "populated"), key=lambda q: q.population,
                   default=None)
        if _dwarfs(city, p):
            chosen[idx] = city


def _unknown_in_its_province(ms: list[_Mention], chosen: list[Place | None]) -> None:
    """A name its report puts in a province where the gazetteer knows no place of that name ("HOWLAND, Ohio",
    known only in Maine) is no namesake elsewhere when said again alone ("shot in Howland")."""
    for i, m in enumerate(ms):
        if chosen[i] is not None or not m.quals:
            continue
        provinces = {(q.country_code, q.admin1) for k in m.quals if (q := chosen[k]) is not None
                     and q.feature == "admin1"}
        if not provinces:
            continue
        countries = {cc for cc, _ in provinces}
        for j, o in enumerate(ms):
            p = chosen[j]
            if j != i and o.key == m.key and not o.quals and p is not None and p.feature == "populated" \
                    and p.country_code in countries and (p.country_code, p.admin1) not in provinces:
                chosen[j] = None


def _echo(m: _Mention, cc: str) -> float:
    """The evidence for a country that the other mentions of the same name gave, when this one points there."""
    return m.echo if m.own and m.own[0] == cc else 0.0


def _all_in_another_country(p: Place, others: list[Place]) -> bool:
    """Whether the report's other places, one or more, all lie in one country that is not `p`'s."""
    return len({q.country_code for q in others}) == 1 and others[0].country_code != p.country_code


def _respell_ruled_out(text: str, ms: list[_Mention], chosen: list[Place | None], evs: list[dict[str, float]],
                       named_admin1: dict[tuple[str, str], set[str]], stop: frozenset[str],
                       by_demonym: dict[str, float], gaz: Gazetteer) -> None:
    """A name introduced as a place whose readings were all ruled out may be another place's spelling, in the
    units named with it ("the town of Naushki" in Balochistan: Nushki, not the Naushki in Buryatia)."""
    for idx, m in enumerate(ms):
        if chosen[idx] is None and m.cands and not m.local and not m.fuzzy and not m.in_run \
                and (m.town or local_intro(text, m.start, m.end)):
            tried = {id(q) for q, _ in m.cands}
            spelt = tuple(c for c in gaz.match_spelling(text[m.start:m.end]) if id(c[0]) not in tried
                          and (not m.quals or link_fit(c[0], m, ms) > 0))
            if spelt:
                ev = evs[idx]
                chosen[idx] = _resolve(replace(m, cands=spelt, fuzzy=True), ms, ev, max(ev.values(), default=0.0),
                                       named_admin1, stop, (), None, _named_top(ev, by_demonym))


def _front(gaz: Gazetteer, area: set[tuple[str, str]]) -> tuple[tuple[float, float], ...]:
    """The front line the report's observer mission watches, as points (actors.yaml front_lines), read in the
    provinces of its area."""
    out: list[tuple[float, float]] = []
    for cc in sorted({cc for cc, _ in area}):
        units = {a1 for c, a1 in area if c == cc}
        for town in front_lines().get(cc, ()):
            p = next((q for q in gaz.lookup(town) if q.country_code == cc and q.feature == "populated"
                      and q.admin1 in units and q.latitude is not None), None)
            if p is not None:
                out.append((p.latitude, p.longitude))
    return tuple(out)


def _off_front(p: Place | None, front: tuple[tuple[float, float], ...]) -> bool:
    """A village or small town far from the front line the report's observer mission watches."""
    return bool(front) and p is not None and p.feature == "populated" and p.population < 50_000 \
        and p.latitude is not None and not on_front(p, front)


def _read_directories(text: str, ms: list[_Mention], chosen: list[Place | None], evs: list[dict[str, float]],
                      named_admin1: dict[tuple[str, str], set[str]], area: set[tuple[str, str]],
                      gaz: Gazetteer, front: tuple[tuple[float, float], ...] = ()) -> None:
    """Villages of the national directories (local_places.py), for names introduced as places that nothing
    else could place, and for a town an observer mission names outside its area ("near Molodizhne" is not
    Poltava's): read after every other mention, whose places they must agree with."""
    known = list(chosen)
    for idx, m in enumerate(ms):
        p = known[idx]
        outside = _astray(p, area)
        astray = outside or _off_front(p, front)
        # (a town abroad found only by its spelling, in a report with nothing set there: "in Bargari" of a
        # report on Punjab's Sikhs is no Bargara of Queensland when the directory knows a Bargari)
        # (nor, in a report that names or implies a province of another country, a small town of one with nothing
        # set there: "Sikh protesters ... in Beas" is Punjab's Beas, not Andalusia's)
        doubtful = p is not None and evs[idx].get(p.country_code, 0.0) <= 0.01 and (m.fuzzy or (
            p.feature == "populated" and p.population < 100_000
            and any(cc != p.country_code for cc, _ in named_admin1)))
        if not m.local and (p is None or astray or doubtful) and not m.in_run \
                and local_intro(text, m.start, m.end):
            cands = gaz.local(text[m.start:m.end])
            if cands:
                m.cands, m.local = cands, True
                known[idx] = None
        elif p is not None and m.fuzzy and not m.local and not m.in_run and local_intro(text, m.start, m.end):
            # a town found only by its spelling yields to a village the directory has under the name as written
            # ("in Sahibabad" is Ghaziabad's quarter, not a Shahabad), when that village agrees with the report
            cands, known[idx] = gaz.local(text[m.start:m.end]), None
            trial = replace(m, cands=cands, local=True)
            q = resolve_local(trial, ms, known, evs[idx], named_admin1, gaz, front) if cands else None
            if q is not None and _norm(q.name) == m.key:
                # the village's reading, with the hint it may have set ("near": placed at its community's centre)
                chosen[idx], m.cands, m.local, m.hint = q, cands, True, trial.hint
            else:
                known[idx] = p
            continue
        if m.local:
            # a town astray stands only if the area has no village of its name ("near Kamyanka": several in
            # Donetsk and Luhansk, none of them Cherkasy's town)
            inside = astray and any((q.country_code, q.admin1) in area and not _off_front(q, front) for q, _ in m.cands)
            chosen[idx] = resolve_local(m, ms, known, evs[idx], named_admin1, gaz, front) or (
                p if (astray and (not inside or not outside)) or doubtful else None)  # off the front: in the area


def _qualified_by(ms: list[_Mention], m: _Mention, province_names: set[str]) -> bool:
    """Whether the link of `m`'s chain right after it is the province it lies in, or a place of it ("Noshki,
    Balochistan", not "Narmad, Gujarat University")."""
    if not m.chain:
        return False
    nxt = ms[m.chain[0]]
    return nxt.key in province_names and nxt.key != m.key and not nxt.in_run


def _mission_area(gaz: Gazetteer, regions: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (country, province) pairs of the area an observer mission the report names works in."""
    return {(cc, unit.admin1) for cc, r in regions if (unit := gaz.admin1(cc, r)) is not None}


def _astray(p: Place | None, area: set[tuple[str, str]]) -> bool:
    """A town in a mission's country but outside its area."""
    return p is not None and p.feature == "populated" and (p.country_code, p.admin1) not in area \
        and any(cc == p.country_code for cc, _ in area)


def _outside_mission_area(area: set[tuple[str, str]], chosen: list[Place | None]) -> None:
    """A village the report's observer mission names outside the area it reports on is a namesake of one the
    gazetteer lacks ("the OSCE SMM ... near Sokilnyky": not the Sokilnyky near Lviv): no place, not a wrong one."""
    for idx, p in enumerate(chosen):
        if _astray(p, area) and p.population < 10_000:
            chosen[idx] = None


def _chain_bonus(p: Place, m: _Mention, ms: list[_Mention]) -> float:
    """'Quetta, Balochistan, Pakistan' and '(Kech, Balochistan)': later links contain the first."""
    bonus = 0.0
    for k in m.chain:
        for q, _ in ms[k].cands:
            if q.feature == "country" and q.country_code == p.country_code:
                bonus += 4.0
                break
            if q.feature in ("admin1", "admin2") and q.country_code == p.country_code and (
                    (q.feature == "admin1" and _norm(q.admin1) == _norm(p.admin1))
                    or (q.feature == "admin2" and _norm(q.admin2) == _norm(p.admin2))):
                bonus += 6.0
                break
    return bonus


def _named_top(ev: dict[str, float], by_demonym: dict[str, float]) -> float:
    """The strongest country evidence that places (not demonyms) give."""
    return max((v - by_demonym.get(cc, 0.0) for cc, v in ev.items()), default=0.0)


def _signature(m: _Mention) -> tuple | None:
    """What a mention's reading depends on besides the report, when no chain ties it to its neighbours."""
    if m.chain or m.quals or m.tail:
        return None
    return (m.key, m.hint, m.in_run, m.allcaps, m.fuzzy, m.sub, m.town, m.intro, m.bracketed, m.tokens, len(m.cands))


def _spread(m: _Mention) -> bool:
    """Whether a mention's readings lie far enough apart for the other places of the report to choose."""
    first = m.cands[0][0]
    if first.latitude is None or first.longitude is None:
        return True
    la, lo = first.latitude, first.longitude
    for p, _ in m.cands[1:]:
        if p.latitude is None or p.longitude is None or abs(p.latitude - la) + abs(p.longitude - lo) > 0.3:
            return True
    return False


# what a district called so gains from lying in the province of a place the report introduces or files from, however
# far ("RAIPUR: ... in Bijapur district": Chhattisgarh's)
_SAME_PROVINCE = 1.5


def _proximity(p: Place, near: tuple[tuple[float, float], ...]) -> float:
    if p.latitude is None or p.longitude is None:
        return 0.0
    cos2 = math.cos(math.radians(p.latitude)) ** 2
    lat, lon = p.latitude, p.longitude
    best = 1e9
    for la, lo in near:
        d = (lat - la) ** 2 + (lon - lo) ** 2 * cos2
        if d < best:
            best = d
    # degrees squared: 50 km ~ 0.45 degrees, 150 km ~ 1.35 degrees
    return 3.0 if best < 0.2 else 1.5 if best < 1.8 else 0.0


class _Reading(NamedTuple):
    """What `_resolve` made of one reading of a name: its score, the part of it the report's context gave, that
    context less what the country's evidence gave (what places it within the country), and what its nearness to
    the report's other places gave."""
    score: float
    context: float
    placed: float
    nearness: float


_UNREAD = _Reading(0.0, 0.0, 0.0, 0.0)  # a reading `_resolve` passed over


def _resolve(m: _Mention, ms: list[_Mention], evidence: dict[str, float], top_ev: float,
             named_admin1: dict[tuple[str, str], set[str]], stop: frozenset[str],
             near: tuple[tuple[float, float], ...], margins: dict[int, float] | None = None,
             named_top: float = 0.0, near_units: frozenset[tuple[str, str]] = frozenset()) -> Place | None:
    best: Place | None = None
    best_s = second_s = -1e9
    best_ctx = 0.0
    readings: dict[int, _Reading] = {}  # what each reading scored, by the candidate's id
    cands = m.cands
    if m.quals:  # "X (District, Province)": X lies in them; a reading of X elsewhere is another place
        fits = [link_fit(p, m, ms) for p, _ in cands]
        top = max(fits)
        # only the country agrees: a well-known town is kept (the report may misname its province), an
        # alias or a village of that name elsewhere in the country is not ("Mandi" in "Anaj Mandi, Hyderabad")
        # (a name of several words is as telling as a town's size: "Landi Kotal, Punjab" is Khyber's)
        misplaced = outside_linked_province(cands, m, ms)
        known = [(p, main) for p, main in cands
                 if main and (p.population >= 10_000 or (m.tokens > 1 and len(cands) == 1))]
        if misplaced and not any(link_fit(p, m, ms, provinces=True) for p, _ in cands) and not any(
                p.country_code in link_countries(m, ms) for p, _ in known):
            return None
        # a name found only by its spelling stands where its links say: "Shahwal, North Waziristan" is no
        # Sahiwal of Punjab
        if m.fuzzy and top <= 1 and any(q.feature in ("admin1", "admin2") for k in m.quals for q, _ in ms[k].cands):
            return None
        # (in the district its links name: "Maidan village, Lower Dir district" is no Madyan of Swat)
        if m.fuzzy and any(_outside_linked_district(p, ms[k]) for p, _ in cands for k in m.quals):
            return None
        if top > 0:
            cands = tuple(c for c, f in zip(cands, fits, strict=True) if f == top)
            if misplaced and not any(link_fit(p, m, ms, provinces=True) for p, _ in cands):
                # only the country agrees: the town stands if the report misnames its province ("Gediz,
                # Istanbul, Turkey") or it is a city; a small namesake elsewhere is not the place ("Shahpur,
                # Khyber Pakhtunkhwa, Pakistan" is no Shahpur of Punjab), and the province stands
                # (a word of a longer name misnames nothing: "Guli Bagh, Charbagh, North-West Frontier" is no Bagh
                # of Kashmir)
                cands = tuple((p, main) for p, main in cands
                              if (p.feature == "populated" and p.population >= _MISNAMED_PROVINCE_CITY)
                              or (not m.in_run and misnamed_province(p, m, ms)))
                if not cands:
                    return None
        elif misplaced or outside_linked_countries(cands, m, ms):
            # unless it is a well-known town far from the province its report names ("Gediz, Istanbul")
            # (by its own name as written: "Krishna Nagar, Delhi" is a quarter of Delhi, not Krishnanagar)
            cands = tuple((p, main) for p, main in known if misplaced and _norm(p.name) == m.key
                          and misnamed_province(p, m, ms))
            # or a city of millions its report puts in a country with no place of its name: the country is
            # misnamed ("Karachi, India" is no Karachiya of Gujarat)
            if not cands and not misplaced and all(
                    any(q.feature == "country" for q, _ in ms[k].cands) for k in m.quals):
                cands = tuple((p, main) for p, main in known if _norm(p.name) == m.key
                              and p.population >= _MISNAMED_COUNTRY_CITY)
            if not cands:
                return None
    for p, main in cands:
        ev = evidence.get(p.country_code, 0.0)
        # a short name in capitals is an acronym: a country's ("US"), or a province's in a report set in its
        # country ("Ramzak, FATA, Pakistan"), else no place
        # (a province's abbreviation written with its stops, "D.C.", is no acronym of something else)
        if (m.allcaps and len(m.key) <= 4 and p.feature != "country"
                and not (p.feature == "admin1" and (ev > 0.01 or m.dotted))) \
                or _written_small(m, p, main):
            continue
        # a report that names its country seldom names small places abroad
        # (for provinces, cities and places introduced as such, only places count: foreign forces go by
        # demonym, "Turkish forces shelled Al-Hasakeh", "Turkish forces closed all of Afrin's entrances")
        # (but a province said to be the place, which only one country has, stands: "Turkey and Russia
        # patrolled in Idleb")
        placed_by_name = p.feature == "admin1" or p.population >= 100_000 or m.intro
        if (named_top if placed_by_name else top_ev) >= 2.0 and ev <= 0.01 \
                and p.feature != "country" and p is not m.capital \
                and p.population < 1_000_000 and not (p.feature == "admin1" and _in_one_country(m)) \
                and not (m.quals and link_fit(p, m, ms) >= 3):  # unless its links hold it: "Formosa (Formosa)"
            continue
        # a word no preposition introduces ("the Young Doctors", "the College Principal") is a small place
        # abroad only when nothing places the report elsewhere
        # (nor when only the same word said again, never as a place, points there, and other words elsewhere:
        # "Hurriyet leaders" thrice in a report from Kashmir is no Turkish village)
        if top_ev >= 1.0 and p.feature in ("populated", "admin2") and p.population < 100_000 \
                and m.tokens == 1 and not m.intro and not m.tail and not m.bracketed \
                and (ev <= 0.01 or (ev - _echo(m, p.country_code) <= 0.01
                                    and any(v >= 1.0 for cc, v in evidence.items() if cc != p.country_code)
                                    and not any(o.intro for o in ms if o.key == m.key))):
            continue
        # a small town abroad from where the report points: no site of the report's town bearing its name ("at
        # Palacio Park" in Las Vegas is no Palacio of Madrid), nor a district ("the Reko Anjeri area of Naushki
        # district" in a Balochistan report is Nushki, not the Naushki of Buryatia)
        if (m.site or m.hint == "admin2") and p.feature == "populated" and p.population < 100_000 \
                and ev - _echo(m, p.country_code) <= 0.01 and top_ev >= 1.0 and ev < top_ev:
            continue
        # part of a longer name the gazetteer lacks ("Hamar Weyne", in Mogadishu): abroad only when other
        # names of the report say so, not the same name said again
        if m.in_run and top_ev >= 1.0 and p.feature in ("populated", "admin2") and p.population < 1_000_000 \
                and ev - _echo(m, p.country_code) <= 0.01 \
                and any(v >= 1.0 for cc, v in evidence.items() if cc != p.country_code):
            continue
        # nor in another province than the ones the report names or its parties come from ("the JSQM's Shahpur
        # Jahania chapter" is in Sindh, not Punjab's Shahpur)
        if m.in_run and not m.intro and _outside_named_provinces(p, named_admin1):
            continue
        # nor a village outside them where the report names a county of one of them with its word: the
        # gazetteer's namesake, not the report's place ("Tonopah teen ... Maricopa County Sheriff's": Arizona's)
        if _beyond_named_county(p, m, ms, named_admin1):
            continue
        # nor, where news names a county with its word, a county by its bare name after other words of a longer
        # name ("near Verdese Carter Park" is no Carter County; "Miami-Dade Fire Rescue" is Miami-Dade County's),
        # though a town's word follows it ("the city's Kelvin Park neighborhood" is no Park County)
        if m.after_words and m.hint in ("", "populated") and p.feature == "admin2" \
                and p.country_code in _admin2_named_with_word():
            continue
        s = _prior(p, main, m)
        ctx = 0.0
        if ev > 0.01:
            ctx += 4.0 * ev / top_ev + (2.0 if ev == top_ev else 0.0)
        in_country = ctx  # what only the country gave
        namers = named_admin1.get((p.country_code, p.admin1))
        # Kayseri alone: no; nor the province's own name in a report set there without naming it ("@UA": an
        # observer mission's area): its towns gain nothing ("Sakhanka, Donetsk" is the province)
        if p.feature != "admin1" and namers and (len(namers) > 1 or m.key not in namers) and (
                m.key not in namers or any(n != m.key and n[:1] != "@" for n in namers)):
            ctx += 3.0
        elif p.feature == "admin1" and namers and any(n != m.key and n[:1] != "@" for n in namers):
            # a province's name several countries give it, read in the one the report's community or party is
            # rooted in, or that another of its names names ("Sikh devotees ... in Punjab": India's)
            ctx += 3.0
        elif not main and m.capital is not None and m.capital is not p and any(
                q is m.capital and mn for q, mn in m.cands):
            ctx -= 4.0  # a capital's name is another town's alias only in that town's province: "Islamabad"
        if m.chain:
            ctx += _chain_bonus(p, m, ms)
        if m.counties is not None and m.counties.pairs(p, m):
            ctx += _PAIRED_UNIT
        nearness = _proximity(p, near) if near else 0.0
        if not nearness and m.hint == "admin2" and p.feature == "admin2" and (p.country_code, p.admin1) in near_units:
            nearness = _SAME_PROVINCE
        ctx += nearness
        if m.front and not m.tail and p.feature == "populated" and p.latitude is not None:
            # "near Opytne" in a ceasefire report: the Opytne on the line, more than one 18 km behind it (not
            # the name that qualifies another: "Sakhanka, Donetsk" is the province)
            ctx += 2.0 * max(0.0, 1.0 - km_to_line(p.latitude, p.longitude, m.front) / FRONT_KM)
        s += ctx
        readings[id(p)] = _Reading(s, ctx, ctx - in_country, nearness)
        if s > best_s:
            second_s = best_s
            best, best_s, best_ctx = p, s, ctx
        elif s > second_s:
            second_s = s
    if margins is not None:  # how far ahead the reading is: proximity (at most +3) cannot overturn more
        margins[id(m)] = best_s - second_s
    if best is None:
        return None
    # "Gwadar" alone is the town, "Gwadar district" the district: prefer an eponymous town to its unit
    seat = False  # the town stands for its unit (its size, often unknown to GeoNames, does not matter)
    if best.feature in ("admin1", "admin2") and m.hint not in ("admin1", "admin2") and not m.tail:
        town = _eponymous_town(best, m)
        # with nothing that places it rather than the city, a county's seat yields to a city of that name far
        # larger than both ("a Lexington teenager": Kentucky's city, not the seat of Lexington County, South
        # Carolina; in an American report, Norfolk is Virginia's city, not the seat of Norfolk County; "Toledo
        # police" are Ohio's, not those of the Spanish province's capital, a third its size)
        bigger = max((q for q, mn in m.cands if mn and q.feature == "populated"), key=lambda q: q.population,
                     default=None) if town is not None else None
        if bigger is not None and readings.get(id(bigger), _UNREAD).context < best_ctx:
            bigger = None
        if bigger is not None:
            # (said only before its police's word, the name is a city's, whatever the unit's size: "Lodi police")
            police_only = m.police and all(o.police for o in ms if o.key == m.key)
            needed = _POLICE_SEAT_YIELDS * town.population if police_only \
                else max(_SEAT_YIELDS * town.population, min(best.population, 100_000))
            if bigger.population < needed or evidence.get(bigger.country_code, 0.0) < evidence.get(
                    best.country_code, 0.0):
                bigger = None
        if bigger is not None:
            best = bigger
        elif town is not None:
            best, seat = town, True
        elif best.feature == "admin2" and best.country_code in _admin2_named_with_word() \
                and any((o.intro or o.police) and not o.in_run for o in ms if o.key == m.key):
            # where news names a county with its word, a bare name introduced as a place, or before its police's
            # word, is a town (unless the report names the county so elsewhere, and the town's police are not
            # named or the county is not the town's own): "in Dickinson" is North Dakota's city, not a Dickinson
            # County, none of which holds a town of its name; "Lawrence police" are a city's, not Lawrence
            # County's; "Erie Police ... the Erie County Prison" are Pennsylvania's city and county, not New York's
            # larger Erie County (but "in DeKalb ... DeKalb County police" is Georgia's county)
            town = max((q for q, mn in cands if mn and q.feature == "populated"
                        and q.country_code == best.country_code and id(q) in readings),
                       key=lambda q: readings[id(q)].score, default=None)
            if town is not None and _county_yields_to_town(m, ms, best, town) and readings[id(town)].context \
                    - readings[id(town)].nearness >= best_ctx - readings.get(id(best), _UNREAD).nearness:
                # (nearness to another place does not make a county of the town: "Erie Police say a Detroit man"
                # are Pennsylvania's city's, not those of Ohio's Erie County by Detroit)
                best, best_ctx = town, readings[id(town)].context
    # a name found by its spelling needs the report's country, unless it is a city introduced as a place in a
    # report that points to no other country ("in Quamishli city": Al Qamishli)
    # (or the one place anywhere so spelt, introduced as a place in a report that points to no country: "in
    # Ain Oussara" for Ain Oussera)
    if m.fuzzy and best.country_code in _spelt_one_way():
        return None  # "in Donelson" (Nashville's) is no Danielson, Connecticut, spelt otherwise
    if m.fuzzy and ((best_ctx < 2.0 and not (m.intro and top_ev < 1.0 and (
            best.population >= 100_000 or (_one_place(m) and len(m.key) >= 7)))) or m.in_run
                    or best.feature not in ("populated", "admin2", "admin1")):  # (a province: called one)
        return None
    if m.qualified and not _qualified_by(ms, m, named_admin1.get((best.country_code, best.admin1), set())):
        return None
    # introduced as a place, it is none of them: "in Shahpur Jahania" of a Sindh report is no town of Punjab
    if m.in_run and (m.intro or m.run_intro) and _outside_named_provinces(best, named_admin1):
        return None
    # nor is a town called so only by another of its names, outside them ("Bates Township" of a Michigan report is
    # no Gates Mills, Ohio, which GeoNames also calls Bates)
    # (named in words, not implied by a party's home: "KIA forces ... in Theinni township" of a Kachin group is
    # Hsenwi, Shan, which GeoNames also calls Theinni)
    if m.town and _outside_named_provinces(best, named_admin1) and not any(q is best and mn for q, mn in m.cands) \
            and _province_said(best.country_code, ms, named_admin1):
        return None
    after_quarter = _after_quarter(best, m)
    # thin evidence: a small place nobody put in context is more likely a word or a name
    if best.feature == "populated" and best_ctx < 2.0:
        # its own name, or that name transliterated and introduced as a place ("in Braytal" for Britel)
        # (or the name of the unit it is the seat of: "in Tyr", the district, is Tyre)
        # (or that name transliterated, after a quarter the gazetteer lacks: "at Badambagh Sopore" is Sopur)
        main = seat or any(q is best and mn for q, mn in m.cands) or _seat_of_named_unit(best, m) \
            or (m.intro and _transliterated(m.key, best.name)) or after_quarter
        big = best.population >= 500_000
        # a town's other spelling, introduced as a place: "in Abbotabad"
        # a city by another of its names, introduced as a place: "in Abbotabad", "in Tuticorin"
        known = not main and m.intro and not m.in_run and best.population >= 100_000 and len(m.key) >= 5
        # or the one place anywhere of that name, however small, introduced as a place: "near Kominternove"
        # (not when a unit bears the name: "in Lakki Marwat" is the district, not Lakki town by another name)
        known = known or (m.intro and not m.in_run and not _spread(m)
                          and not any(mn and q.feature in ("admin1", "admin2") for q, mn in m.cands) and (
            (m.tokens == 1 and len(m.key) >= 6)
            # (a name of two words, in a report that points to its country the most or to none: not "at Grand
            # River" of a Detroit report, a Mauritian village's other name)
            or (m.tokens == 2 and len(m.key) >= 10
                and (top_ev < 1.0 or evidence.get(best.country_code, 0.0) >= top_ev))))
        # or the one place of that name, called a district or province: "Koh Samui district" (Ko Samui)
        known = known or (m.hint in ("admin1", "admin2") and not m.sub and not m.in_run and len(m.key) >= 5
                          and not _spread(m) and (top_ev < 1.0 or evidence.get(best.country_code, 0.0) > 0.01))
        # (a town's word makes a place of another name of a town, but not abroad from where the report points:
        # "in Mansi township" of a Myanmar report is no Muncie, Indiana)
        abroad = top_ev >= 1.0 and evidence.get(best.country_code, 0.0) <= 0.01
        if (((not main and (not m.town or abroad) and not known) or (m.in_run and not after_quarter)) and not big) \
                or (not main and m.in_run and best.population < 2_000_000) \
                or (best.population < 1_000 and len(m.cands) > 1 and _spread(m) and m.hint not in ("admin1", "admin2", "near")
                    and not seat) \
                or (m.tokens == 1 and m.key in stop and not m.town):  # ("the southern city of Sabha")
            # another reading may stand on its own: "Lakki Marwat" is the district, not Lakki by an alias
            units = [p for p, _ in cands if p.feature == "admin2" and _sole_unit(p, m)]
            if units and not m.in_run:
                return _resolve(replace(m, cands=((units[0], True),), quals=[]), ms, evidence, top_ev, named_admin1,
                                stop, near, None, named_top)
            return None
    if best.feature == "populated" and m.in_run and best.population < 5_000 and not m.hint and best_ctx < 6.0:
        return None
    if best.feature != "country" and m.in_run and not m.hint and best.population < 2_000_000 \
            and not any(q is best and mn for q, mn in m.cands) and not after_quarter:
        return None  # "al Sham Corps": an alias inside a name is a word
    in_country = readings.get(id(best), _UNREAD).placed
    if best.feature == "admin2" and in_country < 2.0 and m.hint != "admin2" and not m.bracketed:
        city = _city_elsewhere(best, m)
        if city is not None and readings.get(id(city), _UNREAD).placed >= in_country:
            return city
    if best.feature == "admin2" and best_ctx < 2.0 and m.hint != "admin2" and not _sole_unit(best, m) \
            and not m.bracketed:  # in brackets a name qualifies another: "Mentao (Pobe-Mengao, Soum)"
        # a district nobody put in context: the town of that name, if any, else nothing
        towns = tuple(c for c in cands if c[0].feature == "populated")
        if not towns:
            return None
        if m.intro and any(q is best and mn for q, mn in cands) and all(
                t.country_code != best.country_code and t.population < 10_000 for t, _ in towns):
            return best  # "villages of Dang": Nepal's district, not a hamlet of its name abroad
        return _resolve(replace(m, cands=towns, quals=[]), ms, evidence, top_ev, named_admin1, stop, near,
                        None, named_top)
    if m.hint == "admin2" and best.feature == "populated" and not (m.sub and best_ctx >= 2.0):
        best = Place(name=best.name, country=best.country, country_code=best.country_code, admin1=best.admin1,
                     admin2=best.name, latitude=best.latitude, longitude=best.longitude, geonames_id=None,
                     feature="admin2", population=best.population, admin1_code=best.admin1_code)
    return best


def _city_elsewhere(unit: Place, m: _Mention) -> Place | None:
    """The largest city of 100,000 or more by the district's name, in its country but another province: what
    the name alone means where nothing places the district within the country ("a shooting in west Montgomery"
    of an American report is Alabama's city, not Montgomery County, Pennsylvania)."""
    return max((q for q, main in m.cands if main and q.feature == "populated" and q.country_code == unit.country_code
                and q.population >= 100_000 and q.admin1 != unit.admin1 and q.latitude is not None
                and unit.latitude is not None and degrees_apart(q, unit) > 1.0),
               key=lambda q: q.population, default=None)


def _transliterated(key: str, name: str) -> bool:
    """Whether a name as written spells a place's own name otherwise: the same consonant skeleton, 6+ letters."""
    return len(key) >= 6 and len(skeleton(key)) >= SKELETON_MIN and skeleton(key) == skeleton(name)


def _one_place(m: _Mention) -> bool:
    """Whether all readings of a name are one place: a town and the district named after it ("Mansehra")."""
    return len({(p.country_code, p.admin1, _norm(p.name)) for p, _ in m.cands}) == 1


def _sole_unit(unit: Place, m: _Mention) -> bool:
    """A district only it bears this name, standing on its own: "in Kech", "in Spinkhwara, North Waziristan"."""
    if m.in_run or len(m.key) < 4:
        return False
    if len(m.cands) == 1 and m.cands[0][0] is unit and (m.tokens >= 2 or (m.intro and len(m.key) >= 6)):
        return True  # a name of it alone: "D.I. Khan", "in Baramulla" (GeoNames: Baramula)
    return all((p is unit and main) or (p.feature != "admin2" and not main) for p, main in m.cands)


def _after_quarter(town: Place, m: _Mention) -> bool:
    """A town of some size by its name transliterated, ending a name whose other words name no place: the town,
    after a quarter the gazetteer lacks ("at Badambagh Sopore" is Sopur)."""
    return m.ends_run and town.population >= _QUARTER_TOWN and _transliterated(m.key, town.name)


def _outside_linked_district(p: Place, link: _Mention) -> bool:
    """A town the gazetteer puts in another district of its country than the one a link names as a district
    ("Lower Dir district")."""
    units = {_norm(q.admin2) for q, _ in link.cands if q.feature == "admin2" and q.country_code == p.country_code}
    return link.hint == "admin2" and bool(units) and bool(p.admin2) and _norm(p.admin2) not in units


def _outside_named_provinces(p: Place, named_admin1: dict[tuple[str, str], set[str]]) -> bool:
    """A town of under 50,000 people outside the provinces the report names in its country, where it names some."""
    return p.feature == "populated" and p.population < 50_000 and (p.country_code, p.admin1) not in named_admin1 \
        and any(cc == p.country_code for cc, _ in named_admin1)


def _beyond_named_county(p: Place, m: _Mention, ms: list[_Mention],
                         named_admin1: dict[tuple[str, str], set[str]]) -> bool:
    """A village of under 10,000 people (or a county by its bare name) outside the provinces the report names,
    where it names a county of one of them with its word (a county only that province has), and not the
    village's own."""
    if p.feature == "admin2":
        if m.hint == "admin2" or (p.country_code, p.admin1) in named_admin1 \
                or not any(cc == p.country_code for cc, _ in named_admin1):
            return False
    elif p.feature != "populated" or p.population >= 10_000 or not _outside_named_provinces(p, named_admin1):
        return False
    own = (p.country_code, p.admin1, _norm(p.admin2 if p.feature == "populated" else p.name))
    other = False
    for o in ms:
        if o.hint == "admin2" and not o.in_run:
            units = {(q.country_code, q.admin1) for q, _ in o.cands if q.feature == "admin2"}
            if any(q.feature == "admin2" and (q.country_code, q.admin1, _norm(q.name)) == own for q, _ in o.cands):
                return False
            other = other or (len(units) == 1 and next(iter(units))[0] == p.country_code
                              and units <= named_admin1.keys())
    return other


def _county_yields_to_town(m: _Mention, ms: list[_Mention], county: Place, town: Place) -> bool:
    """Whether the county a bare name was read as yields to the town of its name: when the report names no county
    so with its word, or names the town's police and a county of that name that may be the town's own."""
    named = [q for o in ms if o.hint == "admin2" and any(q is county for q, _ in o.cands) for q, _ in o.cands]
    if not named:
        return True
    own = (town.country_code, town.admin1, town.admin2)
    return any(q.feature == "admin2" and (q.country_code, q.admin1, q.admin2) == own for q in named) \
        and any(o.police and not o.in_run and not o.hint for o in ms if o.key == m.key)


def _province_said(cc: str, ms: list[_Mention], named_admin1: dict[tuple[str, str], set[str]]) -> bool:
    """Whether the report names a province of the country in words (not only one implied by a party's home)."""
    keys = {o.key for o in ms if any(p.feature == "admin1" for p, _ in o.cands)}
    return any(c == cc and names & keys for (c, _), names in named_admin1.items())


def _seat_of_named_unit(town: Place, m: _Mention) -> bool:
    """Whether a town lies at the seat of a unit the name is the own name of ("Tyr", the district of Tyre)."""
    return any(main and q.feature in ("admin1", "admin2") and _at_seat(town, q) for q, main in m.cands)


def _at_seat(town: Place, unit: Place) -> bool:
    """Whether a town is the point GeoNames gives its country's unit: the unit's seat."""
    return town.country_code == unit.country_code and town.latitude == unit.latitude \
        and town.longitude == unit.longitude


def _eponymous_town(unit: Place, m: _Mention) -> Place | None:
    """The town a unit is named after ("Bogra" for the district now spelt "Bogura"), when it is its seat."""
    names = (_norm(unit.name), m.key)
    for p, _ in m.cands:  # the town at the unit's seat, by whatever name ("Khairpur": Khairpur Mir's)
        if p.feature == "populated" and p.admin1 == unit.admin1 and _at_seat(p, unit) \
                and (not (m.in_run or m.bracketed) or _norm(p.name) in names):  # "Hama Airbase", "X (Idleb)"
            return p
    towns = [p for p, _ in m.cands
             if p.feature == "populated" and p.country_code == unit.country_code and _norm(p.name) in names
             and p.admin1 == unit.admin1
             and (p.population >= 10_000 or _at_seat(p, unit))]
    if len(towns) > 1 and unit.latitude is not None:  # "El Salto, Jalisco": the one by the municipality's point
        return min(towns, key=lambda p: degrees_apart(p, unit) if p.latitude is not None else math.inf)
    return towns[0] if towns else None


# a newspaper or publisher named for a town ("Kantipur daily published", "Kantipur Publications"): not the place
_MEDIA_AFTER = re.compile(r"[ \t]+(?:daily|dailies|weekly|[Pp]ublications)\b")


def _in_name(text: str, m: _Mention, p: Place | None, starts: set[int]) -> bool:
    """A country inside a longer name ("Pakistan Muslim League", "Pakistan Army"): evidence, not a place."""
    if p is None or p.feature != "country":
        return False
    after = CAP_AFTER.match(text, m.end)
    return bool(after) and after.end() - 2 not in starts
