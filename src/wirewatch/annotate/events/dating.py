"""When: the event's own date from the times of its sentence, a plan's intended date, and the
date carried over from the event told just before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import (
    Event,
    Modality,
    TimeExpression,
)
from ..syntax import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")


def event_date(
    token: Token,
    sentence: Span,
    times: list[TimeExpression],
    published: str | None,
    modality: Modality,
) -> tuple[str | None, str | None, str | None]:
    """The sentence's date nearest the trigger, else the publication day; and for a plan or a
    threat, when it is meant to happen. 'Kim on Wednesday unveiled goals to strengthen his
    military next year' is dated Wednesday, when the plan was made known (as event data dates
    statements), planned for next year: a time inside an intended act's own clause, or any
    time after the publication day, is the plan's date, not the statement's."""
    dated = [
        t
        for t in times
        if sentence.start_char <= t.start < sentence.end_char
        and t.value
        and t.type in ("DATE", "TIME")
        and not t.value.endswith("_REF")
        and not (t.relative and PART_OF_DAY.search(t.value))  # "in the morning": which one?
    ]
    planned_for = None
    intended = modality in (Modality.PLANNED, Modality.THREATENED)
    clause = {t.idx for t in token.subtree} if intended else set()
    future = [
        t
        for t in dated
        if (t.start in clause and not _is_after(published or "", t.value or ""))
        or _is_after(t.value or "", published or "")
    ]
    if future:
        planned_for = min(future, key=lambda t: abs(t.start - token.idx)).value
        dated = [t for t in dated if t not in future]
    dated = [t for t in dated if not _names_a_thing(token.doc, t, token)]
    if dated:
        nearest = min(dated, key=lambda t: abs(t.start - token.idx))
        return nearest.value, "text", planned_for
    if published:
        return published[:10], "publication", planned_for
    return None, None, planned_for


def _is_after(value: str, other: str) -> bool:
    """Whether a TIMEX3 date ('2023', '2023-01', '2022-12-30') lies wholly after another (the
    publication day); weeks and seasons compare by year only."""
    if not re.match(r"\d{4}", other) or not re.match(r"\d{4}", value):
        return False
    if value[:4] != other[:4]:
        return value[:4] > other[:4]
    dates = r"\d{4}-\d{2}(-\d{2})?"
    if not (re.fullmatch(dates, value) and re.match(dates, other)):
        return False
    length = min(len(value), len(other[:10]))
    return value[:length] > other[:length]


def carry_dates(doc: Doc, events: list[Event]) -> None:
    """An undated event goes on the date of the event told just before it in the same paragraph
    ('On Monday, Seoul fired ... The South also flew three drones ...')."""
    text = text_of(doc)
    for previous, event in zip(events, events[1:], strict=False):
        if event.date_source != "publication" or previous.date_source not in ("text", "context"):
            continue
        if "\n\n" in text[previous.evidence.start : event.evidence.start]:
            continue
        event.date, event.date_source = previous.date, "context"


def _names_a_thing(doc: Doc, time: TimeExpression, trigger: Token) -> bool:
    """'a 2010 rape allegation', 'an allegation made in 2010', 'the Oct. 7 attacks': a date
    inside a noun phrase says when that thing was, not when the sentence's act happened."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.pos_ == "NOUN":
        return True
    path: list[Token] = []
    for ancestor in root.ancestors:
        if ancestor.i == trigger.i:
            return any(t.pos_ in ("NOUN", "PROPN") for t in path)
        path.append(ancestor)
    return False
