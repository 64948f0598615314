"""Event type, sub-event type, disorder type and civilian targeting, after the ACLED codebook.

The cue lexicons and the rules' priority order live in knowledge/event_cues.yaml; this module only reads
them. The event's lead sentence (the first sentence of the event span where a rule holds) decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventcoder.model import ActorMention
from eventcoder.recognize.actors import party_names
from eventcoder.text import split_sentences

_DATA = Path(__file__).resolve().parent / "knowledge" / "event_cues.yaml"
_ARMED = frozenset({1, 2, 3, 4, 8})
_CROWD_KINDS = frozenset({"protesters", "rioters"})
# Rules that only fire when nothing more specific does in any sentence of the span.
_FACTS = frozenset({"armed", "state", "crowd", "no_crowd", "no_named", "no_armed", "armed_victim"})
_WEAK = frozenset({"Change to group/activity", "Other"})

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


@dataclass(frozen=True, slots=True)
class _Cues:
    groups: dict[str, re.Pattern[str]]
    rules: tuple[_Rule, ...]
    disorder: dict[str, str]
    # Prefilter: a group can only match where a word starts with one of its stems' first 3-4 letters.
    keys: dict[str, frozenset[str] | None]


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


def _stems(alt: str) -> list[str] | None:
    """Literal word starts an alternative needs ("clash(?:ed)?" -> ["clash"]); None when there is none."""
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
        out: list[str] = []
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
    best = max(words, key=len) if words else ""
    return [best] if len(best) >= 3 else None


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    with _DATA.open(encoding="utf-8") as f:
        raw: dict[str, Any] = yaml.safe_load(f)
    groups = {}
    keys: dict[str, frozenset[str] | None] = {}
    for name, body in raw["cues"].items():
        alts = [line.strip().lower() for line in body.splitlines() if line.strip()]
        # Text is lowercased before matching: faster than IGNORECASE.
        groups[name] = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
        stems = [_stems(alt) for alt in alts]
        keys[name] = None if any(st is None for st in stems) else frozenset(x[:4] for st in stems for x in st or ())
    rules = []
    for r in raw["rules"]:
        rule = _Rule(r["sub_event_type"], r["event_type"], tuple(r.get("lead") or ()), tuple(r.get("span") or ()),
                     tuple(r.get("without") or ()), tuple(r.get("actors") or ()), str(r.get("fatalities", "")))
        unknown = [g for g in (*rule.lead, *rule.span, *rule.without) if g not in groups]
        unknown += [c for c in rule.actors if c not in _FACTS]
        if unknown or rule.sub_event_type not in EVENT_TYPES.get(rule.event_type, ()):
            raise ValueError(f"event_cues.yaml: bad rule {r!r}")
        rules.append(rule)
    return _Cues(groups, tuple(rules), dict(raw["disorder_types"]), keys)


class _Window:
    """Lazily evaluated cue matches over one piece of text."""

    __slots__ = ("text", "cues", "hits", "prefixes")

    def __init__(self, text: str, cues: _Cues) -> None:
        self.text = text.lower()
        self.cues = cues
        self.hits: dict[str, bool] = {}
        toks = _TOKEN.findall(self.text)
        self.prefixes = {t[:4] for t in toks} | {t[:3] for t in toks}

    def has(self, group: str) -> bool:
        hit = self.hits.get(group)
        if hit is None:
            keys = self.cues.keys[group]
            hit = (keys is None or not self.prefixes.isdisjoint(keys)) and self.cues.groups[group].search(
                self.text) is not None
            self.hits[group] = hit
        return hit


def classify_event(text: str, start: int, end: int, fatalities: int,
                   actors: list[ActorMention]) -> EventTypes:
    """Classify the event told in text[start:end] (ACLED event type, sub-type, disorder type, targeting)."""
    cues = _cues()
    span_text = text[start:end]
    span = _Window(span_text, cues)
    in_span = [a for a in actors if start <= a.span.start < end]
    parties = party_names()
    facts = {
        "armed": any(a.actor.inter in _ARMED for a in in_span),
        "state": any(a.actor.inter == 1 for a in in_span),
        "crowd": any(a.actor.kind in _CROWD_KINDS or a.actor.name in parties for a in in_span) or span.has("crowd"),
        "no_named": not any(a.actor.inter in (2, 3, 4) and a.actor.name not in parties
                            and not a.actor.name.startswith("Unidentified") for a in in_span),
    }
    facts["no_crowd"] = not facts["crowd"]
    facts["no_armed"] = not any(a.actor.inter in (2, 3, 4) and a.actor.name not in parties for a in in_span)
    weak: tuple[_Rule, _Window] | None = None
    sentences = split_sentences(span_text)
    for sent in sentences:
        lead = span if len(sentences) == 1 else _Window(span_text[sent.start:sent.end], cues)
        for rule in cues.rules:
            if rule.sub_event_type in _WEAK and weak is not None:
                continue
            if _holds(rule, lead, span, facts, fatalities):
                if rule.sub_event_type in _WEAK:
                    weak = (rule, lead)
                    break
                return _types(rule, lead, cues)
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
        ok = lead.has("armed_victim") if cond == "armed_victim" else facts[cond]
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
