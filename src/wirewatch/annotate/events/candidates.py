"""Candidate event mentions: the verbs (and the demands made through reporting verbs) that a
PLOVER pattern codes, and the intentions that recode an act as a threat, a promise or a refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import (
    Event,
    Modality,
)
from ..plover import Pattern, plover_lexicon
from ..syntax import has_mark, lemma_of, misparsed_coordinated_verb
from .factuality import PLANNING_VERBS
from .participants import CIVILIAN_SECTORS, REPORTING_VERBS, asked_to_act

if TYPE_CHECKING:
    from spacy.tokens import Token


DEONTIC_AUXILIARIES = frozenset({"must", "should"})


def intends_another_event(token: Token) -> bool:
    """'vowed to attack', 'pledged to send aid': the intended act is the event (recoded as a
    THREATEN or AGREE), not the vow itself."""
    if lemma_of(token) not in PLANNING_VERBS:
        return False
    return any(c.dep_ == "xcomp" and pattern_for(c) is not None for c in token.children)


DESIRE_VERBS = frozenset({"want", "wish"})


def desire_pattern(token: Token) -> Pattern | None:
    """'The US wants the UK to extradite Assange': wanting another to act is a REQUEST of them
    (the act wanted is its content), as PLOVER codes demands; wanting to act oneself is an
    intention, coded from the act."""
    if lemma_of(token) not in DESIRE_VERBS or token.pos_ != "VERB":
        return None
    for clause in token.children:
        if clause.dep_ not in ("xcomp", "ccomp") or pattern_for(clause) is None:
            continue
        if asked_to_act(token, clause) is not None:
            return Pattern(
                type="REQUEST", verb=lemma_of(token), particle=None, object=None, mode="want"
            )
    return None


def demand_pattern(token: Token) -> Pattern | None:
    """'Britain said Libya must hand over the suspects': saying that someone must act is a REQUEST
    (the reporter asks it of the clause's subject)."""
    if token.dep_ != "ccomp" or lemma_of(token.head) not in REPORTING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUXILIARIES for c in token.children):
        return None
    return Pattern(
        type="REQUEST", verb=lemma_of(token.head), particle=None, object=None, mode="must"
    )


def recode_intentions(token: Token, event: Event) -> Event:
    """PLOVER codes intentions, not only acts: an act made conditional ('unless') or an intended
    act of material conflict is a THREATEN; an intended act of cooperation ('will allow', 'ready
    to contribute') is an AGREE; refusing one ('will not accept') a REJECT. The act is the mode.
    Civilians blocking a road are protesting."""
    conditional = any(
        c.dep_ == "advcl" and has_mark(c, frozenset({"unless"})) for c in token.children
    )
    clause = _intent_clause(token)
    main = is_main_clause(clause) or clause.dep_ == "ccomp"  # or what someone says they will do
    if conditional and event.type != "THREATEN":
        return _recoded(event, "THREATEN", event.type.lower())
    if event.modality is Modality.THREATENED and event.type != "THREATEN":
        return _recoded(event, "THREATEN", event.type.lower())  # "threatened to cut ties"
    if event.modality is Modality.PLANNED and main and event.type not in ("PROTEST", "THREATEN"):
        if event.quad_class == 4 and event.type != "MOBILIZE":  # a planned deployment stays one
            return _recoded(event, "THREATEN", event.type.lower())  # "vowed to fight"
        if event.quad_class == 2 or event.type in ("CONSULT", "SUPPORT"):
            return _recoded(event, "AGREE", event.type.lower())  # "will provide aid"
    chosen = token.dep_ == "xcomp" and lemma_of(token.head) in ("choose", "decide", "opt")
    if event.modality is Modality.NEGATED and (main or chosen) and event.quad_class in (1, 2):
        # "will not accept refugees", "did not accept the offer", "chose not to provide"
        return _recoded(event, "REJECT", event.type.lower())
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


def pattern_for(token: Token) -> Pattern | None:
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
    if lemma_of(token) not in plover_lexicon().patterns:
        return None  # most verbs code nothing: skip reading their arguments
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")}
    direct = with_of_nouns(
        [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "acomp", "oprd")]
    )
    objects = {lemma_of(c) for c in direct}
    objects |= {lemma_of(c) for o in direct for c in o.children if c.dep_ in ("compound", "amod")}
    # "put troops on alert", "remained on high alert": the state named after a preposition
    objects |= {
        lemma_of(n)
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("on", "in", "into", "from")
        for n in p.children
        if n.dep_ == "pobj"
    }
    found = plover_lexicon().match(lemma_of(token), particles, objects)
    if found is not None and found.object == "guilty" and _pleads_not_guilty(token):
        return Pattern(type="REJECT", verb=found.verb, particle=None, object="guilty", mode="plea")
    return found


def _pleads_not_guilty(token: Token) -> bool:
    """'pleaded not guilty' denies the charges (REJECT); 'pleaded guilty' admits them (CONCEDE)."""
    guilty = [c for c in token.children if c.lower_ == "guilty"]
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for g in guilty for c in g.children
    )


def _intent_clause(token: Token) -> Token:
    """The verb that carries an intention: 'is ready to contribute' -> 'is'."""
    current = token
    while current.dep_ in ("xcomp", "acomp") and current.head.i != current.i:
        current = current.head
    return current


def is_main_clause(token: Token) -> bool:
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


def with_of_nouns(nouns: list[Token]) -> list[Token]:
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


CONTENT_DEPENDENCIES = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "conj"})
TEMPORAL_MARKS = frozenset({"after", "before", "when", "while", "since", "as", "because", "until"})


def outermost(found: list[tuple[Token, Pattern]]) -> list[tuple[Token, Pattern]]:
    """An act named inside another event's clause is what that event is about, not an event
    of its own: 'called on the government to withdraw the military' is one REQUEST (PLOVER
    codes what is asked as the request's content), 'urged the department to provide vaccines'
    one REQUEST, 'allowed Ukraine to strike inside Russia' one act. Acts joined by 'after',
    'when', 'because' are told as separate happenings and stay."""
    triggers = {token.i for token, _ in found}
    return [(token, pattern) for token, pattern in found if not _inside_another(token, triggers)]


def _inside_another(token: Token, triggers: set[int]) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ not in CONTENT_DEPENDENCIES or current.head.i == current.i:
            return False
        if current.dep_ == "conj":  # "beat and raped": coordinated acts, joined later
            return False
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in current.children):
            return False
        current = current.head
        if current.i in triggers:
            return True
    return False


PROTEST_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "march", "riot", "sit-in", "walkout"}
)
OCCURRENCE_VERBS = frozenset(
    {"spread", "erupt", "break", "continue", "take", "grow", "turn", "rage", "swell", "escalate",
     "intensify", "resume", "enter", "sweep", "paralyse", "paralyze", "draw", "gather"}
)  # fmt: skip


def noun_pattern(token: Token) -> Pattern | None:
    """A protest told by its noun ('demonstrations against new taxes spread to three towns',
    'protests erupted in the capital'): the happening is the protest, its actors the
    protesters it stands for."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or lemma_of(token) not in PROTEST_NOUNS:
        return None
    if lemma_of(token.head) not in OCCURRENCE_VERBS:
        return None
    return Pattern(type="PROTEST", verb=lemma_of(token), particle=None, object=None, mode=None)
