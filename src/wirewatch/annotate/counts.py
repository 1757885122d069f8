"""How many: the counts a body states, with what they count, read from the parse.

A number is a count only when the sentence says what it counts:

- people a casualty predicate is said of: "killed 20 people", "20 people were killed",
  "two soldiers died", "left seven dead", "dozens were injured", "a man was shot dead" (1),
  "three were missing", "5,000 were displaced"; the unit is the predicate's kind (``dead``,
  ``injured``, ``arrested``, ``detained``, ``missing``, ``displaced``, ``evacuated``,
  ``abducted``);
- a toll: "the death toll rose to 57", "raising the toll to 12", "the toll stands at 9";
- a casualty noun: "20 deaths", "12 fatalities"; a casualty word right after the number in
  a headline: "2 Dead, 3 Wounded In ...";
- otherwise the noun the number counts: "five drones", "300 troops", "thousands of
  protesters" (units ``troops`` and ``protesters`` for their synonyms).

A figure with a bound keeps it ("at least 12": low 12; "up to 30": high 30; "more than 100":
low 101); vague amounts are ranges ("dozens" 24-99, "hundreds" 200-999) with no value.

Never a count: a number spaCy marks as a date, time, money, percentage or ordinal; an age
("17-year-old", "aged 17", "Kim, 38,"); an address, route, station, flight or room number
("2100 block", "Route 9", "Station 3"); a score ("3-1"); a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Count
from .count_words import (
    ACTIVE_PREDICATES,
    ADDRESS_AFTER,
    CASUALTY_NOUNS,
    HEADLINE_WORDS,
    LARGEST,
    LOWER_BOUND,
    MULTIPLIERS,
    NOT_COUNT_ENTS,
    NOT_COUNTED,
    NUMBER_WORDS,
    NUMBERED_BEFORE,
    PERSON_NOUNS,
    PREDICATES,
    RANGES,
    SHOT_DEAD,
    UNIT_SYNONYMS,
    UPPER_BOUND,
    WOUND_NOUNS,
)
from .syntax import mistaken_time, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Found:
    """A count in the body (offsets into its text)."""

    value: int | None
    low: int | None
    high: int | None
    unit: str
    start: int
    end: int
    anchor: int  # token index of what the count hangs on: its predicate or the toll's verb
    sentence: int  # character offset of its sentence's start
    toll: bool = False  # "the death toll rose to 57": the count stands alone


def extract_counts(doc: Doc) -> list[Count]:
    """The record's counts, ids N1, N2, ... (their events are filled by the event coder)."""
    text = text_of(doc)
    return [
        Count(
            id=f"N{number}",
            value=found.value,
            low=found.low,
            high=found.high,
            unit=found.unit,
            text=text[found.start : found.end],
            start=found.start,
            end=found.end,
            toll=found.toll,
        )
        for number, found in enumerate(find_counts(doc), start=1)
    ]


def find_counts(doc: Doc) -> list[Found]:
    """Every count the body states, in text order (see the module's rules)."""
    found: list[Found] = []
    seen: set[int] = set()
    for token in doc:
        if token.i in seen or not _is_number(token) or _never_a_count(token):
            continue
        count = _count_of(token)
        if count is not None:
            seen.update(range(_phrase_start(token), _phrase_end(token) + 1))
            found.append(count)
    for token in doc:  # "a man was killed": one, without a number word
        count = _singular_victim(token)
        if count is not None and not any(
            f.anchor == count.anchor and f.unit == count.unit for f in found
        ):
            found.append(count)
    found.sort(key=lambda count: count.start)
    return found


def _is_number(token: Token) -> bool:
    lower = token.lower_
    doc = token.doc
    if lower in MULTIPLIERS and token.i > 0 and doc[token.i - 1].like_num:
        return False  # "50 million": the 50 is the count
    return (
        (token.like_num and _value_of(token) is not None)
        or lower in RANGES
        or lower in NUMBER_WORDS
    )


def _value_of(token: Token) -> int | None:
    text = token.text.replace(",", "")
    if text.isdigit():
        return int(text)
    if token.lower_ in NUMBER_WORDS:
        return NUMBER_WORDS[token.lower_]
    try:
        return int(float(text)) if re.fullmatch(r"\d+\.\d+", text) else None
    except ValueError:
        return None


