"""Measure the coder against hand-coded events: `eventcoder eval GOLD.jsonl|GOLD.csv ...`.

Gold comes as the evaluation JSONL (``{"id", "text", "published", "gold": {...}}`` a line) or as a CSV in
ACLED's columns (``notes`` is the text). The coder sees each record's ``id``, ``text``, ``published`` and
``title`` only, never ``gold``. Every figure is read on the primary event (``events[0]``) of our report.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from eventcoder.model import haversine_km

METRICS = (
    "fatalities_exact_when_deaths",
    "fatalities_exact",
    "killed_exact_when_deaths",
    "wounded_exact_when_wounded",
    "event_date_exact",
    "admin1",
    "location_within_25km",
    "event_type",
    "sub_event_type",
    "interaction",
)

SHORT_NAMES = {
    "fatalities_exact_when_deaths": "fat>0",
    "fatalities_exact": "fat",
    "killed_exact_when_deaths": "killed>0",
    "wounded_exact_when_wounded": "wounded>0",
    "event_date_exact": "date",
    "admin1": "admin1",
    "location_within_25km": "<=25km",
    "event_type": "type",
    "sub_event_type": "subtype",
    "interaction": "inter",
}

# The issue targets (issues 2, 3 and 4), by dataset (file stem or the records' `dataset` label).
TARGETS: dict[str, dict[str, float]] = {
    "acled_2015_asia": {
        "fatalities_exact_when_deaths": 0.90, "location_within_25km": 0.85, "admin1": 0.93,
        "event_type": 0.85, "interaction": 0.75,
    },
    "acled_2020_rest_of_world": {
        "fatalities_exact_when_deaths": 0.90, "event_date_exact": 0.97, "location_within_25km": 0.85,
        "admin1": 0.93, "event_type": 0.85, "interaction": 0.75, "sub_event_type": 0.70,
    },
    "gtd_pakistan_to_2012": {"killed_exact_when_deaths": 0.80, "location_within_25km": 0.85},
}
_TARGET_ALIASES = {
    "acled-2015-asia": "acled_2015_asia",
    "acled-2020-global": "acled_2020_rest_of_world",
    "gtd-pakistan": "gtd_pakistan_to_2012",
}

# Provinces renamed without a change of territory: either name is the same admin1.
_ADMIN1_RENAMES = {
    "north west frontier province": "khyber pakhtunkhwa",
    "nwfp": "khyber pakhtunkhwa",
    "orissa": "odisha",
    "uttaranchal": "uttarakhand",
    "pondicherry": "puducherry",
    "rangoon": "yangon",
    "karen": "kayin",
    "azad kashmir": "azad jammu and kashmir",
}

_META_NOTE = re.compile(
    r"fatalit\w*[^.]{0,60}?\b(?:coded|split|divided)\b|\bcoded as \d|"
    r"\b(?:divided|split)\b[^.]{0,30}?\b(?:between|across|among)\b[^.]{0,30}?\bevents?\b",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")
NO_EVENT = "(no event)"


@dataclass(slots=True)
class Metric:
    """One figure: how many records it applies to (n) and how many we got right (hits)."""

    n: int = 0
    hits: int = 0

    @property
    def score(self) -> float | None:
        return self.hits / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "hits": self.hits, "score": None if self.score is None else round(self.score, 4)}


@dataclass(slots=True)
class Miss:
    """A record on which one figure was wrong, with the words that produced our value."""

    metric: str
    id: str
    excerpt: str
    gold: Any
    ours: Any
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "id": self.id, "excerpt": self.excerpt, "gold": self.gold,
                "ours": self.ours, "evidence": self.evidence}


@dataclass(slots=True)
class Scores:
    """The figures for one dataset, the event-type confusion counts and the misses."""

    dataset: str = ""
    records: int = 0
    no_event: int = 0
    coder_errors: int = 0
    metrics: dict[str, Metric] = field(default_factory=lambda: {m: Metric() for m in METRICS})
    confusion: Counter = field(default_factory=Counter)  # (gold type, our type) -> count
    misses: list[Miss] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0

    def score(self, metric: str) -> float | None:
        return self.metrics[metric].score

    def targets(self) -> dict[str, float]:
        return targets_for(self.dataset)

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "dataset": self.dataset,
            "records": self.records,
            "no_event": self.no_event,
            "coder_errors": self.coder_errors,
            "seconds": round(self.seconds, 3),
            "words": self.words,
            "metrics": {m: v.to_dict() for m, v in self.metrics.items()},
            "targets": {m: {"target": t, "met": _met(self.metrics[m].score, t)}
                        for m, t in self.targets().items()},
            "confusion": [{"gold": g, "ours": o, "count": c} for (g, o), c in sorted(self.confusion.items())],
        }
        if errors:
            out["errors"] = [m.to_dict() for m in self.misses]
        return out


def targets_for(dataset: str) -> dict[str, float]:
    """The issue targets that apply to a dataset name (file stem or `dataset` label), else {}."""
    return TARGETS.get(dataset) or TARGETS.get(_TARGET_ALIASES.get(dataset, ""), {})


def _met(value: float | None, target: float) -> bool | None:
    return None if value is None else value >= target


# --------------------------------------------------------------------------- comparing values


def _fold(value: Any) -> str:
    """Lower case, no diacritics, punctuation and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w]+", " ", text).strip()
    return _WS.sub(" ", text)


