"""Reading one sentence's attributions from its parse: the cue readers.

Each reader looks at one token and either recognises the attribution it
starts (a cue verb with its subject and clause, "according to", a passive
without an agent, "reportedly", "Kim's claim that", a colon headline) or
returns None.  :mod:`.quotes` joins what they find to the quotation marks
around it and makes the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import QuoteKind
from .cues import CueLexicon
from .quotation_marks import OPENING_QUOTES
from .syntax import (
    has_mark,
    is_passive,
    is_quoted_phrase,
    is_time_phrase,
    lemma_of,
    phrase,
    subject_of,
    text_of,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Interval = tuple[int, int]


CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
QUOTED_OBJECT_DEPS = frozenset({"dobj", "ccomp", "oprd"})  # 'a man yelled "Stay there!"'
CLAUSE_MARKS = frozenset({"for", "that", "whether", "if"})
EDGE_PUNCTUATION = ",;:—–-("
MIN_QUOTE_TOKENS = 4  # shorter quoted phrases are scare quotes ("new goals"), not speech
EVIDENTIAL_VERBS = frozenset({"seem", "appear"})
ANSWER_VERBS = frozenset({"say", "answer", "reply", "respond"})
SPEECH_VERBS = frozenset(
    {
        "say",
        "comment",
        "speak",
        "talk",
        "elaborate",
        "explain",
        "answer",
        "respond",
        "confirm",
        "specify",
    }
)
PROPOSING_VERBS = frozenset({"suggest"})
MODALS = frozenset({"could", "might", "may"})
CARRY_PARAGRAPHS = 2  # an agency's report carries over this many paragraphs after its cue
BLOCK_BREAK = re.compile(r"\n|\s{3,}|(?<=[.!?”\"])\s{2,}")


@dataclass
class Found:
    """An attribution while it is being read (token indices; offsets come last)."""

    cue: list[Token]
    lemma: str
    kind: QuoteKind
    content: set[int]
    source: set[int] | None
    negated: bool = False
    via: set[int] | None = None
    quoted: list[Interval] = field(default_factory=list)  # quotation regions joined to the content
    pending: str | None = None  # "after"/"before": content is the quote beside the cue


def read_sentence(sentence: Span, lexicon: CueLexicon, used: set[int]) -> list[Found]:
    found = []
    for token in sentence:
        if token.i in used:
            continue
        item = (
            _read_according_to(token)
            or _read_evidential(token)
            or _read_verb_cue(token, lexicon)
            or _read_adverb_cue(token, lexicon)
            or _read_noun_cue(token, lexicon)
        )
        if item is not None:
            _clip_to_block(item)
            used.update(t.i for t in item.cue)
            found.append(item)
    headline = _read_colon_headline(sentence)
    if headline is not None and not found:
        found.append(headline)
    return found


def _clip_to_block(item: Found) -> None:
    """Keep source and content within the cue's line: a parse can run over a line break
    or a wide gap ("... deliver it.”  10:30 p.m.  Despite ...") where a sentence ends unmarked."""
    doc = item.cue[0].doc
    text = text_of(doc)
    at = item.cue[0].idx
    breaks = _block_breaks(text)
    start = max((b for b in breaks if b < at), default=-1)
    end = min((b for b in breaks if b > at), default=len(text))
    item.content = {i for i in item.content if start < doc[i].idx < end}
    if item.source is not None:
        item.source = {i for i in item.source if start < doc[i].idx < end} or None


@lru_cache(maxsize=4)
def _block_breaks(text: str) -> list[int]:
    return [m.start() for m in BLOCK_BREAK.finditer(text)]


def _read_verb_cue(token: Token, lexicon: CueLexicon) -> Found | None:
    """A cue verb with its source (subject, agent) and content (clause, object, quote)."""
    kind = lexicon.verb_kind(lemma_of(token))
    if (
        kind is None
        or token.pos_ not in ("VERB", "AUX")
        or token.dep_ in ("amod", "compound", "aux")
    ):
        return None
    cue = _cue_tokens(token, lexicon)
    if cue is None:
        return None
    lemma = " ".join(lemma_of(t) for t in cue if t.dep_ != "prep" or t.head == token)
    if _is_quoted_passive(token):
        return _read_quoted_passive(token, cue, kind)
    content = _content_tokens(token, lexicon, cue)
    source = _source_tokens(token, lexicon)
    if source is _SOURCELESS_INVALID:
        return None
    item = Found(cue=cue, lemma=lemma, kind=kind, content=content, source=source)
    item.negated = any(child.dep_ == "neg" for child in token.children) or (
        token.dep_ == "pcomp" and token.head.lower_ == "without"  # "without elaborating on"
    )
    item.kind = _contextual_kind(token, item)
    if not content:
        item.pending = _adjacent_quote_side(token)
        if item.pending is None:
            return None
    if item.source is not None:
        item.content -= item.source
    return item


_SOURCELESS_INVALID: set[int] = {-1}  # marker: a passive cue that is no attribution


def _cue_tokens(token: Token, lexicon: CueLexicon) -> list[Token] | None:
    """The verb plus its particle ("pointed out", "set forth") and "in a statement"."""
    lemma = lemma_of(token)
    particles = lexicon.phrasal.get(lemma)
    cue = [token]
    if particles is not None:
        particle = next(
            (
                c
                for c in token.children
                if c.lower_ in particles and c.dep_ in ("prt", "prep", "advmod")
            ),
            None,
        )
        if particle is None:
            return None
        if particle.i == token.i + 1:
            cue.append(particle)
    statement = _statement_phrase(token, lexicon)
    if statement:
        cue.extend(statement)
    return cue


def _statement_phrase(token: Token, lexicon: CueLexicon) -> list[Token]:
    """'said in a statement', 'told in an interview': the cue includes the phrase."""
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in lexicon.statement_prepositions:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and objects[0].lemma_.lower() in lexicon.nouns and child.i <= token.i + 2:
            return [t for t in token.doc[token.i + 1 : objects[0].i + 1]]
    return []


def _content_tokens(token: Token, lexicon: CueLexicon, cue: list[Token]) -> set[int]:
    """What the cue verb attributes: its clause, else its object (judging verbs), else its inversion."""
    cue_ids = {t.i for t in cue}
    lemma = lemma_of(token)
    if lemma in lexicon.speech_only:
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
    else:
        clauses = [c for c in token.children if c.dep_ in CLAUSE_DEPS and not _is_cue_verb(c)]
        clauses += [c for c in token.children if c.dep_ == "advcl" and has_mark(c, CLAUSE_MARKS)]
    heads = list(clauses)
    if clauses and any(c.dep_ == "xcomp" for c in clauses):
        heads += [c for c in token.children if c.dep_ == "dobj"]  # "urged X to", "told X to"
    if not heads and lemma in lexicon.object_content:
        heads = [c for c in token.children if c.dep_ in ("dobj", "oprd", "dative")]
        if heads:
            heads += [
                c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "as")
            ]
    if not heads:
        heads = [
            c
            for c in token.children
            if c.dep_ == "prep"
            and lexicon.takes_preposition(lemma, c.lower_)
            and c.i not in cue_ids
            and not is_time_phrase(c)  # "reported on Sunday"
        ]
        if heads:
            cue_ids.add(heads[0].i)
            cue.append(heads[0])
    if heads and is_passive(token):
        heads += [c for c in token.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    if len(heads) > 1:  # "what it called five drones": the content is the naming, not "what"
        heads = [h for h in heads if not (h.dep_ == "dobj" and h.tag_ in ("WP", "WDT"))]
    if not heads:  # "argued for decades that ...": the clause misattached to the time phrase
        heads = [
            clause
            for prep in token.children
            if prep.dep_ == "prep" and is_time_phrase(prep)
            for noun in prep.children
            for clause in noun.children
            if clause.dep_ in ("acl", "relcl") and has_mark(clause, frozenset({"that"}))
        ]
    if not heads:  # '"Very good reporter," Trump said' (the quote parsed as a second subject)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            heads = [c for c in subjects if is_quoted_phrase(c)]
    if not heads and lemma in ANSWER_VERBS:
        heads = [c for c in token.children if c.dep_ == "intj"]  # "said yes", "answered no"
    tokens: set[int] = set()
    for head in heads:
        tokens.update(t.i for t in head.subtree)
        for coordinated in _coordinated_cues(head, lexicon):  # "said X and said that Y"
            tokens -= {t.i for t in coordinated.subtree}
    if not tokens and _is_inverted(token):
        tokens = _inverted_content(token)
    return tokens - cue_ids


def _coordinated_cues(head: Token, lexicon: CueLexicon) -> list[Token]:
    """Cue verbs coordinated inside a content clause, with no subject of their own: a second report."""
    return [
        t
        for t in head.subtree
        if t.dep_ == "conj"
        and t.i != head.i
        and lexicon.verb_kind(t.lemma_.lower()) in (QuoteKind.STATEMENT, QuoteKind.CLAIM)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]


def _is_cue_verb(token: Token) -> bool:
    """'continued to say', 'declined to comment': the inner verb is the cue, not the outer one."""
    return token.dep_ == "xcomp" and token.lemma_.lower() in SPEECH_VERBS


def _is_inverted(token: Token) -> bool:
    """'..., he said' / '"...," she said, "..."': the cue clause is set off by punctuation,
    and ends its head's clause when it follows it (else it is a nested report: 'Kim said X raised')."""
    if token.dep_ == "parataxis":
        return True
    if token.dep_ != "ccomp" or token.head.i > token.i:
        return False
    first = min(t.i for t in token.subtree)
    last = max(t.i for t in token.subtree)
    trailing = [t for t in token.head.subtree if t.i > last and not t.is_punct]
    return first > 0 and token.doc[first - 1].is_punct and not trailing