def _never_a_count(token: Token) -> bool:
    """A date, time, money, percentage, ordinal, age, address, route or station number, a
    score or a year."""
    doc = token.doc
    if token.ent_type_ in NOT_COUNT_ENTS and not _in_mistaken_time(token):
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    text = text_of(doc)
    following = text[token.idx + len(token) : token.idx + len(token) + 12].lower()
    if re.match(r"\s*-?\s*(year|month|week|day)s?[\s-]*old", following):
        return True  # "17-year-old", "a 5-month-old"
    if re.match(r"(:\d\d)?\s*([ap]\.?m\b|o'clock|hrs\b|gmt\b|utc\b)", following):
        return True  # "9 p.m.", "10:30 am"
    if before is not None and before.lower_ in ("aged", "age", "ages"):
        return True
    commas = before is not None and before.text == "," and after is not None and after.text == ","
    if commas and before is not None and before.i > 0 and doc[before.i - 1].ent_type_ == "PERSON":
        return True  # "Kim, 38, said"
    if after is not None and after.lower_.rstrip(".") in ADDRESS_AFTER:
        return True
    if after is not None and after.text in ("-", "–") and after.idx == token.idx + len(token):
        return True  # "a 91-page ruling", "a 55-km zone": a measure, not a count
    if before is not None and before.lower_.rstrip(".") in NUMBERED_BEFORE:
        return True
    if re.match(r"\d+\s*[-–]\s*\d+$", text[token.idx : token.idx + len(token) + 4].strip()):
        return True  # a score: "won 3-1"
    value = _value_of(token)
    return value is not None and (
        1800 <= value <= 2100 and token.text.isdigit() and len(token.text) == 4
    )


def _in_mistaken_time(token: Token) -> bool:
    """Whether the token's entity is a DATE or TIME that is no time (:func:`mistaken_time`).

    The entity is found from the tokens' own tags: ``doc.ents`` builds every entity
    of the article again on each access, 1.5 ms for each number asked about.
    """
    if not token.ent_type_:
        return False
    from spacy.tokens import Span

    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return mistaken_time(Span(doc, start, end, label=token.ent_type_))


def _count_of(number: Token) -> Found | None:
    """The count ``number`` states, when the sentence says what it counts; not a breakdown
    of another count ("14 dead, including three children")."""
    if _in_breakdown(number):
        return None
    value, low, high = _figure(number)
    noun = _counted_noun(number)
    unit, anchor = _unit_of(number, noun)
    if unit is None:
        return None
    if value is not None and value > LARGEST:
        return None
    start = number.doc[_phrase_start(number)].idx
    end = number.idx + len(number)
    if noun is not None and noun.i > number.i:
        end = max(end, noun.idx + len(noun))
    toll = _toll_of(number) is not None
    return Found(value, low, high, unit, start, end, anchor.i, number.sent.start_char, toll)


def _in_breakdown(number: Token) -> bool:
    holder = number.head if number.dep_ == "nummod" else number
    return (
        holder.head.lower_ in ("including", "among")
        and holder.dep_ == "pobj"
        and (holder.head.head.pos_ in ("NOUN", "NUM", "ADJ"))
    )


def _figure(number: Token) -> tuple[int | None, int | None, int | None]:
    """(value, low, high): 'at least 12' (12, 12, None), 'up to 30' (30, None, 30),
    'dozens' (None, 24, 99), 'between 10 and 15' (None, 10, 15)."""
    lower = number.lower_
    if lower in RANGES:
        low, high = RANGES[lower]
        if lower == "tens" and _next_is(number, "thousands"):
            low, high = 20_000, 99_999
        return None, low, high
    value = _value_of(number)
    assert value is not None
    multiplier = _multiplier(number)
    if multiplier > 1 and re.fullmatch(r"\d+\.\d+", number.text):
        value = int(float(number.text) * multiplier)  # "2.5 million"
    else:
        value *= multiplier
    words = {t.lower_ for t in number.children} | {
        t.lower_ for t in number.doc[max(0, number.i - 3) : number.i]
    }
    if "between" in words or any(c.dep_ == "conj" and c.like_num for c in number.children):
        return None, *_between(number, value)
    for word, step in LOWER_BOUND.items():
        if word in words:
            return value, value + step, None
    if words & UPPER_BOUND:
        return value, None, value
    return value, None, None


