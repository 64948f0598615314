"""Actor recognition: named groups, state forces of every country, and unnamed actors resolved by country.

Names follow ACLED ("Military Forces of Pakistan", "BLA: Baloch Liberation Army", "Protesters (India)").
The dictionary is knowledge/actors.yaml. The text is split into word and punctuation tokens (hyphens and
spaces are both separators) and every alias is looked up by its first token, so the cost is a dict lookup
per token whatever the size of the dictionary. State forces are a country (name or demonym, "Pakistani",
"Nepal", "U.S.") followed by a force noun ("troops", "police", "jets"); the pairs are not enumerated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

import pycountry

from eventcoder.knowledge import load_yaml
from eventcoder.model import Actor, ActorMention, HomeRegion, Span
from eventcoder.text import word_alternation

_TOKEN = re.compile(r"\w+|[^\w\s-]")
_STATE_ROLES = frozenset({"military", "police"})
_GENERIC = 1  # rank: on the same words a named actor (rank 0) wins over a generic one


@dataclass(frozen=True, slots=True)
class _Entry:
    """What an alias stands for. how: named | per_country | generic | state | local | ethnic."""

    how: str
    actor: Actor | None = None
    role: str = ""
    country: str = ""
    designation: bool = False
    fallback: _Entry | None = None  # for a local alias: what the words mean outside its country


# A phrase: its lowercase tokens (after the first), the tokens as written when it is case-sensitive, and
# what it stands for. Kept per first token, longest first.
_Phrase = tuple[tuple[str, ...], tuple[str, ...] | None, Any]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    aliases: dict[str, list[_Phrase]]  # entries are _Entry
    countries: dict[str, list[_Phrase]]  # entries are ISO2 codes
    nouns: dict[str, list[_Phrase]]  # entries are roles (military | police)
    firsts: frozenset[str]  # first tokens of aliases and countries
    named_firsts: frozenset[str]  # first tokens of named actors' aliases
    generic: dict[str, dict[str, Any]]
    country_names: dict[str, str]


def _tokens(s: str) -> list[str]:
    return _TOKEN.findall(s.replace("\u2019", "'"))


def _case_sensitive(alias: str) -> bool:
    """Single-word aliases with a capital ("TTP", "LeT", "Jamaat", "FC") are matched as written."""
    words = alias.replace("-", " ").split()
    return (len(words) == 1 and any(c.isupper() for c in alias)) or (len(alias) <= 3 and alias.isupper())


def _raw() -> dict[str, Any]:
    return load_yaml("actors.yaml")  # cached there


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


@lru_cache(maxsize=1)
def _home_regions() -> dict[str, str]:
    """Actor name -> the first-level unit it is rooted in (`region` in actors.yaml: regional parties and
    insurgencies, "AIADMK": Tamil Nadu)."""
    return {a["name"]: a["region"] for a in _raw().get("actors") or [] if a.get("region")}


@lru_cache(maxsize=1)
def _identity_regions() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """Community names -> (country, first-level unit) where most of the community lives (actors.yaml)."""
    table = {str(k): (str(v[0]), str(v[1])) for k, v in (_raw().get("identity_regions") or {}).items()}
    if not table:
        return None, {}
    return re.compile(r"\b" + word_alternation(table, boundary=True)), table


def _with_fallback(first: Any, then: Any) -> Any:
    """A local alias entry that falls back on `then` outside its country; other entries stay as they are."""
    if not (isinstance(first, _Entry) and first.how == "local" and isinstance(then, _Entry)):
        return first
    return replace(first, fallback=_with_fallback(first.fallback, then) if first.fallback else then)


class _Table:
    """Phrases keyed by their first lowercase token; the first phrase added for the same words wins, except
    that a local alias keeps what comes after it as its meaning outside its country."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[list[Any]]] = {}
        self.seen: dict[tuple[Any, ...], list[Any]] = {}

    def add(self, phrase: str, value: Any, case_sensitive: bool | None = None, rank: int = 0) -> None:
        toks = _tokens(phrase)
        if not toks:
            return
        cs = _case_sensitive(phrase) if case_sensitive is None else case_sensitive
        low = tuple(t.lower() for t in toks)
        key = (tuple(toks), True) if cs else (low, False)
        item = self.seen.get(key)
        if item is not None:
            item[2] = _with_fallback(item[2], value)
            return
        item = self.seen[key] = [low[1:], tuple(toks) if cs else None, value, rank]
        self.by_first.setdefault(low[0], []).append(item)

    def done(self) -> dict[str, list[_Phrase]]:
        """Each first token's phrases, longest first, then by rank (named before generic)."""
        out = {}
        for first, items in self.by_first.items():
            items.sort(key=lambda p: (-len(p[0]), p[3]))
            out[first] = [(rest, cs, value) for rest, cs, value, _ in items]
        return out


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = _raw()
    aliases = _Table()
    # Named actors first: they win over generic phrases with the same words.
    for a in raw.get("actors") or []:
        actor = Actor(name=a["name"], inter=int(a["inter"]), kind=a["kind"], country=a.get("country", ""),
                      short=a.get("short", ""))
        how = "per_country" if a.get("per_country") else "named"
        for alias in [a["name"], *(a.get("aliases") or [])]:
            aliases.add(alias, _Entry(how, actor))
        for alias in a.get("designations") or []:
            aliases.add(alias, _Entry(how, actor, designation=True))
        for alias in a.get("local_aliases") or []:
            aliases.add(alias, _Entry("local", actor))
    for group in raw.get("ethnic_groups") or []:
        for noun in raw.get("ethnic_nouns") or []:
            aliases.add(f"{group} {noun}", _Entry("ethnic", role=group), case_sensitive=False)
    generic = raw.get("generic") or {}
    for role, spec in generic.items():
        for phrase in spec.get("phrases") or []:
            aliases.add(phrase, _Entry("generic", role=role), rank=_GENERIC)
    # Countries by name and demonym; an acronym ("US", "U.S.", "UAE") only as written.
    countries = _Table()
    demonyms = {str(k): v for k, v in (raw.get("demonyms") or {}).items()}
    iso = {c.alpha_2 for c in pycountry.countries}
    for c in pycountry.countries:
        for n in (country_name(c.alpha_2), c.name, getattr(c, "common_name", None)):
            if n:
                countries.add(n, c.alpha_2, case_sensitive=False)
    for code, words in demonyms.items():
        if code not in iso:  # codes outside ISO 3166 (Kosovo)
            countries.add(country_name(code), code, case_sensitive=False)
        for d in words:
            countries.add(d, code, case_sensitive=d.isupper() or "." in d)
    nouns = _Table()
    for role, words in (raw.get("state_nouns") or {}).items():
        for n in words:
            nouns.add(n, role, case_sensitive=False)
    by_alias, by_country = aliases.done(), countries.done()
    named_firsts = frozenset(k for k, items in by_alias.items() if any(p[2].actor is not None for p in items))
    return _Lexicon(by_alias, by_country, nouns.done(), frozenset(by_alias) | frozenset(by_country), named_firsts,
                    generic, country_names())


