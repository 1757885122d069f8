"""Counts and tolls: each case of issue 18, on sentences the team wrote."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.model import Analysis, Count


def analysed(text: str) -> Analysis:
    return wirewatch.analyze(text, clean=False, published="2024-05-06")


def counts_of(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(c.unit, c.value, c.low, c.high) for c in analysed(text).counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed at least 12 people in a village.", ("dead", 12, 12, None)),
        ("Police detained up to 30 students.", ("detained", 30, None, 30)),
        ("Dozens of people were injured in the clashes.", ("injured", None, 24, 99)),
        ("Hundreds of protesters marched in the capital.", ("protesters", None, 200, 999)),
        ("Scores of villagers were displaced by the fighting.", ("displaced", None, 40, 99)),
        ("Two soldiers died in the blast.", ("dead", 2, None, None)),
        ("The attack left seven dead.", ("dead", 7, None, None)),
        ("The death toll rose to 57, officials said.", ("dead", 57, None, None)),
        ("A man was killed in the attack.", ("dead", 1, None, None)),
        ("Three fishermen were missing after the storm.", ("missing", 3, None, None)),
        ("Thousands were evacuated from the coast.", ("evacuated", None, 2000, 9999)),
        ("Police arrested 45 people after the march.", ("arrested", 45, None, None)),
        ("The army deployed 300 troops to the border.", ("troops", 300, None, None)),
        ("The strike killed more than 100 civilians.", ("dead", 100, 101, None)),
        ("Between 10 and 15 people were killed, witnesses said.", ("dead", None, 10, 15)),
    ],
)
def test_each_kind_of_count(text: str, expected: tuple[str, int, int, int]) -> None:
    assert expected in counts_of(text)


def test_a_headline_count_with_no_verb() -> None:
    found = counts_of("2 Dead, 3 Wounded In Overnight Shooting")
    assert ("dead", 2, None, None) in found and ("injured", 3, None, None) in found


@pytest.mark.parametrize(
    "text",
    [
        "A 17-year-old was shot in the leg.",  # an age
        "Kim, 38, was wounded on 18 July.",  # an age and a date
        "Shots were fired in the 2100 block of Main Street at 9 p.m.",  # address, time
        "Damage reached $40 million, or 12 percent of the budget.",  # money, percentage
        "Passengers on Route 66 and at Station 4 were evacuated.",  # route and station
        "The team won 3-1 in 2019, its second title.",  # score, year, ordinal
    ],
)
def test_never_a_count(text: str) -> None:
    numbers = {"17", "38", "18", "2100", "9", "40", "12", "66", "4", "3", "1", "2019"}
    for count in analysed(text).counts:
        assert not (set(count.text.replace("-", " ").split()) & numbers), count


def test_an_updated_toll_is_the_latest_and_highest_not_a_sum() -> None:
    record = analysed(
        "Gunmen killed at least eight people at a market in Kabul on Sunday, police said.\n\n"
        "The death toll has risen to 12, a hospital official said on Monday."
    )
    attack = next(e for e in record.events if e.type == "ASSAULT")
    dead = next(t for t in attack.tolls if t.unit == "dead")
    assert dead.best == 12 and dead.text == "to 12"
    toll_count = next(c for c in record.counts if c.toll)
    assert toll_count.event == attack.id  # the toll sentence counts the attack
    assert record.article.text[dead.start : dead.end] == "to 12"


def test_counts_joined_in_one_statement_are_added() -> None:
    record = analysed("Two soldiers and three civilians were killed when gunmen attacked a convoy.")
    dead = [t for e in record.events for t in e.tolls if t.unit == "dead"]
    assert dead and dead[0].best == 5


def test_every_count_points_into_the_text_and_has_an_id() -> None:
    record = analysed("Police arrested 45 people and injured 12 during the protest in Lagos.")
    assert [c.id for c in record.counts] == [f"N{i}" for i in range(1, len(record.counts) + 1)]
    for count in record.counts:
        assert isinstance(count, Count)
        assert record.article.text[count.start : count.end] == count.text


def test_multipliers_measures_and_things_that_are_not_people() -> None:
    assert ("dead", 50_000_000, None, None) in counts_of(
        "The plague killed an estimated 50 million people in Europe."
    )
    assert ("displaced", 2_500_000, None, None) in counts_of(
        "Some 2.5 million people were displaced."
    )
    assert counts_of("The court issued a 91-page ruling, nine times longer than usual.") == []
    assert counts_of("The office was damaged and a block was closed.") == []


def test_local_shooting_reports() -> None:
    assert ("injured", 1, None, None) in counts_of(
        "One person is dead and another was injured after a shooting on Saturday night."
    )
    assert counts_of("No one was hurt in the shooting.") == [("injured", 0, None, None)]
    assert ("injured", 1, None, None) in counts_of(
        "A 34-year-old woman was taken to the hospital with non-life-threatening injuries."
    )
    assert counts_of("A man was shot and killed outside a store, police said.") == [
        ("dead", 1, None, None)
    ]
    record = analysed(
        "Two people were shot in Chicago on Friday night. One of them died at the hospital."
    )
    tolls = {t.unit: t.best for e in record.events for t in e.tolls}
    assert tolls.get("dead") == 1 and tolls.get("injured") == 1  # shot and not killed
