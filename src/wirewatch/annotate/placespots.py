"""Place names the small English model misses or mistypes, found again with the gazetteer.

The small model tags "in Enugu" as an organisation, "in Riverdale" as a person, and misses
"At Makeen", "in Manbij" and "BEIRUT (AP)" altogether.  What makes these places is not the
name alone (Hayes, Holland and Congress are people and bodies as well as towns) but the
name *in a place's slot*:

- after a locative preposition ("in", "at", "near", "from", "to"...), optionally past a
  compass word ("in eastern Ghouta");
- before a ", State" or ", Country" apposition ("Matias Romero, Oaxaca State, Mexico");
- opening the body in capitals before "(", "," or a dash: a dateline.

A mistyped entity becomes a GPE when most of its mentions stand in such a slot and the
gazetteer knows the name (people and organisations the actor base knows are left alone);
a name no entity covers becomes a new GPE entity.  A mistyped organisation needs a town of
15,000 people (bodies are named after small towns: "Congress", Arizona), a person 1,000.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..model import Entity, Mention
from .gazetteer import gazetteer
from .placenames import Namesake, apposition_of, find_place
from .syntax import mistaken_time, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOCATIVE = frozenset({
    "in", "at", "near", "to", "from", "into", "across", "outside", "around", "toward",
    "towards", "through", "via", "between", "inside", "throughout", "within", "beyond",
})  # fmt: skip
COMPASS = frozenset({
    "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest",
})  # fmt: skip
BETWEEN_SLOT_AND_NAME = COMPASS | {"the"}  # "in the eastern Ghouta"
RETYPED = frozenset({"PERSON", "ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
SMALLEST_TOWN = {"ORG": 15_000, "PERSON": 1_000}
DEFAULT_SMALLEST = 5_000
DATELINE_ENDS = ("(", ",", "—", "–", "-")
LONGEST_NAME = 4  # tokens


def spot_places(doc: Doc, entities: list[Entity], countries: Collection[str]) -> None:
    """Retype mistyped place entities and add entities for place names no entity covers
    (in place: ``entities`` is the record's list)."""
    for entity in entities:
        if entity.type in RETYPED and _is_place(doc, entity, countries):
            entity.type = "GPE"
    covered = _covered(doc, entities)
    number = len(entities)
    for start, end in _uncovered_place_names(doc, covered, countries):
        number += 1
        text = text_of(doc)[start:end]
        entities.append(
            Entity(
                id=f"E{number}",
                name=text.title() if text.isupper() else text,
                type="GPE",
                mentions=[Mention(start=start, end=end, text=text)],
            )
        )


def _is_place(doc: Doc, entity: Entity, countries: Collection[str]) -> bool:
    if entity.role or entity.organisation or entity.country_source in ("base", "user"):
        return False  # the actor base knows this person or body
    if entity.type == "NORP" and gazetteer().country_of_demonym(entity.name):
        return False  # "Kurdish", "European": a people, not a place
    smallest = SMALLEST_TOWN.get(entity.type, DEFAULT_SMALLEST)
    placed = 0
    for mention in entity.mentions:
        found = find_place(mention.text, countries=countries)
        if found is None or not _known_well(found, smallest):
            return False
        if _in_place_slot(doc, mention.start, mention.end):
            placed += 1
    return placed * 2 > len(entity.mentions)


def _known_well(found: Namesake, smallest: int) -> bool:
    """A region, county or country, or a town of ``smallest`` people under its own name (not
    a world region: "Amazon" and "Atlantic" name companies and teams as often)."""
    if found.feature in ("country", "admin1", "county"):
        return True
    if found.feature != "city":
        return False
    return found.resolved_by != "alternate name" and found.population >= smallest


def _in_place_slot(doc: Doc, start: int, end: int) -> bool:
    """After a locative preposition (past 'the' and a compass word), before an apposition."""
    if apposition_of(text_of(doc)[end : end + 40]) is not None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _slot_before(doc, span.start)


def _covered(doc: Doc, entities: list[Entity]) -> list[bool]:
    """Which characters some entity or spaCy entity (dates, numbers too) already covers."""
    covered = [False] * len(text_of(doc))
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    spans += [(ent.start_char, ent.end_char) for ent in doc.ents if not mistaken_time(ent)]
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    return covered


def _uncovered_place_names(
    doc: Doc, covered: list[bool], countries: Collection[str]
) -> list[tuple[int, int]]:
    """Capitalised names in a place slot, or opening the body as a dateline, that no entity
    covers and the gazetteer knows (the longest such name at each position)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        dateline = _dateline_start(doc, i)
        slot = _slot_before(doc, i) or dateline
        if slot and _capitalised(token, dateline) and not covered[token.idx]:
            name = _longest_known(doc, i, covered, countries)
            if name is not None:
                found.append((doc[i].idx, doc[name - 1].idx + len(doc[name - 1])))
                i = name
                continue
        i += 1
    return found


def _slot_before(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a locative preposition, past 'the' and compass words."""
    before = i - 1
    while before >= 0 and doc[before].lower_ in BETWEEN_SLOT_AND_NAME:
        before -= 1
    return before >= 0 and doc[before].lower_ in LOCATIVE


def _dateline_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    opens_line = token.idx == 0 or text_of(doc)[token.idx - 1] == "\n"
    return opens_line and token.idx < 200 and token.text.isupper()


def _capitalised(token: Token, dateline: bool) -> bool:
    return token.text[:1].isupper() and token.is_alpha and (dateline or not token.is_sent_start)


def _longest_known(doc: Doc, i: int, covered: list[bool], countries: Collection[str]) -> int | None:
    """End token of the longest run of capitalised words from ``i`` that names a well-known
    place (a dateline's run must be followed by one of its marks)."""
    dateline = _dateline_start(doc, i)
    end = i
    while end < len(doc) and end - i < LONGEST_NAME and doc[end].text[:1].isupper():
        if covered[doc[end].idx] and end > i:
            break
        end += 1
    for stop in range(end, i, -1):
        text = text_of(doc)[doc[i].idx : doc[stop - 1].idx + len(doc[stop - 1])]
        if dateline and not text_of(doc)[
            doc[stop - 1].idx + len(doc[stop - 1]) :
        ].lstrip().startswith(DATELINE_ENDS):
            continue
        found = find_place(text.title() if text.isupper() else text, countries=countries)
        if found is not None and _known_well(found, 1_000):
            return stop
    return None
