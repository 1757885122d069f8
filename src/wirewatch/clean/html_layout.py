"""Markup a page uses for its layout, not for what it means: list items that are columns,
text set loose between blocks.

Some pages lay out their columns as the items of a list (``<ul class="two-column">``
with the story in one ``<li>`` and the sidebar in the next: Guancha, a Chinese news
site).  The extractor writes a list item as one line, so the whole story, title, date
and paragraphs, came out as one paragraph "- 我国集成电路 ... 最后更新: 2019-09-07 ...".
An item that holds paragraphs of its own (two ``<p>`` or more with a sentence's worth of
text each), in a list of three items at most, is a column: it becomes a division, and
so does the list around it.  A list whose items are lines, or hold one paragraph each,
stays a list, and so does a list of many items with paragraphs (teasers, each a title
and a summary: chip.de).

A page laid out in a table (LWN's weekly edition, old wire and regional sites) sets its
stories in one cell, and the extractor writes a table's row as one line: a cell's dozens
of paragraphs came out as one.  A cell that holds paragraphs of its own, by the same
measure as a column's, is layout, not data (a data table's cell holds a value), and the
extracted text is cut where each of its paragraphs begins.  The cell is not made a
division before extraction: that changed which block was taken for the story, and let
a layout table's sidebars into one body.

Text that stands in a container beside blocks, in no element of its own (``<div>WASHINGTON
(AP) — The lead ...<p>The second paragraph ...</p></div>``), is laid out by a browser as a
block of its own (CSS's anonymous block box): it reads as a paragraph.  trafilatura drops
a container's text before its first block, and a tail after a block it deletes (Yahoo's
AP lead came after a box of related links set inside the first ``<p>``), so such a run of
text, with the inline elements in it, is made the paragraph it is shown as when it reads
as one of the story's: next to a ``<p>``, ending as a sentence ends, with a sentence's
worth of letters of its own.  A few words between blocks ("Posted in News"), a row of
links with bars between them, a line among divisions stay as they are: wrapping every
run of loose text changed which block trafilatura took for the story on 30 of 680 pages,
as many worse as better.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, pairwise

import lxml.etree
import lxml.html

from .blocks import TERMINAL_PUNCTUATION

# List items with two paragraphs or more somewhere inside them.
ITEMS_WITH_PARAGRAPHS = lxml.etree.XPath("//li[count(.//p) >= 2]")
CELLS_WITH_PARAGRAPHS = lxml.etree.XPath("//td[count(.//p) >= 2] | //th[count(.//p) >= 2]")
# How much of a cell's paragraph is looked for in the text (its opening words).
PARAGRAPH_PROBE_CHARS = 60
# A paragraph of the column's own has about a sentence: a list item's second line does not.
MIN_PARAGRAPH_LETTERS = 40
MIN_PARAGRAPHS = 2
# A page has two or three columns; a list of more items is a list, whatever they hold.
MAX_COLUMNS = 3
# Paragraphs read per item: a column's first ones are its story's (a hostile page nests
# thousands of lists, each item holding all the paragraphs below it).
MAX_PARAGRAPHS_READ = 20


# Text of a sentence's length set loose beside a paragraph, in the paragraph's container:
# its own text or a tail of one of its children (XPath in C; a test of every container's
# text nodes in XPath cost five times as much, 0.6 ms a page).
LOOSE_TEXT = lxml.etree.XPath("//p/../text()[string-length(normalize-space()) >= 40]")
CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "blockquote", "body"})
# What starts a new block: text on either side of one of these is a run of its own.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
MIN_RUN_LETTERS = 40


def wrap_loose_text(tree: lxml.html.HtmlElement) -> None:
    """Every run of text set loose between blocks (see the module docstring) made a ``<p>``."""
    for container in _loose_text_containers(tree):
        for before, run in reversed(list(_runs(container))):
            _wrap(container, before, run)


def _loose_text_containers(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The containers that hold loose text beside a paragraph, each once, in page order."""
    containers: dict[lxml.html.HtmlElement, None] = {}
    for text in LOOSE_TEXT(tree):
        owner = text.getparent()
        container = owner.getparent() if text.is_tail else owner
        if container is not None and container.tag in CONTAINER_TAGS:
            containers[container] = None
    return list(containers)


