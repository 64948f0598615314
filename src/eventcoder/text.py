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
# The stop is matched first, not looked behind for, so that `re` jumps from one . ! ? or newline to the next;
# the separator (group "sep", or the whole newline match) starts just after it.
# A stop run into the next sentence ("last night.The driver died") ends it too, after a lowercase word.
# (so too before a dash or a hashtag that opens the next: "early Friday.  - Police in Trenton", "#DEVELOPING: Four")
_BOUNDARY = re.compile(
    r"""[.!?](?P<sep>["'”’)\]]?\s+(?=["'“‘(\[#]?[A-Z0-9]|[-–—]\s+[A-Z])|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\s))|\n\s*""")
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
        end = m.start("sep")
        if end < 0:  # a newline
            end = m.start()
        elif _ABBREV.search(text, max(start, end - 12), end):
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
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(phrase: str) -> str:
    """Lowercase a matched phrase the way re.IGNORECASE compared it, so that a lookup by the lowercase phrase
    finds it ("ſaid" and "ıt" were matched as "said" and "it")."""
    return phrase.lower() if phrase.isascii() else phrase.translate(_FOLD).lower()


def lower_keeping_offsets(text: str) -> str | None:
    """text.lower() when every character keeps its offset and every case-insensitive match of an ASCII word
    in text is a plain match in the result; otherwise None."""
    if not text.isascii() and _LOWER_UNSAFE.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def word_alternation(words: Iterable[str], boundary: bool = False) -> str:
    """A regex matching any of `words` literally, written as a trie so that `re` rejects a position after one
    character instead of trying every word. At a given position it prefers longer words, like an
    alternation sorted longest first. With `boundary`, a word ending in a word character must end at a word
    boundary."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, boundary, "")


def _emit(node: dict[str, dict], boundary: bool, last: str) -> str:
    branches = [re.escape(ch) + _emit(child, boundary, ch) for ch, child in sorted(node.items()) if ch]
    end = r"\b" if boundary and "" in node and _WORD.match(last) else ""
    if "" in node and branches:
        branches.append(end)
    elif not branches:
        return end
    if len(branches) == 1:
        return branches[0]
    if branches[-1] == "":
        return "(?:" + "|".join(branches[:-1]) + ")?"
    return "(?:" + "|".join(branches) + ")"


def words_pattern(words: Iterable[str], boundary: bool = True) -> re.Pattern[str]:
    """`word_alternation(words, boundary)` compiled for `word_start_matches`: with no assertion before it, `re`
    skips ahead to the characters a word can begin with instead of trying every position."""
    return re.compile(word_alternation(words, boundary=boundary))


def is_word_char(ch: str) -> bool:
    """Whether `re` counts a character as \\w in a str pattern."""
    return ch.isalnum() or ch == "_"


def word_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches `re.compile(r"\b" + pattern.pattern).finditer(text)` yields, found faster (see
    `words_pattern`): a match that does not begin at a word boundary is dropped and the search goes on from
    the next character. `pattern` must not match the empty string."""
    search = pattern.search
    pos = 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        before = start > 0 and is_word_char(text[start - 1])
        after = start < len(text) and is_word_char(text[start])
        if before != after:
            yield m
            pos = m.end()
        else:
            pos = start + 1


def word_start_finder(phrases: Iterable[str], digits: bool = False,
                      prefixes: Iterable[str] = ()) -> re.Pattern[str] | None:
    """A pattern for lowercased text that finds each word start where one of `phrases` begins (and, if it ends
    in a word character, ends at a word boundary) or where a word begins with one of `prefixes`; with
    `digits`, also the start of every run of digits. None when a phrase or prefix does not begin with a word
    character. It matches empty strings (lookaheads), so a phrase found does not hide a start inside it
    ("the two" and "two")."""
    whole = {p.lower() for p in phrases}
    starts = {p.lower() for p in prefixes}
    if not all(_WORD.match(p) for p in whole | starts):
        return None
    at_word = []
    if whole:
        at_word.append(word_alternation(whole, boundary=True))
    if starts:
        at_word.append(word_alternation(starts))
    if digits:
        at_word.append(r"\d")
    if not at_word:
        raise ValueError("word_start_finder needs phrases, digits or prefixes")
    pattern = r"\b(?=" + "|".join(at_word) + ")"
    if digits:  # digits after a letter ("a17/01") start a run too; a digit first keeps `re` fast here
        pattern += r"|\d(?<=[^\W\d]\d)"
    return re.compile(pattern)


def finditer_at(pattern: re.Pattern[str], text: str, finder: re.Pattern[str] | None) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` yields, found by trying `pattern` only where `finder` (from
    `word_start_finder`; None tries everywhere) finds a start in the lowercased text. Exact when every match of `pattern` is
    non-empty and starts at such a place (for instance: it begins with one of the finder's phrases, written
    literally, and a non-word character or the end of the text follows that phrase)."""
    low = lower_keeping_offsets(text) if finder is not None else None
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
