"""Only facts are facts (annotate/events/factuality.py): questions, conditions, orders to the
reader, generic statements, guesses and acts that did not happen give no event."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.model import Modality


def events_in(text: str) -> list[wirewatch.Event]:
    return wirewatch.analyze(text, clean=False, published="2024-03-07").events


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Will the regime cooperate with the inspectors?",
        "If Iran blocks the inspectors, the European Union would impose new sanctions.",
        "The governor has not said whether he will sign the bill banning the books.",
        "Governments often impose sanctions that hurt ordinary people.",
        "Share this story with a friend!",
        "China is likely to deploy troops to the border next month.",
        "Russia is unlikely to agree to cut its oil output further.",
        "The army did not attack the rebels.",
        "The rebels could attack the capital within days.",
        "At no point did the network say she could not perform or block her special.",
    ],
)
def test_no_event_is_told_as_a_fact(text: str) -> None:
    assert events_in(text) == [], [(e.type, e.evidence.trigger) for e in events_in(text)]


def test_a_plan_a_threat_and_a_refused_offer_keep_their_stance() -> None:
    plan = events_in("Egypt will host talks with Israeli officials next week.")
    assert [(e.type, e.modality) for e in plan] == [("AGREE", Modality.PLANNED)]
    refusal = events_in("The border agency did not accept the doctors' offer.")
    assert [e.type for e in refusal] == ["REJECT"]
