"""Charts drawn on the server as SVG: the timeline and an actor's counterparts.

No chart library and nothing from a CDN: the page works offline, with
JavaScript off, and prints.  Every label goes through ``escape``; every bar
and node is a link, so a click (or Enter on a focused bar) opens the events
behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from markupsafe import Markup, escape

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_COLOURS = {1: "#4e9a06", 2: "#1f6f3f", 3: "#e0a030", 4: "#c0392b"}
WIDTH, HEIGHT = 860, 260
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 40, 60, 12


def timeline_svg(periods: Sequence[dict[str, Any]], link: Callable[[str], str]) -> Markup:
    """Stacked bars of events per period, coloured by quad class; ``link(period)`` is the
    address of the events behind a bar."""
    if not periods:
        return Markup('<p class="empty">No dated events match.</p>')
    most = max(int(p["events"]) for p in periods) or 1
    plot_w = WIDTH - MARGIN_LEFT - 10
    plot_h = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    slot = plot_w / len(periods)
    bar_w = max(2.0, min(40.0, slot * 0.8))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Events per period by quad class" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in _ticks(most):
        y = MARGIN_TOP + plot_h - tick / most * plot_h
        parts.append(
            f'<line x1="{MARGIN_LEFT}" x2="{WIDTH - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>'
        )
    label_every = max(1, math.ceil(len(periods) / 16))
    for index, period in enumerate(periods):
        x = MARGIN_LEFT + index * slot + (slot - bar_w) / 2
        y = MARGIN_TOP + plot_h
        name = str(period["period"])
        title = f"{name}: {period['events']} events, {period['sources']} sources"
        parts.append(
            f'<a href="{escape(link(name))}" class="bar" data-period="{escape(name)}">'
            f"<title>{escape(title)}</title>"
        )
        for quad in (4, 3, 2, 1):
            count = int(period.get(f"quad{quad}", 0))
            if not count:
                continue
            height = count / most * plot_h
            y -= height
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{height:.1f}" '
                f'fill="{QUAD_COLOURS[quad]}" class="quad{quad}"/>'
            )
        parts.append("</a>")
        if index % label_every == 0:
            lx, ly = x + bar_w / 2, MARGIN_TOP + plot_h + 12
            parts.append(
                f'<text x="{lx:.1f}" y="{ly:.1f}" class="axis" text-anchor="end" '
                f'transform="rotate(-40 {lx:.1f} {ly:.1f})">{escape(name)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def legend() -> Markup:
    items = "".join(
        f'<li><span class="swatch quad{q}"></span>{escape(QUAD_NAMES[q])}</li>'
        for q in QUAD_COLOURS
    )
    return Markup(f'<ul class="legend">{items}</ul>')


def network_svg(
    centre: str, counterparts: Sequence[dict[str, Any]], link: Callable[[str], str]
) -> Markup:
    """The actor in the middle, its most frequent counterparts around it; a line's width is
    the number of events between the two, its colour the most frequent quad class."""
    if not counterparts:
        return Markup('<p class="empty">No counterparts yet.</p>')
    size, radius = 360, 130
    middle = size / 2
    most = max(int(c["events"]) for c in counterparts) or 1
    parts = [
        f'<svg class="network" viewBox="0 0 {size} {size}" role="img" '
        f'aria-label="Most frequent counterparts" xmlns="http://www.w3.org/2000/svg">'
    ]
    nodes = []
    for index, other in enumerate(counterparts):
        angle = 2 * math.pi * index / len(counterparts) - math.pi / 2
        x, y = middle + radius * math.cos(angle), middle + radius * math.sin(angle)
        width = 1 + 7 * int(other["events"]) / most
        colour = QUAD_COLOURS.get(int(other.get("quad_class") or 0), "#888")
        parts.append(
            f'<line x1="{middle}" y1="{middle}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="{width:.1f}" class="edge"/>'
        )
        code = str(other["country"])
        nodes.append(
            f'<a href="{escape(link(code))}" class="node"><title>{escape(code)}: '
            f"{other['events']} events</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="20"/>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">{escape(code)}</text></a>'
        )
    parts += nodes
    parts.append(
        f'<circle cx="{middle}" cy="{middle}" r="28" class="centre"/>'
        f'<text x="{middle}" y="{middle + 4}" text-anchor="middle" class="centre-label">'
        f"{escape(centre[:8])}</text></svg>"
    )
    return Markup("".join(parts))


def _ticks(most: int) -> list[int]:
    step = max(1, math.ceil(most / 4))
    return list(range(0, most + 1, step))