def _multiplier(number: Token) -> int:
    """'2.5 million' -> 1,000,000; '3 thousand' -> 1000."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if (
        after is not None
        and after.lower_ in MULTIPLIERS
        and (after.head == number.head or number.head == after)
    ):
        return NUMBER_WORDS[after.lower_]
    return 1


def _between(number: Token, value: int) -> tuple[int | None, int | None]:
    others = [t for t in number.sent if t.like_num and t.i != number.i and abs(t.i - number.i) <= 3]
    if not others:
        return value, None
    other = _value_of(others[0])
    if other is None:
        return value, None
    return min(value, other), max(value, other)


def _next_is(token: Token, word: str) -> bool:
    doc = token.doc
    return any(doc[i].lower_ == word for i in range(token.i + 1, min(len(doc), token.i + 3)))


def _counted_noun(number: Token) -> Token | None:
    """The noun a number counts: its head ('five drones'), or what it is 'of' ('dozens of
    people'), or none ('two were killed'); past a multiplier ('50 million people')."""
    if number.head.lower_ in MULTIPLIERS and number.head.i == number.i + 1:
        number = number.head
    if number.dep_ in ("nummod", "quantmod") and number.head.pos_ in ("NOUN", "PROPN"):
        return number.head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if number.pos_ in ("NOUN", "NUM") and number.dep_ not in ("nummod", "quantmod"):
        return None
    return None


def _unit_of(number: Token, noun: Token | None) -> tuple[str | None, Token]:
    """What is counted, and the token the count hangs on."""
    of_phrase = noun is not None and noun.head.dep_ == "prep" and noun.head.head == number
    holder = noun if noun is not None and not of_phrase else number
    head = holder.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:  # "two soldiers and a civilian"
        holder = holder.head
        head = holder.head
    toll = _toll_of(number)
    if toll is not None:
        return "dead", toll
    headline = _headline_unit(number)
    if headline is not None:
        return headline, number.head if number.head.lower_ in HEADLINE_WORDS else number
    unit = _predicate_unit(holder, head)
    if unit is not None:
        return unit, head
    if noun is not None:
        lemma = noun.lemma_.lower()
        if lemma in CASUALTY_NOUNS:
            return CASUALTY_NOUNS[lemma], noun
        if noun.pos_ == "NOUN" and lemma not in NOT_COUNTED and _value_of(number) != 1:
            return UNIT_SYNONYMS.get(lemma, noun.text.lower()), head
    return None, head


def _predicate_unit(holder: Token, head: Token) -> str | None:
    """'20 people were killed', 'killed 20 people', 'two soldiers died', 'left seven dead',
    'three were missing', 'five people shot dead'."""
    lemma = head.lemma_.lower()
    if head.lower_ in ("missing", "dead", "wounded", "injured"):
        lemma = head.lower_  # "were missing" parsed as the verb 'miss'
    kinds = ("nsubjpass", "nsubj", "dobj", "attr", "appos", "pobj")
    if holder.dep_ not in kinds:
        return None
    if holder.dep_ == "pobj" and not (
        head.lower_ == "of" and head.head.lemma_ in ("death", "killing")
    ):
        return None
    if lemma in SHOT_DEAD and any(c.lower_ == "dead" for c in head.children):
        return "dead"
    for child in head.children:  # "was shot and killed", "was shot and wounded"
        if _right_after(head, child) and child.lemma_.lower() in PREDICATES:
            return PREDICATES[child.lemma_.lower()]
    if _to_death(head):
        return "dead"  # "stabbed to death", "beaten to death"
    if lemma in PREDICATES and (
        head.pos_ in ("VERB", "ADJ", "AUX") or lemma in ("dead", "missing")
    ):
        doing = head.tag_ != "VBN" or any(c.dep_ == "dobj" for c in head.children)
        if holder.dep_ == "nsubj" and lemma in ACTIVE_PREDICATES and doing:
            return None  # "three gunmen killed two": they did the killing
        return PREDICATES[lemma]
    for child in head.children:  # "was shot and wounded": the coordinated predicate
        coordinated = child.dep_ == "conj" and child.pos_ == "VERB"
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if coordinated and not own_subject and child.lemma_.lower() in PREDICATES:
            return PREDICATES[child.lemma_.lower()]
    for child in head.children:  # "left seven dead", "were found dead", "remain missing"
        if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and child.lower_ in PREDICATES:
            return PREDICATES[child.lower_]
    if holder.dep_ == "nsubj" and head.lemma_ == "be":
        for prep in head.children:  # "two soldiers were among the dead"
            if prep.dep_ == "prep" and prep.lower_ == "among":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lower_ in PREDICATES:
                        return PREDICATES[obj.lower_]
        for child in head.children:
            if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in PREDICATES:
                return PREDICATES[child.lemma_.lower()]
    return None


def _to_death(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)
        for c in verb.children
    )


