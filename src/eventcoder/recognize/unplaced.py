"""Names a report introduces as where something happened that no gazetteer reading placed ("in the Pirkoh area",
"near Novovyboeve", "in Martinez (Buenos Aires)"): the places an analyst would add to a user gazetteer, said in a
finding when the event is placed only at a district, a province or not at all."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventcoder.knowledge.gazetteer import norm
from eventcoder.model import ActorMention, PlaceMention, Span
from eventcoder.recognize.toponym_words import toponym_words

__all__ = ["unplaced_names"]

# "in X," "near X." "in the X area of", "X village", "in X (District, Province)": a name of one to three
# capitalised words introduced as a place and closed as one
_INTRODUCED = re.compile(
    r"\b(?:in|at|near|outside|around|(?:area|vicinity|outskirts|village|town) of)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})"
    r"(?=[ \t]*(?:[,.;(]|$|[ \t](?:village|town|area|tehsil|district|sub-?division|region|valley|bazaar|market)\b))",
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