def same_admin1(gold: Any, ours: Any) -> bool:
    """Equal admin1 names, ignoring case, diacritics, punctuation and known renames (NWFP = Khyber Pakhtunkhwa)."""
    a, b = _fold(gold), _fold(ours)
    if not a or not b:
        return False
    return _ADMIN1_RENAMES.get(a, a) == _ADMIN1_RENAMES.get(b, b)


def _num(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def _int(value: Any) -> int | None:
    out = _num(value)
    return None if out is None else int(out)


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    for fmt in ("%d-%B-%Y", "%d-%b-%y", "%d-%B-%y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%m/%d/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _type_ok(gold: str, ours: str) -> bool:
    return bool(ours) and _fold(ours) in {_fold(g) for g in gold.split("|")}


def _inter_pair(i1: Any, i2: Any) -> tuple[int, int]:
    return tuple(sorted((_int(i1) or 0, _int(i2) or 0)))  # type: ignore[return-value]


# --------------------------------------------------------------------------- scoring


def score(records: Iterable[dict], reports: Iterable[dict], dataset: str = "", keep_misses: bool = True) -> Scores:
    """Score reports (the batch contract's dicts) against gold records, pairing them by `id` (in order).

    A record without a report, or a report without events, counts as "no event": its toll is 0 and every
    other figure is a miss.
    """
    by_id: dict[str, list[dict]] = {}
    for r in reports:  # records sharing an id are paired with their reports in order
        by_id.setdefault(str(r.get("id")), []).append(r)
    out = Scores(dataset=dataset)
    for record in records:
        rid = str(record.get("id"))
        queue = by_id.get(rid)
        report = queue.pop(0) if queue else {"id": rid, "events": []}
        _score_one(out, record, report, keep_misses)
    return out


def _score_one(out: Scores, record: dict, report: dict, keep: bool) -> None:
    gold = record.get("gold") or {}
    events = report.get("events") or []
    ev = events[0] if events else None
    out.records += 1
    out.no_event += ev is None
    out.coder_errors += bool(report.get("error"))
    ours_fat = int(ev.get("fatalities") or 0) if ev else 0

    def check(metric: str, hit: bool, gold_value: Any, our_value: Any) -> None:
        m = out.metrics[metric]
        m.n += 1
        m.hits += hit
        if not hit and keep:
            out.misses.append(Miss(metric, str(record.get("id")), _excerpt(record.get("text") or ""),
                                   gold_value, our_value, _evidence(metric, record, report)))

    fat = _int(gold.get("fatalities"))
    if fat is not None and not gold.get("fatalities_meta_note"):
        check("fatalities_exact", ours_fat == fat, fat, ours_fat)
        if fat > 0:
            check("fatalities_exact_when_deaths", ours_fat == fat, fat, ours_fat)
    killed = _int(gold.get("killed"))
    if killed is not None and killed > 0:
        check("killed_exact_when_deaths", ours_fat == killed, killed, ours_fat)
    wounded = _int(gold.get("wounded", gold.get("injured")))
    if wounded is not None and wounded > 0:
        ours_inj = ev.get("injured") if ev else None
        check("wounded_exact_when_wounded", ours_inj == wounded, wounded, ours_inj)
    gold_date = _iso_date(gold.get("event_date"))
    if gold_date:
        ours_date = ev.get("event_date") if ev else None
        check("event_date_exact", ours_date == gold_date, gold_date, ours_date)
    if gold.get("admin1") and _fold(gold["admin1"]) not in ("unknown", "n a"):
        ours_a1 = ev.get("admin1") if ev else None
        check("admin1", same_admin1(gold["admin1"], ours_a1), gold["admin1"], ours_a1)
    glat, glon = _num(gold.get("latitude")), _num(gold.get("longitude"))
    if glat is not None and glon is not None:
        olat, olon = (_num(ev.get("latitude")), _num(ev.get("longitude"))) if ev else (None, None)
        if olat is None or olon is None:
            check("location_within_25km", False, f"{glat:.4f},{glon:.4f}", None)
        else:
            km = haversine_km(glat, glon, olat, olon)
            check("location_within_25km", km <= 25.0, f"{glat:.4f},{glon:.4f}",
                  f"{olat:.4f},{olon:.4f} ({ev.get('location') or '?'}, {km:.0f} km)")
    gold_type = gold.get("event_type")
    if gold_type:
        ours_type = (ev.get("event_type") or "") if ev else ""
        check("event_type", _type_ok(gold_type, ours_type), gold_type, ours_type or None)
        out.confusion[(gold_type, (ours_type or "(empty)") if ev else NO_EVENT)] += 1
    if gold.get("sub_event_type"):
        ours_sub = (ev.get("sub_event_type") or "") if ev else ""
        check("sub_event_type", _fold(ours_sub) == _fold(gold["sub_event_type"]), gold["sub_event_type"],
              ours_sub or None)
    if _int(gold.get("inter1")) is not None:
        gp = _inter_pair(gold.get("inter1"), gold.get("inter2"))
        op = _inter_pair(ev.get("inter1"), ev.get("inter2")) if ev else None
        check("interaction", op == gp, f"{gp[0]}-{gp[1]}", None if op is None else f"{op[0]}-{op[1]}")


def _excerpt(text: str, limit: int = 240) -> str:
    flat = _WS.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_OUTCOME_FOR = {
    "fatalities_exact_when_deaths": "killed",
    "fatalities_exact": "killed",
    "killed_exact_when_deaths": "killed",
    "wounded_exact_when_wounded": "injured",
}


def _evidence(metric: str, record: dict, report: dict) -> list[str]:
    """The claims (with their spans) and the event sentence behind our value for `metric`."""
    text = record.get("text") or ""
    claims = report.get("claims") or []
    events = report.get("events") or []
    if report.get("error"):
        return [f"coder error: {report['error']}"]
    if not events:
        lines = [f"claim #{i}: {_claim_line(c, text)}" for i, c in enumerate(claims)]
        return lines[:4] or ["(no event, no claims)"]
    ev = events[0]
    outcome = _OUTCOME_FOR.get(metric)
    lines = []
    for i in ev.get("claims") or []:
        if 0 <= i < len(claims) and (outcome is None or claims[i].get("outcome") == outcome):
            lines.append(f"claim #{i}: {_claim_line(claims[i], text)}")
    if outcome and not lines:
        others = [f"unused claim #{i}: {_claim_line(c, text)}" for i, c in enumerate(claims)
                  if c.get("outcome") == outcome]
        lines.extend(others[:3] or [f"(no {outcome} claim)"])
    detail = _event_detail(metric, ev)
    if detail:
        lines.insert(0, detail)
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        lines.append(f"event span {start}-{end}: {_excerpt(text[start:end], 200)!r}")
    return lines


def _event_detail(metric: str, ev: dict) -> str:
    """The event's fields that decide `metric`, in one line."""
    if metric in ("event_type", "sub_event_type", "interaction"):
        return (f"event: {ev.get('event_type') or '?'} / {ev.get('sub_event_type') or '?'}; "
                f"actor1 {ev.get('actor1') or '-'} ({ev.get('inter1')}), actor2 {ev.get('actor2') or '-'} "
                f"({ev.get('inter2')})")
    if metric in ("admin1", "location_within_25km"):
        where = ", ".join(str(ev.get(k)) for k in ("location", "admin2", "admin1", "country") if ev.get(k))
        return f"place: {where or '-'} at {ev.get('latitude')},{ev.get('longitude')} precision {ev.get('geo_precision')}"
    if metric == "event_date_exact":
        return f"date: {ev.get('event_date')} (time precision {ev.get('time_precision')})"
    return ""


def _claim_line(claim: dict, text: str) -> str:
    start, end = claim.get("start"), claim.get("end")
    span = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
    bits = [f"{claim.get('count')} {claim.get('outcome')} ({claim.get('victims')})"]
    if claim.get("source"):
        bits.append(f"source={claim['source']}")
    if claim.get("part_of") is not None:
        bits.append(f"part_of=#{claim['part_of']}")
    if claim.get("background"):
        bits.append("background")
    bits.append(f"span {start}-{end} {_excerpt(span, 120)!r}")
    sentence = claim.get("text") or ""
    if sentence and sentence.strip() != span.strip():
        bits.append(f"in {_excerpt(sentence, 160)!r}")
    return " ".join(bits)


# --------------------------------------------------------------------------- reading gold


def read_gold(path: str | Path) -> list[dict]:
    """Gold records from an evaluation JSONL file or an ACLED-column CSV (text in `notes`)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return read_acled_csv(path)
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or "text" not in record:
                raise ValueError(f"{path}:{lineno}: a record needs at least `id` and `text`")
            record.setdefault("id", f"{path.stem}-{lineno}")
            records.append(record)
    return records


def read_acled_csv(path: str | Path) -> list[dict]:
    """A user's hand-coded events in ACLED's columns as gold records.

    Needs `notes` (the text). Uses event_date, event_type, sub_event_type, inter1, inter2, admin1, latitude,
    longitude, fatalities when present; `published` (or `source_date`) anchors relative dates, and `id`,
    `event_id_cnty` or the row number names the record.
    """
    path = Path(path)
    records = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
        if "notes" not in fields:
            raise ValueError(f"{path}: an ACLED CSV needs a `notes` column (the text to code)")
        for rowno, raw in enumerate(reader, 2):
            row = {k: (raw.get(orig) or "").strip() for k, orig in fields.items()}
            gold: dict[str, Any] = {}
            if row.get("event_date"):
                gold["event_date"] = _iso_date(row["event_date"])
            for key in ("event_type", "sub_event_type", "admin1", "country", "location", "actor1", "actor2"):
                if row.get(key):
                    gold[key] = row[key]
            for key in ("inter1", "inter2", "fatalities"):
                if row.get(key):
                    gold[key] = _int(row[key])
            for key in ("latitude", "longitude"):
                if row.get(key):
                    gold[key] = _num(row[key])
            if "fatalities_meta_note" in row:
                gold["fatalities_meta_note"] = row["fatalities_meta_note"].lower() in ("1", "true", "yes")
            else:
                gold["fatalities_meta_note"] = bool(_META_NOTE.search(row["notes"]))
            records.append({
                "id": row.get("id") or row.get("event_id_cnty") or f"{path.stem}-{rowno}",
                "dataset": path.stem,
                "text": row["notes"],
                "published": _iso_date(row.get("published") or row.get("source_date")),
                "title": row.get("title") or None,
                "gold": gold,
            })
    return records


# --------------------------------------------------------------------------- running the coder


def code_record(item: tuple[str, str, Any, Any]) -> dict:
    """Code one (id, text, published, title) and keep what scoring needs: the primary event and the claims.

    The record goes through the same reading as `eventcoder code` (ingest.document_from_text).
    """
    from eventcoder.ingest import document_from_text
    from eventcoder.pipeline import code_document

    rid, text, published, title = item
    try:
        doc = document_from_text(text, id=rid, published=_iso_date(published), title=title or None)
        report = code_document(doc).to_dict()
    except Exception as exc:  # one bad record never stops the run
        return {"id": rid, "events": [], "claims": [], "error": f"{type(exc).__name__}: {exc}"}
    events = report.get("events") or []
    return {"id": rid, "events": events[:1], "n_events": len(events), "claims": report.get("claims") or []}


def _coder_inputs(records: Sequence[dict]) -> Iterator[tuple[str, str, Any, Any]]:
    for r in records:  # only id, text, published and title ever reach the coder
        yield (str(r.get("id")), r.get("text") or "", r.get("published"), r.get("title"))


def run_coder(records: Sequence[dict], workers: int = 2, chunksize: int = 32) -> list[dict]:
    """Code records in order, over `workers` processes (1: in this process)."""
    if workers <= 1 or len(records) < 2 * chunksize:
        return [code_record(item) for item in _coder_inputs(records)]
    import multiprocessing as mp

    code_record(("warm-up", "Two people were killed in a blast in the city on Monday.", None, None))
    with mp.get_context("fork").Pool(workers) as pool:
        return list(pool.imap(code_record, _coder_inputs(records), chunksize=chunksize))


def evaluate_files(paths: Iterable[str | Path], workers: int = 2, limit_records: int | None = None,
                   sample: int | None = None, seed: int = 0, keep_misses: bool = True) -> dict[str, Scores]:
    """Code every record of each gold file and score it; one Scores per file (keyed by its stem)."""
    out: dict[str, Scores] = {}
    for path in paths:
        records = select(read_gold(path), limit_records, sample, seed)
        start = time.perf_counter()
        reports = run_coder(records, workers=workers)
        seconds = time.perf_counter() - start
        scores = score(records, reports, dataset=Path(path).stem, keep_misses=keep_misses)
        scores.seconds = seconds
        scores.words = sum(len((r.get("text") or "").split()) for r in records)
        out[scores.dataset] = scores
    return out


def select(records: list[dict], limit_records: int | None, sample: int | None, seed: int = 0) -> list[dict]:
    """The first `limit_records`, or a reproducible random `sample` (kept in file order)."""
    if sample is not None and sample < len(records):
        keep = sorted(random.Random(seed).sample(range(len(records)), sample))
        records = [records[i] for i in keep]
    if limit_records is not None:
        records = records[:limit_records]
    return records


# --------------------------------------------------------------------------- printing


def format_table(results: dict[str, Scores]) -> str:
    """One table: a row pair per dataset (scores, then n), a column per figure; +/- marks an issue target."""
    name_w = max([len("dataset")] + [len(k) for k in results]) + 2
    col_w = max(len(s) for s in SHORT_NAMES.values()) + 2
    head = "dataset".ljust(name_w) + "".join(SHORT_NAMES[m].rjust(col_w) for m in METRICS) + "   records  no-event"
    lines = [head, "-" * len(head)]
    for name, sc in results.items():
        targets = sc.targets()
        cells, ns = [], []
        for m in METRICS:
            met = sc.metrics[m]
            if met.score is None:
                cells.append("—".rjust(col_w))
            else:
                mark = ""
                if m in targets:
                    mark = "+" if met.score >= targets[m] else "-"
                cells.append(f"{met.score:.3f}{mark or ' '}".rjust(col_w))
            ns.append((f"n={met.n}" if met.n else "").rjust(col_w))
        lines.append(name.ljust(name_w) + "".join(cells) + f"{sc.records:>10}{sc.no_event:>10}")
        lines.append("".ljust(name_w) + "".join(ns))
    lines.append("")
    applied = {name: sc.targets() for name, sc in results.items() if sc.targets()}
    if applied:
        lines.append("+ meets its issue target, - falls short. Targets: " + "; ".join(
            f"{name}: " + ", ".join(f"{SHORT_NAMES[m]}>={t:.2f}" for m, t in tg.items())
            for name, tg in applied.items()))
    lines.append("Columns: " + ", ".join(f"{SHORT_NAMES[m]} = {m}" for m in METRICS))
    return "\n".join(lines)


def format_confusion(sc: Scores) -> str:
    """Gold event types (rows) against ours (columns)."""
    if not sc.confusion:
        return ""
    golds = sorted({g for g, _ in sc.confusion})
    ours = sorted({o for _, o in sc.confusion}, key=lambda o: (o == NO_EVENT, o))
    short = {o: _abbrev(o) for o in ours}
    w = max(len(g) for g in golds) + 2
    cw = max(7, *(len(s) + 1 for s in short.values()))
    lines = [f"Event types, {sc.dataset} (rows gold, columns ours)",
             "".ljust(w) + "".join(short[o].rjust(cw) for o in ours) + "   total  correct"]
    for g in golds:
        row = [sc.confusion.get((g, o), 0) for o in ours]
        correct = sum(c for o, c in zip(ours, row, strict=True) if _type_ok(g, o))
        lines.append(g.ljust(w) + "".join(str(c or ".").rjust(cw) for c in row) + f"{sum(row):>8}{correct:>9}")
    legend = ", ".join(f"{short[o]} = {o}" for o in ours if short[o] != o)
    if legend:
        lines.append("  " + legend)
    return "\n".join(lines)


def _abbrev(label: str) -> str:
    if label == NO_EVENT:
        return "none"
    words = re.findall(r"[A-Za-z]+", label)
    return "".join(w[0].upper() for w in words) if len(words) > 1 else label[:10]


def format_errors(results: dict[str, Scores], metric: str, limit: int) -> str:
    """The first `limit` misses of `metric` per dataset, with gold, ours and the claims behind ours."""
    lines = []
    for name, sc in results.items():
        misses = [m for m in sc.misses if m.metric == metric]
        met = sc.metrics[metric]
        if not met.n:
            continue
        lines.append(f"== {name}: {metric}, {len(misses)} misses of {met.n} (showing {min(limit, len(misses))})")
        for m in misses[:limit]:
            lines.append(f"- {m.id}: gold {m.gold!r}, ours {m.ours!r}")
            lines.append(f"    text: {m.excerpt}")
            lines.extend(f"    {e}" for e in m.evidence)
    return "\n".join(lines) if lines else f"No dataset here has the figure {metric}."


# --------------------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventcoder eval", description=(
        "Score the coder against hand-coded events: evaluation JSONL files (with `gold`) or CSVs in "
        "ACLED's columns (the text in `notes`). Prints one table of figures per dataset, the event-type "
        "confusion and, with --errors, the misses of one figure."))
    p.add_argument("gold", nargs="+", help="gold files (.jsonl or .csv); one dataset each")
    p.add_argument("--json", action="store_true", help="print machine-readable results")
    p.add_argument("--errors", metavar="METRIC", choices=METRICS, help="list misses of this figure")
    p.add_argument("--limit", type=int, default=20, help="misses shown per dataset with --errors (default 20)")
    p.add_argument("--limit-records", type=int, metavar="N", help="only the first N records of each file")
    p.add_argument("--sample", type=int, metavar="N", help="a reproducible random sample of N records per file")
    p.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    p.add_argument("--workers", type=int, default=2, help="coder processes (default 2)")
    p.add_argument("--no-confusion", action="store_true", help="leave out the event-type confusion tables")
    return p


def main(argv: list[str] | None = None) -> int:
    """`eventcoder eval`: returns 0, or 2 on unreadable input."""
    args = build_parser().parse_args(argv)
    missing = [g for g in args.gold if not Path(g).is_file()]
    if missing:
        print(f"eventcoder eval: no such gold file: {', '.join(missing)}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        results = evaluate_files(args.gold, workers=args.workers, limit_records=args.limit_records,
                                 sample=args.sample, seed=args.seed, keep_misses=bool(args.errors))
    except ValueError as exc:
        print(f"eventcoder eval: {exc}", file=sys.stderr)
        return 2
    total = time.perf_counter() - start
    if args.json:
        payload = {
            "datasets": {name: sc.to_dict() for name, sc in results.items()},
            "seconds": round(total, 3),
            "workers": args.workers,
        }
        if args.errors:
            payload["errors"] = {
                "metric": args.errors,
                "misses": [m.to_dict() for sc in results.values()
                           for m in [x for x in sc.misses if x.metric == args.errors][: args.limit]],
            }
        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    words = sum(sc.words for sc in results.values())
    records = sum(sc.records for sc in results.values())
    print(format_table(results))
    print(f"\n{records} records, {words} words in {total:.1f} s over {args.workers} process(es) "
          f"({words / max(total, 1e-9):,.0f} words/s, reading and scoring included)")
    if not args.no_confusion:
        for sc in results.values():
            table = format_confusion(sc)
            if table:
                print("\n" + table)
    if args.errors:
        print("\n" + format_errors(results, args.errors, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
