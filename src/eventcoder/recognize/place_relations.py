"""How a place mention relates to the event: "near" ("near X", "outskirts of X", "X area"), "between" ("between
X and Y"), "road" (an end of a road named for the towns it links: "on the Dhaka-Rangpur highway"), "statement" (where words were spoken or a person comes from: "said in Rawalpindi", "a resident of
X"), "recalled" (the place of another event the report refers to: "following the Paris attack"), "destination"
(where people were heading: "marching towards Islamabad") or "in";
and capitalised words that are a person's name, not a place ("General Multan", "Surat Singh").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventcoder.knowledge import load_yaml

if TYPE_CHECKING:
    from eventcoder.model import PlaceMention
    from eventcoder.recognize.places import _Mention

__all__ = ["ROAD_AFTER", "ROAD_FROM", "is_person", "near_before", "person_titles", "set_relations",
           "statement_relation", "where_spoken", "without_people"]

_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\bclose to|\bnext to|\boutskirts of|\bvicinity of|\boutside(?: of)?|\bsuburbs? of"
    r"|\bborder (?:of|with)|\b(?:km|kms|kilometers?|kilometres?|miles?)\s+(?:\w+\s+)?(?:from|of)"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+)?of"
    r"|\bparts of|\bvillages (?:of|in)|\bvillage in|\barea of|\baround|\bcountryside of|\benvirons of|\brural"
    # on the way there: "on the road to Ansongo", "on the highway leading to Kidal"
    r"|\bon (?:the|a) (?:main |national )?(?:road|highway|route) (?:leading |heading )?(?:to|towards|into))"
    # (the place's word may have its words: "near the central Malian town of Bandiagara")
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|district|province|region|area)\s+of\s+)?$",
    re.I,
)
# Where words were spoken: "said in", "told reporters in", "a statement issued in" (a statement place, and the one
# `where_spoken` finds)
_SPEECH = (r"\bsaid (?:in|from)|\btold [\w ]{1,30}? in|\bstatement (?:issued |released )?(?:in|from)"
           r"|\bpress (?:conference|briefing|release) in|\bspeaking (?:in|from)|\bspoke in|\bannounced in"
           r"|\binterview in|\breporters in|\bcorrespondent in")
# the words a statement's cue may leave before the name: "said in the city of", "told reporters in northern"
_CUE_TO_NAME = r"\s+(?:the\s+)?(?:(?:city|town|village|district|province)\s+of\s+)?(?:\w+\s+){0,2}$"
_STATEMENT_BEFORE = re.compile(
    r"(?:" + _SPEECH + r"|\bsolidarity with [\w ]{1,40}? in"
    r"|\bsuccumbed [\w ]{0,40}? in|\b(?:died|passed away) [\w ]{0,30}?(?:at|in) (?:a |the )?(?:[\w ]{1,20}? )?hospital in"
    r"|\bresidents? of|\bnatives? of|\bhails? from|\bhailing from"
    r"|\bbased in|\bborn in"
    r"|\bhome ?town (?:of|in)|\bheadquartered in|\boriginally from"
    r"|\baffiliates? in|\bsister stations? in"  # a broadcaster's city: "KXII, the CBS affiliate in Sherman"
    r"|\b(?:believed|said|thought|suspected|reported) to (?:be|have been|have come) from"
    r"|\bwho (?:is|was|were|are) from|\b\d{1,3}-year-old(?: (?:man|woman|boy|girl|teen|teenager))? from"
    r"|\bbody (?:was )?(?:sent|taken|"
    r"shifted|flown) to|\bshifted to|\breferred to|\btaken to|\bairlifted to|\brushed to|\bflown to"
    r"|\bmoved to|\btransferred to|\bburied in"
    # a victim's funeral, not one attacked ("blew himself up at a funeral in Nangarhar", "at the funeral in")
    r"|(?<!\bat )(?<!\bon )\b(?:his|her|their|whose|the)\s+(?:[\w'’-]+\s+){0,2}?funeral in"
    r"|\b(?:son|daughter|wife|husband|brother|father|mother) of (?:late )?(?:[\w.]+ ){1,4}of)" + _CUE_TO_NAME,
    re.I,
)
# ... and people who belong to a place named right after ("belonging to Swat"), not to a group that is somewhere
# ("a post that belongs to Asayish in Ain al Arab")
_BELONG_BEFORE = re.compile(r"\bbelong(?:s|ed|ing)? to\s+(?:the\s+)?(?:(?:city|town|village|district|province)\s+of\s+)?$",
                            re.I)
# The first word of each phrase above: without one of them among the last words, neither regex can match.
# ("son of Firoj Ali of Keraniganj": where a victim is from, the way South Asian reports name people)
_STATEMENT_CUES = frozenset((
    "said", "told", "statement", "press", "resident", "residents", "native", "natives", "hail", "hails", "hailing",
    "based", "speaking", "spoke", "announced", "interview", "reporters", "born", "home", "hometown",
    "headquartered", "correspondent", "originally", "who", "belong", "belongs", "belonged", "belonging", "body",
    "affiliate", "affiliates", "sister",
    "shifted", "referred", "taken", "airlifted", "rushed", "flown", "moved", "transferred", "buried", "funeral",
    "solidarity", "succumbed", "died", "passed", "believed", "thought", "suspected", "reported", "from",
    "son", "daughter", "wife", "husband", "brother", "father", "mother"))
_NEAR_CUES = frozenset((
    "near", "nearby", "close", "next", "outskirts", "vicinity", "outside", "suburb", "suburbs", "border", "km",
    "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "parts", "village",
    "villages", "area", "around", "countryside", "environs", "rural", "road", "highway", "route"))
_STATEMENT_AFTER = re.compile(r"^(?:-based|\s+based\b|-born|\s+native\b|'s\s+(?:native|resident))", re.I)
# a party's or union's local unit: its members are where it is ("members belonging to the Jaipur City branch")
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:(?:[Cc]ity|[Dd]istrict|[Tt]own)\s+)?(?:branch|unit|chapter)\b")
# "near", after the name: "X-adjacent", "the Syria-Turkey border"
_NEAR_AFTER = re.compile(r"-(?i:adjacent|bordering)\b|-[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?\s+(?i:border|corridor)\b")
# "road": an end of a road named after the towns it links ("on the Dhaka-Rangpur highway"), the first or last
# (with a word for its class: "the Jaipur-Agra national highway", "the Peshawar-Torkham main road")
# (past the units of its far end in brackets: "the Abeokuta-Ayetoro (Abeokuta South, Ogun) road")
_ROAD = (r"(?:\s+\([^()]{1,60}\))?"
         r"\s+(?i:(?:national|main|old|new|link|coastal|federal|state|inter-?state|international|provincial)\s+)?"
         r"(?i:highway|road|motorway|expressway|railway|rail|route|bypass)\b")
# (the other end may be a name of up to three words the gazetteer lacks, joined by an article, after a spaced
# hyphen: "the Kahnuj-Ghale Ganj road", "the Qabb Elias- Dahr el Baydar road")
_ROAD_JOINER = r"(?:[- ]|\s(?:el|al|ad|ar|as|ash|an|at|az|ed|es|ez|de|del|la)\s)"
ROAD_FROM = re.compile(rf"- ?[A-Z][\w'’]*(?:{_ROAD_JOINER}[A-Z][\w'’]*){{0,2}}" + _ROAD)
ROAD_AFTER = re.compile(_ROAD)  # a road word right after a name
# A place named for another event it recalls ("following the Paris attack"): where that event was.
# (past a bracketed other name: "the Dersim (Tunceli) massacres")
_RECALLED_AFTER = re.compile(r"(?:\s+\([^()]{1,40}\))?\s+"
                             r"(?:(?:school|church|mosque|market|temple|bus|train|hotel|suicide)\s+)?"
                             r"(?:attacks?|massacres?|bombings?|blasts?|carnage|tragedy|killings?|riots?|shootings?)\b")
_LAST_PERIOD = r"last (?:year|month|week|summer|spring|fall|autumn|winter)['’]s"  # "last year's"
# ... or named as the place of earlier attacks the report sets its event against ("on high alert following the
# killing of officers in Dallas and Baton Rouge", "in the wake of ambushes of officers in Baton Rouge")
_RECALLED_BEFORE = re.compile(
    r"\b(?:following|in the wake of|in light of|weeks? after|days? after|hours (?:before|after)|comes as|came as"
    r"|since|(?:re)?action to|response to|retaliation for|to protest|protesting|in protest (?:at|of|against)"
    r"|protest(?:s|ed)?\b[^.;:]{0,40}?\b(?:against|over)"
    r"|condemn(?:s|ed|ing)?"
    r"|" + _LAST_PERIOD + r")\b[^.;:]{0,80}?"  # "last year's ... massacre in"
    r"\b(?P<noun>killings?|shootings?|attacks?|ambush(?:es)?|massacres?|bombings?|blasts?|murders?|lynchings?|rapes?"
    r"|deaths?|arrests?|detentions?|confinement|abductions?|kidnappings?|baton[- ]charges?|lathi[- ]?charges?"
    r"|crackdowns?|torture)\b"
    r"(?:(?:\s+(?:of|on|against)\s+[^.;:]{0,60}?)?\s+(?:in|at)\s+(?:[A-Z][\w'’-]*,\s+)?"
    r"|\s+(?:on|against)\s+(?:the|their|its|his|her)\s+)$", re.I)  # "an attack on their Paris offices"
# the crimes a person is wanted for, named by their places ("wanted in the Bahadurpur bomb blasts", "wanted for the
# killing of two policemen in Kulgam")
_WANTED_IN = re.compile(r"\bwanted\s+(?:in|for)\s+(?:connection\s+with\s+)?(?:the\s+|a\s+)?"
                        r"(?:[\w'’-]+\s+){0,6}?(?:(?:in|at)\s+)?$")
_NAMED_EVENT = re.compile(r"\b[A-Z][\w'’-]+\s+(?:(?:suicide|bomb|school|mosque|market)\s+)?$")
_RECALLED_CUES = ("following", "wake", "light", "after", "before", "comes", "came", "since", "protest", "condemn",
                  "action", "response", "retaliation")
_LAST_PERIODS = re.compile(r"\b" + _LAST_PERIOD + r"\b")  # a cue too
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?|districts?)\s+of\s+)?$",
                             re.I)
_BETWEEN_GAP = re.compile(r"(?:\s+(?:district|province|town|village|city|area))?\s+and\s+(?:the\s+)?")
@lru_cache(maxsize=1)
def _person_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """knowledge/person_names.yaml: titles, family names and given names."""
    cfg = load_yaml("person_names.yaml") or {}
    return tuple(frozenset(str(w) for w in cfg.get(k) or ()) for k in ("titles", "family_names", "given_names"))


def person_titles() -> frozenset[str]:
    """The titles put before a person's name ("Sgt", "Mayor"), knowledge/person_names.yaml."""
    return _person_words()[0]


