"""Knowledge as data: lexicons, gazetteer, actors. Loaded once, extendable by users."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where installed: the same data, faster


@cache
def load_yaml(name: str) -> Any:
    """Load a YAML data file shipped in eventcoder/knowledge (cached: the caller must not change it)."""
    with resources.files("eventcoder.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 (a safe loader)


def load_csv_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file shipped in eventcoder/knowledge, by its header, its "#" comment lines skipped."""
    with resources.files("eventcoder.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def lexicon() -> dict[str, Any]:
    """The casualty lexicon (knowledge/lexicon.yaml)."""
    return load_yaml("lexicon.yaml")
