"""News datelines ("OCEANSIDE, Calif. —", "QUETTA, Pakistan (Reuters) -"): the pattern, the state abbreviations
they use, and the reading of the dateline's city once `find_places` has resolved every mention."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.gazetteer import Gazetteer
from eventcoder.model import Place

if TYPE_CHECKING:
    from eventcoder.recognize.places import _Mention

__all__ = ["american_town_with_its_state", "dateline_abbreviations", "filed_from", "find_dateline", "names_the_city",
           "place_dateline"]

# A news dateline: a city in capitals at the start of a line near the top, perhaps its state and the agency,
# then a dash: "OCEANSIDE, Calif. —", "SAN ANTONIO -", "WHITE PINE (WATE) –", "QUETTA, Pakistan (Reuters) -"
# (the story may begin on the next line: "BEDFORD, N.H. -" alone).
# (or its county: "GREENVILLE, PITT COUNTY -"; a space may stand before the comma: "ST CHARLES , Ill --")
# (and the day of filing, as wire copy gives it: "KABUL, May 3 (Xinhua) --", "QUETTA, Pakistan, Jan 5 (Reuters) -")
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
_FILED_ON = rf"(?:[ \t]?,[ \t]*{_MONTH_DAY}\d?(?:,[ \t]*\d{{4}})?)?"
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
                       r"(?:[ \t]?,[ \t]*(?!" + _MONTH_DAY + ")"
                       r"([A-Z][A-Za-z.]*(?: [A-Z][a-z.]+| COUNTY| PARISH)?))?" + _FILED_ON +
                       r"[ \t]*(?:\(([^()\n]{1,40})\)[ \t]*)?(?:[-—–]|--)(?:[ \t]|$)")
# News agencies whose datelines say where the story was filed, often far from the event ("ISLAMABAD (Reuters)
# - ... in Turbat"); a local outlet's dateline ("WHITE PINE (WATE) –") is where its story happened.
_WIRES = frozenset(("reuters", "afp", "ap", "xinhua", "upi", "ians", "pti", "app", "anadolu", "dpa", "ani",
                    "bernama", "efe", "ansa", "kyodo", "yonhap", "irna", "sana", "wam", "spa", "tass", "ria"))


# A broadcaster's dateline may end at its station, with no dash: "LEXINGTON, Ky (LEX 18) Despite ..." (the
# state abbreviation must be one, see `find_dateline`)
_STATION_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}),[ \t]*([A-Z][A-Za-z.]*)"
                               r"[ \t]*\(([^()\n]{1,40})\)[ \t]*:?[ \t]+(?=[A-Z])")  # "BIRMINGHAM, Ala (WIAT): A boy"


# Some outlets write the city as a name, not in capitals, when its postal code follows: "Felton, MN (WDAY TV) -
# The Clay County Sheriff's ...", "Mobile, AL- Late Sunday night ..." (the code must be one, see `find_dateline`)
# (or its abbreviation: "Sullivan County, Ind (WIBQ) -")
_TITLED_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,3}),[ \t]*([A-Z]{2}|[A-Z][a-z]{1,4}\.?)"
                              r"[ \t]*(?:\(([^()\n]{1,40})\)[ \t]*)?(?:[-—–]|--)")


# South Asian papers end the bureau's city with a colon: "QUETTA: Unidentified gunmen shot dead ...", "ISLAMABAD
# (APP): ..." (at the top of the text only: a heading's colon, "UPDATE:", names no place)
_COLON_DATELINE = re.compile(r"[ \t]*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
                             r"(?:,[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?))?[ \t]*(?:\(([^()\n]{1,40})\)[ \t]*)?:[ \t]+(?=[A-Z])")


@lru_cache(maxsize=4)  # (asked by the places, then by each event's location)
def find_dateline(text: str) -> re.Match[str] | None:
    """The report's dateline, near its top, with a city of three letters or more; None if it has none."""
    head = _DATELINE.search(text, 0, 400) or _COLON_DATELINE.match(text)
    for coded in (_STATION_DATELINE, _TITLED_DATELINE):  # each only with a postal code it knows
        if head is None:
            head = coded.search(text, 0, 400)
            if head is not None and head.group(2) not in dateline_abbreviations():
                head = None
    return head if head is not None and len(head.group(1)) >= 3 else None


