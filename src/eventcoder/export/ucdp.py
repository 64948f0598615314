"""UCDP GED-style rows: the GED columns an event coder can fill, in the GED codebook's order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from eventcoder.export.acled import event_country, event_number, event_year
from eventcoder.export.csv_rows import write_rows
from eventcoder.model import Event, Report

# The GED columns we fill, in GED's order (GED codebook 23.1+). Left out: ids of UCDP's own conflict, dyad and
# actor registers (conflict_new_id, dyad_new_id, side_a_new_id …), active_year, code_status, priogrid_gid,
# country_id (Gleditsch-Ward), event_clarity, gwnoa/gwnob: they need UCDP's registers or a coder's judgement.
UCDP_COLUMNS = (
    "id", "relid", "year", "type_of_violence", "dyad_name", "side_a", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "country", "region",
    "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low",
)

# ACLED geo_precision (1 town, 2 near a town / part of a region, 3 province) -> GED where_prec
# (1 exact, 2 within 25 km, 4 first-order admin unit).
_WHERE_PREC = {1: 1, 2: 2, 3: 4}
# ACLED time_precision (1 day, 2 week, 3 month) -> GED date_prec (1 day, 3 week, 4 month).
_DATE_PREC = {1: 1, 2: 3, 3: 4}


def _where_prec(e: Event) -> int | None:
    if e.where_prec is not None:
        return e.where_prec
    if e.geo_precision is not None:
        return _WHERE_PREC.get(e.geo_precision)
    return None


def _deaths(e: Event) -> dict[str, int]:
    """GED's death split and estimates; ACLED's toll stands in for low and best when no split was made."""
    split = {
        "deaths_a": e.deaths_a, "deaths_b": e.deaths_b,
        "deaths_civilians": e.deaths_civilians, "deaths_unknown": e.deaths_unknown,
        "best": e.best, "high": e.high, "low": e.low,
    }
    if not any(split.values()) and e.fatalities:
        n = int(e.fatalities)
        split.update(deaths_unknown=n, best=n, high=n, low=n)
    return split


def is_lethal(e: Event) -> bool:
    """Whether an event reports at least one death (GED records only such events)."""
    return bool(e.fatalities or e.best or e.high or e.deaths_a or e.deaths_b or e.deaths_civilians
                or e.deaths_unknown)


def ucdp_rows(report: Report, lethal_only: bool = True) -> list[dict[str, Any]]:
    """The report's events as UCDP GED-style rows (dicts keyed by UCDP_COLUMNS).

    Like GED, only events with at least one reported death are rows unless `lethal_only=False`.
    """
    sources = [s for s in report.sources if s]
    published = report.published.isoformat() if report.published else None
    rows = []
    for index, e in enumerate(report.events):
        if lethal_only and not is_lethal(e):
            continue
        country = event_country(e)
        year = event_year(e)
        number = event_number(report.id, index)
        side_a = e.side_a or e.actor1
        side_b = e.side_b or e.actor2
        has_point = e.latitude is not None and e.longitude is not None
        place_parts = [p for p in (e.location, e.admin2, e.admin1, e.country) if p]
        row = {
            "id": number,
            "relid": f"{country.alpha3 if country else 'XXX'}-{year or 0}-{number}",
            "year": year,
            "type_of_violence": e.type_of_violence,
            "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else side_a or side_b,
            "side_a": side_a,
            "side_b": side_b,
            "number_of_sources": len(sources) or None,
            "source_article": report.url or report.title or report.id,
            "source_office": "; ".join(sources) or e.source,
            "source_date": published,
            "source_headline": report.title or "",
            "where_prec": _where_prec(e),
            "where_coordinates": e.location or e.admin2 or e.admin1 or e.country,
            "where_description": ", ".join(dict.fromkeys(place_parts)),
            "adm_1": e.admin1,
            "adm_2": e.admin2,
            "latitude": e.latitude,
            "longitude": e.longitude,
            "geom_wkt": f"POINT ({e.longitude} {e.latitude})" if has_point else "",
            "country": e.country or (country.name if country else ""),
            "region": country.ucdp_region if country else "",
            "date_prec": _DATE_PREC.get(e.time_precision) if e.event_date else None,
            "date_start": e.event_date,
            "date_end": e.event_date,
        }
        row.update(_deaths(e))
        rows.append(row)
    return rows


def write_ucdp_csv(rows: Iterable[dict[str, Any]], fh: IO[str], header: bool = True) -> int:
    """Write UCDP rows as CSV (header first unless `header=False`); returns the number of rows written."""
    return write_rows(rows, fh, UCDP_COLUMNS, header)
