"""The event store: coded reports in SQLite (one file) or PostgreSQL, merged across reports, queryable."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, create_engine, delete, event, func, or_, select, update
from sqlalchemy.engine import make_url

from eventcoder import merge
from eventcoder.model import Event, Report
from eventcoder.store import schema
from eventcoder.store.migrations import migrate

_T = schema
_EV = schema.events
_DE = schema.doc_events
TOTAL_GROUPS = ("admin1", "country", "admin2", "event_type")

# Statements built once: parameters travel separately, so SQLAlchemy compiles each only once per engine.
_SEL_SHA = select(_T.documents.c.text_sha).where(_T.documents.c.id == bindparam("doc"))
_INS_DOC = _T.documents.insert()
_INS_EVENT = _EV.insert().returning(_EV.c.id)
_INS_DOC_EVENT = _DE.insert().returning(_DE.c.id)
_SEL_EVENT = select(_EV).where(_EV.c.id == bindparam("eid"))
_SEL_PARTS = select(_DE).where(_DE.c.event_id == bindparam("eid")).order_by(_DE.c.id)
_UPD_EVENT = update(_EV).where(_EV.c.id == bindparam("b_eid"))
_INS_HISTORY = _T.figure_history.insert()
_INS_CLAIMS = _T.claims.insert().returning(_T.claims.c.idx, _T.claims.c.id, sort_by_parameter_order=True)
_INS_LINKS = _T.event_claims.insert()
_INS_FINDINGS = _T.findings.insert()
_CANDIDATE_WINDOW = [
    _EV.c.event_date >= bindparam("lo"),
    _EV.c.event_date <= bindparam("hi"),
    _EV.c.event_type.in_(bindparam("types", expanding=True)),
]
_SEL_CANDIDATES = select(_EV).where(*_CANDIDATE_WINDOW)
_SEL_CANDIDATES_CC = select(_EV).where(
    *_CANDIDATE_WINDOW,
    or_(_EV.c.country_code == bindparam("cc"), _EV.c.country_code.is_(None), _EV.c.country_code == ""),
)


def text_sha(text: str) -> str:
    """The hash that identifies a document's text (sha256 hex of its UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def report_sha(report: Report) -> str:
    """A hash of the report's content: what identifies a coding when the document's text is not at hand."""
    import json

    return "r" + hashlib.sha256(json.dumps(report.to_dict(), sort_keys=True).encode()).hexdigest()[:63]


