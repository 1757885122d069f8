"""Reading the events of the corpus: lists, counts, facets, the country-pair matrix and the
timeline, all from one set of clauses.

The timeline's bars, the list behind a bar, its facets and the matrix are
built from :func:`story_clauses`, so a bar that says 62 opens a list of 62:
a real-world event is counted once, by its own date (the first telling's),
its own type and countries, and it passes a name or modality filter when
any of its tellings does.  An event dated only to a week, a month or a year
is counted by the periods that hold its whole span, and shown as a band
across the finer ones (``Chronology.bands``), never dropped in silence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .backends import Backend, Row
from .filters import EventFilter, checked_date, checked_period, date_span, period_of
from .parties import party_clauses, story_party_clauses

FACETS = ("type", "modality", "actor_country", "target_country", "outlet")
LAST_DAY_MARK = "\uffff"  # after any time of the day: "until 2022-11" holds all of November


@dataclass
class Chronology:
    """A timeline: ``periods`` (bars, each with its first and last day) and ``bands``, the
    events dated too coarsely for a bar of this period ('2019-W46' on a daily timeline)."""

    by: str
    periods: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    latest: str | None = None  # the last day an event is dated to (a band's: its first day)

    @property
    def banded(self) -> int:
        return sum(int(band["events"]) for band in self.bands)


class EventQueries:
    """The reading side of :class:`~wirewatch.store.Store` for events (a mixin: it needs only
    ``self.backend``)."""

    backend: Backend

    def events(self, where: EventFilter, mentions: bool = False) -> list[Row]:
        """Real-world events (each with its count of mentions and independent sources and its
        best-told mention, dated by the event), or with ``mentions`` every mention."""
        if mentions:
            clauses, params = mention_clauses(where, "e")
            sql = (
                "SELECT e.*, s.mentions, s.sources, a.url, a.title, a.outlet, a.published "
                "FROM events e JOIN story_events s ON s.id = e.story_event_id "
                "JOIN articles a ON a.id = e.article_id"
                + _where(clauses)
                + " ORDER BY e.first_day, e.date, e.article_id, e.event_id LIMIT ? OFFSET ?"
            )
            return self.backend.query(sql, (*params, where.limit, where.offset))
        clauses, params = story_clauses(where, "s")
        rows = self.backend.query(  # the page of events first, then each one's best telling
            "SELECT e.*, s.date AS story_date, s.first_day AS story_first_day, s.status, "
            "s.mentions, s.sources, s.fatalities_best AS story_fatalities, a.url, a.title, "
            "a.outlet, a.published FROM (SELECT s.id FROM story_events s"
            + _where(clauses)
            + " ORDER BY s.first_day, s.date, s.id LIMIT ? OFFSET ?) page "
            "JOIN story_events s ON s.id = page.id "
            "JOIN events e ON e.story_event_id = s.id JOIN articles a ON a.id = e.article_id "
            f"WHERE {BEST_TELLING} ORDER BY s.first_day, s.date, s.id",
            (*params, where.limit, where.offset),
        )
        for row in rows:  # the real-world event's date, not its best telling's
            row["date"], row["first_day"] = row.pop("story_date"), row.pop("story_first_day")
        return rows

    def count_events(self, where: EventFilter) -> int:
        """How many real-world events ``where`` selects (limit and offset aside)."""
        clauses, params = story_clauses(where, "s")
        rows = self.backend.query(
            "SELECT COUNT(*) AS n FROM story_events s" + _where(clauses), params
        )
        return int(rows[0]["n"])

    def event_facets(self, where: EventFilter, top: int = 8) -> dict[str, list[Row]]:
        """The real-world events of ``where`` counted by type, modality, each side's country and
        outlet (a modality or outlet counts an event once if any telling has it)."""
        clauses, params = story_clauses(where, "s")
        found: dict[str, list[Row]] = {}
        for facet in FACETS:
            if facet in ("type", "actor_country", "target_country"):
                sql = f"SELECT s.{facet} AS value, COUNT(*) AS events FROM story_events s" + _where(
                    [*clauses, f"s.{facet} IS NOT NULL"]
                )
            else:
                column = "a.outlet" if facet == "outlet" else "e.modality"
                outlets = " JOIN articles a ON a.id = e.article_id" if facet == "outlet" else ""
                sql = (
                    f"SELECT {column} AS value, COUNT(DISTINCT s.id) AS events "
                    "FROM story_events s JOIN events e ON e.story_event_id = s.id"
                    + outlets
                    + _where([*clauses, f"{column} IS NOT NULL"])
                )
            found[facet] = self.backend.query(
                sql + " GROUP BY value ORDER BY events DESC, value LIMIT ?", (*params, top)
            )
        return found

    def pair_matrix(self, where: EventFilter, top: int = 12) -> dict[str, Any]:
        """Who acts on whom: real-world events counted per (actor country, target country) and
        quad class, for the ``top`` most active actors and most targeted targets."""
        clauses, params = story_clauses(where, "s")
        clauses.append("s.actor_country IS NOT NULL AND s.target_country IS NOT NULL")
        rows = self.backend.query(
            "SELECT s.actor_country AS actor, s.target_country AS target, s.quad_class, "
            "COUNT(*) AS events FROM story_events s"
            + _where(clauses)
            + " GROUP BY s.actor_country, s.target_country, s.quad_class",
            params,
        )
        return pair_table(rows, top)

    def chronology(self, where: EventFilter, by: str = "day") -> Chronology:
        """The timeline of ``where``: real-world events per period by quad class (with sources
        and the dead), and the bands of events dated more coarsely than ``by``."""
        checked_period(by)
        clauses, params = story_clauses(where, "s")
        clauses.append("s.first_day IS NOT NULL")
        rows = self.backend.query(
            "SELECT s.date, s.first_day, s.last_day, s.quad_class, COUNT(*) AS events, "
            "SUM(s.sources) AS sources, SUM(s.fatalities_best) AS fatalities FROM story_events s"
            + _where(clauses)
            + " GROUP BY s.date, s.first_day, s.last_day, s.quad_class",
            params,
        )
        return chronology_of(rows, by)

    def timeline(
        self,
        actor: str,
        target: str | None = None,
        *,
        since: str | None = None,
        until: str | None = None,
        by: str = "day",
        type_: str | None = None,
        asserted_only: bool = False,
    ) -> list[Row]:
        """Real-world events that happened involving ``actor`` (with ``target``: between the
        two, either way round) per day, ISO week, month or year, by quad class; the bars of
        :meth:`chronology` (``asserted_only``: events some article states in its own voice)."""
        where = timeline_filter(actor, target, since, until, type_, asserted_only)
        return self.chronology(where, by).periods

    def event_places(self, where: EventFilter, top: int = 300) -> list[Row]:
        """Where the events of ``where`` happened: one row per point (``place``, ``country``,
        ``latitude``, ``longitude``, the finest ``precision`` and the count of real-world
        ``events``), most events first."""
        clauses, params = mention_clauses(where, "e")
        clauses.append("e.latitude IS NOT NULL AND e.longitude IS NOT NULL")
        sql = (
            "SELECT MIN(e.place) AS place, MIN(e.place_country) AS country, e.latitude, "
            "e.longitude, MIN(e.place_precision) AS precision, "
            "COUNT(DISTINCT e.story_event_id) AS events FROM events e"
            + _where(clauses)
            + " GROUP BY e.latitude, e.longitude ORDER BY events DESC, place LIMIT ?"
        )
        return self.backend.query(sql, (*params, top))

    def counterparts(self, actor: str, top: int = 12) -> list[Row]:
        """The countries and organisations ``actor`` has most events with, either way round,
        with the most frequent quad class between them."""
        rows = self.backend.query(
            "SELECT CASE WHEN actor_country = ? THEN target_country ELSE actor_country END "
            "AS country, quad_class, COUNT(*) AS events FROM story_events "
            "WHERE (actor_country = ? OR target_country = ?) AND actor_country IS NOT NULL "
            "AND target_country IS NOT NULL AND actor_country <> target_country "
            "GROUP BY 1, quad_class",
            (actor, actor, actor),
        )
        totals: dict[str, Row] = {}
        for row in rows:
            entry = totals.setdefault(row["country"], {"country": row["country"], "events": 0})
            entry["events"] += int(row["events"])
            if int(row["events"]) > int(entry.get("quad_events", 0)):
                entry["quad_class"], entry["quad_events"] = row["quad_class"], int(row["events"])
        ranked = sorted(totals.values(), key=lambda e: (-int(e["events"]), str(e["country"])))
        return ranked[:top]


# The best-told mention of each real-world event: highest confidence, then the earliest article.
BEST_TELLING = (
    "NOT EXISTS (SELECT 1 FROM events o WHERE o.story_event_id = s.id AND "
    "(o.confidence > e.confidence OR (o.confidence = e.confidence AND "
    "(o.article_id < e.article_id OR (o.article_id = e.article_id AND o.event_id < e.event_id)))))"
)


def timeline_filter(
    actor: str,
    target: str | None,
    since: str | None,
    until: str | None,
    type_: str | None,
    asserted_only: bool,
) -> EventFilter:
    """The filter of a timeline: events that happened, involving the actor on either side (or
    between the two, either way round). The timeline's drill-down lists the same filter."""
    return EventFilter(
        actor=actor,
        target=target,
        type=type_,
        since=since,
        until=until,
        either_way=True,
        happened_only=True,
        asserted_only=asserted_only,
    )


