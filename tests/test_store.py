"""The event store: one SQLite file or a PostgreSQL database, the same behaviour on both."""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from eventcoder.model import Claim, Estimate, Event, Finding, Report
from eventcoder.store import SCHEMA_VERSION, open_store, store_url, text_sha
from eventcoder.store.migrations import migrate

PG_URL = os.environ.get("EVENTCODER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/eventcoder_test")

TOWNS = {
    # name: (admin1, admin2, latitude, longitude) -- public GeoNames coordinates
    "Quetta": ("Balochistan", "Quetta", 30.187, 67.012),
    "Mastung": ("Balochistan", "Mastung", 29.799, 66.845),
    "Turbat": ("Balochistan", "Kech", 26.003, 63.044),
    "Peshawar": ("Khyber Pakhtunkhwa", "Peshawar", 34.008, 71.578),
    "Kabul": ("Kabul", "Kabul", 34.528, 69.172),
}


def make_report(
    doc_id: str,
    published: date,
    killed: int | list[tuple[int, str | None]],
    town: str = "Quetta",
    event_date: str = "2026-02-04",
    event_type: str = "Explosions/Remote violence",
    actor1: str = "Unidentified Armed Group (Pakistan)",
    inter1: int = 3,
    injured: int | None = None,
    country: str = "Pakistan",
) -> Report:
    """A report of one attack as the coder would give it: an event, its claims, estimates and a finding.

    killed: one toll, or several (toll, source) statements of it (which may disagree).
    """
    admin1, admin2, lat, lon = TOWNS[town]
    statements = [(killed, None)] if isinstance(killed, int) else killed
    claims = [
        Claim(count=n, low=n, high=n, outcome="killed", victims="civilians", source=src,
              text=f"{n} people were killed in {town}.", start=10 * i, end=10 * i + 9, sentence=i)
        for i, (n, src) in enumerate(statements)
    ]
    if injured is not None:
        claims.append(Claim(count=injured, low=injured, high=injured, outcome="injured", victims="civilians",
                            text=f"{injured} were injured.", start=100, end=110, sentence=len(claims)))
    counts = [n for n, _ in statements]
    low, high = min(counts), max(counts)
    best = sorted(counts)[(len(counts) - 1) // 2]
    contradiction = len(set(counts)) > 1
    event = Event(
        event_date=event_date, event_type=event_type, sub_event_type="Remote explosive/landmine/IED",
        actor1=actor1, inter1=inter1, actor2="Civilians (Pakistan)", inter2=7, country=country,
        admin1=admin1, admin2=admin2, location=town, latitude=lat, longitude=lon, geo_precision=1,
        fatalities=low, injured=injured, best=best, low=low, high=high, deaths_civilians=best,
        claims=list(range(len(claims))), start=0, end=120, source="Dawn",
    )
    estimates = [Estimate("killed", "civilians", low, best, high, list(range(len(statements))), contradiction)]
    findings = [Finding("background", "earlier attack mentioned", text="In 2024 a similar blast", start=50, end=70)]
    return Report(id=doc_id, published=published, events=[event], claims=claims, estimates=estimates,
                  findings=findings, title=f"Blast in {town}")


def _pg_available() -> bool:
    try:
        eng = create_engine(store_url(PG_URL), connect_args={"connect_timeout": 2})
        with eng.connect():
            pass
        eng.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure to connect means: skip
        return False


_PG = None


def pg_available() -> bool:
    global _PG
    if _PG is None:
        _PG = _pg_available()
    return _PG


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at(request, tmp_path):
    """A function opening the same fresh store each time it is called: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        url = str(tmp_path / "events.db")
        yield lambda **kw: open_store(url, **kw)
        return
    if not pg_available():
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} (run .ci/start-postgres)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(store_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    yield lambda **kw: open_store(url, **kw)
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def store(store_at):
    s = store_at()
    yield s
    s.close()


def test_a_path_opens_a_sqlite_file_at_the_latest_schema(tmp_path):
    path = tmp_path / "sub dir" / "x.db"
    path.parent.mkdir(parents=True)
    with open_store(str(path)) as s:
        assert s.version == SCHEMA_VERSION
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "events", "claims", "event_claims", "findings", "figure_history"} <= tables
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_an_old_database_is_migrated_forward_once(tmp_path):
    url = store_url(str(tmp_path / "old.db"))
    engine = create_engine(url)
    assert migrate(engine, target=1) == 1
    with engine.connect() as conn:
        indexes = conn.execute(text("SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix_%'")).all()
    assert indexes == []
    with open_store(url) as s:
        assert s.version == SCHEMA_VERSION
    with open_store(url) as s:  # opening again applies nothing twice
        pass
    with engine.connect() as conn:
        versions = [r[0] for r in conn.execute(text("SELECT version FROM schema_version ORDER BY version"))]
        indexes = conn.execute(text("SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'ix_%'")).all()
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert len(indexes) >= 5
    engine.dispose()


def test_the_same_document_twice_changes_nothing(store):
    r = make_report("dawn-1", date(2026, 2, 4), 12, injured=30)
    first = store.add_report(r, text_sha("text one"))
    before = store.counts()
    again = store.add_report(make_report("dawn-1", date(2026, 2, 4), 12, injured=30), text_sha("text one"))
    assert (first.status, again.status) == ("added", "unchanged")
    assert store.counts() == before
    assert before["documents"] == 1 and before["events"] == 1 and before["claims"] == 2
    assert store.coded_ids() == {"dawn-1": text_sha("text one")}
    assert store.is_coded("dawn-1", text_sha("text one"))
    assert not store.is_coded("dawn-1", text_sha("text two"))


def test_a_revised_text_replaces_the_old_coding(store):
    store.add_report(make_report("dawn-1", date(2026, 2, 4), 12), text_sha("v1"))
    res = store.add_report(make_report("dawn-1", date(2026, 2, 4), 14), text_sha("v2"))
    assert res.status == "replaced"
    counts = store.counts()
    assert counts["documents"] == 1 and counts["claims"] == 1
    (ev,) = store.query_events()
    assert ev["fatalities"] == 14 and ev["n_documents"] == 1


def test_a_failed_write_leaves_nothing_behind(store):
    good = make_report("ok", date(2026, 2, 4), 3)
    store.add_report(good, text_sha("ok"))
    before = store.counts()
    bad = make_report("bad", date(2026, 2, 4), 5, town="Peshawar")
    bad.claims.append("not a claim")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.add_report(bad, text_sha("bad"))
    assert store.counts() == before
    assert "bad" not in store.coded_ids()


def test_query_filters_by_country_dates_and_type(store):
    store.add_report(make_report("a", date(2026, 1, 10), 2, event_date="2026-01-09"), "a")
    store.add_report(make_report("b", date(2026, 2, 5), 4, town="Peshawar", event_type="Battles",
                                 actor1="Tehreek-i-Taliban Pakistan", inter1=2), "b")
    store.add_report(make_report("c", date(2026, 2, 5), 6, town="Kabul", country="Afghanistan"), "c")
    assert len(store.query_events()) == 3
    assert {e["location"] for e in store.query_events(country="PK")} == {"Quetta", "Peshawar"}
    assert {e["location"] for e in store.query_events(country="AFG")} == {"Kabul"}
    assert {e["location"] for e in store.query_events(country="Pakistan", since="2026-02-01")} == {"Peshawar"}
    assert {e["location"] for e in store.query_events(until="2026-01-31")} == {"Quetta"}
    assert [e["location"] for e in store.query_events(event_type="battles")] == ["Peshawar"]
    ev = store.query_events(country="PK", event_type="Battles", with_documents=True)[0]
    assert ev["event_id_cnty"].startswith("PAK") and ev["documents"] == ["b"]
    assert (ev["low"], ev["best"], ev["high"], ev["year"]) == (4, 4, 4, 2026)
    with pytest.raises(ValueError):
        store.query_events(country="Atlantis")


def test_weekly_and_monthly_totals_per_admin1(store):
    store.add_report(make_report("a", date(2026, 2, 2), 2, event_date="2026-02-02"), "a")
    store.add_report(make_report("b", date(2026, 2, 6), 3, town="Turbat", event_date="2026-02-06"), "b")
    store.add_report(make_report("c", date(2026, 2, 9), 5, town="Peshawar", event_date="2026-02-09"), "c")
    store.add_report(make_report("d", date(2026, 3, 1), 7, event_date="2026-03-01"), "d")
    weeks = store.totals(period="week")
    assert [(w["period"], w["admin1"], w["events"], w["fatalities"]) for w in weeks] == [
        ("2026-02-02", "Balochistan", 2, 5),
        ("2026-02-09", "Khyber Pakhtunkhwa", 1, 5),
        ("2026-02-23", "Balochistan", 1, 7),
    ]
    months = store.totals(period="month", country="PK")
    assert [(m["period"], m["admin1"], m["events"], m["best"]) for m in months] == [
        ("2026-02", "Balochistan", 2, 5),
        ("2026-02", "Khyber Pakhtunkhwa", 1, 5),
        ("2026-03", "Balochistan", 1, 7),
    ]
    with pytest.raises(ValueError):
        store.totals(period="year")


def test_claims_and_findings_keep_their_document(store):
    store.add_report(make_report("a", date(2026, 2, 4), [(12, "police"), (15, "hospital")]), "a")
    (ev,) = store.query_events()
    claims = store.event_claims(ev["event_id"])
    assert [(c["count"], c["source"], c["document_id"]) for c in claims] == [(12, "police", "a"), (15, "hospital", "a")]
    assert ev["contradiction"] is True
    assert store.counts()["findings"] == 1


def test_events_command_writes_json_and_totals(tmp_path, capsys):
    from eventcoder.store_cli import main

    db = str(tmp_path / "events.db")
    with open_store(db) as s:
        s.add_report(make_report("a", date(2026, 2, 4), 12), "a")
        s.add_report(make_report("b", date(2026, 2, 5), 4, town="Peshawar", event_type="Battles",
                                 actor1="Tehreek-i-Taliban Pakistan", inter1=2), "b")
    import json

    assert main(["--db", db, "--country", "PK", "--type", "Battles", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["location"], r["fatalities"], r["documents"]) for r in rows] == [("Peshawar", 4, ["b"])]
    assert main(["--db", db, "--totals", "month", "--format", "json"]) == 0
    totals = json.loads(capsys.readouterr().out)
    assert {(t["admin1"], t["events"]) for t in totals} == {("Balochistan", 1), ("Khyber Pakhtunkhwa", 1)}
    assert main(["--db", str(tmp_path / "missing.db")]) == 2


def test_events_command_exports_acled_ucdp_and_geojson(tmp_path, capsys):
    pytest.importorskip("eventcoder.export.acled")
    import csv
    import io
    import json

    from eventcoder.store_cli import main

    db = str(tmp_path / "events.db")
    with open_store(db) as s:
        s.add_report(make_report("a", date(2026, 2, 4), 12), "a")
    assert main(["--db", db, "--format", "acled"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["event_id_cnty"].startswith("PAK") and row["fatalities"] == "12" and row["iso"] == "586"
    assert main(["--db", db, "--format", "ucdp"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["best"], row["adm_1"]) == ("12", "Balochistan")
    assert main(["--db", db, "--format", "geojson"]) == 0
    fc = json.loads(capsys.readouterr().out)
    assert fc["features"][0]["geometry"]["coordinates"] == [67.012, 30.187]
    assert fc["features"][0]["properties"]["documents"] == ["a"]