_NAME_AFTER = re.compile(r" ([A-Z](?:[a-z]+|['’][A-Z])[a-z]*(?:[A-Z][a-z]+)?)\b")  # "Jackson", "McNeely", "O'Brien"
# a middle initial and a surname ("Dallas J. Graciano": a given name), a generational suffix ("King Jr.") or
# another name the person goes by ("Hasmat Ali alias Babu"), or a surname and what the person leads ("Mohan
# Baidhya-led CPN-Maoist")
_PERSON_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]+\b|,? (?:Jr|Sr)\b\.?| (?:II|III|IV)\b|,? (?:alias|a\.k\.a\.?|aka) [A-Z]"
                           r"| [A-Z][a-z]+-led\b")
# an age after a name: "Giddings, 34,", "the death of Shakur Franklin, 16.", "Nathan, a 24-year-old", "Ty Rivers,
# ages 19 and 20,", "Leroy Mason, both 22 —"
_AGE_NUMBERS = r"\d{1,2}(?:\s+and\s+\d{1,2})?(?:,|[.;](?=\s|$)|[ \t]*[)—–]|[ \t]+-)"
_AGE_AFTER = re.compile(rf",\s+(?:(?:(?:both|ages|aged)\s+)?{_AGE_NUMBERS}|an?\s+\d{{1,2}}-year-old\b)")
# ... or after the other of two people given one age ("Parish Jordan and Leroy Monsalvatge, both 22 —")
_PAIR_AGE_AFTER = re.compile(rf" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}},?\s+(?:both|ages|aged)\s+{_AGE_NUMBERS}")
_GIVEN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+[ \t]+$")
_INITIAL = re.compile(r"^(?:[A-Z]\.|[B-HJ-NP-Z])$")  # "Mayor A C Wharton", "John F. Kennedy"; not "A", "I"
_FEATURE_WORDS = frozenset(("county", "city", "town", "township", "village", "valley", "river", "street", "road",
                            "district", "province", "state", "parish", "island", "beach", "park", "heights", "hills",
                            "springs", "falls", "lake", "bay", "harbor", "harbour", "creek", "station", "camp",
                            # and a town's institutions: "Alvin Police", "Tyler High School"
                            "police", "sheriff", "fire", "high", "middle", "elementary", "school", "department",
                            "hospital", "university", "college", "airport", "mall", "news", "municipal", "court"))
