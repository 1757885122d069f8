"""The article's header: title, standfirst, byline and publication time.

They sit before the body, among menus and prompts.  The byline and the date
line are recognised by their shape; the title and standfirst are the
headline-like lines nearest before them (or before the body when the page
has no byline), since menus come first on a page and the headline last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .blocks import Block, stopwords_for
from .dates import PageDate, parse_date_line
from .lexicon import byline_role_words

BYLINE_PREFIX = re.compile(
    r"^(?:by|written by|words by|text|author|authors|posted by|reporting by|story by)\s*[:-]?\s+",
    re.IGNORECASE,
)
FIELD_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+|\s*\|\s*")
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
NAME_PARTICLES = frozenset("de da del della der den di du van von la le al el bin bint ibn dos das".split())
NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’-]*$")
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40
MIN_PAIRED_WORDS = 5


@dataclass
class Header:
    """What the header lines said."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None


def read_header(blocks: Sequence[Block], language: str | None) -> Header:
    """Fill a :class:`Header` from the blocks before the body, marking their roles."""
    header = Header()
    candidates = [block for block in blocks if not block.role and block.cue is None]
    for block in candidates:
        _read_date_and_byline(block, header, language)
    anchor = _anchor_position(blocks)
    _read_title(blocks[:anchor], header)
    return header


def _read_date_and_byline(block: Block, header: Header, language: str | None) -> None:
    """A line may hold a byline, a date, or both ("Jane Doe - Nov 19, 2019")."""
    found_date = found_names = False
    for part in FIELD_SEPARATOR.split(block.text):
        date = parse_date_line(part)
        if date:
            _record_date(header, date)
            found_date = True
            continue
        names = parse_byline(part, language)
        if names and not header.authors:
            header.authors = names
            found_names = True
    if found_date or found_names:
        block.role = "byline" if found_names else "date"


def _record_date(header: Header, date: PageDate) -> None:
    if date.is_update:
        header.modified = header.modified or date.value
    elif header.published is None:
        header.published = date.value


def parse_byline(text: str, language: str | None) -> list[str] | None:
    """Author names from a byline line, or None when the line is not a byline.

    With "By" in front, any name-shaped parts count; without it, every word
    must be capitalised and none a stop word, so a headline is not read as
    a name.
    """
    prefixed = bool(BYLINE_PREFIX.match(text))
    rest = BYLINE_PREFIX.sub("", text).strip().rstrip(".")
    stopwords = stopwords_for(language)
    names = []
    for part in NAME_SEPARATOR.split(rest):
        if not part or _is_role(part):
            continue
        if not _is_name(part, stopwords, strict=not prefixed):
            return None
        names.append(part)
    return names or None


def _is_role(part: str) -> bool:
    words = part.lower().split()
    return any(word.strip(".") in byline_role_words() for word in words) or part.lower().startswith("in ")


def _is_name(part: str, stopwords: frozenset[str], *, strict: bool) -> bool:
    tokens = part.split()
    if not 1 <= len(tokens) <= 5 or (strict and len(tokens) < 2):
        return False
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not NAME_TOKEN.match(token) or not token[0].isupper():
            return False
        if strict and token.lower() in stopwords:
            return False
    return True


def _anchor_position(blocks: Sequence[Block]) -> int:
    """Where the headline must end: the first byline or date line, else the body."""
    for position, block in enumerate(blocks):
        if block.role in {"byline", "date"}:
            return position
    return len(blocks)


def _read_title(blocks: Sequence[Block], header: Header) -> None:
    """Title and standfirst: the last headline-like lines before the anchor."""
    headlines = [
        (position, block)
        for position, block in enumerate(blocks)
        if not block.role and block.cue is None and not block.list_item and _is_headline_like(block)
    ]
    if not headlines:
        return
    if len(headlines) >= 2:
        (first_pos, first), (second_pos, second) = headlines[-2], headlines[-1]
        if second_pos == first_pos + 1 and min(first.words, second.words) >= MIN_PAIRED_WORDS:
            first.role, second.role = "title", "subtitle"
            header.title, header.subtitle = first.text, second.text
            return
    last = headlines[-1][1]
    last.role = "title"
    header.title = last.text


def _is_headline_like(block: Block) -> bool:
    return MIN_HEADLINE_WORDS <= block.words <= MAX_HEADLINE_WORDS
