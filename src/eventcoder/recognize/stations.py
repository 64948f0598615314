"""The state of the television stations a report names: American local news is published on a station's site or
cites one ("Sign in using your wsoc profile", "KHOU 11 reports"), whose city of licence says which state its
towns are in (knowledge/tv_stations.csv)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventcoder.knowledge import load_csv_rows
from eventcoder.recognize.state_cues import Hit, first_of_one_state, one_state

__all__ = ["station_named", "station_state"]

# the log-in line of stations' sites, which write the call sign in lower case: "Sign in using your whbq profile"
# (led by a literal, which the regex engine scans for fast)
_PROFILE = re.compile(r"your ([a-z]{3,4}) profile\b")


# a call sign as stations write it, with its band or channel if given: "WSOC-TV", "KHOU 11", "KING 5" (led by its
# letters, which the regex engine scans for fast; what comes before is checked after)
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-TV| \d{1,2})?(?![\w-])")


@cache
def _stations() -> dict[str, tuple[str, str]]:
    """Call sign (as knowledge/tv_stations.csv writes it) -> (country, state)."""
    return {r["call_sign"]: (r["country_code"], r["admin1"]) for r in load_csv_rows("tv_stations.csv")}


@lru_cache(maxsize=2)  # asked for the state, then for where the report names it
def _named(text: str) -> tuple[Hit, ...]:
    """The stations the report names: (start, end, (country, state))."""
    table = _stations()
    found = []
    for m in _CALL_SIGN.finditer(text):
        before = text[m.start() - 1:m.start()]
        if before.isalnum() or before in ("-", "_"):
            continue  # (inside a longer word: "OKWAX")
        sign = m.group()
        state = table.get(sign) or table.get(sign.split("-")[0].split(" ")[0])
        if state is not None:
            found.append((m.start(), m.end(), state))
    for m in _PROFILE.finditer(text):
        state = table.get(m.group(1).upper())
        if state is not None:
            found.append((m.start(1), m.end(1), state))
    return tuple(found)


def station_state(text: str) -> tuple[str, str] | None:
    """The one state whose television stations the report names, if it names one's only."""
    return one_state(_named(text))


def station_named(text: str) -> tuple[int, int] | None:
    """Where the report first names a station of the one state its stations are in (for a finding to quote)."""
    return first_of_one_state(_named(text))
