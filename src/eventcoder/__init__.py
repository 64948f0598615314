"""eventcoder: offline, fast event coding of conflict reporting into ACLED/UCDP rows with sourced claims."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcoder.model import Report

__version__ = "0.1.0"
__all__ = ["code", "__version__"]


def code(text: str, published: date | str | None = None, id: str = "doc") -> Report:
    """Code one news text into a Report (events, claims, places, estimates, findings).

    `published` (a date or ISO string) anchors relative dates such as "Saturday"; a leading dateline in the
    text is used when it is not given.
    """
    from eventcoder.pipeline import code as _code

    return _code(text, published=published, id=id)
