"""Events: who did what to whom, when, where, how many, and who says so, coded in PLOVER.

A dictionary coder on the dependency parse, in the PETRARCH tradition:
each verb is looked up in the PLOVER lexicon (:mod:`.plover`, most specific
pattern first); :mod:`.event_actors` finds its actor and target and gives
each an entity (so "it" and "the state media" become who they stand for),
a country (ISO code or IGO code) and a sector (a country acting with force
is MIL).
The date is the time expression of the sentence nearest the trigger, else
the publication date; the place the named location after "in/at/near";
counts come from numbers on the actor or target ("five drones").
Modality comes from the attributions around the trigger (an event inside
Seoul's claim is claimed) and from the verb itself (negation, future,
could/might).  Every event keeps the rule that coded it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ...model import Count, Entity, Event, EventActor, Place, Quote, TimeExpression
from ..counts import extract_counts
from ..speakers import SpeakerResolver
from ..syntax import text_of
from .candidates import (
    demand_pattern,
    desire_pattern,
    intends_another_event,
    noun_pattern,
    outermost,
    pattern_for,
    recode_intentions,
)
from .confidence import calibrated_confidence
from .dating import carry_dates
from .factuality import is_factual, unreal
from .happenings import blame_the_act, join_happenings, link_responses
from .home import Home, at_home, home_country
from .mentions import code_trigger
from .participants import kind_of
from .senses import not_political, sense_misfit, verbal_reading
from .statements import statement_events
from .tolls import attach_counts
from .where import place_events

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_events(
    doc: Doc,
    entities: list[Entity],
    times: list[TimeExpression],
    quotes: list[Quote],
    published: str | None,
    places: list[Place] | None = None,
    counts: list[Count] | None = None,
) -> list[Event]:
    """Every coded event in the body, in text order, with ids V1, V2, ...; located among
    ``places`` (the places stage's records) when given, and counted by ``counts`` (the
    counts stage's records, whose ``event`` this fills; found here when not given)."""
    resolver = SpeakerResolver(doc, entities)
    by_id = {entity.id: entity for entity in entities}
    events: list[Event] = []
    found = []
    for token in doc:
        pattern = desire_pattern(token) or demand_pattern(token) or pattern_for(token)
        pattern = pattern or noun_pattern(token)
        if pattern is None or (pattern.mode != "want" and intends_another_event(token)):
            continue
        pattern = verbal_reading(token, pattern)
        if sense_misfit(token, pattern) or unreal(token):
            continue
        found.append((token, pattern))
    for token, pattern in outermost(found):
        for mention in code_trigger(token, pattern, resolver, by_id, times, quotes, published):
            event = recode_intentions(token, mention)
            if is_factual(event):
                events.append(event)
    events += statement_events(doc, quotes, resolver, by_id, times, published, events)
    events = [e for e in events if not not_political(e.type, e.actor, e.target, by_id, e.mode)]
    for event in events:
        _no_target_the_actor_is(event)
    events.sort(key=lambda e: e.evidence.trigger_start)
    home = home_country(resolver)
    for event in events:
        _place_at_home(event, home, by_id)
    carry_dates(doc, events)
    if places is not None:
        place_events(text_of(doc), events, places)
    events = join_happenings(doc, events)
    # PLOVER: COOPERATE, AID and SANCTION require a recipient (told in one of the tellings)
    events = [e for e in events if e.type not in RECIPIENT_TYPES or e.target is not None]
    for number, event in enumerate(events, start=1):
        event.id = f"V{number}"
    attach_counts(doc, events, counts if counts is not None else extract_counts(doc))
    for event in events:
        event.confidence = calibrated_confidence(event)
    blame_the_act(doc, events)
    link_responses(doc, events)
    return events


RECIPIENT_TYPES = frozenset({"COOPERATE", "AID", "SANCTION"})


def _no_target_the_actor_is(event: Event) -> None:
    """An actor acting on itself is no dyad: when both sides resolve to one entity, one of
    the two resolutions is wrong ("Hayes criticised Hayes" with two Hayeses, "he met him"),
    and which one the coder cannot tell, so the target is left unknown (a missing target
    beats a wrong one; a type that needs a recipient then drops the event)."""
    actor, target = event.actor, event.target
    if actor is not None and target is not None and actor.entity and actor.entity == target.entity:
        event.target = None


def _place_at_home(event: Event, home: Home, by_id: Mapping[str, Entity]) -> None:
    """Actors the sentence leaves without a country take the article's (see ``at_home``)."""
    force = event.quad_class == 4

    def person(side: EventActor | None) -> bool:
        return side is not None and kind_of(side, by_id) == "PERSON"

    actor = at_home(event.actor, home, event.target, force, person(event.actor))
    event.target = at_home(event.target, home, event.actor, force, person(event.target))
    event.actor = actor
