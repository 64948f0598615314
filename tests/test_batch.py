"""Batch runs: results in input order on local cores and Dask, failures kept, re-runs and resumes into a store."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import test_store
from eventcoder.batch import code_documents, code_into_store, expand_inputs
from eventcoder.feeds import feed_html_text, iter_feed
from eventcoder.model import Document, RecordError, Report
from eventcoder.store import open_store

HERE = Path(__file__).resolve().parent

_LINE = re.compile(r"In (\w+) on (\d{4}-\d{2}-\d{2}), (\d+) people were killed")


def line_coder(doc: Document) -> Report:
    """A tiny coder for batch mechanics: reads "In <town> on <day>, <n> people were killed" sentences.

    A text with "corrupt" in it raises, as a broken document would in the real pipeline; "uncounted" leaves a
    claim without a count, which the store must refuse.
    """
    if "corrupt" in doc.text:
        raise ValueError("unreadable record")
    found = _LINE.search(doc.text)
    if found is None:
        return Report(id=doc.id, published=doc.published)
    town, day, n = found.groups()
    report = test_store.make_report(doc.id, doc.published or date(2026, 2, 4), int(n), town=town, event_date=day)
    if "uncounted" in doc.text:
        report.claims[0].count = None  # type: ignore[assignment]
    return report


def _docs(n: int, bad: tuple[int, ...] = ()) -> list[Document | RecordError]:
    towns = ["Quetta", "Peshawar", "Kabul", "Turbat"]
    out: list[Document | RecordError] = []
    for i in range(n):
        text = f"In {towns[i % 4]} on 2026-02-{1 + i % 27:02d}, {i + 1} people were killed in an attack."
        if i in bad:
            text = "corrupt " + text
        out.append(Document(id=f"doc-{i:03d}", text=text, published=date(2026, 3, 1)))
    return out


def _ids(results):
    return [r.id for r in results]


@pytest.mark.parametrize("workers", [1, 3])
def test_results_come_in_input_order_and_a_bad_document_is_reported_not_lost(workers):
    items = _docs(40, bad=(5, 17))
    items.insert(10, RecordError(None, "feed.jsonl:11", "invalid JSON"))
    run = code_documents(items, workers=workers, coder=line_coder, chunksize=4)
    results = list(run)
    assert len(results) == 41
    assert [getattr(r, "id", None) for r in results] == [getattr(i, "id", None) for i in items]
    errors = [r for r in results if isinstance(r, RecordError)]
    assert [e.id for e in errors] == ["doc-005", None, "doc-017"]
    assert "unreadable record" in errors[2].message
    s = run.summary
    assert (s.documents, s.errors, s.events, s.claims) == (38, 3, 38, 38)
    assert s.words > 0 and s.words_per_s > 0
    assert "38 documents" in s.line()


def test_dask_local_cluster_gives_the_same_results():
    pytest.importorskip("distributed")
    items = _docs(30, bad=(7,))
    local = [r.to_dict() if isinstance(r, Report) else r.to_dict() for r in code_documents(items, workers=1,
                                                                                             coder=line_coder)]
    run = code_documents(items, workers=2, dask="local-threads", coder=line_coder, chunksize=5)
    on_dask = [r.to_dict() for r in run]
    assert on_dask == local
    assert run.summary.errors == 1


def test_rerunning_a_batch_into_a_store_adds_nothing(tmp_path):
    db = str(tmp_path / "events.db")
    with open_store(db) as store:
        first = code_into_store(_docs(20, bad=(3,)), store, workers=2, coder=line_coder, chunksize=3)
        assert len(list(first)) == 20
        before = store.counts()
        again = code_into_store(_docs(20, bad=(3,)), store, workers=2, coder=line_coder, chunksize=3)
        results = list(again)
        assert store.counts() == before
    assert before["documents"] == 19
    assert [r.id for r in results] == ["doc-003"]  # only the document that failed is tried again
    assert again.summary.skipped == 19 and again.summary.documents == 0


_KILLED_RUN = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_batch import _docs, line_coder
from eventcoder.batch import code_into_store
from eventcoder.store import open_store
store = open_store({db!r})
for i, result in enumerate(code_into_store(_docs(30), store, workers=2, coder=line_coder, chunksize=2), 1):
    if i == {k}:
        os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_batch_killed_half_way_resumes_and_codes_every_document_once(tmp_path):
    db = str(tmp_path / "events.db")
    script = textwrap.dedent(_KILLED_RUN.format(tests=str(HERE), db=db, k=12))
    log = tmp_path / "killed.log"
    with log.open("wb") as fh:
        proc = subprocess.run([sys.executable, "-c", script], stdout=fh, stderr=subprocess.STDOUT, timeout=60)
    assert proc.returncode == -9, log.read_text()[-2000:]
    with open_store(db) as store:
        assert len(store.coded_ids()) == 12
        run = code_into_store(_docs(30), store, workers=2, coder=line_coder, chunksize=2)
        assert _ids(run) == [f"doc-{i:03d}" for i in range(12, 30)]
        assert run.summary.skipped == 12
        counts = store.counts()
        ids = store.coded_ids()
    assert sorted(ids) == [f"doc-{i:03d}" for i in range(30)]
    assert counts["documents"] == 30 and counts["doc_events"] == 30 and counts["claims"] == 30


def test_a_report_the_store_rejects_becomes_an_error_and_the_batch_goes_on(tmp_path):
    with open_store(str(tmp_path / "events.db")) as store:
        docs = _docs(4)
        docs[1].text += " uncounted"  # the coder leaves a claim's count empty: the store refuses it
        results = list(code_into_store(docs, store, workers=1, coder=line_coder))
        assert [type(r).__name__ for r in results] == ["Report", "RecordError", "Report", "Report"]
        assert results[1].id == "doc-001" and results[1].message.startswith("storing failed")
        assert sorted(store.coded_ids()) == ["doc-000", "doc-002", "doc-003"]
        assert store.counts()["claims"] == 3


def test_folders_and_globs_expand_to_input_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "two.jsonl").write_text("{}")
    (tmp_path / "a" / "skip.png").write_bytes(b"")
    (tmp_path / "a" / "deep").mkdir()
    (tmp_path / "a" / "deep" / "three.html").write_text("<html></html>")
    (tmp_path / "b.txt").write_text("y")
    got = expand_inputs([str(tmp_path / "a"), str(tmp_path / "*.txt"), str(tmp_path / "b.txt"), "-",
                         str(tmp_path / "missing.txt")])
    rel = [os.path.relpath(p, tmp_path) if p != "-" else p for p in got]
    assert rel == ["a/one.txt", "a/two.jsonl", "a/deep/three.html", "b.txt", "-", "missing.txt"]


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><guid>wire-1</guid><link>https://example.org/1</link><title>Blast in Quetta</title>
<pubDate>Wed, 04 Feb 2026 09:00:00 +0000</pubDate>
<description>&lt;p&gt;At least 12 people were killed in a blast in Quetta.&lt;/p&gt;&lt;p&gt;Police said.&lt;/p&gt;</description></item>
<item><link>https://example.org/2</link><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2026-02-05T00:00:00Z</updated>
<entry><id>urn:desk:7</id><title>Clash</title><updated>2026-02-05T10:00:00Z</updated>
<content type="html">&lt;div&gt;Five soldiers were killed &amp;amp; two injured.&lt;/div&gt;</content></entry>
</feed>"""


