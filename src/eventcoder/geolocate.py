"""Where an event happened: the place mentions of its sentence or paragraph, ranked, with ACLED geo_precision.

geo_precision: 1 the town itself; 2 near a town, between two towns, or a district (coded at its seat);
3 only a province or country (coded at its capital), or a district the gazetteer knows by name only.
The head of a chain ("Quetta, Balochistan", "Mamfe (Manyu, Sud-Ouest)") comes first, then the finest
place, then a place a preposition introduces ("a protest in Zarand", not "the Kerman Coal Company").
Units that qualify a name the gazetteer lacks ("Meknassy (Sidi Bou Zid)") locate the event at precision
2 or 3. Statement places ("said in Rawalpindi") are never event locations; where people live ("residents
of Meerut"), another event the report recalls ("against the Shikarpur blast") or the home region of a
regional party ("AIADMK cadres protested": Tamil Nadu, at precision 3) is one only when no other place
is named. No place named, no location: an empty list.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.build_gazetteer import norm, skeleton
from eventcoder.knowledge.gazetteer import letters_alike
from eventcoder.model import INDIRECT_RELATIONS, Place, PlaceMention, degrees_apart, haversine_km
from eventcoder.recognize.area_codes import CALLING_CODE_ONE, state_called
from eventcoder.recognize.datelines import american_town_with_its_state, find_dateline, names_the_city
from eventcoder.recognize.place_chains import provinces_overlap, same_province
from eventcoder.recognize.place_relations import AGED_OF, PLACE_STRIKING_VERBS
from eventcoder.recognize.toponym_words import toponym_words

__all__ = ["locate_event", "qualifies_an_unknown_place"]

_RANK = {"populated": 0, "admin2": 1, "admin1": 2, "country": 3}
# words for the units below a province that follow a name: "Kech district", "Sui tehsil", "Rafi LGA"
_UNIT_WORDS = "district|county|upazila|tehsil|sub-?district|sub-?division|municipality|LGA"
_CHAIN_GAP = re.compile(
    rf"(?:\s+(?:city|town|village|locality|neighbou?rhood|{_UNIT_WORDS}|areas?|sector|region|valley|bazaa?r))?"
    r"\s*(?:,(?:\s*in\b)?|\(|\bin|\bof)\s*(?:the\s+)?")  # "in Bara, in the Khyber district"
_UNIT_OF = re.compile(rf"\s(?:{_UNIT_WORDS}|sector|region)\s+of\s+(?:the\s+)?$", re.I)
_PREPOSITION = re.compile(
    r"\b(?:in|at|near|outside|around|across|inside|into|towards?|between|of the (?:city|town|village|district)"
    r"|(?:city|town|village|district|province|area|outskirts|vicinity|countryside|suburbs|environs) of)"
    r"\s+(?:the\s+)?(?:(?:central|downtown|rural|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western)\s+)?$",
    re.I)
# "Sirwah district west of Marib city", "Kuchlak, 25 km north of Quetta", "Tal Tamer in the countryside of Ras
# Al Ain", "Nihm district in the northeast of Sanaa": the town after the gap only locates the place before it
# (also after "and its outskirts": "Kansafra and its outskirts in the southern countryside of Idleb")
_REFERENCE_GAP = re.compile(
    rf"(?:\s+(?:city|town|village|{_UNIT_WORDS}|area|locality|neighbou?rhood))?"
    r"(?:\s+and\s+its\s+(?:outskirts|surroundings|vicinity|environs|suburbs))?"
    r"\s*,?\s*"
    # what the place is, in apposition: "Bolan, a tribal district about 150 km east of Quetta"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|district|area|locality|region)"
    r"(?:\s+(?:located|situated|lying))?\s+)?"
    r"(?:(?:some|about|around|nearly|approximately|over|less than)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:-\s*)?(?:km|kms|kilometers?|kilometres?|miles?)\s+"
    r"(?:\(\s*\d+(?:\.\d+)?\s*(?:km|kms|kilometers?|kilometres?|miles?)\s*\)\s+)?)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|from)"
    r"|(?:from|away from|outside)"
    r"|in\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:countryside|outskirts|vicinity|environs)\s+of"
    r"|in\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+(?:part\s+)?of)"
    r"\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+"
    r"|(?:provincial|district|regional|state)\s+(?:capital|headquarters)\s*,?\s*)?", re.I)
# a site named for the town before its units in brackets: "the Uitenhage Provincial Hospital (Nelson Mandela Bay,
# Eastern Cape)", "Khutsong Extension 3 (West Rand, Gauteng)"
_NAMED_SITE_GAP = re.compile(r"(?:\s+[A-Z0-9][\w'’-]*){1,3}\s*\(\s*")
# or before them after "in" or a comma, when the site's last word says it is one: "attacked Mashkay Police
# Station in Awaran district", "the Kohat Bus Terminal, Kohat district"
_NAMED_SITE_IN_GAP = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+[A-Z]([\w'’-]*)\s*(?:,(?:\s*in\b)?|\bin)\s*(?:the\s+)?")


def _site_named_for_the_town(gap: str) -> bool:
    """The words between a town and its units name a site in the town (see _NAMED_SITE_GAP)."""
    if _NAMED_SITE_GAP.fullmatch(gap):
        return True
    site = _NAMED_SITE_IN_GAP.fullmatch(gap)
    return site is not None and (gap[site.start(1) - 1] + site.group(1)).lower() in _sites()
# the words between two towns of one stretch or pair: "Sousa and Uirauna", "Acapulco to Zihuatanejo", the hyphen of
# a road named for them ("the Abeokuta-Ayetoro (Abeokuta South, Ogun) road")
_PAIR_GAP = re.compile(r"\s+(?:and|to)\s+| ?- ?")
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+or|&)\s*(?:in\s+|at\s+)?")
# the word for a place's kind after its name: "Pamoli village (Beni, Nord-Kivu)", "Ceel Salini settlement (Afgooye,
# Lower Shabelle)"
_KIND_OF_PLACE = r"(?:village|town|city|settlement|hamlet|camp)"  # (an area or quarter of a city is in it)
_KIND_AFTER_NAME = re.compile(rf"\s+{_KIND_OF_PLACE}$")
# "in Meknassy (Sidi Bou Zid)", "village of Zibane [Ziban] (Anzourou, Tillaberi)", "in Carvajal, Trujillo state",
# "the town of Okpho in Pegu Division": a name the gazetteer lacks, qualified by units it has
_UNKNOWN_HEAD = re.compile(
    rf"(?:[A-Z][\w'’.-]*(?:\s+{_KIND_OF_PLACE})?(?:\s+\[[^\]]{{1,40}}\])?\s*\(\s*"
    r"|\b(?:in|at|near|of|from|outside|around)\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},\s*)$")
# "left the town of Okpho in Pegu Division", "shelled Sfuhen in Idleb", "Sfuhen village in Idleb": looked for only
# where the words before the unit end with "in"
_UNKNOWN_HEAD_IN = re.compile(
    rf"(?:\b(?:(?:town|village|city|hamlet)\s+of|{PLACE_STRIKING_VERBS})"
    r"\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s+in\s+(?:the\s+)?"
    r"|\b[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s+(?:village|hamlet)\s+in\s+(?:the\s+)?)$")


_IN_AFTER_NAME = re.compile(r"\s+in\s+(?:the\s+)?$")  # what follows the unknown name in "the town of Okpho in "
# a list's last link: "Tafi del Valle and Mollar"
_AND_GAP = re.compile(r",?\s+(?:and|or)\s+")
_AFTER_TOWN = re.compile(rf"\s*(?:(?:city|town|village|{_UNIT_WORDS})\s+)?,?\s*")
# a street named for a town ("on Galle Road", "the 1400 block of Old Dover Road"): the street is not the town
_STREET_AFTER = re.compile(r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Lane|Highway|Hwy|Parkway|Pike"
                           r"|Turnpike)\b(?!\.?\s+(?i:no\b|number|station))")
# a company named for a town ("the Byblos Bank branch in Choueifat", "the Gafsa Phosphate Company"): its branches
# and sites are everywhere; or a company named like one ("the attack at Excel Industries in Hesston"); not a
# town's own body ("Kolkata Municipal Corporation")
_COMPANY_AFTER = re.compile(r"\s+(?!(?:Municipal|City|Metropolitan|Development)\s)(?:[A-Z][\w&-]*\s+){0,3}"
                            r"(?:(?:Bank|Airways|Airlines|Insurance|Cement|Industries|Corporation|Company|Factory"
                            r"|Refinery)\b|Corp\.|Inc\.|Co\.)")
_UNIT_AFTER = re.compile(rf"\s*(?:{_UNIT_WORDS})\b", re.I)
# (or a person named with an age: "Sarah Ward, 34, of Lingle was shot", with no other place, where it happened)
_ORIGIN = re.compile(r"\b(?:residents?|natives?|people|villagers|inhabitants|locals)\s+of\s+(?:the\s+)?$|(?-i:"
                     + AGED_OF + ")", re.I)


@lru_cache(maxsize=1)
def _sites() -> frozenset[str]:
    """Words after a town's name that make the name a site in the town ("Larkana Railway Station", "Kohat Bus
    Terminal", "Quetta City"): toponym_stoplist.yaml's site and institution words."""
    return toponym_words("site_words", "local_generic_words") | {"city"}


