"""Batch coding: many documents on local cores or a Dask cluster, results in input order, failures kept.

    run = code_documents(read_inputs(paths), workers=0)      # 0: all local cores, 1: in this process
    for result in run:                                      # Report or RecordError, in input order
        ...
    print(run.summary.line())                               # documents, events, claims, errors, words/s

`dask="local"` starts a distributed.LocalCluster; `dask="tcp://host:8786"` uses a running scheduler (its workers
need eventcoder installed). A document that raises becomes a RecordError; the batch goes on.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from typing import Any

from eventcoder.model import Document, RecordError, Report

Coder = Callable[[Document], Report]
Result = Report | RecordError

INPUT_EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom")


@dataclass(slots=True)
class Summary:
    """What a batch did: documents coded, events and claims found, errors, words read, time taken."""

    documents: int = 0
    events: int = 0
    claims: int = 0
    errors: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    @property
    def documents_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(words_per_s=round(self.words_per_s, 1), documents_per_s=round(self.documents_per_s, 2))
        return d

    def line(self) -> str:
        """One line for a terminal: "120 documents, 95 events, 310 claims, 2 errors; 41,200 words/s"."""
        skipped = f", {self.skipped:,} already stored" if self.skipped else ""
        return (
            f"{self.documents:,} documents, {self.events:,} events, {self.claims:,} claims, "
            f"{self.errors:,} errors{skipped}; {self.words_per_s:,.0f} words/s in {self.seconds:.1f} s"
        )


def default_coder(doc: Document) -> Report:
    """The pipeline's code_document (imported in the worker, so workers load the knowledge once each)."""
    from eventcoder.pipeline import code_document

    return code_document(doc)


def code_one(item: Document | RecordError, coder: Coder | None = None) -> Result:
    """Code one document; any exception becomes a RecordError naming it. RecordErrors pass through."""
    if isinstance(item, RecordError):
        return item
    try:
        return (coder or default_coder)(item)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        where = item.url or item.id
        return RecordError(item.id, where, f"coding failed: {type(exc).__name__}: {exc}")


def code_chunk(items: list[Document | RecordError], coder: Coder | None = None) -> list[Result]:
    """code_one over a chunk (the unit sent to a worker process or Dask task)."""
    return [code_one(i, coder) for i in items]


def _words(item: Document | RecordError) -> int:
    if isinstance(item, RecordError) or not isinstance(item.text, str):
        return 0
    return len(item.text.split())


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class BatchRun(Iterator[Result]):
    """An iterator over a batch's results in input order, with a summary filled in as results arrive."""

    def __init__(
        self, results: Iterator[Result], counted: deque[int], total: int | None, progress: bool,
        summary: Summary | None = None,
    ) -> None:
        self.summary = summary if summary is not None else Summary()
        self._results = results
        self._counted = counted  # words of each input, in order, appended as inputs are read
        self._start = time.perf_counter()
        self._bar = None
        if progress and sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def __next__(self) -> Result:
        try:
            result = next(self._results)
        except StopIteration:
            self.close()
            raise
        s = self.summary
        s.words += self._counted.popleft() if self._counted else 0
        if isinstance(result, RecordError):
            s.errors += 1
        else:
            s.documents += 1
            s.events += len(result.events)
            s.claims += len(result.claims)
        s.seconds = time.perf_counter() - self._start
        if self._bar is not None:
            self._bar.update(1)
            if s.errors:
                self._bar.set_postfix(errors=s.errors, refresh=False)
        return result

    def close(self) -> None:
        """Stop the workers and the progress bar (also done when the results run out)."""
        self.summary.seconds = time.perf_counter() - self._start
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        close = getattr(self._results, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def code_documents(
    items: Iterable[Document | RecordError],
    workers: int = 0,
    dask: Any = None,
    progress: bool = False,
    *,
    coder: Coder | None = None,
    chunksize: int = 16,
) -> BatchRun:
    """Code documents, yielding a Report or RecordError per input, in input order.

    workers: 0 all local cores, 1 in this process, n processes (with dask: the LocalCluster's worker count).
    dask: None, "local" (a LocalCluster of worker processes), "local-threads" (one process, threads: for tests
    and small runs), a scheduler address "tcp://host:8786", or a distributed.Client.
    progress: a tqdm bar on standard error when it is a terminal. The returned iterator's `summary` counts
    documents, events, claims, errors and words/s. Input is read lazily, a bounded number of chunks ahead.
    """
    counted: deque[int] = deque()
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]

    def reading() -> Iterator[Document | RecordError]:
        for item in items:
            counted.append(_words(item))
            yield item

    results = _results(reading(), workers, dask, coder, chunksize)
    return BatchRun(results, counted, total, progress)


