"""Which event each count counts, and each event's toll across the article.

A count belongs to the event whose trigger governs it in the parse ("killed 12 people": the
killing; "launched five drones": the launch).  A casualty count no trigger governs goes to
the act of force in its sentence, and a sentence with no event of its own ("The death toll
rose to 57", "Two soldiers died") counts the last act of force told before it (or, in a
lede that counts first, the first one after).

An event's toll for a kind (dead, injured, ...) is the highest figure stated for it: stories
update tolls upwards ("killed at least eight ... the toll has risen to 12" is 12, not 20).
Counts joined in one statement are added ("two soldiers and three civilians were killed": 5);
the same victims told again are not.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ...model import Count, Event, Quantity, Toll

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CASUALTY_UNITS = frozenset(
    {"dead", "injured", "missing", "arrested", "detained", "displaced", "evacuated",
     "abducted", "casualties", "shot"}
)  # fmt: skip
FORCE = 4  # quad class of material conflict


def attach_counts(doc: Doc, events: list[Event], counts: list[Count]) -> None:
    """Set each count's ``event``, and each event's ``quantities`` and ``tolls`` (in place)."""
    ordered = sorted(events, key=lambda e: e.evidence.trigger_start)
    for count in counts:
        event = _event_of(doc, count, ordered)
        count.event = event.id if event is not None else None
    by_event: dict[str, list[Count]] = defaultdict(list)
    for count in counts:
        if count.event is not None:
            by_event[count.event].append(count)
    for event in events:
        mine = by_event.get(event.id, [])
        event.quantities = [
            Quantity(**c.model_dump(include=set(Quantity.model_fields))) for c in mine
        ]
        event.tolls = tolls_of(doc, [c for c in mine if c.unit in CASUALTY_UNITS])


def _event_of(doc: Doc, count: Count, events: list[Event]) -> Event | None:
    root = _root(doc, count)
    if root is None:
        return None
    in_sentence = [e for e in events if _tells_in(e, root.sent.start_char)]
    for event in in_sentence:  # the count is in its actor or target: "five drones violated"
        sides = [side for side in (event.actor, event.target) if side is not None]
        if any(side.start <= (count.start or 0) < side.end for side in sides):
            return event
    for event in in_sentence:  # the trigger governs the count
        if _governs(doc, event, root):
            return event
    if count.unit not in CASUALTY_UNITS:
        return None
    force = [e for e in in_sentence if e.quad_class == FORCE]
    if force:
        return min(force, key=lambda e: abs(e.evidence.trigger_start - (count.start or 0)))
    if in_sentence and not count.toll:
        return None  # its sentence tells another kind of event
    before = [
        e for e in events if e.quad_class == FORCE and e.evidence.start < root.sent.start_char
    ]
    if before:
        return before[-1]
    after = [e for e in events if e.quad_class == FORCE]
    return after[0] if after else None


def _root(doc: Doc, count: Count) -> Token | None:
    if count.start is None or count.end is None:
        return None
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    return span.root if span is not None else None


def _tells_in(event: Event, sentence_start: int) -> bool:
    tellings = [event.evidence, *event.also_in]
    return any(t.start <= sentence_start < t.end or t.start == sentence_start for t in tellings)


def _governs(doc: Doc, event: Event, root: Token) -> bool:
    """The event's trigger is the count's word or one of its heads in the parse."""
    for telling in (event.evidence, *event.also_in):
        trigger = doc.char_span(telling.trigger_start, telling.trigger_end, alignment_mode="expand")
        if trigger is None:
            continue
        heads = {root.i, *(t.i for t in root.ancestors)}
        if trigger.root.i in heads:
            return True
    return False


def tolls_of(doc: Doc, counts: list[Count]) -> list[Toll]:
    """One toll per unit: statements (one predicate's conjoined counts) added up, then the
    highest statement taken."""
    by_unit: dict[str, dict[tuple[int, int], list[Count]]] = defaultdict(lambda: defaultdict(list))
    for count in counts:
        by_unit[count.unit][_statement(doc, count)].append(count)
    tolls = []
    for unit, statements in by_unit.items():
        figures = [_figure(unit, members) for members in statements.values()]
        best = max(figures, key=lambda toll: toll.best)
        highs = [t.high for t in figures if t.high is not None and t.high > best.best]
        ids = [c.id for members in statements.values() for c in members]
        tolls.append(
            best.model_copy(update={"high": max(highs) if highs else best.high, "counts": ids})
        )
    return sorted(_with_injured_from_shot(tolls), key=lambda toll: toll.unit)


def _with_injured_from_shot(tolls: list[Toll]) -> list[Toll]:
    """People shot and not killed are injured ("two people were shot; one died": one injured),
    when the article gives no injured figure of its own."""
    by_unit = {toll.unit: toll for toll in tolls}
    shot, dead = by_unit.get("shot"), by_unit.get("dead")
    if shot is None or "injured" in by_unit:
        return tolls
    killed = dead.best if dead is not None and dead.best <= shot.best else 0
    injured = shot.model_copy(
        update={"unit": "injured", "best": shot.best - killed, "low": None, "high": None}
    )
    return [*tolls, injured] if injured.best > 0 else tolls


def _statement(doc: Doc, count: Count) -> tuple[int, int]:
    """(sentence, predicate): counts said by one predicate of one sentence are one statement."""
    root = _root(doc, count)
    if root is None:
        return (count.start or 0, count.start or 0)
    predicate = root
    while predicate.pos_ not in ("VERB", "AUX", "ADJ") and predicate.head.i != predicate.i:
        predicate = predicate.head
    return (root.sent.start_char, predicate.i)


def _figure(unit: str, members: list[Count]) -> Toll:
    """A statement's figure: its counts added (a vague one by its lower bound)."""
    best = sum(c.value if c.value is not None else (c.low or 0) for c in members)
    lows = [c.low for c in members if c.low is not None]
    highs = [c.high for c in members if c.high is not None]
    first, last = members[0], members[-1]
    return Toll(
        unit=unit,
        best=best,
        low=best if lows and len(lows) == len(members) else None,
        high=sum(highs) if highs and len(highs) == len(members) else None,
        text=first.text if len(members) == 1 else f"{first.text} ... {last.text}",
        start=first.start or 0,
        end=last.end or 0,
    )
