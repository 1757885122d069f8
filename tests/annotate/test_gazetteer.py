"""Country names, codes, demonyms, capitals and cities from the packaged data."""

from __future__ import annotations

import pytest

from wirewatch.annotate.gazetteer import gazetteer, name_key
from wirewatch.annotate.placenames import find_place


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("North Korea’s", "PRK"),
        ("the United States", "USA"),
        ("US", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Russian Federation", "RUS"),
        ("Côte d'Ivoire", "CIV"),
        ("the Kremlin", "RUS"),
        ("Hermit Kingdom", "PRK"),
    ],
)
def test_country_names(text: str, code: str) -> None:
    assert gazetteer().country_of_name(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korean", "PRK"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("Ukrainians", "UKR"),
        ("French", "FRA"),
    ],
)
def test_demonyms_go_to_the_main_country(text: str, code: str) -> None:
    assert gazetteer().country_of_demonym(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Pyongyang", "PRK"), ("Seoul", "KOR"), ("Washington", "USA"), ("Kyiv", "UKR")],
)
def test_capitals(text: str, code: str) -> None:
    assert gazetteer().country_of_capital(text) == code


def test_lowercase_words_are_not_country_codes() -> None:
    assert gazetteer().country_of_name("us") is None
    assert gazetteer().country_of_name("in") is None


def test_cities_with_coordinates() -> None:
    place = find_place("Kharkiv")
    assert place is not None and place.country == "UKR"
    assert place.latitude == pytest.approx(49.98, abs=0.05)
    assert find_place("California") is not None


def test_name_key_ignores_case_accents_articles_and_possessives() -> None:
    assert name_key("The Élysée’s") == name_key("elysee")
