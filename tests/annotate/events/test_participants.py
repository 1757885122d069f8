"""Actors' countries from the article (annotate/events/participants.py): an actor the sentence
does not place takes the country the article is set in; nothing takes the sentence's first
other country."""

from __future__ import annotations

import wirewatch


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    events = wirewatch.analyze(text, clean=False, published="2023-11-20").events
    return [
        (e.type, e.actor.country if e.actor else None, e.target.country if e.target else None)
        for e in events
    ]


def test_unnamed_domestic_actors_take_the_country_of_the_dateline() -> None:
    text = (
        "NAIROBI, Kenya (AP) — Police arrested 14 protesters in the capital on Monday as "
        "demonstrations spread to three more towns in Kenya.\n\n"
        "Opposition leader Raila Odinga called on the government to withdraw the finance bill."
    )
    found = pairs(text)
    assert ("COERCE", "KEN", "KEN") in found, found
    assert ("REQUEST", "KEN", "KEN") in found, found


def test_a_person_is_not_given_the_country_of_the_other_side() -> None:
    """PETRARCH2's validation record: Obama is not Russian for firing at Russia."""
    found = pairs("Barack Obama fired anti-aircraft batteries at Russia.")
    assert all(actor != "RUS" for _, actor, _ in found), found


def test_a_title_with_its_country_gives_the_person_that_country_everywhere() -> None:
    text = (
        "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China "
        "of coercion in the South China Sea. Later Esper met Vietnamese officials in Hanoi."
    )
    found = pairs(text)
    assert ("ACCUSE", "USA", "CHN") in found, found
    assert any(t == "CONSULT" and a == "USA" for t, a, _ in found), found


def test_an_actor_resolved_to_its_own_target_leaves_the_target_unknown() -> None:
    """Two Hayeses: the resolver gives both sides of "Hayes criticised Hayes" one entity, so
    one side is wrong; the target is left unknown rather than the event made reflexive."""
    text = (
        "Senator John Hayes met Governor Mark Hayes on Monday. "
        "Hayes criticised Hayes over the budget."
    )
    events = wirewatch.analyze(text, clean=False, published="2023-11-20").events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and all(e.target is None for e in accusations)
    assert all(not (e.actor and e.target and e.actor.entity == e.target.entity) for e in events)
