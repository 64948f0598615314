"""Claims: every reported count of people killed, injured, abducted or arrested, with who says so.

A count becomes a claim when the words around it tie it to an outcome ("22 soldiers were martyred",
"killing 92 terrorists", "left 197 militants ... dead"). Counts of towns, days or passengers never do.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from eventcoder.knowledge import lexicon
from eventcoder.model import (
    ActorMention,
    Claim,
    PlaceMention,
    Quantity,
    Sentence,
    SourceMention,
    Span,
    TimeMention,
)

_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|got|get|also|reportedly|allegedly|later|all|subsequently|" \
       r"eventually|confirmed|found|left|lay|lying|critically|seriously|severely|badly|fatally|and|or|either|" \
       r"while|when|both|later|then|had\s+been|have\s+been|has\s+been)\s+)*"
_PART_OF = re.compile(r"\b(?:including|includ(?:ed|es)|among\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed)"
                      r"|of\s+(?:whom|them|those)|comprising|such\s+as)\b[^.;]{0,40}$", re.IGNORECASE)
_DAYS_OFFSET = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir>after|before|earlier|later)\b",
                          re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SINGULAR = re.compile(r"\b(?:a|an|another|one)\s+", re.IGNORECASE)
_MASK = re.compile(r"\s[—–-]{1,2}\s?[^—–.;]{1,120}?\s?[—–]|\([^()]{0,120}\)|\[[^\[\]]{0,120}\]")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    any_outcome: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    after_outcome: dict[str, str]
    before_outcome: dict[str, str]
    noun: re.Pattern[str]
    noun_group: dict[str, str]
    not_people: frozenset[str]
    max_mods: int


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    lex = lexicon()
    after_outcome: dict[str, str] = {}
    before_outcome: dict[str, str] = {}
    for outcome, phrases in lex["outcomes"].items():
        for p in phrases["after"]:
            after_outcome.setdefault(p.lower(), outcome)
        for p in phrases["before"]:
            before_outcome.setdefault(p.lower(), outcome)
    noun_group: dict[str, str] = {}
    for group, nouns in lex["victims"].items():
        for n in nouns:
            noun_group.setdefault(n.lower(), group)

    def alt(words: dict[str, str] | list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return _Lexicon(
        any_outcome=re.compile(rf"\b(?:{alt(after_outcome)}|{alt(before_outcome)})\b", re.IGNORECASE),
        before=re.compile(rf"\b(?P<phrase>{alt(before_outcome)})\s+(?:a\s+total\s+of\s+|all\s+|the\s+|another\s+)?$",
                          re.IGNORECASE),
        after=re.compile(rf"(?P<gap>[^,.;:!?]{{0,70}}?)\b{_AUX}(?P<phrase>{alt(after_outcome)})\b", re.IGNORECASE),
        after_outcome=after_outcome,
        before_outcome=before_outcome,
        noun=re.compile(rf"(?P<noun>{alt(noun_group)}|{alt(lex['not_people'])})\b", re.IGNORECASE),
        noun_group=noun_group,
        not_people=frozenset(w.lower() for w in lex["not_people"]),
        max_mods=int(lex["max_modifier_words"]),
    )


def extract_claims(
    text: str,
    sentences: list[Sentence],
    quantities: list[Quantity],
    times: list[TimeMention],
    sources: list[SourceMention],
    actors: list[ActorMention],
    places: list[PlaceMention],
) -> tuple[list[Claim], list[Sentence]]:
    """Claims in text order, and the sentences that recall history (background, never new events)."""
    lex = _lexicon()
    q_starts = [q.span.start for q in quantities]
    background = [s for s in sentences if _is_background(s, times)]
    background_ids = {s.index for s in background}
    claims: list[Claim] = []
    previous_source: str | None = None
    previous_attributed = False
    for sent in sentences:
        body = text[sent.start:sent.end]
        own_sources = [s for s in sources if sent.start <= s.span.start < sent.end]
        if own_sources:
            source: str | None = own_sources[0].name
        elif previous_attributed:
            source = previous_source
        else:
            source = None
        previous_source, previous_attributed = source, bool(own_sources)
        if not lex.any_outcome.search(body):
            continue
        masked = _MASK.sub(lambda m: " " * len(m.group()), body)
        lo, hi = bisect_right(q_starts, sent.start - 1), bisect_right(q_starts, sent.end - 1)
        sentence_quantities = list(quantities[lo:hi]) + _singulars(masked, sent.start, quantities[lo:hi])
        sentence_quantities.sort(key=lambda q: q.span.start)
        sentence_claims: list[Claim] = []
        for q in sentence_quantities:
            claim = _read_claim(text, masked, sent, q, sentence_claims, lex)
            if claim is None:
                continue
            claim.source = source
            claim.background = sent.index in background_ids
            claim.date = _claim_date(text, sent, q, times)
            claim.perpetrator = _perpetrator(sent, q, claim.victims, actors)
            claim.place = _place(sent, places)
            if claim.part_of is not None:
                parent = sentence_claims[claim.part_of]
                claim.part_of = parent.part_of if parent.part_of is not None else len(claims) + claim.part_of
            sentence_claims.append(claim)
        claims.extend(sentence_claims)
    return claims, background


def _read_claim(text: str, masked: str, sent: Sentence, q: Quantity, earlier: list[Claim],
                lex: _Lexicon) -> Claim | None:
    qs, qe = q.span.start - sent.start, q.span.end - sent.start
    if masked[qs:qe].isspace():
        return None
    victims, noun_end = _victims(masked, qe, lex)
    if victims == "not people":
        return None
    outcome, part_of = None, None
    m = lex.before.search(masked, max(0, qs - 60), qs)
    if m:
        outcome = lex.before_outcome[_norm(m.group("phrase"))]
    if outcome is None and earlier:
        prev = earlier[-1]
        between = masked[prev.end - sent.start:qs]
        if _PART_OF.search(between):
            outcome, part_of = prev.outcome, len(earlier) - 1
        elif re.fullmatch(r"\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*", between, re.IGNORECASE):
            m_after = lex.after.match(masked, noun_end)
            outcome = lex.after_outcome[_norm(m_after.group("phrase"))] if m_after and _gap_ok(m_after) else prev.outcome
    if outcome is None:
        m_after = lex.after.match(masked, noun_end)
        if m_after and _gap_ok(m_after, victims is None):
            outcome = lex.after_outcome[_norm(m_after.group("phrase"))]
    if outcome is None:
        return None
    start, end = q.span.start, sent.start + max(noun_end, qe)
    return Claim(
        count=q.value, low=q.low, high=q.high, outcome=outcome, victims=victims or "unknown",
        text=text[sent.start:sent.end], start=start, end=end, qualifier=q.qualifier,
        part_of=part_of, sentence=sent.index, words=text[start:end],
    )


def _gap_ok(m: re.Match[str], bare: bool = False) -> bool:
    """The words between the counted people and the outcome: few, and no second count or clause."""
    gap = m.group("gap")
    words = gap.split()
    if len(words) > (3 if bare else 8):
        return False
    return not re.search(r"\b(?:who|which|that|after|before|when|while|but|as)\b", gap, re.IGNORECASE) or \
        re.search(r"\bwho\b\s*$", gap, re.IGNORECASE) is not None


def _victims(masked: str, pos: int, lex: _Lexicon) -> tuple[str | None, int]:
    """Who the count is of: the first person noun within a few words after it (or 'not people')."""
    words = 0
    i = pos
    n = len(masked)
    while i < n and words <= lex.max_mods:
        while i < n and masked[i] in " \t\n":
            i += 1
        m = lex.noun.match(masked, i)
        if m:
            noun = _norm(m.group("noun"))
            if noun in lex.not_people and noun not in lex.noun_group:
                return "not people", m.end()
            group = lex.noun_group[noun]
            if noun == "members of":
                group = _members_of(masked, m.end())
            return group, m.end()
        w = re.match(r"[\w'’-]+", masked[i:])
        if not w or w.group().lower() in ("were", "was", "and", "in", "at", "on", "by", "are", "had", "have"):
            break
        i += w.end()
        words += 1
    return None, pos


def _members_of(masked: str, pos: int) -> str:
    rest = masked[pos:pos + 40].lower()
    if "family" in rest or "families" in rest:
        return "civilians"
    if "police" in rest or "security" in rest or "army" in rest or "forces" in rest:
        return "security forces"
    return "militants"


def _singulars(masked: str, offset: int, quantities: list[Quantity]) -> list[Quantity]:
    """'a policeman', 'one civilian', 'another soldier': counts of one written without a number."""
    lex = _lexicon()
    taken = {q.span.start for q in quantities}
    out = []
    for m in _SINGULAR.finditer(masked):
        if offset + m.start() in taken:
            continue
        nm = lex.noun.match(masked, m.end())
        if not nm:
            continue
        noun = _norm(nm.group("noun"))
        if noun not in lex.noun_group or (noun.endswith("s") and noun not in ("bus",)) or noun in ("people", "police"):
            continue
        out.append(Quantity(Span(offset + m.start(), offset + m.end() - 1, m.group().strip()), 1, 1, 1, None))
    return out


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _is_background(sent: Sentence, times: list[TimeMention]) -> bool:
    return any(t.kind == "past" and sent.start <= t.span.start < sent.end for t in times)


def _claim_date(text: str, sent: Sentence, q: Quantity, times: list[TimeMention]) -> str | None:
    """The day a claim refers to: a date in its sentence, shifted by "a day after"-style phrases."""
    here = [t for t in times if sent.start <= t.span.start < sent.end and t.kind in ("absolute", "weekday", "relative")]
    if not here:
        return None
    anchor = next((t for t in reversed(here) if t.span.start < q.span.start), here[0])
    if anchor.date is None:
        return None
    day: date = anchor.date
    for m in _DAYS_OFFSET.finditer(text, anchor.span.end, q.span.start):
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n").lower()]
        day = day - timedelta(days=n) if m.group("dir").lower() in ("after", "later") else day + timedelta(days=n)
    return day.isoformat()


_STATE_INTER = 1
_CIVILIAN_INTER = 7


def _perpetrator(sent: Sentence, q: Quantity, victims: str, actors: list[ActorMention]) -> str | None:
    """Who did it: an actor in the same sentence who is not among the victims."""
    candidates = [a for a in actors if sent.start <= a.span.start < sent.end and a.actor.inter != _CIVILIAN_INTER]
    if not candidates:
        return None

    def fits(a: ActorMention) -> bool:
        if victims == "security forces":
            return a.actor.inter != _STATE_INTER
        if victims == "militants":
            return a.actor.inter == _STATE_INTER or a.actor.inter == 8
        return True

    fitting = [a for a in candidates if fits(a)]
    if not fitting:
        return None
    named = [a for a in fitting if a.actor.inter != 3 or "Unidentified" not in a.actor.name]
    return (named or fitting)[0].actor.name


def _place(sent: Sentence, places: list[PlaceMention]) -> str | None:
    for p in places:
        if sent.start <= p.span.start < sent.end and p.relation != "statement":
            return p.place.name
    return None
