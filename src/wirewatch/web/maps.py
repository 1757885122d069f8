"""A world map of events, drawn on the server as SVG: no tiles, no CDN, works offline.

The country outlines are those ``countryinfo`` ships (MIT), a simplified Natural Earth set
(public domain), read once per process and projected equirectangularly; Antarctica is left
out.  Each dot is a place where events happened, sized by how many (each real-world event
counted once), and a link to the events there.  A dot placed only at a country's or region's
centre (precision 2 or 3) is drawn hollow, so nobody reads it as the exact spot.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 860, 400
NORTH, SOUTH = 84.0, -58.0  # the inhabited latitudes; Antarctica is left out
SMALLEST_STEP = 0.6  # px: outline points closer than this to the last one are dropped


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular: longitude and latitude linear in x and y, over the map's box."""
    x = (longitude + 180.0) / 360.0 * WIDTH
    y = (NORTH - latitude) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


@lru_cache(maxsize=1)
def world_outline() -> str:
    """Every country as one SVG path with its name as title (built once per process)."""
    return "".join(
        f'<path class="land" d="{path}"><title>{escape(name)}</title></path>'
        for name, path in _country_paths()
    )


def _country_paths() -> Iterator[tuple[str, str]]:
    import countryinfo

    for file in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        with open(file, encoding="utf-8") as handle:
            info = json.load(handle)
        shape = info.get("geoJSON") or {}
        for feature in shape.get("features") or ():
            path = _path_of(feature.get("geometry") or {})
            if path:
                yield str(info.get("name") or file.stem), path


def _path_of(geometry: dict[str, Any]) -> str:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    rings = [ring for polygon in polygons for ring in polygon]
    return "".join(_ring_path(ring) for ring in rings)


def _ring_path(ring: Sequence[Sequence[float]]) -> str:
    points: list[tuple[float, float]] = []
    for longitude, latitude, *_ in ring:
        if latitude < SOUTH:
            continue
        point = project(latitude, longitude)
        if points and math.dist(point, points[-1]) < SMALLEST_STEP:
            continue
        points.append(point)
    if len(points) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z"


def event_map(places: Sequence[dict[str, Any]], link: Callable[[dict[str, Any]], str]) -> Markup:
    """The map with a dot per place of ``places`` (rows with ``latitude``, ``longitude``,
    ``events``, ``place``, ``country``, ``precision``); ``link(row)`` opens its events."""
    located = [
        p for p in places if p.get("latitude") is not None and p.get("longitude") is not None
    ]
    if not located:
        return Markup('<p class="empty">No event of these has a place on the map.</p>')
    most = max(int(p["events"]) for p in located) or 1
    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Where the events happened" xmlns="http://www.w3.org/2000/svg">',
        f'<rect class="sea" width="{WIDTH}" height="{HEIGHT}"/>',
        world_outline(),
    ]
    for place in sorted(located, key=lambda p: -int(p["events"])):  # small dots on top
        x, y = project(float(place["latitude"]), float(place["longitude"]))
        radius = 3 + 9 * math.sqrt(int(place["events"]) / most)
        exact = place.get("precision") == 1
        title = _title(place)
        parts.append(
            f'<a href="{escape(link(place))}" class="spot">'
            f"<title>{escape(title)}</title>"
            f'<circle cx="{x}" cy="{y}" r="{radius:.1f}" '
            f'class="{"exact" if exact else "approximate"}"/></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _title(place: dict[str, Any]) -> str:
    name = str(place.get("place") or "?")
    country = f" ({place['country']})" if place.get("country") else ""
    count = int(place["events"])
    where = {2: ", region's centre", 3: ", country's centre"}.get(
        int(place.get("precision") or 1), ""
    )
    return f"{name}{country}: {count} event{'s' if count != 1 else ''}{where}"
