"""Attributions: who says (thinks, wants, denies) what, through whom, and how sure.

Read from the dependency parse with a cue lexicon (:mod:`.cues`), the way
news attribution is written:

- a cue verb with its subject and clause: "Observers suggest that ...",
  '"...," the state media added', "He clarified ..., it added";
- objects of judging verbs: "Seoul accusing Pyongyang of flying drones",
  "what it called five drones" (a claim: the writer keeps a distance);
- "according to X", "X was quoted by Y as saying", "reportedly", passives
  without an agent ("is expected to": sourceless);
- quotation marks: a quote's content is the whole quoted passage, even
  when it runs over several sentences or is interrupted by "he said"; a
  quote no cue claims is the subject's ('Mr Kim "set forth new goals"') or
  continues the previous speaker's words.

Sources are then resolved to entities by :mod:`.speakers`, and channels
(``via``) come from nesting ("Kim said ..., KCNA reported") and from a
news agency whose report the following paragraphs carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import Cue, Entity, Quote, QuoteContent, QuoteKind, QuoteSource
from .cues import CueLexicon, cue_lexicon
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Interval = tuple[int, int]

CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
DATELINE_DASHES = frozenset({"—", "–", "--"})
QUOTED_OBJECT_DEPS = frozenset({"dobj", "ccomp", "oprd"})  # 'a man yelled "Stay there!"'
CLAUSE_MARKS = frozenset({"for", "that", "whether", "if"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
OPENING_QUOTES = "“«„"
QUOTE_MARK = re.compile(r"``|''|[“”«»„\"]")  # `` and '': typewriter quotes in wire and LDC copy
EDGE_PUNCTUATION = ",;:—–-("
MIN_QUOTE_TOKENS = 4  # shorter quoted phrases are scare quotes ("new goals"), not speech
LEMMA_FIXES = {("hop", "hope"): "hope"}
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
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
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


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every attribution in the body, in text order, with ids Q1, Q2, ..."""
    lexicon = cue_lexicon()
    regions = quotation_regions(doc.text)
    found: list[Found] = []
    used: set[int] = set()
    for sentence in doc.sents:
        found.extend(_read_sentence(sentence, lexicon, used))
    _attach_adjacent_quotes(doc, found, regions)
    found = [item for item in found if item.content or item.quoted]
    _join_quotation_regions(doc, found, regions)
    found.extend(_orphan_quotes(doc, found, regions))
    found = _drop_cues_inside_quotes(found)
    resolver = SpeakerResolver(doc, entities)
    paragraphs = paragraph_starts(doc.text)
    quotes = [
        _to_quote(doc, item, resolver, regions, paragraphs)
        for item in sorted(found, key=lambda f: _first_offset(doc, f))
    ]
    quotes = [quote for quote in quotes if quote.content.spans]
    _nest_channels(quotes)
    _carry_channels(quotes, entities)
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"Q{number}"
    return quotes


# -- quotation marks ------------------------------------------------------


def quotation_regions(text: str) -> list[Interval]:
    """Spans inside quotation marks, marks included; an unclosed quote runs to its paragraph's end.

    Curly quotes pair by direction; straight quotes toggle within a
    paragraph (news copy does not nest them).
    """
    regions: list[Interval] = []
    for start, end in _paragraph_intervals(text):
        regions.extend(_regions_in(text, start, end))
    return regions


def _regions_in(text: str, start: int, end: int) -> list[Interval]:
    regions = []
    opened: int | None = None
    for match in QUOTE_MARK.finditer(text, start, end):
        mark = match.group()
        if mark in ('"', "''"):
            mark = _straight_quote_role(text, match.start(), match.end(), opened is not None)
        if mark in OPENING_QUOTES or mark == "``":
            opened = match.start()  # a second opening mark: the first was never closed, start again
        elif opened is not None:
            regions.append((opened, match.end()))
            opened = None
    if opened is not None and end - opened > 1:
        regions.append((opened, end))
    return regions


