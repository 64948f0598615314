"""Writing rows of a fixed column set as CSV, the way every CSV export here does."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any


def write_rows(rows: Iterable[dict[str, Any]], fh: IO[str], columns: Sequence[str], header: bool = True) -> int:
    """Write rows as CSV in `columns` order (header first unless `header=False`); returns the rows written.

    Missing values (None) are written as empty cells; keys outside the columns are an error."""
    writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
    if header:
        writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n
