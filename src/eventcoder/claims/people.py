"""Who a count is of: the person noun after it, singular people written without a number, the last people counted."""

from __future__ import annotations

import re

from eventcoder.claims.patterns import (
    _ADJECTIVAL,
    _AGE_WORD,
    _CLAUSE_START,
    _NUMBER_NEXT,
    _PARTITIVE,
    _PREPOSITION_BEFORE,
    _SINGULAR,
    _STOP,
    _THE_BEFORE,
    _THING_HEAD,
    _TOKEN,
    _WORD,
    ORDINAL_ONE_MORE,
    _Lexicon,
    _norm,
)
from eventcoder.model import (
    Quantity,
    Sentence,
    Span,
)
from eventcoder.text import finditer_at


def _victims(masked: str, pos: int, lex: _Lexicon) -> tuple[str | None, str, int]:
    """Who the count is of: the group of the first person noun a few words after it ('not people' or None),
    the noun, and where it ends."""
    mods = 0
    tokens = 0
    i = pos
    n = len(masked)
    partitive = _PARTITIVE.match(masked, pos)  # "three of the troops", "two of the attacking militants"
    if partitive:
        # (past a participle or the whole's own count: "two of the attacking militants", "one of the five soldiers")
        skip = re.match(r"(?:[a-z]+ing|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+",
                        masked[partitive.end():partitive.end() + 20], re.IGNORECASE)
        m = lex.noun.match(masked, partitive.end() + (skip.end() if skip else 0))
        if m and _norm(m.group("noun")) in lex.noun_group and not masked.startswith("'", m.end()):
            i = m.start()
    while i < n and mods <= lex.max_mods and tokens < 9:
        while i < n and masked[i] in " \t\n":
            i += 1
        first = _TOKEN.match(masked[i:i + 24].lower())
        m = lex.noun.match(masked, i) if first and first.group() in lex.noun_starts else None
        if m and masked[m.end():m.end() + 2] in ("'s", "’s") and tokens < 8:
            m = None  # a possessive names whose the next noun is ("a People's Party activist"), not the victims
        if m:
            noun = _norm(m.group("noun"))
            if noun in lex.not_people and noun not in lex.noun_group:
                if not _compound_head(masked, m.end(), lex):
                    return "not people", noun, m.end()
                i = m.end()
                tokens += 1
                continue
            head = _compound_head_noun(masked, m.end(), lex)
            while head is not None:  # "an assistant police officer": the last person noun is the head
                m, noun = head, _norm(head.group("noun"))
                head = _compound_head_noun(masked, m.end(), lex)
            group = lex.noun_group[noun]
            if noun == "more":  # "shot three more times", "two more vehicles": more of a thing
                after = lex.noun.match(masked, m.end() + 1)
                if after and _norm(after.group("noun")) in lex.not_people and _norm(after.group("noun")) not in \
                        lex.noun_group:
                    return "not people", noun, after.end()
            if noun == "members of":
                group = _members_of(masked, m.end())
            thing = _THING_HEAD.match(masked, m.end())
            if thing and not lex.noun.match(masked, thing.end() + 1):
                return "not people", noun, m.end()
            return group, noun, m.end()
        w = _WORD.match(masked, i)
        if not w:
            break
        word = w.group().lower()
        if word in _ADJECTIVAL and tokens == 0 and _THE_BEFORE.search(masked, max(0, pos - 5), pos):
            i = w.end()  # "the injured leader", "the slain officer": a description, not the outcome
            tokens += 1
            continue
        if word in _STOP or word in lex.outcome_words or (word[0].isdigit() and not _AGE_WORD.match(word)):
            break
        if word == "and" and re.match(r"\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|another|the|his|"
                                      r"her|their)\b", masked[w.end():], re.IGNORECASE):
            break
        tokens += 1
        if not w.group()[0].isupper():
            mods += 1
        i = w.end()
    return None, "", pos


def _phrase_end(masked: str, pos: int) -> int:
    """The end of the words after an article ('the chief', 'a former Union Council nazim'): up to three
    words, stopping at punctuation and function words."""
    end = pos
    for n, w in enumerate(_WORD.finditer(masked, pos)):
        if n >= 4 or masked[end:w.start()].strip() or w.group().lower() in _STOP or w.group().lower() == "and":
            break
        end = w.end() - w.group().endswith(".")
    return end


def _compound_head_noun(masked: str, pos: int, lex: _Lexicon) -> re.Match[str] | None:
    """The person noun right after another ('assistant' + 'police officer'), which heads the compound."""
    if masked[pos:pos + 1] != " ":
        return None
    m = lex.noun.match(masked, pos + 1)
    return m if m is not None and _norm(m.group("noun")) in lex.noun_group else None


def _compound_head(masked: str, pos: int, lex: _Lexicon) -> bool:
    """'village head', 'cattle thieves', 'bus driver': a thing-noun modifying the person noun after it; a
    singular one may modify it across up to two plain words ('village defence volunteers', 'school bus
    drivers'), but not across a verb ('vehicles carrying soldiers')."""
    if _compound_head_noun(masked, pos, lex) is not None or \
            re.match(r" (?:head|chief|owner|keeper|guard|leader)s?\b", masked[pos:pos + 10]) is not None:
        return True
    if masked[pos - 1:pos] == "s":
        return False
    for w in _MODIFIER_WORD.finditer(masked, pos, pos + 40):
        if w.start() != pos or w.group(1) in _STOP or w.group(1).endswith(("ing", "ed")):
            return False
        if _compound_head_noun(masked, w.end(), lex) is not None:
            return True
        pos = w.end()
    return False


