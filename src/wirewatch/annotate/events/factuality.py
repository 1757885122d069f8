"""How the article stands behind a mention: asserted, reported, claimed, planned, negated,
hypothetical..., from the clause and the attributions around the trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import (
    Event,
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


# a REJECT recoded from a negated act of cooperation carries that act as its mode
COOPERATIVE_MODES = frozenset(
    {"agree", "consult", "support", "cooperate", "aid", "concede", "retreat", "plea"}
)
SPECULATIVE_ADJECTIVES = frozenset({"likely", "unlikely", "possible", "probable", "poised"})
CONDITIONAL_MARKS = frozenset({"if", "whether", "unless", "lest"})
GENERIC_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def unreal(token: Token) -> str | None:
    """Why the sentence does not tell the act as a fact: a question ('Will the regime
    cooperate?'), a condition ('if X attacks', 'whether he will sign'), an order to the reader
    ('Share it with a friend!'), or a generic statement ('governments often ban ...'). A
    threat's 'unless' is kept: the condition is what makes it a threat."""
    if token.sent.text.rstrip(" \"'”’)").endswith("?"):
        return "question"
    if _in_condition(token):
        return "conditional"
    if _shares_a_modal(token):
        return "shared modal"
    if _is_speculative(token):
        return "speculation"
    if _is_imperative(token) or _is_imperative(token.sent.root):
        return "imperative"  # "Get the magazine delivered to your door"
    if _is_generic(token):
        return "generic"
    return None


def _in_condition(token: Token) -> bool:
    """The trigger is inside an if/whether clause, or is the 'would' consequence of one."""
    current = token
    for _ in range(6):
        marks = {c.lower_ for c in current.children if c.dep_ == "mark"}
        if marks & (CONDITIONAL_MARKS - {"unless"}):
            return True
        if current.dep_ == "ROOT" or current.head.i == current.i:
            break
        current = current.head
    consequence = {c.lower_ for c in token.children if c.dep_ == "aux"} & {"would", "could"}
    conditions = [
        c
        for c in token.children
        if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark")
    ]
    return bool(consequence and conditions)


def _shares_a_modal(token: Token) -> bool:
    """'could not perform ... or block her special': a coordinated verb takes the modal and
    the negation of the verb it is coordinated with."""
    if token.dep_ != "conj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "neg", "nsubj") for c in token.children):
        return False  # it has its own
    head = token.head
    negated = any(c.dep_ == "neg" for c in head.children)
    modal = any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUXILIARIES for c in head.children)
    return negated or modal


def _is_speculative(token: Token) -> bool:
    """'is likely to deploy', 'is unlikely to agree', 'neither can Xi allow': a guess or an
    impossibility, not an act."""
    head = token.head if token.dep_ == "xcomp" else None
    if head is not None and head.lower_ in SPECULATIVE_ADJECTIVES:
        return True
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if auxiliaries & {"can", "ca"}:
        negated = any(c.dep_ == "neg" or c.lower_ in ("neither", "nor") for c in token.children)
        return negated or any(t.lower_ in ("neither", "nor") for t in token.sent[:3])
    return False


def _is_imperative(token: Token) -> bool:
    """A bare verb opening its sentence with no subject: an instruction, not a report."""
    if token.dep_ != "ROOT" or token.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in token.children):
        return False
    first = next((t for t in token.sent if not t.is_punct and not t.is_space), None)
    return first is not None and (first.i == token.i or first.lower_ in ("please", "do", "don't"))


def _is_generic(token: Token) -> bool:
    """A bare plural subject in the simple present ('Governments often impose sanctions'):
    what usually happens, not what happened."""
    if token.tag_ not in ("VBP", "VBZ") or any(c.dep_ == "aux" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_:
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") or c.lower_ in GENERIC_DETERMINERS
        for c in subject.children
    )


def is_factual(event: Event) -> bool:
    """Kept as an event: told as done, said, planned or threatened. 'Could', 'might' and
    'did not' acts are not events (PLOVER: negated events can be excluded); a refusal coded
    from a negated intention ('will not accept') was recoded as REJECT and is kept."""
    recoded = event.type == "REJECT" and event.mode in COOPERATIVE_MODES
    return event.modality not in (Modality.HYPOTHETICAL, Modality.NEGATED) or recoded
