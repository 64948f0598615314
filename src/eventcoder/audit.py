"""Audit: impossible or inconsistent dates, dates after publication, and history recalled as background."""

from __future__ import annotations

import calendar
from collections import Counter

from eventcoder.model import Document, Finding, Sentence, TimeMention


def suggest_date(times: list[TimeMention]) -> str | None:
    """The day the report's weekdays point to ("Saturday's attacks", "on the weekend"), when they agree."""
    days = Counter(t.date for t in times if t.kind == "weekday" and t.date is not None)
    if not days:
        return None
    (day, n), *rest = days.most_common()
    if rest and rest[0][1] == n:
        return None
    return day.isoformat()


def audit(doc: Document, sentences: list[Sentence], times: list[TimeMention],
          background: list[Sentence]) -> list[Finding]:
    """Findings about the report's dates and history, each tied to the words that raised it."""
    findings: list[Finding] = []
    suggestion = suggest_date(times)
    for t in times:
        if t.impossible:
            why = "that day does not exist"
            findings.append(Finding(
                kind="impossible_date",
                message=f"'{t.span.text}' cannot be a date ({why})"
                + (f"; the report's weekdays point to {suggestion}." if suggestion else "."),
                text=t.span.text, start=t.span.start, end=t.span.end, suggested_date=suggestion,
            ))
        elif t.kind == "absolute" and t.date and doc.published and t.date > doc.published:
            findings.append(Finding(
                kind="date_after_publication",
                message=f"'{t.span.text}' ({t.date.isoformat()}) is after the publication date "
                f"{doc.published.isoformat()}.",
                text=t.span.text, start=t.span.start, end=t.span.end,
            ))
    findings.extend(_weekday_mismatches(doc, times))
    for s in background:
        findings.append(Finding(
            kind="background",
            message="History recalled by the report; not coded as a new event.",
            text=doc.text[s.start:s.end], start=s.start, end=s.end,
        ))
    return findings


def _weekday_mismatches(doc: Document, times: list[TimeMention]) -> list[Finding]:
    """'On Saturday, 3 May 2020' when 3 May 2020 was a Sunday."""
    out = []
    for a, b in zip(times, times[1:], strict=False):
        pair = (a, b) if a.kind == "weekday" else (b, a)
        weekday, absolute = pair
        if weekday.kind != "weekday" or absolute.kind != "absolute" or absolute.date is None:
            continue
        if abs(b.span.start - a.span.end) > 4 or absolute.date.weekday() == weekday.weekday:
            continue
        out.append(Finding(
            kind="inconsistent_date",
            message=f"'{weekday.span.text}' and '{absolute.span.text}' disagree: "
            f"{absolute.date.isoformat()} was a {calendar.day_name[absolute.date.weekday()]}.",
            text=doc.text[min(a.span.start, b.span.start):max(a.span.end, b.span.end)],
            start=min(a.span.start, b.span.start), end=max(a.span.end, b.span.end),
            suggested_date=absolute.date.isoformat(),
        ))
    return out
