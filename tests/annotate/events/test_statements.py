"""Statements are events (annotate/events/statements.py): what a political actor says about
another is typed from what is said, with the speaker as actor."""

from __future__ import annotations

import pytest

import wirewatch


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    events = wirewatch.analyze(text, clean=False, published="2024-01-12").events
    return [
        (e.type, e.actor.country if e.actor else None, e.target.country if e.target else None)
        for e in events
    ]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Africa told the International Court of Justice that Israel's conduct in "
            "Gaza amounts to genocide.",
            ("ACCUSE", "ZAF", "ISR"),
        ),
        (
            "Mexico's economy minister said the new United States tariffs on steel were illogical.",
            ("ACCUSE", "MEX", "USA"),
        ),
        (
            '"Pakistan reserves the right to respond," the Pakistani foreign ministry said.',
            ("THREATEN", "PAK", None),
        ),
    ],
)
def test_a_statement_is_typed_from_what_it_says(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text), coded(text)


def test_a_statement_event_points_to_its_attribution_and_word() -> None:
    text = "Mexico's economy minister said the new United States tariffs on steel were illogical."
    analysis = wirewatch.analyze(text, clean=False, published="2024-01-12")
    event = next(e for e in analysis.events if e.type == "ACCUSE")
    assert event.evidence.trigger == "illogical" and event.evidence.clause == "statement"
    assert event.reported_by == [analysis.quotes[0].id]
    assert event.date == "2024-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said the talks were held in a friendly atmosphere.",  # facts only
        "The minister said the decision was not illegal.",  # negated
        '"I was talking to myself," he said.',  # no stance, no political speaker
        "Music is in my genes thanks to the women in my family, the singer said.",
    ],
)
def test_a_statement_without_a_stance_is_no_event(text: str) -> None:
    assert coded(text) == []
