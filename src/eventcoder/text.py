"""Sentence splitting with character offsets, fast and dependency-free."""

from __future__ import annotations

import re

from eventcoder.model import Sentence

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace and an
# opening capital, digit or quote; or at a blank line / newline.
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]?\s+(?=["'“‘(\[]?[A-Z0-9])|\n\s*""")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Brig|Adm|Gov|Sen|Rep|Rev|St|Mt|Ft|No|Nos|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc|Inc|Ltd|Co|Jr|Sr|U\.S|U\.N|U\.K|"
    r"i\.e|e\.g)|\b[A-Z])\.$"
)


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; each keeps its start and end offsets in the text."""
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        if m.group().strip() and _ABBREV.search(text, max(start, end - 12), end):
            continue
        _append(sentences, text, start, end)
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, len(out)))


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence that contains position pos (binary search)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s
    return None
