"""Sources: who a report attributes its figures to ("ISPR said", "according to police", "sources added")."""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.knowledge import load_yaml
from eventcoder.model import SourceMention, Span
from eventcoder.text import finditer_at, fold, word_alternation, word_start_finder

_REFERS_BACK = "<back>"


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str] | None]:
    data = load_yaml("sources.yaml")
    canon: dict[str, str] = {}
    for name, aliases in data["sources"].items():
        for alias in aliases:
            canon[alias.lower()] = name
    for alias in data["refers_back"]:
        canon[alias.lower()] = _REFERS_BACK
    # (as tries: a position is rejected after a letter or two, not after trying each of the aliases)
    alias_re = word_alternation(canon)
    verbs = word_alternation(v.lower() for v in data["attribution_verbs"])
    pattern = re.compile(
        rf"\baccording\s+to\s+(?P<acc>{alias_re})\b"
        rf"|\b(?P<pre>{alias_re})(?:\s*\([^()]{{1,30}}\))?(?:,[^,.;]{{1,60}},)?\s+(?:also\s+|further\s+|later\s+|had\s+|has\s+|have\s+)?(?:{verbs})\b"
        rf"|\b(?:{verbs})\s+(?P<post>{alias_re})\b",
        re.IGNORECASE,
    )
    # A match begins with "according", an alias or a verb: the pattern is tried only at those words.
    finder = word_start_finder(["according", *canon, *data["attribution_verbs"]])
    return pattern, canon, finder


def find_sources(text: str) -> list[SourceMention]:
    """Attributed sources in text order, named canonically; "the statement" or "it added" resolve to the
    source named last before them."""
    pattern, canon, finder = _compiled()
    out: list[SourceMention] = []
    last: str | None = None
    for m in finditer_at(pattern, text, finder):
        group = "acc" if m.group("acc") else "pre" if m.group("pre") else "post"
        words = m.group(group)
        name = canon[fold(words)]
        if name == _REFERS_BACK:
            if last is None:
                continue
            name = last
        last = name
        out.append(SourceMention(Span(m.start(group), m.end(group), words), name))
    return out
