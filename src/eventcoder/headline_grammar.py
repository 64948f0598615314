"""Headline grammar read as a sentence: "Teen Shot To Death In Pacoima" says "A teen was shot to death in
Pacoima". Headlines drop articles and the passive's auxiliary, join verbs with commas ("shot, killed") and
may capitalise every word; the claim reader expects sentences. The rewrite keeps, for each of its characters,
the headline character it stands for, so that claims read in it point at the headline's own words."""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.knowledge import load_yaml

_LABEL = re.compile(r"(?:(?:[A-Z][\w.'’-]*\s*){1,3}:\s+)+")  # "UPDATE:", "Police:", "BREAKING NEWS:"
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_AGE = re.compile(r"\d{1,3}-(?:year|month|week)-old")
_SHOT_COMMA = re.compile(r"\b(?:shot|stabbed|wounded|beaten|struck)(,)\s+(?:killed|dies|died)\b", re.IGNORECASE)
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "after",
                          "from", "near", "into", "as"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(singular people nouns, participles of what befalls them, words that already begin a noun phrase)."""
    raw = load_yaml("lexicon.yaml")["headlines"]
    return (frozenset(raw["people"]), frozenset(raw["participles"]), frozenset(raw["determiners"]))


def _sentence_case(title: str) -> str:
    """The words of a title-case headline after its first in lower case ("Teen Shot To Death In Pacoima"), its
    acronyms kept; a headline in sentence case as it is."""
    words = [m for m in _WORD.finditer(title) if m.group().lower() not in _SMALL_WORDS and m.group()[0].isalpha()]
    if len(words) < 3 or sum(w.group()[0].isupper() for w in words) < 0.8 * len(words):
        return title
    out = list(title)
    for m in list(_WORD.finditer(title))[1:]:
        w = m.group()
        if not (w.isupper() and len(w) > 1):
            out[m.start():m.end()] = w.lower()
    return "".join(out)


def _subject_edits(text: str) -> list[tuple[int, int, str]]:
    """'a ' before a subject that is a single person named without a determiner ("Rowlett HS student killed"),
    and 'was ' before the participle that follows it ("... student was killed")."""
    people, participles, determiners = _words()
    label = _LABEL.match(text)
    tokens = list(_WORD.finditer(text, label.end() if label else 0))
    if not tokens or tokens[0].group().lower() in determiners:
        return []
    for k, tok in enumerate(tokens[:5]):
        word = tok.group().lower()
        if k and text[tokens[k - 1].end():tok.start()].strip():
            return []  # punctuation inside: not one noun phrase
        if word[:1].isdigit() and not _AGE.fullmatch(word):
            return []  # "2 teens shot": a count the reader knows
        if word in people or _AGE.fullmatch(word):
            edits = [(tokens[0].start(), tokens[0].start(), "a ")]
            if tok.group()[:1].isupper():  # "Man dies ...": a noun, not a name
                edits.append((tok.start(), tok.start() + 1, tok.group()[0].lower()))
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.group().lower() in participles and not text[tok.end():nxt.start()].strip():
                edits.append((nxt.start(), nxt.start(), "was "))
            return edits
    return []


_NAMING = re.compile(r"\b(?:ID|IDs|ID's|identify|identifies|identified|name|names|named|mourn|mourns)\s+(?=[a-z])")


def _named_edits(text: str) -> list[tuple[int, int, str]]:
    """'a ' before a single person a headline identifies ("Police ID man killed in shooting")."""
    people = _words()[0]
    out = []
    for m in _NAMING.finditer(text):
        word = _WORD.match(text, m.end())
        if word is not None and (word.group().lower() in people or _AGE.fullmatch(word.group())):
            out.append((m.end(), m.end(), "a "))
    return out


def as_sentence(title: str) -> tuple[str, list[int]]:
    """The headline as a sentence, and for each character of it the index of the headline character it stands
    for (an inserted or replacing word: the character it was put at)."""
    text = _sentence_case(title)
    edits = _subject_edits(text) + _named_edits(text) + [(m.start(1), m.end(1), " and")
                                                         for m in _SHOT_COMMA.finditer(text)]
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for start, end, words in sorted(edits):
        out.append(text[pos:start])
        index.extend(range(pos, start))
        out.append(words)
        index.extend([start] * len(words))
        pos = end
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(out), index
