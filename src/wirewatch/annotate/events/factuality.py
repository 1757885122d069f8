"""How the article stands behind a mention: asserted, reported, claimed, planned, negated,
hypothetical..., from the clause and the attributions around the trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import (
    Modality,
    Quote,
    QuoteKind,
)
from ..syntax import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token


INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "determined", "set"})


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


def modality_of(token: Token, quotes: list[Quote]) -> tuple[Modality, list[str]]:
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
