"""The pages built on the corpus's events: the timeline, the events behind it (with facets,
paging and downloads) and the country-pair matrix.

All three turn the page's :class:`~.filters.Filters` into one store filter,
so a bar, a band, a facet, a matrix cell and a download each open or hold
exactly the events their label counts (issue 19).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..store import EventFilter
from ..store.event_queries import Chronology, timeline_filter
from ..store.filters import EVENT_TYPES
from .charts import QUAD_NAMES, legend
from .context import Workspace
from .filters import FILTERS, Filters, period_of_request
from .maps import event_map
from .timeline_chart import timeline_svg

PAGE_EVENTS = 50
DOWNLOAD_COLUMNS = (
    "story_event_id", "date", "first_day", "status", "type", "mode", "quad_class",
    "actor_text", "actor_name", "actor_country", "target_text", "target_name", "target_country",
    "modality", "claimant", "place", "place_country", "fatalities_best", "mentions", "sources",
    "trigger", "sentence", "article_id", "event_id", "title", "outlet", "url", "published",
)  # fmt: skip
FACET_NAMES = {
    "type": "Type",
    "modality": "Told as",
    "actor_country": "Actor",
    "target_country": "Target",
    "outlet": "Outlet",
}


def event_pages_router(workspace: Workspace, render: Callable[..., Any]) -> Any:
    """The timeline, events and matrix routes (``render``: the workspace's page renderer)."""
    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
    store = workspace.store

    @router.get("/timeline")
    def timeline(request: Request, filters: Filters = FILTERS, by: str = "day") -> Any:
        f = filters.upper()
        by = period_of_request(by)
        chronology, facets, places = Chronology(by), {}, []
        if f.actor:
            where = timeline_filter(
                f.actor,
                f.target or None,
                f.since or None,
                f.until or None,
                f.type or None,
                f.modality == "asserted",
            )
            chronology = store().chronology(where, by)
            facets = workspace.facets_of(where)
            # the map shows where the same events happened, plans and denials included
            places = workspace.places_of(
                dataclasses.replace(where, happened_only=False, asserted_only=False)
            )
        drill = f.query(happened="1")
        links = {p["period"]: bar_link(f, p) for p in chronology.periods}
        band_links = {b["date"]: band_link(f, b) for b in chronology.bands}
        return render(
            request,
            "timeline.html",
            f=f,
            by=by,
            chronology=chronology,
            total=sum(int(p["events"]) for p in chronology.periods) + chronology.banded,
            all_link="/events?" + drill,
            links=links,
            band_links=band_links,
            chart=timeline_svg(
                chronology, lambda p: links[p["period"]], lambda b: band_links[b["date"]]
            ),
            presets=presets(f, chronology, by),
            facets=facet_links(f, facets, happened="1"),
            map=event_map(places, lambda place: "/events?" + f.query()),
            legend=legend(),
            event_types=sorted(EVENT_TYPES),
        )

    @router.get("/events")
    def events(request: Request, filters: Filters = FILTERS) -> Any:
        f = filters.upper()
        where = page_of(f)
        found = store().events(where)
        total = store().count_events(where)
        told = store().mentions_of([int(e["story_event_id"]) for e in found])
        rows = [{"event": e, "mentions": told.get(int(e["story_event_id"]), [])} for e in found]
        first = where.offset + 1 if found else 0
        return render(
            request,
            "events.html",
            rows=rows,
            f=f,
            total=total,
            first=first,
            last=where.offset + len(found),
            previous="/events?" + f.query(page=f.page - 1) if f.page > 1 else None,
            next="/events?" + f.query(page=f.page + 1)
            if where.offset + len(found) < total
            else None,
            download=f.query(page=f.page),
            facets=facet_links(f, workspace.facets_of(where)),
        )

    @router.get("/events.csv", response_class=Response)
    def events_csv(filters: Filters = FILTERS) -> Any:
        """The rows of the events page with these filters and this page, as CSV."""
        rows = _shown(store(), filters.upper())
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=DOWNLOAD_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )

    @router.get("/events.json", response_class=Response)
    def events_json(filters: Filters = FILTERS) -> Any:
        """The rows of the events page with these filters and this page, as JSON."""
        rows = [
            {c: row.get(c) for c in DOWNLOAD_COLUMNS} for row in _shown(store(), filters.upper())
        ]
        return Response(
            json.dumps({"items": rows}, ensure_ascii=False, default=str),
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="events.json"'},
        )

    @router.get("/matrix")
    def matrix(request: Request, filters: Filters = FILTERS) -> Any:
        f = filters.upper()
        where = f.where()
        table = store().pair_matrix(where)
        most = max((int(c["events"]) for c in table["cells"].values()), default=1)
        return render(
            request,
            "matrix.html",
            f=f,
            table=table,
            cell_link=lambda a, t: "/events?" + f.query(actor=a, target=t, oneway="1"),
            shade=lambda cell: _shade(cell, most),
            quad_names=QUAD_NAMES,
            event_types=sorted(EVENT_TYPES),
            legend=legend(),
        )

    return router


