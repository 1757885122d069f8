"""One coded mention: a trigger with its pattern becomes an Event record with actor, target,
place, counts, modality and date, one per country of a compound actor or target."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import (
    Entity,
    Event,
    EventActor,
    EventPlace,
    Evidence,
    Modality,
    Quote,
    TimeExpression,
)
from ..placenames import apposition_of, find_place
from ..plover import Pattern, plover_lexicon
from ..speakers import SpeakerResolver
from ..syntax import text_of
from .candidates import is_main_clause, with_of_nouns
from .dating import event_date
from .factuality import modality_of
from .participants import (
    DOMESTIC_SECTORS,
    actor_record,
    conjuncts,
    locate,
    modifier_countries,
    participants,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "over", "along"})


DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE"})


def code_trigger(
    token: Token,
    pattern: Pattern,
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    times: list[TimeExpression],
    quotes: list[Quote],
    published: str | None,
) -> list[Event]:
    """The events a trigger codes: one, or one per country when actor or target is compound
    ('Hungarian and Romanian officials', 'France and Germany'), as event data counts them."""
    actor_tokens, target_tokens = participants(token, pattern)
    actors = _records(actor_tokens, resolver, by_id, pattern.type)
    targets = _records(target_tokens, resolver, by_id, pattern.type)
    if actors == [None] and targets == [None]:
        return []
    tokens = (actor_tokens or set(), target_tokens or set())
    return [
        _code_one(token, pattern, actor, target, tokens, resolver, by_id, times, quotes, published)
        for actor in actors
        for target in targets
    ]


def _records(
    tokens: set[int] | None,
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    event_type: str,
) -> list[EventActor | None]:
    """One record per country of a coordinated phrase, when each part has its own; else one."""
    if not tokens:
        return [None]
    pieces = conjuncts(tokens, resolver.doc)
    if len(pieces) > 1:
        parts = [actor_record(piece, resolver, by_id, event_type) for piece in pieces]
        countries = {part.country for part in parts}
        if None not in countries and len(countries) == len(parts):
            return list(parts)
    whole = actor_record(tokens, resolver, by_id, event_type)
    split = modifier_countries(whole, tokens, resolver.doc)
    if not split:
        return [whole]
    return [whole.model_copy(update={"country": c, "country_source": "article"}) for c in split]


def _code_one(
    token: Token,
    pattern: Pattern,
    actor: EventActor | None,
    target: EventActor | None,
    tokens: tuple[set[int], set[int]],
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    times: list[TimeExpression],
    quotes: list[Quote],
    published: str | None,
) -> Event:
    kind = plover_lexicon().types[pattern.type]
    actor_tokens, target_tokens = tokens
    sentence = token.sent
    place = _place(sentence, resolver, by_id)
    actor, target = locate(actor, target, place, by_id)
    target = _at_home(actor, target, pattern)
    modality, reported_by = modality_of(token, quotes)
    date, date_source, planned_for = event_date(token, sentence, times, published, modality)
    if planned_for and modality not in (Modality.PLANNED, Modality.THREATENED, Modality.NEGATED):
        modality = Modality.PLANNED  # told before it happens: "goals to be pushed in 2023"
    trigger_tokens = [token] + [c for c in token.children if c.dep_ == "prt"]
    trigger_start = min(t.idx for t in trigger_tokens)
    trigger_end = max(t.idx + len(t) for t in trigger_tokens)
    text = text_of(token.doc)
    return Event(
        id="",
        type=pattern.type,
        mode=pattern.mode,
        cameo=kind.cameo,
        quad_class=kind.quad,
        actor=actor,
        target=target,
        date=date,
        date_source=date_source,
        planned_for=planned_for,
        location=place,
        modality=modality,
        reported_by=reported_by,
        evidence=Evidence(
            sentence=sentence.text.strip(),
            start=sentence.start_char,
            end=sentence.end_char,
            trigger=text[trigger_start:trigger_end],
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            rule=f"{pattern.type}: {pattern.text}",
            clause="main" if is_main_clause(token) else "subordinate",
        ),
        confidence=0.0,  # scored once the happening is known (confidence.py)
        aggregate=_is_aggregate(token, date),
    )


def _at_home(
    actor: EventActor | None, target: EventActor | None, pattern: Pattern
) -> EventActor | None:
    """A target with no country of its own is at home when the act is domestic by nature
    ("authorities jailed 52 members of the movement", "lifted a state of emergency") or the
    target is the country's own civilians, rebels, opposition or courts; a shelled village is
    not assumed to be (its place must say where)."""
    if target is None or target.country is not None or actor is None or not actor.country:
        return target
    if pattern.type in DOMESTIC_TYPES or target.sector in DOMESTIC_SECTORS:
        return target.model_copy(
            update={"country": actor.country, "country_source": actor.country_source}
        )
    return target


def _place(
    sentence: Span, resolver: SpeakerResolver, by_id: dict[str, Entity]
) -> EventPlace | None:
    """The first place named after 'in/at/near/across...' in the sentence; its point is the
    namesake in the country the entity stage chose for it (Alexandria, Va., not Egypt's)."""
    for start, end, entity in resolver.mentions:
        if not (sentence.start_char <= start < sentence.end_char) or entity.type not in (
            "GPE",
            "LOC",
            "FAC",
        ):
            continue
        span = resolver.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        text = text_of(resolver.doc)[start:end]
        whole = text_of(resolver.doc)
        within = apposition_of(whole[end : end + 40]) or entity.country  # "Alexandria, La."
        place = find_place(text, within=within) if within else find_place(text)
        return EventPlace(
            text=text,
            start=start,
            end=end,
            country=entity.country or (place.country if place else None),
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
        )
    return None


def _is_aggregate(token: Token, date: str | None) -> bool:
    """'a record number of missile tests this year': a count over a year, not one dated strike."""
    if date is None or not re.fullmatch(r"\d{4}", date):
        return False
    objects = with_of_nouns([c for c in token.children if c.dep_ == "dobj"])
    return any(c.tag_ in ("NNS", "NNPS") for c in objects)
