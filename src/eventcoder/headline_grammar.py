"""Headline grammar read as a sentence: "Teen Shot To Death In Pacoima" says "A teen was shot to death in
Pacoima". Headlines drop articles and the passive's auxiliary, join verbs with commas ("shot, killed") and
may capitalise every word; the claim reader expects sentences. The rewrite keeps, for each of its characters,
the headline character it stands for, so that claims read in it point at the headline's own words."""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.knowledge import load_yaml

_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}:\s+)+")  # "UPDATE:", "Winona police:", "JUST IN:"
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_AGE = re.compile(r"\d{1,3}-(?:year|month|week)-old")
_SHOT_COMMA = re.compile(r"\b(?:shot|stabbed|wounded|beaten|struck)(,)\s+(?:killed|dies|died)\b", re.IGNORECASE)
_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "after",
                          "from", "near", "into", "as"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(singular people nouns, participles of what befalls them, words that already begin a noun phrase, words
    that lead a headline as its speaker)."""
    raw = load_yaml("lexicon.yaml")["headlines"]
    return (frozenset(raw["people"]), frozenset(raw["participles"]), frozenset(raw["determiners"]),
            frozenset(raw["speakers"]))


def _is_person(word: str) -> bool:
    """Whether a lower-case word names one person ("teen", "17-year-old")."""
    return word in _words()[0] or _AGE.fullmatch(word) is not None


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


def for_places(title: str) -> str:
    """A title-case headline with its reporting words in lower case, its names as written, each character in place
    ("Teen killed in Kansas City shooting"), so that a place's name ends where the name does; a headline in
    sentence case as it is."""
    if _sentence_case(title) == title:
        return title
    people, participles, determiners, _ = _words()
    common = _SMALL_WORDS | people | participles | determiners | _events()
    out = list(title)
    for m in _WORD.finditer(title):
        w = m.group()
        if w.isascii() and not w.isupper() and w.lower() in common:
            out[m.start():m.end()] = w.lower()
    return "".join(out)


@lru_cache(maxsize=1)
def _events() -> frozenset[str]:
    return frozenset(load_yaml("lexicon.yaml")["headlines"].get("events") or ())


def _subject_edits(text: str) -> list[tuple[int, int, str]]:
    """'a ' before a subject that is a single person named without a determiner ("Rowlett HS student killed"),
    and 'was ' before the participle that follows it ("... student was killed")."""
    _, participles, determiners, speakers = _words()
    label = _LABEL.match(text)
    tokens = list(_WORD.finditer(text, label.end() if label else 0))
    if not tokens or tokens[0].group().lower() in determiners | speakers:
        return []
    for k, tok in enumerate(tokens[:5]):
        word = tok.group().lower()
        if k and text[tokens[k - 1].end():tok.start()].strip():
            return []  # punctuation inside: not one noun phrase
        if word[:1].isdigit() and not _AGE.fullmatch(word):
            return []  # "2 teens shot": a count the reader knows
        if _is_person(word):
            edits = [(tokens[0].start(), tokens[0].start(), "a ")]
            if tok.group()[:1].isupper():  # "Man dies ...": a noun, not a name
                edits.append((tok.start(), tok.start() + 1, tok.group()[0].lower()))
            end = tok.end()
            age = _AGE_AFTER.match(text, end)  # "Boy, 14, fatally shot"
            if age is not None:
                end = age.end()
            nxt = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
            if nxt is not None and (age or not text[end:nxt.start()].strip()):
                verb = _ADVERB.match(text, nxt.start())  # "fatally shot"
                verb = _WORD.match(text, verb.end()) if verb else nxt
                after = text[verb.end():verb.end() + 40] if verb else ""
                # "Gunman killed two people", "Man killed wife": active, not passive
                if verb is not None and verb.group().lower() in participles and not _OBJECT_NEXT.match(after) \
                        and not _names_a_person(after, 0):
                    edits.append((nxt.start(), nxt.start(), "was "))
            return edits
    return []


_ADVERB = re.compile(r"(?:fatally|accidentally|critically|seriously|mortally|reportedly|allegedly)\s+", re.IGNORECASE)
_OBJECT_NEXT = re.compile(r"\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|his|her|their|a|an|the|"
                          r"him|her|them|himself|herself|[A-Z][a-z]+\s+[A-Z][a-z]+)\b")
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
# words after which a headline names a person without an article: "Police ID man killed", "kills friend",
# "fatally shooting toddler", "shooting death of teen"
_NAMING = re.compile(r"\b(?:(?:death|deaths|killing|murder)\s+of|ID|IDs|ID's|identify|identifies|identified|name|names|"
                     r"named|mourn|mourns|kills|killed|killing|fatally\s+(?:shoots|shot|shooting))\s+(?=[a-z])",
                     re.IGNORECASE)


def _names_a_person(text: str, pos: int) -> bool:
    """Whether a person named without an article begins at pos: up to three words of modifiers and then a noun
    for one person ("teen", "Columbia teen", "police officer's son", "17-year-old")."""
    determiners = _words()[2]
    for k, word in enumerate(_WORD.finditer(text, pos)):
        w = word.group().lower()
        if k > 3 or (k and text[pos:word.start()].strip(" ’'s")) or w in determiners or w in _SMALL_WORDS \
                or w[:1].isdigit() and not _AGE.fullmatch(w):
            return False
        if _is_person(w):
            return True
        pos = word.end()
    return False


def _named_edits(text: str) -> list[tuple[int, int, str]]:
    """'a ' before a single person a headline identifies or says was killed ("Police ID man killed in
    shooting", "gun discharge kills officer's son")."""
    return [(m.end(), m.end(), "a ") for m in _NAMING.finditer(text) if _names_a_person(text, m.end())]


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
