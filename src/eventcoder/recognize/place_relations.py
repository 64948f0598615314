"""How a place mention relates to the event: "near" ("near X", "outskirts of X", "X area"), "between" ("between
X and Y"), "statement" (where words were spoken or a person comes from: "said in Rawalpindi", "a resident of
X"), "recalled" (the place of another event the report refers to: "following the Paris attack") or "in";
and capitalised words that are a person's name, not a place ("General Multan", "Surat Singh").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcoder.recognize.places import _Mention

__all__ = ["is_person", "set_relations"]

_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\bclose to|\bnext to|\boutskirts of|\bvicinity of|\boutside(?: of)?|\bsuburbs? of"
    r"|\bborder (?:of|with)|\b(?:km|kms|kilometers?|kilometres?|miles?)\s+(?:\w+\s+)?(?:from|of)"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+)?of"
    r"|\bparts of|\bvillages? (?:of|in)|\barea of|\baround|\bcountryside of|\benvirons of|\brural)"
    r"\s+(?:the\s+)?(?:(?:city|town|village|district|province|region|area)\s+of\s+)?$",
    re.I,
)
_STATEMENT_BEFORE = re.compile(
    r"(?:\bsaid in|\bsaid from|\btold [\w ]{1,30}? in|\bsolidarity with [\w ]{1,40}? in"
    r"|\bsuccumbed [\w ]{0,40}? in|\b(?:died|passed away) [\w ]{0,30}?(?:at|in) (?:a |the )?(?:[\w ]{1,20}? )?hospital in"
    r"|\bstatement (?:issued |released )?(?:in|from)"
    r"|\bpress (?:conference|briefing|release) in|\bresidents? of|\bnatives? of|\bhails? from|\bhailing from"
    r"|\bbased in|\bspeaking (?:in|from)|\bspoke in|\bannounced in|\binterview in|\breporters in|\bborn in"
    r"|\bhome ?town (?:of|in)|\bheadquartered in|\bcorrespondent in|\boriginally from"
    r"|\bwho (?:is|was|were|are) from|\bbelong(?:s|ed|ing)? to|\bbody (?:was )?(?:sent|taken|"
    r"shifted|flown) to|\bshifted to|\breferred to|\btaken to|\bairlifted to|\brushed to|\bflown to"
    r"|\bmoved to|\btransferred to|\bburied in|\bfuneral in)"
    r"\s+(?:the\s+)?(?:(?:city|town|village|district|province)\s+of\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
# The first word of each phrase above: without one of them among the last words, neither regex can match.
_STATEMENT_CUES = frozenset((
    "said", "told", "statement", "press", "resident", "residents", "native", "natives", "hail", "hails", "hailing",
    "based", "speaking", "spoke", "announced", "interview", "reporters", "born", "home", "hometown",
    "headquartered", "correspondent", "originally", "who", "belong", "belongs", "belonged", "belonging", "body",
    "shifted", "referred", "taken", "airlifted", "rushed", "flown", "moved", "transferred", "buried", "funeral",
    "solidarity", "succumbed", "died", "passed"))
_NEAR_CUES = frozenset((
    "near", "nearby", "close", "next", "outskirts", "vicinity", "outside", "suburb", "suburbs", "border", "km",
    "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "parts", "village",
    "villages", "area", "around", "countryside", "environs", "rural"))
_STATEMENT_AFTER = re.compile(r"^(?:-based|\s+based\b|-born|\s+native\b|'s\s+(?:native|resident))", re.I)
# "near", after the name: "X-adjacent", and a road named after the towns it links ("the Delhi-Jhajjar highway")
_NEAR_AFTER = re.compile(r"-(?i:adjacent|bordering)\b|-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?\s+(?i:highway|road|motorway"
                         r"|expressway|railway|rail|route|bypass|border|corridor)\b")
# A place named for another event it recalls ("following the Paris attack"): where that event was.
_RECALLED_AFTER = re.compile(r"\s+(?:(?:school|church|mosque|market|temple|bus|train|hotel|suicide)\s+)?"
                             r"(?:attacks?|massacre|bombings?|blasts?|carnage|tragedy|killings?|riots?|shootings?)\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?|districts?)\s+of\s+)?$",
                             re.I)
_BETWEEN_GAP = re.compile(r"(?:\s+(?:district|province|town|village|city|area))?\s+and\s+(?:the\s+)?")
# Titles and phrases that put a person's name after them ("General Multan", "son of Quetta Khan").
_PERSON_CUES = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Gen", "General", "Col", "Colonel", "Capt", "Captain", "Maj",
    "Major", "Lt", "Sgt", "Sheikh", "Shaikh", "Maulana", "Mullah", "Mufti", "Imam", "Commander", "Senator", "Judge",
    "Justice", "Sir", "Inspector", "Governor", "Chairman", "named", "identified as", "son of", "daughter of",
    "wife of", "alias", "brother", "Syed", "Haji", "Hafiz", "Sardar", "Chaudhry", "Malik", "Mian", "Pir"))


def is_person(text: str, m: _Mention) -> bool:
    """A person's name: after a title ("General Multan") or before a family name ("Surat Singh Khalsa")."""
    after = _NAME_AFTER.match(text, m.end)
    if after and after.group(1) in _FAMILY_NAMES:
        return True
    if m.start == 0 or not text[m.start - 1].isspace():
        return False
    before = text[max(0, m.start - 30):m.start].split()
    return bool(before) and bool({before[-1].rstrip("."), " ".join(before[-2:])} & _PERSON_CUES)


_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# Family names and name endings that follow a given name, never a town ("Surat Singh", "Jhansi Devi").
_FAMILY_NAMES = frozenset((
    "Singh", "Kumar", "Kumari", "Devi", "Prasad", "Lal", "Chand", "Nath", "Rao", "Reddy", "Yadav", "Sharma",
    "Gupta", "Begum", "Bibi", "Uddin", "Hossain", "Hussain", "Rahman", "Ahmed", "Ahmad", "Chowdhury",
    "Khatun", "Akhter", "Mia", "Miah"))


def set_relations(text: str, ms: list[_Mention], keep: list[bool]) -> None:
    """Set each kept mention's relation: statement, near, between or in."""
    for i, m in enumerate(ms):
        if not keep[i]:
            continue
        before = text[max(0, m.start - 60):m.start]
        after = text[m.end:m.end + 12]
        words = {w.strip(",.;:()'\"") for w in before.lower().split()[-10:]}  # the regexes only run on a cue word
        if m.hint == "near" or _NEAR_AFTER.match(text, m.end):
            m.relation = "near"
        if (words & _STATEMENT_CUES and _STATEMENT_BEFORE.search(before)) or _STATEMENT_AFTER.match(after):
            m.relation = "statement"
        elif before.endswith("the ") and _RECALLED_AFTER.match(text, m.hint_end or m.end):
            m.relation = "recalled"
        elif words & _NEAR_CUES and _NEAR_BEFORE.search(before, max(0, len(before) - 45)):
            m.relation = "near"
        elif i + 1 < len(ms) and "between" in before[-30:] and _BETWEEN_BEFORE.search(before):
            gap = text[(m.hint_end or m.end):ms[i + 1].start]
            if _BETWEEN_GAP.fullmatch(gap):
                m.relation = "between"
                ms[i + 1].relation = "between"
    # a chain's later links only qualify its head: "in Quetta, Balochistan" happened in Quetta
    for m in ms:
        if m.chain and m.relation != "in":
            for k in m.chain:
                if ms[k].relation == "in":
                    ms[k].relation = m.relation
