"""Who did what to whom: ACLED actor1/actor2 with inter codes and interaction, UCDP sides and violence type.

actor1 is the initiator (attacker, perpetrator, protesters), actor2 the one acted on. Unnamed actors take
the event country ("Unidentified Armed Group (Pakistan)", "Civilians (Nepal)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventcoder.classify import EventTypes
from eventcoder.model import Actor, ActorMention
from eventcoder.recognize.actors import (
    air_power,
    generic_actor,
    localize,
    main_opponent,
    mission_country,
    party_names,
)

_STATE = frozenset({1, 8})
_NON_STATE_ARMED = frozenset({2, 3, 4})
# An actor is the perpetrator when it is the subject of a violent verb close by.
_AGENT_VERB_AFTER = re.compile(
    r"(?:(?!\b(?:who|whom|that|which)\b)[^.;]){0,60}?\b(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )(?<!be )(?:killed|shot|opened fire|fired|beat|beaten|tortured|raped|abducted|"
    r"attacked|assaulted|executed|struck|shelled|bombed|targeted|launched|conducted|carried out|kidnapped|rape|"
    r"disappeared|whipped|flogged|stabbed|raided|stormed|tortured|harassed|burned|looted|evicted|forced)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby (?:the |a |an )?(?:(?:[\w-]+ ){1,2}of (?:the |a |an )?)?(?:[\w-]+ )?$", re.IGNORECASE)
# The state's violence the report tells without its verb near the mention: "died under torture in police custody",
# "accused the Myanmar military of shooting dead two civilians"
_STATE_VIOLENCE = re.compile(r"\b(?:custodial|tortur\w*)\b|\b(?:died|death|dies|killed|beaten)\b[^.]{0,40}\b(?:custody|lock-?up)\b"
                             r"|\baccus\w+ (?:the )?(?:[\w-]+ ){0,4}of\b", re.IGNORECASE)
_BY_STATE = re.compile(r"\bby (?:the )?(?:\w+ )?(?:police|policem[ae]n|soldiers|troops|army|security forces|military)\b",
                       re.IGNORECASE)
# A mention that only reports what someone said ("police said", "according to the army", "ISPR stated").
_SAYS_AFTER = re.compile(
    r"[\s,]*(?:(?:has|have|had|was|were)\s+)?(?:\w+ly\s+)?(?:said|says|say|stated|states|told|reported|reports|"
    r"added|confirmed|confirms|informed|announced|quoted|statement"
    # (a force's official or spokesman who is hurt, or who acts, is no speaker: "a police official was shot")
    r"|(?:spokesm[ae]n|spokesperson|sources?|officials?)(?!\s+(?:and|was|were|is|are|had|has|who)\b))\b",
    re.IGNORECASE,
)
# the fire or strike a side is said to have made, before its name
# ("firing by", "a drone attack by", "shots being fired in the air by", "an IED planted by"; not "shelled a field
# hospital set up by")
_FIRED_BY_BEFORE = re.compile(r"(?:\b(?:fire|firing|shelling|strikes?|attacks?|shots|bombardment|planted|laid|placed)\b"
                              r"(?:\s+[\w-]+){0,3}"
                              r"|\b(?:was|were|been|being)\s+(?:fired|shelled|struck|bombed|hit|attacked)\b"
                              r"(?:\s+[\w-]+){0,3})\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# a mention followed by a verb of saying itself ("police said"), not by "officials" ("the targeting of military
# officials implies"): a speaker by its own words
_SAID_AFTER = re.compile(r"[\s,]*(?:(?:has|have|had)\s+)?(?:said|says|say|stated|told|reported|added|confirmed)\b")
_DENIES = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:denied|denies|deny|disowned|rejected\s+(?:any\s+)?"
                     r"(?:involvement|responsibility|claims?))\b", re.IGNORECASE)
_SAYS_BEFORE = re.compile(r"\b(?:according to|quoting|told|informed|cited|citing)(?:\s+(?:the|a|an|local|senior|\w+'s))?\s*$",
                          re.IGNORECASE)
# Remote fire the text says nobody has claimed: "heavy artillery fire by an unknown party".
_UNKNOWN_FIRE = re.compile(r"\b(?:unknown|unidentified)\s+(?:armed\s+)?(?:party|parties|side|group|assailants|attackers|"
                           r"perpetrators|gunmen)\b", re.IGNORECASE)
_CRIME = re.compile(r"\b(?:drugs?|marijuana|cocaine|heroin|cannabis|narcotics?|traffick\w*|smuggl\w*|contraband|"
                    r"cartels?|gangs?|gangsters?|criminal (?:group|organi[sz]ation|faction)s?)\b", re.IGNORECASE)
_COMMUNAL = re.compile(r"\b(?:(?:two|rival) groups of villagers|groups of villagers|clan|clans|tribal|tribes|communal|"
                       r"inter-?village|inter-?communal|inter-?ethnic|inter-?tribal|ethnic|"
                       r"(?:two|rival) (?:groups|communities|villages))\b", re.IGNORECASE)
_TWO_SIDED = re.compile(r"\b(?:clash(?:ed|es)?|scuffl\w*|fought|brawl\w*|skirmish\w*|came\s+to\s+blows)\b", re.I)
_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another|rival\s+(?:armed\s+)?(?:groups?|factions?|supporters|parties|camps?|militias?)|two\s+"
                         r"(?:groups|factions|parties|sides|camps|communities)|factional|intra-party|both\s+(?:sides|groups))\b",
                         re.I)
_BETWEEN = re.compile(r"\b(?:between|rival|each other|two groups|both groups|two factions|clashed with)\b", re.IGNORECASE)
# Rioters' violence against people or private property (a bank, a church, a house) has civilians as its target;
# burning tyres, blocking roads or smashing vehicles has none.
_RIOT_HURTS = (r"(?:attack(?:ed|ing)?|assault(?:ed|ing)?|beat(?:en|ing)?|thrash(?:ed|ing)|injur(?:ed|ing)|"
               r"wound(?:ed|ing)|hurt|kill(?:ed|ing)|stabb(?:ed|ing)|hack(?:ed|ing)|lynch(?:ed|ing)|manhandl(?:ed|ing)|"
               r"harass(?:ed|ing)|(?:pelted|threw|hurled|throwing|hurling|pelting)(?: [\w-]+){0,4} at|set fire to|"
               r"torched|burn(?:ed|t) down|vandali[sz]ed|ransacked|looted|stormed|damaged)")
_RIOT_TARGETS = (r"(?:civilians?|villagers?|residents?|passers-?by|passengers?|people|persons?|m[ae]n|wom[ae]n|"
                 r"child(?:ren)?|boys?|girls?|journalists?|reporters?|shopkeepers?|traders?|drivers?|pedestrians?|"
                 r"motorists?|workers?|employees?|families|family|migrants?|refugees?|banks?|church(?:es)?|mosques?|"
                 r"temples?|houses?|homes?|residences?|shops?|stores?|businesses|market)"
                 r"(?! (?:bus|buses|vehicles?|cars?|trains?|vans?|trucks?)\b)")
_RIOT_VICTIM = re.compile(
    r"\b" + _RIOT_HURTS + r"\b(?:\s+(?!and\b|but\b)[\w'-]+){0,4}?\s+" + _RIOT_TARGETS + r"\b|\b" + _RIOT_TARGETS
    + r"(?:\s+[\w'-]+){0,3}?\s+(?:were|was|got|had been)\s+(?:\w+ )?(?:injured|hurt|attacked|beaten|killed|wounded|"
    r"assaulted|stabbed)\b", re.IGNORECASE)
_PEOPLE = (r"(?:people|persons?|passengers?|passers-?by|drivers?|helpers?|m[ae]n|wom[ae]n|child(?:ren)?|students?|"
           r"civilians?|villagers?|residents?|pedestrians?|journalists?|workers?|employees?|traders?|shopkeepers?)")
_PEOPLE_HURT = re.compile(
    r"\b" + _PEOPLE + r"\b(?:\s+[\w,'-]+){0,5}?\s+(?:injured|hurt|wounded|killed|injuries|injures|"
    r"dead|died)\b|\b(?:injuring|wounding|killing|leaving)\s+(?:[\w-]+\s+){0,3}?" + _PEOPLE + r"\b", re.IGNORECASE)
_CIVILIAN_HIT = re.compile(
    r"\b(?:civilians?|villagers?|residents?|passers-?by|passengers|people|persons?|man|men|woman|women|child(?:ren)?|"
    r"boys?|girls?|journalists?|shopkeepers?|passengers?|drivers?|pedestrians?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActorRoles:
    """ACLED actor fields and UCDP GED sides for one event."""

    actor1: str
    assoc_actor_1: str
    inter1: int
    actor2: str
    assoc_actor_2: str
    inter2: int
    interaction: int
    type_of_violence: int | None
    side_a: str
    side_b: str


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED interaction: the two inter codes as one number, smaller first; a sole actor gives 10*inter."""
    if not inter1 or not inter2:
        return 10 * (inter1 or inter2)
    a, b = sorted((inter1, inter2))
    return 10 * a + b


