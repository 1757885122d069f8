"""Markup a page uses for its layout, not for what it means: list items that are columns.

Some pages lay out their columns as the items of a list (``<ul class="two-column">``
with the story in one ``<li>`` and the sidebar in the next: Guancha, a Chinese news
site).  The extractor writes a list item as one line, so the whole story, title, date
and paragraphs, came out as one paragraph "- 我国集成电路 ... 最后更新: 2019-09-07 ...".
An item that holds paragraphs of its own (two ``<p>`` or more with a sentence's worth of
text each), in a list of three items at most, is a column: it becomes a division, and
so does the list around it.  A list whose items are lines, or hold one paragraph each,
stays a list, and so does a list of many items with paragraphs (teasers, each a title
and a summary: chip.de).
"""

from __future__ import annotations

from itertools import islice

import lxml.etree
import lxml.html

# List items with two paragraphs or more somewhere inside them.
ITEMS_WITH_PARAGRAPHS = lxml.etree.XPath("//li[count(.//p) >= 2]")
# A paragraph of the column's own has about a sentence: a list item's second line does not.
MIN_PARAGRAPH_LETTERS = 40
MIN_PARAGRAPHS = 2
# A page has two or three columns; a list of more items is a list, whatever they hold.
MAX_COLUMNS = 3
# Paragraphs read per item: a column's first ones are its story's (a hostile page nests
# thousands of lists, each item holding all the paragraphs below it).
MAX_PARAGRAPHS_READ = 20


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
    paragraphs = 0
    for paragraph in islice(item.iter("p"), MAX_PARAGRAPHS_READ):
        if sum(char.isalpha() for char in paragraph.text_content()) >= MIN_PARAGRAPH_LETTERS:
            paragraphs += 1
            if paragraphs >= MIN_PARAGRAPHS:
                return True
    return False
