"""Finding the mentions that fall inside a stretch of text without scanning them all (long reports have
thousands of mentions and sentences)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class _HasSpan(Protocol):
    @property
    def span(self) -> object: ...


T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Mentions (anything with .span.start) kept in text order, looked up by character range."""

    __slots__ = ("items", "starts")

    def __init__(self, items: Sequence[T]) -> None:
        self.items = sorted(items, key=lambda m: m.span.start)  # type: ignore[attr-defined]
        self.starts = [m.span.start for m in self.items]  # type: ignore[attr-defined]

    def within(self, start: int, end: int) -> list[T]:
        """The mentions that begin in [start, end)."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]
