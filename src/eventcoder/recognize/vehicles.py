"""Cars named for their makers and models, some of which are places' names: "a white Dodge Charger" is no Dodge
County, "a Lincoln SUV" no Lincoln, Nebraska, "his Chevrolet Tahoe" no Lake Tahoe (knowledge/toponym_stoplist.yaml,
vehicle_makes, vehicle_words, vehicle_before)."""

from __future__ import annotations

import re
from functools import cache

from eventcoder.recognize.toponym_words import written_words

__all__ = ["vehicle_end", "vehicle_makes"]

_YEAR = re.compile(r"(?:19|20)\d\d$")  # "a 2004 Lincoln"
_DESIGNATED = re.compile(r"(?:County|City|Park|Avenue|Street|Road|Heights|Hospital|Center|Centre|High|Memorial"
                         r"|University|College|School|Square|Township|Parish|Village|Hills|Beach)$")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The makers, the vehicles' words and the words before a vehicle, as the stoplist writes them."""
    return (frozenset(written_words("vehicle_makes")), frozenset(written_words("vehicle_words")),
            frozenset(written_words("vehicle_before")))


def vehicle_makes() -> frozenset[str]:
    """The car makers' names as written ("Dodge"): a word that is none of them begins no vehicle."""
    return _words()[0]


def vehicle_end(text: str, run: list[tuple[int, int]], i: int) -> int:
    """When the run's token `i` is a car maker's name that names a vehicle (with a model or a vehicle's word
    after it, and an article, a colour or a year before it), the index of the run's first token after the
    vehicle's name; else 0. ("a white Dodge Charger": the maker and its model; "a Lincoln SUV": the maker.)"""
    makes, nouns, before = _words()
    s, e = run[i]
    if text[s:e] not in makes:
        return 0
    prev = text[max(0, s - 16):s].split()
    if not prev or not (prev[-1].lower() in before or _YEAR.match(prev[-1])):
        return 0
    if i + 1 < len(run) and text[e:run[i + 1][0]] == " ":
        model = text[run[i + 1][0]:run[i + 1][1]]
        return 0 if _DESIGNATED.match(model) else i + 2  # "a Lincoln County deputy", "a Dodge City man"
    after = text[e:e + 16].split()
    return i + 1 if after and after[0].strip(",.;:") in nouns else 0
