"""The offline gazetteer: GeoNames places, admin units and countries, looked up by name.

The compiled artifact (knowledge/data/gazetteer.sqlite) is built on first use when missing. Lookups
go through an in-memory prefilter of name hashes, so a miss costs a bisect, not a query.

    >>> gaz = load_gazetteer()
    >>> [p.name for p in gaz.lookup("Quetta")][:1]
    ['Quetta']
"""

from __future__ import annotations

import array
import re
import sqlite3
import sys
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from eventcoder.knowledge import load_yaml
from eventcoder.knowledge.build_gazetteer import (
    ARTIFACT,
    ROMANCE_JOINER,
    SCHEMA_VERSION,
    SKELETON_MIN,
    VOWEL_LETTERS,
    build,
    extra_row,
    in_spelling_index,
    indic_folded,
    key_hash,
    name_keys,
    norm,
    read_extra_csv,
    skeleton,
    vowel_blind,
    without_article,
)
from eventcoder.model import Place

__all__ = ["Gazetteer", "cached_norm", "forget_registered_places", "letters_alike", "load_gazetteer", "register_places",
           "norm"]

# `norm` with a cache, for the recognisers that normalise the same words again and again
cached_norm = lru_cache(maxsize=200_000)(norm)

_MAX_CANDIDATES = 160
_ADMIN1_QUERY = (
    "SELECT p.id, p.name, p.country, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.gid, p.feature, p.pop, "
    "p.admin1_code FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? AND p.feature = 'admin1' "
    "AND p.cc = ? ORDER BY p.id DESC")
_QUERY = (
    "SELECT p.id, p.name, p.country, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.gid, p.feature, p.pop, "
    "p.admin1_code, n.main FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
    "ORDER BY (p.feature != 'populated') DESC, p.pop DESC LIMIT ?"
)

_PROVINCES_BEGINNING_QUERY = (
    "SELECT p.id, p.name, p.country, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.gid, p.feature, p.pop, "
    "p.admin1_code, n.key FROM names n JOIN places p ON p.id = n.place WHERE n.key > ? AND n.key < ? "
    "AND p.feature = 'admin1'")
_ALL_PROVINCES_QUERY = (
    "SELECT id, name, country, cc, admin1, admin2, lat, lon, gid, feature, pop, admin1_code FROM places "
    "WHERE feature = 'admin1'")
_PROVINCE_SPELLING_MIN = 7  # letters of a name for a province it misspells to be looked for
_PROVINCE_SPELLING_ALIKE = 0.85  # difflib's ratio of the two spellings ("bolochistan", "balochistan": 0.91)
_PROVINCE_QUERY = (
    "SELECT id, name, country, cc, admin1, admin2, lat, lon, gid, feature, pop, admin1_code FROM places "
    "WHERE cc = ? AND admin1 = ? AND feature IN ('populated', 'admin2') ORDER BY pop DESC"
)
_SKELETON_QUERY = (
    "SELECT p.id, p.name, p.country, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.gid, p.feature, p.pop, "
    "p.admin1_code FROM skeletons s JOIN places p ON p.id = s.place WHERE s.key = ? ORDER BY p.pop DESC LIMIT ?"
)