def _straight_quote_role(text: str, start: int, end: int, is_open: bool) -> str:
    """A straight quote (or typewriter '') opens after a space and before a word, closes after a
    word; else it toggles."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-":
        if not after.isspace():
            return "“"
    elif after.isspace() or after in ".,;:!?)]—–-":
        return "”"
    return "”" if is_open else "“"


def _paragraph_intervals(text: str) -> list[Interval]:
    intervals = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        intervals.append((position, match.start()))
        position = match.end()
    intervals.append((position, len(text)))
    return [(start, end) for start, end in intervals if text[start:end].strip()]


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs, matching ``article.paragraphs`` (blank-line separated)."""
    return [start for start, _ in _paragraph_intervals(text)]


# -- reading one sentence -------------------------------------------------


def _read_sentence(sentence: Span, lexicon: CueLexicon, used: set[int]) -> list[Found]:
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


def _lemma(token: Token) -> str:
    """The lemma, with the small model's known slips mended ('hoped' -> 'hop')."""
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get((lemma, token.lower_[:4]), lemma)


def _clip_to_block(item: Found) -> None:
    """Keep source and content within the cue's line: a parse can run over a line break
    or a wide gap ("... deliver it.”  10:30 p.m.  Despite ...") where a sentence ends unmarked."""
    doc = item.cue[0].doc
    text = doc.text
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
    kind = lexicon.verb_kind(_lemma(token))
    if (
        kind is None
        or token.pos_ not in ("VERB", "AUX")
        or token.dep_ in ("amod", "compound", "aux")
    ):
        return None
    cue = _cue_tokens(token, lexicon)
    if cue is None:
        return None
    lemma = " ".join(_lemma(t) for t in cue if t.dep_ != "prep" or t.head == token)
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
    lemma = _lemma(token)
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
    lemma = _lemma(token)
    if lemma in lexicon.speech_only:
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
    else:
        clauses = [c for c in token.children if c.dep_ in CLAUSE_DEPS and not _is_cue_verb(c)]
        clauses += [c for c in token.children if c.dep_ == "advcl" and _has_mark(c, CLAUSE_MARKS)]
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
            and not _is_time_phrase(c)  # "reported on Sunday"
        ]
        if heads:
            cue_ids.add(heads[0].i)
            cue.append(heads[0])
    if heads and _is_passive(token):
        heads += [c for c in token.children if c.dep_ == "nsubjpass" and c.lower_ != "it"]
    if len(heads) > 1:  # "what it called five drones": the content is the naming, not "what"
        heads = [h for h in heads if not (h.dep_ == "dobj" and h.tag_ in ("WP", "WDT"))]
    if not heads:  # "argued for decades that ...": the clause misattached to the time phrase
        heads = [
            clause
            for prep in token.children
            if prep.dep_ == "prep" and _is_time_phrase(prep)
            for noun in prep.children
            for clause in noun.children
            if clause.dep_ in ("acl", "relcl") and _has_mark(clause, frozenset({"that"}))
        ]
    if not heads:  # '"Very good reporter," Trump said' (the quote parsed as a second subject)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            heads = [c for c in subjects if _is_quoted_phrase(c)]
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


def _is_quoted_phrase(token: Token) -> bool:
    """A phrase that opens with a quotation mark (its own or the one just before it)."""
    first = min(t.i for t in token.subtree)
    doc = token.doc
    return _is_opening_mark(doc[first]) or (first > 0 and _is_opening_mark(doc[first - 1]))


def _is_opening_mark(token: Token) -> bool:
    if token.text in OPENING_QUOTES or token.text == "``":
        return True
    if token.text not in ('"', "''"):
        return False
    after_space = (
        token.i == 0 or bool(token.doc[token.i - 1].whitespace_) or token.doc[token.i - 1].is_space
    )
    return after_space and not token.whitespace_


def _is_time_phrase(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def _has_mark(token: Token, marks: frozenset[str]) -> bool:
    """'is calling for the US to step up' (parsed as an adverbial clause marked 'for')."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


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
    lemma = _lemma(token)
    children = list(token.children)
    if _is_passive(token):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if objects:
            return _phrase(objects[0])
        if lemma in lexicon.passive_sourceless:
            return None  # the subject is part of the content: see _content_tokens
        return _SOURCELESS_INVALID
    subject = _subject_of(token)
    return _phrase(subject) if subject is not None else _SOURCELESS_INVALID


def _is_passive(token: Token) -> bool:
    """'was asked', and the bare participle: 'Le Pen, asked which candidate she backs, said'."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("aux", "nsubj") for c in token.children)
    )


