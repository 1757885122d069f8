"""Links to other articles inside page text: "Related: ...", "Read more: ...".

A prefixed line is one link; a heading such as "Related articles" or "Most
read" is followed by a list whose items are links.  Text input has no URLs,
so only titles are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind, RelatedLink
from .blocks import (
    LIST_MARKER,
    STORY_PARAGRAPH_WORDS,
    Block,
    BlockClass,
    is_story_paragraph,
    mark_furniture,
)

RELATED_PREFIX = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage)?|read more|read also|also read|"
    r"see also|more on this|more|recommended|watch|listen|further reading|read next|next up|"
    # The same labels in the other languages of the dev sets' pages.
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|lesetipp|weiterlesen|zum artikel|"
    r"(?:à )?lire aussi|voir aussi|le[ea] también|te puede interesar|leggi anche|lees ook|"
    r"leia também|veja também|czytaj (?:także|też|również)|läs (?:också|även|mer)|"
    r"les (?:også|mer)|přečtěte si (?:také|též)|(?:also )?on [\w-]{2,40}(?:\.[a-z]{2,6}){1,2}|don'?t miss)"
    r"(?:\s*[:|]|\s+[–—-])\s*(?P<title>\S.{2,300})$",  # "More: ...", "Watch – ...", not "More-or-less"
    re.IGNORECASE,
)
# A label that only ever heads a link, set right before the headline it links with no
# colon between them (the two are inline elements the renderer joins with a space: "À lire
# aussi La natalité russe menacée d'effondrement", "Les også En far for de store anledninger").
# The headline starts with a capital and does not end like a sentence.
RELATED_LABEL_BEFORE_HEADLINE = re.compile(
    r"^(?:read also|also read|see also|also on [\w-]{2,40}\.[a-z]{2,6}|lesen sie auch|mehr zum thema|(?:à )?lire aussi"
    r"|voir aussi|le[ea] también|leggi anche|lees ook|leia também|veja também"
    r"|czytaj (?:także|też|również)|läs också|les også|přečtěte si (?:také|též))\s+"
    r"(?P<title>(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ«\"„“]).{2,300}?)(?<![.!?;,])$",
    re.IGNORECASE,
)
# A headline with the kind of what it links to in capitals in brackets after it ("China
# furious at Macron for Hong Kong jibe [INSIGHT]", "... [VIDEO]", "... [REACTION]"), as
# tabloids tag the links they set between a story's paragraphs; a transcript's brackets say
# what was heard ("[APPLAUSE]"), a quotation's are lower case ("[sic]").
TAGGED_HEADLINE = re.compile(r"^(?P<title>\S.{10,200}?)\s*\[(?P<tag>[A-Z][A-Z ]{1,15})\]\s*\|?\s*$")
SOUND_NOTES = frozenset(
    [
        "LAUGHTER",
        "LAUGHS",
        "APPLAUSE",
        "CHEERS",
        "CHEERING",
        "BOOS",
        "BOOING",
        "CROSSTALK",
        "INAUDIBLE",
        "UNINTELLIGIBLE",
        "MUSIC",
        "SILENCE",
        "PAUSE",
        "GASPS",
        "SIGHS",
        "INDISTINCT",
        "SIC",
    ]
)
MAX_ITEM_WORDS = 30
# A label in capitals before a separator and a headline ("FUNDA OLUNYE UDABA LAPHA | ...",
# "ALSO READ: ..."): set before several headlines on a page, it is a link label in whatever
# language; a story never sets one label in capitals before several lines that end unlike
# sentences (a speaker's label in an interview heads questions and answers, which do).
LABELLED_LINE = re.compile(
    r"^(?P<label>[^\W\d_][^|:\n]{2,48}?)\s*(?P<separator>[|:])\s*(?P<title>\S.{2,300})$"
)
MIN_LABEL_WORDS = 2
MIN_LABELLED_LINES = 2
# A label in any case before a bar, set before three headlines or more ("Milano Design Week
# 2018 | Seiko's 'The Flow of Time' at the Triennale"): prose has no bars, a table's row
# has more than one.
MIN_BARRED_LINES = 3
# A name that links to a hover card is written twice in page text, the link and the card's
# heading run together ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ... MORE (D-Minn.)"): the
# card's headlines follow, up to its "MORE" link, and then the sentence goes on.
HOVER_CARD = re.compile(
    r"(?P<name>\b[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){1,3})(?P=name)[^\n]{1,1200}? MORE\b"
)
MAX_HEADING_WORDS = 8
# A heading counts as the start of the links after the story only once the story has begun.
MIN_PARAGRAPHS_BEFORE_TAIL = 3
# A sentence of a story ends with a full stop, a question or an exclamation (closing quotes
# after it); a headline does not, and a teaser cut short ends with an ellipsis.
STORY_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?][\"”’»“)]*$")


def without_hover_cards(text: str) -> str:
    """The text with each hover card taken out and its name left once (the HTML cleaner
    finds the cards by their markup; in text only the doubled name gives them away)."""
    return HOVER_CARD.sub(lambda match: match.group("name"), text)


def related_title(text: str) -> str | None:
    """The headline a "Related: ..." line links to, or None if the line is no such link."""
    match = RELATED_PREFIX.match(text) or RELATED_LABEL_BEFORE_HEADLINE.match(text)
    if match is None:
        match = _tagged_headline(text)
    return match.group("title").strip() if match else None


def _tagged_headline(text: str) -> re.Match[str] | None:
    tagged = TAGGED_HEADLINE.match(text)
    if tagged is None or tagged["tag"] in SOUND_NOTES:
        return None
    return None if STORY_SENTENCE_END.search(tagged["title"]) else tagged


def labelled_links(lines: Sequence[str]) -> dict[int, str]:
    """The lines that are links by a label in capitals set before two or more headlines
    (or any label before a bar and three or more), by position, with each one's headline."""
    by_label: dict[tuple[str, bool], list[tuple[int, str]]] = {}
    for position, line in enumerate(lines):
        match = LABELLED_LINE.match(line.strip())
        if match is None:
            continue
        label, title = " ".join(match.group("label").split()), match.group("title").strip()
        barred = match.group("separator") == "|" and "|" not in title
        if (
            len(label.split()) >= MIN_LABEL_WORDS
            and (label.isupper() or barred)
            and len(title.split()) <= MAX_ITEM_WORDS
            and STORY_SENTENCE_END.search(title) is None
        ):
            by_label.setdefault((label, label.isupper()), []).append((position, title))
    return {  # several headlines: one shown twice (the title, again over the story) is not
        position: title
        for (_, capitals), found in by_label.items()
        if len({title for _, title in found})
        >= (MIN_LABELLED_LINES if capitals else MIN_BARRED_LINES)
        for position, title in found
    }