def _inverted_content(token: Token) -> set[int]:
    """'The economy, he said, is strong' / 'It is strong, he said': the head clause minus the cue's."""
    own = {t.i for t in token.subtree}
    return {t.i for t in token.head.subtree if t.i not in own}


def _source_tokens(token: Token, lexicon: CueLexicon) -> set[int] | None:
    """Who: the subject; an agent in the passive; a subject shared through coordination."""
    lemma = lemma_of(token)
    children = list(token.children)
    if is_passive(token):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if objects:
            return phrase(objects[0])
        if lemma in lexicon.passive_sourceless:
            return None  # the subject is part of the content: see _content_tokens
        return _SOURCELESS_INVALID
    subject = subject_of(token)
    return phrase(subject) if subject is not None else _SOURCELESS_INVALID


def _is_quoted_passive(token: Token) -> bool:
    return token.lemma_.lower() == "quote" and any(c.dep_ == "nsubjpass" for c in token.children)


def _read_quoted_passive(token: Token, cue: list[Token], kind: QuoteKind) -> Found | None:
    """'Mr Kim was quoted by the state media as saying that ...': source Kim, via the media."""
    subject = next(c for c in token.children if c.dep_ == "nsubjpass")
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    via = None
    if agent is not None:
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        via = phrase(objects[0]) if objects else None
    as_phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    content: set[int] = set()
    last = token
    if as_phrase is not None:
        saying = next((c for c in as_phrase.children if c.dep_ == "pcomp"), None)
        if saying is not None:
            last = saying
            for child in saying.children:
                if child.dep_ in CLAUSE_DEPS or child.dep_ == "dobj":
                    content.update(t.i for t in child.subtree)
    first = min([token] + [c for c in token.children if c.dep_ == "auxpass"], key=lambda t: t.i)
    cue_tokens = list(token.doc[first.i : last.i + 1])
    item = Found(
        cue=cue_tokens, lemma="quote", kind=kind, content=content, source=phrase(subject), via=via
    )
    if not content:
        item.pending = _adjacent_quote_side(last)
        if item.pending is None:
            return None
    return item


