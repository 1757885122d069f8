"""Reading the dependency parse: subjects, phrases, passives, quotation marks on tokens.

Shared by the annotators that ask "who does this verb's action, and on what"
(quotes for attributions, events for actors and targets).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .quotation_marks import OPENING_QUOTES, QUOTE_MARK

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Interval = tuple[int, int]

LEMMA_FIXES = {("hop", "hope"): "hope", ("stag", "stag"): "stage"}  # 'hoped', 'staged'
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
DATELINE_DASHES = frozenset({"—", "–", "--"})


def text_of(doc: Doc) -> str:
    """The document's text, computed once: spaCy rebuilds ``doc.text`` from its tokens on every
    access, which made attribution reading 30 times slower than parsing."""
    cached = doc.user_data.get("wirewatch_text")
    if cached is None:
        cached = doc.user_data["wirewatch_text"] = doc.text
    return str(cached)


def lemma_of(token: Token) -> str:
    """The lemma, with the small model's known slips mended ('hoped' -> 'hop')."""
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get((lemma, token.lower_[:4]), lemma)


def is_passive(token: Token) -> bool:
    """'was asked', and the bare participle: 'Le Pen, asked which candidate she backs, said'."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("aux", "nsubj") for c in token.children)
    )


def subject_of(token: Token) -> Token | None:
    """The subject, inherited from the verb this one is coordinated with or complements."""
    current: Token | None = token
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        subject = next((c for c in subjects if not is_quoted_phrase(c)), None)
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


def phrase(head: Token) -> set[int]:
    """A source phrase: the head's subtree, or for a relative clause's antecedent its compounds only."""
    # "WASHINGTON (AP) — Sen. Bernie Sanders": the dateline is not the source
    tokens = after_dateline_dash(head.doc, {t.i for t in head.subtree}, before=head.i)
    relative = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    for clause in relative:
        tokens -= {t.i for t in clause.subtree}
    return trim(head.doc, tokens)


def after_dateline_dash(doc: Doc, tokens: set[int], before: int | None = None) -> set[int]:
    """The tokens after the last dateline dash among them (before token ``before``, when
    given): 'HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper' -> the secretary."""
    dashes = [
        i for i in tokens if doc[i].text in DATELINE_DASHES and (before is None or i < before)
    ]
    return {i for i in tokens if i > max(dashes)} if dashes else tokens


def trim(doc: Doc, tokens: set[int]) -> set[int]:
    """Drop punctuation at the edges of a token set (never quotation marks)."""
    ordered = sorted(tokens)
    while ordered and doc[ordered[0]].is_punct and not QUOTE_MARK.fullmatch(doc[ordered[0]].text):
        ordered.pop(0)
    while ordered and doc[ordered[-1]].is_punct and not QUOTE_MARK.fullmatch(doc[ordered[-1]].text):
        ordered.pop()
    return set(ordered)


def has_mark(token: Token, marks: frozenset[str]) -> bool:
    """'is calling for the US to step up' (parsed as an adverbial clause marked 'for')."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def is_quoted_phrase(token: Token) -> bool:
    """A phrase that opens with a quotation mark (its own or the one just before it)."""
    first = min(t.i for t in token.subtree)
    doc = token.doc
    return is_opening_mark(doc[first]) or (first > 0 and is_opening_mark(doc[first - 1]))


def is_opening_mark(token: Token) -> bool:
    if token.text in OPENING_QUOTES or token.text == "``":
        return True
    if token.text not in ('"', "''"):
        return False
    after_space = (
        token.i == 0 or bool(token.doc[token.i - 1].whitespace_) or token.doc[token.i - 1].is_space
    )
    return after_space and not token.whitespace_


def is_time_phrase(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def token_runs(doc: Doc, tokens: set[int]) -> list[Interval]:
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


def misparsed_coordinated_verb(token: Token) -> Token | None:
    """'Seoul fired warning shots and scrambled jets': the small model reads 'scrambled' as an
    adjective of 'jets'. When an -ed verb form follows 'and' as an adjective of a noun
    coordinated with a verb's object, return that verb (whose subject it shares), else None."""
    if token.dep_ != "amod" or token.i == 0 or not token.lower_.endswith("ed"):
        return None  # tagged VBD, VBN or even JJ: the -ed form is what tells
    if token.doc[token.i - 1].lower_ not in ("and", "or", ","):
        return None
    noun = token.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "tomorrow", "yesterday", "tonight", "week", "weekend",
    "month", "year", "day", "morning", "afternoon", "evening", "night", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter", "ramadan", "days", "weeks", "months",
    "years", "hours", "minutes", "decade", "decades", "century", "hour", "minute", "ago",
})  # fmt: skip


def mistaken_time(ent: Span) -> bool:
    """A 'date' with no calendar word and no year ("in Manbij", "between 10 and 15" tagged
    DATE by the small model)."""
    if ent.label_ not in ("DATE", "TIME"):
        return False
    words = {token.lower_ for token in ent}
    year = re.search(r"\b(1[89]|20)\d\d\b|\d+/\d+", ent.text)
    return year is None and not words & CALENDAR_WORDS
