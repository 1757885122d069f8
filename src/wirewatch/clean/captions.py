"""Image captions and their credits in page text.

A caption shows up in rendered text as a short line ending in a credit,
"... meeting (KCNA VIA KNS/AFP via Getty Image)", often right after the same
words without the credit (the image's alt text).  The credited line becomes
a :class:`Caption`; the uncredited twin is removed as a duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind, Caption
from .blocks import Block
from .lexicon import credit_pattern

TRAILING_PARENS = re.compile(r"^(?P<text>.*?)\s*\((?P<credit>[^()]{2,120})\)\s*$")
CREDIT_LABEL = re.compile(
    r"^(?P<text>.*?)\s*(?:\b(?:photo(?:graph)?s?|images?|pictures?|credit|foto)"
    r"(?:\s+(?:by|credit))?\s*[:|]\s*|\b(?:image|photo|picture)\s+(?:copyright|credit|by)\s+|©\s*)"
    r"(?P<credit>[^:]{2,100})$",
    re.IGNORECASE,
)
# "... in Braunau am Inn, Austria. Leonhard Foeger / Reuters file": a credit
# after the caption's last sentence, with a slash or "via" between names.
TRAILING_CREDIT = re.compile(
    r"^(?P<text>.+?[.!?])\s+(?P<credit>[^.!?]{2,80}(?:\s/\s?|\s?/\s|\bvia\b)[^.!?]{2,80})$"
)
MAX_CAPTION_WORDS = 80


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when ``text`` ends in something that reads as a credit."""
    for pattern in (TRAILING_PARENS, CREDIT_LABEL, TRAILING_CREDIT):
        match = pattern.match(text)
        if match and _reads_as_credit(match.group("credit")):
            return match.group("text").strip(), match.group("credit").strip()
    return None


def _reads_as_credit(credit: str) -> bool:
    """An agency or credit word, or a slash-separated list of names ("AP/Reuters")."""
    return bool(credit_pattern().search(credit)) or bool(
        re.fullmatch(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*(?:\s?/\s?[A-Z][\w .'-]*)+", credit)
    )


def mark_captions(blocks: Sequence[Block]) -> list[Caption]:
    """Mark caption blocks (role 'caption') and their twins; return the captions in order."""
    captions: list[Caption] = []
    for position, block in enumerate(blocks):
        if block.role or block.words > MAX_CAPTION_WORDS:
            continue
        parts = split_credit(block.text)
        if parts is None:
            continue
        text, credit = parts
        if not text:  # a credit on its own line belongs to the line before it
            previous = _take_previous_as_caption(blocks, position)
            if not previous:
                block.role = "caption_twin"  # an image credit whose caption the page does not show
                block.kind = BoilerplateKind.METADATA
                continue
            text = previous
        block.role = "caption"
        captions.append(Caption(text=text, credit=credit))
        _mark_twins(blocks, position, text)
    return captions


def _take_previous_as_caption(blocks: Sequence[Block], position: int) -> str | None:
    if position == 0:
        return None
    previous = blocks[position - 1]
    if previous.role or previous.words > MAX_CAPTION_WORDS:
        return None
    previous.role = "caption_twin"
    previous.kind = BoilerplateKind.CAPTION_DUPLICATE
    return previous.text


def _mark_twins(blocks: Sequence[Block], position: int, text: str) -> None:
    """The same caption without its credit, just before or after, is a duplicate."""
    key = _comparable(text)
    for neighbour in (position - 1, position + 1):
        if (
            0 <= neighbour < len(blocks)
            and not blocks[neighbour].role
            and _comparable(blocks[neighbour].text) == key
        ):
            blocks[neighbour].role = "caption_twin"
            blocks[neighbour].kind = BoilerplateKind.CAPTION_DUPLICATE


def _comparable(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