def story_clauses(where: EventFilter, alias: str) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``story_events`` for a filter (see the module's docstring)."""
    clauses, params = story_party_clauses(where, alias)
    if where.type:
        clauses.append(f"{alias}.type = ?")
        params.append(where.type)
    if where.happened_only:
        clauses.append(f"{alias}.status = 'actual'")
    if where.abroad:
        clauses.append(f"{alias}.actor_country <> {alias}.target_country")
    for modality in (where.modality, "asserted" if where.asserted_only else None):
        if modality:
            clauses.append(
                f"EXISTS (SELECT 1 FROM events m WHERE m.story_event_id = {alias}.id "
                "AND m.modality = ?)"
            )
            params.append(modality)
    span, span_params = span_clauses(where, alias)
    return clauses + span, params + span_params


def mention_clauses(where: EventFilter, alias: str) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``events`` (mentions) for a filter: each mention on its own."""
    if where.either_way and where.actor:  # the two sides swapped (an actor alone: either side)
        one, one_params = party_clauses(alias, where.actor, where.target)
        other, other_params = party_clauses(alias, where.target, where.actor)
        clauses, params = [f"(({one}) OR ({other}))"], one_params + other_params
    else:
        parties, params = party_clauses(alias, where.actor, where.target)
        clauses = [parties] if parties else []
    if where.type:
        clauses.append(f"{alias}.type = ?")
        params.append(where.type)
    if where.modality:
        clauses.append(f"{alias}.modality = ?")
        params.append(where.modality)
    span, span_params = span_clauses(where, alias)
    return clauses + span, params + span_params


def span_clauses(where: EventFilter, alias: str) -> tuple[list[str], list[Any]]:
    """Events whose whole date lies in [since, until]: '2019-W46' is in November 2019, and
    '2019' is not (it is a band on November's timeline, not one of its events)."""
    clauses: list[str] = []
    params: list[Any] = []
    if where.since:
        first = date_span(checked_date(where.since))
        clauses.append(f"{alias}.first_day >= ?")
        params.append(first[0].isoformat() if first else where.since)
    if where.until:
        last = date_span(checked_date(where.until))
        clauses.append(f"{alias}.last_day <= ?")
        params.append(last[1].isoformat() if last else where.until + LAST_DAY_MARK)
    if where.on:
        clauses.append(f"{alias}.date = ?")
        params.append(where.on)
    return clauses, params


def chronology_of(rows: Sequence[Row], by: str) -> Chronology:
    """Bars from the rows (date, first/last day, quad class, counts) that fit one period of
    ``by``, and one band per coarser date value."""
    found = Chronology(by)
    bars: dict[str, dict[str, Any]] = {}
    bands: dict[str, dict[str, Any]] = {}
    periods: dict[str, str] = {}  # each day's period, worked out once

    def period(day: str) -> str:
        if day not in periods:
            periods[day] = period_of(dt.date.fromisoformat(day), by)
        return periods[day]

    for row in rows:
        name = period(row["first_day"])
        if name == period(row["last_day"]):
            entry = bars.setdefault(name, _empty_period(name, by))
        else:
            entry = bands.setdefault(
                row["date"], _empty_band(row["date"], row["first_day"], row["last_day"])
            )
        entry[f"quad{row['quad_class']}"] += int(row["events"])
        entry["events"] += int(row["events"])
        entry["sources"] += int(row["sources"] or 0)
        entry["fatalities"] += int(row["fatalities"] or 0)
    found.latest = max((str(row["first_day"]) for row in rows), default=None)
    found.periods = sorted(bars.values(), key=lambda entry: str(entry["first"]))
    found.bands = sorted(bands.values(), key=lambda entry: (entry["first"], entry["last"]))
    return found


def _empty_period(name: str, by: str) -> dict[str, Any]:
    span = date_span(name)
    assert span is not None, name
    return {"period": name} | _empty_tally(span[0].isoformat(), span[1].isoformat())


def _empty_band(value: str, first: str, last: str) -> dict[str, Any]:
    return {"date": value} | _empty_tally(first, last)


def _empty_tally(first: str, last: str) -> dict[str, Any]:
    """The counts a bar or a band adds up, over the days it spans."""
    return {"first": first, "last": last, "events": 0, "sources": 0, "fatalities": 0} | {
        f"quad{q}": 0 for q in (1, 2, 3, 4)
    }


def pair_table(rows: Sequence[Row], top: int) -> dict[str, Any]:
    """The matrix's rows (actors) and columns (targets), most events first, and its cells:
    ``{(actor, target): {"events", "quad1".."quad4"}}`` with the quad class most told."""
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    by_actor: dict[str, int] = {}
    by_target: dict[str, int] = {}
    for row in rows:
        key = (str(row["actor"]), str(row["target"]))
        cell = cells.setdefault(key, {"events": 0} | {f"quad{q}": 0 for q in (1, 2, 3, 4)})
        cell[f"quad{row['quad_class']}"] += int(row["events"])
        cell["events"] += int(row["events"])
        by_actor[key[0]] = by_actor.get(key[0], 0) + int(row["events"])
        by_target[key[1]] = by_target.get(key[1], 0) + int(row["events"])
    for cell in cells.values():
        cell["quad_class"] = max((1, 2, 3, 4), key=lambda q: (cell[f"quad{q}"], -q))
    actors = sorted(by_actor, key=lambda code: (-by_actor[code], code))[:top]
    targets = sorted(by_target, key=lambda code: (-by_target[code], code))[:top]
    shown = {f"{a}|{t}": cells[(a, t)] for a in actors for t in targets if (a, t) in cells}
    return {
        "actors": [
            {
                "code": code,
                "events": by_actor[code],
                "elsewhere": by_actor[code] - _row(shown, code),
            }
            for code in actors
        ],
        "targets": [
            {
                "code": code,
                "events": by_target[code],
                "elsewhere": by_target[code] - _column(shown, code),
            }
            for code in targets
        ],
        "cells": shown,
    }


def _row(cells: dict[str, dict[str, Any]], actor: str) -> int:
    """The events of an actor's shown cells (the rest are on targets not shown)."""
    return sum(int(c["events"]) for key, c in cells.items() if key.split("|")[0] == actor)


def _column(cells: dict[str, dict[str, Any]], target: str) -> int:
    return sum(int(c["events"]) for key, c in cells.items() if key.split("|")[1] == target)


def _where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


__all__ = ["Chronology", "EventQueries", "story_clauses", "timeline_filter"]
