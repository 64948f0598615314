"""Sentence splitting with character offsets, and fast word-start prefilters for the recognisers.

The recognisers' patterns are large case-insensitive alternations. Tried at every character they cost far
more than the rest of the pipeline, and `re` cannot skip ahead in them. `finditer_at` instead tries such a
pattern only at the word starts a cheap finder locates in the lowercased text (the words a match can begin
with, numbers), and yields exactly what `pattern.finditer(text)` would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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


# Characters on which str.lower() and re.IGNORECASE disagree about an ASCII letter (or which grow when
# lowered): a text with one of them takes the plain finditer path.
_LOWER_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"\w+")


def lower_keeping_offsets(text: str) -> str | None:
    """text.lower() when every character keeps its offset and every case-insensitive match of an ASCII word
    in text is a plain match in the result; otherwise None."""
    if not text.isascii() and _LOWER_UNSAFE.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` literally, written as a trie so that `re` rejects a position after one
    character instead of trying every word. At a given position it prefers longer words, like an
    alternation sorted longest first."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def word_start_finder(words: Iterable[str], digits: bool = False, prefixes: Iterable[str] = ()) -> re.Pattern[str]:
    """A pattern for lowercased text that finds each word start where the whole word (a run of \\w) is one
    of `words`, or the word begins with a digit (`digits`) or with one of `prefixes`."""
    parts = []
    whole = {w.lower() for w in words}
    if whole:
        parts.append(rf"{word_alternation(whole)}\b")
    if digits:
        parts.append(r"\d")
    if prefixes:
        parts.append(word_alternation(p.lower() for p in prefixes))
    if not parts:
        raise ValueError("word_start_finder needs words, digits or prefixes")
    return re.compile(r"\b(?:" + "|".join(parts) + ")")


def first_word(phrase: str) -> str | None:
    """The leading run of word characters of a phrase, lowercased ("military's media wing" -> "military");
    None when the phrase does not begin with a word character."""
    m = _WORD.match(phrase)
    return m.group().lower() if m else None


def finditer_at(pattern: re.Pattern[str], text: str, finder: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` yields, found by trying `pattern` only where `finder` (from
    `word_start_finder`) finds a start in the lowercased text. Exact when every match of `pattern` is
    non-empty and starts at such a place (for instance: it begins with one of the finder's words)."""
    low = lower_keeping_offsets(text)
    if low is None:
        yield from pattern.finditer(text)
        return
    end = 0
    match = pattern.match
    for start in finder.finditer(low):
        pos = start.start()
        if pos < end:
            continue
        m = match(text, pos)
        if m is not None:
            yield m
            end = m.end()