def _toll_of(number: Token) -> Token | None:
    """The verb of a toll sentence the number is the figure of ('the death toll rose to 57',
    'raising the toll to 12', 'the toll stands at 9', 'the death toll is 57')."""
    head = number.head
    if head.dep_ == "prep" and head.lower_ in ("to", "at"):
        verb = head.head
    elif number.dep_ in ("attr", "appos"):
        verb = head
    else:
        return None
    words = [verb, *verb.children]
    if any(w.lemma_.lower() == "toll" for w in words) or (verb.lemma_.lower() == "toll"):
        return verb
    return None


def _headline_unit(number: Token) -> str | None:
    """'2 Dead, 3 Wounded In ...': a casualty word right after the number."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is None:
        return None
    return HEADLINE_WORDS.get(after.lower_)


def _phrase_start(number: Token) -> int:
    """Where the figure's words start: 'at least 12', 'up to 30', 'more than 100'."""
    start = number.i
    doc = number.doc
    while start > 0 and doc[start - 1].lower_ in ("at", "least", "more", "than", "up", "to",
                                                  "as", "many", "nearly", "almost", "over",
                                                  "about", "around", "some", "approximately",
                                                  "roughly", "between"):  # fmt: skip
        start -= 1
    return start


def _phrase_end(number: Token) -> int:
    """The last token of the figure and what it is 'of' ('tens of thousands of people')."""
    end = number.i
    doc = number.doc
    while (
        end + 2 < len(doc)
        and doc[end + 1].lower_ == "of"
        and (_is_number(doc[end + 2]) or doc[end + 2].pos_ == "NOUN")
    ):
        end += 2
    for child in number.children:  # "10 and 15"
        if child.dep_ == "conj" and child.like_num:
            end = max(end, child.i)
    return end


def _singular_victim(token: Token) -> Found | None:
    """'a man was killed', 'another was injured', 'a woman was taken to hospital with gunshot
    wounds': one person; 'no one was hurt': none."""
    if token.lower_ in ("another", "nobody") or (token.lower_ == "one" and _no_one(token)):
        determiner = token
    elif token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS:
        marks = [c for c in token.children if c.dep_ in ("det", "poss") or c.lower_ == "another"]
        if not marks or token.ent_type_ or marks[0].lower_ in ("no", "every", "each", "any"):
            return None
        determiner = marks[0]
    else:
        return None
    unit = _predicate_unit(token, token.head) or _wounded(token)
    if unit is None:
        return None
    value = 0 if token.lower_ in ("nobody", "one") else 1
    start = min(determiner.idx, token.idx)
    if value == 0 and token.lower_ == "one":
        start = token.doc[token.i - 1].idx  # "No one"
    return Found(
        value, None, None, unit, start, token.idx + len(token), token.head.i, token.sent.start_char
    )


def _right_after(head: Token, child: Token) -> bool:
    """'shot and killed': a predicate coordinated right after another, sharing its subject."""
    return (
        child.dep_ == "conj"
        and child.i == head.i + 2
        and head.doc[head.i + 1].lower_ == "and"
        and not _own_subject(child)
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _no_one(token: Token) -> bool:
    """'No one was hurt' ('one' after 'no')."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "no"


def _wounded(person: Token) -> str | None:
    """'taken to hospital with gunshot wounds', 'suffering from a stab wound': injured."""
    verb = person.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "from", "for") and _wound_in(prep):
            return "injured"
    for clause in person.children:  # "a man suffering from a gunshot wound"
        if clause.dep_ == "acl" and clause.lemma_ == "suffer":
            return _wounded_by(clause)
    return None


def _wounded_by(verb: Token) -> str | None:
    return "injured" if any(p.dep_ == "prep" and _wound_in(p) for p in verb.children) else None


def _wound_in(preposition: Token) -> bool:
    return any(o.lemma_.lower() in WOUND_NOUNS for o in preposition.children if o.dep_ == "pobj")