def assign_actors(text: str, start: int, end: int, actors: list[ActorMention], types: EventTypes,
                  country: str) -> ActorRoles:
    """Assign ACLED actor roles (and UCDP sides) for the event told in text[start:end]."""
    country = country or mission_country(text)
    # (a group that denies the attack is not its side, whoever else is named: "The Taliban denied involvement")
    mentions = [_localized(m, country) for m in actors if start <= m.span.start < end and not _DENIES.match(text, m.span.end)]
    acting = [m for m in mentions if not _speaker(text, m)]
    if any(m.actor.inter != 7 for m in acting):
        mentions = acting
    span = text[start:end]
    parties = party_names()
    uniq: dict[str, ActorMention] = {}
    for m in mentions:
        uniq.setdefault(m.actor.name, m)
    ms = list(uniq.values())
    state = [m for m in ms if m.actor.inter in _STATE]
    named = [m for m in ms if m.actor.inter in _NON_STATE_ARMED and m.actor.name not in parties
             and not m.actor.name.startswith("Unidentified")]
    unidentified = [m for m in ms if m.actor.name.startswith("Unidentified")]
    party = [m for m in ms if m.actor.name in parties]
    if not named and unidentified:
        # "militants ... The militants belonged to LeT": the one group the report names elsewhere.
        elsewhere = {m.actor.name: m for m in actors if m.actor.inter in _NON_STATE_ARMED and m.actor.name not in parties
                     and not m.actor.name.startswith("Unidentified") and not _speaker(text, m)
                     and not _DENIES.match(text, m.span.end)}
        if len(elsewhere) == 1:
            only = next(iter(elsewhere.values()))
            named = [ActorMention(unidentified[0].span, only.actor, only.designation)]
            unidentified = unidentified[1:]
    et, sub = types.event_type, types.sub_event_type

    a1: Actor | None
    a2: Actor | None
    assoc1 = assoc2 = ""
    if et == "Protests":
        a1 = generic_actor("protesters", country)
        assoc1 = "; ".join(m.actor.name for m in party + named)
        a2 = None
        if sub != "Peaceful protest":
            a2 = _pick_state(state) or generic_actor("police", country)
    elif et == "Riots":
        a1 = generic_actor("rioters", country)
        assoc1 = "; ".join(m.actor.name for m in party)
        a2 = None
        if sub == "Mob violence":
            if len(party) >= 2 or _BETWEEN.search(span) or _EACH_OTHER.search(span):
                a2 = generic_actor("rioters", country)
                if len(party) >= 2:
                    assoc1, assoc2 = party[0].actor.name, party[1].actor.name
            else:
                a2 = generic_actor("civilians", country)
        elif state:
            a2 = _pick_state(state)
        elif (len(party) >= 2 or _EACH_OTHER.search(span)) and _TWO_SIDED.search(span):
            # "BJP and TMC supporters clashed": rioters on both sides
            a2 = generic_actor("rioters", country)
            if len(party) >= 2:
                assoc1, assoc2 = party[0].actor.name, party[1].actor.name
        elif _RIOT_VICTIM.search(span) or _PEOPLE_HURT.search(span):
            a2 = generic_actor("civilians", country)
    elif et == "Battles" and not (state or named or party) and (
            (communal := _COMMUNAL.search(span) is not None) or _EACH_OTHER.search(span)):
        # Two village or clan groups fighting it out: communal militias on both sides; "clashes between rival armed
        # groups": two armed groups, not the state against one.
        a1 = a2 = generic_actor("communal" if communal else "armed", country)
    elif et == "Battles":
        a1, a2 = _battle_sides(state, named, unidentified, party, country)
    elif et == "Explosions/Remote violence":
        a1, a2 = _remote_sides(text, span, start, state, named, unidentified, party, types, country)
    elif et == "Violence against civilians":
        # (police who only report the killing are not its perpetrators: "two villagers were killed, police said")
        a1 = _perpetrator(text, [m for m in acting if m.actor.inter in _STATE and not _investigator(text, m)], named,
                          unidentified, party, country)
        a2 = generic_actor("civilians", country)
    else:
        a1, a2 = _strategic_sides(sub, span, [m for m in state if sub != _DESTRUCTION or not _speaker(text, m)],
                                  named, unidentified, party, ms, country)

    inter1 = a1.inter if a1 else 0
    inter2 = a2.inter if a2 else 0
    tov, side_a, side_b = _ucdp(types, a1, a2)
    return ActorRoles(
        actor1=a1.name if a1 else "",
        assoc_actor_1=assoc1,
        inter1=inter1,
        actor2=a2.name if a2 else "",
        assoc_actor_2=assoc2,
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        type_of_violence=tov,
        side_a=side_a,
        side_b=side_b,
    )


