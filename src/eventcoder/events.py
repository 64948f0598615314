"""Events: the claims of one report grouped by day and place into ACLED rows with UCDP estimates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from datetime import date
from functools import lru_cache

from eventcoder.assign_actors import assign_actors
from eventcoder.audit import suggest_date
from eventcoder.classify import classify_event
from eventcoder.geolocate import locate_event, province_named_for, qualifies_an_unknown_place
from eventcoder.knowledge import lexicon, load_yaml
from eventcoder.knowledge.gazetteer import load_gazetteer
from eventcoder.model import (
    INDIRECT_RELATIONS,
    SELF_INFLICTED,
    ActorMention,
    Claim,
    Document,
    Event,
    PlaceMention,
    Sentence,
    TimeMention,
    haversine_km,
)
from eventcoder.recognize.actors import country_name
from eventcoder.recognize.datelines import american_town_with_its_state, find_dateline, names_the_city
from eventcoder.recognize.place_relations import where_spoken
from eventcoder.recognize.times import WEEKDAY, in_dateline, when_begun, when_charged, when_spoken
from eventcoder.recognize.unplaced import unplaced_names
from eventcoder.reconcile import estimate, group_claims, statements

_DATED = ("absolute", "weekday", "relative")
_OPENS_WITH_ITS_DAY = re.compile(rf"\s*(?:Later\s+)?(?:On|Early|Late)\s+(?:on\s+)?(?:{WEEKDAY}"
                                 r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b[^,]{0,30},")
# A count is another, earlier event only when its sentence dates it apart ("a day after", "on 3 May", "earlier");
# a weekday alone may be the narrative moving forward ("injured on Thursday, died on Saturday").
_DATED_APART = re.compile(r"\b(?:(?:a|one|two|three|four|five|\d+)\s+days?\s+(?:after|before|earlier)|earlier|previous(?:ly)?|"
                          r"last\s+(?:week|month)|yesterday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{1,2}/\d{1,2})",
                          re.IGNORECASE)
_BESIDES_BOMBER = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|excluding|not\s+counting|other\s+than)\s+"
                             r"the\s+(?:(?:two|three|suicide)\s+)*(?:bomber|attacker)s?\b", re.IGNORECASE)
# UCDP GED where_prec by what the place is: 1 the exact place, 2 near it, 3 a district, 4 a province, 6 a country.
_UCDP_PREC = {"populated": 1, "admin2": 3, "admin1": 4, "country": 6}


def build_events(
    doc: Document,
    sentences: list[Sentence],
    claims: list[Claim],
    times: list[TimeMention],
    places: list[PlaceMention],
    actors: list[ActorMention],
    background: list[Sentence],
    home: str | None = None,
    headline: list[PlaceMention] | None = None,
    capital_if_unplaced: bool = True,
) -> list[Event]:
    """The report's events, most salient first. History (background sentences) never becomes an event.
    `home`: the country (ISO code) the report's groups place it in, for events no place locates; `headline`:
    the places of the document's title, for events the text places in no town or province;
    `capital_if_unplaced`: whether an event no place locates stands at its country's capital, as ACLED codes
    one known only by its country (not where an observer mission's area is known: the capital lies outside it)."""
    text = doc.text
    skip = {s.index for s in background}
    content = [s for s in sentences if s.index not in skip and not _is_dateline(doc, s, times)]
    if not content:
        return []
    main_day, precision = _main_date(doc, content, claims, times)
    by_day: dict[str, list[int]] = defaultdict(list)
    main_places = {c.place for c in claims if not c.background and c.date == main_day} - {None}
    for i, c in enumerate(claims):
        if not c.background:
            # counts dated before the event's day are another, earlier event; later ones (deaths in hospital,
            # bodies found) belong to this one, unless a sentence of their own opens with their day and tells
            # of another place ("On Sunday, a roadside bomb wounded two soldiers in Bannu")
            earlier = c.date is not None and main_day is not None and c.date < main_day and _DATED_APART.search(c.text)
            later = c.date is not None and main_day is not None and c.date > main_day and c.place is not None \
                and bool(main_places) and c.place not in main_places and _OPENS_WITH_ITS_DAY.match(c.text) is not None
            by_day[c.date if earlier or later else main_day or ""].append(i)
    days = [main_day or ""] + [d for d in by_day if d != (main_day or "")]
    events: list[Event] = []
    for n, day in enumerate(days):
        indexes = by_day.get(day, [])
        if n > 0 and not indexes:
            continue
        start, end = _evidence(content, claims, indexes, main=(n == 0))
        elsewhere = _elsewhere(text, claims, indexes, places, sentences, start, end) if n == 0 else {}
        kept = [i for i in indexes if not any(i in group for group in elsewhere.values())]
        main = _events_for(doc, text, day or None, precision if n == 0 else 1, claims, kept, start, end, places,
                           actors, sentences, home, headline or [], capital_if_unplaced)
        apart: list[Event] = []
        for group in elsewhere.values():
            g_start, g_end = _evidence(content, claims, group, main=False)
            apart.extend(_events_for(doc, text, day or None, 1, claims, group, g_start, g_end, places, actors,
                                     sentences, home, headline or [], capital_if_unplaced))
        told = {e.location for e in apart}  # (a town told apart is not also a copy of the event's lead)
        events.extend([e for i, e in enumerate(main) if i == 0 or e.claims or e.location not in told] + apart)
    return events


def _elsewhere(text: str, claims: list[Claim], indexes: list[int], places: list[PlaceMention],
               sentences: list[Sentence], start: int, end: int) -> dict[str, list[int]]:
    """Counts told in a sentence of their own about another town, far from the event's place ("troops pursued
    the attackers to Bama and killed 6"), or about one of the other towns the event is told in ("protesters
    gathered in Khartoum and Omdurman. Security forces opened fire, killing 3 protesters in Omdurman"): another
    event there, by town."""
    located = locate_event(text, places, start, end) if indexes else []
    if not located or located[0][0].place.latitude is None:
        return {}
    home = located[0][0].place
    listed = {m.place.name for m, _ in located[1:] if m.place.feature == "populated"} - {home.name}
    doers = {_side_of(claims[i].perpetrator) for i in indexes if claims[i].perpetrator}
    if len(doers) < 2 and not listed:
        return {}  # one side did everything in one town: one event, however many other towns are named
    out: dict[str, list[int]] = defaultdict(list)
    lead = min(claims[i].sentence for i in indexes)  # the report's first count stays with the event it leads
    # (a toll the report spreads over its towns is divided among them instead)
    spread = listed and _series_size(text, start, end, 1) > 1
    for i in indexes:
        c = claims[i]
        sent = sentences[c.sentence]
        if c.part_of is not None or c.perpetrator is None or sent.start <= located[0][0].span.start < sent.end:
            continue
        here = [m for m in places if sent.start <= m.span.start < sent.end and m.relation not in INDIRECT_RELATIONS
                and m.place.feature == "populated" and m.place.latitude is not None]
        if not here or any(m.place.name == home.name for m in here):
            continue
        there = here[0].place
        of_a_listed_town = there.name in listed and all(m.place.name in listed for m in here) and not spread
        far_by_another_side = len(doers) > 1 and c.sentence != lead \
            and haversine_km(home.latitude, home.longitude, there.latitude, there.longitude) > 25
        if of_a_listed_town or far_by_another_side:
            out[there.name].append(i)
    for group in out.values():  # a count restating part of another goes with it
        group.extend(j for j in indexes if claims[j].part_of in group)
    return out


def _side_of(actor_name: str) -> str:
    return "state" if actor_name.startswith(("Military Forces", "Police Forces")) else actor_name


def _events_for(doc: Document, text: str, day: str | None, precision: int, claims: list[Claim],
                indexes: list[int], start: int, end: int, places: list[PlaceMention],
                actors: list[ActorMention], sentences: list[Sentence], home: str | None,
                headline: list[PlaceMention], capital_if_unplaced: bool) -> list[Event]:
    figures = _figures(claims, indexes, day)
    if figures["injured"] is None and _says_none_hurt(text[start:end]):
        figures["injured"] = 0  # "No one was injured": known to be none, not unknown
    locations = locate_event(text, places, start, end)
    where, where_places = text, places  # the words that place the event: the text's, or the headline's
    # (or only where the wounded were treated: "Teen Killed In Kansas City Shooting ... taken to a hospital")
    if headline and doc.title and (not locations or locations[0][0].place.feature in ("country", "admin1")
                                   or locations[0][0].relation == "treated"):
        titled = headline_location(doc.title, headline, locations, home)
        if titled:
            locations, where, where_places = titled, doc.title, headline
    place_mention, geo_precision = locations[0] if locations else (None, None)
    if geo_precision == 1 and where is text and _filed_from_only(text, place_mention, places, actors):
        geo_precision = 2  # "MAIDUGURI, Nigeria (AFP) - ... near the village of Koshobe": near the filing city
    place = place_mention.place if place_mention else None
    country, iso = (place.country, place.country_code) if place else _document_country(text, places, home, actors)
    at_capital = place is None and bool(iso) and capital_if_unplaced
    if at_capital:  # no place locates it, but its country is known: ACLED codes it at the capital
        place, geo_precision = load_gazetteer().country(iso), 3
    types = classify_event(text, start, end, figures["fatalities"], actors)
    roles = assign_actors(text, start, end, actors, types, country)
    base = Event(
        event_date=day,
        time_precision=precision,
        disorder_type=types.disorder_type,
        event_type=types.event_type,
        sub_event_type=types.sub_event_type,
        civilian_targeting=types.civilian_targeting,
        actor1=roles.actor1, assoc_actor_1=roles.assoc_actor_1, inter1=roles.inter1,
        actor2=roles.actor2, assoc_actor_2=roles.assoc_actor_2, inter2=roles.inter2,
        interaction=roles.interaction,
        type_of_violence=roles.type_of_violence, side_a=roles.side_a, side_b=roles.side_b,
        country=country,
        iso=iso,
        notes=_notes(text, sentences, start, end),
        claims=sorted(indexes),
        sentence=next((s.index for s in sentences if s.start <= start < s.end), 0),
        start=start, end=end,
        **figures,
    )
    _set_place(base, place, geo_precision, capital_units=at_capital or (place_mention is not None
               and not qualifies_an_unknown_place(where, place_mention, where_places)))
    named = province_named_for(where, place_mention, where_places) if place_mention is not None else None
    if named is not None:  # the province the report gives it in, of two that reports use for each other
        base.admin1 = _acled_units(named)[0]
    _split_deaths(base, claims, indexes, day, roles.inter1)
    events = [base]
    seen = {base.location}
    for extra, extra_precision in locations[1:]:
        if extra.place.feature not in ("populated", "admin2") or extra.place.name in seen:
            continue
        seen.add(extra.place.name)
        other = Event(**{k: getattr(base, k) for k in Event.__slots__ if k not in ("claims",)})
        other.claims = []
        _set_place(other, extra.place, extra_precision)
        events.append(other)
    _divide_toll(events, _series_size(text, start, end, len(events)))
    return events


_SERIES = re.compile(r"\b(?:in|across|at)\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                     r"(?:separate\s+|different\s+|distinct\s+)?"
                     r"(?:locations|places|areas|villages|towns|cities|districts|provinces|attacks|incidents|sites)\b",
                     re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _filed_from_only(text: str, m: PlaceMention | None, places: list[PlaceMention], actors: list[ActorMention]) -> bool:
    """Whether the event stands at the city a correspondent filed its story from only because the place the report
    introduces is one the gazetteer lacks: then it happened near that city, not in it (and a finding names the
    place). (An American town an agency gives with its state, "FLAGSTAFF, Ariz. (AP) --", is where its story
    happened, as `geolocate` reads it.)"""
    head = find_dateline(text)
    return m is not None and head is not None and m.relation == "in" and names_the_city(head, m.span.start, m.span.end) \
        and not american_town_with_its_state(head, m.place) and bool(unplaced_names(text, places, actors))


def _series_size(text: str, start: int, end: int, located: int) -> int:
    """How many events a toll covers when the report says it is spread ('in five separate locations'): then
    the toll is divided as ACLED divides it. A list of towns alone does not divide it (the places are often
    the targets of one attack, or the toll is given for the first)."""
    m = _SERIES.search(text, start, end)
    if m is None:
        return 1
    n = m.group("n").lower()
    return max(located, int(n) if n.isdigit() else _NUMBERS[n])


def _divide_toll(events: list[Event], n: int) -> None:
    """ACLED's rule for one toll spread over several events: divided equally, the remainder on the first event.
    When the report does not say the toll is spread (n == 1), it stays on the first event."""
    fields = ("fatalities", "best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
    if n <= 1:
        for event in events[1:]:
            for k in fields:
                setattr(event, k, 0)
            event.injured = None
            event.tags = "toll reported for the whole series; coded on the first event"
        return
    totals = {k: getattr(events[0], k) for k in fields}
    injured = events[0].injured
    for i, event in enumerate(events):
        for k, total in totals.items():
            setattr(event, k, total // n + (total % n if i == 0 else 0))
        event.injured = None if injured is None else injured // n + (injured % n if i == 0 else 0)
        if totals["fatalities"]:
            event.tags = f"toll of {totals['fatalities']} divided equally across {n} events"


# the marks GeoNames writes for an ayn, a hamza or a soft sign ("‘Afrin", "Ryazan’", "Debre Mark’os"), which ACLED's
# location names leave out ("Afrin", "Ryazan"); an English possessive's apostrophe stays ("Cox's Bazar")
_TRANSLITERATION_MARKS = str.maketrans("", "", "‘’ʿʾ")


def _set_place(event: Event, place, geo_precision: int | None, capital_units: bool = True) -> None:  # noqa: ANN001
    if place is None:
        return
    event.country, event.iso = place.country, place.country_code
    event.admin1, event.admin2 = _acled_units(place)
    if place.feature == "country" and capital_units:
        # coded at its capital, its units are the capital's (but "in Makin, Pakistan" lies somewhere unknown)
        capital = load_gazetteer().capital(place.country_code)
        if capital is not None and (capital.latitude, capital.longitude) == (place.latitude, place.longitude):
            event.admin1, event.admin2 = _acled_units(capital)
    event.location = place.name.translate(_TRANSLITERATION_MARKS)
    event.latitude, event.longitude = place.latitude, place.longitude
    event.geo_precision = geo_precision
    prec = _UCDP_PREC.get(place.feature, 1)
    event.where_prec = 2 if (geo_precision == 2 and prec == 1) else prec


def _acled_units(place) -> tuple[str, str]:  # noqa: ANN001
    """(admin1, admin2) as ACLED writes them where its units differ from GeoNames' (admin_names.yaml):
    in Uganda the district is the first level, with no second; the City of Belgrade is a unit of its own."""
    districts, own = _acled_unit_rules()
    if place.country_code in districts and place.admin2:
        return place.admin2, ""
    units = own.get(place.country_code, frozenset())
    if place.admin2 in units or (not place.admin2 and place.name in units):  # the city itself, at its seat
        return place.admin2 or place.name, place.admin2
    return place.admin1, place.admin2


@lru_cache(maxsize=1)
def _acled_unit_rules() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    cfg = load_yaml("admin_names.yaml")
    own = {cc: frozenset(units) for cc, units in (cfg.get("acled_admin1_from_admin2") or {}).items()}
    return frozenset(cfg.get("acled_admin1_is_district") or ()), own


def _competing_totals(claims: list[Claim], indexes: list[int]) -> set[int]:
    """Tolls worded as totals that another source gives lower than a count before them ("killing more than 100
    people, Amnesty International said. Local officials put the death toll at 43"): a competing figure, reconciled
    with the others, not a running toll that supersedes them."""
    return {i for i in indexes if claims[i].total and claims[i].source and any(
        j < i and not claims[j].total and claims[j].outcome == claims[i].outcome and not claims[j].background
        and claims[j].source and claims[j].source != claims[i].source and claims[j].count > claims[i].count
        for j in indexes)}


@lru_cache(maxsize=1)
def _no_one_hurt() -> tuple[frozenset[str], re.Pattern[str]]:
    """knowledge/lexicon.yaml no_casualty_patterns: the words that say no one was hurt, and the first words they
    begin with (where the pattern is tried, rather than at every letter)."""
    words = (lexicon().get("no_casualty_patterns") or {}).get("injured") or ()
    pattern = re.compile("|".join(re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words) + r"\b")
    return frozenset(re.split(r"[\s-]", w.lower())[0] for w in words), pattern


def _says_none_hurt(text: str) -> bool:
    """Whether the event's words say no one was hurt ("No one was injured in the blast")."""
    firsts, pattern = _no_one_hurt()
    lowered = text.lower()
    for first in firsts:
        i = lowered.find(first)
        while i >= 0:
            if (i == 0 or not lowered[i - 1].isalnum()) and pattern.match(lowered, i):
                return True
            i = lowered.find(first, i + 1)
    return False


def _figures(claims: list[Claim], indexes: list[int], day: str | None) -> dict[str, int | None]:
    """ACLED fatalities (the most conservative reported death toll), injuries, and UCDP low/best/high deaths."""
    out: dict[str, int | None] = {"fatalities": 0, "injured": None, "best": 0, "low": 0, "high": 0}
    # a running toll ("the death toll rose to 53") supersedes the counts before it, even in its own sentence
    # (a killer's own death is no one of those he killed: added after, whatever groups they fall in)
    # (said again, "before turning the gun on himself ... the gunman then killed himself", he is still one)
    own = min(1, sum(claims[i].count for i in indexes
                     if claims[i].qualifier == SELF_INFLICTED and not claims[i].background))
    competing = _competing_totals(claims, indexes)
    groups = group_claims(claims, day, only=[i for i in indexes if (not claims[i].total or i in competing)
                                            and claims[i].qualifier != SELF_INFLICTED], by_date=False)
    for outcome in ("killed", "injured"):
        specific = {"count": 0, "best": 0, "low": 0, "high": 0}
        unknown = dict(specific)
        found = False
        for (o, victims, _), idx in groups.items():
            if o != outcome:
                continue
            found = True
            est = estimate(claims, o, victims, idx)
            conservative = _conservative(statements(claims, idx), claims, outcome)
            target = unknown if victims == "unknown" else specific
            for k, v in (("count", conservative), ("best", est.best), ("low", est.low), ("high", est.high)):
                target[k] += v
        if outcome == "killed" and own:
            # one of a known group, none of whom he is ("five dead, the gunman among them"), nor any of the people
            # his own sentence says he killed first ("killed two people and then took his own life")
            specific = {k: v + own for k, v in specific.items()}
            if any(claims[i].qualifier == SELF_INFLICTED and any(
                    claims[j].sentence == claims[i].sentence and claims[j].victims == "unknown"
                    and claims[j].outcome == "killed" and claims[j].end <= claims[i].start for j in indexes)
                   for i in indexes):
                unknown = {k: v + own for k, v in unknown.items()}
        # a suicide bomber the report counts apart ("In addition to the bomber, four people were killed") adds to
        # the count of the others; ACLED otherwise codes the toll as reported
        implied = sum(claims[i].count for i in indexes if claims[i].qualifier == "implied"
                      and claims[i].outcome == outcome and claims[i].part_of is None and not claims[i].background)
        if implied and not any(claims[i].outcome == outcome and _BESIDES_BOMBER.search(claims[i].text)
                               for i in indexes):
            implied = 0
        total = {k: max(specific[k] - implied, unknown[k]) + implied if unknown[k] else specific[k] for k in specific}
        # people of no known group may be some of those of a known one, unless a sentence joins them as others
        # under one outcome ("two foreigners and a security man were killed": three)
        listed = _joined_statement(claims, indexes, outcome)
        if listed > total["count"]:
            total = {k: max(v, listed) for k, v in total.items()}
        running = [claims[i].count for i in indexes if claims[i].total and claims[i].outcome == outcome
                   and i not in competing]
        if running:
            total = {k: max(v, max(running)) for k, v in total.items()}
        if outcome == "killed":
            out.update(fatalities=total["count"], best=total["best"], low=min(total["low"], total["count"]),
                       high=total["high"])
        elif found:
            out["injured"] = total["count"]
    return out


def _joined_statement(claims: list[Claim], indexes: list[int], outcome: str) -> int:
    """The most people one sentence counts in groups joined under one outcome, added up."""
    by_sentence: dict[int, int] = {}
    for i in indexes:
        c = claims[i]
        if c.joined and c.outcome == outcome and c.part_of is None and not c.background:
            by_sentence[c.sentence] = by_sentence.get(c.sentence, 0) + c.count
    return max(by_sentence.values(), default=0)


def _conservative(stated: dict[tuple[int, str | None], tuple[int, int, int, list[int]]], claims: list[Claim],
                  outcome: str) -> int:
    """ACLED's conservative toll: each source's fullest statement (a report's later sentences break a total
    down or add to it), then the lowest across sources that disagree. A source that only describes one of the
    wounded already counted ("The younger boy was shot in the left shoulder, police said") disputes no count."""
    fullest = max(count for count, *_rest in stated.values())
    per_source: dict[str | None, int] = {}
    for (_, source), (count, _low, _high, members) in stated.items():
        if outcome == "injured" and fullest > 1 and count == 1 \
                and all(_DESCRIBED_ONE.match(claims[i].words) for i in members):
            continue
        per_source[source] = max(per_source.get(source, 0), count)
    return min(per_source.values(), default=fullest)


# one person described as one of those counted: "The older boy", "the victim", "another man"
_DESCRIBED_ONE = re.compile(r"(?:the|another)\s", re.IGNORECASE)


def _split_deaths(event: Event, claims: list[Claim], indexes: list[int], day: str | None, inter1: int | None) -> None:
    """UCDP's deaths_a / deaths_b / deaths_civilians / deaths_unknown from the best estimate per victim group."""
    groups = group_claims(claims, day, only=indexes, by_date=False)
    state_is_a = event.type_of_violence != 2 and (inter1 == 1 or event.inter2 != 1)
    for (outcome, victims, _), idx in groups.items():
        if outcome != "killed":
            continue
        best = estimate(claims, outcome, victims, idx).best
        if victims == "civilians":
            event.deaths_civilians += best
        elif victims == "unknown":
            event.deaths_unknown += best
        elif (victims == "security forces") == state_is_a:
            event.deaths_a += best
        else:
            event.deaths_b += best


def _main_date(doc: Document, content: list[Sentence], claims: list[Claim],
               times: list[TimeMention]) -> tuple[str | None, int]:
    """The event's day and ACLED time_precision (1 the day, 2 about a week, 3 a month)."""
    # the day of the first count the report gives, unless that is an arrest and it counts a killing or a
    # wounding ("a man is in custody in the shooting of a girl ... was arrested Tuesday ... when she was
    # shot": the shooting's day, not the arrest's)
    current = [c for c in claims if not c.background]
    first_claim = next(iter(current), None)
    if first_claim is not None and first_claim.outcome == "arrested":
        first_claim = next((c for c in current if c.outcome in ("killed", "injured")), first_claim)
    starts = [s.start for s in content]
    usable = [t for t in times if _sentence_of(content, t.span.start, starts) is not None
              and not in_dateline(doc.text, t) and not when_spoken(doc.text, t) and not _page_stamp(doc, t)
              and not when_begun(doc.text, t)]
    if first_claim is not None:
        if first_claim.outcome in ("killed", "injured"):  # not the day of an arrest or a charge
            usable = [t for t in usable if not when_charged(doc.text, t)]
        here = _explicit_first([t for t in usable if first_claim.text and t.kind in _DATED
                                and first_claim.start - 400 < t.span.start < first_claim.end + 400
                                and _same_sentence(content, t, first_claim.start)])
        if here and (here[0].date or here[0].impossible):
            return _day(here[0], times), 1
        if first_claim.date:
            return first_claim.date, 1
    dated = [t for t in usable if t.kind in _DATED and (t.date or t.impossible)]
    if dated:
        first = next(s for s in content if s.start <= dated[0].span.start < s.end)
        for t in _explicit_first([t for t in dated if first.start <= t.span.start < first.end]):
            day = _day(t, times)
            if day:
                return day, 1
    month = next((t for t in usable if t.kind == "month" and t.date), None)
    if month is not None:
        return month.date.isoformat(), 3
    if doc.published:
        return doc.published.isoformat(), 2
    return None, 3


def _explicit_first(mentions: list[TimeMention]) -> list[TimeMention]:
    """Within one sentence a written date ("yesterday (17/01)") says more than a weekday or 'yesterday'."""
    return sorted(mentions, key=lambda t: t.kind != "absolute")


# the words that put a date on a page: "Updated:", "Posted on", "Last modified"
_STAMP_WORDS = r"(?:last\s+)?(?:updated|posted|published|modified)(?:\s+on)?\s*:?\s*"
# "Posted: Saturday, September 5, 2015 10:40 AM", "Updated on Monday": when the page was written
_STAMPED_BEFORE = re.compile(rf"\b{_STAMP_WORDS}(?:[A-Z][a-z]+day,?\s*)?$", re.IGNORECASE)


def _page_stamp(doc: Document, t: TimeMention) -> bool:
    """A date a page gives as when it was posted or updated, wherever it stands."""
    return _STAMPED_BEFORE.search(doc.text, max(0, t.span.start - 30), t.span.start) is not None


def _day(t: TimeMention, times: list[TimeMention]) -> str | None:
    if t.impossible:
        return suggest_date(times)
    return t.date.isoformat() if isinstance(t.date, date) else None


def _same_sentence(content: list[Sentence], t: TimeMention, pos: int) -> bool:
    return any(s.start <= t.span.start < s.end and s.start <= pos < s.end for s in content)


def _is_dateline(doc: Document, s: Sentence, times: list[TimeMention]) -> bool:
    """A first line that only gives the date, or a page's time stamp ("March 12, 2015 7:26 AM")."""
    if s.index != 0:
        return False
    line = doc.text[s.start:s.end]
    return len(line) < 60 and any(
        _STAMP_BEFORE.fullmatch(doc.text, s.start, t.span.start) and _STAMP_AFTER.fullmatch(doc.text, t.span.end, s.end)
        for t in times if s.start <= t.span.start < s.end)


# a page's time stamp around its date: "Updated: March 12, 2015 7:26 AM EDT", "Posted on 3/12/2015 at 9:15 pm"
_STAMP_BEFORE = re.compile(rf"\s*(?:{_STAMP_WORDS})?", re.IGNORECASE)
_STAMP_AFTER = re.compile(r"[\s.,|-]*(?:(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\s.]*",
                          re.IGNORECASE)


def _evidence(content: list[Sentence], claims: list[Claim], indexes: list[int], main: bool) -> tuple[int, int]:
    """The stretch of text that describes the event: from the lead sentence to its last toll."""
    if not indexes:
        first = content[0]
        return first.start, content[min(1, len(content) - 1)].end
    starts = [claims[i].start for i in indexes]
    ends = [claims[i].end for i in indexes]
    content_starts = [s.start for s in content]
    sents = sorted({s for p in starts if (s := _sentence_of(content, p, content_starts)) is not None},
                   key=lambda s: s.start)
    start = content[0].start if main else (sents[0].start if sents else min(starts))
    end = max([s.end for s in sents] + ends)
    if main and len(content) > 1:
        end = max(end, content[min(2, len(content) - 1)].end)  # the lead and what follows it tell what happened
    return start, end


def _sentence_of(content: list[Sentence], pos: int, starts: list[int] | None = None) -> Sentence | None:
    """The content sentence holding pos (content is in text order; pass its starts when asking often)."""
    i = bisect_right(starts if starts is not None else [s.start for s in content], pos) - 1
    return content[i] if i >= 0 and pos < content[i].end else None


def _notes(text: str, sentences: list[Sentence], start: int, end: int) -> str:
    inside = [text[s.start:s.end] for s in sentences if start <= s.start < end]
    return " ".join(inside)[:1000]


def headline_location(title: str, headline: list[PlaceMention], located: list[tuple[PlaceMention, int]],
                      home: str | None) -> list[tuple[PlaceMention, int]]:
    """Where the headline places an event the text places in no town or province, or only where the wounded were
    treated ("Teen shot in Evansville parking lot"), in the country the text names or its groups imply, if any."""
    titled = locate_event(title, headline, 0, len(title))
    if not titled:
        return []
    place = titled[0][0].place
    if place.feature == "country":
        return []
    # a town of the province the text names (not one only its telephone numbers, station or groups imply)
    if located and located[0][0].place.feature == "admin1" and located[0][0].relation != "home":
        province = located[0][0].place
        inside = (place.country_code, place.admin1) == (province.country_code, province.admin1)
        return titled if inside and place.feature != "admin1" else []
    country = located[0][0].place.country_code if located else home
    return titled if country in (None, place.country_code) else []


# a place noun a demonym may call ("a Pakistani village"), and the words that may stand between them
_PLACE_NOUN = re.compile(r"\b(?:village|town|city|hamlet|province|district|region|port)s?\b")
_PLACE_QUALIFIERS = frozenset(("small", "remote", "tiny", "border", "frontier", "mountain", "tribal", "coastal",
                               "northern", "southern", "eastern", "western", "central"))


def _demonym_place_country(text: str) -> str | None:
    """The country whose demonym calls a place ("the small Pakistani village of", "a remote Afghan town"), if any."""
    demonyms = load_gazetteer().demonyms
    for m in _PLACE_NOUN.finditer(text):
        before = text[max(0, m.start() - 40):m.start()].split()
        if before and before[-1] in demonyms:
            return demonyms[before[-1]]
        if len(before) > 1 and before[-1].lower() in _PLACE_QUALIFIERS and before[-2] in demonyms:
            return demonyms[before[-2]]
    return None


def _document_country(text: str, places: list[PlaceMention], home: str | None,
                      actors: list[ActorMention]) -> tuple[str, str]:
    """The country (name, ISO code) of an event no place locates: the report's first direct place, else the
    country whose demonym calls a place ("the small Pakistani village of Sheikh Ziyarat"), else the country its
    groups place it in, else the country its words were spoken in ("health officials in Kabul told
    AFP"), else the one country of the armed groups and the state forces of its own it names ("M23 rebels took
    control of the town of Bunagana on the Ugandan border after Congolese troops withdrew"), else none."""
    for m in places:
        if m.relation not in INDIRECT_RELATIONS:
            return m.place.country, m.place.country_code
    code = _demonym_place_country(text)
    if code is not None:  # "the small Pakistani village of Sheikh Ziyarat"
        return country_name(code), code
    if home:
        return country_name(home), home
    spoken = where_spoken(text, places)
    if spoken is not None:
        return spoken.place.country, spoken.place.country_code
    fighting = {a.actor.country for a in actors if a.actor.country and a.actor.inter in (1, 2, 3, 4)}
    if len(fighting) == 1:
        (code,) = fighting
        return country_name(code), code
    return "", ""
