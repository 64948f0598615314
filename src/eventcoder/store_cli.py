"""`eventcoder events`: query the store's merged events, or weekly/monthly totals per admin1."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import IO, Any

from eventcoder.model import ACLED_COLUMNS, Event, Report

FORMATS = ("json", "jsonl", "acled", "ucdp", "geojson")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventcoder events", description=__doc__)
    p.add_argument("--db", default="events.db", help="SQLite path or postgresql:// URL (default events.db)")
    p.add_argument("--country", help="ISO 3166 code (PK, PAK) or country name")
    p.add_argument("--since", help="first event day, YYYY-MM-DD")
    p.add_argument("--until", help="last event day, YYYY-MM-DD")
    p.add_argument("--type", dest="event_type", help='ACLED event type, e.g. Battles or "Explosions/Remote violence"')
    p.add_argument("--format", "-f", choices=FORMATS, default="json")
    p.add_argument("--totals", choices=("week", "month"), help="events and deaths per week or month instead")
    p.add_argument("--by", default="admin1", choices=("admin1", "country", "admin2", "event_type"),
                   help="grouping for --totals (default admin1)")
    p.add_argument("--history", type=int, metavar="EVENT_ID", help="the figure history of one event")
    p.add_argument("--output", "-o", help="write here instead of standard output")
    return p


def main(argv: list[str]) -> int:
    """Entry point of `eventcoder events`."""
    args = _parser().parse_args(argv)
    from pathlib import Path

    from eventcoder.store import open_store

    if "://" not in args.db and not Path(args.db).exists():
        print(f"eventcoder events: no store at {args.db} (code with `eventcoder code … --db {args.db}`)",
              file=sys.stderr)
        return 2
    out: IO[str] = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        with open_store(args.db) as store:
            if args.history is not None:
                rows = store.history(args.history)
                _write_json(rows, out, args.format)
                return 0 if rows or store.event(args.history) else 1
            filters = {"country": args.country, "since": args.since, "until": args.until,
                       "event_type": args.event_type}
            if args.totals:
                rows = store.totals(period=args.totals, by=args.by, **filters)
                if args.format in ("json", "jsonl"):
                    _write_json(rows, out, args.format)
                else:
                    _write_csv(rows, out)
                return 0
            events = store.query_events(**filters, with_documents=True)
            write_events(events, out, args.format)
            return 0
    except ValueError as exc:
        print(f"eventcoder events: {exc}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()


def write_events(events: list[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write stored events as json, jsonl, ACLED CSV, UCDP CSV or GeoJSON; returns how many."""
    if fmt in ("json", "jsonl"):
        _write_json(events, out, fmt)
    elif fmt == "acled":
        from eventcoder.export.acled import write_acled_csv

        write_acled_csv((acled_row(e) for e in events), out)
    elif fmt == "ucdp":
        from eventcoder.export.ucdp import ucdp_rows, write_ucdp_csv

        rows = []
        for e in events:
            row = ucdp_rows(_as_report(e))[0]
            row["id"] = e["event_id"]
            row["relid"] = f"{e['event_id_cnty'][:3]}-{e['year'] or 0}-{e['event_id']}"
            row["number_of_sources"] = e["n_documents"]
            rows.append(row)
        write_ucdp_csv(rows, out)
    elif fmt == "geojson":
        from eventcoder.export.geojson import features

        feats = []
        for e in events:
            f = features(_as_report(e))[0]
            f["id"] = e["event_id_cnty"]
            f["properties"].update(acled_row(e), event_id=e["event_id"], documents=e.get("documents", []),
                                   contradiction=e["contradiction"], n_documents=e["n_documents"])
            feats.append(f)
        json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return len(events)


def acled_row(e: dict[str, Any]) -> dict[str, Any]:
    """A stored event as an ACLED row (ACLED's 31 columns; the store's id makes event_id_cnty)."""
    from eventcoder.export.countries import resolve_country

    country = resolve_country(e.get("country_code") or e.get("iso"), e.get("country"))
    row = {k: e.get(k) for k in ACLED_COLUMNS}
    row["iso"] = country.numeric if country else e.get("iso")
    row["region"] = e.get("region") or (country.acled_region if country else "")
    row["timestamp"] = _unix(e.get("updated_at"))
    return row


def _unix(stamp: str | None) -> int | None:
    from datetime import datetime

    return int(datetime.fromisoformat(stamp).timestamp()) if stamp else None


def _as_report(e: dict[str, Any]) -> Report:
    """One stored event wrapped as a one-event Report, for the per-report exporters."""
    fields = {k: e[k] for k in Event.__dataclass_fields__ if k in e and e[k] is not None}
    fields.pop("claims", None)
    docs = e.get("documents") or []
    sources = [s.strip() for s in (e.get("source") or "").split(";") if s.strip()]
    return Report(id=f"event-{e['event_id']}", published=None, events=[Event(**fields)], sources=sources,
                  title=", ".join(docs) or None)


def _write_json(rows: list[dict[str, Any]], out: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")


def _write_csv(rows: list[dict[str, Any]], out: IO[str]) -> None:
    if not rows:
        return
    w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