_QUARTER_WORDS = frozenset(("colony", "chowk", "mohalla", "bazaar", "bazar", "nagar", "town", "gate", "market"))
_REPORTED_AFTER = re.compile(r" (?:was|were|is|has|had|told|said|says|died|pleaded|faces|faced|remains|suffered"
                             r"|sustained|admitted|allegedly|also)\b")
# first words of places' names and of their parts ("West Toledo was", "Fort Worth is", "Lake Charles has")
_NAME_PREFIXES = frozenset(("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                            "Downtown", "Central", "Greater", "Upper", "Lower", "New", "Old", "Fort", "Port", "Saint",
                            "Mount", "Lake", "San", "Santa", "Los", "Las", "El", "La", "Le", "Des", "Del", "Grand",
                            "Little", "Big", "Great", "Cape", "Glen", "Palm", "Park", "Council", "Sioux", "Baton"))
_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from", "of", "to", "into", "outside", "across"))
# the words for relatives the press puts before their names ("his nephew Hunter", "her son Jordan")
_KIN_WORDS = frozenset(("son", "daughter", "nephew", "niece", "brother", "sister", "cousin", "uncle", "aunt",
                        "grandson", "granddaughter", "stepson", "stepdaughter", "husband", "wife", "boyfriend",
                        "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "grandmother", "grandfather",
                        "stepfather", "stepmother", "classmate", "friend", "teammate", "roommate"))
_ALIAS_WORDS = frozenset(("alias", "a.k.a.", "aka"))  # "Hasmat Ali alias Babu": Babu is the same person
# a name set beside a relative's word: "Geral Frazier, the aunt of one of the juveniles"
_KIN_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(" + "|".join(sorted(_KIN_WORDS)) + r"|mother"
                        r"|father|grandparent|parent)\b")
# a news site's offer to follow its writer: "Get email notifications on Angie Jackson daily!", "Whenever Angie
# Jackson posts new content"
# a byline at the start of a line: "By Rupert Howell", "By Tina Terry"
_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|by:|By:)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,2}$")  # ("by: Alexa Ashwell")
_WRITER_NOTICE = re.compile(r"(?:\bnotifications on|\bWhenever)(?: [A-Z][\w'’.-]*){1,4}"
                            r" (?:daily\b|posts new content\b)")
_NOT_GIVEN = frozenset(("In", "At", "On", "The", "From", "Near", "Of", "And", "To", "For", "By", "With"))


