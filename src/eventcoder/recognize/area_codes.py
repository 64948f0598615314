"""The state a report's telephone numbers name: local news gives its police's and tip lines' numbers ("call
Richmond police at 804-646-5112"), whose area code says which Richmond (knowledge/area_codes.csv)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventcoder.knowledge import load_csv_rows
from eventcoder.recognize.state_cues import Hit, first_of_one_state, one_state

__all__ = ["CALLING_CODE_ONE", "number_called", "state_called"]

CALLING_CODE_ONE = frozenset(("US", "CA"))  # the countries whose area codes knowledge/area_codes.csv holds

# "804-646-5112", "(804) 646-5112", "804.646.5112", "1-804-646-5112", not part of a longer run of digits: the last
# four digits are looked for first (a scan the regex engine runs fast), then the area code and exchange before them
# (one regex for each separator: one that begins with a literal scans several times faster than a class)
_LAST_FOURS = (re.compile(r"-\d{4}(?![\d-])"), re.compile(r"\.\d{4}(?![\d-])"))
# a reporter's own line, which may be the paper's, far from the story ("Contact Jessica Parks at 610-313-8117"), not
# a tip line ("contact Crime Stoppers at")
_WRITER_BEFORE = re.compile(r"\b[Cc]ontact [A-Z][a-z'’-]+ (?!Stoppers|Police|Sheriff|Department)[A-Z][\w'’-]+ at\s*$")
_AREA_AND_EXCHANGE = re.compile(r"(?:^|[^\d-])(?:1[-. ])?(?:\((\d{3})\)[ ]?|(\d{3})[-. ])\d{3}$")


@cache
def _areas() -> dict[str, tuple[str, str]]:
    """Area code -> (country code, state or province)."""
    return {r["area_code"]: (r["country_code"], r["admin1"]) for r in load_csv_rows("area_codes.csv")}


@lru_cache(maxsize=4)  # asked by the place reader and again by the event's geolocation
def _numbers(text: str) -> tuple[Hit, ...]:
    """The report's telephone numbers whose area codes the table knows: (start, end, (country, state))."""
    if "-" not in text and "." not in text:
        return ()
    areas = _areas()
    found = []
    for last_four in _LAST_FOURS:
        for last in last_four.finditer(text):
            m = _AREA_AND_EXCHANGE.search(text, max(0, last.start() - 16), last.start())
            if m is None or _WRITER_BEFORE.search(text, max(0, m.start() - 60), m.start() + 1):
                continue
            unit = areas.get(m.group(1) or m.group(2))
            if unit is not None:
                found.append((m.start(1) if m.group(1) else m.start(2), last.end(), unit))
    return tuple(found)


def state_called(text: str) -> tuple[str, str] | None:
    """The one state or province whose area codes the report's telephone numbers bear, if they bear one's only
    (toll-free and unknown codes say nothing; numbers of two states say nothing either)."""
    return one_state(_numbers(text))


def number_called(text: str) -> tuple[int, int] | None:
    """Where the report first gives a number of the one state its numbers bear (for a finding to quote)."""
    return first_of_one_state(_numbers(text))