def _origin(text: str, m: PlaceMention) -> bool:
    """"Residents of Meerut held a protest": with no other place, where they live is where they acted."""
    return bool(_ORIGIN.search(text, max(0, m.span.start - 30), m.span.start))


def _with_the_residents_town(text: str, mentions: list[PlaceMention], usable: list[PlaceMention]
                             ) -> list[PlaceMention]:
    """"Residents of Khutsong Extension 3 (West Rand, Gauteng) barricaded the entrance": when the report names no
    town but where the people acting live, inside the units it names, that town is where they acted."""
    if not usable or any(m.place.feature == "populated" for m in usable):
        return usable
    homes = [m for m in mentions if m.relation in INDIRECT_RELATIONS and m.place.feature == "populated"
             and _origin(text, m) and any(_contains(u.place, m.place) for u in usable)]
    return [*homes, *usable]


def _vague(p: Place) -> bool:
    """A district the gazetteer knows by name only, placed at its province's seat."""
    return p.feature == "admin2" and p.population == 0 and p.geonames_id is not None


def _precision(m: PlaceMention) -> int:
    f = m.place.feature
    if f in ("admin1", "country") or _vague(m.place):
        return 3
    if f == "admin2" or m.relation in ("near", "between", "outskirts", "area", "road"):
        return 2
    return 1


# a name introduced as a place, with the word for its kind, just before a country: "in Degan village,
# Pakistan", "in Chari Koban area in Pakistan", "in the village of Tiarza near Pakistan's border"
_UNKNOWN_BEFORE_COUNTRY = re.compile(
    r"\b(?i:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:village|town|city|area)\s+of\s+)?"
    r"([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})(?:\s+(?:village|town|city|area|valley|tehsil|region))?"
    r"(?:,\s*|\s+(?:in|near)\s+)$")


# "northwestern Pakistan", "the Wadh area of Pakistan": a part of the country
_COMPASS_BEFORE = re.compile(r"\b(?i:(?:north|south)-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?"
                             r"|west(?:ern)?|central|rural|(?:area|region|part|valley|district|province)s? of)\s+$")


_POSSESSED_NAME = re.compile(r"['’]s\s+([A-Z][\w'’-]*)")


