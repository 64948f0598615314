"""Actor recognition: named groups, state forces of every country, and unnamed actors resolved by country.

Names follow ACLED ("Military Forces of Pakistan", "BLA: Baloch Liberation Army", "Protesters (India)").
The dictionary is knowledge/actors.yaml; the state forces of every ISO 3166 country are generated here
from pycountry. One compiled trie regex finds every alias in a single pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from eventcoder.model import Actor, ActorMention, Span

_DATA = Path(__file__).resolve().parent.parent / "knowledge" / "actors.yaml"
_SEP = re.compile(r"[-\s]+")


@dataclass(frozen=True, slots=True)
class _Entry:
    """What an alias stands for. how: named | per_country | generic | state | local."""

    how: str
    actor: Actor | None = None
    role: str = ""
    country: str = ""
    designation: bool = False


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pattern: re.Pattern[str]
    ci: dict[str, _Entry]
    cs: dict[str, _Entry]
    generic: dict[str, dict[str, Any]]
    country_names: dict[str, str]


def _norm(s: str) -> str:
    return _SEP.sub(" ", s.strip())


def _case_sensitive(alias: str) -> bool:
    """Single-token aliases with a capital ("TTP", "LeT", "Jamaat", "FC") are matched as written."""
    return (" " not in alias and any(c.isupper() for c in alias)) or (len(alias) <= 3 and alias.isupper())


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the country name ACLED uses ("CD" -> "Democratic Republic of Congo")."""
    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({str(k): v for k, v in (_raw().get("country_names") or {}).items()})
    return names


def country_name(code: str | None) -> str:
    """The ACLED country name for an ISO2 code ("" when unknown)."""
    if not code:
        return ""
    return country_names().get(code.upper(), "")


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lowercase country name (ACLED, common, official, ISO) -> ISO2 code."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                out[n.lower()] = c.alpha_2
    for code, n in country_names().items():
        out[n.lower()] = code
    return out


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """Names of the actors the dictionary marks as political parties."""
    return frozenset(a["name"] for a in _raw().get("actors") or [] if a.get("party"))


