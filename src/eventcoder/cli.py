"""The command line: `eventcoder code`, `eventcoder eval`, `eventcoder events`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from importlib import resources
from typing import TextIO

from eventcoder import __version__
from eventcoder.model import Document, RecordError, Report

FORMATS = ("text", "json", "jsonl", "acled", "ucdp", "geojson")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `eventcoder` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "eval":
        from eventcoder.evaluate import main as eval_main

        return eval_main(argv[1:])
    if argv and argv[0] == "events":
        from eventcoder.store_cli import main as events_main

        return events_main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "code":
        parser.print_help()
        return 2
    return _code(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcoder", description=__doc__)
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command")
    code = sub.add_parser("code", help="code reports into events, claims and findings")
    code.add_argument("inputs", nargs="*", help="text, HTML or JSONL files, folders, globs, feeds; '-' for stdin")
    code.add_argument("--format", "-f", choices=FORMATS, default="text")
    code.add_argument("--demo", action="store_true", help="code the bundled demo report")
    code.add_argument("--published", help="publication date (YYYY-MM-DD) for plain-text inputs")
    code.add_argument("--output", "-o", help="write here instead of standard output")
    code.add_argument("--workers", type=int, default=None,
                      help="processes (0: all cores; default: all cores for batches, 1 for a single text)")
    code.add_argument("--dask", help="run on Dask: 'local' or a scheduler address tcp://host:8786")
    code.add_argument("--db", help="also store results: a SQLite path or a postgresql:// URL")
    code.add_argument("--gazetteer", help="a CSV of extra places (name,country_code,admin1,admin2,latitude,longitude)")
    code.add_argument("--progress", action="store_true", help="show a progress bar on standard error")
    sub.add_parser("eval", help="score the coder against hand-coded gold (see `eventcoder eval -h`)")
    sub.add_parser("events", help="query stored events (see `eventcoder events -h`)")
    return parser


def _documents(args: argparse.Namespace) -> Iterable[Document | RecordError]:
    from eventcoder.ingest import InputError, parse_date, read_inputs

    if args.demo:
        text = resources.files("eventcoder").joinpath("examples", "demo.txt").read_text(encoding="utf-8")
        from eventcoder.ingest import document_from_text

        yield document_from_text(text, id="demo")
        return
    published = None
    if args.published:
        try:
            published = parse_date(args.published)
        except InputError as exc:
            raise SystemExit(f"eventcoder: --published: {exc}") from exc
    paths = _expand(args.inputs)
    for item in read_inputs(paths):
        if isinstance(item, Document) and published and item.published is None:
            item.published = published
        yield item


def _expand(inputs: list[str]) -> list[str]:
    try:
        from eventcoder.batch import expand_inputs
    except ImportError:  # pragma: no cover - batch is part of the package
        return inputs
    return expand_inputs(inputs)


def _is_batch(inputs: list[str]) -> bool:
    """Several inputs, a folder, a glob, a JSONL file or a feed: worth the worker processes."""
    if len(inputs) != 1:
        return len(inputs) > 1
    path = inputs[0]
    return path != "-" and (os.path.isdir(path) or any(c in path for c in "*?[")
                            or path.endswith((".jsonl", ".ndjson", ".rss", ".atom", ".xml")))


def _code(args: argparse.Namespace) -> int:
    if args.gazetteer:
        from eventcoder.knowledge.gazetteer import load_gazetteer

        load_gazetteer(extra_csv=args.gazetteer)
    if not args.inputs and not args.demo:
        print("eventcoder code: give files to code (or '-' for standard input, --demo for the demo)", file=sys.stderr)
        return 2
    from eventcoder.batch import code_documents, code_into_store

    batch = args.demo is False and _is_batch(args.inputs)
    workers = args.workers if args.workers is not None else (0 if batch else 1)
    progress = args.progress or (batch and sys.stderr.isatty() and args.format != "text")
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    store = None
    coded = errors = 0
    reports: list[Report] = []
    try:
        if args.db:
            from eventcoder.store import open_store

            store = open_store(args.db)
            results = code_into_store(_documents(args), store, workers=workers, dask=args.dask, progress=progress)
        else:
            results = code_documents(_documents(args), workers=workers, dask=args.dask, progress=progress)
        writer = _Writer(args.format, out)
        for result in results:
            if isinstance(result, RecordError):
                errors += 1
                print(f"eventcoder: {result.where}: {result.message}", file=sys.stderr)
                writer.error(result)
                continue
            coded += 1
            writer.report(result)
            if args.format in ("json", "geojson"):
                reports.append(result)
        writer.close(reports)
        if batch or store is not None:
            print(f"eventcoder: {results.summary.line()}", file=sys.stderr)
            if store is not None and results.summary.skipped:
                coded += results.summary.skipped
    finally:
        if store is not None:
            store.close()
        if out is not sys.stdout:
            out.close()
    if coded == 0:
        print(f"eventcoder: nothing could be coded ({errors} error(s))", file=sys.stderr)
        return 1
    return 0


class _Writer:
    """Writes reports in one output format as they arrive (json and geojson wait for the end)."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out, self.header = fmt, out, True
        self.errors: list[RecordError] = []

    def error(self, err: RecordError) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(err.to_dict(), ensure_ascii=False) + "\n")
        self.errors.append(err)

    def report(self, report: Report) -> None:
        if self.fmt == "jsonl":
            self.out.write(report.to_json() + "\n")
        elif self.fmt == "text":
            from eventcoder.export.text import render_text

            self.out.write(render_text(report, color=self.out.isatty()) + "\n")
        elif self.fmt == "acled":
            from eventcoder.export.acled import acled_rows, write_acled_csv

            write_acled_csv(acled_rows(report), self.out, header=self.header)
            self.header = False
        elif self.fmt == "ucdp":
            from eventcoder.export.ucdp import ucdp_rows, write_ucdp_csv

            write_ucdp_csv(ucdp_rows(report), self.out, header=self.header)
            self.header = False

    def close(self, reports: list[Report]) -> None:
        if self.fmt == "json":
            items = [r.to_dict() for r in reports] + [e.to_dict() for e in self.errors]
            payload = items[0] if len(items) == 1 else items
            self.out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        elif self.fmt == "geojson":
            from eventcoder.export.geojson import feature_collection

            self.out.write(json.dumps(feature_collection(reports), ensure_ascii=False) + "\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