class Gazetteer:
    """Places by name, from the compiled artifact plus any user rows."""

    def __init__(self, path: str | Path = ARTIFACT) -> None:
        self.path = Path(path)
        if not self.path.exists() or not _current(self.path):
            print(f"eventcoder: building the gazetteer at {self.path} (once, about a minute)", file=sys.stderr)
            build(self.path, quiet=True)
        self._local = threading.local()
        self._hashes = self._meta_hashes("hashes")
        self._firsts = self._meta_hashes("firsts")
        self._skels = self._meta_hashes("skeletons")
        self._local_hashes: tuple[array.array, array.array] | None = None  # names, skeletons: read at first use
        self._local_hits: dict[str, tuple[tuple[Place, bool], ...]] = {}
        self._fuzzy: dict[str, tuple[tuple[Place, bool], ...]] = {}
        self._extra: dict[str, list[tuple[Place, bool]]] = {}
        self._cache: dict[str, tuple[tuple[Place, bool], ...]] = {}
        self._raw: dict[str, tuple[tuple[Place, bool], ...]] = {}
        self._first: dict[str, bool] = {}
        self._countries: dict[str, Place] | None = None
        self._capitals: dict[str, Place] | None = None
        self._admin1: dict[tuple[str, str], Place | None] = {}  # (country, name's key): read at first use
        self._provinces_by_first: dict[str, tuple[tuple[str, Place], ...]] = {}
        self._province_keys: tuple[tuple[str, Place], ...] | None = None  # every first-level unit by its name
        self.demonyms: dict[str, str] = _demonyms()

    def __reduce__(self):  # noqa: ANN204
        # Process pools (Dask, multiprocessing) get a fresh connection to the same file.
        return (_rebuild, (str(self.path), [(p, m) for rows in self._extra.values() for p, m in rows]))

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def has(self, key: str) -> bool:
        """Whether a normalised key may name a place (no false negatives)."""
        if key in self._extra:
            return True
        return _stored(self._hashes, key)

    def match(self, raw: str) -> tuple[tuple[Place, bool], ...]:
        """Candidates for a piece of text as written ("Dera Ismail Khan"), cached by the text."""
        hit = self._raw.get(raw)
        if hit is None:
            key = norm(raw)
            hit = self.candidates(key) if key and self.has(key) else ()
            if len(self._raw) > 200_000:
                self._raw.clear()
            self._raw[raw] = hit
        return hit

    def local(self, raw: str) -> tuple[tuple[Place, bool], ...]:
        """Villages and localities of national directories called `raw` (India Post's offices, Ukraine's
        settlements, these also by their spelling skeleton: "Dolomytne" for Dolomitne; India's offices also by
        the letters Indian English spellings share: "Thiruvanmiyur" for Tiruvanmiyur), each with whether its
        coordinates are its own (else its community's centre): places the extracts lack, to be read only where
        a report introduces the name as a place."""
        key = norm(raw)
        hit = self._local_hits.get(key)
        if hit is None:
            if self._local_hashes is None:  # most texts never look a village up: not read at load
                self._local_hashes = (self._meta_hashes("local_hashes"), self._meta_hashes("local_skeletons"))
            names, skeletons = self._local_hashes
            hit = self._local_rows("local_names", key, names)
            if not hit and len(key.replace(" ", "")) >= 6 and len(skel := skeleton(raw)) >= SKELETON_MIN:
                hit = self._local_rows("local_skeletons", skel, skeletons) \
                    or self._local_rows("local_skeletons", indic_folded(key), skeletons)
            if len(self._local_hits) > 100_000:
                self._local_hits.clear()
            self._local_hits[key] = hit
        return hit

    def _local_rows(self, table: str, key: str, hashes: array.array) -> tuple[tuple[Place, bool], ...]:
        if not _stored(hashes, key):
            return ()
        rows = self._con().execute(
            f"SELECT p.name, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.precise FROM {table} n "  # noqa: S608
            "JOIN local_places p ON p.id = n.place WHERE n.key = ? LIMIT ?", (key, _MAX_CANDIDATES)).fetchall()
        return tuple((Place(name=r[0], country=self._country_name(r[1]), country_code=r[1], admin1=r[2],
                            admin2=r[3], latitude=r[4], longitude=r[5]), bool(r[6])) for r in rows)

    def _meta_hashes(self, key: str) -> array.array:
        """A sorted array of name hashes the build stored in the meta table."""
        out = array.array("I")
        out.frombytes(self._con().execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()[0])
        return out

    def _country_name(self, code: str) -> str:
        country = self.country(code)
        return country.country if country else code

    def match_spelling(self, raw: str) -> tuple[tuple[Place, bool], ...]:
        """Towns and districts whose name is spelt otherwise: with two neighbouring letters swapped ("Kolhu" for
        Kohlu, `_transposed`) or a letter written double ("Kabbal" for Kabal: names too short for skeletons), else
        the same spelling skeleton and 80% of the letters in common ("Gawadar" for Gwadar); cached by the text.
        Never main names."""
        hit = self._fuzzy.get(raw)
        if hit is None:
            hit = ()
            name = norm(raw)
            if len(name) >= 5:  # before other spellings: two letters swapped ("Kolhu" is Kohlu, "Manshera"
                # Mansehra), else a letter written double or once ("Kabbal" is Kabal, "Muree" Murree)
                hit = self._main_names(_transposed(name)) or self._main_names(_double_letter_spellings(name))
            bare = ROMANCE_JOINER.sub(" ", name)
            if not hit and bare != name:  # "San Andres de Tuxtla": San Andres Tuxtla
                hit = self._main_names((bare,))
            keys = dict.fromkeys((skeleton(name), skeleton(without_article(name))))  # "Ash-Shajara"
            for key in keys:
                if hit:
                    break
                hit = self._skeleton_spellings(name, key)
            assimilated = skeleton(_article_assimilated(name))
            if assimilated not in keys and not any(p.feature == "populated" for p, _ in hit):
                # the town the other writing of the inner article finds ("Maarat al-Numan" is the town Ma'arrat an
                # Nu'man, not only its district Maarrat al-Numan)
                hit += tuple(c for c in self._skeleton_spellings(name, assimilated) if c[0].feature == "populated")
            if len(self._fuzzy) > 200_000:
                self._fuzzy.clear()
            self._fuzzy[raw] = hit
        return hit

    def _skeleton_spellings(self, name: str, key: str) -> tuple[tuple[Place, bool], ...]:
        """The towns and districts of spelling skeleton `key` whose names are spelt like `name` (`_spelt_alike`)."""
        if len(key) < SKELETON_MIN or len(name.replace(" ", "")) < 6 or not _stored(self._skels, key):
            return ()
        rows = self._con().execute(_SKELETON_QUERY, (key, 200)).fetchall()  # a key has < 150
        return tuple((_place(r), False) for r in rows if _spelt_alike(name, norm(r[1]), r[3]))

    def _main_names(self, keys: Iterable[str]) -> tuple[tuple[Place, bool], ...]:
        """The towns and districts of the spelling index whose own name is one of `keys`, as spelling readings."""
        return tuple((p, False) for key in keys if _stored(self._hashes, key) for p, main in self.candidates(key)
                     if main and in_spelling_index(p.feature, p.population, p.geonames_id))

    def starts(self, raw: str) -> bool:
        """Whether a word as written may begin a place name, cached by the word."""
        hit = self._first.get(raw)
        if hit is None:
            key = norm(raw)
            hit = self.starts_name(key.split(" ", 1)[0]) if key else False
            if len(self._first) > 200_000:
                self._first.clear()
            self._first[raw] = hit
        return hit

    def starts_name(self, word: str) -> bool:
        """Whether a normalised word may be the first word of a place name (no false negatives)."""
        if self._extra and any(k.split(" ", 1)[0] == word for k in self._extra):
            return True
        return _stored(self._firsts, word)

    def candidates(self, key: str) -> tuple[tuple[Place, bool], ...]:
        """(place, is-main-name) for a normalised key: admin units first, then by population."""
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        out: list[tuple[Place, bool]] = list(self._extra.get(key, ()))
        if _stored(self._hashes, key):
            for r in self._con().execute(_QUERY, (key, _MAX_CANDIDATES)):
                out.append((_place(r), bool(r[12])))
        res = tuple(out)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = res
        return res

    def lookup(self, name: str) -> list[Place]:
        """Places a name may refer to (any spelling GeoNames knows), admin units first."""
        return [p for p, _ in self.candidates(norm(name))]

    def country(self, code: str) -> Place | None:
        """The country entry (at its capital) for an ISO 3166-1 alpha-2 code."""
        if self._countries is None:
            rows = self._con().execute(
                "SELECT id, name, country, cc, admin1, admin2, lat, lon, gid, feature, pop, admin1_code "
                "FROM places WHERE feature = 'country'")
            self._countries = {r[3]: _place(r) for r in rows}
        return self._countries.get(code.upper())

    def capital(self, code: str) -> Place | None:
        """The capital city of a country (the populated place its country entry stands at), if known."""
        if self._capitals is None:  # one pass over the table, on first use
            rows = self._con().execute(
                "SELECT p.id, p.name, p.country, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.gid, p.feature, p.pop, "
                "p.admin1_code FROM places c CROSS JOIN places p ON p.cc = c.cc AND p.lat = c.lat AND p.lon = c.lon "
                "WHERE c.feature = 'country' AND p.feature = 'populated' ORDER BY p.pop")  # countries first
            self._capitals = {r[3]: _place(r) for r in rows}  # the most populous last, so it stays
        return self._capitals.get(code.upper())

    def admin1(self, code: str, name: str) -> Place | None:
        """The admin1 unit of a country by its name (as stored: ACLED's naming)."""
        key, cc = norm(name), code.upper()
        for p, _ in self._extra.get(key, ()):
            if p.feature == "admin1" and p.country_code == cc:
                return p
        if (cc, key) not in self._admin1:  # by its name's key (the last so named, as a scan of every place kept)
            rows = self._con().execute(_ADMIN1_QUERY, (key, cc)).fetchall()
            self._admin1[(cc, key)] = next((_place(r) for r in rows if norm(r[1]) == key), None)
        return self._admin1[(cc, key)]

    def provinces_beginning(self, key: str) -> tuple[tuple[str, Place], ...]:
        """First-level units with a name of more words that begins with the normalised `key` ("khyber": Khyber
        Pakhtunkhwa), as (that name's key, unit); cached by the key."""
        hit = self._provinces_by_first.get(key)
        if hit is None:
            hit = tuple((k, p) for k, rows in self._extra.items() if k.startswith(key + " ")
                        for p, _ in rows if p.feature == "admin1")
            hit += tuple((r[12], _place(r)) for r in self._con().execute(_PROVINCES_BEGINNING_QUERY,
                                                                          (key + " ", key + "!")))
            if len(self._provinces_by_first) > 50_000:
                self._provinces_by_first.clear()
            self._provinces_by_first[key] = hit
        return hit

    def provinces_spelt_like(self, raw: str) -> tuple[tuple[Place, bool], ...]:
        """First-level units whose own name a name of 7+ letters misspells ("Bolochistan province"): the same first
        letter and number of words, and 85% of the letters in common. Never main names."""
        key = norm(raw)
        if len(key.replace(" ", "")) < _PROVINCE_SPELLING_MIN:
            return ()
        if self._province_keys is None:
            rows = self._con().execute(_ALL_PROVINCES_QUERY).fetchall()
            self._province_keys = tuple((norm(r[1]), _place(r)) for r in rows)
        seen: set[int] = set()
        out = []
        for name, p in (*self._province_keys, *((k, q) for k, rows in self._extra.items() for q, _ in rows
                                                 if q.feature == "admin1")):
            if name[0] == key[0] and name.count(" ") == key.count(" ") and abs(len(name) - len(key)) <= 2 \
                    and id(p) not in seen and letters_alike(key, name, _PROVINCE_SPELLING_ALIKE):
                seen.add(id(p))
                out.append((p, False))
        return tuple(out)

    def province_places(self, code: str, admin1: str, named: Callable[[str], bool]) -> list[Place]:
        """The towns and districts of a province (its country's code, its name as stored) whose name passes
        `named`, the user's own first, then the most populous. Read from the file each time (a province's rows
        in a few milliseconds) and only the places that pass are made, so that nothing else stays in memory."""
        key = (code.upper(), admin1)
        own = {id(p): p for rows in self._extra.values() for p, _ in rows
               if (p.country_code, p.admin1) == key and p.feature in ("populated", "admin2") and named(p.name)}
        return [*own.values(), *(_place(r) for r in self._con().execute(_PROVINCE_QUERY, key) if named(r[1]))]

    def add_places(self, rows: Iterable[Mapping[str, object] | Place]) -> int:
        """Add places (supplement-CSV-shaped dicts or Place objects); returns how many were added."""
        n = 0
        for r in rows:
            if isinstance(r, Place):
                place, alts = r, []
            else:
                d = {k: ("" if v is None else str(v)) for k, v in r.items()}
                row = extra_row(d)
                place = Place(name=row[0], country=self._country_name(row[2]), country_code=row[2],
                              admin1=row[3], admin2=row[4], latitude=row[5], longitude=row[6],
                              geonames_id=row[7], feature=row[8], population=row[9])
                alts = [a for a in d.get("alternatenames", "").split("|") if a.strip()]
            keys: set[str] = set()
            for nm in [place.name, *alts]:
                keys |= name_keys(nm, place.country_code)
            for k in keys:
                self._extra.setdefault(k, []).append((place, True))
                self._cache.pop(k, None)
            n += 1
        self._forget_lookups()
        return n

    def remove_added_places(self) -> None:
        """Forget the places add_places gave: the gazetteer reads its artifact alone again."""
        for key in self._extra:
            self._cache.pop(key, None)
        self._extra.clear()
        self._forget_lookups()

    def _forget_lookups(self) -> None:
        """Drop the cached lookups that the added places enter into (by the text as written, by first words)."""
        self._raw.clear()
        self._first.clear()
        self._provinces_by_first.clear()