def _is_block(element: lxml.html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and element.tag in BLOCK_TAGS


def _runs(
    container: lxml.html.HtmlElement,
) -> Iterator[tuple[lxml.html.HtmlElement | None, list[lxml.html.HtmlElement]]]:
    """The container's runs of loose text that hold a sentence's worth of letters of their
    own: each as the block it follows (None at the start) and the inline elements in it."""
    before: lxml.html.HtmlElement | None = None
    inline: list[lxml.html.HtmlElement] = []
    for child in [*container, None]:
        if child is not None and not _is_block(child):
            inline.append(child)
            continue
        text = (container.text if before is None else before.tail) or ""
        # the loose text's own letters: a row of links with bars between them has none
        if (
            _letters(text) + sum(_letters(element.tail or "") for element in inline)
            >= MIN_RUN_LETTERS
            and "p" in (getattr(before, "tag", None), getattr(child, "tag", None))
            and _last_text(text, inline).endswith(TERMINAL_PUNCTUATION)
        ):
            yield before, inline
        before, inline = child, []


def _wrap(
    container: lxml.html.HtmlElement,
    before: lxml.html.HtmlElement | None,
    inline: list[lxml.html.HtmlElement],
) -> None:
    paragraph = lxml.html.Element("p")
    if before is None:
        paragraph.text, container.text = container.text, None
        container.insert(0, paragraph)
    else:
        paragraph.text, before.tail = before.tail, None
        before.addnext(paragraph)
    for element in inline:
        paragraph.append(element)  # with its tail: the text after it is the run's too


def _last_text(text: str, inline: list[lxml.html.HtmlElement]) -> str:
    """The text a run ends with: its last inline element's tail, or that element's own
    text, or the run's opening text when it has no inline element."""
    if not inline:
        return text.strip()
    last = inline[-1]
    tail = (last.tail or "").strip()
    return tail or (last.text_content().strip() if isinstance(last.tag, str) else "")


def _letters(text: str) -> int:
    return sum(char.isalpha() for char in text)


def unlist_columns(tree: lxml.html.HtmlElement) -> None:
    """Every list item that is a column (see the module docstring) made a ``<div>``, with
    its list."""
    for item in ITEMS_WITH_PARAGRAPHS(tree):
        if item.tag != "li" or not _is_column(item):
            continue
        item.tag = "div"
        parent = item.getparent()
        if parent is not None and parent.tag in ("ul", "ol"):
            parent.tag = "div"


def _is_column(item: lxml.html.HtmlElement) -> bool:
    parent = item.getparent()
    if parent is not None and sum(child.tag == "li" for child in parent) > MAX_COLUMNS:
        return False  # a list of teasers, each with its title and summary in paragraphs
    return _holds_paragraphs(item)


def split_layout_cells(paragraphs: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """The body with each paragraph of a layout cell (see the module docstring) on its own,
    where the extractor wrote the cell as one line."""
    openings = _layout_cell_openings(tree)
    if not openings:
        return paragraphs
    return [piece for paragraph in paragraphs for piece in _cut(paragraph, openings)]


def _layout_cell_openings(tree: lxml.html.HtmlElement) -> set[str]:
    openings = set()
    for cell in CELLS_WITH_PARAGRAPHS(tree):
        if not _holds_paragraphs(cell):
            continue
        for paragraph in cell.iter("p"):
            text = " ".join(paragraph.text_content().split())
            if _letters(text) >= MIN_PARAGRAPH_LETTERS:
                openings.add(text[:PARAGRAPH_PROBE_CHARS])
    return openings


def _cut(paragraph: str, openings: set[str]) -> list[str]:
    """The paragraph cut before every opening found inside it after a space."""
    cuts = sorted({at for opening in openings if (at := paragraph.find(" " + opening)) >= 0})
    if not cuts:
        return [paragraph]
    bounds = [0, *(at + 1 for at in cuts), len(paragraph)]
    pieces = (paragraph[start:end].strip() for start, end in pairwise(bounds))
    return [piece for piece in pieces if piece]


def _holds_paragraphs(element: lxml.html.HtmlElement) -> bool:
    """Two paragraphs or more with a sentence's worth of letters each."""
    paragraphs = 0
    for paragraph in islice(element.iter("p"), MAX_PARAGRAPHS_READ):
        if _letters(paragraph.text_content()) >= MIN_PARAGRAPH_LETTERS:
            paragraphs += 1
            if paragraphs >= MIN_PARAGRAPHS:
                return True
    return False
