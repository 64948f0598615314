"""Tolls a headline gives where the text gives none: "4 injured in shooting at a cook-out" over an article whose
body (a video page, a follow-up about the suspect) never counts the wounded."""

from __future__ import annotations

from eventcoder.claims import extract_claims
from eventcoder.headline_grammar import as_sentence
from eventcoder.model import Claim, Event, Finding
from eventcoder.recognize.quantities import find_quantities
from eventcoder.text import split_sentences

HEADLINE = "headline"  # the qualifier of a claim read from the headline (its start and end index the title)
_TOLLS = ("killed", "injured")


def headline_claims(title: str, claims: list[Claim]) -> list[Claim]:
    """The headline's counts of the killed or injured, for each outcome the text's own claims never count, to
    be appended to `claims` (their part_of indexes point into the combined list)."""
    told = {c.outcome for c in claims if not c.background}
    wanted = [o for o in _TOLLS if o not in told]
    if not wanted or not title.strip():
        return []
    sentence, index = as_sentence(title)
    found, _ = extract_claims(sentence, split_sentences(sentence), find_quantities(sentence), [], [], [], [])
    keep = [i for i, c in enumerate(found) if c.outcome in wanted and not c.background]
    moved = {old: len(claims) + new for new, old in enumerate(keep)}
    out: list[Claim] = []
    for i in keep:
        c = found[i]
        c.part_of = moved.get(c.part_of) if c.part_of is not None else None
        c.qualifier, c.sentence = HEADLINE, -1
        c.start, c.end = index[c.start], index[c.end - 1] + 1 if c.end > c.start else index[c.start]
        c.text, c.words = title, title[c.start:c.end].strip()
        out.append(c)
    return out


def add_headline_tolls(events: list[Event], claims: list[Claim], first: int) -> list[Finding]:
    """Give the report's main event the headline's tolls (claims[first:]), with a finding for each outcome."""
    added = [i for i in range(first, len(claims)) if claims[i].qualifier == HEADLINE]
    if not events or not added:
        return []
    event = events[0]
    findings: list[Finding] = []
    for outcome in _TOLLS:
        own = [i for i in added if claims[i].outcome == outcome]
        counted = [claims[i] for i in own if claims[i].part_of is None]
        if not counted:
            continue
        total = sum(c.count for c in counted)
        if outcome == "killed":
            event.fatalities, event.best = total, total
            event.low, event.high = sum(c.low for c in counted), sum(c.high for c in counted)
            for c in counted:
                if c.victims == "civilians":
                    event.deaths_civilians += c.count
                else:
                    event.deaths_unknown += c.count
        else:
            event.injured = total
        event.claims = sorted({*event.claims, *own})
        words = "; ".join(dict.fromkeys(c.words for c in counted))
        findings.append(Finding(kind=HEADLINE, message=(
            f"The text gives no count of the {outcome}: the event's {total} comes from the headline "
            f"('{words}')."), text=words))
    return findings