def _stored(hashes: array.array, key: str) -> bool:
    """Whether a key's hash is in a sorted array of stored hashes (no false negatives)."""
    h = key_hash(key)
    i = bisect_left(hashes, h)
    return i < len(hashes) and hashes[i] == h


_OTHER_WORDS_ALIKE = 0.85  # letters in common for a spelling of a name of another number of words


def _spelt_alike(written: str, name: str, country_code: str) -> bool:
    """Close in spelling, not only in consonants: 80% of the letters in common (85% for a name of another number
    of words), or, for a name romanised from Arabic, the same letters but for the vowels and the article
    ("Basira", "Al Busayrah")."""
    # a name of another number of words must be closer ("Naray Baba" is no Naryab)
    bound = 0.8 if written.count(" ") == name.count(" ") else _OTHER_WORDS_ALIKE
    if letters_alike(_letters(written), _letters(name), bound):
        return True
    return country_code in _vowelless() and vowel_blind(written) == vowel_blind(name)


_VOWEL_SWAP_MIN = 7  # letters of a name for a vowel swapped with a consonant to count ("Karam" is no Karma)


def letters_alike(a: str, b: str, bound: float) -> bool:
    """Whether difflib's ratio of two spellings reaches `bound` (its cheap upper bounds first)."""
    same = SequenceMatcher(None, a, b)
    return same.real_quick_ratio() >= bound and same.quick_ratio() >= bound and same.ratio() >= bound


