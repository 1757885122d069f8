"""The timeline drawn on the server as SVG, on a time axis.

Bars stand where their period is, so a gap in the news is a gap in the
chart (a list of categories put 1999-07-06 and 2019-11 side by side).  An
event dated only to a week, a month or a year is a band across the days it
may be, above the bars, with its count: it is neither spread over days it
may not have happened on nor dropped.  The axis spans the bars; a band
longer than that ("2022" over a December) is cut at the axis's ends, and its
title gives its whole span.  Every bar and band is a link to the
events behind it, and its title says how many there are.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from ..store.event_queries import Chronology
from .charts import QUAD_COLOURS

WIDTH, HEIGHT = 860, 280
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 8, 46
BAND_HEIGHT, BAND_GAP = 13, 3
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class TimeAxis:
    """Days to x positions between the first and the day after the last day shown."""

    def __init__(self, first: dt.date, last: dt.date) -> None:
        self.first = first
        self.end = max(last + dt.timedelta(days=1), first + dt.timedelta(days=1))
        self.days = (self.end - self.first).days

    def x(self, day: dt.date) -> float:
        """The day's position; days outside the axis are held at its ends (a band clipped)."""
        days = min(max((day - self.first).days, 0), self.days)
        return LEFT + days / self.days * (WIDTH - LEFT - RIGHT)

    def ticks(self) -> list[tuple[dt.date, str]]:
        """About eight labelled days: years, months or days, by the span shown."""
        if self.days > 3 * 366:
            step = max(1, math.ceil(self.days / 366 / 8))
            years = range(self.first.year + (self.first.month > 1), self.end.year + 1, step)
            return [(dt.date(y, 1, 1), str(y)) for y in years if dt.date(y, 1, 1) < self.end]
        if self.days > 92:
            step = next(s for s in (1, 2, 3, 6, 12) if self.days / 30.4 / s <= 9)
            found: list[tuple[dt.date, str]] = []
            year, month = self.first.year, self.first.month
            day = dt.date(year, month, 1)
            while day < self.end:
                if day >= self.first and (day.month - 1) % step == 0:
                    label = MONTHS[day.month - 1] + (
                        f" {day.year}" if day.month == 1 or not found else ""
                    )
                    found.append((day, label))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                day = dt.date(year, month, 1)
            return found
        step = next(s for s in (1, 2, 7, 14, 28) if self.days / s <= 10)
        days = (self.first + dt.timedelta(days=n) for n in range(0, self.days, step))
        return [(day, day.isoformat()) for day in days]


def timeline_svg(
    chronology: Chronology,
    bar_link: Callable[[dict[str, Any]], str],
    band_link: Callable[[dict[str, Any]], str],
) -> Markup:
    """Stacked bars per period by quad class, bands for coarsely dated events, on a time axis."""
    if not chronology.periods + chronology.bands:
        return Markup('<p class="empty">No dated events match.</p>')
    shown = chronology.periods or chronology.bands  # a band ("2022") does not squeeze the bars
    axis = TimeAxis(
        min(dt.date.fromisoformat(p["first"]) for p in shown),
        max(dt.date.fromisoformat(p["last"]) for p in shown),
    )
    lanes = _lanes(chronology.bands)
    bands_height = (max(lanes.values(), default=-1) + 1) * (BAND_HEIGHT + BAND_GAP)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-label="Events per period by quad class, on a time axis" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    parts += _bands(chronology.bands, lanes, axis, band_link)
    parts += _bars(chronology.periods, axis, TOP + bands_height, bar_link)
    parts += _axis(axis)
    parts.append("</svg>")
    return Markup("".join(parts))


