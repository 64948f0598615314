"""Tying a count to its outcome: the killing word before it, the outcome after it, lists, parts, chained outcomes."""

from __future__ import annotations

import re
from typing import Any

from eventcoder.claims.patterns import (
    _AS_WERE,
    _AUX_TAIL,
    _CHAIN,
    _CLAUSE_END,
    _CONJUNCT,
    _COORDINATED,
    _COUNT_WORD,
    _COUNTED_NOUNS,
    _INCLUDING,
    _LATER_DIED,
    _OBJECT_AFTER,
    _OF_THOSE,
    _PART_OF,
    _PASSIVE,
    _TOLL,
    _TOLL_VERBS,
    _Lexicon,
    _lexicon,
    _norm,
)
from eventcoder.claims.people import _victims
from eventcoder.model import (
    Claim,
    Quantity,
    Sentence,
)

_A_SHOT = re.compile(r"\b(?:a|one|the|single|warning|fatal|first|second|another)\s*$", re.IGNORECASE)
_TOLD_THAT = re.compile(r"\b(?:told|tells|said|says|say|reported|confirmed|stated|added)\b(?:\s+[\w'’-]+){0,4}?\s+that\b",
                        re.IGNORECASE)
_CLAIMED = frozenset(("claimed", "claiming"))
_EITHER_FATE = re.compile(r"\b(?:killed|dead|injured|wounded)(?:\s*,\s*|\s+(?:and/)?or\s+)$", re.IGNORECASE)
_RELATIVE_OF_ANOTHER = re.compile(r"\bof\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that|which)\s+"
                                  r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_SPEAKS = re.compile(r"(?:\s+[A-Z][a-z]+){0,3},?\s+(?:said|says|told|tells|added|confirmed|stated|recalled)\b")
_LIVES = re.compile(r"\blives$", re.IGNORECASE)
_DEAD_AFTER = re.compile(r"[^.;]{0,60}?\b(?:dead|to\s+death)\b", re.I)


# an attempt, not the deed: "trying to kill two others", "attempted to murder his wife"
_ATTEMPTED = re.compile(r"\b(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|plotted|plotting|plan(?:ned)?"
                        r"|planning|intended|threatened|threatening)\s+to\s+$", re.IGNORECASE)
_ACCUSED_OF = re.compile(r"\b(?:accused|charged|suspected|convicted|arrested|wanted|sentenced|indicted|jailed|"
                         r"held|booked)\s+(?:of|with|for|in)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def _unless_dead(outcome: str, masked: str, pos: int) -> str:
    """'shot a shopkeeper dead', 'shot him to death': a wounding word before its victims, then 'dead', kills."""
    return "killed" if outcome == "injured" and _DEAD_AFTER.match(masked, pos) else outcome


def _resolve_pending(pending: list[tuple[Quantity, str, int]], masked: str, qs: int,
                     sent: Sentence) -> list[tuple[Quantity, str, int]]:
    """Counts listed before the one that carries the outcome ("7 soldiers, one policeman and one civilian
    were killed") share its outcome when only commas and 'and' stand between them."""
    out: list[tuple[Quantity, str, int]] = []
    next_start = qs
    for q, victims, noun_end in reversed(pending):
        if not _COORDINATED.fullmatch(masked[noun_end:next_start]):
            break
        out.append((q, victims, noun_end))
        next_start = q.span.start - sent.start
    return list(reversed(out))


def _link(masked: str, qs: int, noun_end: int, victims: str | None, found: list[Claim], sent: Sentence,
          lex: _Lexicon, hits: list[re.Match[str]], used: set[int]) -> tuple[str | None, int | None, int | None, bool]:
    """The outcome a count is tied to, whether it is part of an earlier count (its index in found, or -1
    when it is listed after the last one), where its outcome word is, and whether it adds to counts given
    before ("were also killed", "as were two civilians")."""
    along = lex.along.search(masked, max(0, qs - 120), qs) if "with" in masked[max(0, qs - 12):qs] else None
    if along and along.group("verb"):  # "killed the chief, Sabir Mehsud, along with two of his aides"
        return _unless_dead(lex.before_outcome[_norm(along.group("verb"))], masked, noun_end), None, None, True
    if along:
        return lex.after_outcome.get(_norm(along.group("phrase")), "killed"), None, None, True
    m = lex.before.search(masked, max(0, qs - 60), qs)
    if m and found and m.end("phrase") + sent.start <= found[-1].end + 40 and m.end("phrase") in used:
        m = None  # "1 soldier killed 5 injured": 'killed' belongs to the count before
    if m and _norm(m.group("phrase")) in _CLAIMED and not _LIVES.search(masked, 0, noun_end):
        m = None  # "claimed two attacks", "claimed 20 militants were killed": 'claimed' kills only lives
    if m and m.group("listed") and m.group("listed").rstrip().endswith(",") and (
            not re.match(r"(?:his|her|their)\s", masked[qs:qs + 6], re.IGNORECASE) or _SPEAKS.match(masked, noun_end)):
        m = None  # "killed Javed Qadri, a leader of ...": the same person described; "..., his brother said": who speaks
    if m and _ATTEMPTED.search(masked, max(0, m.start() - 30), m.start()):
        m = None  # "charged with trying to kill two others": they lived
    if m and _norm(m.group("phrase")) == "shot" and _A_SHOT.search(masked, max(0, m.start() - 12), m.start()):
        m = None  # "Weapon was a single shot 223": a shot fired, the noun, hits no one counted after it
    if m and (_norm(m.group("phrase")) not in _TOLL_VERBS or _TOLL.search(masked, max(0, m.start() - 80), m.start())):
        also = re.search(r"\balso\s+$", masked[max(0, m.start() - 8):m.start()]) is not None
        # listed after others the same word befell ("killed Jaffri and his companion"): more people, not the same
        also = also or bool(m.group("listed"))
        return _unless_dead(lex.before_outcome[_norm(m.group("phrase"))], masked, noun_end), None, None, also
    if found:
        prev = found[-1]
        between = masked[prev.end - sent.start:qs]
        part = _PART_OF.search(between)
        if (part and not lex.any_outcome.search(between, part.start())) or _OF_THOSE.match(masked, noun_end):
            own = _after(masked, noun_end, hits, lex)
            if own and len(own.group("gap").split()) <= 3 and "," not in own.group("gap") and lex.after_outcome[_norm(own.group("phrase"))] == "killed" \
                    and prev.outcome != "killed":
                return "killed", None, own.start("phrase"), False  # "four were shot, and one of them has died"
            return prev.outcome, len(found) - 1, None, False
        if _AS_WERE.search(between):
            return prev.outcome, None, None, True
    m_after = _after(masked, noun_end, hits, lex)
    # (not an outcome denied: "my dad's 40 and he hasn't been shot", "the two were not injured"; "were not seriously
    # injured" were injured)
    # (nor mourners of the dead: "Hundreds gather to mourn slain Berrien County officers")
    if m_after and _gap_ok(m_after, masked, bare=victims is None) and not _MOURNED.search(m_after.group("gap")) and not (
            _DENIED.search(m_after.group("gap")) and not _DEGREE.search(m_after.group("aux") + m_after.group("phrase"))):
        also = re.search(r"\balso\b", m_after.group("aux"), re.IGNORECASE) is not None
        outcome = lex.after_outcome[_norm(m_after.group("phrase"))]
        relative = re.search(r"\b(?:who|which)\b", m_after.group("gap") + m_after.group("aux"), re.IGNORECASE) is not None
        if (outcome == "injured" or relative) and outcome != "killed" and _later_died(masked, m_after.end()):
            outcome = "killed"
        return outcome, None, m_after.start("phrase"), also
    between = masked[found[-1].end - sent.start:qs] if found else ""
    if found and _COORDINATED.fullmatch(between) and not (between.strip() == "," and _definite(masked, qs)):
        return found[-1].outcome, -1, None, False
    return None, None, None, False


_DENIED = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+$", re.IGNORECASE)
_MOURNED = re.compile(r"\b(?:mourn\w*|honou?r\w*|remember\w*|vigils?\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
_DEGREE = re.compile(r"\b(?:seriously|critically|severely|badly|mortally)\b", re.IGNORECASE)


def _definite(masked: str, qs: int) -> bool:
    """'killing a man, the director of the school': after a bare comma, 'the ...' restates the one before it."""
    return re.match(r"the\b", masked[qs:qs + 4], re.IGNORECASE) is not None


class _AfterMatch:
    """What the outcome following a count looks like: the words between (gap), auxiliaries, the phrase."""

    __slots__ = ("_spans", "_text")

    def __init__(self, text: str, gap: tuple[int, int], aux: tuple[int, int], phrase: tuple[int, int]) -> None:
        self._text = text
        self._spans = {"gap": gap, "aux": aux, "phrase": phrase}

    def group(self, name: str) -> str:
        a, b = self._spans[name]
        return self._text[a:b]

    def start(self, name: str) -> int:
        return self._spans[name][0]

    def end(self, name: str = "phrase") -> int:
        return self._spans[name][1]


def _phrase_end_at(masked: str, start: int, hits: list[re.Match[str]]) -> int:
    """Where the outcome phrase starting at start ends."""
    return next((h.end() for h in hits if h.start() == start), start)


def _after(masked: str, pos: int, hits: list[re.Match[str]], lex: _Lexicon) -> _AfterMatch | None:
    """The first outcome phrase after pos within the clause (at most 120 characters, no full stop between)."""
    for h in hits:
        if h.start() < pos:
            continue
        if h.start() - pos > 130 or _CLAUSE_END.search(masked, pos, h.start()):
            return None
        aux = _AUX_TAIL.search(masked, pos, h.start())
        aux_start = aux.start() if aux else h.start()
        if aux_start > pos and not masked[aux_start - 1].isspace() and aux_start != pos:
            aux_start = h.start()
        if aux_start - pos > 120:
            return None
        return _AfterMatch(masked, (pos, aux_start), (aux_start, h.start()), (h.start(), h.end()))
    return None


_DATES = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|"
                    r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


def _later_died(masked: str, pos: int) -> bool:
    """'was injured and later died', 'who received injuries ..., succumbed': the injured person died."""
    m = _LATER_DIED.match(masked, pos)
    return m is not None and not _COUNT_WORD.search(_DATES.sub(" ", m.group("between"))) and \
        not re.search(r"\band\s+(?:the|a|an|his|her|their|another)\s+(?:[\w-]+\s+){0,2}$", m.group("between"), re.IGNORECASE)


def _gap_ok(m: re.Match[str], masked: str, bare: bool = False) -> bool:
    """The words between the counted people and the outcome: few, with no second count, and the people
    undergo the outcome (passive: "were killed") rather than inflict it ("gunmen killed the owner")."""
    gap = _INCLUDING.sub(" ", m.group("gap"))
    gap = re.split(r"\b(?:including|among\s+them)\b", gap, maxsplit=1, flags=re.IGNORECASE)[0]
    gap = _DATES.sub(" ", gap)  # "on February 13" is no second count
    words = gap.replace(",", " ").split()
    lower = [w for w in words if not w[0].isupper()]
    relative = bool(words) and words[0].lower().strip(",") in (
        "who", "that", "which", "believed", "thought", "said", "reported", "alleged", "allegedly", "suspected",
        "belonging", "linked", "affiliated", "identified", "involved", "deployed", "posted", "stationed", "travelling",
        "traveling", "working", "returning", "riding", "sitting", "standing", "guarding", "escorting", "carrying")
    if len(words) > (16 if relative else 9) or (bare and len(lower) > 4) or _COUNT_WORD.search(gap):
        return False
    if re.search(r"\b(?:after|before|when|while|but|because|since|where|if|than)\b", gap, re.IGNORECASE):
        return False
    if _ACCUSED_OF.search(gap):
        return False  # "a man accused of fatally shooting his friend": he is charged, not killed
    if _EITHER_FATE.search(m.group("gap") + m.group("aux")):
        return False  # "killed, injured or captured", "killed or wounded": some of each, none counted
    if _RELATIVE_OF_ANOTHER.search(gap + m.group("aux")):
        return False  # "20 friends and family of a man who died": the relative clause is the man's
    phrase = _norm(m.group("phrase"))
    if phrase == "shot" and _A_SHOT.search(gap):
        return False  # "fired a shot into the crowd": a noun, not the counted people's wound
    if _TOLD_THAT.search(gap):
        return False  # "The mother told reporters that her son was killed": she speaks; he died
    if phrase in _COUNTED_NOUNS and len(words) > 1:
        return False  # "one death", "10 fatalities": the noun follows its count
    lex = _lexicon()
    transitive = phrase in lex.before_outcome or phrase in lex.passive_only
    if transitive and not _PASSIVE.search(gap + m.group("aux")):
        if re.search(r"\band\s*$", gap, re.IGNORECASE):
            return False  # "killed one soldier and one civilian and injured several": a second verb, not theirs
        if phrase in lex.passive_only and len(lower) > 2:
            return False  # "a bomber detonated his vest at a rally held there": the rally's participle, not his
        return not _OBJECT_AFTER.match(masked, m.end("phrase"))
    return True


def _chained(text: str, sent: Sentence, claim: Claim, phrase_at: int, hits: list[re.Match[str]],
             lex: _Lexicon) -> list[Claim]:
    """'were kidnapped and shot dead': the same people, a second outcome."""
    first = next((h for h in hits if h.start() == phrase_at), None)
    second = next((h for h in hits if first is not None and h.start() > first.end()), None)
    if second is None or not _CHAIN.fullmatch(text, sent.start + first.end(), sent.start + second.start()):
        return []
    outcome = lex.after_outcome[_norm(second.group())]
    if outcome == claim.outcome:
        return []
    s, e = sent.start + second.start(), sent.start + second.end()
    return [Claim(count=claim.count, low=claim.low, high=claim.high, outcome=outcome, victims=claim.victims,
                  text=claim.text, start=s, end=e, qualifier=claim.qualifier, sentence=sent.index, words=text[s:e])]


def _conjuncts(text: str, masked: str, sent: Sentence, start: int, end: int, outcome: str,
               lex: _Lexicon, counted: set[int]) -> list[Claim]:
    """'An army soldier and a Special Operations SPO were killed': each singular person joined by 'and' counts
    one, unless it is already a count of its own (positions in `counted`)."""
    out = []
    for m in _CONJUNCT.finditer(masked, start, end):
        if any(m.start() <= p < m.end() for p in counted):
            continue
        group, _, _ = _victims(masked, m.end(), lex)
        s, e = sent.start + m.start(), sent.start + end
        out.append(_one_person(text, sent, s, e, outcome, group or "unknown", words=text[s:e].strip()))
    return out


def _one_person(text: str, sent: Sentence, start: int, end: int, outcome: str, victims: str, **extra: Any) -> Claim:
    """A claim of one person, told by text[start:end] (its words unless `extra` gives others)."""
    extra.setdefault("words", text[start:end])
    return Claim(count=1, low=1, high=1, outcome=outcome, victims=victims, text=text[sent.start:sent.end],
                 start=start, end=end, sentence=sent.index, **extra)


def _claim(text: str, sent: Sentence, q: Quantity, outcome: str, victims: str, noun_end: int) -> Claim:
    start, end = q.span.start, sent.start + max(noun_end, q.span.end - sent.start)
    return Claim(count=q.value, low=q.low, high=q.high, outcome=outcome, victims=victims,
                 text=text[sent.start:sent.end], start=start, end=end, qualifier=q.qualifier,
                 sentence=sent.index, words=text[start:end])