def generic_actor(role: str, country: str) -> Actor:
    """The unnamed actor of a role (military, police, protesters, rioters, civilians, armed, gang, communal)
    in a country given by its ACLED name: generic_actor("police", "India") -> Police Forces of India."""
    return _generic_actor(_lexicon(), role, country)


@lru_cache(maxsize=4096)
def _generic_name(template: str, country: str) -> str:
    if country:
        return template.format(country=country)
    return re.sub(r"\s*(?:of\s*)?\(?\{country\}\)?", "", template)


def _generic_actor(lex: _Lexicon, role: str, country: str) -> Actor:
    spec = lex.generic[role]
    return Actor(name=_generic_name(spec["name"], country), inter=int(spec["inter"]), kind=spec["kind"], country="")


@lru_cache(maxsize=1)
def _generic_shapes() -> tuple[tuple[str, str, str], ...]:
    """(role, text before {country}, text after it) for every generic actor name template."""
    out = []
    for role, spec in _lexicon().generic.items():
        before, _, after = spec["name"].partition("{country}")
        out.append((role, before, after))
    return tuple(out)


def localize(actor: Actor, country: str) -> Actor:
    """The actor as seen from an event in `country` (an ACLED country name): an unnamed actor takes that
    country ("Police Forces" -> "Police Forces of India"), a state's forces are external (inter 8) outside
    their own country and state forces (inter 1) inside it."""
    code = country_codes().get(country.lower()) if country else None
    if not actor.country:
        if not country:
            return actor
        for role, before, after in _generic_shapes():
            bare = _generic_name(before + "{country}" + after, "")
            if actor.name == bare or (actor.name.startswith(before) and actor.name.endswith(after)
                                      and len(actor.name) > len(before) + len(after)):
                return generic_actor(role, country)
        return actor
    if code and (actor.kind == "state" or actor.name.startswith(("Military Forces of ", "Police Forces of "))):
        inter = 1 if actor.country == code else 8
        if inter != actor.inter:
            return Actor(actor.name, inter, "state" if inter == 1 else "external", actor.country, actor.short)
    return actor


