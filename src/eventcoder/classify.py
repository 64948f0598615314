"""Event type, sub-event type, disorder type and civilian targeting, after the ACLED codebook.

The cue lexicons and the rules' priority order live in knowledge/event_cues.yaml; this module only reads
them. The event's lead sentence (the first sentence of the event span where a rule holds) decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventcoder.knowledge import load_yaml
from eventcoder.model import ActorMention
from eventcoder.recognize.actors import party_names
from eventcoder.text import split_sentences

_ARMED = frozenset({1, 2, 3, 4, 8})
_CROWD_KINDS = frozenset({"protesters", "rioters"})
# Rules that only fire when nothing more specific does in any sentence of the span.
_FACTS = frozenset({"armed", "state", "crowd", "no_crowd", "no_named", "no_armed", "armed_group", "armed_victim"})
_WEAK = frozenset({"Change to group/activity", "Other"})
_EXCESSIVE = "Excessive force against protesters"
_HIT_VERBS = (r"(?:attack(?:ed|ing|s)?|ambush(?:ed|ing)?|assassinat(?:ed|ing)|kill(?:ed|ing)|shot(?: dead)?|targeted|"
              r"fired (?:at|on|upon)|opened fire (?:at|on|upon)|raided|storm(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|"
              r"gunned down|executed|beheaded|stabbed|hit)")
# The verb, then at most four words ("attacked a Govt forces", "attacks on SSPDF", "killed two members of the"), none
# of them beginning another clause ("12 people were killed when gunmen opened fire": the gunmen were not hit).
_HIT_BEFORE = re.compile(_HIT_VERBS + r"(?:\s+(?!(?:by|of|from|with|when|after|as|while|before)\b)"
                         r"[\w'()/-]+){0,4}"
                         r"\s*(?:members? of|elements? of|fighters? of)?\s*$")
_HIT_AFTER = re.compile(r"(?:\s+(?!(?:after|before|when|while|as|since|because|and|but|who|which|where)\b)[\w'()/-]+){0,3}?"
                        r"\s+(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?"
                        r"(?:attacked|ambushed|killed|shot|targeted|assassinated|abducted|kidnapped|found dead|executed|"
                        r"wounded|injured)")
# A later sentence about other days ("after the riots of the previous week") does not retell the event.
_BACKGROUND = re.compile(r"\b(?:previous|last (?:week|month|year)|earlier|ago|since|in recent|before that|past (?:week|month))\b")

# Cue groups whose words may tell what a protest is about rather than what happened at it: "protested
# against the police lathi-charge", "demanded the release of activists who were detained", "staged a
# protest after police arrested a farmer". A match right after such words does not count.
_CAUSE = re.compile(r"\b(?:against|condemn\w*|denounc\w*|over|after|releas\w*|protesting)"
                    r"(?:\s+(?!and\b|but\b|then\b)[\w'-]+){0,6}\s*$")
# ... and a killing an arrest or a charge is for: "arrested a suspect in connection with last week's shooting"
_CHARGED_FOR = re.compile(r"\b(?:arrest(?:ed|s)?|detained|charged|nabbed|booked|apprehended|indicted|convicted|"
                          r"sentenced|in custody)\b(?:\s+(?!and\b|but\b|then\b|after\b)[\w'-]+){0,7}\s*$")
# ... and the riot or the violence a protest is about: "demanding the release of activists detained during recent
# riots", "the detention of 6 people involved in riots", "accused of hurling a Molotov cocktail"
_RIOT_AS_CAUSE = re.compile(r"\b(?:condemn\w*|denounc\w*|releas\w*|involved\s+in|accused\s+of|since)"
                            r"(?:\s+(?!and\b|but\b|then\b)[\w'-]+){0,6}\s*$")
_TOLD_AS_CAUSE = {"intervention": _CAUSE, "attack": _CHARGED_FOR, "riot_strong": _RIOT_AS_CAUSE}

EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}


@dataclass(frozen=True, slots=True)
class EventTypes:
    """ACLED's classification of one event."""

    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: str = ""


@dataclass(frozen=True, slots=True)
class _Rule:
    sub_event_type: str
    event_type: str
    lead: tuple[str, ...]
    span: tuple[str, ...]
    without: tuple[str, ...]
    actors: tuple[str, ...]
    fatalities: str
    need: frozenset[str]  # the lead groups: a cheap first test against a window's possible groups