def qualifies_an_unknown_place(text: str, m: PlaceMention, everything: list[PlaceMention]) -> bool:
    """Whether a country is given only to say where a name the gazetteer lacks lies ("in Makin, Pakistan",
    "in Degan village, Pakistan"), or with a part of it ("northwestern Pakistan"): the event is somewhere in
    it, not at its capital."""
    if m.place.feature != "country":
        return False
    if id(m) in _qualifiers_of_unknown(text, [m], everything, countries=True):
        return True
    lo = max(0, m.span.start - 80)
    if _COMPASS_BEFORE.search(text, lo, m.span.start):
        return True  # "in northwestern Pakistan": a part of the country, not its capital
    after = _POSSESSED_NAME.match(text, m.span.end)
    if after is not None and not _in_a_mention(after.start(1), everything):
        return True  # "in Pakistan's Kojak Pass": a place of the country the gazetteer lacks
    head = _UNKNOWN_BEFORE_COUNTRY.search(text, lo, m.span.start)
    return head is not None and not _in_a_mention(head.start(1), everything)


def _in_a_mention(pos: int, mentions: list[PlaceMention]) -> bool:
    """Whether a character of the text lies in a place the gazetteer found."""
    return any(e.span.start <= pos < e.span.end for e in mentions)


def _qualifiers_of_unknown(text: str, mentions: list[PlaceMention], everything: list[PlaceMention],
                           countries: bool = False) -> set[int]:
    """Units that qualify a name the gazetteer lacks: "Meknassy (Sidi Bou Zid)" happened in Sidi Bou Zid."""
    out: set[int] = set()
    ends = {m.span.end for m in everything}
    for m in mentions:
        if m.place.feature == "country" and not countries:
            continue
        s = m.span.start
        lo = max(0, s - 80)
        before = text[lo:s]
        k = before.rfind("(")
        if k >= 0 and ")" not in before[k:] and (k == len(before) - 1 or before[k + 1:].rstrip().endswith(",")):
            head = _UNKNOWN_HEAD.search(before, 0, k + 1)
        else:
            head = _UNKNOWN_HEAD.search(before) or (
                _UNKNOWN_HEAD_IN.search(before) if _IN_AFTER_NAME.search(before, len(before) - 12) else None)
        if head is None:
            continue
        name = _IN_AFTER_NAME.sub("", head.group()).rstrip(" (,[").split("[")[0].rstrip()
        if "(" in head.group():  # "Pamoli village (Beni, Nord-Kivu)": the name ends before its kind
            name = _KIND_AFTER_NAME.sub("", name)
        word_end = lo + head.start() + len(name)
        if word_end in ends or any(e.span.start < word_end <= e.span.end for e in everything):
            continue
        # "near Sui in Dera Bugi, Balochistan", "Dalbandin town of Chagh": the unknown name is where a known
        # town lies, not the place; "near Larkana Railway Station, Sindh": a site of the town; "Tafi del Valle
        # and Mollar (Tucuman)": a known town listed with it is the place
        if any(e.place.feature == "populated" and _contains(m.place, e.place)
               and (_AFTER_TOWN.fullmatch(text, e.span.end, lo + head.start())
                    or _AND_GAP.fullmatch(text, e.span.end, lo + head.start())
                    or lo + head.start() < e.span.start < e.span.end < word_end
                    and set(text[e.span.end:word_end].lower().split()) <= _sites()) for e in everything):
            continue
        out.add(id(m))
    return out


def _key(m: PlaceMention, anchored: set[int] | None = None, text: str = "") -> tuple[int, float, int, int, int]:
    dateline = m.relation == "dateline"  # a local story's dateline is where it happened, as "in X" says
    near = 0 if m.relation == "in" or dateline else 1
    head = 0 if anchored and id(m) in anchored else 1
    rank = _RANK["admin1"] if _vague(m.place) else _RANK.get(m.place.feature, 4)
    if m.relation == "road" and m.place.feature in ("populated", "admin2"):
        # a town a road is named for: less than a district named as the place, the first end first (the
        # province the road runs in stays a province: "the Miramshah-Dattakhel road in FATA")
        rank = _RANK["admin2"] + 0.5
    lead = _lead(text, m) if text and not dateline else 0
    return (head, rank, lead, near, m.span.start)


