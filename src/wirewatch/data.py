"""Reading the data files shipped under ``wirewatch/data`` (lexicons, mappings).

Files are read once per process and cached; comment lines start with '#'
(text, TSV) or the data sits beside an ``_about`` key (JSON).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


def data_text(name: str) -> str:
    """The text of one data file."""
    return (files("wirewatch") / "data" / name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> dict[str, Any]:
    """A JSON data file without its ``_about`` note."""
    data = json.loads(data_text(name))
    return {key: value for key, value in data.items() if not key.startswith("_")}


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text data file."""
    return tuple(
        line.strip()
        for line in data_text(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, comments skipped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in load_lines(name))