@lru_cache(maxsize=256)
def main_opponent(country: str) -> Actor | None:
    """The armed opponent of the state in the country's dominant conflict (knowledge/actors.yaml,
    main_opponents), by ACLED country name; None where there is no single one."""
    code = country_codes().get(country.lower()) if country else None
    name = (_raw().get("main_opponents") or {}).get(code or "")
    for a in _raw().get("actors") or []:
        if name and a["name"] == name:
            return Actor(name=a["name"], inter=int(a["inter"]), kind=a["kind"], country=a.get("country", ""),
                         short=a.get("short", ""))
    return None


def air_power(country: str) -> Actor | None:
    """The foreign forces that strike the country from the air when no one else can (knowledge/actors.yaml,
    air_powers), by ACLED country name; None elsewhere."""
    code = country_codes().get(country.lower()) if country else None
    striker = (_raw().get("air_powers") or {}).get(code or "")
    if not striker:
        return None
    return Actor(name=_generic_name(_lexicon().generic["military"]["name"], country_name(striker)), inter=8,
                 kind="external", country=striker)


@lru_cache(maxsize=1)
def _missions() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(k): str(v) for k, v in (_raw().get("mission_countries") or {}).items()}
    return re.compile(r"\b" + word_alternation(table, boundary=True)), table


@lru_cache(maxsize=2)
def _named_missions(text: str) -> tuple[str, ...]:
    """The single-country missions the text names, in order, each once. Found once a text: the pipeline asks
    for the missions' areas and country, and each event for its actors' country."""
    pattern, table = _missions()
    if not any(name in text for name in table):  # a substring scan first: most texts name none
        return ()
    return tuple(dict.fromkeys(m.group() for m in pattern.finditer(text)))


def mission_country(text: str) -> str:
    """The ACLED country name of the single-country observer or peacekeeping mission the text names
    ("the OSCE SMM observed ..." -> "Ukraine"); "" when it names none."""
    named = _named_missions(text)
    return country_name(_missions()[1][named[0]]) if named else ""


@lru_cache(maxsize=1)
def _mission_areas() -> dict[str, tuple[str, tuple[str, ...]]]:
    countries = {str(k): str(v) for k, v in (_raw().get("mission_countries") or {}).items()}
    return {str(k): (countries[str(k)], tuple(str(r) for r in v))
            for k, v in (_raw().get("mission_areas") or {}).items() if str(k) in countries}


@lru_cache(maxsize=1)
def front_lines() -> dict[str, tuple[str, ...]]:
    """Country -> the towns along the front line its observer mission watches, in order (actors.yaml)."""
    return {str(cc): tuple(str(t) for t in towns) for cc, towns in (_raw().get("front_lines") or {}).items()}


@lru_cache(maxsize=1)
def _front_parties() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, date, date]]]:
    """The forces holding a front a mission watches: name -> (the mission, the first and last day of the front)."""
    table: dict[str, tuple[str, date, date]] = {}
    for mission, entry in (_raw().get("front_parties") or {}).items():
        first, last = (date.fromisoformat(str(d)) for d in entry["period"])
        table.update({str(name): (str(mission), first, last) for name in entry["parties"]})
    return (re.compile(r"\b" + word_alternation(table, boundary=True)) if table else None), table


def _front_missions(text: str, published: date | None) -> tuple[str, ...]:
    """The missions whose front the forces the text names held on the day it was published ("the NAF rebel
    forces fired ..." in 2020: the OSCE SMM's)."""
    pattern, table = _front_parties()
    if pattern is None or not any(name in text for name in table):
        return ()
    out: list[str] = []
    for m in pattern.finditer(text):
        mission, first, last = table[m.group()]
        if (published is None or first <= published <= last) and mission not in out:
            out.append(mission)
    return tuple(out)


