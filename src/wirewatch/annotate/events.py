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

import re
from typing import TYPE_CHECKING

from ..model import (
    Entity,
    Event,
    EventActor,
    EventPlace,
    Evidence,
    Modality,
    Quantity,
    Quote,
    QuoteKind,
    TimeExpression,
)
from .event_actors import (
    REPORTING_VERBS,
    actor_record,
    conjuncts,
    country_from_sentence,
    locate,
    modifier_countries,
    participants,
)
from .gazetteer import find_place
from .plover import Pattern, plover_lexicon
from .speakers import SpeakerResolver
from .syntax import has_mark, lemma_of, misparsed_coordinated_verb, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across", "over", "along"})
DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE"})
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "LAB", "REF"})
DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "JUD", "COP", "REB", "LEG"}) | CIVILIAN_SECTORS
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "set"})
DEONTIC_AUXILIARIES = frozenset({"must", "should"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUXILIARIES = frozenset({"could", "might", "may", "would"})
PLANNING_VERBS = frozenset(
    {
        "plan",
        "swear",
        "unveil",
        "announce",
        "outline",
        "intend",
        "aim",
        "prepare",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "want",
        "seek",
        "hope",
        "expect",
        "agree",
        "decide",
    }
)
RESPONSE_CUES = re.compile(
    r"\bin (?:response|retaliation|reply)\b|\bretaliat|\bresponded\b", re.IGNORECASE
)
QUOTE_MODALITY = {
    QuoteKind.STATEMENT: Modality.REPORTED,
    QuoteKind.BELIEF: Modality.REPORTED,
    QuoteKind.CLAIM: Modality.CLAIMED,
    QuoteKind.ACCUSATION: Modality.ALLEGED,
    QuoteKind.DENIAL: Modality.DENIED,
    QuoteKind.SPECULATION: Modality.HYPOTHETICAL,
    QuoteKind.PROMISE: Modality.PLANNED,
    QuoteKind.THREAT: Modality.THREATENED,
}
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"dozens": 24, "dozen": 12, "hundreds": 200, "thousands": 2000, "scores": 40}
CASUALTY_VERBS = {"kill": "dead", "injure": "injured", "wound": "injured", "hurt": "injured"}


def extract_events(
    doc: Doc,
    entities: list[Entity],
    times: list[TimeExpression],
    quotes: list[Quote],
    published: str | None,
) -> list[Event]:
    """Every coded event in the body, in text order, with ids V1, V2, ..."""
    resolver = SpeakerResolver(doc, entities)
    by_id = {entity.id: entity for entity in entities}
    events: list[Event] = []
    for token in doc:
        pattern = _demand_pattern(token) or _pattern_for(token)
        if pattern is None or _intends_another_event(token):
            continue
        for event in _code(token, pattern, resolver, by_id, times, quotes, published):
            events.append(_recode_intentions(token, event))
    _carry_dates(doc, events)
    events = _merge_retellings(doc, events)
    for number, event in enumerate(events, start=1):
        event.id = f"V{number}"
    _link_responses(doc, events)
    return events


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
        return target.model_copy(update={"country": actor.country})
    return target


def _intends_another_event(token: Token) -> bool:
    """'vowed to attack', 'pledged to send aid': the intended act is the event (recoded as a
    THREATEN or AGREE), not the vow itself."""
    if lemma_of(token) not in PLANNING_VERBS:
        return False
    return any(c.dep_ == "xcomp" and _pattern_for(c) is not None for c in token.children)


def _demand_pattern(token: Token) -> Pattern | None:
    """'Britain said Libya must hand over the suspects': saying that someone must act is a REQUEST
    (the reporter asks it of the clause's subject)."""
    if token.dep_ != "ccomp" or lemma_of(token.head) not in REPORTING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUXILIARIES for c in token.children):
        return None
    return Pattern(
        type="REQUEST", verb=lemma_of(token.head), particle=None, object=None, mode="must"
    )