def is_person(text: str, m: _Mention) -> bool:
    """A person's name: after a title ("General Multan", "Mayor Wharton") or an initial ("A C Wharton"), a
    surname after a given name ("Elijah Jackson"), before a family name ("Surat Singh Khalsa") or an age
    ("McCloud, 34,")."""
    titles, family, given = _person_words()
    if _hyphenated_name(text, m) or _in_writer_notice(text, m):
        return True
    surname = _surname_after(text, m)
    if surname and (surname.group(1) in family or text[m.start:m.end] in given):
        return True  # "Surat Singh"; "Casey Jackson" (not "Jordan Valley")
    if _PERSON_AFTER.match(text, m.end):
        return True  # "Dallas J. Graciano", "Tyler M. Evans", "King Jr.", "Carter III"
    if surname and (_AGE_AFTER.match(text, surname.end()) or (
            _aged_elsewhere(text, surname.group(1), surname.end()) and not _CAPITAL_AFTER.match(text, surname.end()))):
        return True  # a given name before a surname and an age: "Colton Conrad, 19,"; "Pierce Montie ... Montie, 15,"
    if surname and (last := _name_word_at(text, surname.end())) is not None and _AGE_AFTER.match(text, last.end()):
        return True  # ... or before two family names and an age: "Cesar Aleman Luna, 28,"
    if _PAIR_AGE_AFTER.match(text, m.end) and _GIVEN_NAME_BEFORE.search(text, max(0, m.start - 30), m.start):
        return True  # "Parish Jordan and Leroy Monsalvatge, both 22": a surname, not the country
    if _beside_kin(text, m):
        return True  # "Geral Frazier, the aunt of one of the juveniles"
    if m.start == 0 or not text[m.start - 1].isspace():
        return False
    before = text[max(0, m.start - 30):m.start].split()
    if not before:
        return False
    last = before[-1]
    if surname and _AGE_WORD.match(last) and not _PERSON_NOUN_AFTER.match(text, m.end) \
            and not _PERSON_NOUN_AFTER.match(text, surname.end()):
        return True  # a given name after an age, before a surname: "70-year-old Carroll Oakes"
    if _after_title(before) or last in _ALIAS_WORDS:
        return True
    if len(before) > 1 and before[-2].rstrip(".") in titles and last[:1].isupper() and last.isalpha() \
            and last.lower() not in _FEATURE_WORDS and last.lower() not in _QUARTER_WORDS:
        return True  # a title, a given name, then this: "spokesperson Albie Esparza" (not "Pir Colony Peshawar")
    if _INITIAL.match(last) and len(before) > 1 and before[-2][:1].isupper():  # not "945 E. Virginia Beach Blvd"
        return True
    if _named_and_acting(text, m, before):
        return True  # a first name, this, and what the person did: "Quenterus Brown was charged"
    if _a_small_town_speaking(text, m):
        return True  # "Chadwick said Ethan's death was an accident": a person, not a village of Illinois
    if _aged_and_named(text, m, before):
        return True  # an age, a first name, then this: "35-year-old Rico Doyle"
    if _nicknamed(text, m.start, m.end):
        return True  # a given name, a nickname in quotes and a surname: 'Jesus "JJ" Oropeza'
    if _after_kin(text, m, before):
        return True  # a relative's name: "his nephew Hunter Pedersen", "her son Jordan"
    if _after_role_and_given_names(text, m, before):
        return True  # "student Quinterrious Lavon Norman", "suspect Tyrone Hill"
    return _after_given_name(text, m, before) or _given_name_and_age(text, m.start, m.end)


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")  # a third word of a name: "Newburgh Free Academy"


def _aged_elsewhere(text: str, surname: str, skip: int) -> bool:
    """Whether the report gives the surname alone with an age elsewhere ("Montie, 15, pulled the gun")."""
    return any(word == surname and end != skip for word, end in _aged_words(text))


_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*$")


@lru_cache(maxsize=4)
def _aged_words(text: str) -> tuple[tuple[str, int], ...]:
    """The capitalised words the report gives an age after ("Montie, 15,"), with where each ends (one scan of the
    report, which begins at its commas)."""
    out: list[tuple[str, int]] = []
    for age in _AGE_AFTER.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, age.start() - 30), age.start())
        if word is not None and (word.start() == 0 or not text[word.start() - 1].isalnum()):
            out.append((word.group(), age.start()))
    return tuple(out)


def _named_and_acting(text: str, m: _Mention, before: list[str]) -> bool:
    """After a capitalised first name and before what the person did or said ("Quenterus Brown was charged",
    "April McKinney said")."""
    if not before or not _REPORTED_AFTER.match(text, m.end):
        return False
    return _first_name_like(before[-1]) and (len(before) < 2 or before[-2].lower() not in _PLACE_PREPOSITIONS) \
        and not any(p.feature in ("country", "admin1") for p, _ in m.cands)


_SPEAKING_AFTER = re.compile(r" (?:said|says|told|added)\b")
_SPEAKING_TOWN = 20_000  # people: a town smaller than this that "said" something is a person's surname


def _a_small_town_speaking(text: str, m: _Mention) -> bool:
    """A name that only small towns bear, saying something ("Chadwick said"): a person; a city speaks for its
    government ("Moscow said"), and police in a town for it ("Police in Crossville said")."""
    return _SPEAKING_AFTER.match(text, m.end) is not None and all(
        p.feature == "populated" and p.population < _SPEAKING_TOWN for p, _ in m.cands) \
        and _word_before(text, m) not in _PLACE_PREPOSITIONS  # ("Police in Crossville said")


def _first_name_like(word: str) -> bool:
    """A capitalised word that may be a first name: not a preposition or article ("In", "The") nor the first word
    of a place's name ("West", "Fort")."""
    bare = word.replace("'", "").replace("’", "")  # "Le’vonte", "D'Andre"
    return word[:1].isupper() and bare[1:].islower() and bare.isalpha() and word not in _NOT_GIVEN \
        and word not in _NAME_PREFIXES


# a given name and the nickname the person went by, before the surname: 'Jesus "JJ" Oropeza'
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z'’]+\s+[\"“][A-Z][\w.' ]{0,18}[\"”]\s+$")
_NICKNAME_AFTER = re.compile(r"\s+[\"“][A-Z][\w.' ]{0,18}[\"”]\s+[A-Z][a-z]")
# "35-year-old", "9-month-old", "Two-year-old": an age written before the person it describes
_AGE_WORD = re.compile(r"^(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                       r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))-(?:year|month|week|day)s?-old$")
# the words after "a 24-year-old Detroit" that make "Detroit" where the person is from, not a name
_PERSON_NOUN_AFTER = re.compile(r" (?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|native|mother|father"
                                r"|son|daughter|student|driver|officer)\b")


