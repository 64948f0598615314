"""The words and patterns claims are read with: the casualty lexicon compiled once, and the grammar around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventcoder.knowledge import lexicon
from eventcoder.text import word_start_finder

# Words allowed between the counted people and a following outcome ("were also reportedly killed").
_AUX_WORDS = (r"were|was|are|is|have|has|had|been|being|got|get|also|reportedly|allegedly|later|all|subsequently|"
              r"eventually|confirmed|found|left|lay|lying|critically|seriously|severely|badly|mortally|both|"
              r"then|soon|immediately|instantly|either|apparently|initially|were\s+all|who|which|reported|"
              r"said\s+to\s+have\s+been|believed\s+to\s+have\s+been|feared")


_AUX = rf"(?:(?:{_AUX_WORDS})\s+)*"
# People a killing word names before a count in the same list: "killing him, his son Bahar and three guards",
# "killed Jaffri and his companion" (each counted on its own: the pronoun, the name, the singular)
_LISTED = (r"(?:him|her|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3}|(?:his|her|their)\s+[a-z-]+(?:\s+(?-i:[A-Z][a-z]+)){0,3})"
           r"(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*(?=(?:his|her|their)\s|$))")  # "X, a leader": the same person


_PASSIVE = re.compile(rf"\b(?:were|was|are|is|been|being|got)\b(?:\s+(?:{_AUX_WORDS}))*\s*$"
                      r"|\b(?:were|was|been|being|got)\s+[^,;]*\band\s*$", re.IGNORECASE)


_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten"
                           r"|\d+|at\s+least)\b(?!\s+(?:others?\s+|more\s+)?(?:injured|wounded|hurt|missing|arrested)\b)"
                           r"|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last|late|early)(?-i:[A-Z][a-z])",
                           re.IGNORECASE)


_PART_OF = re.compile(r"\b(?:including|includ(?:ed|es)|among\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed)"
                      r"|of\s+(?:whom|them|those)|comprising|such\s+as)\b[^.;]{0,120}$", re.IGNORECASE)


_COORDINATED = re.compile(r"(?:\s*,\s*(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+,\s*(?=and\b))?"
                          r"(?:\s+of\s+(?:(?!\b(?:were|was|are|is|and)\b)[^,.;\d]){1,60}?)?\s*(?:,|,?\s*(?:and|as\s+well\s+as|plus|along\s+with)(?:\s+(?:his|her|their))?)\s*",
                          re.IGNORECASE)


_DAYS_OFFSET = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir>after|before|earlier|later)\b",
                          re.IGNORECASE)


_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


# ... "a third succumbed to his injuries": one more, as "another" is
ORDINAL_ONE_MORE = ("a second", "a third", "a fourth", "a fifth", "a sixth")
_ORDINALS = "|".join(phrase.split()[1] for phrase in ORDINAL_ONE_MORE)
_SINGULAR = re.compile(rf"\b(?:a\s+(?:{_ORDINALS})(?=\s+(?!of\b))|a|an|another|one|the|his|her|their)\s+"
                       r"(?!total\b|number\b|group\b|few\b|dozen|(?:unspecified|unknown|undisclosed|undetermined|"
                       r"unconfirmed|large|small|significant|growing|rising|similar)\s+number\b|family\s+of\s+"
                       r"(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
                       re.IGNORECASE)


_NAMED = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Engr)\.?\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?\s+){0,3}[A-Z][a-z]+"
                    r"(?:-[a-z]+-[A-Z][a-z]+)?\b")


# Lower-case words that may stand between a killing word and a name as the person's title ("killed professor
# Sanaullah Khan", "shot dead local politician Abdul Ghani"): any but the words that begin a phrase of place,
# time or manner
_TITLE_WORDS = (r"(?:(?!(?:in|on|at|near|by|during|after|before|when|while|and|or|but|the|a|an|his|her|their|its|of|"
                r"from|for|with|without|as|to|into|outside|inside|since|until|last|this|that|early|late|later|"
                r"yesterday|today|tonight|overnight|here|there|then|again|also|are|is|was|were|be|been|being|has|"
                r"have|had|include|included|includes|including|among|said|says|say|told|identified|named|men|women|"
                r"people|persons|others|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
                r"many|some|scores|hundreds|thousands)\b)[a-z][\w'’-]*\s+){1,3}")  # (a count is no title: "three Palestinians")


_FOUND = re.compile(r"\b(?:found|recovered|discovered|dumped|retrieved|exhumed|collected|fished\s+out)\b",
                    re.IGNORECASE)


_CORPSES = frozenset(("body", "bodies", "corpse", "corpses", "dead bodies", "remains"))


# Asides and ages are blanked out (same length) before reading counts: "18 civilians — women and children —
# who ...", "(ISPR)", "a 34-year-old woman".
_MASK = re.compile(r"\s[—–-]{1,2}\s?[^—–.;]{1,120}?\s?[—–]|\([^()]{0,120}\)|\[[^\[\]]{0,120}\]"
                   r"|\b\d+\s*-?\s*(?:years?|yrs?|months?|weeks?|days?)\s*-?\s*old\b", re.IGNORECASE)
# People said to be spared, blanked in sentences with one of _SPARED_HINTS: "Neither of the two guards was hurt",
# "Not one person was injured", "no one else was injured".
_SPARED_MASK = re.compile(r"\b(?:none|neither|not\s+(?:one|a\s+single)|no[\s-]one|nobody)\b[^.;,]{0,60}?\b(?:was|were)\s+"
                          r"(?:(?:seriously|badly|critically|severely)\s+)?(?:hurt|injured|wounded|killed|harmed|shot|hit)\b",
                          re.IGNORECASE)
_SPARED_HINTS = frozenset(("none", "neither", "not", "no", "nobody"))
# a date or an age, blanked where a "/" is: "On 09/24/2010 his body was found", "20 y/o killed"
_DATE_MASK = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,3}\s*y/o\b", re.IGNORECASE)
# Ages in words, gallery captions and television stations, blanked likewise in sentences with one of _AGE_HINTS: "a three-year-old",
# "four men, ages 20-27", "all between the ages of 18 and 22", "Ali and Khan, both 22, were hurt", "Image 23 of 32",
# "Police tell 13 News".
_AGE_MASK = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*-?\s*(?:years?|months?|weeks?|days?)"
                       r"\s*-?\s*old\b"
                       r"|\b(?:Image|Photo|Picture|Slide)\s+\d+\s+of\s+\d+\b"
                       r"|\b(?:FOX|Fox|CBS|NBC|ABC|CW|Channel|News|WGN|WSB)\s+\d{1,2}\b"  # a television station
                       r"|\b\d{1,2}\s+(?=News\b)"  # "13 News"
                       r"|\bage[sd]?\s+(?:of\s+)?\d{1,2}(?:\s*(?:,\s*(?:and\s+)?|-|–|to|and)\s*\d{1,2}\b)*\b|,\s*both\s+\d{1,2}\b(?=\s*[,;—–])",
                       re.IGNORECASE)
_AGE_HINTS = frozenset(("old", "age", "ages", "aged", "both", "image", "photo", "picture", "slide", "fox", "cbs", "nbc",
                        "abc", "cw", "channel", "news", "wgn", "wsb"))


# An age written after a name: "Nur Hossain, 32, and his helper", "Another teen, also 15, was shot" (the number is
# blanked, not the name).
_AGE_AFTER_NAME = re.compile(r"(?P<name>\b[A-Z][a-z]+,\s?|,\s?(?:also|aged|both|each)\s)(?P<age>\d{1,2})(?=\s?[,;])")


_STOP = frozenset(("were", "was", "are", "is", "had", "have", "has", "in", "at", "on", "by", "of", "from", "to", "who",
                   "with", "for", "during", "after", "before", "when", "while", "as", "that", "which", "according",
                   "near", "into", "under", "over", "since", "said", "say", "says", "but", "or", "than", "between",
                   "against", "about", "across", "inside", "outside", "through", "toward", "towards", "within"))


_TOKEN = re.compile(r"[a-z]+")


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|(?<!along\s)(?<!together\s)with|for|to|at|in|on|near|against|about|into|behind|"
                                 r"under|inside|outside)"
                                 r"\s+$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|besides|along\s+with)\s+", re.IGNORECASE)
_MORE = re.compile(r"\s+more\b", re.IGNORECASE)  # "one more person", "two more victims": added to a count
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
_APPOSITIVE = re.compile(r"\s*,\s*(?:also|himself|herself|formerly|once)?\s*", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
# people who then speak are the speakers, not more victims: "killing 46 worshippers, a local official said", "a
# Taliban spokesman said", "the Palestinian health ministry said"
_SPEAKING_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|told|added|confirmed|stated)\b", re.IGNORECASE)


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


_ADJECTIVAL = frozenset(("injured", "wounded", "slain", "deceased", "missing", "abducted", "kidnapped", "arrested",
                         "beheaded", "decapitated", "mutilated", "charred", "bullet-riddled", "bullet-ridden", "burnt"))
# A running count of a campaign ("more than 2,000 militants have been killed since the operation began").
_CAMPAIGN = re.compile(r"\b(?:since\s+(?:the\s+)?(?:start|beginning|launch|operation|offensive|military\s+operation|January|"
                       r"February|March|April|May|June|July|August|September|October|November|December|\d{4}|last)|so\s+far|thus\s+far|"
                       r"till\s+date|up\s+to\s+now|"
                       r"to\s+date|this\s+year"
                       # "The operation was launched in April and has left more than 2,000 militants dead"
                       r"|(?:operation|offensive|campaign|war|conflict|insurgency)\b[^.;]{0,80}?\b(?:has|have)\s+"
                       r"(?:so\s+far\s+)?(?:left|killed|claimed))\b", re.IGNORECASE)  # ("in recent months": _EARLIER_LIKE_IT)
# Counts of other, earlier attacks of the same kind: "A number of leaders have been killed in similar attacks in
# recent months", "over the past two years".
_EARLIER_LIKE_IT = re.compile(r"\b(?:in\s+(?:similar|previous|earlier|past)\s+(?:attacks|incidents|clashes|raids|"
                              r"bombings|operations|ambushes)|in\s+recent\s+(?:months|weeks|years)|"
                              # "11 soldiers were killed in a similar ambush": another attack like it, earlier
                              r"in\s+an?\s+(?:similar|previous|earlier)\s+(?:attack|incident|clash|raid|bombing|ambush"
                              r"|blast|shooting|strike)|"
                              r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|two\s+|three\s+)?"
                              r"(?:months|years|decades?))\b", re.IGNORECASE)
_FOUND_BODIES = re.compile(r"\b(?:found|recovered|discovered|retrieved|fished\s+out)\s+(?:their|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:bodies|corpses|remains)\b", re.IGNORECASE)


_UNIT_NUMBER = re.compile(r"\s+(?:[A-Z]{2,}|[A-Z][a-z]+\s+(?:Rifles|Regiment|Battalion|Brigade|Division|Corps))\b")


_COUNTED_NOUNS = frozenset(("death", "deaths", "fatality", "fatalities"))


# A person noun that only names a thing's owner: "a militant camp", "a police station", "an army convoy".
_THING_HEAD = re.compile(r"\s+(?:camps?|hideouts?|bases?|stations?|offices?|posts?|convoys?|vehicles?|headquarters|"
                         r"hostels?|schools?|colleges?|compounds?|outposts?|checkpoints?|barracks|training|van|truck|"
                         r"mobile|patrol|party|parties|wings?|groups?|outfits?|organi[sz]ations?|factions?|leaders?hip|drones?|UAVs?|"
                         r"planes?|aircraft|helicopters?|jets?|missiles?|rockets?|positions?)\b", re.IGNORECASE)


_DEATH_OF = re.compile(r"\b(?:resulted\s+in|resulting\s+in|led\s+to|leading\s+to|caused|causing)\s+(?:the\s+)?"
                       r"(?:death|killing)\s+of\s+(?!a\b|an\b|the\b|his\b|her\b|their\b|\d)", re.IGNORECASE)


_PLURAL_NOUNS = frozenset(("people", "personnel", "children", "men", "women", "police", "others", "more"))


_CLAUSE_END = re.compile(r"[.;:!?]")


_PRONOUN_WORDS = frozenset(("him", "her", "his", "he", "she", "other", "dead", "succumbed", "died", "himself", "herself", "self",
                            "deceased", "body", "fatality"))


_BACK_WORDS = frozenset(("were", "been", "found", "recovered", "discovered", "retrieved"))


_AUX_TAIL = re.compile(rf"\b(?:(?:{_AUX_WORDS})\s+)+$", re.IGNORECASE)


_NUMBER_NEXT = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b)", re.IGNORECASE)


_WORD = re.compile(r"[\w'’./-]+")


_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*|\b(?:and|while|when|but|as|along\s+with|say|says|said|that|confirmed|"
                           r"believe|believed|added)\s+)$", re.IGNORECASE)  # "Police say the boy died"


# A killing recalled as the cause of this one is another event: "in retaliation for the killing of two ...".
_CAUSE = re.compile(r"\b(?:in\s+(?:response|retaliation|reaction|revenge)\s+(?:to|for|against)|to\s+avenge|avenging|revenge\s+for"
                    r"|(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing)|rall(?:y|ied|ying)|agitat(?:ed|ing)|condemn(?:ed|ing)?)"
                    r"\b[^.;]{0,40}?\b(?:against|over)\s+(?:the\s+)?(?=(?:alleged\s+)?(?:killings?|deaths?|murders?|arrests?|"
                    r"abductions?)\s+of\b)"
                    r"|\bover\s+the\s+(?=(?:killings?|deaths?|murders?)\s+of\b)"
                    r"|\b(?:investigations?|probe|inquiry|inquest|justice)\s+(?:in)?(?:to|for|of|in)\s+(?:the\s+)?"
                    r"(?=(?:alleged\s+)?(?:killings?|deaths?|murders?)\s+of\b))[^.;]*$", re.IGNORECASE)


# A protest or a mob's act after, or over, a killing: the killing is its cause, not a toll of it ("residents
# demonstrated after a gendarme shot and killed a taxi driver", "blocked streets following the killing of a trader",
# "staged a dharna condemning the murder of an activist", "After a man was killed ..., residents protested")
_PROTEST_WORDS = (r"protest(?:s|ed|ing)?|demonstrat(?:ed|ing|ion|ions)|rall(?:y|ies|ied|ying)|(?-i:march(?:ed|es)?)|"
                  r"agitat(?:ed|ing|ion)|condemn(?:ed|ing)?|dharna|sit-in|vigil|hartal|bandh|shutdown|strike|"
                  r"outraged|angered|incensed|commemorat(?:e|ed|ing)|took\s+to\s+the\s+streets?|riot(?:ed|ing)|"
                  r"violence\s+(?:broke\s+out|erupted|flared)|went\s+on\s+(?:a\s+)?rampage|"
                  r"blocked\s+(?:the\s+|some\s+|several\s+|a\s+)?(?:[\w-]+\s+)?(?:roads?|streets?|highway|traffic)|"
                  r"set\s+(?:alight|ablaze|fire\s+to)|torched|burn(?:ed|t)\s+tyres")
_PROTEST_CAUSE = re.compile(
    rf"\b(?:{_PROTEST_WORDS})\b"
    r"(?:[^.;]{0,120}?\b(?:after|following|over|in\s+the\s+wake\s+of|to\s+(?:protest|denounce|condemn|mourn|express))\b"
    r"(?![^.;]*(?:\bwhen\b|\bwhile\b|,\s*(?:police|security|troops|soldiers|officers)\b))[^.;,]{0,80}"
    r"|[^.;]{0,100}?\b(?:[\w-]+\s+){0,2}(?:killings?|deaths?|murders?|lynching|assassinations?)\s+of\s+[^.;]{0,30})$",
    re.IGNORECASE)
# the same, the cause told first: "After a Hazara man was killed by gunmen, civil society protested"
_CAUSE_FIRST = re.compile(r"^\W*(?:(?:on|around|late\s+on)\s+[^,.;]{1,30},\s*)?"
                          r"(?:after|following|outraged\s+(?:by|at|over)|angered\s+(?:by|at|over)|commemorating)\b",
                          re.IGNORECASE)
_PROTEST_AFTER = re.compile(rf"\b(?:{_PROTEST_WORDS})\b", re.IGNORECASE)


# Killings a person is accused of or wanted for are other, earlier events.
_ALLEGED = re.compile(r"\b(?:accused\s+of|charged\s+with|convicted\s+of|involved\s+in|responsible\s+for|blamed\s+for|"
                      r"wanted\s+(?:for|in)|masterminding|mastermind\s+(?:of|behind))\s+(?:the\s+)?(?:killings?|murders?|"
                      r"deaths?|assassinations?|massacres?)\s+of\s+$", re.IGNORECASE)
# "three of the troops", "two of its soldiers" (its own, a force's: no part of a toll told before)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|his|her|its|their|these|those)\s+(?=[a-z])", re.IGNORECASE)


# a count said with its wounds right after another ("six people injured, five with gunshot wounds"): some of it
_WITH_WOUNDS = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,2}(?:wounds?|injuries)\b", re.IGNORECASE)


_AGE_WORD = re.compile(r"\d+-years?-old$")


# In the words between people and their outcome, a second count or a new noun phrase means another clause.
_COUNT_WORD = re.compile(r"\b(?:(?!(?:19|20)\d\d\b)\d+(?!\s+(?-i:[A-Z]))|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


_CONJUNCT = re.compile(r"\band\s+(?:(?:a|an|another|one|his|her|their)\s+|(?=(?:soldier|policeman|civilian|officer|"
                       r"son|daughter|wife|husband|brother|father|mother|driver|guard|bodyguard|companion|nephew|man|"
                       r"woman|boy|girl|child|teenager|student)\b))",
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
    r"(?:^|[,;:]\s*|\b(?:that|when|where|while)\s+|\b(?-i:leader|chief|president|commander|activist|worker|"
    r"chairman|elder|councillor|MPA|MNA|MLA|MP)\s+)(?P<np>(?:[A-Z][a-z'’.-]+\s+){0,3}[A-Z][a-z'’.-]+(?:['’]s\s+\w+)?"
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
    listed_pronoun: re.Pattern[str]  # "killing him, his son and three guards": the first of a list of victims
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
    passive_only: frozenset[str]  # outcome words that are the victims' only when passive ("were shot")


def _phrase(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


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

    unless = {k.lower(): "|".join(_phrase(x) for x in v) for k, v in lex.get("unless_then", {}).items()}

    def exception(word: str, x: str) -> str:
        then = unless.get(f"{word} {x}".lower())
        return _phrase(x) + (rf"(?!\s+(?:{then})\b|\s+\d)" if then else "")

    exceptions = {w.lower(): "|".join(exception(w, x) for x in after)
                  for w, after in lex.get("not_followed_by", {}).items()}

    def alt(words: dict[str, str] | list[str]) -> str:
        # a phrase ending in a word with exceptions takes them too ("were killed, injured or captured")
        def unless(w: str) -> str:
            key = w.lower() if w.lower() in exceptions else w.lower().rsplit(" ", 1)[-1]
            return rf"(?!\s*(?:{exceptions[key]})\b)" if key in exceptions else ""
        return "|".join(_phrase(w) + unless(w) for w in sorted(words, key=len, reverse=True))

    after = alt(after_outcome)
    before = alt(before_outcome)
    return _Lexicon(
        any_outcome=re.compile(rf"\b(?:{after}|{before}|bod(?:y|ies)|corpses?)\b", re.IGNORECASE),
        triggers=frozenset(_TOKEN.findall(" ".join(p.split()[0] for p in (*after_outcome, *before_outcome))))
        | {"body", "bodies", "corpse", "corpses", "died", "dead", "death", "deceased"},
        before=re.compile(rf"\b(?P<phrase>{before})\s+(?P<listed>(?:{_LISTED})+(?:(?:his|her|their)\s+)?)?"
                          rf"(?:a\s+total\s+of\s+|all\s+|another\s+|the\s+|(?:his|her|their)\s+|them\s+(?:all\s+)?"
                          rf"|(?:a|the)\s+family\s+of\s+)?$",  # ("killed his two sons")
                          re.IGNORECASE),
        after=re.compile(rf"(?P<gap>[^.;:!?]{{0,120}}?)\b(?P<aux>{_AUX})(?P<phrase>{after})\b", re.IGNORECASE),
        listed_pronoun=re.compile(rf"\b(?P<phrase>{before})\s+(?:him|her)(?=\s*,\s*(?:and\s+)?(?:his|her|their)\b"
                                  rf"|\s+and\s+(?:his|her|their)\b)", re.IGNORECASE),
        after_outcome=after_outcome,
        before_outcome=before_outcome,
        noun=re.compile(rf"(?P<noun>{alt(noun_group)}|{alt(lex['not_people'])})\b", re.IGNORECASE),
        noun_group=noun_group,
        not_people=frozenset(w.lower() for w in lex["not_people"]),
        max_mods=int(lex["max_modifier_words"]),
        singular_subject=re.compile(rf"\b(?:was|has\s+been|got|(?P<after>after\s+(?:being|getting)))\s+(?:(?:{_AUX_WORDS})\s+)*"
                                    rf"(?:(?!(?:killed|wounded|injured|murdered|martyred|executed)\b)[a-z]+ed"
                                    rf"(?:\s+(?:on|upon|at))?\s+and\s+)?(?P<phrase>{after})\b",
                                    re.IGNORECASE),
        pronoun=re.compile(rf"\b(?:(?P<phrase>{before})\s+(?:him|her)\b(?:\s+(?:dead|to\s+death))?"
                           rf"|shot\s+(?:him|her)\s+dead|(?:his|her)\s+(?:death|killing|murder)"
                           rf"|(?:he|she|the\s+other)\s+(?:later\s+|also\s+|subsequently\s+|eventually\s+|then\s+)?"
                           rf"(?:died|succumbed|passed\s+away|was\s+killed|was\s+shot\s+dead|was\s+found\s+dead)"
                           rf"|(?:was|were|and)\s+(?:later\s+)?(?:pronounced|declared)\s+dead"
                           rf"|(?:killing|killed)\s+(?:himself|herself)"
                           rf"|\b(?:a|an|the)\s{{6,}}(?:later\s+|has\s+|had\s+)?(?:died|succumbed)"  # "a 3-year-old died"
                           rf"|(?<!fatally\s)(?P<self>shot|shoots|stabbed|wounded|injured)\s+(?:himself|herself|self)"
                           rf"(?!\s+(?:dead|to\s+death)\b)"
                           rf"|shot\s+(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|dozens?|them)\b)"
                           rf"(?:[\w.-]+\s+){{1,6}}?dead"
                           rf"|leaving\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:driver|man|woman|boy|girl|child|person|"
                           rf"passenger|worker|helper|guard|policeman|soldier|civilian)\s+dead"
                           rf"|^[^,]{{3,80}},(?:\s+(?:a|an|the)\s+[^,]{{1,40}},)?\s+who\b[^.;]{{0,140}}?,\s+(?:later\s+)?"
                           rf"(?:died|succumbed)"
                           rf"|^the\s+deceased\s+(?:was|could|has|had|is|remains)\b"
                           rf"|\bthe\s+(?:suicide\s+)?(?:bomber|attacker|gunman)\s+was\s+the\s+only\s+(?:fatality|casualty|one\s+killed)"
                           rf"|(?:he|she)\s+was\s+[a-z]+ed\s+and\s+(?:killed|shot\s+dead|murdered|gunned\s+down)"
                           rf"|(?:he|she)\s+was\s+(?:shot|stabbed|wounded|hit|struck)\s+(?:[\w-]+\s+){{0,3}}?and\s+"
                           rf"(?:later\s+)?died"
                           rf"|and\s+(?:later\s+|eventually\s+|subsequently\s+)?succumbed"
                           rf"|(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bnear\s)(?<!\bfrom\s)"
                           rf"(?-i:[A-Z][a-z]+)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:died|succumbed)"
                           rf"|\b(?:beat|beaten|stabbed|hacked|shot|stoned|burnt|burned|bludgeoned|clubbed|battered)\s+"
                           rf"(?:him|her)\s+(?:to\s+death|dead)"
                           rf"|(?:his|her|the\s+[a-z]+['’]s)\s+(?:[\w-]+\s+){{0,2}}(?:dead\s+)?body\s+(?:was\s+)?(?:later\s+)?"
                           rf"(?:found|recovered|discovered|dumped|retrieved))\b",
                           re.IGNORECASE),
        outcome_words=frozenset(p.split()[0] for p in (*after_outcome, *before_outcome)) - _STOP - {"and", "the", "a"},
        passive_only=frozenset(w.lower() for w in lex.get("passive_only", [])),
        back=re.compile(
            rf"\b(?P<np>(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+s|both(?:\s+of\s+(?:the|them)(?:\s+[\w-]+){{0,3}}?)?"
            rf"|all(?:\s+of\s+(?:the|them)(?:\s+[\w-]+){{0,3}}?)?|they|their(?:\s+[\w-]+)?\s+bodies|the\s+bodies)"
            rf"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:all|later|also|subsequently|then|reportedly)\s+)*"
            rf"(?P<phrase>{after}|found|discovered|recovered|dumped)\b", re.IGNORECASE),
        them=re.compile(rf"(?:\band|,|\bthey)\s+(?:later\s+|then\s+|also\s+)?(?P<phrase>{before})\s+them\b", re.IGNORECASE),
        before_any=re.compile(rf"\b(?:{before})\s+", re.IGNORECASE),
        noun_starts=frozenset(m.group() for w in (*noun_group, *lex["not_people"])
                              if (m := _TOKEN.match(w.lower())) is not None),
        after_starts=word_start_finder({p.split()[0] for p in after_outcome}),
        before_starts=word_start_finder({p.split()[0] for p in before_outcome}),
        along=re.compile(rf"\b(?:(?P<phrase>{after})\s+(?:[\w-]+\s+){{0,3}}?|(?P<verb>{before})\s+[^.;:!?]{{1,80}}?,?\s+)"
                         rf"(?:along|together)\s+with\s+(?:(?:his|her|their)\s+)?$", re.IGNORECASE),
        after_phrase=re.compile(rf"\b(?:{after})\b", re.IGNORECASE),
        before_named=re.compile(rf"\b(?P<phrase>{before})\s+(?P<title>{_TITLE_WORDS})?(?P<name>{_NAMED.pattern})"
                                rf"(?!\s+[a-z]+s\b)"),
    )


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())