def _localized(m: ActorMention, country: str) -> ActorMention:
    actor = localize(m.actor, country)
    return m if actor is m.actor else ActorMention(m.span, actor, m.designation)


def _speaker(text: str, m: ActorMention) -> bool:
    """The mention only says something ("police said", "according to the army")."""
    return bool(_SAYS_AFTER.match(text, m.span.end)) or bool(
        _SAYS_BEFORE.search(text, max(0, m.span.start - 30), m.span.start))


# Police who come after the violence: "police are looking for the gunman", "officers responded to a call"
_INVESTIGATES_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|have|has|had|have been|had been|has been)\s+)?(?:\w+ly\s+)?(?:investigat\w*|"
    r"looking for|search(?:ed|ing)? for|seeking|hunting for|responded|responding|arrived|were called|was called|"
    r"received a call|found|discovered|identified|on the scene|at the scene|rushed to the scene|recovered|"
    r"believe|say|said)\b", re.IGNORECASE)


def _investigator(text: str, m: ActorMention) -> bool:
    """The mention only looks into the violence afterwards."""
    return _INVESTIGATES_AFTER.match(text, m.span.end) is not None


def _side(actor: Actor) -> str:
    """One side of a fight: a state's police and military are one side, each named faction its own."""
    return actor.name.replace("Police Forces of", "Military Forces of")


