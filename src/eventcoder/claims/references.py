"""Victims told without a count of their own: named people, pronouns, referring-back phrases, suicide attackers."""

from __future__ import annotations

import re

from eventcoder.claims.linking import _ATTEMPTED, _CLAIMED, _later_died, _one_person, _unless_dead
from eventcoder.claims.patterns import (
    _BOMBER_COUNTED,
    _COUNT_WORD,
    _DEATH_OF,
    _FOILED,
    _FOUND_BODIES,
    _JOINED_SUBJECT,
    _NAMED,
    _PLURAL_NOUNS,
    _PROTEST_AFTER,
    _SMALL,
    _SUCCEEDED,
    _SUICIDE,
    _Lexicon,
    _norm,
)
from eventcoder.claims.people import _last_people, _victims, _victims_before
from eventcoder.model import (
    SELF_INFLICTED,
    Claim,
    Quantity,
    Sentence,
)
from eventcoder.text import finditer_at


def _suicide_attackers(text: str, sentences: list[Sentence], claims: list[Claim], skip: set[int]) -> list[Claim]:
    """A suicide bomber who set off the bomb died with it: counted among the dead (as GTD and ACLED do),
    unless the report already counts the attackers or says the attack was foiled."""
    lowered = text.lower()
    if any(re.search(r"\b(?:him|her|them)sel(?:f|ves)\b", c.words) for c in claims if c.outcome == "killed"):
        return []  # "killing himself" already counts the bomber
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


# "a deadly shooting", "Sunday's fatal stabbing", "the fatal police shooting", "charged in the shooting death": one
# death at least, by its word
_DEADLY = re.compile(r"\b(?:(?:deadly|fatal)\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|stabbing|shootout|ambush|attack)"
                     r"|(?:shooting|stabbing|gunshot)\s+death)\b(?!s)", re.IGNORECASE)


def _deadly_attack(text: str, sentences: list[Sentence], claims: list[Claim], skip: set[int]) -> list[Claim]:
    """A report that calls its attack deadly ("a deadly shooting at a bar") and counts no dead: one death,
    implied."""
    lowered = text.lower()
    if any(c.outcome == "killed" and not c.background for c in claims) or (
            "fatal" not in lowered and "deadly" not in lowered and " death" not in lowered):
        return []
    for sent in sentences:
        if sent.index in skip:
            continue
        m = _DEADLY.search(text, sent.start, sent.end)
        if m is not None and _PROTEST_AFTER.search(text, sent.start, m.start()) is None:  # not "protested the ..."
            return [_one_person(text, sent, m.start(), m.end(), "killed", "unknown", qualifier="implied")]
    return []


# people sent to hospital by the violence: "a shooting that sent four people to the hospital", "rushed 3 to hospital"
_SENT_BEFORE = re.compile(r"\b(?:sent|sends|sending|rushed)\s+$", re.IGNORECASE)
_TO_HOSPITAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+to\s+(?:the\s+|a\s+|an\s+|area\s+|local\s+|nearby\s+)?"
                                r"hospitals?\b", re.IGNORECASE)


def _sent_to_hospital(text: str, sentences: list[Sentence], claims: list[Claim], quantities: list[Quantity],
                      skip: set[int]) -> list[Claim]:
    """A report that counts no wounded but the people its violence sent to hospital ("a shooting that sent four
    people to the hospital"): those are the wounded."""
    if any(c.outcome == "injured" and not c.background for c in claims) or "hospital" not in text:
        return []
    for q in quantities:
        sent = next((s for s in sentences if s.start <= q.span.start < s.end), None)
        if sent is None or sent.index in skip or q.value < 1 \
                or not _SENT_BEFORE.search(text, max(0, q.span.start - 12), q.span.start) \
                or not _TO_HOSPITAL_AFTER.match(text, q.span.end):
            continue
        return [Claim(count=q.value, low=q.low, high=q.high, outcome="injured", victims="unknown",
                      text=text[sent.start:sent.end], start=q.span.start, end=q.span.end, sentence=sent.index,
                      words=q.span.text)]
    return []


def _back_references(text: str, masked: str, sent: Sentence, found: list[Claim], claims: list[Claim],
                     people: tuple[int, str] | None, lex: _Lexicon) -> list[Claim]:
    """'The officers were killed', 'Both of them died', 'Their bodies were found': people counted earlier."""
    out = []
    found_bodies = _FOUND_BODIES.search(masked)
    if people is None and claims:
        people = (claims[-1].count, claims[-1].victims)
    if found_bodies and people is not None and not any(c.outcome == "killed" and c.count >= people[0]
                                                       for c in [*claims, *found]):
        s, e = sent.start + found_bodies.start(), sent.start + found_bodies.end()
        out.append(Claim(count=people[0], low=people[0], high=people[0], outcome="killed", victims=people[1],
                         text=text[sent.start:sent.end], start=s, end=e, sentence=sent.index, words=text[s:e]))
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
        if phrase in ("shot", "stabbed") and any(c.outcome == "killed" and c.count >= count for c in [*claims, *found]):
            continue  # how the dead died: "killed seven people ... the victims were shot with the pistol"
        out.append(Claim(count=count, low=count, high=count, outcome=outcome, victims=victims,
                         text=text[sent.start:sent.end], start=start, end=end, sentence=sent.index,
                         words=text[start:end]))
    return out


