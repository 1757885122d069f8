"""Links to other articles inside page text: "Related: ...", "Read more: ...".

A prefixed line is one link; a heading such as "Related articles" or "Most
read" is followed by a list whose items are links.  Text input has no URLs,
so only titles are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind, RelatedLink
from .blocks import LIST_MARKER, Block

RELATED_PREFIX = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage)?|read more|read also|also read|"
    r"see also|more on this|more|recommended|watch|listen|further reading|read next|next up|"
    # The same labels in the other languages of the dev sets' pages.
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|lesetipp|weiterlesen|"
    r"(?:à )?lire aussi|voir aussi|le[ea] también|te puede interesar|leggi anche|lees ook|"
    r"leia também|veja também|czytaj (?:także|też|również)|läs (?:också|även|mer)|"
    r"les (?:også|mer)|přečtěte si (?:také|též))"
    r"(?:\s*[:|]|\s+[–—-])\s*(?P<title>\S.{2,300})$",  # "More: ...", "Watch – ...", not "More-or-less"
    re.IGNORECASE,
)
MAX_ITEM_WORDS = 30


def mark_related(blocks: Sequence[Block]) -> list[RelatedLink]:
    """Mark related-link blocks (role 'related'); return the links in order."""
    links: list[RelatedLink] = []
    position = 0
    while position < len(blocks):
        block = blocks[position]
        match = RELATED_PREFIX.match(block.text)
        if match and not block.role:
            block.role = "related"
            links.append(RelatedLink(title=match.group("title").strip()))
        elif block.cue is BoilerplateKind.RELATED_LINKS and block.words <= 8:
            position = _take_list_after_heading(blocks, position, links)
        position += 1
    return links


def _take_list_after_heading(
    blocks: Sequence[Block], position: int, links: list[RelatedLink]
) -> int:
    """The list items right after a related-links heading are links; return the last position."""
    heading = blocks[position]
    heading.kind = BoilerplateKind.RELATED_LINKS
    following = position + 1
    while following < len(blocks):
        item = blocks[following]
        title = LIST_MARKER.sub("", item.text).strip()
        if not item.list_item or item.role or not title or item.words > MAX_ITEM_WORDS:
            break
        item.role = "related"
        links.append(RelatedLink(title=title))
        following += 1
    return following - 1
