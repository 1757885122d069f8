"""The event filters the timeline, events and matrix pages share, as typed in their forms and
carried in their links.

A page's filters become the store's :class:`~wirewatch.store.EventFilter`,
checked there: a date typed as "yesterday" is answered with a page that says
so (422), never read as no filter.  The links a page builds (a bar to its
events, a facet to its narrower list, a download to the same rows) are made
from the same filters, so what a link opens is what its label counted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import Depends, Query

from ..store import EventFilter
from ..store.filters import PERIODS

MAX_PAGE = 1_000_000  # a page number past any corpus; a bigger one overflowed the database


@dataclass(frozen=True)
class Filters:
    """One page's filters; empty strings are 'no filter' (as an empty form field is)."""

    actor: str = ""
    target: str = ""
    type: str = ""
    modality: str = "all"  # or "asserted": events some article states in its own voice
    since: str = ""
    until: str = ""
    happened: str = ""  # "1": events that happened (the timeline's count), no plans or denials
    oneway: str = ""  # "1": actor acts on target (the matrix's cells), not either way round
    on: str = ""  # exactly this date value: a timeline band's events
    abroad: str = ""  # "1": between two countries (the matrix without its diagonal)
    page: int = 1

    def upper(self) -> Filters:
        """Codes in capitals (PRK, KOR, ASSAULT); names (Kim Jong-un) as typed."""
        return dataclasses.replace(
            self,
            actor=_code_case(self.actor),
            target=_code_case(self.target),
            type=self.type.upper(),
        )

    def query(self, **changes: str | int) -> str:
        """The query string of these filters (empty ones left out), with ``changes``; a
        change of filter goes back to the first page."""
        if "page" not in changes:
            changes["page"] = 1
        # not dataclasses.asdict: its deep copy cost a tenth of a second on a long timeline
        values = {name: changes.get(name, getattr(self, name)) for name in FIELDS}
        kept = {
            k: v for k, v in values.items() if v and v != "all" and not (k == "page" and v == 1)
        }
        return urlencode(kept)

    def where(self, limit: int = 100, offset: int = 0) -> EventFilter:
        """The store's filter (raises QueryError on a bad type or date)."""
        return EventFilter(
            actor=self.actor or None,
            target=self.target or None,
            type=self.type or None,
            since=self.since or None,
            until=self.until or None,
            limit=limit,
            offset=offset,
            either_way=not self.oneway,
            happened_only=bool(self.happened),
            asserted_only=self.modality == "asserted",
            on=self.on or None,
            abroad=bool(self.abroad),
        )


FIELDS = tuple(field.name for field in dataclasses.fields(Filters))


def _code_case(value: str) -> str:
    """'prk' -> 'PRK' (an ISO code typed in lower case); a name keeps its case ('Iran' is
    not the code IRAN)."""
    from ..annotate.gazetteer import gazetteer

    return value.upper() if value.upper() in gazetteer().alpha3_to_alpha2 else value


def filters_of(
    actor: str = "",
    target: str = "",
    type: str = "",  # noqa: A002 - the form's field name
    modality: str = "all",
    since: str = "",
    until: str = "",
    happened: str = "",
    oneway: str = "",
    on: str = "",
    abroad: str = "",
    page: int = Query(1, ge=1, le=MAX_PAGE),
) -> Filters:
    """The filters of a request's query string, trimmed."""
    return Filters(
        actor.strip(),
        target.strip(),
        type.strip(),
        "asserted" if modality == "asserted" else "all",
        since.strip(),
        until.strip(),
        "1" if happened.strip() else "",
        "1" if oneway.strip() else "",
        on.strip(),
        "1" if abroad.strip() else "",
        page,
    )


FILTERS = Depends(filters_of)  # the filters of a timeline, events or matrix page's query string


def period_of_request(by: str) -> str:
    """A timeline period from the query string: day, week, month or year (else day)."""
    return by if by in PERIODS else "day"