def code_into_store(
    items: Iterable[Document | RecordError],
    store: Any,
    workers: int = 0,
    dask: Any = None,
    progress: bool = False,
    *,
    skip_coded: bool = True,
    coder: Coder | None = None,
    chunksize: int = 16,
) -> BatchRun:
    """code_documents, storing each report as it arrives (one transaction per document) and yielding it.

    With skip_coded, documents already stored with the same id and text are not coded again (counted in
    summary.skipped and not yielded): a re-run adds nothing, and a run killed half-way resumes where it stopped.
    A report the store rejects becomes a RecordError; the batch goes on.
    """
    from eventcoder.store import text_sha

    coded = store.coded_ids() if skip_coded else {}
    counted: deque[int] = deque()
    shas: deque[str] = deque()
    summary = Summary()

    def reading() -> Iterator[Document | RecordError]:
        for item in items:
            if isinstance(item, Document) and isinstance(item.text, str):
                sha = text_sha(item.text)
                if coded.get(item.id) == sha:
                    summary.skipped += 1
                    continue
            else:
                sha = ""
            counted.append(_words(item))
            shas.append(sha)
            yield item

    def storing(results: Iterator[Result]) -> Iterator[Result]:
        for result in results:
            sha = shas.popleft()
            if isinstance(result, Report):
                try:
                    store.add_report(result, sha)
                except Exception as exc:  # noqa: BLE001 - one unstorable report must not stop the batch
                    result = RecordError(result.id, result.url or result.id, f"storing failed: {exc}")
            yield result

    results = storing(_results(reading(), workers, dask, coder, chunksize))
    return BatchRun(results, counted, None, progress, summary)


def _results(
    items: Iterator[Document | RecordError], workers: int, dask: Any, coder: Coder | None, chunksize: int
) -> Iterator[Result]:
    n = (os.cpu_count() or 1) if workers <= 0 else workers
    if dask is not None:
        return _dask(items, dask, workers, coder, chunksize)
    if n == 1:
        return (code_one(i, coder) for i in items)
    return _local(items, n, coder, chunksize)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the batch's process is gone (killed), instead of lingering as an orphan."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="eventcoder-parent-watch").start()


def _pool(n: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n, initializer=_watch_parent, initargs=(os.getpid(),))


def _local(items: Iterator[Document | RecordError], n: int, coder: Coder | None, size: int) -> Iterator[Result]:
    """Process pool with a bounded window of chunks; a crashed worker costs only the documents it held."""
    pool = _pool(n)
    window: deque[tuple[list[Any], Future]] = deque()
    chunks = _chunks(items, size)
    try:
        while True:
            while len(window) < n * 3:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                window.append((chunk, pool.submit(code_chunk, chunk, coder)))
            if not window:
                return
            chunk, fut = window.popleft()
            try:
                done = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                done, pool = _retry(chunk, n, coder)
                window = deque((c, pool.submit(code_chunk, c, coder)) for c, _ in window)
            yield from done
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _retry(chunk: list[Any], n: int, coder: Coder | None) -> tuple[list[Result], ProcessPoolExecutor]:
    """Re-run a chunk whose worker died, one document per task: the document that kills a worker is an error."""
    pool = _pool(n)
    out: list[Result] = []
    for item in chunk:
        if isinstance(item, RecordError):
            out.append(item)
            continue
        try:
            out.append(pool.submit(code_one, item, coder).result())
        except BrokenProcessPool:
            out.append(RecordError(item.id, item.url or item.id, "coding failed: the worker process died"))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _pool(n)
    return out, pool


def _dask(
    items: Iterator[Document | RecordError], dask: Any, workers: int, coder: Coder | None, size: int
) -> Iterator[Result]:
    """The same chunks as Dask tasks, a bounded window in flight, results gathered in order."""
    from distributed import Client

    cluster = None
    if isinstance(dask, Client):
        client, own = dask, False
    elif dask in ("local", "local-threads"):
        from distributed import LocalCluster

        threads = dask == "local-threads"
        n = workers if workers > 0 else (os.cpu_count() or 1)
        cluster = LocalCluster(
            n_workers=1 if threads else n, threads_per_worker=n if threads else 1, processes=not threads,
            dashboard_address=None, silence_logs=40,
        )
        client, own = Client(cluster), True
    else:
        client, own = Client(str(dask)), True
    try:
        slots = max(sum(client.nthreads().values()), 1)
        window: deque[tuple[list[Any], Any]] = deque()
        chunks = _chunks(items, size)
        while True:
            while len(window) < slots * 3:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                window.append((chunk, client.submit(code_chunk, chunk, coder, pure=False)))
            if not window:
                return
            chunk, fut = window.popleft()
            try:
                done = fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost task (worker died) must not stop the batch
                done = [
                    item if isinstance(item, RecordError)
                    else RecordError(item.id, item.url or item.id, f"coding failed on Dask: {exc}")
                    for item in chunk
                ]
            yield from done
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()


def expand_inputs(args: list[str]) -> list[str]:
    """Files named by the arguments: folders (recursively, known input extensions), globs, or files as given.

    "-" (standard input) and names that match nothing are kept, so the reader reports them. Order is kept and
    each file appears once.
    """
    out: dict[str, None] = {}
    for arg in args:
        if arg == "-" or re.match(r"^[a-z][a-z0-9+.-]*://", arg):
            out.setdefault(arg, None)
        elif os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith(".") and f.lower().endswith(INPUT_EXTENSIONS):
                        out.setdefault(os.path.join(root, f), None)
        elif glob.has_magic(arg):
            matches = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            for p in matches or [arg]:
                out.setdefault(p, None)
        else:
            out.setdefault(arg, None)
    return list(out)
