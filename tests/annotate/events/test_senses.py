"""Verb senses from their arguments (annotate/events/senses.py): sentences written for the
causes of false events seen on whole articles, each with the sense that must win."""

from __future__ import annotations

import pytest

import wirewatch


def types_in(text: str, published: str = "2024-03-07") -> list[str]:
    return [e.type for e in wirewatch.analyze(text, clean=False, published=published).events]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Australia beat Colombia 2-0 in the final on Saturday.",  # a match
        "The new laptop hit 44 decibels under load.",  # a product
        "Shares in the carrier hit a record high on Monday.",  # a market
        "Storms will fire across the plains this afternoon.",  # the weather
        "The pandemic killed millions of people in Europe.",  # a disease
        "Readers were told to play games and read books to kill time.",  # an idiom
        "A spokeswoman for the ministry declined to comment.",  # no comment
        "Reuters and AP writers contributed to this report.",  # a credit line
        "The coach said his players fought to win every ball.",  # striving
        "The landlord charged the family $600 a month.",  # a price
        "Lawmakers scrambled to pass the budget bill before the deadline.",  # haste
        "Reporters visited a bomb shelter under the city hall.",  # a place, no one met
        "The company agreed to buy the start-up for $2 billion.",  # business
        "Portugal allowed only one shot on goal in the qualifying match.",  # sports
        "The Lakers beat the Thunder 112-107 on Friday night.",  # a score
        "The rookie demonstrated his passing skills against the champions.",  # showing
    ],
)
def test_a_lexicon_verb_in_another_sense_is_no_event(text: str) -> None:
    assert types_in(text) == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.", "ASSAULT"),
        ("A missile struck a school in the Syrian city of Idlib.", "ASSAULT"),
        ("The senator attacked the government's plan to cut pensions.", "ACCUSE"),
        ("The minister attacked the opposition for its silence on the strike.", "ACCUSE"),
        ("Seoul scrambled fighter jets after the drones crossed the border.", "MOBILIZE"),
        ("He pleaded not guilty to the charges in a Paris court.", "REJECT"),
        ("She pleaded guilty to fraud before a federal judge.", "CONCEDE"),
        (
            "Sweden has dropped its investigation into the allegation against Julian Assange.",
            "CONCEDE",
        ),
        ("Iran summoned the British ambassador over the seizure of the tanker.", "ACCUSE"),
        ("The government lifted the curfew in the capital on Friday.", "CONCEDE"),
        ("Rebels released 12 hostages near the border with Chad.", "RETREAT"),
    ],
)
def test_the_political_sense_is_coded(text: str, expected: str) -> None:
    assert expected in types_in(text), types_in(text)
