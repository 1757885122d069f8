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

from datetime import date

from ..actors import ActorBase, ActorMatch
from ..model import Entity

ORGANISATION_TYPES = frozenset({"ORG", "NORP", "FAC", "PRODUCT"})


def describe_from_base(entities: list[Entity], published: str | None, actors: ActorBase) -> None:
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
            _describe(entity, actors.person(entity.name, on, article_sides))


def publication_day(published: str | None) -> date | None:
    """The day an ISO publication date or datetime falls on; None when unknown."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _organisation_match(entity: Entity, actors: ActorBase) -> ActorMatch | None:
    for name in (entity.name, *entity.aliases):
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