def _them(text: str, masked: str, sent: Sentence, found: list[Claim], numbers: list[Quantity],
          lex: _Lexicon, earlier: tuple[int, str] | None = None) -> list[Claim]:
    """'kidnapped two villagers and killed them', 'targeted two guards, killing them': the people counted
    before suffer this outcome ('They later killed them': the people the sentence before counted, `earlier`)."""
    m = lex.them.search(masked)
    if not m:
        return []
    outcome = _unless_dead(lex.before_outcome[_norm(m.group("phrase"))], masked, m.end("phrase"))
    before = [c for c in found if c.end - sent.start <= m.start() and c.part_of is None]
    if before:
        if any(c.outcome == outcome for c in before):
            return []
        count, victims = before[-1].count, before[-1].victims
    else:
        people = _last_people(masked, sent, [q for q in numbers if q.span.start - sent.start < m.start()], lex)
        if people is None and m.group().lower().startswith("they") and not numbers:
            people = earlier
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
    if group is None:  # a name: the role before it ("ASWJ leader Dr Mohammad Fayyaz")
        group, _ = _victims_before(masked, m.start("np"), lex, window=20)
    s, e = sent.start + m.start("np"), sent.start + m.end("np")
    return [_one_person(text, sent, s, e, outcome, group if group not in (None, "not people") else "unknown")]


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
        out.append(_one_person(text, sent, s, e, "killed", group))
    return out


_NAME = r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+"
_NAMED_SUBJECTS = re.compile(rf"(?<![\w,] )(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s+(?:were|have\s+been|had\s+been)\s+"
                             rf"(?:(?:also|both|later|all|reportedly)\s+)?(?P<phrase>killed|shot\s+dead|murdered|"
                             rf"shot\s+and\s+killed|gunned\s+down|injured|wounded)\b")
_NOT_A_NAME = frozenset(("The", "Police", "Officials", "Security", "Both", "All", "Two", "Three", "Four", "Five",
                         "Several", "Many", "Some", "Militants", "Soldiers", "Troops", "His", "Her", "Their", "In",
                         "On", "At", "After", "When", "Residents", "Villagers"))


def _named_subjects(text: str, masked: str, sent: Sentence, found: list[Claim]) -> list[Claim]:
    """'Mir Sikander Ali and Naseer were killed': people named one by one, counted by their names."""
    out = []
    for m in _NAMED_SUBJECTS.finditer(masked):
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
        if any(n.split()[0] in _NOT_A_NAME for n in names) or any(
                c.start - sent.start < m.end() and m.start() < c.end - sent.start for c in found):
            continue
        outcome = "injured" if m.group("phrase") in ("injured", "wounded") else "killed"
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(Claim(count=len(names), low=len(names), high=len(names), outcome=outcome, victims="unknown",
                         text=text[sent.start:sent.end], start=start, end=end, sentence=sent.index,
                         words=text[start:end]))
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
        if m.group("title") and m.group("phrase").lower().endswith(" of"):
            continue  # "protest the killing of blogger Avijit Roy": a killing named, often another's, not told
        outcome = _unless_dead(lex.before_outcome[_norm(m.group("phrase"))], masked, m.end("name"))
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(_one_person(text, sent, start, end, outcome, "unknown"))
        # "killing Zahida Kurd, a health worker, and Saeed Mengal, a watchman": each name listed is one more
        pos = m.end()
        while (more := _NEXT_NAME.match(masked, pos)) is not None and len(more.group("name").split()) > 1 \
                and not any(a <= more.start("name") < b for a, b in taken):
            start, end = sent.start + more.start("name"), sent.start + more.end("name")
            out.append(_one_person(text, sent, start, end, outcome, "unknown", additive=True))
            pos = more.end()
    return out


# after a named victim: its description between commas, then another name ("X, a health worker, and Y")
_NEXT_NAME = re.compile(rf"(?:,\s+(?:a|an|the)\s+[^,;.()]{{1,60}}?)?(?:,\s*and|\s+and)\s+(?P<name>{_NAMED.pattern})"
                        rf"(?=\s*[,;.(]|\s+(?:in|on|at|near|outside|inside|while|when|after|before|and)\b|\s*$)")


_HE_OR_SHE = re.compile(r"\b(he|she)\s+$", re.I)
_OTHER_SEX = {"he": re.compile(r"\b(?:woman|girl|mother|daughter|wife|sister|she|her|lady|grandmother)\b", re.I),
              "she": re.compile(r"\b(?:man|boy|father|son|husband|brother|he|his|him|grandfather)\b", re.I)}
