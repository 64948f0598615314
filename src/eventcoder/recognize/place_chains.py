"""Qualifier chains of place names: in "X, Province, Country", "X (District, Province)" and "X in Province" the
later links name units that contain the head X. `link_chains` finds the chains; the other functions tell how
well a reading of the head agrees with its links (`link_fit`), whether every reading lies outside the province
or countries they name, whether the report misnames the province of a well-known town, and give each link the
reading that contains its head (`qualifiers_agree`, `headquarters_in_district`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.gazetteer import cached_norm, norm
from eventcoder.model import Place, haversine_km
from eventcoder.recognize.place_relations import ROAD_AFTER

if TYPE_CHECKING:
    from eventcoder.recognize.places import _Mention

__all__ = ["CAP_AFTER", "MISNAMED_PROVINCE_KM", "SURROUNDINGS", "headquarters_in_district", "link_chains", "link_countries",
           "link_fit", "misnamed_province", "outside_linked_countries", "outside_linked_province",
           "qualifiers_agree", "same_province"]


_CHAIN_GAP = re.compile(r"\s*(?:,|\(|, and)\s*")
# a place's surroundings, between it and the unit that contains it: "Tall Refaat and its vicinity in Aleppo"
SURROUNDINGS = r"(?:\s+and\s+its\s+(?:vicinity|surroundings|outskirts|environs))?"
# "Karak in Dar'a", "Adhaim district of Diyala province": the later name may be the unit containing the first
# (also through the district's headquarters subdistrict: "Rajapur village in Sadar upazila of Jhenidah"; and past
# the place's surroundings)
_IN_GAP = re.compile(
    SURROUNDINGS + r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:province|district|state|governorate|region|county"
    r"|sadar\s+(?:upazila|upazilla|thana))\s+of\s+)?"
    r"(?:(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|rural)\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|parts?|areas?)\s+of\s+(?:the\s+)?)?"
    r"|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|rural)"
    r"\s+(?:countryside|outskirts|suburbs|parts?)\s+of\s+(?:the\s+)?", re.I)
# "Ratanpur village under Habiganj sadar upazila": a designated place under the unit that administers it
_UNDER_GAP = re.compile(r"\s+under\s+(?:the\s+)?", re.I)
_TAIL_END = re.compile(r"\s*(?:[).;:\]]|,?\s+(?!and\b|or\b)[a-z0-9]|$)|\s+(?:\(|--?\s|[–—])")
CAP_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


@lru_cache(maxsize=1)
def _overlaps() -> dict[tuple[str, str], int]:
    """(country, province) -> a group shared with the provinces reports use for it (admin_names.yaml)."""
    cfg = load_yaml("admin_names.yaml").get("admin1_overlaps") or {}
    out: dict[tuple[str, str], int] = {}
    for cc, groups in cfg.items():
        for g in groups:
            for name in g:
                out[(cc, norm(name))] = len(out) + 1 if (cc, norm(g[0])) not in out else out[(cc, norm(g[0]))]
    return out


def provinces_overlap(cc: str, a: str, b: str) -> bool:
    """Whether two different admin1 names of a country are provinces reports use for each other ("Federally
    Administered Tribal Areas" and "Khyber Pakhtunkhwa", admin_names.yaml's admin1_overlaps)."""
    return cached_norm(a) != cached_norm(b) and same_province(cc, a, b)


def same_province(cc: str, a: str, b: str) -> bool:
    """Whether two admin1 names of a country are the same province, or ones reports use for each other."""
    na, nb = cached_norm(a), cached_norm(b)
    if na == nb:
        return True
    groups = _overlaps()
    ga = groups.get((cc, na))
    return ga is not None and ga == groups.get((cc, nb))


def link_chains(text: str, ms: list[_Mention]) -> None:
    """Chains: "X, Y, Z", "X (Y, Z)" or "X in Y" — later links qualify the head."""
    for i, m in enumerate(ms):
        j, pos = i + 1, (m.hint_end or m.end)
        qualifying = True
        links: list[int] = []
        via_in = False
        while j < len(ms):
            gap = text[pos:ms[j].start]
            if _CHAIN_GAP.fullmatch(gap):
                m.chain.append(j)
                # a qualifying link, not one more town of a list: "(Dhamar)", "Kech, Balochistan."
                end = ms[j].hint_end or ms[j].end
                paren = "(" in gap
                if paren or _TAIL_END.match(text, end):
                    ms[j].tail = True
                if "and" in gap:
                    qualifying = False
                if qualifying:
                    links.append(j)
            elif j == i + 1 and ms[j].key != m.key and ((_IN_GAP.fullmatch(gap) and (
                    _unit_link_strict(ms[j]) or (m.hint in ("admin2", "populated", "near") and _unit_link(ms[j]))))
                    or (m.hint_end > m.end and _UNDER_GAP.fullmatch(gap) and _unit_link_strict(ms[j])
                        and not ROAD_AFTER.match(text, m.end))):  # the road under it runs on: "Dhaka-Rangpur highway"
                m.chain.append(j)  # "Karak in Dar'a", "Sui tehsil of Dera Bugti", "Ratanpur village under Habiganj"
                links.append(j)
                via_in = True  # not a tail: the head may be a word ("North Zone of Rio de Janeiro")
            elif j == i + 1 and gap == " " and _province_of_a_reading(m, ms[j]) \
                    and not CAP_AFTER.match(text, ms[j].hint_end or ms[j].end):
                m.chain.append(j)  # "in the Notal area of Nasirabad Balochistan": the province, comma left out
                links.append(j)
                via_in = True
                m.in_run = ms[j].in_run = False  # the two names are the whole run
            else:
                break
            pos = ms[j].hint_end or ms[j].end
            j += 1
        # links qualify the head when the run of them ends the phrase: "X, Y, Z." or "X (Y, Z)", not "X, Y and Z"
        if links and (ms[links[-1]].tail or via_in or "(" in text[(m.hint_end or m.end):ms[links[0]].start]):
            # (after a comma, a town known only by another name is no qualifier: "In Gurgaon, Aap members")
            m.quals = [k for k in links if _unit_link(ms[k]) or (ms[k].tail and (
                ms[k].bracketed or any(mn for _, mn in ms[k].cands)))]


def _province_of_a_reading(m: _Mention, link: _Mention) -> bool:
    """Whether `link` names a province (and no town) that holds a town or district reading of `m`."""
    provinces = {(q.country_code, q.admin1) for q, _ in link.cands if q.feature == "admin1"}
    return bool(provinces) and all(q.feature != "populated" for q, _ in link.cands) and any(
        p.feature in ("populated", "admin2") and (p.country_code, p.admin1) in provinces for p, _ in m.cands)


def _unit_link(m: _Mention) -> bool:
    """Whether a mention may name an admin unit or country (a possible container)."""
    return m.hint in ("admin1", "admin2") or any(p.feature != "populated" for p, _ in m.cands)


def _unit_link_strict(m: _Mention) -> bool:
    """Whether a mention most likely names a province, a country or a district that no town shares its name
    with ("in Dar'a", "of Diyala province", "Chandrapur of Rautahat")."""
    if m.hint in ("admin1", "admin2"):
        return True
    return any(p.feature in ("admin1", "country") for p, _ in m.cands) or (
        bool(m.cands) and all(p.feature == "admin2" for p, _ in m.cands))


def link_fit(p: Place, m: _Mention, ms: list[_Mention], provinces: bool = False) -> int:
    """How well a head candidate agrees with the units its qualifying links name (0: with none);
    with `provinces`, only agreement with the links' provinces and districts counts."""
    total = 0
    for k in m.quals:
        link = ms[k]
        best = 0
        province = link.hint == "admin1" or any(q.feature == "admin1" for q, _ in link.cands)
        # "Colon (Colon)": a last link named like the head is its province, not a district of that name
        own_province = province and link.key == m.key and k == m.quals[-1]
        # "Houston, Texas": a province's name that also names a district of another province (Texas County,
        # Missouri) names the province, unless the report calls it a district
        named = [q for q, _ in link.cands if q.feature == "admin1"] if link.hint != "admin2" else []
        # "Hebron, Palestine": a country by its own name, not a town of that name beside a namesake of the head
        country = any(q.feature == "country" and main for q, main in link.cands)
        for q, _ in link.cands:
            if q.country_code != p.country_code or q is p:
                continue
            f = q.feature
            if (province and f == "populated") or (own_province and f != "admin1"):
                continue  # "X, Nuevo Leon": the state, not a village of that name
            if f == "country":
                best = max(best, 0 if provinces else 1)
            elif f == "admin1":
                if same_province(p.country_code, q.admin1, p.admin1):
                    best = max(best, 3)
            elif same_province(p.country_code, q.admin1, p.admin1):  # a district or town of the same province
                same2 = f == "admin2" and p.admin2 and cached_norm(q.admin2) == cached_norm(p.admin2) and not any(
                    a.country_code == q.country_code and not same_province(q.country_code, a.admin1, q.admin1)
                    for a in named)
                best = max(best, 4 if same2 else 1 if country and f == "populated" else 2)
        total += best
    return total


def qualifiers_agree(ms: list[_Mention], chosen: list[Place | None]) -> None:
    """A qualifying link takes the reading that contains its head: "Charsadda, Khyber" names the province."""
    for i, m in enumerate(ms):
        head = chosen[i]
        if head is None or not m.quals or head.feature not in ("populated", "admin2"):
            continue
        for k in m.quals:
            cur = chosen[k]
            if cur is not None and _holds(cur, head):
                continue
            for q, _ in ms[k].cands:
                if q.feature in ("admin1", "admin2") and _holds(q, head):
                    chosen[k] = q
                    break


_HEADQUARTERS = re.compile(r"\s+(?:district\s+)?(?:headquarters|headquarter|HQ)\s+(?:town\s+)?(?:of\s+)?")


def headquarters_in_district(text: str, ms: list[_Mention], chosen: list[Place | None]) -> None:
    """'Salyan district headquarters Khalanga': the town is the district's seat, read in the district (not
    Darchula, also called Khalanga); a reading outside it is no place, and the district stands."""
    for i in range(1, len(ms)):
        unit, town = chosen[i - 1], chosen[i]
        if unit is None or town is None or unit.feature != "admin2" or town.feature != "populated" \
                or not _HEADQUARTERS.fullmatch(text, ms[i - 1].hint_end or ms[i - 1].end, ms[i].start):
            continue
        inside = [p for p, _ in ms[i].cands if p.feature == "populated" and _holds(unit, p)]
        chosen[i] = max(inside, key=lambda p: p.population) if inside else None


def _holds(unit: Place, p: Place) -> bool:
    if unit.country_code != p.country_code or unit is p:
        return False
    if unit.feature == "country":
        return True
    if unit.feature == "admin1":
        return same_province(p.country_code, unit.admin1, p.admin1)
    if unit.feature == "admin2":
        return same_province(p.country_code, unit.admin1, p.admin1) and (
            not p.admin2 or cached_norm(unit.admin2) == cached_norm(p.admin2))
    return False


NAMESAKES = 3  # places of one name in far-apart places: a common name
MISNAMED_PROVINCE_KM = 150.0  # a town this far from the seat of the province its report names lies elsewhere


def misnamed_province(p: Place, m: _Mention, ms: list[_Mention]) -> bool:
    """A town its report puts in a province far from it ("Gediz, Istanbul", "Puerto Natales (Los Lagos)"), the
    one town of its name in the country: the report misnames the province (ACLED codes the town). Near the
    province, one of several namesakes in the country or of a name many places share ("Villa Nueva (Mendoza)"),
    a district with no town of its name ("Castilla, Piura"), or in a city ("Mohammadpur in Dhaka city"), the
    province stands."""
    towns = [q for q, _ in m.cands if q.feature == "populated" and q.country_code == p.country_code]
    if p.latitude is None or len(towns) > 1 or (p.feature != "populated" and not any(
            q.admin1 == p.admin1 for q in towns)):  # a district with no town of its name ("Castilla, Piura")
        return False
    # a name that many places share worldwide ("Villa Nueva") has namesakes the gazetteer lacks, in the named
    # province too
    if len({(round(q.latitude), round(q.longitude)) for q, _ in m.cands
            if q.feature in ("populated", "admin2") and q.latitude is not None}) >= NAMESAKES:
        return False
    seats = [(q.latitude, q.longitude) for k in m.quals if ms[k].hint != "populated" for q, _ in ms[k].cands
             if q.feature == "admin1" and q.country_code == p.country_code and q.latitude is not None]
    return bool(seats) and all(haversine_km(p.latitude, p.longitude, *s) > MISNAMED_PROVINCE_KM for s in seats)


def link_countries(m: _Mention, ms: list[_Mention]) -> set[str]:
    """Countries the head's qualifying links name or whose units they name ("Muzaffarabad, Kashmir, Pakistan")."""
    return _province_countries(m, ms) | {q.country_code for k in m.quals for q, _ in ms[k].cands
                                         if q.feature == "country"}


def _province_countries(m: _Mention, ms: list[_Mention], heads: frozenset[str] = frozenset()) -> set[str]:
    """Countries of the provinces (or designated districts) the head's qualifying links may name; not of a link that
    also names one of the countries `heads` ("Torodi department in western Niger": the country, not Nigeria's
    Niger State)."""
    out: set[str] = set()
    for k in m.quals:
        link = ms[k]
        if heads and any(q.feature == "country" and q.country_code in heads for q, _ in link.cands):
            continue
        for q, _ in link.cands:
            if q.feature == "admin1" or (q.feature == "admin2" and link.hint == "admin2"):
                out.add(q.country_code)
    return out


def outside_linked_countries(cands: tuple[tuple[Place, bool], ...], m: _Mention, ms: list[_Mention]) -> bool:
    """Every reading of the head lies in another country than every reading of its qualifiers
    ("Azizabad, Karachi" where the gazetteer knows only an Azizabad in Iran)."""
    if any(p.feature in ("admin1", "country") for p, _ in cands) and not any(
            q.feature != "populated" for k in m.quals for q, _ in ms[k].cands):  # a province is not qualified by a town
        return False
    linked = {q.country_code for k in m.quals for q, _ in ms[k].cands}
    return bool(linked) and all(p.country_code not in linked for p, _ in cands)


def outside_linked_province(cands: tuple[tuple[Place, bool], ...], m: _Mention, ms: list[_Mention]) -> bool:
    """A head none of whose readings lies in the province its links name: "Benito Juarez, Nuevo Leon"
    where the gazetteer knows only other Benito Juarezes, "Karimabad, Karachi" where it knows only the Karimabad of
    Gilgit-Baltistan. (A province named with a province is a list.)"""
    heads = frozenset(p.country_code for p, _ in cands)
    ccs = _province_countries(m, ms, heads) | {q.country_code for k in m.quals for q, _ in ms[k].cands
                                        if q.feature == "admin2" and q.population >= 100_000}
    if not ccs or m.hint == "admin1":
        return False
    same = [p for p, _ in cands if p.country_code in ccs]
    return all(p.feature in ("populated", "admin2") for p in same)