def test_rss_and_atom_entries_become_documents(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS)
    (doc,) = list(iter_feed(str(path)))
    assert (doc.id, doc.url, doc.title, doc.published) == (
        "wire-1", "https://example.org/1", "Blast in Quetta", date(2026, 2, 4))
    assert doc.text == "At least 12 people were killed in a blast in Quetta.\nPolice said."
    (entry,) = list(iter_feed(ATOM))
    assert (entry.id, entry.published, entry.text) == ("urn:desk:7", date(2026, 2, 5),
                                                       "Five soldiers were killed & two injured.")
    assert feed_html_text("<script>x()</script><b>bold</b>&nbsp;text") == "bold text"


def _pipeline():
    try:
        from eventcoder.pipeline import code_document
    except ImportError as exc:
        pytest.skip(f"the pipeline does not import yet: {exc}")
    return code_document


RISING = [
    ("dawn-0204", date(2026, 2, 4),
     "QUETTA: At least 12 people were killed and 20 others injured when a bomb exploded near a crowded "
     "market in Quetta on Wednesday, police said."),
    ("geo-0205", date(2026, 2, 5),
     "The death toll from Wednesday's bomb blast at a market in Quetta rose to 15 on Thursday, "
     "hospital officials said."),
    ("tribune-0206", date(2026, 2, 6),
     "The toll from Wednesday's market bombing in Quetta has risen to 17 after two of the injured "
     "died in hospital, officials said on Friday."),
]


def test_the_real_pipeline_in_parallel_and_three_reports_of_one_blast_merge(tmp_path):
    code_document = _pipeline()
    docs = [Document(id=i, text=t, published=p) for i, p, t in RISING]
    # Each text read alone gives its own toll; the merged event's history must replay them in order.
    tolls = [code_document(d).events[0].fatalities for d in docs]
    assert tolls == [12, 15, 17]
    docs.append(Document(id="broken", text=None))  # type: ignore[arg-type]
    with open_store(str(tmp_path / "events.db")) as store:
        run = code_into_store(docs, store, workers=2, chunksize=1)
        results = list(run)
        assert [r.id for r in results] == [d.id for d in docs]
        assert isinstance(results[-1], RecordError) and run.summary.errors == 1
        events = store.query_events(with_documents=True)
        assert len(events) == 1, [(e["event_date"], e["event_type"], e["location"]) for e in events]
        (blast,) = events
        assert blast["documents"] == ["dawn-0204", "geo-0205", "tribune-0206"]
        assert blast["location"] == "Quetta" and blast["fatalities"] == tolls[-1]
        history = [h["new"] for h in store.history(blast["event_id"]) if h["figure"] == "fatalities"]
        assert history == tolls