def _pick_state(state: list[ActorMention]) -> Actor | None:
    """Police before military (crowd events), home forces before foreign ones."""
    for pref in ("Police Forces", "Military Forces"):
        for m in state:
            if m.actor.inter == 1 and m.actor.name.startswith(pref):
                return m.actor
    return state[0].actor if state else None


def _battle_sides(state: list[ActorMention], named: list[ActorMention], unidentified: list[ActorMention],
                  party: list[ActorMention], country: str) -> tuple[Actor, Actor]:
    """Two armed sides in text order; state forces of one country count as one side."""
    sides: list[ActorMention] = []
    seen_states: set[str] = set()
    # (an unnamed armed group beside a named one is mostly that group said again; a community's fighters are not)
    unnamed = unidentified if not named else [m for m in unidentified if m.actor.kind == "identity_militia"]
    for m in sorted(state + named + unnamed + (party if not named else []), key=lambda m: m.span.start):
        if m.actor.inter in _STATE:
            key = _side(m.actor)
            if key in seen_states:
                continue
            seen_states.add(key)
        sides.append(m)
    opponent = main_opponent(country) or generic_actor("armed", country)
    if len(sides) >= 2:
        # an unnamed armed side fighting in a country with one dominant armed opponent is that opponent
        first, second = (opponent if m.actor.name.startswith("Unidentified") and main_opponent(country) else m.actor
                         for m in sides[:2])
        return first, second
    if sides:
        only = sides[0].actor
        if only.inter == 4:  # a community's militia with no other armed side named fights another community's
            return only, generic_actor("communal", country)  # ("Fulani herders clashed with Tiv farmers")
        return only, (opponent if only.inter in _STATE else generic_actor("military", country))
    if main_opponent(country) is None:
        # Nobody named: a shoot-out between unidentified armed groups, not an invented state side.
        return generic_actor("armed", country), generic_actor("armed", country)
    return generic_actor("military", country), opponent