def _read_according_to(token: Token) -> Found | None:
    """'according to X, ...': the rest of the clause is X's."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    if to is None or not objects:
        return None
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    own = {t.i for t in token.subtree}
    content = trim(token.doc, {t.i for t in clause.subtree} - own)
    return Found(
        cue=[token, to],
        lemma="according to",
        kind=QuoteKind.STATEMENT,
        content=content,
        source=phrase(objects[0]),
    )


def _read_evidential(token: Token) -> Found | None:
    """'Trump seemed unperturbed', 'it appears that ...': the writer's hedge, sourceless
    unless someone is named ('seemed to analysts')."""
    if token.lemma_.lower() not in EVIDENTIAL_VERBS or token.pos_ != "VERB":
        return None
    complements = [c for c in token.children if c.dep_ in ("xcomp", "acomp", "ccomp", "oprd")]
    if not complements:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ != "it"]
    content: set[int] = set()
    for part in subjects + complements:
        content.update(t.i for t in part.subtree)
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    return Found(
        cue=[token],
        lemma=token.lemma_.lower(),
        kind=QuoteKind.SPECULATION,
        content=content,
        source=phrase(objects[0]) if objects else None,
    )


def _read_adverb_cue(token: Token, lexicon: CueLexicon) -> Found | None:
    """'reportedly', 'allegedly': a sourceless attribution of the clause it modifies."""
    kind = lexicon.adverbs.get(token.lower_)
    if kind is None or token.dep_ != "advmod" or lexicon.verb_kind(token.head.lemma_.lower()):
        return None  # "reportedly said": the verb is the cue
    clause = token.head
    content = trim(token.doc, {t.i for t in clause.subtree} - {token.i})
    return Found(cue=[token], lemma=token.lower_, kind=kind, content=content, source=None)


def _read_noun_cue(token: Token, lexicon: CueLexicon) -> Found | None:
    """ "Kim's claim that ...", "the ministry's warning that ...": a possessor and a that-clause."""
    kind = lexicon.nouns.get(token.lower_)
    if kind is None or token.pos_ != "NOUN":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ in ("acl", "ccomp")
            and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
        ),
        None,
    )
    if owner is None or clause is None:
        return None
    return Found(
        cue=[token],
        lemma=token.lemma_.lower(),
        kind=kind,
        content={t.i for t in clause.subtree},
        source=phrase(owner) - {token.i},
    )


def _read_colon_headline(sentence: Span) -> Found | None:
    """'Graham: Trump's rhetoric destroys GOP' - a named speaker, a colon, their words."""
    tokens = list(sentence)
    colon = next((t for t in tokens[:6] if t.text == ":"), None)
    if colon is None or colon.i == sentence.start:
        return None
    speaker = sentence.doc[sentence.start : colon.i]
    if (
        not speaker.ents
        or speaker.ents[-1].end != colon.i
        or speaker.ents[-1].label_ not in ("PERSON", "ORG")
    ):
        return None
    content = trim(sentence.doc, set(range(colon.i + 1, sentence.end)))
    if sum(sentence.doc[i].is_alpha for i in content) < 3:  # "Bernie Sanders: 1,501." is a tally
        return None
    return Found(
        cue=[colon],
        lemma=":",
        kind=QuoteKind.STATEMENT,
        content=content,
        source=set(range(speaker.ents[-1].start, speaker.ents[-1].end)),
    )


