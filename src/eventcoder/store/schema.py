"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

documents     one row per coded document (id, text hash, when coded)
doc_events    each document's own coding of an event, and the merged event it belongs to
events        merged events: ACLED fields, UCDP estimates, contradiction flag, number of documents
claims        every claim of every document
event_claims  which claims support which merged event
findings      each document's findings (impossible dates, contradictions, background …)
figure_history  every change of a merged event's figures: which document moved the toll, from what to what, when
schema_version  the migrations applied
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("text_sha", String(64), nullable=False),
    Column("published", String(10)),
    Column("url", Text),
    Column("title", Text),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_claims", Integer, nullable=False, default=0),
    Column("coded_at", String(32), nullable=False),
)


def _event_columns() -> list[Column]:
    """The ACLED and UCDP fields shared by merged events and per-document events."""
    return [
        Column("event_date", String(10)),
        Column("time_precision", Integer),
        Column("disorder_type", String(64)),
        Column("event_type", String(64)),
        Column("sub_event_type", String(64)),
        Column("actor1", Text),
        Column("assoc_actor_1", Text),
        Column("inter1", Integer),
        Column("actor2", Text),
        Column("assoc_actor_2", Text),
        Column("inter2", Integer),
        Column("interaction", Integer),
        Column("civilian_targeting", String(32)),
        Column("iso", String(8)),
        Column("region", String(64)),
        Column("country", String(128)),
        Column("country_code", String(2)),
        Column("admin1", String(256)),
        Column("admin2", String(256)),
        Column("admin3", String(256)),
        Column("location", String(256)),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geo_precision", Integer),
        Column("source", Text),
        Column("source_scale", String(64)),
        Column("notes", Text),
        Column("fatalities", Integer, nullable=False, default=0),
        Column("injured", Integer),
        Column("tags", Text),
        Column("type_of_violence", Integer),
        Column("side_a", Text),
        Column("side_b", Text),
        Column("deaths_a", Integer, nullable=False, default=0),
        Column("deaths_b", Integer, nullable=False, default=0),
        Column("deaths_civilians", Integer, nullable=False, default=0),
        Column("deaths_unknown", Integer, nullable=False, default=0),
        Column("best", Integer, nullable=False, default=0),
        Column("low", Integer, nullable=False, default=0),
        Column("high", Integer, nullable=False, default=0),
        Column("where_prec", Integer),
    ]


EVENT_FIELDS = tuple(c.name for c in _event_columns())

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    *_event_columns(),
    Column("contradiction", Boolean, nullable=False, default=False),
    Column("contradiction_note", Text),
    Column("n_documents", Integer, nullable=False, default=1),
    Column("first_date", String(10)),  # the earliest and latest event day its reports gave
    Column("last_date", String(10)),
    Column("event_week", String(10)),  # the Monday of the event's ISO week
    Column("event_month", String(7)),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    sqlite_autoincrement=True,  # ids are never reused, so figure_history of a deleted event stays its own
)

doc_events = Table(
    "doc_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("published", String(10)),
    *_event_columns(),
    Column("has_killed", Boolean, nullable=False, default=False),
    Column("has_injured", Boolean, nullable=False, default=False),
    Column("contradiction", Boolean, nullable=False, default=False),
    Column("pinned", Boolean, nullable=False, default=False),  # unmerged by hand: never merged again
    Column("sentence", Integer),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("doc_event_id", Integer, ForeignKey("doc_events.id", ondelete="SET NULL")),
    Column("count", Integer, nullable=False),
    Column("low", Integer, nullable=False),
    Column("high", Integer, nullable=False),
    Column("qualifier", String(64)),
    Column("outcome", String(16), nullable=False),
    Column("victims", String(32), nullable=False),
    Column("perpetrator", Text),
    Column("source", Text),
    Column("date", String(10)),
    Column("place", Text),
    Column("part_of", Integer),
    Column("background", Boolean, nullable=False, default=False),
    Column("sentence", Integer),
    Column("words", Text),
    Column("text", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
)

event_claims = Table(
    "event_claims",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", String(512), nullable=False),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_event_id", Integer, ForeignKey("doc_events.id", ondelete="SET NULL")),
    Column("kind", String(64), nullable=False),
    Column("message", Text),
    Column("text", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("suggested_date", String(10)),
)

figure_history = Table(
    "figure_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, nullable=False),
    Column("figure", String(32), nullable=False),
    Column("old", Integer),
    Column("new", Integer),
    Column("document_id", String(512)),
    Column("action", String(16), nullable=False),  # add | replace | unmerge
    Column("changed_at", String(32), nullable=False),
)

V1_TABLES = [schema_version, documents, events, doc_events, claims, event_claims, findings, figure_history]