def province_named_for(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> Place | None:
    """The province the report gives a town or district in when the gazetteer files it under another that reports
    use for it ("in Bara, Khyber Pakhtunkhwa": a town of the tribal areas, which joined that province)."""
    ordered = sorted(mentions, key=lambda x: x.span.start)
    i = next((k for k, x in enumerate(ordered) if x is m), None)
    if i is None or m.place.feature not in ("populated", "admin2"):
        return None
    pos = m.span.end
    for b in ordered[i + 1:i + 4]:
        if not _CHAIN_GAP.fullmatch(text, pos, b.span.start):
            return None
        if b.place.feature == "admin1":
            same = b.place.country_code == m.place.country_code
            return b.place if same and provinces_overlap(m.place.country_code, b.place.admin1, m.place.admin1) else None
        if b.place.feature != "admin2":
            return None
        pos = b.span.end
    return None


def _contains(outer: Place, inner: Place) -> bool:
    if outer.country_code != inner.country_code:
        return False
    if outer.feature == "country":
        return True
    if outer.feature == "admin1":
        return inner.admin1 == outer.admin1
    if outer.feature == "admin2":  # many towns lack a district in the extracts: the province must agree
        return inner.admin2 == outer.admin2 or (not inner.admin2 and inner.admin1 == outer.admin1)
    return False


def _anchored(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Towns and districts given with the units that contain them ("Quetta, Balochistan", "Mamfe (Manyu,
    Sud-Ouest)"): the head of such a chain is anchored, not the district that qualifies it."""
    out: set[int] = set()
    ordered = sorted(mentions, key=lambda m: m.span.start)
    for i, a in enumerate(ordered):
        if a.place.feature not in ("populated", "admin2") or _vague(a.place):
            continue
        if i and _misnamed_unit(text, ordered[i - 1], a):
            continue
        pos = a.span.end
        for k, b in enumerate(ordered[i + 1:i + 4], start=i + 1):
            gap = text[pos:b.span.start]
            if not _CHAIN_GAP.fullmatch(gap) and not (
                    k == i + 1 and b.place.feature != "populated" and a.relation != "road"
                    and _site_named_for_the_town(gap)):
                break
            if b.place.feature == "populated":  # "Kathua district of Jammu division": the district
                if (a.place.feature == "admin2" and _UNIT_OF.search(text, a.span.start, b.span.start)
                        and _same_province(a.place, b.place)) or _district_town_link(text, a, b, ordered[k + 1:k + 2]):
                    out.add(id(a))
                break
            if a.place != b.place and (
                    _contains(b.place, a.place) or (b.place.feature == "admin2" and _same_province(a.place, b.place))):
                out.add(id(a))
            break  # the first unit after the name decides
    # "in Tlaquepaque, a suburb of Guadalajara in Jalisco state": a town described as part of, or near, another
    # given with its units lies in them too
    for a, b in zip(ordered, ordered[1:], strict=False):
        if id(b) in out and id(a) not in out and a.place.feature == "populated" and a.place != b.place \
                and _same_province(a.place, b.place) and _DESCRIBED_BY.fullmatch(text, a.span.end, b.span.start):
            out.add(id(a))
    # "between Sousa and Uirauna, Paraiba", "the road that connects Acapulco to Zihuatanejo, Guerrero", "in Sangrur
    # and Bathinda districts of Punjab": the units after the last of two towns or districts give the first too
    for a, b, unit in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if id(b) in out and id(a) not in out and a.place.feature == b.place.feature \
                and a.place.feature in ("populated", "admin2") \
                and a.place != b.place and _contains(unit.place, a.place) \
                and _PAIR_GAP.fullmatch(text, a.span.end, b.span.start):
            out.add(id(a))
    return out


# ", a suburb of ", ", a small town about 50 km north of ", ", the main town near "
_DESCRIBED_BY = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:suburb|town|city|village|neighbou?rhood|"
                           r"municipality|locality|settlement|port|district|area)\s+(?:[\w-]+\s+){0,5}?"
                           r"(?:of|in|near|outside|from)\s+(?:the\s+)?(?:city\s+of\s+)?")


def _district_town_link(text: str, a: PlaceMention, b: PlaceMention, after: list[PlaceMention]) -> bool:
    """"In Timargara, Dir, Khyber Pakhtunkhwa": a town of the province between a town and the province names
    the district (called after its seat), so the first town is given with its units."""
    return bool(after) and a.place.feature == "populated" and a.place != b.place \
        and _same_province(a.place, b.place) and after[0].place.feature in ("admin1", "admin2") \
        and _contains(after[0].place, a.place) \
        and _CHAIN_GAP.fullmatch(text, b.span.end, after[0].span.start) is not None


def _misnamed_unit(text: str, town: PlaceMention, unit: PlaceMention) -> bool:
    """"Charsadda, Khyber, Pakistan", "Tank, South Waziristan": a town the report places in a district it lies
    just outside of (or a short name of its province) is the place, not the district. (Close to the district's
    seat, the town lies in it whatever the gazetteer's province: Jamrud, Khyber.)"""
    t, u = town.place, unit.place
    return t.feature == "populated" and u.feature == "admin2" and t.country_code == u.country_code \
        and not _contains(u, t) and _CHAIN_GAP.fullmatch(text[town.span.end:unit.span.start]) is not None \
        and t.latitude is not None and u.latitude is not None \
        and 0.3 < degrees_apart(t, u) <= 1.0


def _same_province(a: Place, b: Place) -> bool:
    return a.country_code == b.country_code and bool(a.admin1) and a.admin1 == b.admin1


def _lead(text: str, m: PlaceMention) -> int:
    """0 when a preposition introduces the name ("a protest in Zarand"), 1 when it stands in a longer name."""
    return 0 if _PREPOSITION.search(text, max(0, m.span.start - 40), m.span.start) else 1


def locate_event(text: str, mentions: list[PlaceMention], start: int, end: int) -> list[tuple[PlaceMention, int]]:
    """The places where the event in text[start:end] happened, most likely first, with ACLED geo_precision."""
    # where words were spoken is never the place; where people live, the hospital the wounded were taken to,
    # another event the report recalls
    # ("protests against the Shikarpur blast") or the home region of a regional party, only when no other
    # place is named
    usable = [m for m in mentions if m.relation not in INDIRECT_RELATIONS] \
        or [m for m in mentions if _origin(text, m)] or [m for m in mentions if m.relation == "treated"] \
        or [m for m in mentions if m.relation == "recalled"] \
        or [m for m in mentions if m.relation == "destination"] \
        or [m for m in mentions if m.relation == "home"]
    usable = _with_the_residents_town(text, mentions, usable)
    usable = _without_streets(text, usable)
    usable = _without_home_states(text, usable)
    if all(m.place.feature == "country" for m in usable):  # "in Pakistan": the party's province is finer
        # (and finer still, the town of the killing a protest condemns: "the National Students' Union of India
        # protested the murder of a student in Pandavapura")
        countries = {u.place.country_code for u in usable}
        finer = [m for m in mentions if m.relation in ("recalled", "home") and m.place.country_code in countries]
        usable = [m for m in finer if m.relation == "recalled"] or finer or usable
    inside = [m for m in usable if start <= m.span.start < end]
    pool = _stated(text, usable, start, end) or _without_references(text, inside) or _salient(usable)
    pool = _without_strays(text, pool)
    pool = _in_the_reports_province(text, usable, pool)
    pool = _in_the_state_called(text, pool, usable)
    pool = _road_ends_in_the_province(pool)
    pool = _without_the_filing_city(text, pool)
    # a news dateline ("OCEANSIDE, Calif. —") places a story whose other places all lie in its country
    dateline = next((m for m in usable if m.relation == "dateline"), None)
    if dateline is not None and _given_with_another_province(text, dateline, pool):
        dateline = None
    if dateline is not None and all(m.place.country_code == dateline.place.country_code for m in pool):
        pool = [dateline, *(m for m in pool if m is not dateline)]
    if not pool:
        return []
    # the finest place; when a province or country is named with no town, the unit itself
    anchored = _anchored(text, pool)
    pool = _inside_the_opening_unit(text, pool, anchored)
    if dateline is not None and pool[0] is dateline:
        anchored.add(id(dateline))
    orphans = _qualifiers_of_unknown(text, pool, mentions)
    best = min(pool, key=lambda m: _key(m, anchored | orphans, text))
    best = _neighbourhood_of(text, best, pool) or best
    best = _subdistrict_of_the_named_district(text, best, pool) or best
    precision = _precision(best)
    if id(best) in orphans and precision == 1:  # somewhere near the town that stands for the unknown place
        precision = 2
    result = [(best, precision)]
    # other towns listed with it ("in Quetta, Mastung and Nushki") are places of the same event
    # (so too districts listed together: "in Sangrur and Bathinda districts")
    if best.place.feature == "populated" or (best.place.feature == "admin2" and not _vague(best.place)):
        ordered = sorted(pool, key=lambda m: m.span.start)
        i = ordered.index(best)
        for direction in (1, -1):
            j = i
            while 0 <= j + direction < len(ordered):
                a, b = (ordered[j], ordered[j + direction]) if direction == 1 else (ordered[j + direction], ordered[j])
                if not _LIST_GAP.fullmatch(text[a.span.end:b.span.start]) \
                        or a.relation == b.relation == "between":  # "between Cochabamba and Santa Cruz": one place
                    break
                nxt = ordered[j + direction]
                if nxt.place.feature == best.place.feature and nxt.place != best.place and \
                        all(nxt.place != r.place for r, _ in result):
                    result.append((nxt, _precision(nxt)))
                j += direction
    return result


# the report says where the event was: "The protest took place in Lahore", "the rally was held at Quetta"
_STATED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese)\s+(?:[\w-]+\s+){0,2}?(?:protests?|rall(?:y|ies)|demonstrations?|sit-ins?"
    r"|march(?:es)?|strikes?|attacks?|clash(?:es)?|incidents?|blasts?|explosions?)\s+"
    r"(?:took place|was held|were held|was staged|were staged|happened|occurred)\s+(?:in|at)\s+(?:the\s+)?$"
    # or where a coder says it is coded, as ACLED's notes do: "marched in Kypseli [coded to Athens-Central
    # Athens]", "(event is coded to Kawkareit as coordinates for Singon were not available)"
    r"|\b(?:is\s+|was\s+)?coded\s+to\s+(?:the\s+)?$"
    # "(Geo-coordinates are for Jessore Sadar Upazila)", "coordinates are for Kulgam", "coordinates from Toga ... used"
    r"|\bcoordinates\s+(?:(?:are|were)\s+(?:for|fore|of)|from)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")