def _trie_regex(words: list[str]) -> str:
    """A regex alternation shaped as a trie of the words: fast for thousands of literals."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"[-\s]+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = _raw()
    ci: dict[str, _Entry] = {}
    cs: dict[str, _Entry] = {}

    def add(alias: str, entry: _Entry, force_cs: bool = False) -> None:
        key = _norm(alias)
        if not key:
            return
        if force_cs or _case_sensitive(key):
            cs.setdefault(key, entry)
        else:
            ci.setdefault(key.lower(), entry)

    # Named actors first: they win over generic phrases with the same words.
    for a in raw.get("actors") or []:
        actor = Actor(name=a["name"], inter=int(a["inter"]), kind=a["kind"], country=a.get("country", ""),
                      short=a.get("short", ""))
        how = "per_country" if a.get("per_country") else "named"
        for alias in [a["name"], *(a.get("aliases") or [])]:
            add(alias, _Entry(how, actor))
        for alias in a.get("designations") or []:
            add(alias, _Entry(how, actor, designation=True))
        for alias in a.get("local_aliases") or []:
            add(alias, _Entry("local", actor))
    # State forces of every country: "<demonym|country> <noun>".
    nouns = raw.get("state_nouns") or {}
    demonyms = {str(k): v for k, v in (raw.get("demonyms") or {}).items()}
    for c in pycountry.countries:
        code = c.alpha_2
        names = {n for n in (country_name(code), c.name, getattr(c, "common_name", None)) if n}
        for role, words in nouns.items():
            for n in words:
                for name in names:
                    add(f"{name} {n}", _Entry("state", role=role, country=code))
                for d in demonyms.get(code, []):
                    entry = _Entry("state", role=role, country=code)
                    if d.isupper() or "." in d:  # "US troops", "UAE jets": the acronym must be as written
                        add(f"{d} {n}", entry, force_cs=True)
                        add(f"{d} {n.title()}", entry, force_cs=True)
                    else:
                        add(f"{d} {n}", entry)
    for code in demonyms:  # codes outside ISO 3166 (Kosovo)
        if code not in {c.alpha_2 for c in pycountry.countries}:
            for role, words in nouns.items():
                for n in words:
                    add(f"{country_name(code)} {n}", _Entry("state", role=role, country=code))
                    for d in demonyms[code]:
                        add(f"{d} {n}", _Entry("state", role=role, country=code))
    generic = raw.get("generic") or {}
    for role, spec in generic.items():
        for phrase in spec.get("phrases") or []:
            add(phrase, _Entry("generic", role=role))
    body_ci = _trie_regex(sorted(ci))
    body_cs = _trie_regex(sorted(cs))
    pattern = re.compile(rf"(?<![\w-])(?:(?P<ci>(?i:{body_ci}))|(?P<cs>{body_cs}))(?![\w])")
    return _Lexicon(pattern, ci, cs, generic, country_names())


def generic_actor(role: str, country: str) -> Actor:
    """The unnamed actor of a role (military, police, protesters, rioters, civilians, armed, gang, communal)
    in a country given by its ACLED name: generic_actor("police", "India") -> Police Forces of India."""
    return _generic_actor(_lexicon(), role, country)


def _generic_actor(lex: _Lexicon, role: str, country: str) -> Actor:
    spec = lex.generic[role]
    if country:
        name = spec["name"].format(country=country)
    else:
        name = re.sub(r"\s*(?:of\s*)?\(?\{country\}\)?", "", spec["name"])
    return Actor(name=name, inter=int(spec["inter"]), kind=spec["kind"], country="")


def _state_actor(lex: _Lexicon, role: str, code: str, event_code: str | None) -> Actor:
    name = lex.country_names.get(code, code)
    label = "Police Forces of" if role == "police" else "Military Forces of"
    inter = 8 if event_code and code != event_code else 1
    return Actor(name=f"{label} {name}", inter=inter, kind="state" if inter == 1 else "external", country=code)


def find_actors(text: str, country_code: str | None = None) -> list[ActorMention]:
    """Every actor mention in text, in text order, with ACLED-style names.

    Unnamed actors ("police", "protesters", "gunmen") take the event country: country_code (ISO2), or
    when that is None the country of the first actor in the text that belongs to one.
    """
    lex = _lexicon()
    code = country_code.upper() if country_code else None
    hits: list[tuple[re.Match[str], _Entry]] = []
    for m in lex.pattern.finditer(text):
        key = _norm(m.group())
        entry = lex.cs.get(key) if m.lastgroup == "cs" else lex.ci.get(key.lower())
        if entry is None:  # the trie matched a prefix shape that is not itself an alias
            continue
        hits.append((m, entry))
    if code is None:
        for _, e in hits:
            c = e.country or (e.actor.country if e.actor and e.how in ("named", "state") else "")
            if c:
                code = c
                break
    country = lex.country_names.get(code, "") if code else ""
    out: list[ActorMention] = []
    for m, e in hits:
        actor = _resolve(lex, e, code, country)
        if actor is None:
            continue
        out.append(ActorMention(Span(m.start(), m.end(), m.group()), actor, designation=e.designation))
    return out


def _resolve(lex: _Lexicon, e: _Entry, code: str | None, country: str) -> Actor | None:
    if e.how == "generic":
        return _generic_actor(lex, e.role, country)
    if e.how == "state":
        return _state_actor(lex, e.role, e.country, code)
    actor = e.actor
    assert actor is not None
    if e.how == "local":
        return actor if code and actor.country == code else None
    if e.how == "per_country":
        return Actor(f"{actor.name} ({country})" if country else actor.name, actor.inter, actor.kind,
                     code or "", actor.short)
    if actor.kind == "state" and code and actor.country and actor.country != code:
        return Actor(actor.name, 8, "external", actor.country, actor.short)
    return actor
