"""Reading input: plain text, HTML pages and JSONL documents into Documents, or clear RecordErrors."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime

from eventcoder.feeds import is_feed, iter_feed
from eventcoder.model import Document, RecordError

MAX_CHARS = 2_000_000  # longer texts are coded up to here, with a warning
_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][\w .'-]{0,40},\s*)?(?P<date>(?:\w+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))\s*(?:\n|$|[—–-]\s)"
)
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y",
                 "%A, %B %d, %Y", "%A %B %d, %Y", "%A, %d %B %Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S")
_ENGLISH = re.compile(r"\b(?:the|and|of|in|to|was|were|a|on|by|with|for|said)\b", re.IGNORECASE)


class InputError(ValueError):
    """A record that cannot be read."""


def parse_date(value: str | date | None) -> date | None:
    """A date from an ISO string or a common written form; None when empty. Raises InputError when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError as exc:
            raise InputError(f"published date {text!r} does not exist") from exc
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise InputError(f"unknown date format {text!r} (use YYYY-MM-DD)")


# no-break, figure, thin and other fixed-width spaces, which web pages put inside names: one space each
_ODD_SPACES = str.maketrans({ch: " " for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                               "\u2009\u200a\u202f\u205f\u3000"})


def document_from_text(text: str, id: str = "doc", published: str | date | None = None,
                       url: str | None = None, title: str | None = None) -> Document:
    """A Document from text. A leading dateline ("February 04, 2026") is the publication date when none is given.
    Raises InputError for empty text."""
    warnings: list[str] = []
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("empty text")
    if "\x00" in text[:8192]:
        raise InputError("binary content (NUL bytes), not text")
    try:
        pub = parse_date(published)
    except InputError as exc:
        warnings.append(f"{exc}; relative dates are left unresolved")
        pub = None
    if pub is None:
        m = _DATELINE.match(text)
        if m:
            try:
                pub = parse_date(re.sub(r"^\w+day,?\s+", "", m.group("date")))
            except InputError:
                pub = None
    if len(text) > MAX_CHARS:
        cut = text.rfind(".", 0, MAX_CHARS) + 1 or MAX_CHARS
        warnings.append(f"text of {len(text):,} characters coded up to character {cut:,} only")
        text = text[:cut]
    text = text.translate(_ODD_SPACES)  # "Arunachal\xa0Pradesh" is one name; offsets stay as they were
    sample = text[:5000]
    if len(sample) > 200 and len(_ENGLISH.findall(sample)) < len(sample) / 200:
        warnings.append("the text does not look like English; results are best-effort")
    return Document(id=str(id), text=text, published=pub, url=url, title=title, warnings=warnings)


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else cp1252 with a warning. Raises InputError for binary data."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        warning = f"{where}: invalid UTF-8 at byte {exc.start}; read as Windows-1252"
        return data.decode("cp1252", errors="replace"), [warning]


def html_to_document(html: str, id: str, url: str | None = None) -> Document:
    """The main text, title and publication date of an HTML page."""
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise InputError("no article text found in the HTML page")
    title = getattr(extracted, "title", None)
    published = getattr(extracted, "date", None)
    if not published:
        published = find_date(html, original_date=True, outputformat="%Y-%m-%d")
    return document_from_text(body, id=id, published=published, url=url, title=title)


def documents_from_jsonl(lines: Iterator[str] | list[str], where: str) -> Iterator[Document | RecordError]:
    """One Document per JSONL line; a bad line becomes a RecordError naming the line, and the rest go on."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(None, loc, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield RecordError(None, loc, "a JSONL line must be an object with 'id' and 'text'")
            continue
        rid = record.get("id")
        if rid is None or rid == "":
            yield RecordError(None, loc, "missing 'id'")
            continue
        if "text" not in record:
            yield RecordError(str(rid), loc, "missing 'text'")
            continue
        try:
            yield document_from_text(record["text"], id=str(rid), published=record.get("published"),
                                     url=record.get("url"), title=record.get("title"))
        except InputError as exc:
            yield RecordError(str(rid), loc, str(exc))


def read_inputs(paths: list[str]) -> Iterator[Document | RecordError]:
    """Documents from files ('-' is standard input): JSONL by extension or content, HTML, or plain text."""
    for path in paths:
        yield from _read_one(path)


def _read_one(path: str) -> Iterator[Document | RecordError]:
    where = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
        text, warnings = decode(data, where)
    except (OSError, InputError) as exc:
        yield RecordError(None, where, str(exc) if isinstance(exc, InputError) else f"cannot read: {exc.strerror}")
        return
    doc_id = "stdin" if path == "-" else os.path.splitext(os.path.basename(path))[0]
    stripped = text.lstrip()
    if path.endswith((".jsonl", ".ndjson")) or (path == "-" and stripped.startswith("{")):
        for item in documents_from_jsonl(text.splitlines(), where):
            if warnings and isinstance(item, Document):
                item.warnings.extend(warnings)
            yield item
        return
    if is_feed(path if path != "-" else "", stripped[:2048]):
        count = 0
        for count, doc in enumerate(iter_feed(text), 1):  # noqa: B007 - count is read after the loop
            doc.warnings.extend(warnings)
            yield doc
        if count == 0:
            yield RecordError(doc_id, where, "the feed has no entries with text")
        return
    try:
        if path.endswith((".html", ".htm")) or re.match(r"<(?:!doctype\s+html|html)", stripped[:100], re.I):
            doc = html_to_document(text, id=doc_id)
        else:
            doc = document_from_text(text, id=doc_id)
    except InputError as exc:
        yield RecordError(doc_id, where, str(exc))
        return
    doc.warnings.extend(warnings)
    yield doc


def _read_bytes(path: str) -> bytes:
    if os.path.isdir(path):
        raise InputError("is a folder; give files or a glob")
    with open(path, "rb") as fh:
        return fh.read()