def mission_regions(text: str, published: date | None = None) -> list[tuple[str, str]]:
    """(country code, first-level unit) of the area where the missions the text names report violence
    ("the OSCE SMM observed ...": the Donetsk and Luhansk regions), or the missions whose front the forces it
    names held when it was published; empty when it names none."""
    areas = _mission_areas()
    out: list[tuple[str, str]] = []
    for name in dict.fromkeys((*_named_missions(text), *_front_missions(text, published))):
        if name in areas:
            cc, regions = areas[name]
            out.extend((cc, r) for r in regions if (cc, r) not in out)
    return out


def _state_actor(lex: _Lexicon, role: str, code: str, event_code: str | None) -> Actor:
    name = lex.country_names.get(code, code)
    label = "Police Forces of" if role == "police" else "Military Forces of"
    inter = 8 if event_code and code != event_code else 1
    return Actor(name=f"{label} {name}", inter=inter, kind="state" if inter == 1 else "external", country=code)


def _lower(text: str) -> str:
    """text lowercased with every character kept in place (offsets stay valid)."""
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lowercases to two characters
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def _longest(table: dict[str, list[_Phrase]], low: list[str], i: int,
             toks: list[re.Match[str]]) -> tuple[int, Any] | None:
    """The longest phrase of table starting at token i: (index after it, its value)."""
    items = table.get(low[i])
    if not items:
        return None
    n = len(low)
    for rest, cs, value in items:
        j = i + 1 + len(rest)
        if j > n or (rest and tuple(low[i + 1:j]) != rest):
            continue
        if cs is not None and tuple(m.group() for m in toks[i:j]) != cs:
            continue
        return j, value
    return None


def find_actors(text: str, country_code: str | None = None) -> list[ActorMention]:
    """Every actor mention in text, in text order, with ACLED-style names.

    Unnamed actors ("police", "protesters", "gunmen") take the event country: country_code (ISO2), or
    when that is None the country of the first actor in the text that belongs to one.
    """
    return scan_actors(text).resolve(country_code)


# Actor kinds that act at home: a party or a local militia places the report in its country.
HOME_WEIGHT = 2.0
_DOMESTIC_KINDS = frozenset(("political_militia", "identity_militia", "protesters", "rioters", "civilians"))


@dataclass(slots=True)
class ActorScan:
    """The actor phrases of a text before the event country is known (see `scan_actors`)."""

    text: str
    hits: list[tuple[int, int, _Entry]]

    def named_countries(self) -> dict[str, float]:
        """Countries of the groups the text names, with how strongly each places the report there: a party
        or local militia ("Awami League": BD) 2, which places its province too; a rebel group 1, for some
        fight across borders ("Lashkar-e-Taiba", "JNIM"); a named force ("Border Security Force") 1, for
        forces also act abroad; a foreign mission or coalition ("AMISOM", "Saudi-led coalition") 1, in the
        country it operates in (Barkhane's reached beyond Mali). Groups named in many countries ("Islamic State") say nothing of it."""
        out: dict[str, float] = {}
        for _, _, e in self.hits:
            if e.how != "named" or e.actor is None or not e.actor.country:
                continue
            weight = HOME_WEIGHT if e.actor.kind in _DOMESTIC_KINDS else 1.0 if e.actor.kind in (
                "rebel", "state", "external") else 0.0
            if weight > out.get(e.actor.country, 0.0):
                out[e.actor.country] = weight
        return out

    def home_country(self) -> str | None:
        """The one country the report is set in by what it names besides places: its parties and local
        groups (those that place provinces too), else the single-country mission it quotes; None if unclear."""
        homes = {cc for cc, w in self.named_countries().items() if w >= HOME_WEIGHT}
        if len(homes) == 1:
            return next(iter(homes))
        found = {_missions()[1][name] for name in _named_missions(self.text)}
        return next(iter(found)) if not homes and len(found) == 1 else None

    def home_regions(self) -> list[HomeRegion]:
        """Where the regional groups the text names are rooted: the words, country and first-level unit."""
        regions = _home_regions()
        out: list[HomeRegion] = []
        for s, e, entry in self.hits:
            if entry.how == "named" and entry.actor is not None and entry.actor.name in regions:
                out.append(HomeRegion(Span(s, e, self.text[s:e]), entry.actor.country, regions[entry.actor.name]))
        pattern, communities = _identity_regions()  # "Sikh devotees": Punjab, where most Sikhs live
        if pattern is not None and any(name in self.text for name in communities):
            for m in pattern.finditer(self.text):
                cc, region = communities[m.group()]
                out.append(HomeRegion(Span(m.start(), m.end(), m.group()), cc, region))
        return sorted(out, key=lambda h: h.span.start)

    def resolve(self, country_code: str | None = None) -> list[ActorMention]:
        """The mentions with ACLED-style names; unnamed actors take `country_code` (see `find_actors`)."""
        lex = _lexicon()
        hits = self.hits
        code = country_code.upper() if country_code else None
        if code is None:
            for _, _, e in hits:
                c = e.country or (e.actor.country if e.actor and e.how in ("named", "state") else "")
                if c:
                    code = c
                    break
        country = lex.country_names.get(code, "") if code else ""
        out: list[ActorMention] = []
        for s, e_, entry in hits:
            actor = _resolve(lex, entry, code, country)
            if actor is not None:
                out.append(ActorMention(Span(s, e_, self.text[s:e_]), actor, designation=entry.designation))
        return out


