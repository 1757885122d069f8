"""Time expressions in the body, normalised to TIMEX3 values against the publication date.

Candidates are spaCy's DATE and TIME entities plus the reference words it
does not tag ("now", "recently", "daily"); each is read by
:mod:`wirewatch.annotate.timex`, which needs the sentence's tense for
weekdays and bare months ("on Wednesday" in a past-tense sentence is the
last Wednesday, in a future-tense one the next).  What no reading fits is
not a time expression (an age, "Mr Kim, 38,"; a count) and is dropped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..model import TimeExpression
from .syntax import text_of
from .timex import Reading, Tense, normalise, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_SPLIT_TOKENS = 12
QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
YEAR_BACK = re.compile(
    r"(?:a|one) year (?:ago|earlier|before)|last year|the year-(?:ago|earlier)(?: period| quarter)?"
)
AGE_PHRASE = re.compile(
    r"\d+\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b|\byears? old\b", re.IGNORECASE
)
LEADING_WORDS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "since",
        "until",
        "by",
        "from",
        "for",
        "of",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
    }
)
AGE = re.compile(r"^\d{1,3}$")
REFERENCE_WORDS = frozenset(
    [
        "now",
        "currently",
        "recently",
        "nowadays",
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "quarterly",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "future",
        "soon",
    ]
)
# TimeML marks these even as modifiers ("the current quarter", "recent weeks").
MODIFIER_REFERENCES = frozenset({"current", "recent"})
# Adjectives spaCy tags as DATE that name a frequency of a thing, not a time ("quarterly earnings").
FREQUENCY_MODIFIERS = frozenset(
    {"quarterly", "annual", "daily", "weekly", "monthly", "yearly", "nightly"}
)
EXPLICIT_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


def extract_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``doc`` with its value, anchored on ``published`` (ISO) if known."""
    anchor = publication_day(published)
    found: list[TimeExpression] = []
    for span in _candidates(doc):
        for trimmed, reading in _readings(span, anchor):
            found.append(
                TimeExpression(
                    id=f"T{len(found) + 1}",
                    start=trimmed.start_char,
                    end=trimmed.end_char,
                    text=trimmed.text,
                    type=reading.type,
                    value=reading.value,
                    anchor=anchor.isoformat()
                    if anchor and reading.relative and reading.value
                    else None,
                    relative=reading.relative,
                )
            )
    return _compare_like_with_like(found, doc)


def _compare_like_with_like(found: list[TimeExpression], doc: Doc) -> list[TimeExpression]:
    """'Profit rose in the third quarter from a year earlier': the comparison takes the
    granularity of the period it compares with (TimeML guidelines), so 'a year earlier'
    is the same quarter a year back, not the whole year.  The period must be named in
    the same or the previous sentence."""
    sentence_of = {
        token.idx: number for number, sentence in enumerate(doc.sents) for token in sentence
    }
    latest_quarter: tuple[int, str] | None = None
    for expression in found:
        sentence = sentence_of.get(expression.start, -1)
        value = expression.value or ""
        if QUARTER_VALUE.fullmatch(value):
            latest_quarter = (sentence, value)
        elif (
            latest_quarter is not None
            and sentence - latest_quarter[0] <= 1
            and YEAR_BACK.fullmatch(expression.text.lower())
            and re.fullmatch(r"\d{4}", value)
        ):
            year, quarter = latest_quarter[1].split("-Q")
            expression.value = f"{int(year) - 1:04d}-Q{quarter}"
    return found


def _readings(span: Span, anchor: date | None) -> list[tuple[Span, Reading]]:
    """The span's reading, or, when spaCy's span is wider than one expression
    ("the quarter ended Sept. 30"), the readable parts inside it, longest first."""
    trimmed = _trim(span)
    if trimmed is None or _is_age(trimmed) or AGE_PHRASE.search(trimmed.text):
        return []
    reading = normalise(trimmed.text, anchor, tense_of(trimmed))
    if reading is not None:
        return [(trimmed, reading)]
    if len(trimmed) > MAX_SPLIT_TOKENS:
        return []
    parts: list[tuple[Span, Reading]] = []
    position = trimmed.start
    while position < trimmed.end:
        for end in range(trimmed.end, position, -1):
            part = _trim(trimmed.doc[position:end])
            if part is None or part.start != position or _is_age(part) or _cuts_a_compound(part):
                continue
            found = normalise(part.text, anchor, tense_of(part))
            if found is not None:
                parts.append((part, found))
                position = part.end - 1
                break
        position += 1
    return parts