def _nicknamed(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is the given name or the surname around a nickname in quotes."""
    near = text[max(0, start - 40):end + 3]
    if '"' not in near and "“" not in near:
        return False
    return _after_nickname(text, start) or _NICKNAME_AFTER.match(text, end) is not None


def _after_nickname(text: str, start: int) -> bool:
    """Whether the name at `start` is a surname after a given name and a nickname in quotes ('Jesus "JJ" Oropeza')."""
    return text[max(0, start - 3):start].rstrip()[-1:] in ('"', "”") \
        and _NICKNAME_BEFORE.search(text, max(0, start - 40), start) is not None


def _aged_and_named(text: str, m: _Mention, before: list[str]) -> bool:
    """After an age and a capitalised first name ("35-year-old Rico Doyle", "9-month-old Kendarius Edwards"),
    unless a word for a person follows, which makes the two words a place ("a 24-year-old East Cleveland
    man")."""
    return len(before) >= 2 and _AGE_WORD.match(before[-2]) is not None \
        and not _PERSON_NOUN_AFTER.match(text, m.end) and _first_name_like(before[-1])


def is_surname(text: str, m: _Mention) -> bool:
    """A name written as a person's surname: after a given name ("Casey Jackson") or a role and given names
    ("student Quinterrious Lavon Norman"), between a first name and
    what the person did ("April McKinney said"), before an age ("Giddings, 34,", "Nathan, a 24-year-old"),
    after a title ("Detective Gaeta"; not a province's name: "Chief Minister Punjab") or after a nickname ('Jesus
    "JJ" Oropeza'); said again alone ("Jackson says", "McKinney's daughter", "Gaeta added", "Oropeza was
    rushed"), it is still the person."""
    before = text[max(0, m.start - 30):m.start].split()
    return _after_given_name(text, m, before) or _after_kin(text, m, before) \
        or _after_role_and_given_names(text, m, before) \
        or ((_after_title(before) or _after_title_and_given_name(before))
            and text[m.start - 1:m.start] == " "  # (not across lines: "a suspect\n\nWaukegan")
            and not any(p.feature in ("country", "admin1") for p, _ in m.cands)) \
        or _after_nickname(text, m.start) \
        or _AGE_AFTER.match(text, m.end) is not None or _beside_kin(text, m) \
        or _hyphenated_name(text, m) \
        or (m.start > 0 and text[m.start - 1].isspace() and _named_and_acting(text, m, before))


def _beside_kin(text: str, m: _Mention) -> bool:
    """A name set beside a relative's word ("Geral Frazier, the aunt of ..."), not a place said so ("Karen Torres
    of Quincy, the mother of ...")."""
    return _KIN_AFTER.match(text, m.end) is not None and _word_before(text, m) not in _PLACE_PREPOSITIONS


def _word_before(text: str, m: _Mention) -> str:
    """The word right before a name, in lower case ("" at the start of the text)."""
    before = text[max(0, m.start - 12):m.start].split()
    return before[-1].lower() if before else ""


def _in_writer_notice(text: str, m: _Mention) -> bool:
    """Whether the name is a writer's: in a byline ("By Rupert Howell") or in a site's offer to follow them
    ("notifications on Angie Jackson daily")."""
    lead = text[max(0, m.start - 60):m.start]
    if ("By " in lead or "by: " in lead or "By: " in lead) and _BYLINE.search(text, max(0, m.start - 60), m.start):
        return True
    if "notifications on" not in lead and "Whenever" not in lead:  # (what the notice begins with, looked for first)
        return False
    return any(n.start() < m.start and m.end <= n.end()
               for n in _WRITER_NOTICE.finditer(text, max(0, m.start - 60), min(len(text), m.end + 60)))


def _after_title(before: list[str]) -> bool:
    """Right after a title, or a title and an initial, of the words `before` a name: "Detective Gaeta", "Sheriff
    T. Walton"."""
    titles = _person_words()[0]
    if before and _INITIAL.match(before[-1]) and len(before) > 1:
        before = before[:-1]
    return bool(before) and bool({before[-1].rstrip("."), " ".join(before[-2:])} & titles)


def _after_title_and_given_name(before: list[str]) -> bool:
    """After a title and a given name: "Major Tod Goodyear" (not "a spokeswoman. A Chicago")."""
    return len(before) > 1 and before[-2].rstrip(".") in _person_words()[0] and _first_name_like(before[-1])


def _after_kin(text: str, m: _Mention, before: list[str]) -> bool:
    """Right after a word for a relative ("his nephew Hunter Pedersen"): the relative's name."""
    return bool(before) and before[-1] in _KIN_WORDS and m.start > 0 and text[m.start - 1] == " "


# the people a report names by their part in it, before their names ("student Quinterrious Lavon Norman")
_ROLE_WORDS = frozenset(("student", "suspect", "victim", "gunman", "shooter", "inmate", "defendant", "teen",
                         "teenager", "resident", "driver", "passenger", "homeowner", "neighbor", "neighbour", "owner"))


def _after_role_and_given_names(text: str, m: _Mention, before: list[str]) -> bool:
    """After a person's role and one or two given names ("student Quinterrious Lavon Norman"): a surname."""
    if not before or m.start == 0 or text[m.start - 1] != " " or not _first_name_like(before[-1]):
        return False
    k = len(before) - 2
    if k >= 1 and _first_name_like(before[k]):
        k -= 1
    return k >= 0 and before[k] in _ROLE_WORDS


_HYPHEN_LEFT = re.compile(r"(?:[A-Z][a-z]+-)+$")
_HYPHEN_RIGHT = re.compile(r"(?:-[A-Z][a-z]+)+")


def _hyphenated_name(text: str, m: _Mention) -> bool:
    """Part of a hyphenated name a given name and an age follow or precede ("Fridnel Jean-Phillip, 25,": no
    place Phillip in Australia, nor Jean in France), or after a given name and an initial ("Jose L. Yepes-Zavala")."""
    left = _HYPHEN_LEFT.search(text, max(0, m.start - 40), m.start) if "-" in text[max(0, m.start - 2):m.start] \
        else None  # (the regex runs only after a hyphen: "$" may stand before a last line break)
    right = _HYPHEN_RIGHT.match(text, m.end)
    if left is None and right is None:
        return False
    start = left.start() if left else m.start
    before = text[max(0, start - 30):start].split()
    if len(before) > 1 and _INITIAL.match(before[-1]) and before[-2][:1].isupper() and before[-2].isalpha():
        return True  # after a given name and an initial: "Jose L. Yepes-Zavala"
    return _given_name_and_age(text, start, right.end() if right else m.end)


def _given_name_and_age(text: str, start: int, end: int) -> bool:
    """A name with a capitalised word before it and an age after it ("Fridnel Jean-Phillip, 25,")."""
    before = text[max(0, start - 30):start].split()
    return _AGE_AFTER.match(text, end) is not None and bool(before) and before[-1][:1].isupper() \
        and before[-1].isalpha() and before[-1] not in _NOT_GIVEN


def _after_given_name(text: str, m: _Mention, before: list[str]) -> bool:
    """Right after a given name, or a given name and an initial ("Elijah Jackson", "Jesse L. Davis"); not
    "Elijah, Jackson" nor across a line break, nor a saint's name that begins a town's ("San Francisco
    Campeche")."""
    if len(before) > 1 and _INITIAL.match(before[-1]):
        before = before[:-1]
    return bool(before) and before[-1] in _person_words()[2] and text[m.start - 1] == " " and (
        len(before) < 2 or before[-2] not in _SAINTS)


_SAINTS = frozenset(("San", "Santa", "Santo", "São", "Sao", "Saint", "St.", "St", "Ste.", "Sainte"))


def without_people(text: str, ms: list[_Mention]) -> list[_Mention]:
    """The mentions that are not people's names ("Mayor A C Wharton"), nor a person's surname or given name said
    again ("said Casey Jackson. Jackson says ...", "points it at Jackson", "Logan Hinrichs ... Logan's school"; but
    "in Jackson", "Jackson County" stay places)."""
    people = [is_person(text, m) for m in ms]
    # (and a given name before a surname: "Fourteen-year-old Logan Hinrichs ... Logan's school")
    named = {m.key for m, person in zip(ms, people, strict=True)
             if person and (is_surname(text, m) or _surname_after(text, m) is not None)}
    return [m for m, person in zip(ms, people, strict=True) if not person and not (
        m.key in named and not _said_where(text, m) and not m.hint) and not _a_shop_or_home(text, m)]


def _surname_after(text: str, m: _Mention) -> re.Match[str] | None:
    """The capitalised word after the name, when it may be a surname ("Logan Hinrichs", not "Logan County")."""
    return _name_word_at(text, m.end)


def _name_word_at(text: str, end: int) -> re.Match[str] | None:
    """The capitalised word after `end`, when it may be a person's name ("Hinrichs"), not a feature's ("County")."""
    after = _NAME_AFTER.match(text, end)
    return after if after is not None and after.group(1).lower() not in _FEATURE_WORDS else None


# a possessive that owns nothing after it: a shop or someone's home ("work at McDonald's on Monday", "stayed at
# Jackson's that night"), not the town ("at Chicago's Navy Pier")
_OWNS_NOTHING = re.compile(r"['’]s(?=[ \t]+(?:on|in|at|for|to|and|or|with|when|that|where|after|before)\b|[.,;:!?)])")
_TO_A_SHOP = frozenset(("at", "to", "from", "into", "outside", "inside", "near"))


def _a_shop_or_home(text: str, m: _Mention) -> bool:
    """A name with a possessive that owns nothing after a preposition: "work at McDonald's on Monday"."""
    return _OWNS_NOTHING.match(text, m.end) is not None and _word_before(text, m) in _TO_A_SHOP


# the words before a person's surname said again that make it a place ("in Jackson"), unlike "points it at
# Oropeza", "searching through Oropeza's pockets"
_WHERE_PREPOSITIONS = frozenset(("in", "near", "outside", "around", "across", "into", "throughout"))
_OWNS_A_NOUN = re.compile(r"['’]s [a-z]")


def _said_where(text: str, m: _Mention) -> bool:
    """Whether a preposition of place stands right before the name, which owns no common noun ("in Wright's
    death" is the person's; "in Dallas's Oak Cliff" is a place)."""
    return _word_before(text, m) in _WHERE_PREPOSITIONS and not _OWNS_A_NOUN.match(text, m.end)


def _recalled_before(text: str, m: _Mention, ms: list[_Mention], i: int) -> bool:
    """Named as the place of earlier attacks ("following the killing of officers in Dallas and Baton Rouge"):
    the name itself, or one listed after such a name."""
    window = text[max(0, m.start - 160):m.start]
    if "wanted" in window and _WANTED_IN.search(window):
        return True  # "was wanted in the Bahadurpur housing colony and Ram Krishna Nagar bomb blasts"
    if not any(cue in window for cue in _RECALLED_CUES) and not ("last " in window and _LAST_PERIODS.search(window)):
        return False
    found = _RECALLED_BEFORE.search(window)
    if found:
        # (not after an event already placed by its name: "a protest against Shikarpur blast in Karachi" was held
        # in Karachi)
        return not _NAMED_EVENT.search(window, 0, found.start("noun"))
    prev = ms[i - 1] if i > 0 else None  # "in Dallas and Baton Rouge, La."
    return prev is not None and prev.relation == "recalled" and \
        re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[(prev.hint_end or prev.end):m.start]) is not None


# a hospital named for its town, where the wounded died or were treated ("died at Dhaka Medical College
# Hospital", "under treatment at Mardan Medical Complex"): where they were taken, not where the event happened
_TREATED_BEFORE = re.compile(r"\b(?:died|passed away|succumbed|treated|admitted|treatment|hospitali[sz]ed"
                             r"|(?:pronounced|declared)\s+dead)\b"
                             r"[\w ]{0,30}?\b(?:at|in)\s+(?:the\s+|an?\s+)?$"
                             # (or was taken there: "arrived at Loretto Hospital", "taken to Mount Sinai Hospital")
                             r"|\b(?:arrived|taken|rushed|transported|brought|airlifted|flown|driven|carried)\s+"
                             r"(?:\w+\s+){0,2}?(?:at|to)\s+(?:the\s+)?$", re.I)
# a hospital named for its town, or a town's hospital ("died at a Dhaka hospital"; a county's hospital is in the
# county where it happened: "died at a Tyler County hospital")
_HOSPITAL_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*){0,3}?[ \t]+(?:Hospital|Clinic|Medical|Infirmary)\b"
                             r"|(?<!County)(?<!District)(?<!Parish)[ \t]+(?:hospital|clinic)\b")
