"""The event store: SQLite by default, PostgreSQL by URL, one schema and code path (SQLAlchemy Core).

    store = open_store("events.db")                      # or "postgresql://user@host/db"
    store.add_report(report, text_sha(doc.text))          # one transaction; the same text twice changes nothing
    store.query_events(country="PK", since="2026-01-01", event_type="Battles")
    store.totals(period="week", by="admin1")
"""

from eventcoder.store.migrations import LATEST as SCHEMA_VERSION
from eventcoder.store.store import AddResult, Store, country_code, open_store, store_url, text_sha

__all__ = ["SCHEMA_VERSION", "AddResult", "Store", "country_code", "open_store", "store_url", "text_sha"]
