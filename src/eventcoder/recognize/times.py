"""Time expressions read against the publication date: dates, weekdays, relative days, periods and the past."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventcoder.model import Span, TimeMention
from eventcoder.text import finditer_at, fold, word_start_finder

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # a weekday's name, as written
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SMALL = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3}

# Every alternative of _PATTERN begins with a digit, "mid" or one of _STARTS (keep them in step): the pattern
# is tried only there.
_STARTS = (
    *_MONTHS, *_WEEKDAYS, "in", "early", "late", "the", "last", "this", "over", "yesterday", "today", "tonight",
    "earlier", "one", "two", "three", "four", "five", "six", "seven", "a", "several", "during", "for", "past",
    "previous", "year", "years",
)
_FINDER = word_start_finder(_STARTS, digits=True, prefixes=("mid",))
_PATTERN = re.compile(
    rf"(?P<iso>\b{_YEAR}-[01]\d-[0-3]\d\b)"
    rf"|(?P<num>(?<![\d/.])(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)(?:/(?P<n3>(?:19|20)?\d\d)(?![\d/])|(?=\))))"
    rf"|(?P<dmy>\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?\b)"
    rf"|(?P<mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?!\d)(?:,?\s+(?P<y2>{_YEAR}))?\b)"
    rf"|(?P<my>\b(?:in\s+|early\s+|late\s+|mid-?)(?P<m3>{_MONTH})(?:\s+(?P<y3>{_YEAR}))?\b)"
    rf"|(?P<weekday>\b(?P<wd>{WEEKDAY})(?:'s)?\b)"
    r"|(?P<weekend>\b(?:the|last|this|over\s+the)\s+weekend\b)"
    r"|(?P<rel>\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night|earlier\s+today|late\s+last\s+night)\b)"
    r"|(?P<ago>\b(?P<n_ago>\d+|one|two|three|four|five|six|seven|a|several)\s+(?P<unit_ago>days?|weeks?)\s+ago\b)"
    r"|(?P<period>\b(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|previous)?\s*(?P<n_per>\d+|one|two|three|four"
    r"|five|six|seven|several)\s+(?P<unit_per>days?|weeks?|hours?)\b)"
    rf"|(?P<lastyear>\b(?:last|past|previous)\s+year\b|\byears?\s+ago\b|\bin\s+recent\s+years\b|\bin\s+(?P<y4>{_YEAR})\b)",
    re.IGNORECASE,
)


# "authorities said Sunday": the day words were spoken, not the day of the event
# ("said during a news briefing late Tuesday"; "was listed Tuesday in critical condition", "in stable condition
# Monday": the day of a hospital's word)
_SPOKEN_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|confirmed|added|stated|briefing|news\s+conference"
                            r"|press\s+conference|update|listed|condition)\s+(?:on\s+|late\s+|early\s+)?$")
# "Authorities Saturday said": the day before the verb of saying
_SPOKEN_AFTER = re.compile(r"\s+(?:said|say|announced|confirmed|told|reported|identified|named)\b")


# "was charged Tuesday in the shooting", "arraigned on Monday", "was remembered Friday": the day of a court's, the
# police's or the mourners' act, not of a killing
_CHARGED_BEFORE = re.compile(r"\b(?:charged|arrested|apprehended|arraigned|indicted|sentenced|convicted|booked|jailed|detained|"
                             r"held|appeared(?:\s+in\s+court)?|pleaded\s+(?:guilty|not\s+guilty)|appearance|hearing|"
                             r"remembered|mourned|buried|laid\s+to\s+rest|vigil|funeral)"
                             r"(?:\s+(?:him|her|them|(?:a|the)\s+(?:suspect|man|woman|teen|teenager|juvenile|gunman|shooter)))?"
                             r"\s+(?:on\s+|late\s+|early\s+)?$",
                             re.IGNORECASE)


def when_charged(text: str, t: TimeMention) -> bool:
    """True for the day someone was arrested, charged or tried, or a victim mourned ("was charged Tuesday with
    murder", "was remembered Friday")."""
    return _CHARGED_BEFORE.search(text, max(0, t.span.start - 50), t.span.start) is not None


def when_spoken(text: str, t: TimeMention) -> bool:
    """True for the day a statement was made ("police said Sunday", "told reporters on Monday")."""
    return _SPOKEN_BEFORE.search(text, max(0, t.span.start - 30), t.span.start) is not None \
        or (t.kind == "weekday" and _SPOKEN_AFTER.match(text, t.span.end) is not None)


# "on hunger strike since February 17", "a party going on since Friday night": when an ongoing action began
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def when_begun(text: str, t: TimeMention) -> bool:
    """True for the day an ongoing action began ("a sit-in since Tuesday"), not the day the report tells of."""
    return _SINCE.search(text, max(0, t.span.start - 12), t.span.start) is not None


# after a story's filing date: "Sunamganj, Jan 2 (UNB) —", "INDIANAPOLIS (July 3, 2015) –", "August 13, 2016
# (LAKE STEVENS, WA.) --"
_DATELINE_AFTER = re.compile(r"\)?\s*(?:\([A-Z][\w ,.]{1,30}\)\s*(?:--|—|–|:)?|--|—|–|:)")


def in_dateline(text: str, t: TimeMention) -> bool:
    """True for the date a story was filed, in its dateline ("Sunamganj, Jan 2 (UNB) —"): not an event's day."""
    return t.span.start < 40 and _DATELINE_AFTER.match(text, t.span.end) is not None


def filed_on(text: str, times: list[TimeMention]) -> date | None:
    """The day a story's dateline gives, written out in full, which days named by weekday are counted from."""
    return next((t.date for t in times if t.kind == "absolute" and isinstance(t.date, date)
                 and _WRITTEN_YEAR.search(t.span.text) and in_dateline(text, t)), None)


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def find_times(text: str, published: date | None) -> list[TimeMention]:
    """Every time expression in text, resolved against the publication date where one is needed."""
    out: list[TimeMention] = []
    for m in finditer_at(_PATTERN, text, _FINDER):
        mention = _resolve(m, published)
        if mention is not None:
            out.append(mention)
    return out


def _resolve(m: re.Match[str], published: date | None) -> TimeMention | None:
    span = Span(m.start(), m.end(), m.group())
    if m.group("num"):
        return _numeric(span, int(m.group("n1")), int(m.group("n2")), m.group("n3"), published)
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
        return _absolute(span, y, mo, d)
    if m.group("dmy") or m.group("mdy"):
        day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group())
        month = _MONTHS[fold(m.group("m1") or m.group("m2")).rstrip(".")]
        year_text = m.group("y1") or m.group("y2")
        year = int(year_text) if year_text else _infer_year(month, day, published)
        if year is None:
            return TimeMention(span, "absolute", None, impossible=not _valid(2000, month, day))
        return _absolute(span, year, month, day)
    if m.group("my"):
        month = _MONTHS[fold(m.group("m3")).rstrip(".")]
        year = int(m.group("y3")) if m.group("y3") else _infer_year(month, 1, published)
        if year is None:
            return None
        last = calendar.monthrange(year, month)[1]
        return TimeMention(span, "month", date(year, month, 1), date(year, month, last), year=year)
    if m.group("weekday"):
        wd = _WEEKDAYS[fold(m.group("wd"))]
        return TimeMention(span, "weekday", _last_weekday(published, wd), weekday=wd)
    if m.group("weekend"):
        return TimeMention(span, "weekday", _last_weekday(published, 5), weekday=5)
    if m.group("rel"):
        word = fold(m.group("rel"))
        back = 2 if "before yesterday" in word else 1 if ("yesterday" in word or "last night" in word) else 0
        return TimeMention(span, "relative", published - timedelta(days=back) if published else None)
    if m.group("ago"):
        n = _small(m.group("n_ago"))
        days = n * (7 if fold(m.group("unit_ago")).startswith("week") else 1)
        return TimeMention(span, "relative", published - timedelta(days=days) if published else None)
    if m.group("period"):
        n = _small(m.group("n_per"))
        unit = fold(m.group("unit_per"))
        days = n * 7 if unit.startswith("week") else (n if unit.startswith("day") else max(1, n // 24))
        start = published - timedelta(days=days - 1) if published else None
        return TimeMention(span, "period", start, published)
    if m.group("lastyear"):
        if m.group("y4"):
            year = int(m.group("y4"))
            if published is None or year >= published.year:
                return None
            return TimeMention(span, "past", year=year)
        year = published.year - 1 if published and "last" in fold(span.text) else None
        return TimeMention(span, "past", year=year)
    return None


def _numeric(span: Span, a: int, b: int, year_text: str | None, published: date | None) -> TimeMention | None:
    """'17/01', '12/25/2010': day/month or month/day, whichever is a real day nearest the publication date."""
    options = []
    for day, month in ((a, b), (b, a)):
        if not 1 <= month <= 12:
            continue
        if year_text:
            year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        else:
            year = _infer_year(month, day, published)
            if year is None:
                year = 2000
        if _valid(year, month, day):
            options.append(date(year, month, day))
    if not options:
        return None
    if published is not None:
        options.sort(key=lambda d: (d > published + timedelta(days=1), abs((published - d).days)))
    elif year_text is None:
        return None
    return TimeMention(span, "absolute", options[0], year=options[0].year)


def _small(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL.get(fold(word), 1)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _absolute(span: Span, year: int, month: int, day: int) -> TimeMention:
    if not (1 <= month <= 12) or not _valid(year, month, day):
        return TimeMention(span, "absolute", None, impossible=True, year=year)
    return TimeMention(span, "absolute", date(year, month, day), year=year)


def _infer_year(month: int, day: int, published: date | None) -> int | None:
    """The year of a day-and-month with no year: the publication year, or the one before for a later day."""
    if published is None:
        return None
    year = published.year
    if (month, min(day, 28)) > (published.month, published.day) and month - published.month > 1:
        year -= 1
    return year


def _last_weekday(published: date | None, weekday: int) -> date | None:
    """The latest day with that weekday on or before the publication date."""
    if published is None:
        return None
    return published - timedelta(days=(published.weekday() - weekday) % 7)