_TREATED_CUES = frozenset(("died", "dead", "passed", "succumbed", "treated", "admitted", "treatment", "hospitalised",
                           "hospitalized", "arrived", "taken", "rushed", "transported", "brought", "airlifted",
                           "flown", "driven", "carried"))
# the town of the hospital the wounded were taken to ("taken to a hospital in Spartanburg, S.C.", "taken to
# Regional West Medical Center in Scottsbluff", "taken with minor injuries to St. Margaret's in Hammond")
_HOSPITAL_IN_BEFORE = re.compile(r"\b(?:taken|rushed|transported|flown|airlifted|brought|died|treated|admitted)\s+"
                                 r"(?:[a-z]+\s+){0,3}?(?:to|at)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?hospital|(?:the\s+)?"
                                 r"(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|Infirmary)"
                                 r"|(?:St\.?|Saint)\s+[A-Z][a-z]+['’]s))\s+in\s+$", re.I)
_HOSPITAL_WORDS = frozenset(("hospital", "center", "centre", "clinic", "infirmary", "st", "saint"))
# the town the wounded were being taken to when they died ("died on way to Dhaka"): as its hospital would be
_EN_ROUTE_BEFORE = re.compile(r"\b(?:died|passed away|succumbed)\b[\w ]{0,25}?\bon\s+(?:the\s+|his\s+|her\s+"
                              r"|their\s+)?way\s+to\s+(?:the\s+)?$", re.I)

