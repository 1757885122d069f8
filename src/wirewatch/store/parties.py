"""The parties of an event filter: a code ("PRK", "UN"), a lower-case ISO code ("prk"), a
country's name ("North Korea") or another name ("Kim Jong-un"), as SQL.

Codes and country names are matched on the countries the coder resolved; any other name
is matched on the words of the mentions (``actor_name``/``actor_text``, in any case), so
a person's timeline goes through the events that name them.
"""

from __future__ import annotations

import re
from typing import Any

from .filters import EventFilter

COUNTRY_CODE = re.compile(r"^[A-Z]{2,6}$")


def party_code(value: str) -> str | None:
    """The country or organisation code a party is given by: a code ("PRK", or "prk" when it
    is an ISO code), or a country's name ("North Korea"); None for any other name."""
    from ..annotate.gazetteer import gazetteer

    stripped = value.strip()
    if COUNTRY_CODE.match(stripped):
        return stripped
    places = gazetteer()
    if stripped.upper() in places.alpha3_to_alpha2:
        return stripped.upper()
    return places.country_of_name(stripped)


def party_clauses(alias: str, actor: str | None, target: str | None) -> tuple[str, list[Any]]:
    """SQL on a mention (``events``) for an actor and a target, each a code, a country's name
    or another name."""
    clauses: list[str] = []
    params: list[Any] = []
    for role, value in (("actor", actor), ("target", target)):
        if value is None:
            continue
        code = party_code(value)
        if code is not None:
            clauses.append(f"{alias}.{role}_country = ?")
            params.append(code)
        else:
            clauses.append(f"(LOWER({alias}.{role}_name) = ? OR LOWER({alias}.{role}_text) = ?)")
            params += [value.lower(), value.lower()]
    return " AND ".join(clauses), params


def story_party_clauses(where: EventFilter, alias: str) -> tuple[list[str], list[Any]]:
    """SQL on a real-world event (``story_events``) for the filter's parties: with
    ``either_way``, an actor alone is on either side, and two are either way round."""
    actor, target = where.actor, where.target
    if where.either_way and actor and target:
        one, one_params = _sides(alias, actor, target)
        other, other_params = _sides(alias, target, actor)
        return [f"(({one}) OR ({other}))"], one_params + other_params
    if where.either_way and actor:
        one, one_params = _side(alias, "actor", actor)
        other, other_params = _side(alias, "target", actor)
        return [f"({one} OR {other})"], one_params + other_params
    clauses: list[str] = []
    params: list[Any] = []
    for role, value in (("actor", actor), ("target", target)):
        if value:
            clause, clause_params = _side(alias, role, value)
            clauses.append(clause)
            params += clause_params
    return clauses, params


def _sides(alias: str, actor: str, target: str) -> tuple[str, list[Any]]:
    one, one_params = _side(alias, "actor", actor)
    other, other_params = _side(alias, "target", target)
    return f"{one} AND {other}", one_params + other_params


def _side(alias: str, role: str, value: str) -> tuple[str, list[Any]]:
    """One side of a real-world event: its country, or a telling that names it so."""
    code = party_code(value)
    if code is not None:
        return f"{alias}.{role}_country = ?", [code]
    return (
        f"EXISTS (SELECT 1 FROM events p WHERE p.story_event_id = {alias}.id AND "
        f"(LOWER(p.{role}_name) = ? OR LOWER(p.{role}_text) = ?))",
        [value.lower(), value.lower()],
    )