def _contextual_kind(token: Token, item: Found) -> QuoteKind:
    """'what X called Y' is a claim; a statement whose clause says 'could' or 'might' speculates
    ('officials said the dam could collapse'); a belief stays one ('officials fear it could')."""
    if token.lemma_.lower() in ("call", "describe", "term", "dub", "label") and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in token.children
    ):
        return QuoteKind.CLAIM
    clauses = [c for c in token.children if c.dep_ in CLAUSE_DEPS]
    if token.lemma_.lower() in PROPOSING_VERBS and not clauses:
        return QuoteKind.STATEMENT  # "suggested ways to overcome them": a proposal, not a guess
    if item.kind is QuoteKind.STATEMENT:
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if any(
            aux.lower_ in MODALS
            for clause in clauses
            for aux in clause.children
            if aux.dep_ == "aux"
        ):
            return QuoteKind.SPECULATION
    return item.kind


def _adjacent_quote_side(token: Token) -> str | None:
    """A cue with no clause: 'He said: "..."' (after) or '"..." he said.' (before)."""
    doc = token.doc
    last = max(t.i for t in token.subtree)
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and (
        after.text == ":" or after.text in OPENING_QUOTES or after.text in ('"', "``")
    ):
        return "after"
    sentence = token.sent
    if all(t.is_punct or t.i in {s.i for s in token.subtree} for t in sentence):
        return "before"
    first = min(t.i for t in token.subtree)
    closing = ("”", '"', "''")
    if first > 0 and doc[first - 1].text in closing:
        return "before"
    if first > 1 and doc[first - 1].text == "," and doc[first - 2].text in closing:
        return "before"  # '"...", Trump, the front-runner, said' (the comma outside the quote)
    return None
