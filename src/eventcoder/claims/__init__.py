"""Claims: every reported count of people killed, injured, abducted or arrested, with who says so.

A count becomes a claim when the words around it tie it to an outcome ("22 soldiers were martyred",
"killing 92 terrorists", "left 197 militants ... dead", "a policeman was shot dead", "killing him").
Counts of towns, days or passengers never do.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from itertools import chain

from eventcoder.claims.context import _claim_date, _clause_source, _is_background, _perpetrator, _place
from eventcoder.claims.linking import _chained, _claim, _conjuncts, _link, _phrase_end_at, _resolve_pending
from eventcoder.claims.patterns import (
    _AGE_AFTER_NAME,
    _AGE_HINTS,
    _AGE_MASK,
    _ALLEGED,
    _AND_BETWEEN,
    _APPOSITIVE,
    _BACK_WORDS,
    _BY_BEFORE,
    _CAMPAIGN,
    _CAUSE,
    _CAUSE_FIRST,
    _CORPSES,
    _DATE_MASK,
    _EARLIER_LIKE_IT,
    _FOUND,
    _MASK,
    _MORE,
    _OF_BEFORE,
    _OF_THOSE,
    _PARTITIVE,
    _PRONOUN_WORDS,
    _PROTEST_AFTER,
    _PROTEST_CAUSE,
    _SPARED_HINTS,
    _SPARED_MASK,
    _SPEAKING_AFTER,
    _TOKEN,
    _TOLL,
    _UNIT_NUMBER,
    _WIDER_TOLL,
    _WITH_WOUNDS,
    ORDINAL_ONE_MORE,
    _Lexicon,
    _lexicon,
    _norm,
)
from eventcoder.claims.people import _last_people, _phrase_end, _singulars, _victims
from eventcoder.claims.references import (
    _back_references,
    _deadly_attack,
    _death_of,
    _joined_subject,
    _listed_pronouns,
    _named_subjects,
    _named_victims,
    _pronoun_victims,
    _self_inflicted,
    _sent_to_hospital,
    _singular_subjects,
    _suicide_attackers,
    _them,
)
from eventcoder.model import (
    ActorMention,
    Claim,
    PlaceMention,
    Quantity,
    Sentence,
    SourceMention,
    TimeMention,
)
from eventcoder.recognize.datelines import find_dateline
from eventcoder.recognize.quantities import parse_number
from eventcoder.spans import SpanIndex
from eventcoder.text import finditer_at

__all__ = ["extract_claims"]


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
    past = SpanIndex([t for t in times if t.kind == "past"])
    background = [s for s in sentences if _is_background(text, s, past.within(s.start, s.end))
                  or _OTHER_STORY.match(text, s.start) is not None]
    background_ids = {s.index for s in background}
    claims: list[Claim] = []
    source_index = SpanIndex(sources)
    speakers = SpanIndex([a for a in actors if not any(
        s.span.start <= a.span.start < s.span.end for s in source_index.within(a.span.start - 200, a.span.start + 1))])
    time_index = SpanIndex(times)
    place_index = SpanIndex(places)
    head = find_dateline(text)
    dateline_end = head.end() if head is not None else 0
    outcomes_so_far: set[str] = set()
    previous_source: str | None = None
    previous_attributed = False
    people: tuple[int, str] | None = None  # the last count of people the report gave, and who they are
    for sent in sentences:
        body = text[sent.start:sent.end]
        own_sources = source_index.within(sent.start, sent.end)
        if own_sources:
            source: str | None = own_sources[0].name
        elif previous_attributed:
            source = previous_source
        else:
            source = None
        previous_source, previous_attributed = source, bool(own_sources)
        lo, hi = bisect_right(q_starts, sent.start - 1), bisect_right(q_starts, sent.end - 1)
        words = set(_TOKEN.findall(body.lower()))
        if lex.triggers.isdisjoint(words):
            people = _last_people(body, sent, quantities[lo:hi], lex) or people
            continue
        masked = _MASK.sub(_blank, body)
        if not words.isdisjoint(_SPARED_HINTS):
            masked = _SPARED_MASK.sub(_blank, masked)
        if "/" in masked:
            masked = _DATE_MASK.sub(_blank, masked)
        if not words.isdisjoint(_AGE_HINTS):
            masked = _AGE_MASK.sub(_blank, masked)
        if "," in masked:
            masked = _AGE_AFTER_NAME.sub(lambda m: m.group("name") + " " * len(m.group("age")), masked)
        found = _sentence_claims(text, masked, sent, quantities[lo:hi], lex, frozenset(outcomes_so_far), words, people)
        if not words.isdisjoint(_BACK_WORDS):
            found.extend(_back_references(text, masked, sent, found, claims, people, lex))
        people = _last_people(masked, sent, quantities[lo:hi], lex) or people
        for claim in found:
            claim.source = _clause_source(text, sent, claim.start, own_sources) or source
            claim.background = claim.background or sent.index in background_ids \
                or _CAUSE.search(masked, 0, claim.end - sent.start) is not None \
                or _PROTEST_CAUSE.search(masked, 0, claim.end - sent.start) is not None \
                or (_CAUSE_FIRST.match(masked) is not None
                    and _PROTEST_AFTER.search(masked, claim.end - sent.start) is not None) \
                or _ALLEGED.search(masked, 0, claim.start - sent.start) is not None \
                or (claim.count >= 20 and _CAMPAIGN.search(masked) is not None) \
                or _EARLIER_LIKE_IT.search(masked) is not None
            claim.date = _claim_date(text, sent, claim.start, time_index.within(sent.start - 400, sent.end),
                                     violent=claim.outcome in ("killed", "injured"))
            claim.perpetrator = _perpetrator(text, sent, claim.victims, speakers.within(sent.start, sent.end))
            claim.place = _place(sent, place_index.within(sent.start, sent.end), dateline_end)
            if claim.part_of is not None:
                parent = found[claim.part_of]
                claim.part_of = parent.part_of if parent.part_of is not None else len(claims) + claim.part_of
        for k, claim in enumerate(found):
            if claim.additive and claim.part_of is None and not claim.background:
                before = next((c for c in chain(reversed(found[:k]), reversed(claims))
                               if c.outcome == claim.outcome and c.part_of is None and not c.background), None)
                if before is not None and "unknown" in (before.victims, claim.victims):
                    claim.victims = before.victims  # "seven people were killed. Another victim died": eight
            after_count = claim.start + len(claim.words.split()[0])
            among = _AMONG_THE_DEAD.match(text, claim.end) is not None  # (whoever the dead were said to be)
            if claim.part_of is None and (_OF_THOSE.match(text, after_count) or among or (
                    (part := _PARTITIVE.match(text, after_count)) and part.group().split()[1].lower() != "its")):
                earlier = [i for i, c in enumerate(claims) if c.part_of is None and c.count >= claim.count
                           and c.outcome == claim.outcome and (among or claim.victims in (c.victims, "unknown"))]
                if earlier:
                    claim.part_of = earlier[-1]
            if claim.part_of is None and k and _WITH_WOUNDS.match(text, after_count):
                # "six people injured, five with gunshot wounds": some of the count just before, said how
                parent, between = found[k - 1], text[found[k - 1].end:claim.start]
                if parent.part_of is None and parent.outcome == claim.outcome and parent.count > claim.count \
                        and between.rstrip().endswith(",") and len(between) <= 30 and " and " not in between:
                    claim.part_of = len(claims) + k - 1
        claims.extend(found)
        outcomes_so_far.update(c.outcome for c in found)
    claims.extend(_suicide_attackers(text, sentences, claims, background_ids))
    claims.extend(_deadly_attack(text, sentences, claims, background_ids))
    claims.extend(_sent_to_hospital(text, sentences, claims, quantities, background_ids))
    _hit_then_told_apart(claims)
    _long_before(claims, times)
    return claims, background


_NAMED_SUBJECT_WORDS = frozenset(("were", "been"))  # "Ali and Naseer were killed"


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


HISTORY_DAYS = 365  # a count dated a year before the date the report writes out first is history


def _long_before(claims: list[Claim], times: list[TimeMention]) -> None:
    """'On 6 May 2020, people protested ... He stabbed a man in Odessa on 24 May 2018': a count the report
    dates a year or more before the date it writes out ahead of it is background, never the event."""
    first = next((t for t in times if t.kind == "absolute" and isinstance(t.date, date)), None)
    if first is None:
        return
    cutoff = (first.date - timedelta(days=HISTORY_DAYS)).isoformat()
    for c in claims:
        if c.date and c.date < cutoff and c.start > first.span.start:
            c.background = True


_HIT_WORDS = re.compile(r"\b(?:shot|shooting|hit|struck)\b", re.IGNORECASE)
_WOUND_WORDS = re.compile(r"\b(?:wound\w*|injur\w*|hurt)\b", re.IGNORECASE)


# A link to another story on a news page: "Related Story: One Killed, Several Injured In NE OKC Shooting",
# "PHOTOS: 1 dead, 4 injured after ...", "Previous story: ..."
_OTHER_STORY = re.compile(r"\s*(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?(?:related(?:\s+(?:story|stories|content|coverage|articles?|"
                          r"links?|video))?|previous\s+(?:story|coverage)|read\s+more|see\s+also|more\s+coverage|"
                          r"photos|video|watch|also\s+read)\s*:", re.IGNORECASE)
_A_BODY = re.compile(r"(?:his|her)\s+(?:dead\s+)?(?:body|corpse|remains)\b", re.IGNORECASE)
_BODY_OF = re.compile(r"\b(?:body|corpse|remains)\s+of\s+$", re.IGNORECASE)


def _one_body_once(text: str, found: list[Claim], linked: set[int]) -> list[Claim]:
    """One dead person told twice in a sentence counts once: 'The victim was killed and his body found',
    'The body of the victim was recovered', overlapping readings of 'The body of Toor Gul Khan'."""
    kept: list[Claim] = []
    for c in found:
        single = c.outcome == "killed" and c.count == 1 and id(c) not in linked
        dead = [k for k in kept if k.outcome == "killed"]
        if single and dead and (any(k.start <= c.start < k.end for k in dead) or _A_BODY.match(c.words)
                                or _BODY_OF.search(text, max(0, c.start - 12), c.start)):
            continue
        kept.append(c)
    return kept


_FIRED_BEFORE = re.compile(r"\b(?:fired|firing|fires|heard|let\s+off|squeezed\s+off)\s+$", re.IGNORECASE)  # "fired one shot"


def _hit_then_told_apart(claims: list[Claim]) -> None:
    """Those shot, then told apart ("shot two men ... One was killed and the other was injured", "Four people
    were shot. One of them died"): the wounded among them are those who did not die, not all who were hit."""
    live = [c for c in claims if c.part_of is None and not c.background]
    for hit in live:
        if hit.outcome != "injured" or not _HIT_WORDS.search(hit.text) or _WOUND_WORDS.search(hit.text):
            continue
        later = [c for c in live if c.start > hit.end and hit.sentence <= c.sentence <= hit.sentence + 2]
        wounded_later = [c for c in later if c.outcome == "injured"]
        for dead in (c for c in later if c.outcome == "killed" and 0 < c.count < hit.count):
            # "Four people were shot ... One died": the rest are the wounded, told or not
            # (within one sentence "two of them fatally" was taken off already)
            if any(c.count == hit.count - dead.count for c in wounded_later) \
                    or (not wounded_later and dead.sentence > hit.sentence):
                _take_off(hit, dead)
                break


# "four people were shot, one fatally", "five were wounded, two of them fatally": the dead among those hit
_FATALLY = re.compile(r"[^.;]{0,60}?,\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+of\s+(?:them|whom))?"
                      r"\s+(?:fatally|(?:later\s+|has\s+|have\s+|subsequently\s+)?died|(?:was|were)\s+killed)\b",
                      re.IGNORECASE)  # also "shot two people, one of whom died"


_FATALLY_BETWEEN = re.compile(r",\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+of\s+them)?\s+fatally,"
                              r"\s+(?:were|have been|had been)\s+(?:shot|wounded|hit|struck)\b", re.IGNORECASE)


def _fatal_share(text: str, found: list[Claim]) -> None:
    """Those hit, of whom some died ("four people were shot, one fatally"): the wounded are the rest, as the
    Gun Violence Archive and ACLED count them (three injured, one killed)."""
    for i, hit in enumerate(found):
        if hit.part_of is not None:
            continue
        if hit.outcome == "killed" and _FATALLY_BETWEEN.match(text, hit.end):
            hit.outcome = "injured"  # "four teens, one fatally, were shot": four hit, not four dead
        if hit.outcome != "injured":
            continue
        m = _FATALLY.match(text, hit.end)
        if m is None or ("fatally" not in m.group().lower() and _WOUND_WORDS.search(text, hit.start, m.end())):
            continue  # "ten were injured, two of whom later died": ten injured, as the report counts them
        dead = next((c for c in found[i + 1:] if c.outcome == "killed" and hit.end < c.start < m.end()), None)
        if dead is not None and dead.count < hit.count:
            _take_off(hit, dead)


# "One of the two men was killed", "Three of five soldiers", "one of four women wounded ... has died": the outcome
# befell the first count, some of the second
_SMALL_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_SHARE_BEFORE = re.compile(rf"\b({_SMALL_COUNT})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Residents said at least 10 civilians were among the dead": some of those counted already
_AMONG_THE_DEAD = re.compile(r"\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|fatalities|casualties"
                             r"|wounded|injured)\b", re.IGNORECASE)
_HEAD_OF_A_COUNT = re.compile(rf"\s+of\s+(?:the\s+)?{_SMALL_COUNT}\b", re.IGNORECASE)
# ... unless the first count is someone said to be one of the second ("He was one of five people shot", "among"),
# or the outcome is said of the second ("One of two men who were shot to death has been identified")
_ONE_OF_THEM = re.compile(r"\b(?:was|is|were|are|be|being|as|among)\s+(?:just\s+|only\s+|also\s+|reportedly\s+)?$",
                          re.IGNORECASE)
_WHOLE_BEFORE_OUTCOME = re.compile(r"\s*(?:(?:who|that|which)\s+(?:(?:were|was|had|have|has|are)\s+)?(?:been\s+)?)?"
                                   r"(?:\w+ly\s+)?", re.IGNORECASE)
_HURT_BY_NAME = frozenset(("victims", "casualties", "injured", "wounded"))  # all of them hurt, whatever befell some
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+$", re.IGNORECASE)  # "five people who died": said of all
# a predicate, not a participle after the noun: "(Two of four victims) died", "(three of the five soldiers) were killed"
_PREDICATE_FIRST = re.compile(r"(?:were|was|is|are|has|have|had|died|dies|die|later|also)\b", re.IGNORECASE)
# what befell all of the second count, said right after it: "four women wounded", "five people who were shot"
_ALL_HIT_AFTER = re.compile(r"\s+(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+)?"
                            r"(?P<hit>shot|wounded|injured|hurt|struck|hit)\b", re.IGNORECASE)


def _some_of(text: str, masked: str, sent: Sentence, claim: Claim, share: re.Match[str], head: int) -> list[Claim]:
    """Make `claim` the count of the first number of "N of (the) M people": what befell the N. When the M are
    said to have been hit first and N of them died ("One of five people shot Sunday has died"), the other M - N
    are the wounded, returned as a claim of their own."""
    whole = claim.count
    claim.count = claim.low = claim.high = head
    claim.start = sent.start + share.start()
    claim.words = text[claim.start:claim.end]
    hit = _ALL_HIT_AFTER.match(masked, claim.end - sent.start)
    if claim.outcome != "killed" or hit is None:
        return []
    rest = whole - head
    return [Claim(count=rest, low=rest, high=rest, outcome="injured", victims=claim.victims, text=claim.text,
                  start=sent.start + share.end(), end=sent.start + hit.end(), sentence=sent.index,
                  words=text[sent.start + share.end():sent.start + hit.end()])]


def _take_off(hit: Claim, dead: Claim) -> None:
    """Those hit, less those of them who died: the wounded."""
    hit.count, hit.low, hit.high = hit.count - dead.count, max(0, hit.low - dead.count), hit.high - dead.count


_SINGULAR_VERB = re.compile(r"\b(?:was|is|has\s+been)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)


def _sentence_claims(text: str, masked: str, sent: Sentence, numbers: list[Quantity], lex: _Lexicon,
                     earlier_outcomes: frozenset[str] = frozenset(), words: set[str] | None = None,
                     earlier_people: tuple[int, str] | None = None) -> list[Claim]:
    """The claims of one sentence: counted people tied to outcomes, then singular and named victims."""
    candidates = sorted([*numbers, *_singulars(masked, sent.start, numbers, lex)], key=lambda q: q.span.start)
    hits = list(finditer_at(lex.after_phrase, masked, lex.after_starts))
    starts = {q.span.start - sent.start for q in candidates}
    found: list[Claim] = []
    parents: dict[int, Claim] = {}  # id(claim) -> the claim it is part of
    used: set[int] = set()  # where outcome phrases already tied to a count end
    pending: list[tuple[Quantity, str, int]] = []
    one_subject: set[int] = set()  # outcome phrases after a singular verb ("was killed") that have their person
    for q in candidates:
        qs, qe = q.span.start - sent.start, q.span.end - sent.start
        if masked[qs:qe].isspace() or (q.span.text.lower() == "both" and (
                re.match(r"\s+\S+\s+and\b", masked[qe:]) or (found and re.search(r",\s*$", masked[:qs])))):
            continue
        if found and q.span.text.lower() in ("a", "an") and _APPOSITIVE.fullmatch(masked, found[-1].end - sent.start, qs) \
                and (re.search(r"also|formerly|once", masked[found[-1].end - sent.start:qs], re.IGNORECASE)
                     or re.match(r"[^,;]{0,80},\s*(?:was|is|has|had)\b", masked[qe:])):
            continue  # "A local leader, also a former council member, was killed": the same person again
        victims, noun, noun_end = _victims(masked, qe, lex)
        if victims == "not people" or _BY_BEFORE.search(masked, max(0, qs - 4), qs) or _FIRED_BEFORE.search(
                masked, max(0, qs - 12), qs) or (
                q.span.text[:1].isdigit() and _UNIT_NUMBER.match(masked, qe) and _OF_BEFORE.search(masked, max(0, qs - 4), qs)):
            continue  # "beaten by two men": the men did it; "a jawan of 24 AR": a unit's number
        if found and _APPOSITIVE.fullmatch(masked, found[-1].end - sent.start, qs) \
                and _SPEAKING_AFTER.match(masked, noun_end if victims is not None else qe):
            continue  # "killing 46 worshippers, a local official said": who says so
        outcome, part_of, phrase_at, additive = _link(masked, qs, noun_end, victims, found, sent, lex, hits, used)
        if _HEAD_OF_A_COUNT.match(masked, qe) and not (outcome and phrase_at is None):
            continue  # "One of the five people shot ... has died": read with the five (see _some_of)
        if outcome and part_of is None and q.span.text[:1].isalnum() and re.search(r"\bthe\s+$", masked[max(0, qs - 4):qs],
                                                                              re.IGNORECASE):
            same = [c for c in found if c.count == q.value and c.outcome == outcome]
            if same:
                part_of = found.index(same[-1])  # "2 among the four killed": the four counted already
        if outcome is None and ((noun in _CORPSES and _FOUND.search(masked)) or noun == "casualties"):
            outcome = "killed"  # bodies found; "casualties" as South Asian and ACLED reports use it, the dead
        if outcome is None:
            if victims is not None:
                pending.append((q, victims, noun_end))
            elif re.match(r"(?:\s+[\w'’-]+)?\s+and\s+", masked[qe:]):
                pending.append((q, "unknown", qe + len(re.match(r"(?:\s+[\w'’-]+)?", masked[qe:]).group())))
            continue
        if victims is None and q.value == 1 and q.span.text.lower() in ("the", "his", "her", "their") \
                and phrase_at is not None:
            continue
        if victims is None and found and phrase_at is not None:
            victims = found[-1].victims
        if victims in (None, "unknown") and found and found[-1].outcome == outcome and (additive or (
                noun == "others" and _AND_BETWEEN.fullmatch(masked, found[-1].end - sent.start, qs))):
            victims = found[-1].victims  # "killed an official and two others", "killed along with two": together
        if q.value == 1 and not q.span.text[0].isdigit():
            noun_end = _phrase_end(masked, noun_end if victims else qe)
        if phrase_at is not None:
            used.add(_phrase_end_at(masked, phrase_at, hits))
        resolved = _resolve_pending(pending, masked, qs, sent)
        for k, (pq, pv, pend) in enumerate(resolved):
            found.append(_claim(text, sent, pq, outcome, pv, pend))
            # "Two foreigners and a security man were killed": different people; "19 people, nine soldiers and
            # 10 assailants": the first, apart by a comma, is all of them
            nxt = resolved[k + 1][0].span.start if k + 1 < len(resolved) else q.span.start
            found[-1].joined = _AND_BETWEEN.search(text, pq.span.end, nxt) is not None
        pending = []
        if victims is None and resolved and resolved[-1][1] != "unknown":
            victims = resolved[-1][1]  # "a commander and his three accomplices": of a kind with the one before
        first = resolved[0][0].span.start - sent.start if resolved else qs
        if phrase_at is not None:
            found.extend(_joined_subject(text, masked, sent, first, outcome, lex, starts))
        if q.value == 1 and not q.span.text[:1].isdigit() and phrase_at is not None \
                and _SINGULAR_VERB.search(masked, max(0, phrase_at - 24), phrase_at):
            if phrase_at in one_subject:
                continue  # "Qasim, the provincial leader and an imam, was killed": one person described twice
            one_subject.add(phrase_at)
        claim = _claim(text, sent, q, outcome, victims or "unknown", noun_end)
        claim.joined = bool(resolved) and found[-1].joined
        ordinal = " ".join(q.span.text.lower().split()) in ORDINAL_ONE_MORE
        # ("two were hurt and a third died": one more person, not one more death)
        claim.additive = additive or q.span.text.lower() == "another" or _MORE.match(masked, qe) is not None or (
            ordinal and bool(found) and found[-1].outcome == outcome)
        if outcome == "killed" and _TOLL.search(masked, max(0, qs - 80), qs):
            claim.total = not _WIDER_TOLL.search(masked)
            claim.background = not claim.total  # a campaign's running toll is context, not this event's
        if phrase_at is not None:
            found.extend(_conjuncts(text, masked, sent, noun_end, phrase_at, outcome, lex, starts))
            found.extend(_chained(text, sent, claim, phrase_at, hits, lex))
        share = _SHARE_BEFORE.search(masked, max(0, qs - 20), qs)
        if share is not None and (head := parse_number(share.group(1))) is not None and 0 < head < q.value \
                and not _ONE_OF_THEM.search(masked, max(0, share.start() - 24), share.start()) \
                and not (outcome == "injured" and noun in _HURT_BY_NAME):  # "three of the four victims were treated"
            said_of_all = phrase_at is not None and _WHOLE_BEFORE_OUTCOME.fullmatch(masked, noun_end, phrase_at) \
                and (_PREDICATE_FIRST.match(masked, phrase_at) is None
                     or _RELATIVE_BEFORE.search(masked, noun_end, phrase_at) is not None)
            hit_first = said_of_all and lex.after_outcome.get(_norm(masked[phrase_at:_phrase_end_at(
                masked, phrase_at, hits)])) != "killed"
            if not said_of_all or (hit_first and outcome == "killed"):
                found.extend(_some_of(text, masked, sent, claim, share, head))
        if part_of == -1:  # listed after another count: part of what that count is part of
            if id(found[-1]) in parents:
                parents[id(claim)] = parents[id(found[-1])]
        elif part_of is not None:
            parents[id(claim)] = found[part_of]
        found.append(claim)
    words = words if words is not None else set(_TOKEN.findall(masked.lower()))
    if not words.isdisjoint(("was", "has", "after", "got")):
        found.extend(_singular_subjects(text, masked, sent, used, lex, found))
    found.extend(_named_victims(text, masked, sent, found, lex))
    if " and " in masked and not words.isdisjoint(_NAMED_SUBJECT_WORDS):
        found.extend(_named_subjects(text, masked, sent, found))
    if "of" in words:
        found.extend(_death_of(text, masked, sent, found, lex))
    if "killed" not in earlier_outcomes and not any(c.outcome == "killed" for c in found) \
            and not words.isdisjoint(_PRONOUN_WORDS):
        found.extend(_pronoun_victims(text, masked, sent, found, lex))
    elif not words.isdisjoint(("him", "her")):
        found.extend(_listed_pronouns(text, masked, sent, found, lex))
    if "them" in words:
        found.extend(_them(text, masked, sent, found, numbers, lex, earlier_people))
    if not words.isdisjoint(("himself", "herself", "own", "suicide")):
        found.extend(_self_inflicted(text, masked, sent, found, earlier_outcomes))
    found.sort(key=lambda c: c.start)
    found = _one_body_once(text, found, {id(c) for c in parents.values()} | set(parents))
    _fatal_share(text, found)
    position = {id(c): i for i, c in enumerate(found)}
    for c in found:
        if id(c) in parents:
            c.part_of = position[id(parents[id(c)])]
    return found
