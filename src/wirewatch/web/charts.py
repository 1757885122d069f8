"""Charts drawn on the server as SVG: an actor's counterparts, and the quad classes' colours
and legend every chart shares (the timeline is :mod:`.timeline_chart`).

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