class _Cues:
    """The cue groups (compiled on first use), the rules, and a prefilter index."""

    __slots__ = ("sources", "compiled", "rules", "disorder", "by_key", "keys", "always")

    def __init__(self, sources: dict[str, str], rules: tuple[_Rule, ...], disorder: dict[str, str],
                 needs: dict[str, tuple[frozenset[str], ...] | None]) -> None:
        self.sources = sources
        self.compiled: dict[str, re.Pattern[str]] = {}
        self.rules = rules
        self.disorder = disorder
        # Prefilter: a group can only match when the text has a word start (first 3-4 letters) that one of
        # its alternatives needs.
        index: dict[str, set[str]] = {}
        for group, options in needs.items():
            for k in {min(need) for need in options or ()}:
                index.setdefault(k, set()).add(group)
        self.by_key = {k: frozenset(v) for k, v in index.items()}
        self.keys = frozenset(index)
        self.always = frozenset(g for g, options in needs.items() if options is None)

    def pattern(self, group: str) -> re.Pattern[str]:
        pat = self.compiled.get(group)
        if pat is None:
            pat = self.compiled[group] = re.compile(self.sources[group])
        return pat


_TOKEN = re.compile(r"[a-z0-9]+")
_META = set("()[]?*+.\\{|^$")


def _closing(alt: str) -> int:
    """Index of the parenthesis that closes the group opening alt."""
    depth = 0
    for i, ch in enumerate(alt):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return len(alt) - 1


def _stems(alt: str) -> list[frozenset[str]] | None:
    """What an alternative needs: a list of options, each the set of word starts (first 3-4 letters) that
    must all be in the text ("police firing" -> [{"poli", "firi"}], "clash(?:ed)?" -> [{"clas"}]);
    None when it needs no literal word."""
    while alt.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        alt = alt[_closing(alt) + 1:]
    if alt.startswith("(?:"):
        i = _closing(alt)
        inner, rest = alt[3:i], alt[i + 1:]
        optional = rest[:1] in ("?", "*")
        if optional:
            rest = rest[1:]
        branches, depth, cur = [], 0, ""
        for ch in inner:
            depth += ch == "("
            depth -= ch == ")"
            if ch == "|" and depth == 0:
                branches.append(cur)
                cur = ""
            else:
                cur += ch
        branches.append(cur)
        out: list[frozenset[str]] = []
        for b in branches:
            got = _stems(b + rest)
            if got is None:
                return None
            out += got
        if optional:
            got = _stems(rest.lstrip())
            if got is None:
                return None
            out += got
        return out
    lit = ""
    for ch in alt:
        if ch in _META:
            if ch in "?*{" and lit:
                lit = lit[:-1]
            break
        lit += ch
    words = [w for w in re.split(r"[\s-]+", lit) if w.isalnum()]
    need = frozenset(w[:4] for w in words if len(w) >= 3)
    return [need] if need else None


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw: dict[str, Any] = load_yaml("event_cues.yaml")
    groups = {}
    needs: dict[str, tuple[frozenset[str], ...] | None] = {}
    lines = {name: [line.strip() for line in body.splitlines() if line.strip()] for name, body in raw["cues"].items()}
    commented = [f"{name}: {line}" for name, own in lines.items() for line in own if line.startswith("#")]
    if commented:  # a comment inside a group's block would be read as one of its patterns
        raise ValueError(f"event_cues.yaml: comments belong above a group, not in it: {commented}")
    for name, own in lines.items():
        alts = [alt.lower() for line in own for alt in (lines[line[1:]] if line.startswith("@") else (line,))]
        # Text is lowercased before matching: faster than IGNORECASE.
        groups[name] = r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"
        stems = [_stems(alt) for alt in alts]
        needs[name] = None if any(st is None for st in stems) else tuple(x for st in stems for x in st or ())
    rules = []
    for r in raw["rules"]:
        rule = _Rule(r["sub_event_type"], r["event_type"], tuple(r.get("lead") or ()), tuple(r.get("span") or ()),
                     tuple(r.get("without") or ()), tuple(r.get("actors") or ()), str(r.get("fatalities", "")),
                     frozenset(r.get("lead") or ()))
        unknown = [g for g in (*rule.lead, *rule.span, *rule.without) if g not in groups]
        unknown += [c for c in rule.actors if c not in _FACTS]
        if unknown or rule.sub_event_type not in EVENT_TYPES.get(rule.event_type, ()):
            raise ValueError(f"event_cues.yaml: bad rule {r!r}")
        rules.append(rule)
    return _Cues(groups, tuple(rules), dict(raw["disorder_types"]), needs)


