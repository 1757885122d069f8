"""One event per happening: the tellings of one act across the article are joined into one
event, and an act told as an answer is linked to what it answers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import (
    Event,
    Modality,
)
from ..syntax import lemma_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


RESPONSE_CUES = re.compile(
    r"\bin (?:response|retaliation|reply)\b|\bretaliat|\bresponded\b", re.IGNORECASE
)


def link_responses(doc: Doc, events: list[Event]) -> None:
    """'in response', 'retaliated': the latest earlier material-conflict event by the other side."""
    text = text_of(doc)
    for index, event in enumerate(events):
        sentence = text[event.evidence.start : event.evidence.end]
        if not RESPONSE_CUES.search(sentence):
            continue
        own = event.actor.country if event.actor else None
        for earlier in reversed(events[:index]):
            other = earlier.actor.country if earlier.actor else None
            if other and other != own and earlier.quad_class == 4:
                event.responds_to.append(earlier.id)
                break


def merge_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """A news story tells its main event twice, in the lede and again with its source further
    down ('Kim unveiled new goals to strengthen his military' ... 'Mr Kim "set forth new key
    goals for bolstering the defence capability", KCNA reported'). Two events in different
    sentences are one when the same actor does the same kind of act to the same target (or an
    unnamed one), on compatible dates, about the same thing (a noun shared by the two trigger
    clauses). The first telling keeps its id; the other's sentence goes into ``also_in`` and
    its source, date and place fill what the first lacks."""
    tokens = {token.idx: token for token in doc}
    frames = [_frame_nouns(tokens.get(event.evidence.trigger_start)) for event in events]
    kept: list[tuple[Event, set[str]]] = []
    for event, frame in zip(events, frames, strict=True):
        same = next((k for k, nouns in kept if _retells(k, event) and nouns & frame), None)
        if same is None:
            kept.append((event, frame))
        else:
            _absorb(same, event)
    return [event for event, _ in kept]


def _retells(first: Event, later: Event) -> bool:
    """Same act, same actor, a compatible target and date (what the act is about is compared
    by the caller)."""
    if (first.type, first.mode, first.planned_for) != (later.type, later.mode, later.planned_for):
        return False
    if first.evidence.start == later.evidence.start:
        return False  # two acts told in one sentence ("fired shots and scrambled jets")
    if not (first.actor and later.actor and first.actor.entity) or (
        first.actor.entity != later.actor.entity
    ):
        return False
    targets = (
        first.target.entity if first.target else None,
        later.target.entity if later.target else None,
    )
    if None not in targets and targets[0] != targets[1]:
        return False
    sure = {e.date for e in (first, later) if e.date_source == "text"}
    return len(sure) <= 1


def _frame_nouns(trigger: Token | None) -> set[str]:
    """What the act is about: its object's nouns and the noun the clause modifies
    ('goals to strengthen his military', 'goals for bolstering the defence capability')."""
    if trigger is None:
        return set()
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    nouns = {lemma_of(t) for o in objects for t in [o, *o.children] if t.pos_ == "NOUN"}
    head = trigger.head
    if trigger.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    if trigger.dep_ in ("acl", "relcl", "pcomp") and head.pos_ == "NOUN":
        nouns.add(lemma_of(head))
    if trigger.dep_ == "xcomp":  # "unveiled new goals to strengthen ..." as the parser has it
        nouns |= {lemma_of(c) for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    return nouns


def _absorb(first: Event, later: Event) -> None:
    first.also_in.append(later.evidence)
    if not first.reported_by and later.reported_by:
        first.reported_by = later.reported_by
        if first.modality is Modality.ASSERTED:
            first.modality = later.modality
    if first.date_source != "text" and later.date_source == "text":
        first.date, first.date_source = later.date, later.date_source
    first.location = first.location or later.location
    first.quantities = first.quantities or later.quantities
    first.confidence = max(first.confidence, later.confidence)
