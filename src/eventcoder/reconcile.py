"""Reconcile claims into UCDP-style low/best/high estimates and report where sources contradict each other."""

from __future__ import annotations

from collections import defaultdict

from eventcoder.model import Claim, Estimate, Finding


def statements(claims: list[Claim], indexes: list[int]) -> dict[tuple[int, str | None], tuple[int, int, int, list[int]]]:
    """Per sentence and source, the counts it states for one group, added up: "5 FC personnel and 1 officer
    were killed" states 6, and so does "5 were killed. 1 officer was also killed" (an added count joins
    the statement of the same group just before it, a sentence or two back). Values are (count, low,
    high, claim indexes)."""
    out: dict[tuple[int, str | None], tuple[int, int, int, list[int]]] = {}
    last: tuple[int, str | None] | None = None
    group = set(indexes)
    for i in sorted(indexes):
        c = claims[i]
        follows = last is not None and c.sentence - last[0] <= 2 and _previous_counted(claims, i, c.outcome) in group \
            and claims[out[last][3][-1]].words.lower() != c.words.lower()  # the same words again restate, not add
        key = last if c.additive and follows else (c.sentence, c.source)
        last = key
        count, low, high, members = out.get(key, (0, 0, 0, []))
        if any(_restates(c, claims[j]) for j in members):  # "Five shot in Trenton ... left five people injured"
            out[key] = (count, low, high, [*members, i])
            continue
        out[key] = (count + c.count, low + c.low, high + c.high, [*members, i])
    return out


# words that name no one in particular: a count with only these says the same as the count alone
_ANYONE = frozenset({"people", "persons", "individuals"})


def _restates(c: Claim, earlier: Claim) -> bool:
    """Whether a count says again what an earlier one of its sentence said: the same number (of two or more; one
    person said so may be another: "a 25-year-old was shot ...; and a 25-year-old was shot") of no one in
    particular ("Five", "five people"), or in the same words (one person only counted with "one")."""
    if c.count != earlier.count or c.joined or c.additive:
        return False
    a, b = c.words.lower().split(), earlier.words.lower().split()
    if c.count < 2:  # one person restated only in the same counted words: "one student was killed ..., killing one student"
        return a == b and a[0] in ("one", "1")
    return a == b or (len(a) <= 2 and len(b) <= 2 and set(a[1:]) <= _ANYONE and set(b[1:]) <= _ANYONE)


def _previous_counted(claims: list[Claim], i: int, outcome: str) -> int | None:
    """The index of the last claim before i of the same outcome that is not part of another."""
    for j in range(i - 1, -1, -1):
        if claims[j].part_of is None and claims[j].outcome == outcome:
            return j
    return None


def group_claims(claims: list[Claim], default_date: str | None = None, only: list[int] | None = None,
                 by_date: bool = True) -> dict[tuple[str, str, str | None], list[int]]:
    """Claims that speak of the same thing: same outcome, same victims, same day (unless by_date is False).
    Claims restating part of another (part_of) and background history are left out; `only` limits the
    grouping to some claims."""
    groups: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    for i in range(len(claims)) if only is None else only:
        c = claims[i]
        if c.part_of is not None or c.background:
            continue
        groups[(c.outcome, c.victims, (c.date or default_date) if by_date else None)].append(i)
    return groups


def estimate(claims: list[Claim], outcome: str, victims: str, indexes: list[int]) -> Estimate:
    """Low, best and high over the statements of one group; a contradiction when sources disagree."""
    stated = statements(claims, indexes)
    counts = sorted(v[0] for v in stated.values())
    low = min(v[1] for v in stated.values())
    high = max(v[2] for v in stated.values())
    best = counts[(len(counts) - 1) // 2]
    low, high = min(low, best), max(high, best)
    by_source: dict[str | None, set[int]] = defaultdict(set)
    for (_, source), v in stated.items():
        by_source[source].add(v[0])
    contradiction = len(by_source) > 1 and len({c for v in by_source.values() for c in v}) > 1
    return Estimate(outcome, victims, low, best, high, sorted(indexes), contradiction)


def reconcile(claims: list[Claim], default_date: str | None = None) -> tuple[list[Estimate], list[Finding]]:
    """Estimates per outcome, victim group and day, and a finding for each contradiction between sources."""
    estimates: list[Estimate] = []
    findings: list[Finding] = []
    for (outcome, victims, _day), indexes in group_claims(claims, default_date).items():
        est = estimate(claims, outcome, victims, indexes)
        estimates.append(est)
        if est.contradiction:
            parts = "; ".join(
                f"{claims[i].count} according to {claims[i].source or 'the report'}" for i in indexes
            )
            first = claims[indexes[0]]
            findings.append(Finding(
                kind="contradiction",
                message=f"Sources disagree on {victims} {outcome}: {parts}.",
                text=first.words, start=first.start, end=first.end,
            ))
    return estimates, findings
