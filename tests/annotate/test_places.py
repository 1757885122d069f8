"""The places stage: every place mention resolved, with its reason, on sentences the team wrote."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.annotate.placeindex import entries, index_key, index_path
from wirewatch.annotate.placenames import find_place
from wirewatch.model import Place


def places_of(text: str) -> list[Place]:
    return wirewatch.analyze(text, clean=False, published="2024-05-02").places


def place_named(places: list[Place], text: str) -> Place:
    found = [place for place in places if place.text == text]
    assert found, f"no place '{text}' in {[p.text for p in places]}"
    return found[0]


def test_the_index_holds_small_towns_and_alternate_names(tmp_path, monkeypatch) -> None:
    kyiv = [e for e in entries(index_key("Kiev")) if e.country == "UA"]
    assert kyiv and kyiv[0].name == "Kyiv" and not kyiv[0].primary
    assert any(e.population < 1000 for e in entries(index_key("Soldeu")))  # cities500
    monkeypatch.setenv("WIREWATCH_CACHE_DIR", str(tmp_path))
    assert index_path().parent == tmp_path


def test_a_dateline_with_a_state_abbreviation_is_the_us_city() -> None:
    text = "SIOUX FALLS, S.D. (AP) — Police arrested two men on Monday after a robbery."
    record = wirewatch.analyze(text, clean=False, published="2024-05-02")
    city = place_named(record.places, "SIOUX FALLS")
    assert (city.name, city.country, city.admin1, city.feature) == (
        "Sioux Falls",
        "USA",
        "SD",
        "city",
    )
    assert city.resolved_by == "apposition names SD" and city.precision == 1
    assert city.geonameid == 5231851 and city.latitude is not None
    arrests = [e for e in record.events if e.location is not None]
    assert arrests and arrests[0].location.source == "dateline"
    assert arrests[0].location.place == city.id and arrests[0].location.precision == 1


def test_each_error_a_new_user_met_is_gone() -> None:
    la = find_place("L.A.")
    assert la is not None and la.country == "USA"
    plymouth = find_place("Plymouth")
    assert plymouth is not None and plymouth.country == "GBR"
    florida = find_place("Florida")
    assert florida is not None and (florida.country, florida.feature) == ("USA", "admin1")
    petersburg = find_place("St. Petersburg")
    assert petersburg is not None and petersburg.country == "RUS"
    mexico = find_place("Mexico")
    assert mexico is not None and mexico.feature == "country" and mexico.latitude is not None
    assert 14 < mexico.latitude < 33  # the country's point, not a Philippine town's


def test_a_namesake_in_a_state_the_article_names_wins() -> None:
    places = places_of(
        "Storms hit Louisiana on Tuesday. Schools in Alexandria were closed, the mayor said."
    )
    alexandria = place_named(places, "Alexandria")
    assert (alexandria.country, alexandria.admin1) == ("USA", "LA")
    assert alexandria.resolved_by == "in a US state the article names"


def test_a_capital_is_not_left_for_a_village_in_a_named_state() -> None:
    places = places_of("Officials in Louisiana said Washington had promised federal help.")
    washington = place_named(places, "Washington")
    assert washington.admin1 == "DC"
    assert washington.used_as == "actor"  # a government speaking, not where it happened


def test_a_list_of_states_is_not_an_apposition() -> None:
    places = places_of("The governors of Texas, Arizona and New Mexico met in Phoenix.")
    texas = place_named(places, "Texas")
    assert (texas.country, texas.feature, texas.admin1) == ("USA", "admin1", "TX")


def test_continents_and_oceans_get_no_country() -> None:
    places = places_of("The ship crossed the Atlantic from Africa to Europe.")
    for name in ("Atlantic", "Africa"):
        place = place_named(places, name)
        assert place.country is None and place.feature == "other"
    assert find_place("Middle East") is not None and find_place("Middle East").country is None


def test_namesakes_no_context_tells_apart_give_only_their_country() -> None:
    orange = find_place("Orange County")
    assert orange is not None and (orange.country, orange.feature) == ("USA", "country")
    californian = find_place("Orange County", states={"CA"})
    assert californian is not None and (californian.feature, californian.admin1) == ("county", "CA")


def test_a_region_named_after_its_city() -> None:
    idlib = find_place("Idlib province")
    assert idlib is not None and (idlib.country, idlib.feature) == ("SYR", "admin1")
    assert idlib.resolved_by == "region named after its city"


def test_a_mistyped_or_missed_town_after_a_preposition_is_a_place() -> None:
    places = places_of(
        "The convoy stopped in Enugu, police said. US troops patrolled in Manbij on Friday."
    )
    assert place_named(places, "Enugu").country == "NGA"
    assert place_named(places, "Manbij").country == "SYR"


def test_a_town_name_that_is_a_person_stays_a_person() -> None:
    record = wirewatch.analyze(
        "Senator Hayes said the bill would pass. Hayes spoke to reporters.",
        clean=False,
        published="2024-05-02",
    )
    assert not [place for place in record.places if place.text == "Hayes"]


def test_a_place_before_a_noun_is_a_modifier_unless_the_noun_is_a_place() -> None:
    places = places_of("The Paris talks failed. Fires spread across the Sacramento area.")
    assert place_named(places, "Paris").used_as == "modifier"
    assert place_named(places, "Sacramento").used_as == "place"


def test_events_are_located_by_their_sentence_place_with_precision() -> None:
    record = wirewatch.analyze(
        "Police arrested 12 protesters in Lagos, Nigeria, on Saturday.",
        clean=False,
        published="2024-05-02",
    )
    located = [e for e in record.events if e.location is not None]
    assert located
    location = located[0].location
    assert (location.country, location.feature, location.precision) == ("NGA", "city", 1)
    assert location.source == "sentence" and location.geonameid is not None


def test_entities_point_to_their_place_and_every_place_has_a_reason() -> None:
    record = wirewatch.analyze(
        "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
        clean=False,
        published="2024-05-02",
    )
    kharkiv = place_named(record.places, "Kharkiv")
    entity = next(e for e in record.entities if e.id == kharkiv.entity)
    assert entity.place == kharkiv.id and entity.country == "UKR"
    assert all(place.resolved_by and 0 <= place.confidence <= 1 for place in record.places)
    assert [place.id for place in record.places] == [
        f"P{i}" for i in range(1, len(record.places) + 1)
    ]


def test_only_the_codes_news_writes_are_countries() -> None:
    from wirewatch.annotate.gazetteer import gazetteer

    places = gazetteer()
    assert places.country_of_name("AI") is None  # artificial intelligence, not Anguilla
    assert places.country_of_name("VAT") is None and places.country_of_name("CAN") is None
    assert places.country_of_name("US") == "USA" and places.country_of_name("UAE") == "ARE"
    assert places.country_of_name("DPRK") == "PRK"


def test_new_york_is_the_city_and_oklahoma_the_state() -> None:
    new_york = find_place("New York")
    assert new_york is not None and (new_york.feature, new_york.admin1) == ("city", "NY")
    oklahoma = find_place("Oklahoma")
    assert oklahoma is not None and oklahoma.feature == "admin1"


def test_the_outlet_s_country_chooses_among_namesakes() -> None:
    text = "Flooding closed roads in Perth on Tuesday, the council said."
    alone = wirewatch.analyze(text, clean=False, published="2024-05-02")
    british = wirewatch.analyze(
        text, clean=False, published="2024-05-02", url="https://news.example.co.uk/perth-floods"
    )
    assert place_named(alone.places, "Perth").country == "AUS"
    perth = place_named(british.places, "Perth")
    assert (perth.country, perth.admin1) == ("GBR", "SCT")


@pytest.mark.issue(19)
def test_a_country_countryinfo_does_not_know_is_a_place_without_a_point() -> None:
    """Kosovo is a country to the gazetteer and not to countryinfo, whose error stopped the
    whole article (W900) on a real page."""
    analysis = wirewatch.analyze(
        "Serbian police clashed with protesters in Kosovo on Monday.",
        clean=False,
        published="2023-05-29",
    )
    kosovo = [p for p in analysis.places if p.text == "Kosovo"]
    assert kosovo and kosovo[0].country == "XKX"