def page_of(f: Filters) -> EventFilter:
    """The store's filter for the events page's current page."""
    return f.where(limit=PAGE_EVENTS, offset=(f.page - 1) * PAGE_EVENTS)


def _shown(store: Any, f: Filters) -> list[dict[str, Any]]:
    """Exactly the rows the events page shows for these filters and page."""
    return [dict(row) for row in store.events(page_of(f))]


def bar_link(f: Filters, period: dict[str, Any]) -> str:
    """The events a bar counts: its days, events that happened, the page's other filters."""
    return "/events?" + f.query(since=period["first"], until=period["last"], happened="1")


def band_link(f: Filters, band: dict[str, Any]) -> str:
    """The events a band counts: those dated to exactly its value ('2019-W46')."""
    return "/events?" + f.query(since="", until="", on=band["date"], happened="1")


def presets(f: Filters, chronology: Chronology, by: str) -> list[dict[str, str]]:
    """Date ranges counted back from the last day shown: a week, a month, a year, all."""
    if chronology.latest is None and not (f.since or f.until):
        return []
    links = []
    if chronology.latest is not None:
        last = dt.date.fromisoformat(chronology.latest)
        for label, days in (("last 7 days", 7), ("last 30 days", 30), ("last 12 months", 365)):
            since = (last - dt.timedelta(days=days - 1)).isoformat()
            query = f.query(since=since, until=last.isoformat())
            links.append({"label": label, "href": f"/timeline?{query}&by={by}"})
    links.append({"label": "all dates", "href": f"/timeline?{f.query(since='', until='')}&by={by}"})
    return links


def facet_links(f: Filters, facets: dict[str, list[Any]], **extra: str) -> list[dict[str, Any]]:
    """Each facet's values with their counts and the address of the narrower list."""
    found = []
    for name, values in facets.items():
        items = []
        for row in values:
            value = str(row["value"])
            if name == "type":
                change = {"type": value}
            elif name == "actor_country":
                change = {"actor": value, "oneway": "1"} if not f.target else {}
            elif name == "target_country":
                change = {"target": value, "oneway": "1"} if f.actor else {}
            else:
                change = {}
            href = "/events?" + f.query(**change, **extra) if change else None
            items.append({"value": value, "events": row["events"], "href": href})
        found.append({"name": FACET_NAMES[name], "items": items})
    return found


def _shade(cell: dict[str, Any] | None, most: int) -> str:
    """A matrix cell's classes: its most told quad class, and a level 1-5 of its events
    against the busiest cell (classes, not a style attribute: the CSP allows no inline style)."""
    if not cell:
        return ""
    level = 1 + min(4, int(4 * int(cell["events"]) / max(most, 1)))
    return f"quad{int(cell['quad_class'])} level{level}"
