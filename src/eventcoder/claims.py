"""Claims: every reported count of people killed, injured, abducted or arrested, with who says so.

A count becomes a claim when the words around it tie it to an outcome ("22 soldiers were martyred",
"killing 92 terrorists", "left 197 militants ... dead", "a policeman was shot dead", "killing him").
Counts of towns, days or passengers never do.
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
from eventcoder.text import finditer_at, word_start_finder

# Words allowed between the counted people and a following outcome ("were also reportedly killed").
_AUX_WORDS = (r"were|was|are|is|have|has|had|been|being|got|get|also|reportedly|allegedly|later|all|subsequently|"
              r"eventually|confirmed|found|left|lay|lying|critically|seriously|severely|badly|mortally|both|"
              r"then|soon|immediately|instantly|either|apparently|initially|were\s+all|who|which|reported|"
              r"said\s+to\s+have\s+been|believed\s+to\s+have\s+been|feared")
_AUX = rf"(?:(?:{_AUX_WORDS})\s+)*"
_PASSIVE = re.compile(rf"\b(?:were|was|are|is|been|being|got)\b(?:\s+(?:{_AUX_WORDS}))*\s*$"
                      r"|\b(?:were|was|been|being|got)\s+[^,;]*\band\s*$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten"
                           r"|\d+|at\s+least)\b"
                           r"|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last|late|early)(?-i:[A-Z][a-z])",
                           re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:including|includ(?:ed|es)|among\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed)"
                      r"|of\s+(?:whom|them|those)|comprising|such\s+as)\b[^.;]{0,120}$", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:\s+of\s+(?:(?!\b(?:were|was|are|is|and)\b)[^,.;\d]){1,60}?)?\s*(?:,|,?\s*(?:and|as\s+well\s+as|plus|along\s+with))\s*",
                          re.IGNORECASE)
_DAYS_OFFSET = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir>after|before|earlier|later)\b",
                          re.IGNORECASE)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SINGULAR = re.compile(r"\b(?:a|an|another|one|the|his|her|their)\s+(?!total\b|number\b|group\b|few\b|dozen)",
                       re.IGNORECASE)
_NAMED = re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+){0,3}[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?\b")
_FOUND = re.compile(r"\b(?:found|recovered|discovered|dumped|retrieved|exhumed|collected|fished\s+out)\b",
                    re.IGNORECASE)
_CORPSES = frozenset(("body", "bodies", "corpse", "corpses", "dead bodies", "remains"))
# Asides and ages are blanked out (same length) before reading counts: "18 civilians — women and children —
# who ...", "(ISPR)", "a 34-year-old woman".
_MASK = re.compile(r"\s[—–-]{1,2}\s?[^—–.;]{1,120}?\s?[—–]|\([^()]{0,120}\)|\[[^\[\]]{0,120}\]"
                   r"|\b\d+\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)\s*-?\s*old\b", re.IGNORECASE)
_STOP = frozenset(("were", "was", "are", "is", "had", "have", "has", "in", "at", "on", "by", "of", "from", "to", "who",
                   "with", "for", "during", "after", "before", "when", "while", "as", "that", "which", "according",
                   "near", "into", "under", "over", "since", "said", "say", "says", "but", "or", "than", "between",
                   "against", "about", "across", "inside", "outside", "through", "toward", "towards", "within"))
_TOKEN = re.compile(r"[a-z]+")
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_ADJECTIVAL = frozenset(("injured", "wounded", "slain", "deceased", "missing", "abducted", "kidnapped", "arrested"))
_UNIT_NUMBER = re.compile(r"\s+(?:[A-Z]{2,}|[A-Z][a-z]+\s+(?:Rifles|Regiment|Battalion|Brigade|Division|Corps))\b")
_COUNTED_NOUNS = frozenset(("death", "deaths", "fatality", "fatalities"))
# A person noun that only names a thing's owner: "a militant camp", "a police station", "an army convoy".
_THING_HEAD = re.compile(r"\s+(?:camps?|hideouts?|bases?|stations?|offices?|posts?|convoys?|vehicles?|headquarters|"
                         r"hostels?|schools?|colleges?|compounds?|outposts?|checkpoints?|barracks|training|van|truck|"
                         r"mobile|patrol|party|parties|wings?|groups?|outfits?|organi[sz]ations?|factions?|leaders?hip)\b", re.IGNORECASE)
_DEATH_OF = re.compile(r"\b(?:resulted\s+in|resulting\s+in|led\s+to|leading\s+to|caused|causing)\s+(?:the\s+)?"
                       r"(?:death|killing)\s+of\s+(?!a\b|an\b|the\b|his\b|her\b|their\b|\d)", re.IGNORECASE)
_PLURAL_NOUNS = frozenset(("people", "personnel", "children", "men", "women", "police", "others", "more"))
_CLAUSE_END = re.compile(r"[.;:!?]")
_PRONOUN_WORDS = frozenset(("him", "her", "his", "he", "she", "other", "dead", "succumbed", "died"))
_BACK_WORDS = frozenset(("were", "been"))
_AUX_TAIL = re.compile(rf"\b(?:(?:{_AUX_WORDS})\s+)+$", re.IGNORECASE)
_NUMBER_NEXT = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’./-]+")
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|when|but|as|along\s+with)\s+)$", re.IGNORECASE)
# A killing recalled as the cause of this one is another event: "in retaliation for the killing of two ...".
_CAUSE = re.compile(r"\b(?:in\s+(?:response|retaliation|reaction|revenge)\s+(?:to|for)|to\s+avenge|avenging|revenge\s+for"
                    r"|(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing)|rall(?:y|ied|ying)|agitat(?:ed|ing)|condemn(?:ed|ing)?)"
                    r"\s+(?:against|over)?\s*(?:the\s+)?(?=(?:alleged\s+)?(?:killings?|deaths?|murders?|arrests?|"
                    r"abductions?)\s+of\b))[^.;]*$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|his|her|their|these|those)\s+(?=[a-z])", re.IGNORECASE)
_AGE_WORD = re.compile(r"\d+-years?-old$")
# In the words between people and their outcome, a second count or a new noun phrase means another clause.
_COUNT_WORD = re.compile(r"\b(?:(?!(?:19|20)\d\d\b)\d+(?!\s+(?-i:[A-Z]))|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_CONJUNCT = re.compile(r"\band\s+(?:(?:a|an|another|one|his|her|their)\s+|(?=(?:soldier|policeman|civilian|officer|"
                       r"son|daughter|wife|husband|brother|father|mother|driver|guard|bodyguard|companion|nephew)\b))",
                       re.IGNORECASE)
_OF_THOSE = re.compile(r"\s+of\s+(?:those|them|whom|the\s+(?:dead|killed|victims|deceased|injured|wounded))\b",
                       re.IGNORECASE)
_TOLL = re.compile(r"\btoll\b", re.IGNORECASE)
_CHAIN = re.compile(r"(?:\s+by\s+[^,.;]{1,40}?)?\s+and\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+|brutally\s+|"
                    r"were\s+|was\s+)*",
                    re.IGNORECASE)
_TOLL_VERBS = frozenset(("rose to", "has risen to", "had risen to", "risen to", "climbed to", "has climbed to",
                         "increased to"))
# A toll "in the ongoing blockade" or "so far this year" counts a campaign, not this event.
_WIDER_TOLL = re.compile(r"\b(?:ongoing|so\s+far|this\s+year|since|campaign|blockade|hartal|movement|unrest|agitation)\b",
                         re.IGNORECASE)
_INCLUDING = re.compile(r",\s*(?:including|among\s+them|mostly|most\s+of\s+them|all\s+of\s+them)\b[^,.;]{1,70}(?:,|$)",
                        re.IGNORECASE)
# A subject joined by 'and' to a count: "Anwar Bhinder and six others were killed", "A supervisor and her driver".
_JOINED_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|when|where|while)\s+)(?P<np>(?:[A-Z][a-z'’.-]+\s+){0,3}[A-Z][a-z'’.-]+(?:['’]s\s+\w+)?"
    r"|(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+))\s+(?:and|along\s+with)\s+$")
_SUICIDE = re.compile(r"\b(?:(?P<n>a|an|one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,2}?suicide\s+(?:car\s+|truck\s+|"
                      r"vehicle\s+|motorcycle\s+)?(?:bomber|attacker)(?P<plural>s)?\b|\b(?:blew|blown)\s+(?P<self>himself|"
                      r"herself|themselves)\s+up\b", re.IGNORECASE)
_BOMBER_COUNTED = re.compile(r"\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+(?:the|two|three|both)\s+"
                            r"(?:suicide\s+)?(?:bomber|attacker)s?\b", re.IGNORECASE)
_SUCCEEDED = re.compile(r"\b(?:detonat\w*|blew|blown|explo\w+|blast|rammed|struck|hit)\b", re.IGNORECASE)
_FOILED = re.compile(r"\b(?:foiled|thwarted|arrested|apprehended|captured|defused|caught|overpowered|failed)\b",
                     re.IGNORECASE)
_AS_WERE = re.compile(r"\bas\s+(?:were|was|did)\s+$", re.IGNORECASE)
_LATER_DIED = re.compile(r"(?P<between>[^.;]{0,160}?)\b(?:died|succumbed|passed\s+away|(?:pronounced|declared)\s+dead)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    any_outcome: re.Pattern[str]
    triggers: frozenset[str]  # words one of which every sentence with a claim contains
    before: re.Pattern[str]
    after: re.Pattern[str]
    after_outcome: dict[str, str]
    before_outcome: dict[str, str]
    noun: re.Pattern[str]
    noun_group: dict[str, str]
    not_people: frozenset[str]
    max_mods: int
    singular_subject: re.Pattern[str]
    pronoun: re.Pattern[str]
    before_named: re.Pattern[str]
    before_any: re.Pattern[str]
    along: re.Pattern[str]
    noun_starts: frozenset[str]  # the first letters-only word of every noun in `noun`
    after_starts: re.Pattern[str] | None  # where an outcome phrase can begin (first words), for finditer_at
    before_starts: re.Pattern[str] | None
    after_phrase: re.Pattern[str]
    them: re.Pattern[str]
    back: re.Pattern[str]
    outcome_words: frozenset[str]


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

    after = alt(after_outcome)
    before = alt(before_outcome)
    return _Lexicon(
        any_outcome=re.compile(rf"\b(?:{after}|{before}|bod(?:y|ies)|corpses?)\b", re.IGNORECASE),
        triggers=frozenset(_TOKEN.findall(" ".join(p.split()[0] for p in (*after_outcome, *before_outcome))))
        | {"body", "bodies", "corpse", "corpses", "died", "dead", "death"},
        before=re.compile(rf"\b(?P<phrase>{before})\s+(?:a\s+total\s+of\s+|all\s+|another\s+|the\s+)?$", re.IGNORECASE),
        after=re.compile(rf"(?P<gap>[^.;:!?]{{0,120}}?)\b(?P<aux>{_AUX})(?P<phrase>{after})\b", re.IGNORECASE),
        after_outcome=after_outcome,
        before_outcome=before_outcome,
        noun=re.compile(rf"(?P<noun>{alt(noun_group)}|{alt(lex['not_people'])})\b", re.IGNORECASE),
        noun_group=noun_group,
        not_people=frozenset(w.lower() for w in lex["not_people"]),
        max_mods=int(lex["max_modifier_words"]),
        singular_subject=re.compile(rf"\b(?:was|has\s+been)\s+(?:(?:{_AUX_WORDS})\s+)*(?P<phrase>{after})\b",
                                    re.IGNORECASE),
        pronoun=re.compile(rf"\b(?:(?P<phrase>{before})\s+(?:him|her)\b(?:\s+(?:dead|to\s+death))?"
                           rf"|shot\s+(?:him|her)\s+dead|(?:his|her)\s+(?:death|killing|murder)"
                           rf"|(?:he|she|the\s+other)\s+(?:later\s+|also\s+|subsequently\s+|eventually\s+|then\s+)?"
                           rf"(?:died|succumbed|passed\s+away|was\s+killed|was\s+shot\s+dead|was\s+found\s+dead)"
                           rf"|(?:was|were|and)\s+(?:later\s+)?(?:pronounced|declared)\s+dead"
                           rf"|(?:he|she)\s+was\s+[a-z]+ed\s+and\s+(?:killed|shot\s+dead|murdered|gunned\s+down)"
                           rf"|and\s+(?:later\s+|eventually\s+|subsequently\s+)?succumbed"
                           rf"|(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bnear\s)(?<!\bfrom\s)"
                           rf"(?-i:[A-Z][a-z]+)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:died|succumbed)"
                           rf"|\b(?:beat|beaten|stabbed|hacked|shot|stoned|burnt|burned|bludgeoned|clubbed|battered)\s+"
                           rf"(?:him|her)\s+(?:to\s+death|dead)"
                           rf"|(?:his|her)\s+(?:[\w-]+\s+){{0,2}}(?:dead\s+)?body\s+(?:was\s+)?(?:later\s+)?"
                           rf"(?:found|recovered|discovered|dumped|retrieved))\b",
                           re.IGNORECASE),
        outcome_words=frozenset(p.split()[0] for p in (*after_outcome, *before_outcome)) - _STOP - {"and", "the", "a"},
        back=re.compile(
            rf"\b(?P<np>(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+s|both(?:\s+of\s+(?:the|them)(?:\s+[\w-]+){{0,3}}?)?"
            rf"|all(?:\s+of\s+(?:the|them)(?:\s+[\w-]+){{0,3}}?)?|they|their(?:\s+[\w-]+)?\s+bodies|the\s+bodies)"
            rf"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:all|later|also|subsequently|then|reportedly)\s+)*"
            rf"(?P<phrase>{after}|found|discovered|recovered|dumped)\b", re.IGNORECASE),
        them=re.compile(rf"(?:\band|,)\s+(?:later\s+|then\s+)?(?P<phrase>{before})\s+them\b", re.IGNORECASE),
        before_any=re.compile(rf"\b(?:{before})\s+", re.IGNORECASE),
        noun_starts=frozenset(m.group() for w in (*noun_group, *lex["not_people"])
                              if (m := _TOKEN.match(w.lower())) is not None),
        after_starts=word_start_finder({p.split()[0] for p in after_outcome}),
        before_starts=word_start_finder({p.split()[0] for p in before_outcome}),
        along=re.compile(rf"\b(?P<phrase>{after})\s+(?:[\w-]+\s+){{0,3}}?(?:along|together)\s+with\s+$", re.IGNORECASE),
        after_phrase=re.compile(rf"\b(?:{after})\b", re.IGNORECASE),
        before_named=re.compile(rf"\b(?P<phrase>{before})\s+(?P<name>{_NAMED.pattern})(?!\s+[a-z]+s\b)"),
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
    background = [s for s in sentences if _is_background(text, s, times)]
    background_ids = {s.index for s in background}
    claims: list[Claim] = []
    source_spans = [(s.span.start, s.span.end) for s in sources]
    speakers = [a for a in actors if not any(b <= a.span.start < e for b, e in source_spans)]
    previous_source: str | None = None
    previous_attributed = False
    people: tuple[int, str] | None = None  # the last count of people the report gave, and who they are
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
        lo, hi = bisect_right(q_starts, sent.start - 1), bisect_right(q_starts, sent.end - 1)
        words = set(_TOKEN.findall(body.lower()))
        if lex.triggers.isdisjoint(words):
            people = _last_people(body, sent, quantities[lo:hi], lex) or people
            continue
        masked = _MASK.sub(lambda m: " " * len(m.group()), body)
        found = _sentence_claims(text, masked, sent, quantities[lo:hi], lex,
                                 frozenset(c.outcome for c in claims), words)
        if not words.isdisjoint(_BACK_WORDS):
            found.extend(_back_references(text, masked, sent, found, claims, people, lex))
        people = _last_people(masked, sent, quantities[lo:hi], lex) or people
        for claim in found:
            claim.source = _clause_source(text, sent, claim.start, own_sources) or source
            claim.background = claim.background or sent.index in background_ids \
                or _CAUSE.search(masked, 0, claim.start - sent.start) is not None
            claim.date = _claim_date(text, sent, claim.start, times)
            claim.perpetrator = _perpetrator(sent, claim.victims, speakers)
            claim.place = _place(sent, places)
            if claim.part_of is not None:
                parent = found[claim.part_of]
                claim.part_of = parent.part_of if parent.part_of is not None else len(claims) + claim.part_of
        for claim in found:
            if claim.part_of is None and (_OF_THOSE.match(text, claim.start + len(claim.words.split()[0]))
                                          or _PARTITIVE.match(text, claim.start + len(claim.words.split()[0]))):
                earlier = [i for i, c in enumerate(claims) if c.part_of is None and c.count >= claim.count
                           and c.outcome == claim.outcome and claim.victims in (c.victims, "unknown")]
                if earlier:
                    claim.part_of = earlier[-1]
        claims.extend(found)
    claims.extend(_suicide_attackers(text, sentences, claims, background_ids))
    return claims, background


def _suicide_attackers(text: str, sentences: list[Sentence], claims: list[Claim], skip: set[int]) -> list[Claim]:
    """A suicide bomber who set off the bomb died with it: counted among the dead (as GTD and ACLED do),
    unless the report already counts the attackers or says the attack was foiled."""
    lowered = text.lower()
    if ("suicide" not in lowered and "blew" not in lowered and "blown" not in lowered) or \
            any(c.outcome == "killed" and c.victims == "militants" for c in claims) or _BOMBER_COUNTED.search(text):
        return []
    for sent in sentences:
        if sent.index in skip:
            continue
        body = text[sent.start:sent.end]
        m = _SUICIDE.search(body)
        if not m or not _SUCCEEDED.search(body) or _FOILED.search(body):
            continue
        n = m.group("n")
        count = 1 if not n else int(n) if n.isdigit() else _SMALL.get(n.lower(), 1)
        if m.group("self") == "themselves" or (m.group("plural") and not n):
            count = max(count, 2)
        start, end = sent.start + m.start(), sent.start + m.end()
        return [Claim(count=count, low=count, high=count, outcome="killed", victims="militants", text=body,
                      start=start, end=end, sentence=sent.index, words=text[start:end], qualifier="implied")]
    return []


def _clause_source(text: str, sent: Sentence, pos: int, own: list[SourceMention]) -> str | None:
    """Where a sentence names several sources ("Police said 4 died; hospital officials said 6"), a count belongs
    to the one in its own clause."""
    if len(own) < 2:
        return None
    cut = text.rfind(";", sent.start, pos) + 1 or sent.start
    end = text.find(";", pos, sent.end)
    end = sent.end if end < 0 else end
    here = [m for m in own if cut <= m.span.start < end]
    return here[0].name if here else None


def _sentence_claims(text: str, masked: str, sent: Sentence, numbers: list[Quantity], lex: _Lexicon,
                     earlier_outcomes: frozenset[str] = frozenset(), words: set[str] | None = None) -> list[Claim]:
    """The claims of one sentence: counted people tied to outcomes, then singular and named victims."""
    candidates = sorted([*numbers, *_singulars(masked, sent.start, numbers, lex)], key=lambda q: q.span.start)
    hits = list(finditer_at(lex.after_phrase, masked, lex.after_starts))
    starts = {q.span.start - sent.start for q in candidates}
    found: list[Claim] = []
    parents: dict[int, Claim] = {}  # id(claim) -> the claim it is part of
    used: set[int] = set()  # where outcome phrases already tied to a count end
    pending: list[tuple[Quantity, str, int]] = []
    for q in candidates:
        qs, qe = q.span.start - sent.start, q.span.end - sent.start
        if masked[qs:qe].isspace() or (q.span.text.lower() == "both" and (
                re.match(r"\s+\S+\s+and\b", masked[qe:]) or (found and re.search(r",\s*$", masked[:qs])))):
            continue
        victims, noun, noun_end = _victims(masked, qe, lex)
        if victims == "not people" or _BY_BEFORE.search(masked, max(0, qs - 4), qs) or (
                q.span.text[:1].isdigit() and _UNIT_NUMBER.match(masked, qe) and _OF_BEFORE.search(masked, max(0, qs - 4), qs)):
            continue  # "beaten by two men": the men did it; "a jawan of 24 AR": a unit's number
        outcome, part_of, phrase_at, additive = _link(masked, qs, noun_end, victims, found, sent, lex, hits, used)
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
        if q.value == 1 and not q.span.text[0].isdigit():
            noun_end = _phrase_end(masked, noun_end if victims else qe)
        if phrase_at is not None:
            used.add(_phrase_end_at(masked, phrase_at, hits))
        resolved = _resolve_pending(pending, masked, qs, sent)
        for pq, pv, pend in resolved:
            found.append(_claim(text, sent, pq, outcome, pv, pend))
        pending = []
        first = resolved[0][0].span.start - sent.start if resolved else qs
        if phrase_at is not None:
            found.extend(_joined_subject(text, masked, sent, first, outcome, lex, starts))
        claim = _claim(text, sent, q, outcome, victims or "unknown", noun_end)
        claim.additive = additive
        if outcome == "killed" and _TOLL.search(masked, max(0, qs - 80), qs):
            claim.total = not _WIDER_TOLL.search(masked)
            claim.background = not claim.total  # a campaign's running toll is context, not this event's
        if phrase_at is not None:
            found.extend(_conjuncts(text, masked, sent, noun_end, phrase_at, outcome, lex, starts))
            found.extend(_chained(text, sent, claim, phrase_at, hits, lex))
        if part_of == -1:  # listed after another count: part of what that count is part of
            if id(found[-1]) in parents:
                parents[id(claim)] = parents[id(found[-1])]
        elif part_of is not None:
            parents[id(claim)] = found[part_of]
        found.append(claim)
    words = words if words is not None else set(_TOKEN.findall(masked.lower()))
    if "was" in words or "has" in words:
        found.extend(_singular_subjects(text, masked, sent, used, lex))
    found.extend(_named_victims(text, masked, sent, found, lex))
    if "of" in words:
        found.extend(_death_of(text, masked, sent, found, lex))
    if "killed" not in earlier_outcomes and not any(c.outcome == "killed" for c in found) \
            and not words.isdisjoint(_PRONOUN_WORDS):
        found.extend(_pronoun_victims(text, masked, sent, found, lex))
    if "them" in words:
        found.extend(_them(text, masked, sent, found, numbers, lex))
    found.sort(key=lambda c: c.start)
    position = {id(c): i for i, c in enumerate(found)}
    for c in found:
        if id(c) in parents:
            c.part_of = position[id(parents[id(c)])]
    return found


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
    along = lex.along.search(masked, max(0, qs - 60), qs)
    if along:
        return lex.after_outcome.get(_norm(along.group("phrase")), "killed"), None, None, True
    m = lex.before.search(masked, max(0, qs - 60), qs)
    if m and found and m.end("phrase") + sent.start <= found[-1].end + 40 and m.end("phrase") in used:
        m = None  # "1 soldier killed 5 injured": 'killed' belongs to the count before
    if m and (_norm(m.group("phrase")) not in _TOLL_VERBS or _TOLL.search(masked, max(0, m.start() - 80), m.start())):
        also = re.search(r"\balso\s+$", masked[max(0, m.start() - 8):m.start()]) is not None
        return lex.before_outcome[_norm(m.group("phrase"))], None, None, also
    if found:
        prev = found[-1]
        between = masked[prev.end - sent.start:qs]
        part = _PART_OF.search(between)
        if (part and not lex.any_outcome.search(between, part.start())) or _OF_THOSE.match(masked, noun_end):
            return prev.outcome, len(found) - 1, None, False
        if _AS_WERE.search(between):
            return prev.outcome, None, None, True
    m_after = _after(masked, noun_end, hits, lex)
    if m_after and _gap_ok(m_after, masked, bare=victims is None):
        also = re.search(r"\balso\b", m_after.group("aux"), re.IGNORECASE) is not None
        outcome = lex.after_outcome[_norm(m_after.group("phrase"))]
        relative = re.match(r"\W*(?:who|which)\b", m_after.group("gap"), re.IGNORECASE) is not None
        if (outcome == "injured" or relative) and outcome != "killed" and _later_died(masked, m_after.end()):
            outcome = "killed"
        return outcome, None, m_after.start("phrase"), also
    between = masked[found[-1].end - sent.start:qs] if found else ""
    if found and _COORDINATED.fullmatch(between) and not (between.strip() == "," and _definite(masked, qs)):
        return found[-1].outcome, -1, None, False
    return None, None, None, False


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


def _later_died(masked: str, pos: int) -> bool:
    """'was injured and later died', 'who received injuries ..., succumbed': the injured person died."""
    m = _LATER_DIED.match(masked, pos)
    return m is not None and not _COUNT_WORD.search(m.group("between")) and \
        not re.search(r"\band\s+(?:the|a|an|his|her|their|another)\b", m.group("between"), re.IGNORECASE)


def _gap_ok(m: re.Match[str], masked: str, bare: bool = False) -> bool:
    """The words between the counted people and the outcome: few, with no second count, and the people
    undergo the outcome (passive: "were killed") rather than inflict it ("gunmen killed the owner")."""
    gap = _INCLUDING.sub(" ", m.group("gap"))
    gap = re.split(r"\b(?:including|among\s+them)\b", gap, maxsplit=1, flags=re.IGNORECASE)[0]
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
    phrase = _norm(m.group("phrase"))
    if phrase in _COUNTED_NOUNS and len(words) > 1:
        return False  # "one death", "10 fatalities": the noun follows its count
    transitive = phrase in _lexicon().before_outcome
    if transitive and not _PASSIVE.search(gap + m.group("aux")):
        if re.search(r"\band\s*$", gap, re.IGNORECASE):
            return False  # "killed one soldier and one civilian and injured several": a second verb, not theirs
        return not _OBJECT_AFTER.match(masked, m.end("phrase"))
    return True


def _victims(masked: str, pos: int, lex: _Lexicon) -> tuple[str | None, str, int]:
    """Who the count is of: the group of the first person noun a few words after it ('not people' or None),
    the noun, and where it ends."""
    mods = 0
    tokens = 0
    i = pos
    n = len(masked)
    partitive = _PARTITIVE.match(masked, pos)  # "three of the troops", "two of the attacking militants"
    if partitive:
        skip = re.match(r"[a-z]+ing\s+", masked[partitive.end():partitive.end() + 20])
        m = lex.noun.match(masked, partitive.end() + (skip.end() if skip else 0))
        if m and _norm(m.group("noun")) in lex.noun_group and not masked.startswith("'", m.end()):
            i = m.start()
    while i < n and mods <= lex.max_mods and tokens < 9:
        while i < n and masked[i] in " \t\n":
            i += 1
        first = _TOKEN.match(masked[i:i + 24].lower())
        m = lex.noun.match(masked, i) if first and first.group() in lex.noun_starts else None
        if m:
            noun = _norm(m.group("noun"))
            if noun in lex.not_people and noun not in lex.noun_group:
                if not _compound_head(masked, m.end(), lex):
                    return "not people", noun, m.end()
                i = m.end()
                tokens += 1
                continue
            group = lex.noun_group[noun]
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
        if word in _ADJECTIVAL and tokens == 0 and masked[max(0, pos - 4):pos].lower().endswith("the "):
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


def _compound_head(masked: str, pos: int, lex: _Lexicon) -> bool:
    """'village head', 'cattle thieves', 'bus driver': a thing-noun modifying the person noun after it."""
    m = lex.noun.match(masked, pos + 1) if masked[pos:pos + 1] == " " else None
    return m is not None and _norm(m.group("noun")) in lex.noun_group or \
        re.match(r" (?:head|chief|owner|keeper|guard|leader)s?\b", masked[pos:pos + 10]) is not None


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
        det = m.group().strip()
        if _NUMBER_NEXT.match(masked, m.end()):
            continue
        if _OF_BEFORE.search(masked, max(0, m.start() - 4), m.start()):
            if verb_ends is None:
                verb_ends = {v.end() for v in finditer_at(lex.before_any, masked, lex.before_starts)}
            if m.start() not in verb_ends:
                continue  # "a worker of an election candidate": the second only says whose worker
        group, noun, noun_end = _victims(masked, m.end(), lex)
        if group == "not people":
            continue
        if group is None or det.lower() in ("the", "his", "her", "their"):
            if verb_ends is None:
                verb_ends = {v.end() for v in finditer_at(lex.before_any, masked, lex.before_starts)}
            after_verb = m.start() in verb_ends
        else:
            after_verb = False
        if group is None and not (after_verb and det.lower() in ("a", "an", "one", "the", "another")):
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
        out.append(Claim(count=1, low=1, high=1, outcome=outcome, victims=group or "unknown",
                         text=text[sent.start:sent.end], start=s, end=e, sentence=sent.index, words=text[s:e].strip()))
    return out


def _last_people(masked: str, sent: Sentence, numbers: list[Quantity], lex: _Lexicon) -> tuple[int, str] | None:
    """The last count of people in a sentence ('two MQM activists'), whatever happened to them."""
    for q in reversed(numbers):
        group, _, _ = _victims(masked, q.span.end - sent.start, lex)
        if group not in (None, "not people"):
            return q.value, group
    return None


def _back_references(text: str, masked: str, sent: Sentence, found: list[Claim], claims: list[Claim],
                     people: tuple[int, str] | None, lex: _Lexicon) -> list[Claim]:
    """'The officers were killed', 'Both of them died', 'Their bodies were found': people counted earlier."""
    out = []
    for m in lex.back.finditer(masked):
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(c.start <= start < c.end or start <= c.start < end for c in found) or \
                re.search(r"\bof\s+$", masked[max(0, m.start() - 4):m.start()]):
            continue
        np = m.group("np").lower()
        phrase = _norm(m.group("phrase"))
        earlier_here = [c for c in found if c.end <= start]
        if earlier_here:
            people = (earlier_here[-1].count, earlier_here[-1].victims)
        elif "their" in np and claims:
            last = [c for c in claims if c.sentence == claims[-1].sentence and c.part_of is None
                    and c.outcome == claims[-1].outcome]
            people = (sum(c.count for c in last), last[0].victims if len({c.victims for c in last}) == 1 else "unknown")
        outcome = "killed" if phrase in ("found", "discovered", "recovered", "dumped") else lex.after_outcome[phrase]
        if phrase in ("found", "discovered", "recovered", "dumped") and "bodies" not in np:
            continue
        if np.startswith("both"):
            count, victims = 2, people[1] if people else "unknown"
        elif people is not None:
            count, victims = people
        else:
            continue
        if any(c.outcome == outcome and c.count >= count for c in [*claims, *found]):
            continue
        out.append(Claim(count=count, low=count, high=count, outcome=outcome, victims=victims,
                         text=text[sent.start:sent.end], start=start, end=end, sentence=sent.index,
                         words=text[start:end]))
    return out


def _them(text: str, masked: str, sent: Sentence, found: list[Claim], numbers: list[Quantity],
          lex: _Lexicon) -> list[Claim]:
    """'kidnapped two villagers and killed them', 'targeted two guards, killing them': the people counted
    before suffer this outcome."""
    m = lex.them.search(masked)
    if not m:
        return []
    outcome = lex.before_outcome[_norm(m.group("phrase"))]
    before = [c for c in found if c.end - sent.start <= m.start() and c.part_of is None]
    if before:
        if any(c.outcome == outcome for c in before):
            return []
        count, victims = before[-1].count, before[-1].victims
    else:
        people = _last_people(masked, sent, [q for q in numbers if q.span.start - sent.start < m.start()], lex)
        if people is None:
            return []
        count, victims = people
    start, end = sent.start + m.start(), sent.start + m.end()
    return [Claim(count=count, low=count, high=count, outcome=outcome, victims=victims,
                  text=text[sent.start:sent.end], start=start, end=end, sentence=sent.index, words=text[start:end])]


def _joined_subject(text: str, masked: str, sent: Sentence, pos: int, outcome: str, lex: _Lexicon,
                    counted: set[int]) -> list[Claim]:
    """'Anwar Bhinder and six others were killed': the subject joined to a count by 'and' is one more."""
    m = _JOINED_SUBJECT.search(masked, max(0, pos - 80), pos)
    if not m or any(m.start("np") <= p < pos for p in counted):
        return []
    np = m.group("np")
    noun = m.group("noun")
    if _COUNT_WORD.search(np) or lex.any_outcome.search(np) or (noun and noun not in lex.noun_group):
        return []
    group, _, _ = _victims(masked, m.start("np"), lex)
    s, e = sent.start + m.start("np"), sent.start + m.end("np")
    return [Claim(count=1, low=1, high=1, outcome=outcome, victims=group if group not in (None, "not people") else "unknown",
                  text=text[sent.start:sent.end], start=s, end=e, sentence=sent.index, words=text[s:e])]


def _death_of(text: str, masked: str, sent: Sentence, found: list[Claim], lex: _Lexicon) -> list[Claim]:
    """'resulted in the death of 28-year-old youth': one person, named by a noun without an article."""
    out = []
    for m in _DEATH_OF.finditer(masked):
        if any(c.start - sent.start <= m.end() < c.end - sent.start + 1 for c in found):
            continue
        group, noun, noun_end = _victims(masked, m.end(), lex)
        head = noun.split()[-1] if noun else ""
        if group in (None, "not people") or head.endswith("s") or head in _PLURAL_NOUNS:
            continue
        s, e = sent.start + m.start(), sent.start + noun_end
        out.append(Claim(count=1, low=1, high=1, outcome="killed", victims=group, text=text[sent.start:sent.end],
                         start=s, end=e, sentence=sent.index, words=text[s:e]))
    return out


def _named_victims(text: str, masked: str, sent: Sentence, found: list[Claim], lex: _Lexicon) -> list[Claim]:
    """'killed Ghulam Ali': a person named right after a killing word."""
    taken = [(c.start - sent.start, c.end - sent.start) for c in found]
    out = []
    for m in finditer_at(lex.before_named, masked, lex.before_starts):
        name = m.group("name")
        appositive = re.match(r",\s+(?:a|an|the)\s", masked[m.end():m.end() + 6]) is not None
        if (len(name.split()) < 2 and not appositive) or any(a <= m.start("name") < b for a, b in taken):
            continue
        outcome = lex.before_outcome[_norm(m.group("phrase"))]
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(Claim(count=1, low=1, high=1, outcome=outcome, victims="unknown", text=text[sent.start:sent.end],
                         start=start, end=end, sentence=sent.index, words=text[start:end]))
    return out


def _singular_subjects(text: str, masked: str, sent: Sentence, used: set[int], lex: _Lexicon) -> list[Claim]:
    """'Ghaws Bakhsh was killed', 'the owner was shot dead': one victim named by a singular subject."""
    out = []
    for m in lex.singular_subject.finditer(masked):
        if m.end("phrase") in used or re.search(r"\b(?:no\s+one|nobody|none|no-one)\s*$", masked[:m.start()], re.I):
            continue
        outcome = lex.after_outcome[_norm(m.group("phrase"))]
        if outcome == "injured" and _later_died(masked, m.end()):
            outcome = "killed"
        victims, _ = _victims_before(masked, m.start(), lex)
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(Claim(count=1, low=1, high=1, outcome=outcome, victims=victims, text=text[sent.start:sent.end],
                         start=start, end=end, sentence=sent.index, words=text[start:end]))
    return out


def _pronoun_victims(text: str, masked: str, sent: Sentence, found: list[Claim], lex: _Lexicon) -> list[Claim]:
    """'killing him', 'shot her dead', 'resulting in his death': one victim named earlier."""
    taken = {(c.start, c.end) for c in found}
    out = []
    for m in lex.pronoun.finditer(masked):
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(a <= start < b for a, b in taken):
            continue
        outcome = lex.before_outcome[_norm(m.group("phrase"))] if m.group("phrase") else "killed"
        victims, _ = _victims_before(masked, m.start(), lex, window=200)
        out.append(Claim(count=1, low=1, high=1, outcome=outcome, victims=victims, text=text[sent.start:sent.end],
                         start=start, end=end, sentence=sent.index, words=text[start:end]))
    return out


def _victims_before(masked: str, pos: int, lex: _Lexicon, window: int = 80) -> tuple[str, int]:
    """The group of the last person noun shortly before pos, or 'unknown'."""
    best = "unknown", pos
    for m in lex.noun.finditer(masked, max(0, pos - window), pos):
        noun = _norm(m.group("noun"))
        if noun in lex.noun_group:
            best = lex.noun_group[noun], m.end()
    return best


def _claim(text: str, sent: Sentence, q: Quantity, outcome: str, victims: str, noun_end: int) -> Claim:
    start, end = q.span.start, sent.start + max(noun_end, q.span.end - sent.start)
    return Claim(count=q.value, low=q.low, high=q.high, outcome=outcome, victims=victims,
                 text=text[sent.start:sent.end], start=start, end=end, qualifier=q.qualifier,
                 sentence=sent.index, words=text[start:end])


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _is_background(text: str, sent: Sentence, times: list[TimeMention]) -> bool:
    """History: a sentence about last year or years ago ("Last year, ...", "... was killed last year"), or
    led by an earlier year ("In 2019, ..."); not one that names the past in passing ("last year's massacre
    case", "the attack on his home in 2013")."""
    for t in times:
        if t.kind != "past" or not sent.start <= t.span.start < sent.end or text.startswith(("'s", "’s"), t.span.end):
            continue
        if t.span.start < sent.start + 40 or t.year is None or not re.match(r"in\s+\d", t.span.text, re.I):
            return True
    return False


def _claim_date(text: str, sent: Sentence, pos: int, times: list[TimeMention]) -> str | None:
    """The day a claim refers to: a date in its sentence, shifted by "a day after"-style phrases."""
    here = [t for t in times if sent.start <= t.span.start < sent.end and t.kind in ("absolute", "weekday", "relative")]
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


def _perpetrator(sent: Sentence, victims: str, actors: list[ActorMention]) -> str | None:
    """Who did it: an actor in the same sentence who is not among the victims."""
    candidates = [a for a in actors if sent.start <= a.span.start < sent.end and a.actor.inter != _CIVILIAN_INTER]

    def fits(a: ActorMention) -> bool:
        if victims == "security forces":
            return a.actor.inter != _STATE_INTER
        if victims == "militants":
            return a.actor.inter in (_STATE_INTER, 8)
        return True

    fitting = [a for a in candidates if fits(a)]
    named = [a for a in fitting if "Unidentified" not in a.actor.name]
    return (named or fitting)[0].actor.name if fitting else None


def _place(sent: Sentence, places: list[PlaceMention]) -> str | None:
    for p in places:
        if sent.start <= p.span.start < sent.end and p.relation != "statement":
            return p.place.name
    return None