_DIED_BEFORE = re.compile(r"\b(?:died|dies|dead|killed|death|succumbed|passed\s+away|lost\s+(?:his|her)\s+life)\b[^.;]*$",
                          re.I)


def _singular_subjects(text: str, masked: str, sent: Sentence, used: set[int], lex: _Lexicon,
                       found: list[Claim]) -> list[Claim]:
    """'Ghaws Bakhsh was killed', 'the owner was shot dead': one victim named by a singular subject ('she was
    shot' after one victim counted in the sentence is that victim again)."""
    out = []
    for m in lex.singular_subject.finditer(masked):
        if m.end("phrase") in used or re.search(r"\b(?:no\s+one|nobody|none|no-one)\s*$", masked[:m.start()], re.I):
            continue
        outcome = lex.after_outcome[_norm(m.group("phrase"))]
        if m.group("after") and _DIED_BEFORE.search(masked, max(0, m.start() - 80), m.start()):
            continue  # "died after being shot": the death is the claim
        if outcome == "injured" and _later_died(masked, m.end()):
            outcome = "killed"
        pronoun = _HE_OR_SHE.search(masked, max(0, m.start() - 5), m.start())
        if pronoun and any(c.count == 1 and c.outcome == outcome and c.end - sent.start <= m.start()
                           and not _OTHER_SEX[pronoun.group(1).lower()].search(c.words) for c in found):
            continue
        victims, _ = _victims_before(masked, m.start(), lex)
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(_one_person(text, sent, start, end, outcome, victims))
    return out


def _pronoun_victims(text: str, masked: str, sent: Sentence, found: list[Claim], lex: _Lexicon) -> list[Claim]:
    """'killing him', 'shot her dead', 'resulting in his death': one victim named earlier."""
    taken = {(c.start, c.end) for c in found}
    out = []
    for m in lex.pronoun.finditer(masked):
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(a <= start < b for a, b in taken):
            continue
        if m.group("phrase") and _norm(m.group("phrase")) in _CLAIMED:
            continue  # "claimed her innocence"
        if m.group("self"):  # "accidentally shot himself in the hand": wounded, unless he died of it
            outcome = "killed" if _later_died(masked, m.end()) else "injured"
            if any(c.count == 1 and c.outcome == outcome and c.start < start for c in found):
                continue  # "A boy found a gun and shot himself": the boy counted already
        else:
            outcome = _unless_dead(lex.before_outcome[_norm(m.group("phrase"))], masked, m.end("phrase")) \
                if m.group("phrase") else "killed"
        victims, _ = _victims_before(masked, m.start(), lex, window=200)
        out.append(_one_person(text, sent, start, end, outcome, victims))
    return out


def _listed_pronouns(text: str, masked: str, sent: Sentence, found: list[Claim], lex: _Lexicon) -> list[Claim]:
    """'killing him, his son and three bodyguards': the one the pronoun stands for heads the list of the dead,
    whose others are counted on their own."""
    out = []
    for m in lex.listed_pronoun.finditer(masked):
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(c.start <= start < c.end for c in found) or _ATTEMPTED.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "threatened to kill her and her children": they lived
        outcome = lex.before_outcome[_norm(m.group("phrase"))]
        victims, _ = _victims_before(masked, m.start(), lex, window=200)
        out.append(_one_person(text, sent, start, end, outcome, victims))
    return out


# the one who killed others then killed himself: "fatally shot his neighbor before killing himself", "killed his wife
# and then turned the gun on himself", "He then took his own life" (not "shot himself in the leg": wounded, as told)
_SELF_KILLED = re.compile(
    r"\b(?:before|then|later|after)\s+(?:\w+\s+){0,2}?(?:(?:killing|killed|kills)\s+(?:himself|herself)"
    r"|(?:turning|turned|turns)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol|shotgun)\s+on\s+(?:himself|herself)"
    r"|(?:taking|took|takes)\s+(?:his|her)\s+own\s+life|(?:committing|committed|commits)\s+suicide)\b",
    re.IGNORECASE)


def _self_inflicted(text: str, masked: str, sent: Sentence, found: list[Claim], earlier: frozenset[str]) -> list[Claim]:
    """The killer's own death after those he killed or wounded, in this sentence or before it: one more dead (as
    ACLED and the Gun Violence Archive count a perpetrator who dies), whom the pronoun rules take for a victim told
    again."""
    out = []
    for m in _SELF_KILLED.finditer(masked):
        start, end = sent.start + m.start(), sent.start + m.end()
        if any(c.start < end and start < c.end for c in found) or not (
                earlier & {"killed", "injured"} or any(c.outcome in ("killed", "injured") and c.end <= start
                                                       for c in found)):
            continue
        out.append(_one_person(text, sent, start, end, "killed", "militants", qualifier=SELF_INFLICTED))
    return out