# words one of whose _STATED_BEFORE must hold, looked for first: the regex runs for each name
_STATED_CUES = ("took place", "was held", "were held", "staged", "happened", "occurred", "coded", "coordinates")
# a town's press club, where South Asian protests gather, is where the protest was ("protested outside the
# Hyderabad Press Club", "a sit-in at the press club in Srinagar"), wherever the protesters came from
_PRESS_CLUB_AFTER = re.compile(r"\s+[Pp]ress\s+[Cc]lub\b")
_PRESS_CLUB_BEFORE = re.compile(
    r"\b(?:(?:outside|in front of|at|before|opposite)\s+(?:the\s+)?|[Pp]ress\s+[Cc]lub\s+(?:in|of)\s+)$")
_POSSESSIVE_AFTER = re.compile(r".?['’](?:s\b|\s)")  # from a name's last letter: "Jones' ", "Carter's"


_COMMA = re.compile(r",[ \t]*")
_TOWN_COLON = re.compile(r":[ \t]+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z]|\n")


def _without_the_filing_city(text: str, pool: list[PlaceMention]) -> list[PlaceMention]:
    """Without the city a news agency or correspondent filed the story from ("KYIV, Ukraine (AP) — Russian drones
    struck an energy facility in the Kharkiv region", "JERUSALEM (AP) — Israeli airstrikes on Khan Younis") when
    the story's first sentence names another place, or another country, as where it happened. (An American
    town an agency gives with its state, "DOUGLASVILLE, Ga. (AP) —", is where the story happened: it yields only
    to another country.)"""
    head = find_dateline(text)
    if head is not None:
        filed = next((m for m in pool if m.relation == "in" and names_the_city(head, m.span.start, m.span.end)), None)
        head_end, local = head.end(), filed is not None and american_town_with_its_state(head, filed.place)
    else:  # a town written as a word before a colon that opens the text, as South Asian papers do ("Srinagar: A")
        filed = next((m for m in pool if m.relation == "in" and not text[:m.span.start].strip()
                      and _TOWN_COLON.match(text, m.span.end)), None)
        head_end, local = (filed.span.end + 1 if filed is not None else 0), False
    if filed is None:
        return pool
    stop = _SENTENCE_END.search(text, head_end)
    lead_end = stop.start() if stop is not None else len(text)
    for m in pool:
        if m is filed or not head_end <= m.span.start < lead_end or m.relation not in ("in", "near", "road"):
            continue
        if m.place == filed.place:  # the city said again: near it, the event is not in it ("MOSUL (Reuters) - ...
            if m.relation == "near":  # in the desert west of Mosul")
                return [o for o in pool if o is not filed]
            continue
        if _holds_the_city(m.place, filed.place):  # (not a unit holding the city: "BARISAL: ... Barisal District Unit")
            continue
        if m.place.country_code != filed.place.country_code or (not local and m.place.feature != "country"):
            return [o for o in pool if o is not filed]
    return pool


def _holds_the_city(unit: Place, city: Place) -> bool:
    """Whether a unit holds a city: a district only when the city is filed under it or the district is named for
    it ("Jos North"), as many towns lack a district in the extracts ("JOS, Nigeria — ... in the Bokkos local
    government area" happened in Bokkos, not in Jos)."""
    if unit.feature != "admin2" or city.admin2:
        return _contains(unit, city)
    return _contains(unit, city) and norm(unit.name).startswith(norm(city.name))