@lru_cache(maxsize=1)
def dateline_abbreviations() -> dict[str, tuple[str, str]]:
    """'Calif.' -> ('US', 'California'): unit abbreviations of news datelines (admin_names.yaml)."""
    cfg = load_yaml("admin_names.yaml").get("dateline_abbreviations") or {}
    out = {abbr: (cc, name) for cc, table in cfg.items() for abbr, name in table.items()}
    # written without the point as often ("MEMPHIS, Tenn --"), and in capitals like the city ("MIAMI, FLA. -")
    out = {**{a.rstrip("."): v for a, v in out.items() if a.endswith(".") and len(a) > 2}, **out}
    return {**{a.upper(): v for a, v in out.items()}, **out}


def _linked_province(m: _Mention, ms: list[_Mention], chosen: list[Place | None]) -> tuple[str, str] | None:
    """The province the name linked after a dateline's city reads as, if it is one ("LEBANON, Ohio")."""
    link = chosen[m.chain[0]] if m.chain else None
    return (link.country_code, link.admin1) if link is not None and link.feature == "admin1" else None


def _province_written_out(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """The one first-level unit a dateline's province, written out, names ("Ohio"), if it names one."""
    units = {(p.country_code, p.admin1) for p, main in gaz.match(name) if main and p.feature == "admin1"} \
        if len(name) > 3 else set()
    return next(iter(units)) if len(units) == 1 else None


def place_dateline(d: re.Match[str], state: tuple[str, str] | None, ms: list[_Mention],
                   chosen: list[Place | None], keep: list[bool], gaz: Gazetteer) -> None:
    """The city of a news dateline `d` is a town (or the county so called), in the `state` its abbreviation names;
    one the gazetteer lacks in that state stands for the state. It gets relation "dateline" (where a local story
    happened) unless a news agency or a correspondent filed it: an agency's ("ISLAMABAD (Reuters) -"), a city
    given with its country ("KYIV, Ukraine —") or one abroad given alone ("BEIRUT —"), as American local news
    gives its towns with their state or alone."""
    # (a province written out: "WEST PRICE HILL, Ohio (WKRC) --", whose city the gazetteer lacks)
    state = state or _province_written_out(d.group(2) or "", gaz)
    for i, m in enumerate(ms):
        if m.start >= d.end(1):
            break
        if not names_the_city(d, m.start, m.end):
            continue
        if state and not any((p.country_code, p.admin1) == state for p, _ in m.cands) \
                and not _quarter_of_named_city(i, state, ms, chosen, keep):
            # "PINETOWN, N.C. —", a town the gazetteer lacks: not South Africa's Pinetown, somewhere in the state
            chosen[i], keep[i] = gaz.admin1(*state) or chosen[i], True
        # a dateline names a city ("WASHINGTON —"), or a county so called ("BEXAR COUNTY, Texas —"), in the state
        # it gives by abbreviation or by name ("LEBANON, Ohio (WKRC) --")
        where = state or _linked_province(m, ms, chosen)
        if chosen[i] is None and where is not None:  # a town its abbreviated state left unread ("BIRMINGHAM, Ala")
            towns = [p for p, _ in m.cands if p.feature == "populated" and (p.country_code, p.admin1) == where]
            if towns:
                chosen[i], keep[i] = max(towns, key=lambda p: p.population), True
        if not keep[i] or chosen[i] is None:
            continue
        in_state = [p for p, _ in m.cands if where is None or (p.country_code, p.admin1) == where]
        feature = "admin2" if m.hint == "admin2" and any(p.feature == "admin2" for p in in_state) else "populated"
        places = [p for p in in_state if p.feature == feature]
        if places and (chosen[i].feature != feature or (
                where and (chosen[i].country_code, chosen[i].admin1) != where)):
            chosen[i] = max(places, key=lambda p: p.population)
        if not filed_from(d, ms, chosen, chosen[i]):
            m.relation = "dateline"
        _said_again(m, chosen[i], ms, chosen)
        return


def names_the_city(d: re.Match[str], start: int, end: int) -> bool:
    """Whether a name at start:end is the dateline's city: a name inside its city's words, and in a colon's
    dateline all of them ("DERA ISMAIL KHAN:"; not "WALL OF JUSTICE:", a heading)."""
    return d.start(1) <= start < d.end(1) and (d.re is not _COLON_DATELINE or (start == d.start(1) and end == d.end(1)))


def filed_from(d: re.Match[str], ms: list[_Mention], chosen: list[Place | None], city: Place) -> bool:
    """Whether the dateline's `city` is where a news agency or a correspondent filed the story from, not a local
    story's town: an agency's ("ISLAMABAD (Reuters) -"), a city given with its country ("KYIV, Ukraine —") or one
    abroad given alone ("BEIRUT —"), as American local news gives its towns with their state or alone."""
    return _filed_by_agency(d) or _given_with_its_country(d, ms, chosen) \
        or (not d.group(2) and city.country_code != "US")


def american_town_with_its_state(d: re.Match[str], city: Place) -> bool:
    """Whether the dateline gives an American town with its state ("DOUGLASVILLE, Ga. (AP) —"): where the story
    happened even when an agency filed it, as American local news is written."""
    return city.country_code == "US" and bool(d.group(2))


def _filed_by_agency(d: re.Match[str]) -> bool:
    """Whether a news agency filed the story whose dateline `d` is ("ISLAMABAD (Reuters) -")."""
    return (d.group(3) or "").strip().lower() in _WIRES


def _given_with_its_country(d: re.Match[str], ms: list[_Mention], chosen: list[Place | None]) -> bool:
    """Whether the dateline gives its city with the country ("KYIV, Ukraine —", "MOGADISHU, Somalia —"), as
    correspondents file from a capital: where the story was filed, not a local story's town ("LEBANON, Ohio")."""
    if not d.group(2):
        return False
    return any(d.start(2) <= m.start < d.end(2) and p is not None and p.feature == "country"
               for m, p in zip(ms, chosen, strict=True))


def _quarter_of_named_city(i: int, state: tuple[str, str], ms: list[_Mention], chosen: list[Place | None],
                           keep: list[bool]) -> bool:
    """Whether the dateline's name was dropped as a quarter of a city of the state the report names ("HOMEWOOD
    (KDKA) - ... Pittsburgh police said": Pittsburgh's quarter, not the state at large)."""
    return not keep[i] and any(
        k and p is not None and p.feature == "populated" and (p.country_code, p.admin1) == state
        for j, (p, k) in enumerate(zip(chosen, keep, strict=True)) if j != i)


def _said_again(m: _Mention, place: Place, ms: list[_Mention], chosen: list[Place | None]) -> None:
    """The dateline's city said again, alone or with its county's word, is that city or its county, unless given
    with a province of its own ("HALIFAX, Va. (AP) - ... in Halifax ... an Halifax County deputy": Virginia's,
    though the report names North Carolina too)."""
    unit = (place.country_code, place.admin1)
    for j, o in enumerate(ms):
        p = chosen[j]
        if o is m or p is None or o.quals or (o.key != m.key and not o.key.startswith(f"{m.key} ")) \
                or (p.country_code, p.admin1) == unit:
            continue
        same = [q for q, _ in o.cands if (q.country_code, q.admin1) == unit and q.feature == p.feature]
        if same:
            chosen[j] = max(same, key=lambda q: q.population)
