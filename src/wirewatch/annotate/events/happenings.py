"""One event per happening: the tellings of one act across the article are joined into one
event, and an act told as an answer is linked to what it answers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Event, EventActor, Modality
from ..syntax import lemma_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


LEGAL_VERBS = frozenset({"charge", "allege", "indict", "prosecute", "sue"})
CASUALTY_WORDS = ("kill", "injure", "wound", "hurt", "murder")
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


ACT_NOUNS = {
    **dict.fromkeys(
        ("attack", "strike", "airstrike", "shelling", "bombing", "killing", "raid", "invasion",
         "assault", "offensive", "massacre", "shooting", "bombardment", "incursion"),
        ("ASSAULT",),
    ),
    **dict.fromkeys(("launch", "test", "firing", "drill", "deployment"), ("MOBILIZE", "ASSAULT")),
    **dict.fromkeys(("arrest", "detention", "crackdown", "deportation"), ("COERCE",)),
    **dict.fromkeys(("sanction", "expulsion", "embargo"), ("SANCTION",)),
}  # fmt: skip
BLAMING_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})


def blame_the_act(doc: Doc, events: list[Event]) -> None:
    """'condemned the attack', 'said the arrests were illegal': a verbal event about an act the
    article has told is aimed at whoever did it, the actor of the last such act before it."""
    for index, event in enumerate(events):
        if event.type not in BLAMING_TYPES or event.target is not None:
            continue
        trigger = _token_at(doc, event.evidence.trigger_start, event.evidence.trigger_end)
        act = _act_named(trigger) if trigger is not None else None
        if act is None:
            continue
        earlier = [e for e in events[:index] if e.type in act and e.actor and e.actor.country]
        if earlier and earlier[-1].actor is not None:
            event.target = earlier[-1].actor.model_copy()


def _act_named(trigger: Token) -> tuple[str, ...] | None:
    """The event type of the noun the trigger is about: its object, or what a stance word
    is said of."""
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("acomp", "attr", "oprd"):
        nouns += [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for noun in nouns:
        act = ACT_NOUNS.get(lemma_of(noun))
        if act is not None:
            return act
    return None


def join_happenings(doc: Doc, events: list[Event]) -> list[Event]:
    """One event per real-world happening. A story tells its main event in the lede, again
    with its source further down, and again in a quote; "beat and raped the women", "killing
    eight and injuring 38" tell one act with two verbs. Two mentions are one happening when
    they are of the same type and stance (done, planned, threatened), their dates do not
    disagree, their actors and targets are compatible (the same entity, or a description and
    a name of the same country), and something positive ties them: the same sentence, a
    participant both name, or what the act is about (a noun both trigger clauses share).
    The first telling keeps its id; the others go into ``also_in`` and fill what it lacks."""
    kept: list[tuple[Event, set[str]]] = []
    for event in events:
        frame = _frame_nouns(
            _token_at(doc, event.evidence.trigger_start, event.evidence.trigger_end)
        )
        same = next((k for k, nouns in kept if _same_happening(k, event, nouns & frame)), None)
        if same is None:
            kept.append((event, frame))
        else:
            _absorb(same, event)
    return [event for event, _ in kept]


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _same_happening(first: Event, later: Event, shared_frame: set[str]) -> bool:
    if (first.type, first.planned_for) != (later.type, later.planned_for):
        return False
    if _stance(first) != _stance(later) or _dates_disagree(first, later):
        return False
    actors = _compatible(first.actor, later.actor)
    targets = _compatible(first.target, later.target)
    if actors is False or targets is False:
        return False
    if first.evidence.trigger_start == later.evidence.trigger_start:
        return False  # one trigger, two countries: a compound actor or target, split on purpose
    same_verb = first.evidence.trigger.lower() == later.evidence.trigger.lower() or (
        _legal(first) and _legal(later)
    )
    if first.evidence.start == later.evidence.start:  # "beat and raped the women"
        return same_verb or bool(shared_frame) or _casualties(first, later)
    if first.quad_class in (1, 3) and "statement" in (first.mode, later.mode):
        # one speaker says many things on many occasions: the same word about the same thing
        return actors is True and (bool(shared_frame) or same_verb)
    return bool(shared_frame) or same_verb


def _legal(event: Event) -> bool:
    """One prosecution is told as 'charged', 'alleged', 'indicted' and 'prosecuting' in one
    story: the verbs of a legal accusation are one verb here. (Comparing every verb by its
    lemma instead joined distinct acts on the kept third: 'accused' and 'accuses' of two
    different things.)"""
    verb = event.evidence.rule.partition(": ")[2].split(" ")[0].split("|")[0]
    return event.type == "ACCUSE" and event.evidence.clause != "statement" and verb in LEGAL_VERBS


def _casualties(first: Event, later: Event) -> bool:
    """'killing eight and injuring 38': the counts of one attack, told with two verbs."""
    rules = (first.evidence.rule, later.evidence.rule)
    return first.type == "ASSAULT" and any(word in r for r in rules for word in CASUALTY_WORDS)


def _stance(event: Event) -> str:
    if event.modality in (Modality.PLANNED, Modality.THREATENED):
        return event.modality.value
    return "done"


def _dates_disagree(first: Event, later: Event) -> bool:
    if first.date_source != "text" or later.date_source != "text":
        return False
    one, other = first.date or "", later.date or ""
    return not (one.startswith(other) or other.startswith(one))


def _compatible(one: EventActor | None, other: EventActor | None) -> bool | None:
    """True: both name the same side; False: they name different sides; None: one is
    missing, so nothing is known. A description and a name ("two prison officers", "Noel")
    can be one side when their countries agree (no evidence for it, none against); two
    different names cannot."""
    if one is None or other is None:
        return None
    if one.entity and one.entity == other.entity:
        return True
    if one.entity and other.entity:
        return False
    if _head(one) == _head(other):
        return True
    if one.country and other.country and one.country != other.country:
        return False
    return None  # same country, or unknown: no evidence either way


def _head(side: EventActor) -> str:
    words = side.text.lower().split()
    return words[-1].rstrip("s") if words else ""


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
    first.also_in.extend(later.also_in)
    if not first.reported_by and later.reported_by:
        first.reported_by = later.reported_by
        if first.modality is Modality.ASSERTED:
            first.modality = later.modality
    if first.date_source != "text" and later.date_source == "text":
        first.date, first.date_source = later.date, later.date_source
    first.actor = first.actor or later.actor
    first.target = first.target or later.target
    first.location = first.location or later.location