def _given_with_another_province(text: str, dateline: PlaceMention, pool: list[PlaceMention]) -> bool:
    """Whether the sentence of the dateline places a town in another province, naming it with its province
    ("WASHINGTON — A young girl is dead after a shooting Thursday night in Waldorf, Maryland."): the paper's city
    is not where it happened."""
    ordered = sorted(pool, key=lambda m: m.span.start)
    for town, unit in itertools.pairwise(ordered):
        if town.span.start > dateline.span.end and town.relation == "in" and town.place.feature == "populated" \
                and not _SENTENCE_END.search(text, dateline.span.end, town.span.start) \
                and unit.place.feature == "admin1" and unit.place.admin1 == town.place.admin1 \
                and town.place.admin1 != dateline.place.admin1 \
                and _COMMA.fullmatch(text, town.span.end, unit.span.start):
            return True
    return False


def _stated(text: str, usable: list[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    """The places the report says its event took place in ("The protest took place in Lahore") or was coded to
    ("[coded to Athens-Central Athens]", "Geo-coordinates are for Jessore Sadar Upazila"): in the event's own
    words, or after them when the event opens the report (a later sentence about it)."""
    cued = any(cue in text for cue in _STATED_CUES)
    club = "ress club" in text or "ress Club" in text
    if not cued and not club:
        return []
    return [m for m in usable if (start <= m.span.start < end or (start == 0 and m.span.start >= end)) and (
        (cued and _STATED_BEFORE.search(text, max(0, m.span.start - 80), m.span.start)
         and not _POSSESSIVE_AFTER.match(text, m.span.end - 1))  # "happened at Carter's home": a person's
        or (club and _press_club(text, m)))]


def _press_club(text: str, m: PlaceMention) -> bool:
    """"outside the Hyderabad Press Club", "at the press club in Srinagar": the town of the club the report puts
    its event at."""
    before = _PRESS_CLUB_BEFORE.search(text, max(0, m.span.start - 20), m.span.start)
    if before is None:
        return False
    return before.group().lower().startswith("press") or _PRESS_CLUB_AFTER.match(text, m.span.end) is not None


_UNIT_NAMED = re.compile(rf"\s*\b(?:{_UNIT_WORDS}|province|state|governorate|region|division|agency|parish)\b", re.I)
_OPENS_IN = re.compile(r"\s*In\s+(?:the\s+)?")  # "In Chapainawabganj, ...": the report opens with its unit
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# a unit named for its people or a road, not as the place: "an Orange County teen", "the Kurram Agency political
# agent", "on Kurram Agency Highway" (its sheriff's office, in a local story, is where it happened)
_ATTRIBUTIVE = re.compile(r"\s+(?:(?:teen|boy|girl|man|woman|men|women|child|resident|native|official|political|"
                          r"hunting)s?\b|(?:Highway|Road|Expressway|Motorway)\b)")
OPENING_UNIT_KM = 75.0  # a town this far from the seat of the district a report opens with lies outside it


def _subdistrict_of_the_named_district(text: str, town: PlaceMention, pool: list[PlaceMention]) -> PlaceMention | None:
    """A subdistrict of the district a city or the district itself names ("In Barisal, ... at Sundardi in Gaurnadi
    upazila": the upazila of Barisal district, not the city; "Baghaichhari upazila in Rangamati district"): the
    finer place, unless the city is called one ("in Barisal city")."""
    if town.place.feature not in ("populated", "admin2") or _CITY_AFTER.match(text, town.span.end):
        return None
    city = norm(town.place.name)
    for m in pool:
        p = m.place
        if m.relation in ("in", "near") and p.feature == "admin2" and p.admin2 and norm(p.admin2) != norm(p.name) \
                and p.country_code == town.place.country_code and p.admin1 == town.place.admin1 \
                and (norm(p.admin2) == city or skeleton(p.admin2) == skeleton(town.place.name)):
            # (a quarter read as its city names no district: "in the city's Bangshal and Lalbagh areas")
            written = any(letters_alike(word, city, 0.5) for word in norm(town.span.text).split())
            return m if written else None
    return None


_CITY_AFTER = re.compile(r"\s+(?:city|town|municipality|metropolis|city corporation)\b", re.I)


def _inside_the_opening_unit(text: str, pool: list[PlaceMention], anchored: set[int]) -> list[PlaceMention]:
    """Without the towns that lie outside the district or province the report first says the event was in ("in
    Nasirabad, Balochistan, ... the pipeline going from Shikarpur, Sindh": Nasirabad, not Shikarpur; "in Musa
    Khel, Balochistan ... the dead were from Dera Ghazi Khan, Punjab"): a finer place is the event's only inside
    it. The unit must be called a unit, given with its province or open the report ("In Naogaon, ..."), and not
    be named for its people, a road, or where someone came from ("an Orange County teen", "Kurram Agency
    Highway", "militia from the Mapel area of Western Bahr el Ghazal state")."""
    first = min(pool, key=lambda m: m.span.start)
    unit = first.place
    if len(pool) < 2 or unit.feature not in ("admin1", "admin2"):
        return pool  # no other place to drop, or no unit opens the report (most events: no pattern runs)
    designator = _UNIT_NAMED.match(text, first.span.end)
    called_a_unit = designator is not None or _UNIT_NAMED.search(first.span.text) is not None \
        or (_OPENS_IN.fullmatch(text, 0, first.span.start) is not None and text.startswith(",", first.span.end))
    if (id(first) not in anchored and not called_a_unit) \
            or _FROM_BEFORE.search(text, max(0, first.span.start - 40), first.span.start) \
            or _ATTRIBUTIVE.match(text, designator.end() if designator else first.span.end):
        return pool
    seat = unit.feature == "admin2" and unit.latitude is not None and not _vague(unit)

    def outside(p: Place) -> bool:
        if p.country_code != unit.country_code:
            return True
        if not same_province(p.country_code, unit.admin1, p.admin1):
            return True
        return seat and p.latitude is not None and \
            haversine_km(unit.latitude, unit.longitude, p.latitude, p.longitude) > OPENING_UNIT_KM

    return [m for m in pool if m is first or m.place.feature != "populated" or not outside(m.place)]


# "the Cidade de Deus neighborhood", "in Bangu and Tanque neighborhoods" (a list whose other names may be unknown)
_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:,|,?\s+and|\s+neighbou?rhoods\b)))*"
    r"\s+(?i:neighbou?rhoods?)\b")
