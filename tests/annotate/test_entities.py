"""Entity merging on real article text beyond the example."""

from __future__ import annotations

import pytest

import wirewatch
from tests.conftest import PAGES


@pytest.fixture(scope="module")
def hitler_house() -> wirewatch.Analysis:
    return wirewatch.analyze((PAGES / "nbc-hitler-house-austria-2019.txt").read_bytes())


@pytest.fixture(scope="module")
def bolivia() -> wirewatch.Analysis:
    return wirewatch.analyze((PAGES / "rt-bolivia-protests-2019.txt").read_bytes())


def by_name(analysis: wirewatch.Analysis) -> dict[str, wirewatch.Entity]:
    return {found.name: found for found in analysis.entities}


@pytest.fixture(scope="module")
def mourinho() -> wirewatch.Analysis:
    return wirewatch.analyze((PAGES / "sky-mourinho-tottenham-2019.txt").read_bytes())


def test_surname_joins_full_name_whatever_spacy_labelled_it(mourinho: wirewatch.Analysis) -> None:
    entities = by_name(mourinho)
    assert "Mourinho" in entities["Jose Mourinho"].aliases
    assert len(entities["Jose Mourinho"].mentions) >= 3
    assert "Pochettino" in entities["Mauricio Pochettino"].aliases
    assert "Mourinho" not in entities and "Pochettino" not in entities


def test_home_nations_are_the_united_kingdom(mourinho: wirewatch.Analysis) -> None:
    entities = by_name(mourinho)
    assert entities["United Kingdom"].country == "GBR"
    assert "England" in entities["United Kingdom"].aliases


def test_country_and_its_demonym_are_one_entity(hitler_house: wirewatch.Analysis) -> None:
    austria = by_name(hitler_house)["Austria"]
    assert austria.country == "AUT"
    assert "Austrians" in austria.aliases
    assert by_name(hitler_house)["Germany"].country == "DEU"


def test_cities_get_their_country(bolivia: wirewatch.Analysis) -> None:
    entities = by_name(bolivia)
    assert entities["Bolivia"].country == "BOL"
    la_paz = entities.get("La Paz")
    assert la_paz is None or la_paz.country == "BOL"


def test_person_country_from_modifier() -> None:
    analysis = wirewatch.analyze(
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday. "
        "Putin said the talks were useful, and Xi agreed.",
        clean=False,
    )
    entities = by_name(analysis)
    assert entities["Vladimir Putin"].country == "RUS"
    assert "Putin" in entities["Vladimir Putin"].aliases
    assert entities["Xi Jinping"].country == "CHN"


def test_capital_as_place_is_not_the_government() -> None:
    analysis = wirewatch.analyze(
        "Protesters gathered in Kyiv on Sunday. On Monday, Kyiv accused Moscow of shelling civilian areas.",
        clean=False,
    )
    entities = by_name(analysis)
    assert entities["Kyiv"].country == "UKR"  # the place, with its country
    assert entities["Kyiv"].type == "GPE"
    ukraine = entities.get("Ukraine")
    assert ukraine is not None and "Kyiv" in ukraine.aliases  # the acting government
    assert entities["Russia"].aliases == ["Moscow"]


def test_offsets_with_clean_false_point_into_the_input() -> None:
    text = "  The Kremlin said on Friday that Russia would respond.\n\nThe White House declined to comment."
    analysis = wirewatch.analyze(text, clean=False)
    assert analysis.article.text == text
    for found in analysis.entities:
        for mention in found.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert by_name(analysis)["Russia"].aliases == ["Kremlin"]
    assert by_name(analysis)["United States"].aliases == ["White House"]