_MODIFIER_WORD = re.compile(r" ([a-z]+)(?=[ ])")


def _members_of(masked: str, pos: int) -> str:
    """Who 'members of ...' are, by what they are members of."""
    rest = masked[pos:pos + 50].lower()
    if re.search(r"\b(?:police|security|army|forces|military|levies|rangers|constabulary)\b", rest):
        return "security forces"
    if re.search(r"\b(?:militants?|militia|armed|group|outfit|gang|faction|taliban|lashkar|jihadi|rebel|insurgent)", rest):
        return "militants"
    if re.search(r"\b(?:family|families|community|public|party|assembly|council|union|association|tribe|committee)\b", rest):
        return "civilians"
    return "unknown"


def _singulars(masked: str, offset: int, quantities: list[Quantity], lex: _Lexicon) -> list[Quantity]:
    """'a policeman', 'an elderly woman', 'his son', 'the driver', or anyone right after 'killed a ...':
    one person, written without a number."""
    spans = [(q.span.start - offset, q.span.end - offset) for q in quantities]
    verb_ends: set[int] | None = None
    out = []
    for m in _SINGULAR.finditer(masked):
        if any(a <= m.start() < b for a, b in spans):
            continue
        det = " ".join(m.group().split())
        if _NUMBER_NEXT.match(masked, m.end()):
            continue
        if _PREPOSITION_BEFORE.search(masked, max(0, m.start() - 9), m.start()):
            if verb_ends is None:
                verb_ends = {v.end() for v in finditer_at(lex.before_any, masked, lex.before_starts)}
            if m.start() not in verb_ends:
                continue  # "a worker of an election candidate", "children from a Dalit family": not a subject
        group, noun, noun_end = _victims(masked, m.end(), lex)
        if group == "not people":
            continue
        if group is not None and det.lower() in ORDINAL_ONE_MORE:
            det = det.split()[0]  # "a third victim", "a sixth grade student": one person, as "a victim" is
        if group is None or det.lower() in ("the", "his", "her", "their"):
            if verb_ends is None:
                verb_ends = {v.end() for v in finditer_at(lex.before_any, masked, lex.before_starts)}
            after_verb = m.start() in verb_ends
        else:
            after_verb = False
        if group is None and det.lower() in ("another", *ORDINAL_ONE_MORE) and lex.after.match(masked, m.end()) is not None \
                and not lex.after.match(masked, m.end()).group("gap").strip():
            after_verb = True  # "two were killed while another died": one more, of the same kind
        if group is None and not (after_verb and det.lower() in ("a", "an", "one", "the", "another", *ORDINAL_ONE_MORE)):
            continue
        if det.lower() in ("the", "his", "her", "their") and not after_verb and not _CLAUSE_START.search(masked, 0, m.start()):
            continue
        if group is not None:
            if det.lower() == "the" and noun[:1] != masked[noun_end - len(noun):noun_end][:1]:
                continue  # a capitalised name ("the Taliban", "the Democratic Youth Federation"), not a person
            between = [w for w in masked[m.end():noun_end].split() if not w[0].isupper()]
            if len(between) > 4 or noun.endswith("s") and noun not in ("boss",):
                continue
            if noun in ("people", "personnel", "children", "men", "women", "others", "more"):
                continue
            if noun == "police":
                head = re.match(r"\s+(?!and\b|in\b|on\b|at\b|said\b)([a-z-]+)", masked[noun_end:])
                known_head = head is not None and head.group(1).lower() in lex.noun_group
                if not known_head and (det.lower() not in ("a", "an", "one") or not head):
                    continue  # "the police" are many; "a police constable" is one
        out.append(Quantity(Span(offset + m.start(), offset + m.start() + len(det), det), 1, 1, 1, None))
    return out


def _last_people(masked: str, sent: Sentence, numbers: list[Quantity], lex: _Lexicon) -> tuple[int, str] | None:
    """The last count of people in a sentence ('two MQM activists'), whatever happened to them."""
    for q in reversed(numbers):
        group, _, _ = _victims(masked, q.span.end - sent.start, lex)
        if group not in (None, "not people"):
            return q.value, group
    return None


def _victims_before(masked: str, pos: int, lex: _Lexicon, window: int = 80) -> tuple[str, int]:
    """The group of the last person noun shortly before pos, or 'unknown'."""
    best = "unknown", pos
    end = 0
    for w in _WORD_START.finditer(masked, max(0, pos - window), pos):
        first = _TOKEN.match(masked[w.start():w.start() + 24].lower())
        if w.start() < end or first is None or first.group() not in lex.noun_starts:
            continue  # the noun pattern is tried only where one of its nouns can begin
        m = lex.noun.match(masked, w.start(), pos)
        if m is None:
            continue
        end = m.end()
        noun = _norm(m.group("noun"))
        if noun in lex.noun_group and not _SOURCE_BEFORE.search(masked, max(0, m.start() - 24), m.start()) \
                and not _SAYS_AFTER.match(masked, m.end()):
            best = lex.noun_group[noun], m.end()
    return best


_WORD_START = re.compile(r"(?<![\w'’-])[A-Za-z]")
# a person noun that only says who reports it or did it: "According to police, he was pronounced dead",
# "police said", "identified by police as"
_SOURCE_BEFORE = re.compile(r"\b(?:according to|quoting|citing|by)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"\s+(?:said|say|says|told|reported)\b", re.IGNORECASE)