def _remote_sides(text: str, span: str, start: int, state: list[ActorMention], named: list[ActorMention],
                  unidentified: list[ActorMention], party: list[ActorMention], types: EventTypes,
                  country: str) -> tuple[Actor, Actor | None]:
    sub = types.sub_event_type
    by_air = sub in ("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon")
    # "NAF fired mortars at government positions": a named group told first is the one firing.
    named_first = bool(named and state and named[0].span.start < min(m.span.start for m in state))
    # (a group said to strike from the air strikes: "a drone attack by FARC dissidents on a military base")
    if by_air and state and not (named_first and sub != "Air/drone strike") and not (named and _fired_by(text, named[0])):
        # (the state's forces the report says fired, "unprovoked firing by Pakistan Rangers", before those hit)
        a1 = next((m.actor for m in state if _fired_by(text, m)), None) or _pick_military(state)
        rest = named + unidentified + [m for m in state if _side(m.actor) != _side(a1)]
    elif named and not (unidentified and _fired_by(text, unidentified[0]) and not _fired_by(text, named[0])):
        a1 = named[0].actor
        rest = state
    elif named:  # "an IED planted by an unidentified armed group ... targeting a QSD vehicle"
        a1 = unidentified[0].actor
        rest = state + named
    elif by_air and unidentified and (_UNKNOWN_FIRE.search(span) or (
            sub != "Air/drone strike" and _is_the_agent(text, unidentified[0]))):
        # (or armed men who fire the rockets themselves: "Militants fired rockets at a US base")
        a1 = unidentified[0].actor
        rest = []
    elif by_air:
        a1 = (air_power(country) if sub == "Air/drone strike" else None) or generic_actor("military", country)
        rest = unidentified
    else:
        # "a landmine planted by pro-Houthi forces": the state side is the one that laid it or fired.
        doers = [m for m in state if _is_the_agent(text, m)]
        a1 = doers[0].actor if doers else (party[0].actor if party else None) or generic_actor("armed", country)
        # (not the police who only tell of it: "set off a pressure cooker bomb at the office ..., police said")
        rest = [m for m in state if m.actor.name != a1.name and not _SAID_AFTER.match(text, m.span.end)]
    # Named sides before bare words ("GNA positions" before the "warplanes" of the attacker).
    others = sorted((m.actor for m in rest if m.actor.name != a1.name), key=lambda a: not a.country)
    if types.civilian_targeting:
        return a1, generic_actor("civilians", country)
    if others:
        return a1, others[0]
    return a1, None


def _fired_by(text: str, m: ActorMention) -> bool:
    """Whether the report says the strike or the fire was by the mention's side ("a drone attack by FARC dissidents",
    "unprovoked firing by Pakistan Rangers"; not "a field hospital set up by GNA forces")."""
    return _FIRED_BY_BEFORE.search(text, max(0, m.span.start - 60), m.span.start) is not None


def _pick_military(state: list[ActorMention]) -> Actor:
    for m in state:
        if m.actor.name.startswith("Military Forces") or m.actor.kind == "external":
            return m.actor
    return state[0].actor


