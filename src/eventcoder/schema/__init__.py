"""The published JSON Schema (draft 2020-12) of a report, and a validator that also checks cross-references."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_FILE = Path(__file__).resolve().parent / "report.schema.json"


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    with SCHEMA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


def load_schema() -> dict[str, Any]:
    """The report schema as a dict (a fresh copy: callers may change it)."""
    return copy.deepcopy(_schema())


@lru_cache(maxsize=1)
def _validator() -> Any:
    try:
        import jsonschema
    except ImportError as exc:  # a dev dependency only
        raise RuntimeError(
            "validating reports needs the jsonschema package, a development dependency: "
            "pip install 'eventcoder[dev]' (or pip install jsonschema)"
        ) from exc
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _where(path: Any) -> str:
    return "/".join(str(p) for p in path) or "(report)"


def _reference_errors(d: dict[str, Any]) -> list[str]:
    """What JSON Schema cannot say: ranges in order and indexes that point at something."""
    errors: list[str] = []
    claims = d.get("claims") or []
    n = len(claims)
    for i, c in enumerate(claims):
        # count is the figure as stated and may sit outside the range it allows ("more than 20": 20, 21-25)
        if c["low"] > c["high"]:
            errors.append(f"claims/{i}: low {c['low']} is above high {c['high']}")
        if c["start"] > c["end"]:
            errors.append(f"claims/{i}: start {c['start']} is after end {c['end']}")
        if c["part_of"] is not None and not (0 <= c["part_of"] < n and c["part_of"] != i):
            errors.append(f"claims/{i}/part_of: {c['part_of']} is not another claim's index (0..{n - 1})")
    for key in ("events", "estimates"):
        for i, item in enumerate(d.get(key) or []):
            bad = [j for j in item["claims"] if j >= n]
            if bad:
                errors.append(f"{key}/{i}/claims: {bad} point past the {n} claims")
            if not item["low"] <= item["best"] <= item["high"]:
                errors.append(f"{key}/{i}: low <= best <= high fails ({item['low']}, {item['best']}, {item['high']})")
    for i, e in enumerate(d.get("events") or []):
        if (e["latitude"] is None) != (e["longitude"] is None):
            errors.append(f"events/{i}: latitude and longitude must be given together")
    return errors


def validate_report(d: dict[str, Any]) -> list[str]:
    """Problems with one report dict (Report.to_dict() output): schema errors, then cross-reference errors.

    An empty list means the report is valid. Needs jsonschema (a development dependency); raises
    RuntimeError naming the fix when it is missing.
    """
    validator = _validator()
    errors = [
        f"{_where(err.absolute_path)}: {err.message}"
        for err in sorted(validator.iter_errors(d), key=lambda e: [str(p) for p in e.absolute_path])
    ]
    if errors:
        return errors  # cross-references assume the shapes the schema checks
    return _reference_errors(d)
