"""What the cues that name a state say together (telephone numbers' area codes, television stations, hospitals):
the one state they all name, and where the report first gives one. Each cue found is a hit: (start, end,
(country, state))."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["Hit", "first_of_one_state", "one_state"]

Hit = tuple[int, int, tuple[str, str]]


def one_state(hits: Iterable[Hit]) -> tuple[str, str] | None:
    """The one state the hits name, if they name one only (hits of two states say nothing)."""
    states = {state for _, _, state in hits}
    return next(iter(states)) if len(states) == 1 else None


def first_of_one_state(hits: Sequence[Hit]) -> tuple[int, int] | None:
    """Where the first hit lies (start, end), when the hits name one state only (for a finding to quote)."""
    return (min(hits)[:2]) if hits and one_state(hits) is not None else None