def scan_actors(text: str) -> ActorScan:
    """Find the actor phrases of a text; `ActorScan.resolve` names them once the event country is known."""
    lex = _lexicon()
    text_ = text.replace("\u2019", "'")
    toks = list(_TOKEN.finditer(text_))
    low = _TOKEN.findall(_lower(text_))
    if len(low) != len(toks):
        low = [m.group().lower() for m in toks]
    firsts = lex.firsts
    aliases, countries, nouns = lex.aliases, lex.countries, lex.nouns
    hits: list[tuple[int, int, _Entry]] = []
    after = 0
    for i in [i for i, t in enumerate(low) if t in firsts]:
        if i < after:
            continue
        start = toks[i].start()
        # "anti-police", "ex-army": part of another word; but "pro-Houthi forces" are Houthi forces.
        if start and text_[start - 1] == "-" and not (i and low[i - 1] == "pro" and low[i] in lex.named_firsts):
            continue
        best = _longest(aliases, low, i, toks)
        place = _longest(countries, low, i, toks)
        if place is not None and place[0] < len(low):
            noun = _longest(nouns, low, place[0], toks)
            if noun is not None and (best is None or noun[0] > best[0]
                                     or (noun[0] == best[0] and best[1].how == "generic")):
                best = (noun[0], _Entry("state", role=noun[1], country=place[1]))
        if best is not None and best[1].how == "generic" and best[1].role in _STATE_ROLES:
            # "troops of India", "the military of Pakistan": the forces of a named country.
            j = best[0] + (1 if best[0] < len(low) - 1 and low[best[0]] == "of" else len(low))
            j += 1 if j < len(low) and low[j] == "the" else 0
            place = _longest(countries, low, j, toks) if j < len(low) else None
            if place is not None:
                best = (place[0], _Entry("state", role=best[1].role, country=place[1]))
        if best is not None:
            after, entry = best
            if entry.how == "generic" and after < len(low) and low[after] in _WEAPON_NOUNS:
                continue  # "sniper rifles", "militia weapons": a thing, not the people
            hits.append((start, toks[after - 1].end(), entry))
    return ActorScan(text, hits)


_WEAPON_NOUNS = frozenset(("rifle", "rifles", "weapons", "guns"))


def _resolve(lex: _Lexicon, e: _Entry, code: str | None, country: str) -> Actor | None:
    if e.how == "generic":
        return _generic_actor(lex, e.role, country)
    if e.how == "state":
        return _state_actor(lex, e.role, e.country, code)
    if e.how == "ethnic":
        return Actor(f"{e.role} Ethnic Militia ({country})" if country else f"{e.role} Ethnic Militia", 4,
                     "identity_militia", code or "")
    actor = e.actor
    assert actor is not None
    if e.how == "local":
        if code and actor.country == code:
            return actor
        return _resolve(lex, e.fallback, code, country) if e.fallback else None
    if e.how == "per_country":
        return Actor(f"{actor.name} ({country})" if country else actor.name, actor.inter, actor.kind,
                     code or "", actor.short)
    if actor.kind == "state" and code and actor.country and actor.country != code:
        return Actor(actor.name, 8, "external", actor.country, actor.short)
    return actor