def _subject_of(token: Token) -> Token | None:
    """The subject, inherited from the verb this one is coordinated with or complements."""
    current: Token | None = token
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        subject = next((c for c in subjects if not _is_quoted_phrase(c)), None)
        if subject is not None:
            return subject  # a relative pronoun ("who said") is resolved to its antecedent later
        if current.dep_ == "conj" and current.head.dep_ == "ccomp" and current.i > current.head.i:
            current = current.head.head  # "He said X and said that Y", parsed with the 2nd inside X
        elif current.dep_ in ("conj", "xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
        elif current.dep_ in ("acl", "pcomp", "advcl") and current.tag_ == "VBG":
            return _noun_before(current)  # "with Seoul accusing Pyongyang"
        else:
            return None
    return None


def _noun_before(token: Token) -> Token | None:
    """Who does a participle clause: 'with Seoul accusing' (after 'with'), else the main clause's subject
    ('Swift posted on Twitter accusing Big Machine' is Swift, not Twitter)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.pos_ in ("PROPN", "NOUN", "PRON"):
        if before.dep_ == "pobj" and before.head.lower_ in ("with", "without"):
            return before
        if before.dep_ in ("nsubj", "appos"):
            return before
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _phrase(head: Token) -> set[int]:
    """A source phrase: the head's subtree, or for a relative clause's antecedent its compounds only."""
    tokens = {t.i for t in head.subtree}
    dashes = [i for i in tokens if head.doc[i].text in DATELINE_DASHES and i < head.i]
    if dashes:  # "WASHINGTON (AP) — Sen. Bernie Sanders": the dateline is not the source
        tokens = {i for i in tokens if i > max(dashes)}
    relative = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    for clause in relative:
        tokens -= {t.i for t in clause.subtree}
    return _trim(head.doc, tokens)


def _trim(doc: Doc, tokens: set[int]) -> set[int]:
    """Drop punctuation at the edges of a token set (never quotation marks)."""
    ordered = sorted(tokens)
    while ordered and doc[ordered[0]].is_punct and not QUOTE_MARK.fullmatch(doc[ordered[0]].text):
        ordered.pop(0)
    while ordered and doc[ordered[-1]].is_punct and not QUOTE_MARK.fullmatch(doc[ordered[-1]].text):
        ordered.pop()
    return set(ordered)


def _is_quoted_passive(token: Token) -> bool:
    return token.lemma_.lower() == "quote" and any(c.dep_ == "nsubjpass" for c in token.children)


def _read_quoted_passive(token: Token, cue: list[Token], kind: QuoteKind) -> Found | None:
    """'Mr Kim was quoted by the state media as saying that ...': source Kim, via the media."""
    subject = next(c for c in token.children if c.dep_ == "nsubjpass")
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    via = None
    if agent is not None:
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        via = _phrase(objects[0]) if objects else None
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
        cue=cue_tokens, lemma="quote", kind=kind, content=content, source=_phrase(subject), via=via
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
    content = _trim(token.doc, {t.i for t in clause.subtree} - own)
    return Found(
        cue=[token, to],
        lemma="according to",
        kind=QuoteKind.STATEMENT,
        content=content,
        source=_phrase(objects[0]),
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
        source=_phrase(objects[0]) if objects else None,
    )


def _read_adverb_cue(token: Token, lexicon: CueLexicon) -> Found | None:
    """'reportedly', 'allegedly': a sourceless attribution of the clause it modifies."""
    kind = lexicon.adverbs.get(token.lower_)
    if kind is None or token.dep_ != "advmod" or lexicon.verb_kind(token.head.lemma_.lower()):
        return None  # "reportedly said": the verb is the cue
    clause = token.head
    content = _trim(token.doc, {t.i for t in clause.subtree} - {token.i})
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
        source=_phrase(owner) - {token.i},
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
    content = _trim(sentence.doc, set(range(colon.i + 1, sentence.end)))
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


# -- quotation marks joined to attributions -------------------------------


def _attach_adjacent_quotes(doc: Doc, found: list[Found], regions: list[Interval]) -> None:
    """Give a clause-less cue the quotation right after (colon) or right before it."""
    for item in found:
        if item.pending is None:
            continue
        cue_start = item.cue[0].idx
        cue_end = item.cue[-1].idx + len(item.cue[-1])
        if item.pending == "after":
            later = [
                r
                for r in regions
                if r[0] >= cue_end and not doc.text[cue_end : r[0]].strip(" :,\n")
            ]
            item.quoted.extend(later[:1])
        else:
            earlier = [r for r in regions if r[1] <= cue_start]
            if earlier and not _gap_has_words(doc.text[earlier[-1][1] : cue_start], item, doc):
                item.quoted.append(earlier[-1])


def _gap_has_words(gap: str, item: Found, doc: Doc) -> bool:
    """Between a quote and its cue only the source may stand ('"...," the minister said')."""
    source_text = ""
    if item.source:
        source_text = doc[min(item.source) : max(item.source) + 1].text
    rest = gap.replace(source_text, " ", 1) if source_text else gap
    return bool(re.search(r"\w", rest))


def _join_quotation_regions(doc: Doc, found: list[Found], regions: list[Interval]) -> None:
    """A content that reaches into quotation marks takes the whole quoted passage."""
    for item in found:
        spans = _token_runs(doc, item.content)
        for region in regions:
            if region in item.quoted:
                continue
            if _cue_inside(item, region):
                continue  # "I think" inside a quotation does not take the whole quotation
            if any(_overlap(region, span) > 0 for span in spans) and _quote_words(doc, region) > 0:
                item.quoted.append(region)


def _cue_inside(item: Found, region: Interval) -> bool:
    return bool(item.cue) and region[0] <= item.cue[0].idx < region[1]


def _drop_cues_inside_quotes(found: list[Found]) -> list[Found]:
    """The speaker's own "I think" inside their quotation is part of it, not another attribution."""
    quoted = [region for item in found for region in item.quoted if not _cue_inside(item, region)]
    return [item for item in found if not any(_cue_inside(item, region) for region in quoted)]


def _orphan_quotes(doc: Doc, found: list[Found], regions: list[Interval]) -> list[Found]:
    """Quotations no cue claimed: the sentence subject's words, or the previous speaker's going on."""
    extra: list[Found] = []
    for region in regions:
        claimed = [
            span
            for item in found + extra
            if not _cue_inside(item, region)
            for span in _token_runs(doc, item.content) + item.quoted
        ]
        if any(_overlap(region, span) > 0 for span in claimed):
            continue
        if _quote_words(doc, region) < MIN_QUOTE_TOKENS:
            if extra and _same_sentence(doc, extra[-1].quoted[0], region):
                extra[-1].quoted.append(
                    region
                )  # 'Kim "set forth new goals" and "anti-enemy struggle"'
            continue
        item = (
            _subject_quote(doc, region)
            or _colon_quote(doc, region)
            or _continue_quote(doc, region, found + extra)
        )
        if item is not None:
            extra.append(item)
    return extra


def _subject_quote(doc: Doc, region: Interval) -> Found | None:
    """'Mr Kim "set forth new goals"' / 'Kim pointed out "a series of shortcomings"'."""
    inside = [t for t in doc if region[0] <= t.idx < region[1]]
    if not inside:
        return None
    lexicon = cue_lexicon()
    outside_heads = [
        t.head
        for t in inside
        if not region[0] <= t.head.idx < region[1]
        and (lexicon.verb_kind(_lemma(t.head)) or t.dep_ in QUOTED_OBJECT_DEPS)
    ]
    opening = _opening_verb(inside)
    inside_verbs = [opening] if opening is not None else []
    for verb in inside_verbs + outside_heads:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject_of(verb)
        if verb in inside_verbs and (subject is None or _phrase_end(subject) != inside[0].i - 1):
            continue
        if (
            subject is not None
            and subject.idx < region[0]
            and subject.pos_ in ("PROPN", "PRON", "NOUN")
        ):
            particle = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
            return Found(
                cue=[verb, *particle],
                lemma=" ".join(t.lemma_.lower() for t in [verb, *particle]),
                kind=QuoteKind.STATEMENT,
                content=set(),
                source=_phrase(subject),
                quoted=[region],
            )
    return None


def _colon_quote(doc: Doc, region: Interval) -> Found | None:
    """'The judge interrupted: "Explain to me ..."': whoever acts before the colon says it."""
    before = doc.text[: region[0]].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    verbs = [t for t in colon.sent if t.i < colon.start and t.pos_ == "VERB"]
    for verb in reversed(verbs):
        subject = _subject_of(verb)
        if subject is not None and subject.i < verb.i:
            return Found(
                cue=[verb],
                lemma=_lemma(verb),
                kind=cue_lexicon().verb_kind(_lemma(verb)) or QuoteKind.STATEMENT,
                content=set(),
                source=_phrase(subject),
                quoted=[region],
            )
    return None


def _opening_verb(inside: list[Token]) -> Token | None:
    """The verb a quotation opens with ('"set forth new key goals ..."'), if it does."""
    words = [t for t in inside if not t.is_punct]
    if words and words[0].pos_ == "VERB" and words[0].dep_ in ("ROOT", "conj", "ccomp"):
        return words[0]
    return None


def _phrase_end(token: Token) -> int:
    """Last token index of a subject phrase, skipping a closing punctuation mark."""
    return max(t.i for t in token.subtree if not t.is_punct or t.i == token.i)


def _continue_quote(doc: Doc, region: Interval, found: list[Found]) -> Found | None:
    """A quotation opening a sentence with no cue goes on with the speaker quoted just before.

    '"CNN has done an awful job," Barkley said. "They have followed ratings..."':
    one attribution with two content spans, as readers (and PolNeAR) see it.
    A quotation opening the next paragraph is the same speaker's new
    attribution (with no cue).  Only when the nearest attribution before it
    is a quotation.
    """
    sentence = doc.char_span(region[0], region[1], alignment_mode="expand")
    if sentence is None or doc.text[sentence.sent.start_char : region[0]].strip():
        return None
    earlier = [item for item in found if _last_offset(doc, item) <= region[0]]
    if not earlier:
        return None
    previous = max(earlier, key=lambda item: _last_offset(doc, item))
    between = doc.text[_last_offset(doc, previous) : region[0]]
    if not previous.quoted or previous.source is None or between.count("\n\n") > 1:
        return None
    if "\n\n" not in between:
        previous.quoted.append(region)
        return None
    return Found(
        cue=[], lemma="", kind=previous.kind, content=set(), source=previous.source, quoted=[region]
    )


def _same_sentence(doc: Doc, a: Interval, b: Interval) -> bool:
    first = doc.char_span(a[0], a[1], alignment_mode="expand")
    second = doc.char_span(b[0], b[1], alignment_mode="expand")
    return first is not None and second is not None and first.sent.start == second.sent.start


def _quote_words(doc: Doc, region: Interval) -> int:
    return len(re.findall(r"\w+", doc.text[region[0] : region[1]]))


# -- offsets and records --------------------------------------------------


def _token_runs(doc: Doc, tokens: set[int]) -> list[Interval]:
    """Character spans of runs of consecutive tokens."""
    spans: list[Interval] = []
    for index in sorted(tokens):
        token = doc[index]
        start, end = token.idx, token.idx + len(token)
        if spans and index - 1 in tokens:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _merge(doc: Doc, spans: list[Interval]) -> list[Interval]:
    """Union of intervals; a gap of spaces or punctuation between two spans joins them."""
    merged: list[Interval] = []
    for start, end in sorted(spans):
        if merged and (
            start <= merged[-1][1] or _only_punctuation(doc.text[merged[-1][1] : start])
        ):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        merged.append((start, end))
    return [_strip_edges(doc.text, span) for span in merged if doc.text[span[0] : span[1]].strip()]


def _only_punctuation(gap: str) -> bool:
    return len(gap) < 4 and not re.search(r"\w", gap)


def _strip_edges(text: str, span: Interval) -> Interval:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION):
        end -= 1
    return (start, end)


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _first_offset(doc: Doc, item: Found) -> int:
    offsets = [doc[i].idx for i in item.content] + [s for s, _ in item.quoted]
    offsets += [t.idx for t in item.cue]
    return min(offsets) if offsets else 0