def _perpetrator(text: str, state: list[ActorMention], named: list[ActorMention], unidentified: list[ActorMention],
                 party: list[ActorMention], country: str) -> Actor:
    if named:
        return named[0].actor
    # The first of: state forces doing the violence ("soldiers beat", "planted by pro-Houthi forces") and
    # unnamed armed men; police who arrive or arrest afterwards come later in the report.
    doers = [m for m in state if _is_the_agent(text, m)]
    first = min(doers + unidentified, key=lambda m: m.span.start, default=None)
    if first is not None:
        return first.actor
    if party:
        return party[0].actor
    for m in state:
        if _BY_STATE.search(text):
            return m.actor
    # The only armed actor the report names is the state's: "died under torture in a regime prison",
    # "the army entered the camp and assaulted refugees".
    return state[0].actor if state and _STATE_VIOLENCE.search(text) else generic_actor("armed", country)


def _is_the_agent(text: str, m: ActorMention) -> bool:
    """The mention is the agent of the violence: "soldiers beat ...", "... planted by pro-Houthi forces",
    "Militants fired rockets ..."."""
    return bool(_AGENT_VERB_AFTER.match(text, m.span.end)) or bool(
        _BY_BEFORE.search(text, max(0, m.span.start - 40), m.span.start))  # "by members of the BSF"


_DESTRUCTION = "Looting/property destruction"  # (by whom the report says, not by the police who tell of it)


def _strategic_sides(sub: str, span: str, state: list[ActorMention], named: list[ActorMention],
                     unidentified: list[ActorMention], party: list[ActorMention], ms: list[ActorMention],
                     country: str) -> tuple[Actor | None, Actor | None]:
    if sub == "Arrests" or (sub == "Looting/property destruction" and state and not named + unidentified
                            and _CRIME.search(span)):
        a1 = _pick_state(state) or generic_actor("police", country)
        target = named + party + unidentified
        if target:
            return a1, target[0].actor
        # Police work against drug trafficking and smuggling is against gangs (ACLED's "Unidentified Gang").
        return a1, generic_actor("gang" if _CRIME.search(span) else "civilians", country)
    if sub == "Disrupted weapons use":
        a1 = _pick_state(state) or generic_actor("military", country)
        # whose weapon it was: an armed group, or another state's forces ("shot down a Houthi drone")
        target = [m.actor for m in named + unidentified] + [m.actor for m in state if _side(m.actor) != _side(a1)]
        return a1, target[0] if target else None
    if sub == "Looting/property destruction":
        perp = named + unidentified + party
        a1 = perp[0].actor if perp else (_pick_state(state) or generic_actor("armed", country))
        return a1, generic_actor("civilians", country)
    if sub == "Agreement":
        sides = [m.actor for m in state[:1] + named + party]
        if len(sides) >= 2:
            return sides[0], sides[1]
        return (sides[0], None) if sides else (None, None)
    # A named or country-qualified actor ("Turkish forces") before a bare word ("forces").
    actors = sorted((m.actor for m in ms if m.actor.inter != 7), key=lambda a: not a.country)
    return (actors[0] if actors else generic_actor("military", country)), None


def _ucdp(types: EventTypes, a1: Actor | None, a2: Actor | None) -> tuple[int | None, str, str]:
    """UCDP GED type of violence (1 state-based, 2 non-state, 3 one-sided) and sides A and B."""
    if a1 is None or types.disorder_type.startswith("Strategic") or types.event_type in ("Protests", "Riots") and (
        types.sub_event_type != "Excessive force against protesters"
    ):
        return None, "", ""
    b = a2.name if a2 else ""
    if a2 is not None and a2.inter in (6, 7):
        return 3, a1.name, b
    if a2 is None:
        return (1 if a1.inter in _STATE else None), a1.name, ""
    if a1.inter in _STATE or a2.inter in _STATE:
        first, second = (a1, a2) if a1.inter in _STATE else (a2, a1)
        return 1, first.name, second.name
    return 2, a1.name, b