_NEIGHBOURHOOD_BEFORE = re.compile(r"\bneighbou?rhoods?\s+of\s+$", re.I)
NEIGHBOURHOOD_KM = 30.0  # how far from a city's centre its neighbourhoods lie


def _neighbourhood_of(text: str, city: PlaceMention, pool: list[PlaceMention]) -> PlaceMention | None:
    """A neighbourhood the report names in the city it places the event in ("in Rio de Janeiro ... in the Cidade
    de Deus neighborhood"): the finer place."""
    c = city.place
    if c.feature != "populated" or c.latitude is None:
        return None

    def inside(m: PlaceMention) -> bool:
        p = m.place
        return m is not city and p.feature == "populated" and p != c and m.relation in ("in", "near") \
            and p.latitude is not None and p.country_code == c.country_code \
            and haversine_km(c.latitude, c.longitude, p.latitude, p.longitude) <= NEIGHBOURHOOD_KM

    ordered = sorted(pool, key=lambda m: m.span.start)
    for i, m in enumerate(ordered):
        if inside(m) and (_NEIGHBOURHOOD_AFTER.match(text, m.span.end)
                          or _NEIGHBOURHOOD_BEFORE.search(text, max(0, m.span.start - 25), m.span.start)):
            # the first of a list of them: "in the Bangu and Realengo neighborhoods"
            while i and inside(ordered[i - 1]) and _LIST_GAP.fullmatch(text[ordered[i - 1].span.end:m.span.start]):
                i -= 1
                m = ordered[i]
            return m
    return None


