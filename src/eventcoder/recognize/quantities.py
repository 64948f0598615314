"""Quantities: digits, number words, vague amounts, ranges and qualifiers, each with a span and low/high."""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.knowledge import lexicon
from eventcoder.model import Quantity, Span
from eventcoder.text import finditer_at, fold, word_start_finder

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}

_WORD_UNITS = "|".join(sorted((k for k in _UNITS if k not in ("a", "an", "no", "single", "lone")), key=len,
                              reverse=True))
_WORD_TENS = "|".join(_TENS)
# "twenty-five", "one hundred and twenty", "three thousand", "seventeen"
_WORD_NUMBER = (
    rf"(?:(?:{_WORD_UNITS}|{_WORD_TENS}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNITS}))?"
    rf"|\s+(?:and\s+)?(?:{_WORD_UNITS}))?"
    rf"|(?:{_WORD_TENS})(?:[- ](?:{_WORD_UNITS}))?"
    rf"|(?:{_WORD_UNITS}))"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, dict[str, int]], re.Pattern[str] | None]:
    lex = lexicon()
    qualifiers: dict[str, str] = lex["qualifiers"]
    vague: dict[str, dict[str, int]] = lex["vague_quantities"]
    qual = "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True))
    vag = "|".join(re.escape(v) for v in sorted(vague, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.,-])(?:(?P<qual>{qual})\s+)?"
        rf"(?:(?:(?P<lo>{_DIGITS})\s*[-–]\s*(?P<hi>{_DIGITS})"
        rf"|between\s+(?P<lo2>{_NUMBER})\s+(?:and|to)\s+(?P<hi2>{_NUMBER})"
        rf"|(?P<lo3>{_NUMBER})\s+(?:to|or)\s+(?P<hi3>{_NUMBER}))(?![\w-])"
        rf"|(?P<num>{_NUMBER})(?![\w-])(?!,\d)(?!\.\d)"
        rf"|(?P<vague>{vag})(?![\w-]))",
        re.IGNORECASE,
    )
    # A match begins with a qualifier, "between", a number (digits or words) or a vague amount: the pattern
    # is tried only where one of those begins.
    finder = word_start_finder([*qualifiers, *vague, "between", *_UNITS, *_TENS], digits=True)
    return pattern, qualifiers, vague, finder


def parse_number(words: str) -> int | None:
    """The value of a number written in digits or English words ("twenty-five", "1,200", "a hundred")."""
    w = fold(words.strip()).replace(",", "")
    if w.isdigit():
        return int(w)
    total, current = 0, 0
    for token in re.split(r"[\s-]+", w):
        if token == "and" or not token:
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            current = max(current, 1) * _SCALES[token]
            if token == "thousand":
                total, current = total + current, 0
        else:
            return None
    return total + current


