"""Where a second story starts on a page that loads the next one under the first.

Infinite-scroll pages (Dagbladet, many regional sites) render the next
story, and the one after it, below the first: headline, authors, "Published"
and a date, then paragraphs that read as body like the first story's. Line
by line nothing tells them apart; what does is that the first story's header
comes back. A story states when it was published once, at its top, so the
same label ("Publisert", "Veröffentlicht am") before a date, or a date line
of the same shape with its label ("Published 06.01.2026 - 16:25"), further
down means a new story has begun. A live blog's entries carry bare times,
not the label, so they do not end it; nor do update notes ("Updated 18 Nov"),
which a story may carry at its foot or above a correction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import LETTER, Block, is_story_paragraph
from .dates import UPDATE_WORDS, parse_date_line

# Lines above the body that are searched for its header's date.
HEADER_LINES = 12
# The story proper must have begun before a header counts as the next story's.
MIN_PARAGRAPHS_BEFORE = 3
# And the next story must have paragraphs of its own below its header.
MIN_PARAGRAPHS_AFTER = 2
# A label before a date line is a word or three ("Publisert", "Zuletzt aktualisiert").
MAX_LABEL_WORDS = 3
# The next story's header above its date: headline, standfirst, authors, captions.
MAX_HEADER_LINE_WORDS = 20
MAX_HEADER_LINES_ABOVE = 10
DIGIT = re.compile(r"\d")


def next_article_start(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Position where the next story's header starts inside the body span, if one does."""
    labels, shapes = _header_stamps(blocks, start)
    if not labels and not shapes:
        return None
    paragraphs = 0
    for position in range(start, end):
        block = blocks[position]
        if (
            paragraphs >= MIN_PARAGRAPHS_BEFORE
            and _repeats_header(blocks, position, labels, shapes)
            and _paragraphs(blocks[position:end]) >= MIN_PARAGRAPHS_AFTER
        ):
            return _top_of_header(blocks, position, start)
        paragraphs += _paragraphs([block])
    return None


def _paragraphs(blocks: Sequence[Block]) -> int:
    return sum(map(is_story_paragraph, blocks))


def _header_stamps(blocks: Sequence[Block], start: int) -> tuple[set[str], set[str]]:
    """The labels set before a date line, and the shapes of labelled date lines, in the header."""
    labels: set[str] = set()
    shapes: set[str] = set()
    for position in range(max(start - HEADER_LINES, 0), start):
        text = blocks[position].text
        if not _is_date_line(text):
            continue
        if LETTER.search(DIGIT.sub("", text)) and _has_label(text):
            shapes.add(_shape(text))
        if position > 0 and _is_label(blocks[position - 1].bare):
            labels.add(blocks[position - 1].text.casefold())
    return labels, shapes


def _repeats_header(
    blocks: Sequence[Block], position: int, labels: set[str], shapes: set[str]
) -> bool:
    text = blocks[position].text
    if _shape(text) in shapes and _is_date_line(text):
        return True
    return (
        position + 1 < len(blocks)
        and text.casefold() in labels
        and _is_date_line(blocks[position + 1].bare)
    )


def _top_of_header(blocks: Sequence[Block], position: int, start: int) -> int:
    """Back from the repeated stamp over the short lines above it (authors, headline)."""
    top = position
    while (
        top - 1 > start
        and position - (top - 1) <= MAX_HEADER_LINES_ABOVE
        and (blocks[top - 1].role or blocks[top - 1].words <= MAX_HEADER_LINE_WORDS)
    ):
        top -= 1
    return top


def _is_date_line(text: str) -> bool:
    """A publication date alone on a line (not an update time)."""
    if not DIGIT.search(text):
        return False
    found = parse_date_line(text)
    return found is not None and not found.is_update


def _has_label(text: str) -> bool:
    """A word before the date ("Published", "Publisert", "Mis à jour le")."""
    return bool(LETTER.search(DIGIT.split(text, maxsplit=1)[0]))


def _is_label(text: str) -> bool:
    return (
        1 <= len(text.split()) <= MAX_LABEL_WORDS
        and not DIGIT.search(text)
        and not UPDATE_WORDS.search(text)
    )


def _shape(text: str) -> str:
    """The line with its digits blanked: "Publisert 06.01.2026" and "Publisert 07.01.2026" agree."""
    return DIGIT.sub("0", text.casefold())