class _Window:
    """Lazily evaluated cue matches over one piece of text (and the armed actors in it, for armed_victim)."""

    __slots__ = ("text", "cues", "hits", "possible", "offset", "armed")

    def __init__(self, text: str, cues: _Cues, offset: int = 0, armed: list[ActorMention] | None = None) -> None:
        self.offset = offset
        self.armed = armed or []
        self.text = text.lower()
        self.cues = cues
        self.hits: dict[str, bool] = {}
        toks = _TOKEN.findall(self.text)
        possible = set(cues.always)
        by_key = cues.by_key
        for k in cues.keys.intersection([t[:4] for t in toks] + [t[:3] for t in toks]):
            possible |= by_key[k]
        self.possible = possible

    def armed_target(self) -> bool:
        """An armed actor named as the one attacked: "attacked Iraqi forces", "a QSD member was shot"."""
        hit = self.hits.get("#armed_target")
        if hit is None:
            hit = False
            end = self.offset + len(self.text)
            for m in self.armed:
                if not self.offset <= m.span.start < end:
                    continue
                a, b = m.span.start - self.offset, m.span.end - self.offset
                if _HIT_BEFORE.search(self.text, max(0, a - 60), a) or _HIT_AFTER.match(self.text, b):
                    hit = True
                    break
            self.hits["#armed_target"] = hit
        return hit

    def has(self, group: str) -> bool:
        hit = self.hits.get(group)
        if hit is None:
            if group in _TOLD_AS_CAUSE:
                cause = _TOLD_AS_CAUSE[group]
                hit = group in self.possible and any(
                    not cause.search(self.text, max(0, m.start() - 60), m.start())
                    for m in self.cues.pattern(group).finditer(self.text))
            else:
                hit = group in self.possible and self.cues.pattern(group).search(self.text) is not None
            self.hits[group] = hit
        return hit


def classify_event(text: str, start: int, end: int, fatalities: int,
                   actors: list[ActorMention]) -> EventTypes:
    """Classify the event told in text[start:end] (ACLED event type, sub-type, disorder type, targeting)."""
    cues = _cues()
    span_text = text[start:end]
    in_span = [a for a in actors if start <= a.span.start < end]
    parties = party_names()
    armed = [a for a in in_span if a.actor.inter in _ARMED and a.actor.name not in parties]
    span = _Window(span_text, cues, start, armed)
    facts = {
        "armed": any(a.actor.inter in _ARMED for a in in_span),
        "state": any(a.actor.inter == 1 for a in in_span),
        "crowd": any(a.actor.kind in _CROWD_KINDS or a.actor.name in parties for a in in_span) or span.has("crowd"),
        "no_named": not any(a.actor.inter in (2, 3, 4) and a.actor.name not in parties
                            and not a.actor.name.startswith("Unidentified") for a in in_span),
    }
    facts["no_crowd"] = not facts["crowd"]
    facts["no_armed"] = not any(a.actor.inter in (2, 3, 4) and a.actor.name not in parties for a in in_span)
    facts["armed_group"] = not facts["no_armed"]
    weak: tuple[_Rule, _Window] | None = None
    peaceful: tuple[_Rule, _Window] | None = None
    sentences = split_sentences(span_text)
    for sent in sentences:
        lead = span if len(sentences) == 1 else _Window(span_text[sent.start:sent.end], cues, start + sent.start,
                                                        armed)
        possible = lead.possible
        for rule in cues.rules:
            if not rule.need <= possible or rule.sub_event_type in _WEAK and weak is not None:
                continue
            if peaceful is not None and (not (rule.event_type == "Riots" or rule.sub_event_type == _EXCESSIVE)
                                         or _BACKGROUND.search(lead.text)):
                continue
            if _holds(rule, lead, span, facts, fatalities):
                if rule.sub_event_type in _WEAK:
                    weak = (rule, lead)
                    break
                if rule.sub_event_type in ("Peaceful protest", "Protest with intervention"):
                    # A later sentence may tell how it ended: dispersed, turned violent, shot at.
                    peaceful = peaceful or (rule, lead)
                    break
                return _types(rule, lead, cues)
    if peaceful is not None:
        if span.has("intervention"):
            return _types(next(r for r in cues.rules if r.sub_event_type == "Protest with intervention"), span, cues)
        return _types(peaceful[0], peaceful[1], cues)
    if weak is not None:
        return _types(weak[0], weak[1], cues)
    other = cues.rules[-1]
    return _types(other, span, cues)


def _holds(rule: _Rule, lead: _Window, span: _Window, facts: dict[str, bool], fatalities: int) -> bool:
    if not rule.lead and rule.sub_event_type != "Other":
        return False
    if not all(lead.has(g) for g in rule.lead):
        return False
    if any(lead.has(g) for g in rule.without):
        return False
    if not all(span.has(g) for g in rule.span):
        return False
    if rule.fatalities == ">0" and fatalities <= 0:
        return False
    for cond in rule.actors:
        ok = (lead.has("armed_victim") or lead.armed_target()) if cond == "armed_victim" else facts[cond]
        if not ok:
            return False
    return True


def _types(rule: _Rule, lead: _Window, cues: _Cues) -> EventTypes:
    disorder = cues.disorder.get(rule.sub_event_type) or cues.disorder[rule.event_type]
    targeting = ""
    if rule.event_type == "Violence against civilians" or (
        rule.event_type == "Explosions/Remote violence" and lead.has("civilian_victim") and not lead.has("armed_victim")
    ):
        targeting = "Civilian targeting"
    return EventTypes(rule.event_type, rule.sub_event_type, disorder, targeting)