def _last_offset(doc: Doc, item: Found) -> int:
    offsets = [doc[i].idx + len(doc[i]) for i in item.content] + [e for _, e in item.quoted]
    offsets += [t.idx + len(t) for t in item.cue]
    return max(offsets) if offsets else 0


def _to_quote(
    doc: Doc, item: Found, resolver: SpeakerResolver, regions: list[Interval], paragraphs: list[int]
) -> Quote:
    spans = _merge(doc, _token_runs(doc, item.content) + item.quoted)
    spans = [span for span in spans if span[1] > span[0]]
    text = " … ".join(doc.text[s:e] for s, e in spans)
    quoted_chars = sum(_overlap(span, region) for span in spans for region in regions)
    total = sum(e - s for s, e in spans) or 1
    cue = None
    if item.cue:
        start, end = item.cue[0].idx, item.cue[-1].idx + len(item.cue[-1])
        cue = Cue(text=doc.text[start:end], start=start, end=end, lemma=item.lemma)
    anchor = spans[0][0] if spans else (cue.start if cue else 0)
    return Quote(
        id="",
        source=resolver.resolve(item.source) if item.source else None,
        cue=cue,
        content=QuoteContent(text=text, spans=spans),
        direct=quoted_chars / total >= 0.5,
        kind=item.kind,
        negated=item.negated,
        via=resolver.resolve(item.via) if item.via else None,
        paragraph=max(0, sum(1 for start in paragraphs if start <= anchor) - 1),
    )


