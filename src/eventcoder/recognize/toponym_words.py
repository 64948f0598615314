"""The words of knowledge/toponym_stoplist.yaml: capitalised words that are no place in news text ("May",
"Store"), or a place only when introduced as one ("Man"), the generic first words of Arabic names ("Ain"),
and the words that end names that are no places (armed formations, institutions after a saint's name)."""

from __future__ import annotations

import re
from functools import cache

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.gazetteer import norm

__all__ = ["designator_words", "saint_institution", "toponym_words", "written_words"]


@cache
def toponym_words(*sections: str) -> frozenset[str]:
    """The normalised words of the stoplist's sections ("words", "prefixes", "introduced_only", ...)."""
    cfg = load_yaml("toponym_stoplist.yaml") or {}
    return frozenset(norm(str(w)) for k in sections for w in cfg.get(k) or ())


@cache
def written_words(section: str) -> tuple[str, ...]:
    """The words of one stoplist section as written, capitals kept, for the checks that match them so ("Dodge",
    "Hospital")."""
    return tuple(str(w) for w in (load_yaml("toponym_stoplist.yaml") or {}).get(section) or ())


@cache
def designator_words(kind: str) -> frozenset[str]:
    """The words of knowledge/designators.yaml that designate a kind of place ("admin2": "district", "tehsil", ...),
    in lower case as written."""
    return frozenset(str(w).lower() for w in (load_yaml("designators.yaml") or {}).get(kind) or ())


_SAINT = re.compile(r"(?:st|ste|saint|sainte) ")
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([A-Za-z]+)")


def saint_institution(text: str, key: str, end: int) -> bool:
    """A saint's name that begins an institution's ("St. Elizabeth Hospital", key "st elizabeth"): no town."""
    if not _SAINT.match(key):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in toponym_words("local_generic_words",
                                                                         "saint_institution_words")
