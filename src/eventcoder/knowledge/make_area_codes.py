"""Derive knowledge/area_codes.csv: the state or province of each geographic telephone area code of the United
States and Canada. Local news gives its police's and tip lines' numbers ("call Richmond police at 804-646-5112"),
and the area code names the state when the town's name is one that many states have.

The area codes' places come from libphonenumber's geocoding data (Apache License 2.0), as shipped in the PyPI
package `phonenumbers` 9.0.43; this script imports that package from its wheel. An area code is kept when nine in
ten of the numbering prefixes the data describes under it lie in one state or province (201, northern New
Jersey, with a few exchanges described as New York's, is New Jersey's); toll-free and other non-geographic codes
have no place and are left out.

    python -m eventcoder.knowledge.make_area_codes PATH/TO/phonenumbers-9.0.43-py2.py3-none-any.whl

The CSV is committed; nothing at run time needs the package.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

from eventcoder.knowledge.build_gazetteer import KNOWLEDGE
from eventcoder.knowledge.derived import run, write_csv

OUT = KNOWLEDGE / "area_codes.csv"
COLUMNS = ("area_code", "country_code", "admin1")
SOURCE = "libphonenumber geocoding data via phonenumbers 9.0.43 (Apache-2.0)"
_SHARE = 0.9  # of an area code's described prefixes that must lie in its state
# the data's own spellings of a few units
_NAMED = {"Washington State": "WA", "Washington D.C.": "DC", "British Colombia": "BC"}


def _unit_codes(country: str) -> tuple[dict[str, str], dict[str, str]]:
    """ISO 3166-2 codes of a country's states or provinces by their names and short codes, with their names."""
    by_name: dict[str, str] = {}
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        short = sub.code.split("-", 1)[1]
        by_name[sub.name] = by_name[short] = short
        names[short] = sub.name
    return by_name, names


def derive(source: Path) -> int:
    sys.path.insert(0, str(source))
    import phonenumbers  # noqa: PLC0415 (from the wheel just put on the path)
    from phonenumbers.geodata import GEOCODE_DATA  # noqa: PLC0415

    units = {cc: _unit_codes(cc) for cc in ("US", "CA")}
    described: dict[str, Counter[str]] = defaultdict(Counter)
    for prefix, names in GEOCODE_DATA.items():
        text = names.get("en")
        if not prefix.startswith("1") or len(prefix) < 4 or not text:
            continue
        described[prefix[1:4]][text.rsplit(", ", 1)[-1]] += 1
    rows: list[tuple[str, str, str]] = []
    for code in sorted(described):
        cc = phonenumbers.region_code_for_number(phonenumbers.parse(f"+1{code}2345678"))
        if cc not in units:
            continue
        by_name, full = units[cc]
        states: Counter[str] = Counter()
        for text, n in described[code].items():
            states[_NAMED.get(text) or by_name.get(text, "?")] += n
        state, n = states.most_common(1)[0]
        if state != "?" and n >= _SHARE * sum(states.values()):
            rows.append((code, cc, full[state]))
    return write_csv(OUT, SOURCE, COLUMNS, rows)


if __name__ == "__main__":
    run(derive, OUT, "area codes", "usage: python -m eventcoder.knowledge.make_area_codes PATH/TO/phonenumbers-*.whl")
