"""What surrounds a claim: its source, its day, who did it, where, and whether it is history."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventcoder.claims.patterns import _DAYS_OFFSET, _SMALL
from eventcoder.model import (
    ActorMention,
    PlaceMention,
    Sentence,
    SourceMention,
    TimeMention,
)
from eventcoder.recognize.times import when_charged, when_spoken


def _clause_source(text: str, sent: Sentence, pos: int, own: list[SourceMention]) -> str | None:
    """Where a sentence names several sources ("Police said 4 died; hospital officials said 6"), a count belongs
    to the one in its own clause."""
    if len(own) < 2:
        return None
    cut, end = sent.start, sent.end
    for b in _CLAUSE_BREAK.finditer(text, sent.start, sent.end):
        if b.group() != ";" and not any(0 <= m.span.start - b.end() <= 12 for m in own):
            continue  # "the uncle was shot in the hand, while the child was shot": one source's clause goes on
        if b.end() <= pos:
            cut = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    here = [m for m in own if cut <= m.span.start < end]
    return here[0].name if here else None


# where one source's clause gives way to another's: "; ", ", while the army put the toll at 18", ", but police said"
# (a conjunction only where a source follows it)
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\s+", re.IGNORECASE)


def _is_background(text: str, sent: Sentence, times: list[TimeMention]) -> bool:
    """History: a sentence about last year or years ago ("Last year, ...", "... was killed last year"), or
    led by an earlier year ("In 2019, ..."); not one that names the past in passing ("last year's massacre
    case", "the attack on his home in 2013")."""
    for t in times:
        if t.kind != "past" or not sent.start <= t.span.start < sent.end or text.startswith(("'s", "’s"), t.span.end):
            continue
        leads = t.span.start < sent.start + 40  # "Last year, ...": the sentence's own time
        if not leads:
            rel = _RELATIVE.search(text, max(sent.start + 40, t.span.start - 80), t.span.start)
            if (rel is not None and not _TOLL_VERB.search(rel.group())) \
                    or _PROTEST_ACT.search(text, sent.start, t.span.start) \
                    or _PROTEST_ACT.search(text, t.span.end, sent.end):
                # the past of what a relative clause names ("protested over the killings that took place a year
                # ago"), of a grievance protested today ("protested against their evictions three years ago"), or
                # of the people who protest ("families whose sons drowned last year protested in Karachi")
                continue
        if leads or t.year is None or not re.match(r"in\s+\d", t.span.text, re.I):
            return True
    return False


_PROTEST_ACT = re.compile(
    r"\b(?:protest(?:ed|ing)|demonstrated|rallied|marched|staged|held\s+(?:a|the)\s+(?:protest|rally|demonstration|sit-in"
    r"|dharna)|(?:went|go|going)\s+on\s+(?:a\s+)?strike|took\s+out\s+(?:a\s+)?(?:rally|procession|march)"
    r"|(?:protest|demonstration|rally|dharna|sit-in)s?\s+(?:was|were)\s+(?:held|staged|organi[sz]ed))\b", re.I)
_TOLL_VERB = re.compile(r"\b(?:killed|shot|died|dead|injured|wounded|murdered|attacked|abducted|kidnapped|arrested)\b",
                        re.I)  # "children who were shot and killed last year": the history itself
_RELATIVE = re.compile(r",?\s+(?:that|which|who|whom|whose)\s+(?:[\w’'-]+\s+){1,8}$", re.I)


def _claim_date(text: str, sent: Sentence, pos: int, times: list[TimeMention], violent: bool = False) -> str | None:
    """The day a claim refers to: a date in its sentence, shifted by "a day after"-style phrases (for a death or
    a wound, not the day someone was charged with it)."""
    here = [t for t in times if sent.start <= t.span.start < sent.end and t.kind in ("absolute", "weekday", "relative")
            and not when_spoken(text, t) and not (violent and when_charged(text, t))]
    if not here:
        # "It came a day after troops killed 5": the day is counted from the one told just before
        if not _DAYS_OFFSET.search(text, sent.start, pos):
            return None
        before = [t for t in times if sent.start - 400 < t.span.start < sent.start and t.date is not None
                  and t.kind in ("absolute", "weekday", "relative")]
        if not before:
            return None
        here = before[-1:]
    written = [t for t in here if t.kind == "absolute"]  # "yesterday (16/01)": the written date says more
    anchor = written[0] if written else next((t for t in reversed(here) if t.span.start < pos), here[0])
    if anchor.date is None:
        return None
    day: date = anchor.date
    for m in _DAYS_OFFSET.finditer(text, max(anchor.span.end, sent.start if anchor.span.start < sent.start else 0), pos):
        n = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n").lower()]
        day = day - timedelta(days=n) if m.group("dir").lower() in ("after", "later") else day + timedelta(days=n)
    return day.isoformat()


_STATE_INTER = 1


_CIVILIAN_INTER = 7


# an actor that says something ("The Inter-Services Public Relations (ISPR) said", "police told reporters"): the
# claim's source, its perpetrator only when the sentence names no one else ("Police said they shot two robbers")
_SPEAKER_AFTER = re.compile(r"\)?(?:\s+[A-Z][a-z]+){0,3},?\s+(?:said|says|stated|told|tells|added|claimed|announced|"
                            r"confirmed)\b")


def _perpetrator(text: str, sent: Sentence, victims: str, actors: list[ActorMention]) -> str | None:
    """Who did it: an actor in the same sentence who is not among the victims, rather than one who speaks."""
    candidates = [a for a in actors if sent.start <= a.span.start < sent.end and a.actor.inter != _CIVILIAN_INTER]

    def fits(a: ActorMention) -> bool:
        if victims == "security forces":
            return a.actor.inter != _STATE_INTER
        if victims == "militants":
            return a.actor.inter in (_STATE_INTER, 8)
        return True

    fitting = [a for a in candidates if fits(a)]
    silent = [a for a in fitting if _SPEAKER_AFTER.match(text, a.span.end) is None]
    if victims == "security forces":  # a foreign army that tells of its own soldiers' deaths did not kill them
        fitting = [a for a in fitting if a.actor.inter != 8]
    for group in (silent, fitting):
        named = [a for a in group if "Unidentified" not in a.actor.name]
        if group:
            return (named or group)[0].actor.name
    return None


def _place(sent: Sentence, places: list[PlaceMention], dateline_end: int = 0) -> str | None:
    """Where the claim's sentence says it happened: its first place that is no speaker's nor hospital's, after the
    story's dateline if the sentence names one there ("BEIRUT (Reuters) - An Israeli strike ... in Nabatieh")."""
    told = [p for p in places if sent.start <= p.span.start < sent.end and p.relation not in ("statement", "treated")]
    after = next((p for p in told if p.span.start >= dateline_end), None)
    return (after or told[0]).place.name if told else None