def store_url(url: str) -> str:
    """A SQLAlchemy URL for a path ("events.db"), "sqlite:///…" or "postgresql://…" (driven by psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@lru_cache(maxsize=4096)
def country_code(iso: str | int | None, name: str | None = None) -> str:
    """ISO 3166 alpha-2 for a code (alpha-2, alpha-3 or numeric) or a country name; "" when unknown."""
    import pycountry

    code = str(iso or "").strip().upper()
    rec = None
    if code.isdigit():
        rec = pycountry.countries.get(numeric=code.zfill(3))
    elif len(code) == 2:
        rec = pycountry.countries.get(alpha_2=code) or (code if code == "XK" else None)
    elif len(code) == 3:
        rec = pycountry.countries.get(alpha_3=code) or ("XK" if code == "XKX" else None)
    if rec is None and name:
        if name.strip().casefold() == "kosovo":
            return "XK"
        try:
            rec = pycountry.countries.lookup(name.strip())
        except LookupError:
            rec = None
    if isinstance(rec, str):
        return rec
    return rec.alpha_2 if rec is not None else ""


@lru_cache(maxsize=1024)
def _alpha3(cc: str) -> str:
    import pycountry

    if cc == "XK":
        return "XKX"
    rec = pycountry.countries.get(alpha_2=cc) if cc else None
    return rec.alpha_3 if rec is not None else "XXX"


def _week_month(day: str | None) -> tuple[str | None, str | None]:
    d = merge.parse_day(day)
    if d is None:
        return None, None
    return (d - timedelta(days=d.weekday())).isoformat(), d.isoformat()[:7]


@dataclass(slots=True)
class AddResult:
    """What add_report did: "added", "unchanged" (same id and text already stored) or "replaced"."""

    status: str
    document_id: str
    event_ids: list[int] = field(default_factory=list)
    merged: int = 0  # how many of the report's events joined an existing event


class Store:
    """Coded documents, their claims and findings, and merged events, in one SQL database."""

    def __init__(self, engine: Engine, config: merge.MergeConfig = merge.DEFAULT) -> None:
        self.engine = engine
        self.config = config
        self.version = migrate(engine)

    # -- writing ---------------------------------------------------------------------------------------------

    def add_report(
        self, report: Report, document_text_sha: str | None = None, *, merge_events: bool = True
    ) -> AddResult:
        """Store one report in one transaction, merging its events with stored events of the same incident.

        Idempotent: a document already stored with the same id and text hash (text_sha(doc.text)) changes
        nothing. The same id with another text replaces the old coding (its contributions to merged events are
        withdrawn first). Without a text hash, a hash of the report itself stands in for it.
        """
        if document_text_sha is None:
            document_text_sha = report_sha(report)
        with self.engine.begin() as conn:
            row = conn.execute(_SEL_SHA, {"doc": report.id}).first()
            if row is not None and row[0] == document_text_sha:
                return AddResult("unchanged", report.id)
            status = "added"
            if row is not None:
                pinned = self._remove_document(conn, report.id, "replace")
                merge_events = merge_events and not pinned
                status = "replaced"
            result = self._insert(conn, report, document_text_sha, merge_events)
            result.status = status
            return result

    def add_reports(self, items: Iterable[tuple[Report, str]]) -> list[AddResult]:
        """add_report for each (report, text hash), each in its own transaction."""
        return [self.add_report(r, sha) for r, sha in items]

    def remove_document(self, document_id: str) -> bool:
        """Withdraw a document and everything it contributed; merged events are recomputed. False if absent."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(_T.documents.c.id).where(_T.documents.c.id == document_id)).first()
            if exists is None:
                return False
            self._remove_document(conn, document_id, "remove")
            return True

    def unmerge(self, event_id: int, document_id: str) -> int:
        """Detach one document's contribution from a merged event into an event of its own.

        Both events' figures are recomputed (history action "unmerge"); the detached part is never merged back
        automatically. Returns the new event's id (or event_id itself when the document was its only source).
        """
        with self.engine.begin() as conn:
            mine = conn.execute(
                select(_DE.c.id).where(_DE.c.event_id == event_id, _DE.c.document_id == document_id)
            ).scalars().all()
            if not mine:
                raise KeyError(f"event {event_id} has no contribution from document {document_id!r}")
            others = conn.execute(
                select(func.count()).select_from(_DE).where(
                    _DE.c.event_id == event_id, _DE.c.document_id != document_id
                )
            ).scalar_one()
            if not others:
                return event_id
            now = _now()
            new_id = conn.execute(
                _EV.insert().values(created_at=now, updated_at=now, n_documents=0).returning(_EV.c.id)
            ).scalar_one()
            conn.execute(update(_DE).where(_DE.c.id.in_(mine)).values(event_id=new_id, pinned=True))
            conn.execute(
                update(_T.event_claims)
                .where(_T.event_claims.c.event_id == event_id, _T.event_claims.c.document_id == document_id)
                .values(event_id=new_id)
            )
            self._recompute(conn, event_id, document_id, "unmerge")
            self._recompute(conn, new_id, document_id, "unmerge", fresh=True)
            return new_id

    # -- reading ---------------------------------------------------------------------------------------------

    def coded_ids(self) -> dict[str, str]:
        """Every stored document id with the hash of the text it was coded from."""
        with self.engine.connect() as conn:
            return dict(conn.execute(select(_T.documents.c.id, _T.documents.c.text_sha)).all())

    def is_coded(self, document_id: str, document_text_sha: str) -> bool:
        """Whether this exact text is already stored under this id."""
        with self.engine.connect() as conn:
            got = conn.execute(
                select(_T.documents.c.text_sha).where(_T.documents.c.id == document_id)
            ).scalar_one_or_none()
        return got == document_text_sha

    def query_events(
        self,
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        event_type: str | None = None,
        *,
        with_documents: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Merged events as dicts: event_id, event_id_cnty, ACLED fields, UCDP low/best/high, contradiction.

        country: ISO alpha-2/alpha-3 code or name; since/until: inclusive ISO days; event_type: ACLED type.
        with_documents adds "documents", the ids of the reports behind each event in arrival order.
        """
        q = select(_EV).where(*self._filters(country, since, until, event_type))
        q = q.order_by(_EV.c.event_date, _EV.c.id)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = [self._event_dict(r._mapping) for r in conn.execute(q)]
            if with_documents and rows:
                docs: dict[int, list[str]] = {}
                ids = [r["event_id"] for r in rows]
                for i in range(0, len(ids), 500):
                    chunk = ids[i : i + 500]
                    for eid, did in conn.execute(
                        select(_DE.c.event_id, _DE.c.document_id)
                        .where(_DE.c.event_id.in_(chunk))
                        .order_by(_DE.c.id)
                    ):
                        lst = docs.setdefault(eid, [])
                        if did not in lst:
                            lst.append(did)
                for r in rows:
                    r["documents"] = docs.get(r["event_id"], [])
        return rows

    def totals(
        self,
        period: str = "week",
        by: str = "admin1",
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        event_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events and deaths per week (its Monday) or month ("2026-02") and per admin1 (or country, admin2,
        event_type): rows of period, country, <by>, events, fatalities, low, best, high."""
        if period not in ("week", "month"):
            raise ValueError(f"period must be 'week' or 'month', not {period!r}")
        if by not in TOTAL_GROUPS:
            raise ValueError(f"by must be one of {', '.join(TOTAL_GROUPS)}, not {by!r}")
        pcol = _EV.c.event_week if period == "week" else _EV.c.event_month
        keys = [pcol.label("period"), _EV.c.country]
        if by != "country":
            keys.append(_EV.c[by].label(by))
        q = (
            select(
                *keys,
                func.count().label("events"),
                func.coalesce(func.sum(_EV.c.fatalities), 0).label("fatalities"),
                func.coalesce(func.sum(_EV.c.low), 0).label("low"),
                func.coalesce(func.sum(_EV.c.best), 0).label("best"),
                func.coalesce(func.sum(_EV.c.high), 0).label("high"),
            )
            .where(pcol.is_not(None), *self._filters(country, since, until, event_type))
            .group_by(*keys)
            .order_by(*keys)
        )
        with self.engine.connect() as conn:
            return [{k: (int(v) if k in ("events", "fatalities", "low", "best", "high") else v)
                     for k, v in r._mapping.items()} for r in conn.execute(q)]

    def history(self, event_id: int) -> list[dict[str, Any]]:
        """The event's figure changes in order: figure, old, new, document_id, action, changed_at."""
        h = _T.figure_history
        q = select(h.c.figure, h.c.old, h.c.new, h.c.document_id, h.c.action, h.c.changed_at)
        with self.engine.connect() as conn:
            rows = conn.execute(q.where(h.c.event_id == event_id).order_by(h.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def event_claims(self, event_id: int) -> list[dict[str, Any]]:
        """The claims behind a merged event, with the document each came from."""
        c, ec = _T.claims, _T.event_claims
        q = (
            select(c)
            .join(ec, ec.c.claim_id == c.c.id)
            .where(ec.c.event_id == event_id)
            .order_by(c.c.document_id, c.c.idx)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One merged event as query_events gives it, or None."""
        with self.engine.connect() as conn:
            r = conn.execute(select(_EV).where(_EV.c.id == event_id)).first()
        return self._event_dict(r._mapping) if r is not None else None

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, events, doc_events, claims, event_claims, findings, figure_history)."""
        names = ("documents", "events", "doc_events", "claims", "event_claims", "findings", "figure_history")
        with self.engine.connect() as conn:
            return {
                n: conn.execute(select(func.count()).select_from(schema.metadata.tables[n])).scalar_one()
                for n in names
            }

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------------------------

    def _filters(self, country: str | None, since: Any, until: Any, event_type: str | None) -> list[Any]:
        conds: list[Any] = []
        if country:
            cc = country_code(country) or country_code(None, country)
            if not cc:
                raise ValueError(f"unknown country {country!r}")
            conds.append(_EV.c.country_code == cc)
        if since:
            conds.append(_EV.c.event_date >= str(since)[:10])
        if until:
            conds.append(_EV.c.event_date <= str(until)[:10])
        if event_type:
            conds.append(func.lower(_EV.c.event_type) == event_type.lower())
        return conds

    @staticmethod
    def _event_dict(m: Mapping[str, Any]) -> dict[str, Any]:
        out = {"event_id": m["id"], "event_id_cnty": f"{_alpha3(m['country_code'] or '')}{m['id']}"}
        for k in schema.EVENT_FIELDS:
            out[k] = m[k]
        out["year"] = int(m["event_date"][:4]) if m["event_date"] else None
        out["contradiction"] = bool(m["contradiction"])
        out["contradiction_note"] = m["contradiction_note"] or ""
        out["n_documents"] = m["n_documents"]
        out["updated_at"] = m["updated_at"]
        return out

    def _insert(self, conn: Connection, report: Report, sha: str, merge_events: bool) -> AddResult:
        now = _now()
        published = report.published.isoformat() if report.published else None
        conn.execute(
            _INS_DOC,
            {"id": report.id, "text_sha": sha, "published": published, "url": report.url, "title": report.title,
             "n_events": len(report.events), "n_claims": len(report.claims), "coded_at": now},
        )
        result = AddResult("added", report.id)
        claim_doc_event: dict[int, int] = {}
        doc_event_ids: list[tuple[int, int, Event]] = []
        taken: set[int] = set()  # merged events this document already joined: its own events stay apart
        for idx, ev in enumerate(report.events):
            fields = _fields(ev)
            has_killed, has_injured, contradiction = _counted(report, ev)
            target = self._find_match(conn, fields, taken) if merge_events else None
            part = {
                "document_id": report.id, "idx": idx, "published": published, **fields,
                "has_killed": has_killed, "has_injured": has_injured, "contradiction": contradiction,
                "pinned": not merge_events, "sentence": ev.sentence, "start_char": ev.start, "end_char": ev.end,
            }
            if target is None:
                contrib = merge.Contribution(report.id, published, fields, has_killed, has_injured, contradiction)
                target = self._create(conn, merge.combine([contrib]), 1, report.id, "add", now)
                part["event_id"] = target
                de_id = conn.execute(_INS_DOC_EVENT, part).scalar_one()
            else:
                part["event_id"] = target
                de_id = conn.execute(_INS_DOC_EVENT, part).scalar_one()
                self._recompute(conn, target, report.id, "add")
                result.merged += 1
            taken.add(target)
            doc_event_ids.append((de_id, target, ev))
            for ci in ev.claims:
                claim_doc_event.setdefault(ci, de_id)
            result.event_ids.append(target)

        claim_ids: dict[int, int] = {}
        if report.claims:
            rows = [
                {
                    "document_id": report.id, "idx": i, "doc_event_id": claim_doc_event.get(i),
                    "count": c.count, "low": c.low, "high": c.high, "qualifier": c.qualifier,
                    "outcome": c.outcome, "victims": c.victims, "perpetrator": c.perpetrator, "source": c.source,
                    "date": c.date, "place": c.place, "part_of": c.part_of, "background": bool(c.background),
                    "sentence": c.sentence, "words": c.words, "text": c.text,
                    "start_char": c.start, "end_char": c.end,
                }
                for i, c in enumerate(report.claims)
            ]
            claim_ids = dict(conn.execute(_INS_CLAIMS, rows).all())
        links = {}
        for _de_id, target, ev in doc_event_ids:
            for ci in ev.claims:
                if ci in claim_ids:
                    links[(target, claim_ids[ci])] = report.id
        if links:
            conn.execute(_INS_LINKS, [{"event_id": e, "claim_id": c, "document_id": d} for (e, c), d in links.items()])
        if report.findings:
            conn.execute(
                _INS_FINDINGS,
                [
                    {
                        "document_id": report.id, "doc_event_id": _finding_event(f.start, doc_event_ids),
                        "kind": f.kind, "message": f.message, "text": f.text, "start_char": f.start,
                        "end_char": f.end, "suggested_date": f.suggested_date,
                    }
                    for f in report.findings
                ],
            )
        return result

    def _find_match(self, conn: Connection, fields: Mapping[str, Any], taken: set[int]) -> int | None:
        day = merge.parse_day(fields.get("event_date"))
        if day is None:
            return None
        cfg = self.config
        types = {fields.get("event_type") or ""}
        for pair in cfg.compatible_types:
            if types & pair:
                types |= pair
        params = {
            "lo": (day - timedelta(days=cfg.days)).isoformat(),
            "hi": (day + timedelta(days=cfg.days)).isoformat(),
            "types": sorted(types),
        }
        cc = fields.get("country_code")
        if cc:
            params["cc"] = cc
        rows = conn.execute(_SEL_CANDIDATES_CC if cc else _SEL_CANDIDATES, params)
        candidates = [m for m in (dict(r._mapping) for r in rows) if m["id"] not in taken]
        found = merge.best_match(fields, candidates, cfg)
        return None if found is None else int(found["id"])

    @staticmethod
    def _event_values(combined: merge.Combined, n_documents: int, now: str) -> dict[str, Any]:
        values = {k: combined.fields.get(k) for k in schema.EVENT_FIELDS}
        week, month = _week_month(values["event_date"])
        values.update(
            contradiction=combined.contradiction, contradiction_note="; ".join(combined.notes) or None,
            n_documents=n_documents, event_week=week, event_month=month, updated_at=now,
            first_date=combined.first_date, last_date=combined.last_date,
        )
        return values

    def _create(
        self, conn: Connection, combined: merge.Combined, n_documents: int, document_id: str, action: str, now: str
    ) -> int:
        """Insert a merged event with its figures, and their first history rows; returns its id."""
        values = self._event_values(combined, n_documents, now)
        event_id = conn.execute(_INS_EVENT, {**values, "created_at": now}).scalar_one()
        self._log(conn, event_id, merge.figure_changes(None, values), document_id, action, now)
        return event_id

    @staticmethod
    def _log(
        conn: Connection, event_id: int, changes: list[tuple[str, Any, Any]], document_id: str | None,
        action: str, now: str,
    ) -> None:
        if changes:
            conn.execute(
                _INS_HISTORY,
                [
                    {"event_id": event_id, "figure": f, "old": o, "new": n, "document_id": document_id,
                     "action": action, "changed_at": now}
                    for f, o, n in changes
                ],
            )

    def _recompute(
        self, conn: Connection, event_id: int, document_id: str | None, action: str, fresh: bool = False
    ) -> None:
        """Recompute a merged event from its documents' codings; record each figure that changed."""
        rows = conn.execute(_SEL_PARTS, {"eid": event_id}).all()
        old = None if fresh else conn.execute(_SEL_EVENT, {"eid": event_id}).first()
        old_map = dict(old._mapping) if old is not None else None
        now = _now()
        if not rows:
            conn.execute(delete(_T.event_claims).where(_T.event_claims.c.event_id == event_id))
            conn.execute(delete(_EV).where(_EV.c.id == event_id))
            new_map: dict[str, Any] = {k: None for k in merge.FIGURES}
        else:
            contribs = [
                merge.Contribution(
                    document_id=r.document_id, published=r.published,
                    fields={k: getattr(r, k) for k in schema.EVENT_FIELDS},
                    has_killed=bool(r.has_killed), has_injured=bool(r.has_injured),
                    contradiction=bool(r.contradiction), order=r.id,
                )
                for r in rows
            ]
            new_map = self._event_values(merge.combine(contribs), len({r.document_id for r in rows}), now)
            conn.execute(_UPD_EVENT, {**new_map, "b_eid": event_id})
        self._log(conn, event_id, merge.figure_changes(old_map, new_map), document_id, action, now)

    def _remove_document(self, conn: Connection, document_id: str, action: str) -> bool:
        """Delete a document's rows and recompute the events it fed; True if any part of it was unmerged."""
        affected = conn.execute(
            select(_DE.c.event_id, _DE.c.pinned).where(_DE.c.document_id == document_id)
        ).all()
        pinned = any(bool(p) for _, p in affected)
        conn.execute(delete(_T.event_claims).where(_T.event_claims.c.document_id == document_id))
        conn.execute(delete(_T.findings).where(_T.findings.c.document_id == document_id))
        conn.execute(delete(_T.claims).where(_T.claims.c.document_id == document_id))
        conn.execute(delete(_DE).where(_DE.c.document_id == document_id))
        conn.execute(delete(_T.documents).where(_T.documents.c.id == document_id))
        for eid in sorted({e for e, _ in affected}):
            self._recompute(conn, eid, document_id, action)
        return pinned


def _fields(ev: Event) -> dict[str, Any]:
    out = {k: getattr(ev, k) for k in schema.EVENT_FIELDS if k != "country_code"}
    out["country_code"] = country_code(ev.iso or None, ev.country or None) or None
    if out["event_date"]:
        out["event_date"] = str(out["event_date"])[:10]
    for k in ("fatalities", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low", "high"):
        out[k] = int(out[k] or 0)
    out["iso"] = str(out["iso"]) if out["iso"] not in (None, "") else None
    return out


def _counted(report: Report, ev: Event) -> tuple[bool, bool, bool]:
    """Whether the event's own claims give a death toll, an injury toll, and whether its figures conflict."""
    own = [report.claims[i] for i in ev.claims if 0 <= i < len(report.claims)]
    live = [c for c in own if not c.background]
    has_killed = any(c.outcome == "killed" for c in live) or (not own and ev.fatalities > 0)
    has_injured = any(c.outcome == "injured" for c in live) or ev.injured is not None
    mine = set(ev.claims)
    contradiction = any(e.contradiction and mine.intersection(e.claims) for e in report.estimates)
    return has_killed, has_injured, contradiction


def _finding_event(start: int | None, doc_events: Sequence[tuple[int, int, Event]]) -> int | None:
    if start is None:
        return None
    for de_id, _target, ev in doc_events:
        if ev.start <= start < ev.end:
            return de_id
    return None


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def open_store(url: str, config: merge.MergeConfig = merge.DEFAULT, **engine_kwargs: Any) -> Store:
    """Open (creating and migrating as needed) a store: a path ("events.db"), "sqlite:///…" or "postgresql://…"."""
    full = store_url(url)
    engine = create_engine(full, **engine_kwargs)
    if make_url(full).get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return Store(engine, config)