def _bounds(value: int, kind: str | None) -> tuple[int, int]:
    if kind == "above":
        return value + 1, value + max(2, value // 4)
    if kind == "below":
        return max(value - max(1, value // 10), 0), value
    if kind == "approx":
        return max(value - max(1, value // 10), 0), value + max(1, value // 10)
    if kind == "ceiling":
        return min(1, value), value
    return value, value


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in text, in order. Years, clock times, ordinals and ages are left out."""
    pattern, qualifiers, vague, finder = _patterns()
    out: list[Quantity] = []
    for m in finditer_at(pattern, text, finder):
        before = text[max(0, m.start() - 24):m.start()]
        if ("no" in before or "No" in before or "either" in before) and _NONE_OF.search(before):
            continue  # "None of the 12 people inside were injured", "Not one person was hurt": nobody
        qual = m.group("qual")
        kind = qualifiers.get(fold(qual)) if qual else None
        if m.group("vague"):
            v = vague[fold(m.group("vague"))]
            value, low, high = v["value"], v["low"], v["high"]
        elif m.group("num"):
            raw = m.group("num")
            if _looks_like_year_or_time(text, m.start("num"), m.end("num"), raw):
                continue
            value = parse_number(raw)
            if value is None or (value == 1 and _NO_ONE.search(text, max(0, m.start("num") - 4), m.start("num"))):
                continue  # "No one was killed", "no-one has been arrested": nobody
            low, high = _bounds(value, kind)
        else:
            raw_lo = m.group("lo") or m.group("lo2") or m.group("lo3")
            raw_hi = m.group("hi") or m.group("hi2") or m.group("hi3")
            lo, hi = parse_number(raw_lo), parse_number(raw_hi)
            if lo is None or hi is None or hi <= lo or _looks_like_year_or_time(text, m.start(), m.end(), raw_lo):
                continue
            value, low, high = lo, lo, hi
        out.append(Quantity(Span(m.start(), m.end(), m.group()), value, low, high, fold(qual) if qual else None))
    return out


_NO_ONE = re.compile(r"\b[Nn]o[\s-]$")
# ("Khan was not among the seven people injured": seven were)
_NONE_OF = re.compile(r"\b(?:(?:[Nn]one|[Nn]either|[Nn]o\s+one|[Nn]obody)\s+(?:(?:of|among)\s+)?"
                      r"(?:(?:the|these|those|its|their|his|her)\s+)?|[Nn]ot\s+)$")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# "Murad, 20, of Jessore", "Holt Jr., 27,", "a teen boy, 15, was shot"
_AGE = re.compile(r"(?:[A-Z][a-z]+|\b(?:Jr|Sr)\.|\b(?:II|III|IV)|\b(?i:boy|girl|man|woman|teen|teenager|son|daughter|"
                  r"mother|father|brother|sister|wife|husband|child|toddler|victim|suspect|shooter|gunman|driver|"
                  r"student|resident|friend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|"
                  r"grandfather|girlfriend|boyfriend)),\s*$")
# an age after a full name, with no comma after it: "Darrell Hawkins, 34 who were shot", "Ali Khan, 34 and"
_FULL_NAME_AGE = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+,\s*$")
_AFTER_AGE = re.compile(r"\s+(?:who|and|was|were|is|are|had|has|died)\b")
# the emergency number: "a 911 call", "called 911", "the 911 dispatcher"
_EMERGENCY_AFTER = re.compile(r"[\s-]*(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|emergency|line|hang-?ups?)\b",
                              re.IGNORECASE)
_EMERGENCY_BEFORE = re.compile(r"\b(?:called|call|calling|calls|dial(?:l)?ed|dial|dialing|dialling|to)\s+$", re.IGNORECASE)
_AGED = re.compile(r"\b(?:aged|age)\s+$", re.IGNORECASE)  # "a man, aged 34,"
_BEFORE_DAY = re.compile(rf"{_MONTH}\.?\s+$", re.IGNORECASE)
_AFTER_NOT_COUNT = re.compile(rf"\s+(?:of\s+)?{_MONTH}\b|\s*(?:-|\s)?(?:year|yr|month|week|day|hour|minute)s?[- ]old|\s*(?:st|nd|rd|th)\b|\s*%"
                              r"|\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|UTC)\b|:\d", re.IGNORECASE)


# "two teenagers, 16 and 17 years old": the first of two ages
_AGES_AFTER = re.compile(r"\s+(?:and|or|to)\s+\d{1,2}\s*(?:-|\s)?years?[- ]old\b", re.IGNORECASE)


def _looks_like_year_or_time(text: str, start: int, end: int, raw: str) -> bool:
    """A year (1990-2039 in digits), a clock time, an age ("12-year-old"), an ordinal or the emergency number is
    no count."""
    if raw.isdigit() and len(raw) == 4 and (1900 <= int(raw) <= 2099 or text[max(0, start - 3):start].lower() == "at "):
        return True
    if _AFTER_NOT_COUNT.match(text, end) or _AGES_AFTER.match(text, end):
        return True
    if start > 0 and text[start - 1] in ":/$£€#":
        return True
    before = text[max(0, start - 40):start]
    if before.rstrip().endswith(","):  # an age after a name or a person: "Murad, 20, of Jessore"
        if text.startswith(",", end) and _AGE.search(before):
            return True
        if raw.isdigit() and _AFTER_AGE.match(text, end) and _FULL_NAME_AGE.search(before):
            return True
    if raw == "911" and (_EMERGENCY_AFTER.match(text, end) or _EMERGENCY_BEFORE.search(text, max(0, start - 12), start)):
        return True
    if _AGED.search(text, max(0, start - 12), start):
        return True
    return bool(_BEFORE_DAY.search(text, max(0, start - 12), start))