def _transposed(name: str) -> Iterator[str]:
    """A normalised name with two neighbouring letters after its first swapped: two consonants, or in a name of
    7+ letters a consonant and a vowel."""
    for k in range(1, len(name) - 1):
        a, b = name[k], name[k + 1]
        if a == b or not a.isalpha() or not b.isalpha():
            continue
        vowels = (a in VOWEL_LETTERS) + (b in VOWEL_LETTERS)
        if vowels == 0 or (vowels == 1 and len(name) >= _VOWEL_SWAP_MIN):
            yield name[:k] + b + a + name[k + 2:]


def _double_letter_spellings(name: str) -> Iterator[str]:
    """A normalised name with one of its doubled letters written once, or one of its single consonants after
    the first letter written double ("muree": Murree)."""
    for k in range(1, len(name) - 1):
        if name[k] == name[k + 1] and name[k].isalpha():
            yield name[:k] + name[k + 1:]
    for k in range(1, len(name)):
        ch = name[k]
        if ch.isalpha() and ch not in VOWEL_LETTERS and name[k - 1] != ch and name[k + 1:k + 2] != ch:
            yield name[:k] + ch + name[k:]


def _letters(name: str) -> str:
    """A name's letters as spelling comparison reads them: no spaces, "x" as "ks" (Laxmipur, Lakshmipur)."""
    return name.replace(" ", "").replace("x", "ks")


