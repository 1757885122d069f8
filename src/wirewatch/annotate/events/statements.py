"""Statements are events: what a political actor says to or about another is a verbal event
typed from what is said.

The quotes stage finds every attribution (who says what, through which cue). When the speaker
can be a political actor and the content condemns someone ("the call with Zelensky was
inappropriate", "calling them unpatriotic", "apartheid and genocide"), praises or thanks them,
or carries a stock threat ("reserves the right to respond"), the attribution is an ACCUSE,
SUPPORT or THREATEN event: actor the speaker, target whom the words are about, date the day
it was said, trigger the word that carries the stance. A cue verb that is itself in the
lexicon ("accused", "praised", "warned") is coded by the verb coder and not again here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ...data import load_json
from ...model import Entity, Event, EventActor, Evidence, Modality, Quote, QuoteKind, TimeExpression
from ..plover import plover_lexicon
from ..speakers import SpeakerResolver
from ..syntax import lemma_of, text_of
from .dating import event_date
from .participants import actor_record, after_dateline, kind_of, sector_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Kinds whose cue carries the stance itself (accused, denied, vowed, threatened): the verb
# coder codes them from the cue; statements, claims and beliefs are typed from their content.
CONTENT_KINDS = frozenset({QuoteKind.STATEMENT, QuoteKind.CLAIM, QuoteKind.BELIEF})


@dataclass(frozen=True)
class StanceLexicon:
    accuse: frozenset[str]
    support: frozenset[str]
    threaten: tuple[re.Pattern[str], ...]
    first_person: frozenset[str]


@cache
def stance_lexicon() -> StanceLexicon:
    data = load_json("statements.json")
    return StanceLexicon(
        accuse=frozenset(data["accuse"]),
        support=frozenset(data["support"]),
        threaten=tuple(re.compile(p, re.IGNORECASE) for p in data["threaten"]),
        first_person=frozenset(data["first_person"]),
    )


def statement_events(
    doc: Doc,
    quotes: list[Quote],
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    times: list[TimeExpression],
    published: str | None,
    coded: list[Event],
) -> list[Event]:
    """A verbal event for each attribution whose content takes a stance on someone."""
    triggers = {event.evidence.trigger_start for event in coded}
    verbal = {event.evidence.start for event in coded if event.quad_class in (1, 3)}
    found = []
    for quote in quotes:
        if quote.kind not in CONTENT_KINDS or quote.negated or quote.source is None:
            continue
        if quote.cue is not None and quote.cue.start in triggers:
            continue
        event = _statement_event(doc, quote, resolver, by_id, times, published)
        if event is None or event.evidence.trigger_start in triggers:
            continue
        if event.evidence.start not in verbal:  # the verb already codes what the sentence says
            found.append(event)
            triggers.add(event.evidence.trigger_start)  # "reiterated it considers ... illegal"
    return found


def _statement_event(
    doc: Doc,
    quote: Quote,
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    times: list[TimeExpression],
    published: str | None,
) -> Event | None:
    stance = _stance(doc, quote)  # cheap: most attributions take no stance
    if stance is None:
        return None
    speaker = _speaker(doc, quote, resolver, by_id)
    if speaker is None:
        return None
    type_name, word = stance
    target = _target(doc, quote, word, resolver, by_id, speaker)
    cue = _cue_token(doc, quote) or word
    date, date_source, _ = event_date(cue, cue.sent, times, published, Modality.ASSERTED)
    return _event(doc, quote, type_name, word, cue.sent, speaker, target, (date, date_source))


def _speaker(
    doc: Doc, quote: Quote, resolver: SpeakerResolver, by_id: dict[str, Entity]
) -> EventActor | None:
    """The source as an actor; a speaker the article does not identify (a pronoun left
    unresolved, 'a source') makes no event."""
    source = quote.source
    if source is None:
        return None
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None:
        return None
    cue = _cue_token(doc, quote)
    moved = after_dateline(doc, {t.i for t in span}, cue.i) if cue is not None else None
    if moved:  # "THE HAGUE (Reuters) — South Africa told": South Africa speaks
        span = doc[min(moved) : max(moved) + 1]
    if span.root.pos_ == "NOUN" and sector_of([span.root]) is None:
        return None  # "Hong Kong's street battles ... painting a picture": no one speaks
    actor = actor_record({t.i for t in span}, resolver, by_id, "ACCUSE")
    if actor.entity is None and actor.sector is None and actor.country is None:
        return None
    return actor


def _content_tokens(doc: Doc, quote: Quote) -> list[Token]:
    tokens: list[Token] = []
    for start, end in quote.content.spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            tokens.extend(span)
    return tokens


def _stance(doc: Doc, quote: Quote) -> tuple[str, Token] | None:
    """The event type the content's words give it, and the word that gives it: a threat
    phrase, else a condemning word, else a praising one. Words under a negation ('not
    illegal') or a question take no stance."""
    tokens = _content_tokens(doc, quote)
    if not tokens or quote.content.text.rstrip(" \"'”’").endswith("?"):
        return None
    lexicon = stance_lexicon()
    text = text_of(doc)
    for pattern in lexicon.threaten:
        for start, end in quote.content.spans:
            match = pattern.search(text, start, end)
            if match:
                word = next((t for t in tokens if t.idx >= match.start()), tokens[0])
                return "THREATEN", word
    for type_name, words in (("ACCUSE", lexicon.accuse), ("SUPPORT", lexicon.support)):
        for token in tokens:
            if _takes_stance(token, words):
                return type_name, token
    return None


STANCE_ROLES = frozenset(
    {"acomp", "attr", "oprd", "dobj", "pobj", "ROOT", "conj", "ccomp", "npadvmod"}
)
VAGUE_SUBJECTS = frozenset({"something", "it", "that", "this", "everything", "anything", "nothing"})


def _takes_stance(token: Token, words: frozenset[str]) -> bool:
    """A stance word said of something: predicated ('the call was inappropriate', 'called it
    a sham', 'amounts to genocide'), not a word describing a noun ('the terrorist wing of
    Hamas') nor said of nothing in particular ('something was wrong')."""
    if not (lemma_of(token) in words or token.lower_ in words) or _negated(token):
        return False
    if token.dep_ not in STANCE_ROLES:
        return False
    if token.dep_ in ("acomp", "attr"):
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in VAGUE_SUBJECTS:
            return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (token.lower_ == "thanks" and following is not None and following.lower_ == "to")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for t in (token, token.head) for c in t.children)


