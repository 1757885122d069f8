"""Lists in a story's text: those it announces or closes, and those that are links elsewhere.

A list the story announces at its end (tour dates, results, an earthquake's
intensities) has lines with few stop words that read as furniture to the block
classifier, but the line before it said a list follows ("... 2020 dates:",
"各地の震度は次のとおり。").  One under a heading of its own ("The Doobie Brothers
Tour Dates") is the story's when the story's closing note follows it ("Additional
reporting by ..."): news style sets that note right after the story's last line,
so what stands between is the story's.  A list nobody announced whose every item is a headline
about something the story does not tell is the page's links to other stories, set
between the story's paragraphs; its headlines read as body line by line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind
from .blocks import Block, BlockClass, is_story_paragraph, mark_furniture
from .dates import MONTH
from .story_notes import ends_story

MAX_LIST_INTRO_WORDS = 25
MAX_LIST_ITEM_WORDS = 40
MIN_LIST_ITEMS = 2
# A story's closing note closes a list it follows within this many lines (a tour's
# dates, a season's results); further down, the note is another story's.
MAX_CLOSED_LIST_LINES = 60
LINES_APART_SHARE = 0.9
# A list of sentences (see extend_announced_sentences): how many of its items may stand in
# the body before its end, how short an item may be, and how it ends.
MAX_SENTENCE_ITEMS_IN_BODY = 12
MIN_SENTENCE_ITEM_WORDS = 5
SENTENCE_ITEM_END = re.compile(r"(?<!\.\.)[.!?][\"”’'»)]*$")
LEADING_DATE = re.compile(
    rf"(?:{MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})\b", re.I
)
# "as follows", "the following", in the languages met most, at the end of a line.
LIST_ANNOUNCEMENT = re.compile(
    r"(?:\bas follows|\bthe following|\bwie folgt|\bcomme suit|\bcomo sigue|\blo siguiente"
    r"|次の(?:とおり|通り)|以下の(?:とおり|通り)|如下)\s*[.。:：]?$",
    re.I,
)
# An item that is a label and what it labels ("宮崎県：高鍋町、新富町", "Tampa: June 10").
ITEM_LABEL = re.compile(r"^[^\s:：]{1,12}：|^\w+(?:\s\w+){0,2}:\s")
# A headline: a few words that begin with a capital (or a figure, a quote) and end unlike
# a sentence's statement (a question or an exclamation is a headline's too).
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 4, 16
STATEMENT_END = (".", ";", ":", "…", ",", "。")
# An item is about something else when at most this share of its words (of four letters
# or more) is found in the story's paragraphs.
MAX_SHARED_WORDS = 0.5
MIN_WORD_LETTERS = 4
MAX_LIST_HEADING_WORDS = 6
WORD = re.compile(r"[^\W\d_]+")
# A heading between a list's items, in brackets ("＜震度4＞", "[Group A]").
LIST_HEADING = re.compile(r"^[<＜\[【(（][^\n]{1,30}[>＞\]】)）]$")


def extend_introduced_lists(blocks: Sequence[Block], end: int) -> int:
    """The lists that follow the body one after another, each announced by its own line
    (figures by country: "KENYA:" and its lines, then "TANZANIA:" and its own)."""
    extended = _extend_introduced_list(blocks, end)
    while extended > end:
        end, extended = extended, _extend_introduced_list(blocks, extended)
    return end


def _extend_introduced_list(blocks: Sequence[Block], end: int) -> int:
    """A line that announces a list at the end of the body introduces a list that belongs
    to it.

    Tour dates, results, schedules, an earthquake's intensities by prefecture: lines
    with few stop words that the classifier calls furniture, but "... 2020 dates:" or
    "各地の震度は次のとおり。" ("as follows") announced them.  The list runs while its
    lines follow each other without a blank line; where they stand apart (on a page
    rendered with a blank line before every line, or a list set out item by item),
    that says nothing, and the list runs while its lines begin the way its first does
    (a date, a number, the same word, a label and its colon), headings in brackets
    between them ("＜震度4＞").
    """
    if end == 0 or end >= len(blocks):
        return end
    position = end
    if not _announces_list(blocks[end - 1].text):
        intro = blocks[end]
        if not (
            _announces_list(intro.text)
            and intro.cue is None
            and not intro.role
            and not intro.list_item  # "* Más temas:": a list's own label, not the story's
            and intro.words <= MAX_LIST_INTRO_WORDS
        ):
            return end
        position += 1
    first = position
    apart = _every_line_apart(blocks) or (
        first + 1 < len(blocks) and blocks[first + 1].blank_before
    )
    lead = None
    while position < len(blocks):
        block = blocks[position]
        if block.cue is not None or block.role or block.words > MAX_LIST_ITEM_WORDS:
            break
        if apart and not LIST_HEADING.match(block.text):
            item_lead = _item_lead(block.text)
            lead = lead or item_lead
            if item_lead != lead:
                break
        elif not apart and position > first and block.blank_before:
            break
        position += 1
    if position - first < MIN_LIST_ITEMS:
        return end
    for block in blocks[end:position]:
        block.klass = BlockClass.GOOD
    return position


def extend_to_closing_note(blocks: Sequence[Block], end: int) -> int:
    """The lines between the body and the story's closing note, when no rule claims any
    of them and none is a paragraph: a list or a table under the story's last paragraph
    (tour dates under their heading, a results table), which the note below closes.

    Only a line no rule has claimed counts (no furniture cue, region or list of
    links); the note must come within :data:`MAX_CLOSED_LIST_LINES` lines, so a note
    far down a page (a second story's credit) closes nothing here.  The note itself
    joins the span, where the closing notes' own rules mark it as metadata.
    """
    position = end
    while position < min(len(blocks), end + MAX_CLOSED_LIST_LINES + 1):
        block = blocks[position]
        if ends_story(block.text) and position - end >= MIN_LIST_ITEMS:
            for line in blocks[end : position + 1]:
                line.klass = BlockClass.GOOD
            return position + 1
        if not _unclaimed_short_line(block):
            return end
        position += 1
    return end


def extend_announced_sentences(blocks: Sequence[Block], end: int) -> int:
    """A list of sentences the story announced and began inside the body ("Some of the
    other data points include:", then "Pizza was searched more than the World Cup.", ...)
    runs on past the body's end while its lines are sentences of an item's length: its
    later items, short and with few stop words or in a columnist's "we", read as furniture
    to the classifier line by line. A line that is no sentence ("-- By Michael Russell",
    "View comments") ends it.
    """
    intro = _intro_of_list_before(blocks, end)
    if intro is None:
        return end
    position = end
    while position < len(blocks) and _is_sentence_item(blocks[position]):
        position += 1
    if position - (intro + 1) < MIN_LIST_ITEMS:
        return end
    for block in blocks[end:position]:
        block.klass = BlockClass.GOOD
    return position


def _intro_of_list_before(blocks: Sequence[Block], end: int) -> int | None:
    """The body's line that announces the list of sentences its last lines are, if one
    does: the body's last line, or one above items of the list."""
    for position in range(end - 1, max(-1, end - 1 - MAX_SENTENCE_ITEMS_IN_BODY), -1):
        block = blocks[position]
        if block.role:
            continue
        if _announces_list(block.text):
            is_intro = (
                block.klass is BlockClass.GOOD
                and block.cue is None
                and not block.list_item
                and block.words <= MAX_LIST_INTRO_WORDS
            )
            return position if is_intro else None
        if block.klass is not BlockClass.GOOD or not _is_sentence_item(block):
            return None
    return None


def _is_sentence_item(block: Block) -> bool:
    """An item of a list of sentences: one sentence or two, of a list item's length, that
    ends as a sentence does, in no role and under no cue."""
    return (
        block.cue is None
        and not block.role
        and block.kind in (None, BoilerplateKind.OTHER)
        and MIN_SENTENCE_ITEM_WORDS <= block.words <= MAX_LIST_ITEM_WORDS
        and SENTENCE_ITEM_END.search(block.text.rstrip()) is not None
    )


def _unclaimed_short_line(block: Block) -> bool:
    return (
        block.cue is None
        and block.kind in (None, BoilerplateKind.OTHER)
        and not block.role
        and block.words <= MAX_LIST_ITEM_WORDS
    )


def _announces_list(text: str) -> bool:
    """Whether a line ends by announcing a list: with a colon, or "as follows"."""
    return text.endswith((":", "：")) or LIST_ANNOUNCEMENT.search(text) is not None


def _every_line_apart(blocks: Sequence[Block]) -> bool:
    """Whether the page has a blank line before (nearly) every line, as a renderer that
    sets every block element apart writes it."""
    return sum(block.blank_before for block in blocks) >= LINES_APART_SHARE * len(blocks)


def _item_lead(text: str) -> str:
    """How a list item begins: with a date, a number, a short label and its colon, or
    which word."""
    if LEADING_DATE.match(text):
        return "date"
    if ITEM_LABEL.match(text):
        return "label"
    words = text.split(maxsplit=1)
    if not words:
        return ""
    return "number" if words[0][0].isdigit() else words[0].casefold()


def mark_headline_lists(blocks: Sequence[Block]) -> None:
    """Mark the lists of links among the story's paragraphs (in place): two or more list
    items in a row, after a story paragraph and not announced by the line before them,
    each a headline whose words the story does not use."""
    story_words = _story_words(blocks)
    story_begins = next(
        (position for position, block in enumerate(blocks) if is_story_paragraph(block)), None
    )
    if story_begins is None:
        return
    position = story_begins + 1
    while position < len(blocks):
        run = _list_run(blocks, position)
        if len(run) >= MIN_LIST_ITEMS and _links_list(blocks[position - 1], run, story_words):
            for block in run:
                mark_furniture(block, BoilerplateKind.RELATED_LINKS)
        position += max(len(run), 1)


def _list_run(blocks: Sequence[Block], position: int) -> list[Block]:
    run = []
    while position < len(blocks) and blocks[position].list_item and not blocks[position].role:
        run.append(blocks[position])
        position += 1
    return run


def _links_list(before: Block, run: list[Block], story_words: set[str]) -> bool:
    """Whether a list below the story's first paragraph is links: the line before it
    neither announces nor heads it, and every item is a headline of another story."""
    return (
        not _announces_list(before.text)
        and not _heads_list(before)
        and all(_is_foreign_headline(block.bare, story_words) for block in run)
    )


def _heads_list(block: Block) -> bool:
    """A short heading of the story's own ("Key points", "NOT SCARY") over the list: the
    headings of link lists are cues ("Related", "Mehr zum Thema"), which their rules read."""
    return block.words <= MAX_LIST_HEADING_WORDS and block.cue is None and not block.list_item


def _is_foreign_headline(text: str, story_words: set[str]) -> bool:
    words = text.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“„«‘") or text.endswith(
        STATEMENT_END
    ):
        return False
    long_words = [word for word in _words(text) if len(word) >= MIN_WORD_LETTERS]
    shared = sum(word in story_words for word in long_words)
    return bool(long_words) and shared <= MAX_SHARED_WORDS * len(long_words)


def _story_words(blocks: Sequence[Block]) -> set[str]:
    return {
        word
        for block in blocks
        if is_story_paragraph(block) and not block.list_item
        for word in _words(block.text)
    }


def _words(text: str) -> list[str]:
    return [word.casefold() for word in WORD.findall(text)]