@lru_cache(maxsize=1)
def _vowelless() -> frozenset[str]:
    """knowledge/countries.yaml: the countries whose names are romanised from a script without short vowels."""
    return frozenset((load_yaml("countries.yaml") or {}).get("vowelless_romanisation") or ())


def _rebuild(path: str, extra: list[tuple[Place, bool]]) -> Gazetteer:
    g = Gazetteer(path)
    if extra:
        g.add_places([p for p, _ in extra])
    return g


def _current(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return bool(row) and str(row[0]) == SCHEMA_VERSION


@lru_cache(maxsize=300_000)
def _place_cached(r: tuple) -> Place:
    return Place(name=r[1], country=r[2], country_code=r[3], admin1=r[4], admin2=r[5], latitude=r[6],
                 longitude=r[7], geonames_id=r[8], feature=r[9], population=r[10], admin1_code=r[11])


def _place(r: tuple) -> Place:
    return _place_cached(tuple(r[:12]))


def _demonyms() -> dict[str, str]:
    cfg = load_yaml("countries.yaml") or {}
    out: dict[str, str] = {}
    for cc, c in (cfg.get("countries") or {}).items():
        for d in (c or {}).get("demonyms", []):
            out[d] = cc
    return out


_default: Gazetteer | None = None
_registered: list[Mapping[str, object] | Place] = []
_lock = threading.Lock()


def load_gazetteer(path: str | Path | None = None, extra_csv: str | Path | None = None) -> Gazetteer:
    """The process-wide gazetteer, extended with a user's supplement CSV when one is given.

    The CSV has the columns of knowledge/places_extra.csv: name, alternatenames ("|"-separated),
    country_code, admin1, admin2, latitude, longitude, feature, population, geonames_id, source.
    Without `path`, the CSV's places join the process-wide gazetteer that find_places() uses by
    default (as `eventcoder code --gazetteer extra.csv` does); with `path`, a separate gazetteer
    is opened and only it gets them.
    """
    global _default
    rows = read_extra_csv(extra_csv) if extra_csv is not None else []
    if path is None:
        if rows:
            register_places(rows)
        with _lock:
            if _default is None:
                _default = Gazetteer()
                if _registered:
                    _default.add_places(_registered)
            return _default
    g = Gazetteer(path)
    if _registered:
        g.add_places(_registered)
    if rows:
        g.add_places(rows)
    return g


def forget_registered_places() -> None:
    """Undo register_places (and load_gazetteer's CSVs) for this process: the default gazetteer, and every one
    loaded later, hold GeoNames' and the curated supplement's places only."""
    with _lock:
        _registered.clear()
        if _default is not None:
            _default.remove_added_places()


def register_places(rows: Iterable[Mapping[str, object] | Place]) -> int:
    """Add places for this process: to the default gazetteer now and to every one loaded later."""
    rows = list(rows)
    for r in rows:  # fail here, naming the place, rather than at first use
        if not isinstance(r, Place):
            extra_row({k: ("" if v is None else str(v)) for k, v in r.items()})
    _registered.extend(rows)
    if _default is not None:
        return _default.add_places(rows)
    return len(rows)


# The Arabic article inside a name, before a "sun letter" it is assimilated to when spoken and often written
# ("Maarrat al-Numan", "Ma'arrat an-Nu'man"; "Ras al-Tin", "Ras at-Tin"), and the assimilated article
_SUN_ARTICLE = re.compile(r"\b[ae]l (?=(sh|th|dh|[tdrzsn]))")
_ASSIMILATED_ARTICLE = re.compile(r"\ba(sh|th|dh|[tdrzsn]) (?=\1)")


def _article_assimilated(name: str) -> str:
    """A normalised name with its inner Arabic article written the other way: assimilated to a sun letter when it
    was not ("maarrat al numan": "maarrat an numan"), else unassimilated ("ras at tin": "ras al tin")."""
    if " " not in name:
        return name
    turned = _SUN_ARTICLE.sub(lambda m: "a" + m.group(1) + " ", name)
    return turned if turned != name else _ASSIMILATED_ARTICLE.sub("al ", name)