def _target(
    doc: Doc,
    quote: Quote,
    word: Token,
    resolver: SpeakerResolver,
    by_id: dict[str, Entity],
    speaker: EventActor,
) -> EventActor | None:
    """Whom the words are about: the subject the stance word is said of ('Trump's request ...
    was inappropriate': Trump), else the object of 'calling them ...', else the first other
    political actor the content names."""
    for phrase in _described(word):
        found = _someone_in(phrase, resolver, by_id, speaker)
        if found is not None:
            return found
    tokens = _content_tokens(doc, quote)
    return _someone_in(tokens, resolver, by_id, speaker)


def _described(word: Token) -> list[list[Token]]:
    """Phrases the stance word is predicated of: the copula's subject, the noun it modifies,
    the object of a verb of calling."""
    phrases = []
    head = word.head
    if word.dep_ in ("acomp", "attr"):
        phrases += [list(c.subtree) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word.dep_ in ("amod", "compound"):
        phrases.append(list(head.subtree))
    if word.dep_ in ("oprd", "ccomp", "xcomp"):
        phrases += [list(c.subtree) for c in head.children if c.dep_ == "dobj"]
    return phrases


def _someone_in(
    tokens: list[Token], resolver: SpeakerResolver, by_id: dict[str, Entity], speaker: EventActor
) -> EventActor | None:
    """The first entity (its whole mention: 'the International Court of Justice') or actor
    noun in the tokens that is not the speaker nor 'we'/'I'."""
    own = stance_lexicon().first_person
    doc = resolver.doc
    for token in tokens:
        if token.lower_ in own or token.pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
            continue
        span = _mention_span(token, resolver)
        if span is None and token.pos_ != "PRON" and sector_of([token]) is None:
            continue  # neither a name nor a noun of an actor
        actor = actor_record(
            {t.i for t in span} if span is not None else {token.i}, resolver, by_id, "ACCUSE"
        )
        if actor.entity is not None and actor.entity == speaker.entity:
            continue
        if kind_of(actor, by_id) == "GPE" and actor.country == speaker.country:
            continue  # "Pakistan reserves the right", said by Pakistan's ministry: itself
        if span is None and doc[token.i].pos_ == "ADJ":
            continue
        if actor.entity is not None or actor.sector is not None or actor.country is not None:
            return actor
    return None


def _mention_span(token: Token, resolver: SpeakerResolver) -> Span | None:
    index = bisect_right(resolver.mentions, token.idx, key=lambda mention: mention[0]) - 1
    if index >= 0 and token.idx < resolver.mentions[index][1]:
        start, end, _ = resolver.mentions[index]
        return resolver.doc.char_span(start, end, alignment_mode="expand")
    return None


def _cue_token(doc: Doc, quote: Quote) -> Token | None:
    if quote.cue is None:
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None else None


def _event(
    doc: Doc,
    quote: Quote,
    type_name: str,
    word: Token,
    sentence: Span,
    speaker: EventActor,
    target: EventActor | None,
    dated: tuple[str | None, str | None],
) -> Event:
    kind = plover_lexicon().types[type_name]
    modality = Modality.THREATENED if type_name == "THREATEN" else Modality.ASSERTED
    return Event(
        id="",
        type=type_name,
        mode="statement",
        cameo=kind.cameo,
        quad_class=kind.quad,
        actor=speaker,
        target=target,
        date=dated[0],
        date_source=dated[1],
        modality=modality,
        reported_by=[quote.id],
        evidence=Evidence(
            sentence=sentence.text.strip(),
            start=sentence.start_char,
            end=sentence.end_char,
            trigger=word.text,
            trigger_start=word.idx,
            trigger_end=word.idx + len(word),
            rule=f"{type_name}: statement '{lemma_of(word)}'",
            clause="statement",
        ),
        confidence=0.0,  # scored once the happening is known (confidence.py)
    )
