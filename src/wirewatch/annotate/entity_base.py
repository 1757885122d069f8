"""What the actor base adds to the entities an article names: the article first, the base second.

"Canadian Prime Minister Mark Carney" or "Russia's Lavrov" already carry a
country (the entity stage reads it from the text); the base then only adds
the office, and only when it agrees.  "Putin", "Le Drian", "the AU",
"Reuters" carry nothing in the text; the base gives their country,
organisation and sector as of the publication day, and the entity records
that it did (``country_source``: base or user).  A name the base cannot
settle (two office holders of different countries, a given name alone)
stays without a country: nothing is guessed from the sentence's other words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import ActorBase, ActorMatch
from ..model import Entity
from .gazetteer import gazetteer
from .names import is_acronym
from .times import publication_day

if TYPE_CHECKING:
    from spacy.tokens import Doc

ORGANISATION_TYPES = frozenset({"ORG", "NORP", "FAC", "PRODUCT"})
HEADS = frozenset({"head_of_state", "head_of_government"})
# Titles before a name and the offices they say the person holds ("President Bush").
TITLE_OFFICES = {
    "president": HEADS,
    "king": HEADS,
    "queen": HEADS,
    "emir": HEADS,
    "sultan": HEADS,
    "premier": HEADS,
    "chancellor": HEADS,
    "prime minister": HEADS,
    "supreme leader": HEADS,
    "foreign minister": frozenset({"foreign_minister"}),
    "foreign secretary": frozenset({"foreign_minister"}),
    "secretary of state": frozenset({"foreign_minister"}),
    "defence minister": frozenset({"defence_minister"}),
    "defense minister": frozenset({"defence_minister"}),
    "defense secretary": frozenset({"defence_minister"}),
    "defence secretary": frozenset({"defence_minister"}),
}
MAX_TITLE_WORDS = 3


def describe_from_base(
    entities: list[Entity], published: str | None, actors: ActorBase, doc: Doc | None = None
) -> None:
    """Fill country, organisation, sector and role of persons and organisations in place."""
    on = publication_day(published)
    for entity in entities:
        if entity.type in ORGANISATION_TYPES:
            _describe(entity, _organisation_match(entity, actors))
    sides = {entity.country for entity in entities if entity.type in {"GPE", "NORP"}}
    sides |= {entity.organisation for entity in entities}
    article_sides = frozenset(side for side in sides if side)
    for entity in entities:
        if entity.type == "PERSON":
            offices = titled_offices(entity, doc) if doc is not None else frozenset()
            _describe(entity, actors.person(entity.name, on, article_sides, offices))


def titled_offices(entity: Entity, doc: Doc) -> frozenset[str]:
    """The offices the titles before the entity's mentions name ('President', 'Secretary of
    State'): they confirm a surname the base would otherwise leave unsettled."""
    found: set[str] = set()
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        before = [
            t.lower_.rstrip(".") for t in doc[max(span.start - MAX_TITLE_WORDS, 0) : span.start]
        ]
        for size in range(len(before), 0, -1):
            found |= TITLE_OFFICES.get(" ".join(before[-size:]), frozenset())
    return frozenset(found)


def countries_from_names(entities: list[Entity]) -> None:
    """Organisations without a country take the one their name starts with (after the base,
    when it is used, which knows the exceptions)."""
    for entity in entities:
        if entity.type in {"ORG", "FAC"} and not entity.country and not entity.organisation:
            entity.country = named_country(entity.name)  # "U.S. Air Force", "Israeli Army"
            entity.country_source = "article" if entity.country else None


def named_country(name: str) -> str | None:
    """The country an organisation's own name starts with: 'U.S. Air Force', 'Russian Defense
    Ministry', 'Israel Defense Forces'. Asked after the base, which knows the exceptions
    ('Korean Central News Agency' is North Korea's)."""
    words = name.split()
    places = gazetteer()
    for size in range(min(len(words) - 1, 3), 0, -1):
        rest = words[size:]
        if not rest[0][:1].isupper():
            continue
        head = " ".join(words[:size])
        country = places.country_of_name(head) or places.country_of_demonym(head)
        if country:
            return country
    return None


def _organisation_match(entity: Entity, actors: ActorBase) -> ActorMatch | None:
    """By the article's name for it, then its other forms; an acronym the article spells out
    ('NBC' for the Namibian Broadcasting Corporation) is that name's, not the base's NBC."""
    spelled_out = not is_acronym(entity.name)
    for name in (entity.name, *entity.aliases):
        if spelled_out and is_acronym(name):
            continue
        match = actors.organisation(name)
        if match is not None:
            return match
    return None


def _describe(entity: Entity, match: ActorMatch | None) -> None:
    """The base's answer, unless the article said otherwise: then only what agrees with it."""
    if match is None:
        return
    if entity.country and match.country and match.country != entity.country:
        return  # people change jobs and the base lags: the article wins
    if not entity.country and match.country:
        entity.country = match.country
        entity.country_source = "user" if match.origin == "user" else "base"
    entity.organisation = entity.organisation or match.organisation
    entity.sector = entity.sector or match.sector
    if match.in_office or match.kind != "person":
        entity.role = entity.role or match.role
