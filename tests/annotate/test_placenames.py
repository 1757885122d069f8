"""Which place a name is: the errors a new user met (issue 17), on sentences the team wrote."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.annotate.gazetteer import gazetteer
from wirewatch.annotate.placenames import apposition_of, find_place


def test_dotted_state_and_city_abbreviations_are_not_country_codes() -> None:
    places = gazetteer()
    assert places.country_of_name("S.D.") is None  # not Sudan
    assert places.country_of_name("L.A.") is None  # not Laos
    assert places.country_of_name("U.S.") == "USA"
    la = find_place("L.A.")
    assert la is not None and (la.name, la.country) == ("Los Angeles", "USA")


def test_a_state_or_country_after_the_name_decides() -> None:
    assert apposition_of(", S.D. (AP) — A man") == "SD"
    assert apposition_of(", Calif., on Sunday") == "CA"
    assert apposition_of(", England, on Saturday") == "GBR"
    assert apposition_of(" on Sunday") is None
    virginia = find_place("Alexandria", within="VA")
    louisiana = find_place("Alexandria", within="LA")
    assert virginia is not None and virginia.admin1 == "VA"
    assert louisiana is not None and louisiana.admin1 == "LA"
    assert find_place("Alexandria", within="USA") is not None
    assert find_place("Alexandria", within="KOR") is None  # no namesake abroad instead


def test_the_article_s_countries_pick_the_namesake() -> None:
    alone = find_place("Alexandria")
    assert alone is not None and alone.country == "EGY"
    in_story = find_place("Alexandria", countries={"USA"})
    assert in_story is not None and in_story.country == "USA"


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Florida", "USA", "admin1"),  # not a Cuban town
        ("St. Petersburg", "RUS", "city"),  # 'St.' is 'Saint': Russia's, not Florida's
        ("Mexico", "MEX", "country"),  # the country, not a Philippine town
        ("Plymouth", "GBR", "city"),
    ],
)
def test_a_name_alone(name: str, country: str, feature: str) -> None:
    place = find_place(name)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_a_small_territory_s_capital_is_not_a_bigger_city_s_name() -> None:
    assert gazetteer().country_of_capital("Plymouth") is None  # Montserrat's, and England's
    assert gazetteer().country_of_capital("Seoul") == "KOR"


def test_a_country_is_a_place_with_its_geonames_id_and_a_point() -> None:
    mexico = find_place("Mexico")
    assert mexico is not None and mexico.geonameid == 3996063
    assert mexico.latitude is not None and mexico.longitude is not None


def test_georgia_is_the_state_in_an_american_story() -> None:
    state = find_place("Georgia", countries={"USA"})
    assert state is not None and state.feature == "admin1"
    country = find_place("Georgia", countries={"RUS"})
    assert country is not None and country.country == "GEO"


def test_in_an_article_the_entity_takes_the_apposition_s_place() -> None:
    record = wirewatch.analyze(
        "Police in Alexandria, La., arrested two men on Sunday, the sheriff said.", clean=False
    )
    alexandria = next(e for e in record.entities if e.name == "Alexandria")
    assert alexandria.country == "USA"
    plymouth = wirewatch.analyze("Thousands marched in Plymouth on Saturday.", clean=False)
    assert next(e for e in plymouth.entities if e.name == "Plymouth").country == "GBR"


def test_a_dateline_city_in_capitals_is_a_place_in_its_state() -> None:
    record = wirewatch.analyze(
        "SIOUX FALLS, S.D. (AP) — A man was arrested after a shooting at a mall, police said.",
        clean=False,
    )
    city = next(e for e in record.entities if e.name == "SIOUX FALLS")
    assert (city.type, city.country) == ("GPE", "USA")
    assert all(e.country != "SDN" for e in record.entities)


def test_an_event_s_point_is_in_the_place_s_state_and_country() -> None:
    record = wirewatch.analyze(
        "Police arrested two protesters in Alexandria, La., on Sunday, the sheriff said.",
        clean=False,
    )
    location = next(e.location for e in record.events if e.location is not None)
    assert location.country == "USA"
    assert location.latitude is not None and 29 < location.latitude < 34  # Louisiana, not Egypt