# a person's name and age before the town the person is from ("LaBrian Dale-Parker, 34, of Fredericksburg")
AGED_OF = r"\b[A-Z][\w'’-]+,\s+\d{1,3},\s+of\s+$"
_AGED_OF_BEFORE = re.compile(AGED_OF)

# verbs whose object is a place struck ("shelled Sfuhen in Idleb"): a name after one is a place, known or not
PLACE_STRIKING_VERBS = r"shelled|bombed|raided|stormed|overran|besieged"

# where people were heading, not where they were: "marching towards Islamabad", "a bus bound for Quetta"
# (not where shots or rockets were fired "towards": their target)
_DESTINATION_BEFORE = re.compile(r"\b(?:(?:march|walk|travel|driv|drove|mov|proceed|head|advanc)\w*\s+(?:\w+\s+)?towards?"
                                 r"|head(?:ing|ed)\s+(?:to|for)|bound\s+for|en\s+route\s+to"
                                 r"|on\s+(?:their|its|his|her|the)\s+way\s+to)\s+(?:the\s+)?$", re.I)
_DESTINATION_WORDS = frozenset(("towards", "toward", "to", "for"))  # the last word of every _DESTINATION_BEFORE


def _heading_to(before: str) -> bool:
    """Whether the words before a name say people were heading there (`_DESTINATION_BEFORE`), its last word looked
    at first."""
    tail = before.split()[-2:]
    last = tail[-1].lower() if tail else ""
    if last == "the" and len(tail) > 1:
        last = tail[0].lower()
    return last in _DESTINATION_WORDS and _DESTINATION_BEFORE.search(before) is not None


# what follows a country named for its diplomatic mission: "the U.S. embassy", "the Indian High Commission"
_MISSION_AFTER = re.compile(r"(?:['’]s)?\.?\s+(?:embassy|consulate|high\s+commission|mission\s+in)\b", re.I)


def _not_where_it_happened(text: str, end: int, before: str, words: set[str]) -> str:
    """"statement" where words were spoken or people live ("said in Quetta", "residents of Meerut"), "treated"
    for the hospital the wounded were taken to ("died at Dhaka Medical College Hospital", "taken to a hospital in
    Spartanburg"), else "";
    `before` holds the 60 characters before the name ending at `end`, `words` its last ten words."""
    hospital = _HOSPITAL_AFTER.match(text, end) is not None
    if "of" in words and _AGED_OF_BEFORE.search(before):
        return "statement"  # where a person named with an age lives: "LaBrian Dale-Parker, 34, of Fredericksburg"
    if ((words & _STATEMENT_CUES and (_STATEMENT_BEFORE.search(before) or _BELONG_BEFORE.search(before)))
            or _STATEMENT_AFTER.match(text[end:end + 12])) \
            and not _LOCAL_UNIT_AFTER.match(text, end):
        return "treated" if hospital else "statement"  # "rushed to Dhaka Medical College Hospital"
    if words & _TREATED_CUES and ((hospital and _TREATED_BEFORE.search(before)) or _EN_ROUTE_BEFORE.search(before)):
        return "treated"
    if words & _HOSPITAL_WORDS and _HOSPITAL_IN_BEFORE.search(before):
        return "treated"
    return ""


