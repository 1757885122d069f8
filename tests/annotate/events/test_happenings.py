"""One event per happening (annotate/events/happenings.py, candidates.outermost): an act told
again, with two verbs, or as another act's content is one event."""

from __future__ import annotations

import wirewatch


def events_in(text: str) -> list[wirewatch.Event]:
    return wirewatch.analyze(text, clean=False, published="2024-03-07").events


def test_killing_and_wounding_in_one_attack_is_one_assault() -> None:
    events = events_in(
        "Gunmen attacked a police station in the Nigerian city of Kano on Tuesday, "
        "killing eight officers and wounding 38 people."
    )
    assert [e.type for e in events] == ["ASSAULT"]
    assert len(events[0].evidence.trigger) > 0


def test_a_request_to_act_is_one_request() -> None:
    events = events_in(
        "The ombudsman called on the Bolivian government to withdraw the military from the streets."
    )
    assert [e.type for e in events] == ["REQUEST"]


def test_the_same_strike_retold_further_down_is_one_event_with_both_sentences() -> None:
    text = (
        "Russian forces shelled the Ukrainian city of Kharkiv on Wednesday, officials said.\n\n"
        "The governor said Russian forces shelled Kharkiv again in the morning."
    )
    events = [e for e in events_in(text) if e.type == "ASSAULT"]
    assert len(events) == 1 and len(events[0].also_in) == 1


def test_a_compound_actor_stays_one_event_per_country() -> None:
    events = events_in("France and Germany condemned the attack on Ukraine.")
    assert sorted(e.actor.country for e in events if e.actor) == ["DEU", "FRA"]


def test_two_acts_joined_by_after_stay_two() -> None:
    events = events_in(
        "Police in Nairobi arrested two men after they attacked a bus with stones on Monday."
    )
    assert {e.type for e in events} == {"COERCE", "ASSAULT"}


def test_one_prosecution_told_with_several_verbs_is_one_accusation() -> None:
    text = (
        "Federal prosecutors in New York charged two prison guards with falsifying records "
        "on Tuesday.\n\nProsecutors alleged that the two guards slept through their shift."
    )
    accusations = [e for e in events_in(text) if e.type == "ACCUSE"]
    assert len(accusations) == 1 and len(accusations[0].also_in) == 1


def test_wanting_another_to_act_is_a_request_of_them() -> None:
    events = events_in("The United States wants Britain to extradite Assange over the leaks.")
    assert [
        (e.type, e.actor.country if e.actor else None, e.target.country if e.target else None)
        for e in events
    ] == [("REQUEST", "USA", "GBR")]