# -- channels -------------------------------------------------------------


def _nest_channels(quotes: list[Quote]) -> None:
    """'Kim said ..., KCNA reported': an attribution inside another's content is relayed by it."""
    for inner in quotes:
        if inner.via is not None or inner.cue is None:
            continue
        for outer in quotes:
            if outer is inner or outer.source is None or inner.source is None:
                continue
            inside = any(s <= inner.cue.start < e for s, e in outer.content.spans)
            if inside and (
                outer.source.entity is None or outer.source.entity != inner.source.entity
            ):
                inner.via = outer.source
                break


def _carry_channels(quotes: list[Quote], entities: list[Entity]) -> None:
    """An agency's report carries over: its subject's words in the next paragraphs came through it.

    Only the people the report was about ('Mr Kim ... reviewed ..., KCNA
    reported'; then 'Mr Kim "set forth ..."') inherit the channel; other
    sources in those paragraphs (Seoul, observers) are the writer's own.
    """
    by_id = {entity.id: entity for entity in entities}
    channels = [q for q in quotes if q.source is not None and _is_channel(q.source, by_id)]
    for quote in quotes:
        if quote.via is not None or quote.source is None or quote.source.entity is None:
            continue
        if _is_channel(quote.source, by_id):
            continue
        for channel in reversed(channels):
            distance = quote.paragraph - channel.paragraph
            if not 0 < distance <= CARRY_PARAGRAPHS:
                continue
            subject = by_id.get(quote.source.entity)
            if subject is not None and _mentions_in(subject, channel.content.spans):
                quote.via = channel.source
                break


def _is_channel(source: QuoteSource, by_id: dict[str, Entity]) -> bool:
    """A news agency or medium: named as one, or an organisation whose name says so."""
    words = set(re.findall(r"[a-z]+", source.text.lower()))
    if source.entity is not None and source.entity in by_id:
        words |= set(re.findall(r"[a-z]+", by_id[source.entity].name.lower()))
    return bool(words & cue_lexicon().channels)


def _mentions_in(entity: Entity, spans: list[Interval]) -> bool:
    return any(s <= mention.start < e for mention in entity.mentions for s, e in spans)
