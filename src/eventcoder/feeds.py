"""RSS and Atom feeds: one Document per entry, its HTML turned into text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date

from eventcoder.model import Document


def is_feed(path: str, head: str | None = None) -> bool:
    """Whether a file (or its first characters) looks like an RSS or Atom feed."""
    if path.lower().endswith((".rss", ".atom")):
        return True
    if head is None:
        try:
            with open(path, "rb") as fh:
                head = fh.read(2048).decode("utf-8", "replace")
        except OSError:
            return False
    return bool(re.search(r"<(?:rss|feed|rdf:RDF)\b", head[:2048]))


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
_DROP = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)


def feed_html_text(fragment: str) -> str:
    """The text of a feed entry's HTML: paragraphs kept as lines, tags removed, entities decoded."""
    s = _DROP.sub(" ", fragment)
    s = _BLOCK.sub("\n", s)
    s = html.unescape(_TAG.sub("", s))
    lines = (" ".join(line.split()) for line in s.splitlines())
    return "\n".join(line for line in lines if line)


def iter_feed(path_or_url_text: str) -> Iterator[Document]:
    """Documents from an RSS or Atom feed (a path, a URL or the feed's text): one per entry with text.

    Text is the entry's full content when the feed carries it, else its summary; the entry's published (or
    updated) date anchors relative dates; id is the entry's id, else its link, else "<feed>#<n>".
    """
    import feedparser

    parsed = feedparser.parse(path_or_url_text)
    label = path_or_url_text if len(path_or_url_text) < 300 and "\n" not in path_or_url_text else "feed"
    for n, entry in enumerate(parsed.entries, 1):
        body = ""
        contents = entry.get("content") or []
        if contents:
            body = "\n".join(c.get("value", "") for c in contents)
        if not body.strip():
            body = entry.get("summary", "") or entry.get("description", "")
        text = feed_html_text(body)
        if not text:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        doc_id = entry.get("id") or entry.get("link") or f"{label}#{n}"
        yield Document(id=str(doc_id), text=text, published=published, url=entry.get("link"),
                       title=entry.get("title"))
