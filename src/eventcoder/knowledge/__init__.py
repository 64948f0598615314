"""Knowledge as data: lexicons, gazetteer, actors. Loaded once, extendable by users."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(name: str) -> Any:
    """Load a YAML data file shipped in eventcoder/knowledge (cached)."""
    with resources.files("eventcoder.knowledge").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def lexicon() -> dict[str, Any]:
    """The casualty lexicon (knowledge/lexicon.yaml)."""
    return load_yaml("lexicon.yaml")