def _road_ends_in_the_province(pool: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a town a road is named for that lies outside the province the report says the event was in ("along
    the Islamabad-Peshawar Motorway in Choli Bala area, Khyber Pakhtunkhwa": not Islamabad); the province, or
    the road's end inside it, stands."""
    provinces = [m.place for m in pool if m.place.feature == "admin1" and m.relation == "in"]
    if not provinces:
        return pool
    return [m for m in pool if m.relation != "road" or any(
        p.country_code == m.place.country_code and same_province(p.country_code, p.admin1, m.place.admin1)
        for p in provinces) or not any(p.country_code == m.place.country_code for p in provinces)]


# a person called after the state or country they come from: "A California man was sentenced ... in the
# Deschutes County jail", "a 34-year-old Texas woman"
_PERSON_OF_PLACE_BEFORE = re.compile(r"\b(?:[Aa]n?|\d{1,3}-year-old)\s+$")
_PERSON_OF_PLACE_AFTER = re.compile(r"\s+(?:man|woman|men|women|teen|teenager|boy|girl|couple|family|residents?)\b")


def _without_home_states(text: str, usable: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a province or country named only as where a person is from ("A California man ... the Deschutes County
    jail") when the report names a place below its country. (A town so named stays: in a local story, "a Toledo
    woman" is most often where it happened.)"""
    home = {id(m) for m in usable if m.place.feature in ("admin1", "country")
            and _PERSON_OF_PLACE_AFTER.match(text, m.span.end)
            and _PERSON_OF_PLACE_BEFORE.search(text, max(0, m.span.start - 20), m.span.start)}
    if not home or not any(id(m) not in home and m.place.feature in ("populated", "admin2") for m in usable):
        return usable
    return [m for m in usable if id(m) not in home]


@lru_cache(maxsize=1)
def _school_or_housing_after() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A school's or housing project's word after a name, and the countries where it makes no town
    (toponym_stoplist.yaml)."""
    cfg = load_yaml("toponym_stoplist.yaml") or {}
    words = sorted((str(w) for w in cfg.get("school_or_housing_words") or ()), key=len, reverse=True)
    pattern = re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b") \
        if words else None
    return pattern, frozenset(str(c) for c in cfg.get("school_or_housing_countries") or ())


def _school_or_housing(text: str, m: PlaceMention) -> bool:
    """A town's name in a school's or housing project's ("a Brighton High student") where such names are
    seldom their town's."""
    pattern, countries = _school_or_housing_after()
    return pattern is not None and m.place.country_code in countries and pattern.match(text, m.span.end) is not None


def _without_streets(text: str, usable: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a town named only in the name of a street ("a protest on Galle Road" in Moratuwa, "on Old Dover
    Road" in Cadiz), of a company ("the Byblos Bank branch in Choueifat") or of an American school ("a Brighton
    High student") when the report names another place below its country there; a road between two towns ("the
    Dhaka-Rangpur highway") has a relation of its own."""
    streets = {id(m) for m in usable if m.relation != "road" and m.place.feature == "populated"
               and (_STREET_AFTER.match(text, m.span.end) or _COMPANY_AFTER.match(text, m.span.end)
                    or _school_or_housing(text, m))}
    if not streets:
        return usable
    others = {m.place.country_code for m in usable if id(m) not in streets and m.place.feature != "country"}
    return [m for m in usable if id(m) not in streets or m.place.country_code not in others]


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def _without_references(text: str, pool: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a town named only to say where the place before it lies ("Sirwah district west of Marib city"),
    and a name that only says where the place after it lies ("Yala's Betong district", "Jharkhand's Latehar"),
    unless that place is a district known by name only, which the city places better ("Mogadishu's Hodan
    district")."""
    ordered = sorted(pool, key=lambda m: m.span.start)
    drop = {id(b) for a, b in itertools.pairwise(ordered)
            if b.relation == "near" and a.place.feature in ("populated", "admin2") and a.place != b.place
            and _REFERENCE_GAP.fullmatch(text, a.span.end, b.span.start)
            and (_same_province(a.place, b.place) or (_within(a.place, b.place, REFERENCE_KM)
                                                     and _DISTANCE.search(text, a.span.end, b.span.start)))}
    drop |= {id(a) for a, b in itertools.pairwise(ordered)
             if a.place != b.place and b.place.feature in ("populated", "admin2")
             and not (_vague(b.place) and a.place.feature == "populated")
             and (_same_province(a.place, b.place) or _contains(a.place, b.place))
             and _POSSESSIVE_GAP.fullmatch(text, a.span.end, b.span.start)}
    # and what qualifies a dropped name in brackets: "in the northeast of Sanaa (Sanaa)"
    drop |= {id(b) for a, b in itertools.pairwise(ordered)
             if id(a) in drop and (_same_province(a.place, b.place) or a.span.text == b.span.text)
             and _BRACKET_GAP.fullmatch(text, a.span.end, b.span.start)}
    return [m for m in pool if id(m) not in drop]


_BRACKET_GAP = re.compile(r"\s*\(\s*")
REFERENCE_KM = 100.0  # a town this close to the place named before it, at a distance the report gives, says
# where it lies across a border ("in Taxila, 25 kilometers west of Islamabad")
_DISTANCE = re.compile(r"\d\s*(?:-\s*)?(?:km|kms|kilomet|mile)", re.I)


def _within(a: Place, b: Place, km: float) -> bool:
    return a.latitude is not None and b.latitude is not None \
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


_OF = re.compile(r"\bof\s+$")
STRAY_KM = 100.0  # a village this far from the district the report names is a namesake
STRAY_POPULATION = 5_000
FOREIGN_STRAY_POPULATION = 50_000  # a town abroad, where the report's districts all lie in one country


def _without_strays(text: str, pool: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a village that lies far from a district the report names in the same country, in another province
    ("in Tehsil Maidan of Lower Dir ... the Ziarat Kalle area": no Ziarat of Balochistan), unless the report
    gives the village with its province or as its dateline ("Alturas, Calif.")."""
    units = [m.place for m in pool if m.place.feature == "admin2" and m.place.latitude is not None
             and (_lead(text, m) == 0 or _OF.search(text, max(0, m.span.start - 8), m.span.start))]
    # ("in Kurram", "of Lower Dir", not a surname that names a county: "Sidney Davis")
    if not units:
        return pool
    placed = _anchored(text, pool)
    home = _districts_country(text, pool)
    keep = [m for m in pool if not (
        m.place.feature == "populated" and m.place.latitude is not None
        and id(m) not in placed and m.relation != "dateline"
        and (m.place.population < STRAY_POPULATION and any(
            u.country_code == m.place.country_code and u.admin1 != m.place.admin1
            and haversine_km(u.latitude, u.longitude, m.place.latitude, m.place.longitude) > STRAY_KM
            for u in units)
            or m.place.population < FOREIGN_STRAY_POPULATION and home is not None and m.place.country_code != home))]
    return keep or pool


MAJORITY_MENTIONS = 3  # mentions of a province, in towns, districts or itself, that make it the report's


def _in_the_reports_province(text: str, usable: list[PlaceMention], pool: list[PlaceMention]) -> list[PlaceMention]:
    """Without the places of the pool read as namesakes outside the province the report names most, when it
    names one at least three times and twice as often as any other of its country ("Jackson" of a Texas story
    that names eight Texan places is no Mississippi town); a name with one reading, or one the report gives with
    its province ("Panjgur, Balochistan"), stays."""
    counts: dict[tuple[str, str], int] = {}
    for m in usable:  # (a district only when called one: a bare "Davis" or "Williams" is more often a surname)
        if m.place.admin1 and (m.place.feature in ("populated", "admin1") or (
                m.place.feature == "admin2" and len(m.span.text) > len(m.place.name))):
            key = (m.place.country_code, m.place.admin1)
            counts[key] = counts.get(key, 0) + 1
    if len(counts) < 2:
        return pool
    (top, n), *rest = sorted(counts.items(), key=lambda kv: -kv[1])
    runner_up = max((c for k, c in rest if k[0] == top[0]), default=0)
    if n < MAJORITY_MENTIONS or n < 2 * runner_up:
        return pool
    anchored = _anchored(text, pool)
    kept = [m for m in pool if (m.place.country_code, m.place.admin1) == top or m.place.country_code != top[0]
            or m.place.feature == "country" or m.candidates < 2 or id(m) in anchored]
    return kept or pool


def _in_the_state_called(text: str, pool: list[PlaceMention], usable: list[PlaceMention]) -> list[PlaceMention]:
    """Only the places in the state the report's telephone numbers name, when it names some there ("Nashville
    police ... call 615-862-8600": not Antioch, California nor Bordeaux, which are Nashville's quarters too),
    if need be from the whole report ("shots at a bar ... call the Evansville Police Department at (812) ...")."""
    if not any(m.place.country_code in CALLING_CODE_ONE for m in usable):
        return pool
    called = state_called(text)
    if called is None:
        return pool

    def there(ms: list[PlaceMention]) -> list[PlaceMention]:
        return [m for m in ms if (m.place.country_code, m.place.admin1) == called]
    return there(pool) or there(usable) or pool


def _districts_country(text: str, pool: list[PlaceMention]) -> str | None:
    """The one country of every district the report names as a district ("in Feni Sadar upazila") or with
    another place of its country; None when the districts' countries differ or none is named so."""
    countries: set[str] = set()
    for u in pool:
        if u.place.feature != "admin2":
            continue
        named = _UNIT_AFTER.match(text, u.span.end) or _UNIT_AFTER.search(u.span.text) \
            and not _UNIT_AFTER.search(u.place.name)
        if named or any(o.place.country_code == u.place.country_code and o.place != u.place for o in pool):
            countries.add(u.place.country_code)
    return countries.pop() if len(countries) == 1 else None


def _salient(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The document's most salient places: the most often named, finest first."""
    if not mentions:
        return []
    counts: dict[tuple, int] = {}
    for m in mentions:
        k = (m.place.name, m.place.country_code, m.place.feature)
        counts[k] = counts.get(k, 0) + 1
    # a populated place named in the document wins over the admin units that contain it
    towns = [m for m in mentions if m.place.feature in ("populated", "admin2")]
    if towns:
        top = max(counts[(m.place.name, m.place.country_code, m.place.feature)] for m in towns)
        return [m for m in towns if counts[(m.place.name, m.place.country_code, m.place.feature)] == top][:1]
    return sorted(mentions, key=_key)[:1]