def _lanes(bands: list[dict[str, Any]]) -> dict[str, int]:
    """Each band's row above the bars: the first row where it overlaps no other band."""
    ends: list[str] = []
    lanes: dict[str, int] = {}
    for band in sorted(bands, key=lambda b: (b["first"], b["last"])):
        lane = next((i for i, end in enumerate(ends) if end < band["first"]), len(ends))
        if lane == len(ends):
            ends.append(band["last"])
        else:
            ends[lane] = band["last"]
        lanes[band["date"]] = lane
    return lanes


def _bands(
    bands: list[dict[str, Any]],
    lanes: dict[str, int],
    axis: TimeAxis,
    link: Callable[[dict[str, Any]], str],
) -> list[str]:
    parts = []
    for band in bands:
        x0 = axis.x(dt.date.fromisoformat(band["first"]))
        x1 = axis.x(dt.date.fromisoformat(band["last"]) + dt.timedelta(days=1))
        y = TOP + lanes[band["date"]] * (BAND_HEIGHT + BAND_GAP)
        width = max(3.0, x1 - x0)
        x0 = min(x0, WIDTH - RIGHT - width)
        quad = max((1, 2, 3, 4), key=lambda q: (band[f"quad{q}"], -q))
        title = (
            f"{band['date']} ({band['first']} to {band['last']}): {band['events']} events "
            "dated only to this stretch"
        )
        parts.append(
            f'<a href="{escape(link(band))}" class="band" data-date="{escape(band["date"])}">'
            f"<title>{escape(title)}</title>"
            f'<rect x="{x0:.1f}" y="{y:.1f}" width="{width:.1f}" height="{BAND_HEIGHT}" '
            f'fill="{QUAD_COLOURS[quad]}" class="band quad{quad}"/>'
            + (  # a count only where it fits: narrow neighbours' digits ran together
                f'<text x="{x0 + 3:.1f}" y="{y + BAND_HEIGHT - 3:.1f}" class="band-count">'
                f"{band['events']}</text>"
                if width >= 7 * len(str(band["events"])) + 6
                else ""
            )
            + "</a>"
        )
    return parts


def _bars(
    periods: list[dict[str, Any]], axis: TimeAxis, top: float, link: Callable[[dict[str, Any]], str]
) -> list[str]:
    if not periods:
        return []
    most = _counts(max(int(p["events"]) for p in periods) or 1)[-1] or 1
    bottom = HEIGHT - BOTTOM
    plot_h = bottom - top - 4
    parts = []
    for tick in _counts(most):
        y = bottom - tick / most * plot_h
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>'
        )
    for period in periods:
        x0 = axis.x(dt.date.fromisoformat(period["first"]))
        x1 = axis.x(dt.date.fromisoformat(period["last"]) + dt.timedelta(days=1))
        width = max(2.0, min(60.0, (x1 - x0) * 0.85))
        x = (x0 + x1 - width) / 2
        title = f"{period['period']}: {period['events']} events, {period['sources']} sources"
        parts.append(
            f'<a href="{escape(link(period))}" class="bar" data-period="{escape(period["period"])}">'
            f"<title>{escape(title)}</title>"
        )
        y = float(bottom)
        for quad in (4, 3, 2, 1):
            count = int(period.get(f"quad{quad}", 0))
            if count:
                height = count / most * plot_h
                y -= height
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
                    f'fill="{QUAD_COLOURS[quad]}" class="quad{quad}"/>'
                )
        parts.append("</a>")
    return parts


def _axis(axis: TimeAxis) -> list[str]:
    bottom = HEIGHT - BOTTOM
    parts = [
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{bottom}" y2="{bottom}" class="axis-line"/>'
    ]
    for day, label in axis.ticks():
        x = axis.x(day)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom}" y2="{bottom + 4}" class="axis-line"/>'
            f'<text x="{x:.1f}" y="{bottom + 16}" class="axis" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    return parts


def _counts(most: int) -> list[int]:
    """Up to five labelled counts from 0, the last at or above the tallest bar's."""
    step = max(1, math.ceil(most / 4))
    return list(range(0, most + step, step))[:5]