def _recode_intentions(token: Token, event: Event) -> Event:
    """PLOVER codes intentions, not only acts: an act made conditional ('unless') or an intended
    act of material conflict is a THREATEN; an intended act of cooperation ('will allow', 'ready
    to contribute') is an AGREE; refusing one ('will not accept') a REJECT. The act is the mode.
    Civilians blocking a road are protesting."""
    conditional = any(
        c.dep_ == "advcl" and has_mark(c, frozenset({"unless"})) for c in token.children
    )
    clause = _intent_clause(token)
    main = _is_main_clause(clause) or clause.dep_ == "ccomp"  # or what someone says they will do
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    future = bool(auxiliaries & (FUTURE_AUXILIARIES | {"would"}))
    if conditional and event.type != "THREATEN":
        return _recoded(event, "THREATEN", event.type.lower())
    if event.modality is Modality.THREATENED and event.type != "THREATEN":
        return _recoded(event, "THREATEN", event.type.lower())  # "threatened to cut ties"
    if event.modality is Modality.PLANNED and main and event.type not in ("PROTEST", "THREATEN"):
        if event.quad_class == 4 and event.type != "MOBILIZE":  # a planned deployment stays one
            return _recoded(event, "THREATEN", event.type.lower())  # "vowed to fight"
        if event.quad_class == 2 or event.type in ("CONSULT", "SUPPORT"):
            return _recoded(event, "AGREE", event.type.lower())  # "will provide aid"
    if event.modality is Modality.NEGATED and future and main and event.quad_class in (1, 2):
        return _recoded(event, "REJECT", event.type.lower())  # "will not accept refugees"
    if (
        event.type == "COERCE"
        and event.actor is not None
        and event.actor.sector in CIVILIAN_SECTORS
    ):
        return _recoded(event, "PROTEST", "blockade")
    return event


def _recoded(event: Event, type_name: str, mode: str) -> Event:
    kind = plover_lexicon().types[type_name]
    return event.model_copy(
        update={"type": type_name, "mode": mode, "cameo": kind.cameo, "quad_class": kind.quad}
    )


