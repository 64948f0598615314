"""Names a report introduces as where something happened that no gazetteer reading placed ("in the Pirkoh area",
"near Novovyboeve", "in Martinez (Buenos Aires)"): the places an analyst would add to a user gazetteer, said in a
finding when the event is placed only at a district, a province or not at all; and, where the report names the
province and no town, the one town of it a name misspells ("in Panjur, Balochistan": Panjgur)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventcoder.knowledge.build_gazetteer import one_letter_off, spelt_nearly
from eventcoder.knowledge.gazetteer import Gazetteer, norm
from eventcoder.model import ActorMention, PlaceMention, Span
from eventcoder.recognize.place_relations import PLACE_STRIKING_VERBS, near_before
from eventcoder.recognize.toponym_words import toponym_words

__all__ = ["respelt_in_province", "unplaced_names"]

# "in X," "near X." "in the X area of", "X village", "in X (District, Province)", "the village of X in Cameroon's
# Northwest region", "the town of X in central Mali", "near the village of X on Saturday": a name of one to three
# capitalised words introduced as a place and closed as one
_INTRODUCED = re.compile(
    r"\b(?:in|at|near|outside|around|(?:area|vicinity|outskirts|village|hamlet|town|city|municipality|island|locality"
    rf"|settlement|headquarters) of|{PLACE_STRIKING_VERBS})[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})"
    r"(?=[ \t]*(?:[,.;(]|$|[ \t](?:village|hamlet|settlement|locality|camp|town|township|area|tehsil|upazila|district"
    r"|sub-?division|region|valley"
    r"|bazaar|market|zone|county|municipality|commune|woreda|raion|LGA|local government)\b"
    r"|[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?[ \t]+)?(?:[a-z]{2}-)?[A-Z]"  # (an article first: "in al-Hasakeh")
    r"|[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|[ \t]+(?:on|near|along|close[ \t]+to)[ \t]+the[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?border\b))",
    re.MULTILINE)
_STOP_SECTIONS = ("words", "introduced_only", "local_generic_words", "site_words", "formation_words",
                  "saint_institution_words")


def unplaced_names(text: str, places: Sequence[PlaceMention], actors: Sequence[ActorMention]) -> list[Span]:
    """The names introduced as places that no place mention or actor covers, in text order, each once."""
    stop = toponym_words(*_STOP_SECTIONS)
    taken = sorted([(m.span.start, m.span.end) for m in places] + [(a.span.start, a.span.end) for a in actors])
    out: list[Span] = []
    seen: set[str] = set()
    for m in _INTRODUCED.finditer(text):
        s, e = m.span("name")
        key = norm(m.group("name"))
        if key in seen or any(w in stop for w in key.split()) or any(a < e and s < b for a, b in taken):
            continue
        seen.add(key)
        out.append(Span(s, e, text[s:e]))
    return out


# of the readings at one spot, the district when called one ("Mukstar district"), else the town
_UNIT_AFTER = re.compile(r"[ \t]+(?:district|agency|division|county|zone|municipality)\b", re.I)


def respelt_in_province(text: str, places: Sequence[PlaceMention], actors: Sequence[ActorMention],
                        gazetteer: Gazetteer, code: str, admin1: str) -> PlaceMention | None:
    """The town or district a name introduced as a place misspells, in a report placed only at a province
    (its country's code, its name): the one place of the province spelt nearly so (`spelt_nearly`: "in Panjur,
    Balochistan" is Panjgur, "Gurjat, Punjab" Gujrat), or, for a name called a district, the one district a
    letter off (`one_letter_off`: "Kacchi district" is Kachhi). None when no name or more than one place fits."""
    for name in unplaced_names(text, places, actors)[:3]:
        fits = [p for p in gazetteer.province_places(code, admin1, spelt_nearly(name.text)) if p.latitude is not None]
        unit = _UNIT_AFTER.match(text, name.end) is not None
        if not fits and unit:  # a district's name too short for a skeleton, a letter off: "Kacchi district"
            fits = [p for p in gazetteer.province_places(code, admin1, one_letter_off(name.text))
                    if p.feature == "admin2" and p.latitude is not None]
        spots = {(round(p.latitude, 2), round(p.longitude, 2)) for p in fits}
        if len(spots) != 1:
            continue
        place = next((p for p in fits if p.feature == ("admin2" if unit else "populated")), fits[0])
        return PlaceMention(span=name, place=place, relation="near" if near_before(text, name.start) else "in",
                            candidates=1)
    return None