def _cuts_a_compound(part: Span) -> bool:
    """A part may not start or end inside a hyphenated word ("year-earlier")."""
    doc = part.doc
    starts_inside = part.start > 0 and (
        doc[part.start - 1].text == "-" or part.text.startswith("-")
    )
    ends_inside = part.end < len(doc) and doc[part.end].text == "-"
    return starts_inside or ends_inside


def publication_day(published: str | None) -> date | None:
    """The day an ISO publication date or datetime falls on; None when unknown."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def _candidates(doc: Doc) -> list[Span]:
    """DATE/TIME entities, then single reference words not inside one, in text order."""
    spans = [
        ent
        for ent in doc.ents
        if ent.label_ in ("DATE", "TIME") and not _is_frequency_modifier(ent)
    ]
    taken = {token.i for span in spans for token in span}
    for match in EXPLICIT_DATE.finditer(text_of(doc)):  # dates and weekdays the small model misses
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not any(token.i in taken for token in span):
            spans.append(span)
            taken.update(token.i for token in span)
    for token in doc:
        if token.i not in taken and token.lower_ in MODIFIER_REFERENCES:
            spans.append(_with_article(doc, token.i))
            continue
        if (
            token.i in taken
            or token.lower_ not in REFERENCE_WORDS
            or token.pos_ not in ("ADV", "NOUN", "ADJ")
        ):
            continue
        if token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN":
            continue  # "future dealings", "daily newspaper": a modifier, not a time
        spans.append(_with_article(doc, token.i))
    return sorted(spans, key=lambda span: span.start)


def _is_frequency_modifier(span: Span) -> bool:
    """'quarterly earnings', 'annual report'; and a bare 'night' or 'morning' without a day."""
    text = span.text.lower()
    if len(span) == 1 and text in FREQUENCY_MODIFIERS and span.root.dep_ in ("amod", "compound"):
        return True
    return len(span) == 1 and text in words()["parts_of_day"] and text != "tonight"


def _with_article(doc: Doc, index: int) -> Span:
    """'the future', 'the past': TimeML's extent keeps the article of a reference noun."""
    if index > 0 and doc[index - 1].lower_ == "the" and doc[index].pos_ == "NOUN":
        return doc[index - 1 : index + 1]
    return doc[index : index + 1]


def _trim(span: Span) -> Span | None:
    """Without a leading preposition or trailing punctuation: TimeML extents start at the expression."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].text in ("'s", "’s")):
        end -= 1
    return span.doc[start:end] if start < end else None


def _is_age(span: Span) -> bool:
    """'Mr Kim, 38,': a bare number set off by commas after a name is an age, not a year."""
    if not AGE.match(span.text):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == ","


def tense_of(span: Span) -> Tense:
    """Past, present or future of the clause the expression sits in."""
    verb = _governing_verb(span.root)
    if verb is None:
        return "past"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")] + [verb]
    future_words = set(words()["future_auxiliaries"])
    if any(token.lower_ in future_words for token in auxiliaries) or _has_to_infinitive_future(
        verb
    ):
        return "future"
    if any("Past" in token.morph.get("Tense", []) for token in auxiliaries):
        return "past"
    return "present"


def _governing_verb(token: Token) -> Token | None:
    current: Token | None = token
    for _ in range(8):
        if current is None:
            return None
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def _has_to_infinitive_future(verb: Token) -> bool:
    """'is expected to last', 'plans to visit': a verb governed by an expectation word."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in set(words()["future_auxiliaries"])