def _pattern_for(token: Token) -> Pattern | None:
    """The lexicon pattern this verb matches, given its particles, prepositions and object."""
    if misparsed_coordinated_verb(token) is not None:  # "... and scrambled jets"
        word = token.lower_
        for verb in (
            word[:-1],
            word[:-2],
            lemma_of(token),
        ):  # scrambled -> scramble, attacked -> attack
            found = plover_lexicon().match(verb, set(), {lemma_of(token.head)})
            if found is not None:
                return found
        return None
    if token.pos_ != "VERB" or token.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")}
    direct = _with_of_nouns([c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")])
    objects = {lemma_of(c) for c in direct}
    objects |= {lemma_of(c) for o in direct for c in o.children if c.dep_ in ("compound", "amod")}
    # "put troops on alert", "remained on high alert": the state named after a preposition
    objects |= {
        lemma_of(n)
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("on", "in", "into")
        for n in p.children
        if n.dep_ == "pobj"
    }
    return plover_lexicon().match(lemma_of(token), particles, objects)


def _code(
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
    return [whole.model_copy(update={"country": c}) for c in split] if split else [whole]


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
    actor, target = locate(actor, target, place)
    inferred = actor is not None and actor.country is None
    if actor is not None and actor.country is None:
        domestic = pattern.type in DOMESTIC_TYPES | {"PROTEST"} or actor.sector in DOMESTIC_SECTORS
        actor = country_from_sentence(actor, target, sentence, resolver, domestic)
    inferred = inferred and actor is not None and actor.country is not None
    target = _at_home(actor, target, pattern)
    modality, reported_by = _modality(token, quotes)
    date, date_source, planned_for = _date(token, sentence, times, published, modality)
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
        quantities=_quantities(token, actor_tokens, target_tokens),
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
        ),
        confidence=round(
            _confidence(actor, target, pattern, _is_main_clause(token)) - 0.1 * inferred, 2
        ),
        aggregate=_is_aggregate(token, date),
    )


def _date(
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


def _modality(token: Token, quotes: list[Quote]) -> tuple[Modality, list[str]]:
    """Negation; intention ('vowed to', 'ready to', 'will', 'would' in reported speech); the
    attributions the trigger sits in (innermost decides); then could/might."""
    around = _quotes_around(token, quotes)
    reported_by = [q.id for q in around]
    if any(c.dep_ == "neg" for c in token.children):
        return Modality.NEGATED, reported_by
    if token.dep_ == "xcomp" and lemma_of(token.head) == "threaten":
        return Modality.THREATENED, reported_by
    if _is_intended(token, reported=bool(around)):
        return Modality.PLANNED, reported_by
    if around:
        return QUOTE_MODALITY[around[0].kind], reported_by
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & HYPOTHETICAL_AUXILIARIES:
        return Modality.HYPOTHETICAL, []
    return Modality.ASSERTED, []


def _is_intended(token: Token, reported: bool) -> bool:
    """'will allow', 'plans to', 'is ready to', and 'would' in reported speech ('said it would')."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    if "would" in auxiliaries and (reported or token.dep_ == "ccomp"):
        return True
    if token.dep_ != "xcomp":
        return False
    head = token.head
    return lemma_of(head) in PLANNING_VERBS or (
        head.pos_ == "ADJ" and head.lower_ in INTENT_ADJECTIVES
    )


def _intent_clause(token: Token) -> Token:
    """The verb that carries an intention: 'is ready to contribute' -> 'is'."""
    current = token
    while current.dep_ in ("xcomp", "acomp") and current.head.i != current.i:
        current = current.head
    return current


def _quotes_around(token: Token, quotes: list[Quote]) -> list[Quote]:
    """Attributions whose content holds the trigger, innermost (shortest) first."""
    holding = [
        quote
        for quote in quotes
        if quote.content.spans
        and quote.content.spans[0][0] <= token.idx < quote.content.spans[-1][1]
        and any(start <= token.idx < end for start, end in quote.content.spans)
        and not (quote.cue and quote.cue.start <= token.idx < quote.cue.end)
    ]
    return sorted(holding, key=lambda q: sum(e - s for s, e in q.content.spans))


def _place(
    sentence: Span, resolver: SpeakerResolver, by_id: dict[str, Entity]
) -> EventPlace | None:
    """The first place named after 'in/at/near/across...' in the sentence."""
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
        place = find_place(text)
        return EventPlace(
            text=text,
            start=start,
            end=end,
            country=entity.country or (place.country if place else None),
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
        )
    return None


def _quantities(
    token: Token, actor_tokens: set[int] | None, target_tokens: set[int] | None
) -> list[Quantity]:
    """Numbers on the participants ('five drones') and casualties ('killed 20 people')."""
    found = []
    doc = token.doc
    heads = [doc[i] for i in (actor_tokens or set()) | (target_tokens or set())]
    heads += [c for c in token.children if c.dep_ == "dobj"]
    seen: set[int] = set()
    for noun in heads:
        for number in noun.children:
            if number.dep_ != "nummod" or number.i in seen:
                continue
            value = _number(number.text)
            if value is None:
                continue
            seen.add(number.i)
            unit = (
                CASUALTY_VERBS.get(lemma_of(token), noun.text) if noun.dep_ == "dobj" else noun.text
            )
            found.append(Quantity(value=value, unit=unit, text=f"{number.text} {noun.text}"))
    return found


def _number(text: str) -> int | None:
    cleaned = text.replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    return NUMBER_WORDS.get(text.lower())


def _is_main_clause(token: Token) -> bool:
    """The sentence's own event: its root, or the clause a reporting verb introduces
    ('X attacked Y, officials said'); not an infinitive, relative or adverbial clause."""
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return (
        token.dep_ in ("ccomp", "parataxis")
        and head.dep_ == "ROOT"
        and lemma_of(head) in REPORTING_VERBS
    )


def _confidence(
    actor: EventActor | None, target: EventActor | None, pattern: Pattern, main: bool
) -> float:
    """A plain score: resolved participants, a specific pattern and a main clause make a surer code."""
    score = 0.2 + 0.3 * main
    score += 0.2 if actor is not None and actor.country else 0.1 if actor is not None else 0
    score += 0.2 if target is not None and target.country else 0.1 if target is not None else 0
    score += 0.1 * min(pattern.specificity, 2) / 2 + 0.1 * (
        pattern.particle is not None or pattern.object is not None
    )
    return round(min(score, 1.0), 2)


def _is_aggregate(token: Token, date: str | None) -> bool:
    """'a record number of missile tests this year': a count over a year, not one dated strike."""
    if date is None or not re.fullmatch(r"\d{4}", date):
        return False
    objects = _with_of_nouns([c for c in token.children if c.dep_ == "dobj"])
    return any(c.tag_ in ("NNS", "NNPS") for c in objects)


def _with_of_nouns(nouns: list[Token]) -> list[Token]:
    """The nouns and, after them, the nouns their "of" introduces: in "25,000 tons of food
    aid" or "a record number of missile tests" what is acted with comes after "of"."""
    return nouns + [
        noun
        for head in nouns
        for preposition in head.children
        if preposition.lower_ == "of"
        for noun in preposition.children
        if noun.dep_ == "pobj"
    ]


def _link_responses(doc: Doc, events: list[Event]) -> None:
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


def _merge_retellings(doc: Doc, events: list[Event]) -> list[Event]:
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


def _carry_dates(doc: Doc, events: list[Event]) -> None:
    """An undated event goes on the date of the event told just before it in the same paragraph
    ('On Monday, Seoul fired ... The South also flew three drones ...')."""
    text = text_of(doc)
    for previous, event in zip(events, events[1:], strict=False):
        if event.date_source != "publication" or previous.date_source not in ("text", "context"):
            continue
        if "\n\n" in text[previous.evidence.start : event.evidence.start]:
            continue
        event.date, event.date_source = previous.date, "context"
