"""The readable terminal report: events, then claims with their sources and words, then estimates and findings."""

from __future__ import annotations

from eventcoder.model import Claim, Event, Report

_BOLD, _DIM, _RED, _YELLOW, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[33m", "\x1b[0m"


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if self.color and s else s

    def head(self, s: str) -> str:
        return self._wrap(_BOLD, s)

    def dim(self, s: str) -> str:
        return self._wrap(_DIM, s)

    def alert(self, s: str) -> str:
        return self._wrap(_RED, s)

    def warn(self, s: str) -> str:
        return self._wrap(_YELLOW, s)


def _shorten(s: str, width: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _actor(name: str, inter: int | None) -> str:
    return f"{name} [{inter}]" if name and inter is not None else name


def _place(e: Event) -> str:
    parts = list(dict.fromkeys(p for p in (e.location, e.admin2, e.admin1, e.country) if p))
    out = ", ".join(parts) or "unknown place"
    if e.latitude is not None and e.longitude is not None:
        out += f" ({e.latitude:.4f}, {e.longitude:.4f})"
    if e.geo_precision is not None:
        out += f" geo_precision {e.geo_precision}"
    return out


def _event_lines(i: int, e: Event, st: _Style) -> list[str]:
    kind = " / ".join(p for p in (e.event_type, e.sub_event_type) if p) or "untyped event"
    number = f"  {i + 1}. "
    pad = " " * len(number)  # continuation lines line up under the date, whatever the number's width
    lines = [f"{number}{e.event_date or 'date unknown'}  {st.head(kind)}"]
    actors = _actor(e.actor1, e.inter1)
    if e.actor2:
        actors = f"{actors or '?'} vs {_actor(e.actor2, e.inter2)}"
    for assoc in (e.assoc_actor_1, e.assoc_actor_2):
        if assoc:
            actors += f" (with {assoc})"
    if actors:
        lines.append(f"{pad}actors: {actors}")
    lines.append(f"{pad}place: {_place(e)}")
    toll = f"{pad}fatalities: {e.fatalities}"
    if e.best or e.low or e.high:
        toll += f"  (low {e.low} · best {e.best} · high {e.high})"
    if e.injured is not None:
        toll += f"  injured: {e.injured}"
    lines.append(toll)
    if e.claims:
        lines.append(st.dim(f"{pad}claims: {', '.join(str(c) for c in e.claims)}"))
    return lines


def _claim_lines(i: int, c: Claim, st: _Style) -> list[str]:
    figure = str(c.count) if c.low == c.high == c.count else f"{c.count} ({c.low}-{c.high})"
    if c.qualifier:
        figure = f"{c.qualifier} {figure}"
    head = f"  [{i}] {figure} {c.outcome} · {c.victims}"
    extras = []
    if c.perpetrator:
        extras.append(f"by {c.perpetrator}")
    if c.place:
        extras.append(f"in {c.place}")
    if c.date:
        extras.append(f"on {c.date}")
    if extras:
        head += " " + " ".join(extras)
    tags = []
    if c.part_of is not None:
        tags.append(f"part of [{c.part_of}]")
    if c.background:
        tags.append("background")
    if tags:
        head += st.dim(f"  ({'; '.join(tags)})")
    source = c.source or "the report itself"
    words = c.words or c.text
    lines = [head, f"      source: {source}", f'      words: "{_shorten(words)}"  {st.dim(f"@{c.start}-{c.end}")}']
    if c.words and c.text and c.words != c.text:
        lines.append(st.dim(f'      sentence: "{_shorten(c.text)}"'))
    return lines


def render_text(report: Report, color: bool = False) -> str:
    """The report as plain text for a terminal; ANSI colour only when `color=True`."""
    st = _Style(color)
    title = f"Report {report.id}"
    if report.published:
        title += f" · published {report.published.isoformat()}"
    lines = [st.head(title)]
    if report.title:
        lines.append(f"  {report.title}")
    if report.url:
        lines.append(f"  {report.url}")
    if report.sources:
        lines.append(f"  sources: {'; '.join(report.sources)}")

    lines += ["", st.head(f"EVENTS ({len(report.events)})")]
    for i, e in enumerate(report.events):
        lines += _event_lines(i, e, st)
    if not report.events:
        lines.append("  none")

    lines += ["", st.head(f"CLAIMS ({len(report.claims)})")]
    for i, c in enumerate(report.claims):
        lines += _claim_lines(i, c, st)
    if not report.claims:
        lines.append("  none")

    lines += ["", st.head(f"ESTIMATES ({len(report.estimates)})")]
    for est in report.estimates:
        line = (f"  {est.outcome} · {est.victims}: low {est.low} · best {est.best} · high {est.high}"
                f"  (claims {', '.join(str(c) for c in est.claims) or '-'})")
        if est.contradiction:
            line += " " + st.alert("CONTRADICTION")
        lines.append(line)
    if not report.estimates:
        lines.append("  none")

    lines += ["", st.head(f"FINDINGS ({len(report.findings)})")]
    for f in report.findings:
        mark = st.alert if f.kind in ("contradiction", "impossible_date") else st.warn
        line = f"  - {mark(f.kind)}: {f.message}"
        if f.suggested_date:
            line += f" (suggested date {f.suggested_date})"
        lines.append(line)
        if f.text:
            where = f" @{f.start}-{f.end}" if f.start is not None else ""
            lines.append(f'      "{_shorten(f.text)}"{st.dim(where)}')
    if not report.findings:
        lines.append("  none")
    return "\n".join(lines) + "\n"
