"""ACLED rows: one row per event in ACLED's 31 columns and order, and a CSV writer."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from typing import IO, Any

from eventcoder.export.countries import Country, resolve_country
from eventcoder.export.csv_rows import write_rows
from eventcoder.model import ACLED_COLUMNS, Event, Report


def event_number(report_id: str, index: int) -> int:
    """A stable number for the index-th event of a report (the same on every run and machine)."""
    digest = hashlib.blake2b(f"{report_id}\x1f{index}".encode(), digest_size=5).digest()
    return int.from_bytes(digest, "big")


def event_country(event: Event) -> Country | None:
    """The event's country, from its ISO code or, failing that, its country name."""
    return resolve_country(event.iso, event.country)


def event_year(event: Event) -> int | None:
    """The year of the event date ("2024-03-01" -> 2024); None without a date."""
    if event.event_date and len(event.event_date) >= 4 and event.event_date[:4].isdigit():
        return int(event.event_date[:4])
    return None


def event_notes(report: Report, event: Event) -> str:
    """The evidence for an event: its own notes, then each sentence of its claims not already quoted."""
    parts: list[str] = [event.notes.strip()] if event.notes.strip() else []
    for i in event.claims:
        if 0 <= i < len(report.claims):
            sentence = report.claims[i].text.strip()
            if sentence and not any(sentence in p for p in parts):
                parts.append(sentence)
    return " ".join(parts)


def report_sources(report: Report, event: Event) -> str:
    """The report's named sources joined by "; " (the event's own source when the report names none)."""
    return "; ".join(s for s in report.sources if s) or event.source


def acled_rows(report: Report, timestamp: int | None = None) -> list[dict[str, Any]]:
    """The report's events as ACLED rows: dicts keyed by ACLED's 31 columns, in order, one per event.

    `timestamp` (unix seconds of coding) defaults to now; pass one for reproducible output.
    """
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    rows = []
    for index, e in enumerate(report.events):
        country = event_country(e)
        prefix = country.alpha3 if country else "XXX"
        row = {
            "event_id_cnty": f"{prefix}{event_number(report.id, index)}",
            "event_date": e.event_date,
            "year": event_year(e),
            "time_precision": e.time_precision,
            "disorder_type": e.disorder_type,
            "event_type": e.event_type,
            "sub_event_type": e.sub_event_type,
            "actor1": e.actor1,
            "assoc_actor_1": e.assoc_actor_1,
            "inter1": e.inter1,
            "actor2": e.actor2,
            "assoc_actor_2": e.assoc_actor_2,
            "inter2": e.inter2,
            "interaction": e.interaction,
            "civilian_targeting": e.civilian_targeting,
            "iso": country.numeric if country else None,
            "region": e.region or (country.acled_region if country else ""),
            "country": e.country or (country.name if country else ""),
            "admin1": e.admin1,
            "admin2": e.admin2,
            "admin3": e.admin3,
            "location": e.location,
            "latitude": e.latitude,
            "longitude": e.longitude,
            "geo_precision": e.geo_precision,
            "source": report_sources(report, e),
            "source_scale": e.source_scale,
            "notes": event_notes(report, e),
            "fatalities": int(e.fatalities or 0),
            "tags": e.tags,
            "timestamp": stamp,
        }
        rows.append(row)
    return rows


def write_acled_csv(rows: Iterable[dict[str, Any]], fh: IO[str], header: bool = True) -> int:
    """Write ACLED rows as CSV (header first unless `header=False`); returns the number of rows written.

    Missing values (None) are written as empty cells; keys outside ACLED's columns are an error.
    """
    return write_rows(rows, fh, ACLED_COLUMNS, header)
