"""Schema migrations: an ordered list of functions keyed by version, each applied in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, inspect, select, text

from eventcoder.store import schema

Migration = Callable[[Connection], None]


def _v1_tables(conn: Connection) -> None:
    """Documents, events, per-document events, claims, links, findings, figure history."""
    schema.metadata.create_all(conn, tables=schema.V1_TABLES, checkfirst=True)


_INDEXES = (
    ("ix_events_date", "events", "event_date"),
    ("ix_events_country_date", "events", "country_code, event_date"),
    ("ix_events_type_date", "events", "event_type, event_date"),
    ("ix_doc_events_document", "doc_events", "document_id"),
    ("ix_doc_events_event", "doc_events", "event_id"),
    ("ix_claims_document", "claims", "document_id"),
    ("ix_claims_doc_event", "claims", "doc_event_id"),
    ("ix_event_claims_claim", "event_claims", "claim_id"),
    ("ix_findings_document", "findings", "document_id"),
    ("ix_figure_history_event", "figure_history", "event_id"),
)


def _v2_indexes(conn: Connection) -> None:
    """Indexes for the merge's candidate search (date, country, type) and for per-document lookups."""
    for name, table, cols in _INDEXES:
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({cols})"))


MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _v1_tables),
    (2, _v2_indexes),
]

LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The highest migration applied (0 for an empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    v = conn.execute(select(schema.schema_version.c.version).order_by(schema.schema_version.c.version.desc())).first()
    return int(v[0]) if v else 0


def migrate(engine: Engine, target: int | None = None) -> int:
    """Apply every migration above the database's version (up to `target`), each in its own transaction.

    Returns the version the database is at afterwards.
    """
    target = LATEST if target is None else target
    with engine.connect() as conn:
        version = current_version(conn)
    for number, step in MIGRATIONS:
        if number <= version or number > target:
            continue
        with engine.begin() as conn:
            if current_version(conn) >= number:  # another process got there first
                continue
            step(conn)
            if number == 1:
                schema.metadata.create_all(conn, tables=[schema.schema_version], checkfirst=True)
            conn.execute(
                schema.schema_version.insert().values(
                    version=number, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")
                )
            )
        version = number
    return version
