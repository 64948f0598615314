"""Country codes, names and regions for the exports (ISO 3166 via pycountry, regions from knowledge/regions.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

REGIONS_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "regions.yaml"

ACLED_REGIONS = (
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
    "Southeast Asia", "East Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
    "South America", "Caribbean", "North America", "Oceania",
)


@dataclass(frozen=True, slots=True)
class Country:
    """One country as the exports need it."""

    alpha2: str
    alpha3: str
    numeric: int | None  # ISO 3166-1 numeric; None where ISO assigns none (Kosovo)
    name: str  # ACLED's spelling
    acled_region: str
    ucdp_region: str


# Kosovo has no ISO 3166-1 entry; XK/XKX are the codes in common use (EU, IMF, ACLED's files).
_KOSOVO = ("XK", "XKX", None)


@dataclass(frozen=True, slots=True)
class _Tables:
    acled: dict[str, str]
    ucdp: dict[str, str]
    names: dict[str, str]
    by_name: dict[str, str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    with REGIONS_FILE.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    acled: dict[str, str] = {}
    for region, codes in raw["acled"].items():
        if region not in ACLED_REGIONS:
            raise ValueError(f"{REGIONS_FILE}: {region!r} is not an ACLED region")
        for code in codes.split():
            if code in acled:
                raise ValueError(f"{REGIONS_FILE}: {code} is listed in {acled[code]!r} and {region!r}")
            acled[code] = region
    ucdp = {code: raw["ucdp"][region] for code, region in acled.items()}
    ucdp.update({str(k): str(v) for k, v in (raw.get("ucdp_overrides") or {}).items()})
    names = {str(k): str(v) for k, v in (raw.get("names") or {}).items()}
    by_name = {name.casefold(): code for code, name in names.items()}
    by_name.update({str(k).casefold(): str(v) for k, v in (raw.get("aliases") or {}).items()})
    return _Tables(acled, ucdp, names, by_name)


@lru_cache(maxsize=1024)
def country_by_code(code: str) -> Country | None:
    """The country for an ISO alpha-2, alpha-3 or numeric code (case-insensitive); None if unknown."""
    code = code.strip().upper()
    if not code:
        return None
    if code in ("XK", "XKX"):
        alpha2, alpha3, numeric = _KOSOVO
    else:
        if code.isdigit():
            rec = pycountry.countries.get(numeric=code.zfill(3))
        elif len(code) == 2:
            rec = pycountry.countries.get(alpha_2=code)
        elif len(code) == 3:
            rec = pycountry.countries.get(alpha_3=code)
        else:
            rec = None
        if rec is None:
            return None
        alpha2, alpha3, numeric = rec.alpha_2, rec.alpha_3, int(rec.numeric)
    t = _tables()
    if alpha2 in t.names:
        name = t.names[alpha2]
    else:
        rec = pycountry.countries.get(alpha_2=alpha2)
        name = getattr(rec, "common_name", None) or rec.name
    return Country(alpha2, alpha3, numeric, name, t.acled.get(alpha2, ""), t.ucdp.get(alpha2, ""))


@lru_cache(maxsize=1024)
def country_by_name(name: str) -> Country | None:
    """The country for a name ("Pakistan", "Ivory Coast", "Congo, The Democratic Republic of the")."""
    key = name.strip()
    if not key:
        return None
    code = _tables().by_name.get(key.casefold())
    if code is None:
        try:
            code = pycountry.countries.lookup(key).alpha_2
        except LookupError:
            return None
    return country_by_code(code)


def resolve_country(iso: str | int | None, name: str | None) -> Country | None:
    """The country an event names: by its code first (alpha-2/alpha-3/numeric), else by its name."""
    if iso not in (None, ""):
        found = country_by_code(str(iso))
        if found is not None:
            return found
    return country_by_name(name) if name else None