def mark_related(blocks: Sequence[Block]) -> list[RelatedLink]:
    """Mark related-link blocks (role 'related'); return the links in order."""
    links: list[RelatedLink] = []
    labelled = labelled_links([block.bare for block in blocks])
    story_begun = _first_paragraph(blocks)
    position = 0
    while position < len(blocks):
        block = blocks[position]
        title = related_title(block.bare) or (
            labelled.get(position) if position > story_begun else None
        )
        if title and not block.role:
            block.role = "related"
            links.append(RelatedLink(title=title))
        elif _is_related_heading(block):
            position = _take_list_after_heading(blocks, position, links)
        position += 1
    return links


def _first_paragraph(blocks: Sequence[Block]) -> int:
    """Where the story's first paragraph stands (a long line that ends as a sentence does,
    before any class is known): a labelled line above it is the header's, the title perhaps."""
    return next(
        (
            position
            for position, block in enumerate(blocks)
            if block.words >= STORY_PARAGRAPH_WORDS and block.ends_like_sentence
        ),
        len(blocks),
    )


def related_tail_start(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Position of a related-links heading ("Últimas noticias", "Most read") after the story's
    last sentence: below it the span holds only headlines, which read as body line by line.

    A heading inside the story ("Read more" before the next paragraph) is followed by a
    paragraph that ends like a sentence, so it never ends the story.
    """
    last_sentence = max(
        (position for position in range(start, end) if _tells_story(blocks[position])),
        default=None,
    )
    if last_sentence is None:
        return None
    paragraphs = sum(
        _tells_story(blocks[position]) and is_story_paragraph(blocks[position])
        for position in range(start, last_sentence + 1)
    )
    if paragraphs < MIN_PARAGRAPHS_BEFORE_TAIL:
        return None
    for position in range(last_sentence + 1, end):
        if _is_related_heading(blocks[position]):
            return position
    return None


def _tells_story(block: Block) -> bool:
    return (
        block.klass is BlockClass.GOOD
        and not block.role
        and STORY_SENTENCE_END.search(block.text.rstrip()) is not None
    )


def _is_related_heading(block: Block) -> bool:
    return block.cue is BoilerplateKind.RELATED_LINKS and block.words <= MAX_HEADING_WORDS


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


# A box of links set between a story's paragraphs under its heading ("Mehr zum Thema", then
# the linked headlines, each with its writer, its time and its count of comments): how far
# it may run, and how many headlines make one.
MAX_BOX_LINES = 24
MIN_BOX_HEADLINES = 2
MIN_BOX_HEADLINE_WORDS = 4
# A sentence ends in a full stop; a headline may end in "?" or "!", a label in ":".
FULL_STOP_END = re.compile(r"(?<!\.\.)[.。][\"”’»“)]*$")


def mark_link_boxes(blocks: Sequence[Block]) -> None:
    """Mark the lines of a box of links inside the story as related links (in place).

    The heading stands right after a paragraph of the story and the story goes on in a
    paragraph below the box; between them stand only short lines, none a sentence (the
    headlines, their writers and times), two or more of them headlines. The paragraphs
    around are the classifier's, so a box of the most read stories under the story,
    above a teaser that reads like a paragraph, is left to the rules for such lists
    (reading the paragraphs by their shape alone took that box for one inside the story,
    and the span ran on into the teasers). A heading over a list of the story's own (a
    subheading that names recommendations, then advice in sentences) has sentences below
    it, and the box's rule leaves it alone. A heading of the story's next part right
    under the box goes with it (one of the dev pages loses one): it cannot be told from
    the box's last headline.
    """
    for position, block in enumerate(blocks):
        if _is_related_heading(block) and _after_story_paragraph(blocks, position):
            for line in _box_below(blocks, position):
                mark_furniture(line, BoilerplateKind.RELATED_LINKS)


def _is_told_paragraph(block: Block) -> bool:
    return _tells_story(block) and is_story_paragraph(block)


def _after_story_paragraph(blocks: Sequence[Block], position: int) -> bool:
    """Whether the line above ``position``, captions and links aside, is a story's paragraph."""
    for block in reversed(blocks[:position]):
        if not block.role:
            return _is_told_paragraph(block)
    return False


def _box_below(blocks: Sequence[Block], position: int) -> list[Block]:
    """The lines between a heading and the story's next paragraph, if they make a box."""
    lines: list[Block] = []
    for block in blocks[position + 1 : position + 1 + MAX_BOX_LINES]:
        if block.role:
            continue
        if _is_told_paragraph(block):
            headlines = sum(
                line.words >= MIN_BOX_HEADLINE_WORDS and not line.list_item for line in lines
            )
            return lines if headlines >= MIN_BOX_HEADLINES else []
        if FULL_STOP_END.search(block.text.rstrip()):
            return []  # a sentence: the story's, or a teaser's summary other rules weigh
        lines.append(block)
    return []
