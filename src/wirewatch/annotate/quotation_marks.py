"""Where quotations are in a text: spans inside quotation marks, and paragraph bounds.

Curly quotes pair by direction; straight quotes and typewriter quotes
('' and ``) open after a space and close after a word, else they toggle
within a paragraph (news copy does not nest them).  An unclosed quotation
runs to its paragraph's end: the convention for a quote that goes on in the
next paragraph.
"""

from __future__ import annotations

import re

Interval = tuple[int, int]

OPENING_QUOTES = "“«„"
QUOTE_MARK = re.compile(r"``|''|[“”«»„\"]")  # `` and '': typewriter quotes in wire and LDC copy
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def quotation_regions(text: str) -> list[Interval]:
    """Spans inside quotation marks, marks included; an unclosed quote runs to its paragraph's end.

    Curly quotes pair by direction; straight quotes toggle within a
    paragraph (news copy does not nest them).
    """
    regions: list[Interval] = []
    for start, end in paragraph_intervals(text):
        regions.extend(_regions_in(text, start, end))
    return regions


def _regions_in(text: str, start: int, end: int) -> list[Interval]:
    regions = []
    opened: int | None = None
    for match in QUOTE_MARK.finditer(text, start, end):
        mark = match.group()
        if mark in ('"', "''"):
            mark = _straight_quote_role(text, match.start(), match.end(), opened is not None)
        if mark in OPENING_QUOTES or mark == "``":
            opened = match.start()  # a second opening mark: the first was never closed, start again
        elif opened is not None:
            regions.append((opened, match.end()))
            opened = None
    if opened is not None and end - opened > 1:
        regions.append((opened, end))
    return regions


def _straight_quote_role(text: str, start: int, end: int, is_open: bool) -> str:
    """A straight quote (or typewriter '') opens after a space and before a word, closes after a
    word; else it toggles."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-":
        if not after.isspace():
            return "“"
    elif after.isspace() or after in ".,;:!?)]—–-":
        return "”"
    return "”" if is_open else "“"


def paragraph_intervals(text: str) -> list[Interval]:
    intervals = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        intervals.append((position, match.start()))
        position = match.end()
    intervals.append((position, len(text)))
    return [(start, end) for start, end in intervals if text[start:end].strip()]


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs, matching ``article.paragraphs`` (blank-line separated)."""
    return [start for start, _ in paragraph_intervals(text)]