# whose town a speaker is named by: "a military spokesman in Rawalpindi said", "health officials in Kabul told AFP";
# the police or authorities of a town only where the sentence puts the event elsewhere ("Police in Lahore said the
# blast in Gujranwala killed four"; "Police in Danville say a man was shot" is Danville's)
_SPEAKER_BEFORE = re.compile(r"\b(?:(?P<named>spokes(?:man|woman|person|people|men|women)|sources|officials?|ministry"
                             r"|correspondents?)|police|authorities)\s+(?:[\w-]+\s+)?in\s+(?:the\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r",?\s+(?:[\w-]+\s+)?(?:said|say|says|told|confirmed|stated|added)\b")
_SPEAKER_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                            "sources", "official", "officials", "ministry", "correspondent", "correspondents",
                            "police", "authorities"))
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _speakers_towns(text: str, ms: list[_Mention], keep: list[bool]) -> None:
    """The towns speakers are named by ("a military spokesman in Rawalpindi said"): where words were spoken."""
    for i, m in enumerate(ms):
        if not keep[i] or m.relation != "in" or not _SPEAKER_AFTER.match(text, m.hint_end or m.end):
            continue
        before, words = _before(text, m.start)
        if not words & _SPEAKER_NOUNS or (speaker := _SPEAKER_BEFORE.search(before)) is None:
            continue
        if speaker.group("named") or any(
                keep[k] and o.relation in ("in", "near") and not _SENTENCE_STOP.search(text, m.end, o.start)
                for k, o in enumerate(ms[i + 1:], start=i + 1)):
            m.relation = "statement"


# where words were spoken, not where people live or come from
_SPOKEN_BEFORE = re.compile(r"(?:" + _SPEECH + r")" + _CUE_TO_NAME, re.I)


def _spoken_at(text: str, mention: PlaceMention) -> bool:
    """Whether a statement place is where words were spoken ("said in Quetta", "a military spokesman in Rawalpindi
    said"), not where people live or come from."""
    before = text[max(0, mention.span.start - 60):mention.span.start]
    return _SPOKEN_BEFORE.search(before) is not None or (
        _SPEAKER_BEFORE.search(before) is not None and _SPEAKER_AFTER.match(text, mention.span.end) is not None)


def where_spoken(text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The first place the report's words were spoken in ("health officials in Kabul told AFP"), if any."""
    return next((m for m in mentions if m.relation == "statement" and _spoken_at(text, m)), None)


def _before(text: str, start: int) -> tuple[str, set[str]]:
    """The 60 characters before a name and their last ten words (the regexes only run on a cue word)."""
    before = text[max(0, start - 60):start]
    return before, {w.strip(",.;:()'\"") for w in before.lower().split()[-10:]}


def statement_relation(text: str, start: int, end: int) -> str:
    """"statement" or "treated" for a name where words were spoken, people live or the wounded were taken
    (see `set_relations`), else "in": for names found outside the gazetteer's mentions, such as landmarks."""
    return _not_where_it_happened(text, end, *_before(text, start)) or "in"


# a building of the town a name begins: "outside the Karachi Press Club", "near Lahore High Court" are in the town
_BUILDING_AFTER = re.compile(
    r"[ \t]+(?:Press[ \t]+Club|High[ \t]+Court|District[ \t]+Courts?|Courts?|Secretariat|Assembly|University"
    r"|Railway[ \t]+Station|Central[ \t]+Jail|Jail|Prison|Stadium|Airport|City[ \t]+Hall|Police[ \t]+Lines"
    r"|Cantonment|Cantt)\b")
_DISTANCE_BEFORE = re.compile(r"\b(?:km|kms|kilomet|mile)", re.I)


def _at_a_building_of(text: str, m: _Mention, before: str) -> bool:
    """Whether the name begins a building's in its town ("outside the Karachi Press Club"), which the words before
    put the event near, not at a distance from ("5 km from Quetta airport" is near the town)."""
    return _BUILDING_AFTER.match(text, m.end) is not None and _DISTANCE_BEFORE.search(before[-30:]) is None


def near_before(text: str, start: int) -> bool:
    """Whether the words before a name say the place is near it ("near", "the outskirts of", "10 km north of")."""
    before, words = _before(text, start)
    return bool(words & _NEAR_CUES) and _NEAR_BEFORE.search(before, max(0, len(before) - 45)) is not None


def set_relations(text: str, ms: list[_Mention], keep: list[bool]) -> None:
    """Set each kept mention's relation: statement, treated, mission, destination, road, near, between, recalled or
    in."""
    for i, m in enumerate(ms):
        if not keep[i]:
            continue
        before, words = _before(text, m.start)
        if ROAD_FROM.match(text, m.end) or (before.endswith("-") and ROAD_AFTER.match(text, m.end)):
            m.relation = "road"
        elif m.hint == "near" or _NEAR_AFTER.match(text, m.end):
            m.relation = "near"
        indirect = _not_where_it_happened(text, m.end, before, words)
        if indirect:
            m.relation = indirect
        elif _MISSION_AFTER.match(text, m.end) and any(p.feature == "country" for p, _ in m.cands):
            m.relation = "mission"  # "outside the U.S. embassy": the mission is in the report's country
        elif _heading_to(before) and m.hint != "admin1" \
                and not all(p.feature in ("admin1", "country") for p, _ in m.cands):
            m.relation = "destination"  # "trying to march towards Islamabad ... near Muridke" (a town, not a region
            # they were in: "as they drove toward Afar region in the Bati woreda")
        elif (before.endswith("the ") and _RECALLED_AFTER.match(text, m.hint_end or m.end)) \
                or _recalled_before(text, m, ms, i):
            m.relation = "recalled"
        elif near_before(text, m.start) and not _at_a_building_of(text, m, before):
            m.relation = "near"
        elif i + 1 < len(ms) and "between" in before[-30:] and _BETWEEN_BEFORE.search(before):
            gap = text[(m.hint_end or m.end):ms[i + 1].start]
            if _BETWEEN_GAP.fullmatch(gap):
                m.relation = "between"
                ms[i + 1].relation = "between"
    _speakers_towns(text, ms, keep)
    # a chain's later links only qualify its head: "in Quetta, Balochistan" happened in Quetta
    for m in ms:
        if m.chain and m.relation != "in":
            for k in m.chain:
                if ms[k].relation == "in":
                    ms[k].relation = m.relation
