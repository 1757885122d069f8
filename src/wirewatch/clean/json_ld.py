"""The objects a page's JSON-LD says it is: its graph and main entity, each block read alone.

The items of a list the page holds are not walked: a section's page lists
other stories as articles (``ItemList`` / ``itemListElement``), and the first
of them would pass for the page's own article, its headline and date for
the page's.  A block that does not parse (or nests too deep) is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import lxml.html

MAX_DEPTH = 6


def json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every object of every JSON-LD block, in the page's order (top level, graphs, main entities)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        yield from _walk(data, 0)


def types_of(item: dict[str, Any]) -> list[str]:
    """An object's ``@type`` values (one, or a list of them)."""
    kind = item.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _walk(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def text_of(value: Any) -> str | None:
    """A JSON-LD value's text: a string, the first of a list, an object's ``@value`` or name."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return text_of(value[0])
    if isinstance(value, dict):
        return text_of(value.get("@value") or value.get("name"))
    return None
