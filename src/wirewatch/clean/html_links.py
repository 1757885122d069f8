"""Lists of headlines inside the story: links to other articles, not body.

Pages put "more on this" lists between the paragraphs or under the story
(``<ul><li><a href="/other-story">Headline</a></li>...</ul>``); the
extractors keep them, as they sit inside the article's container.  A list
is such a list when most of its items are one link that holds nearly all
of the item's text, and those read like headlines (a few words at least),
so a list of facts with a source link in each stays body.  Its headline
items leave the body and become related links.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html

from ..ingest.decode import normalise_text
from ..model import RelatedLink

# Words of an item outside its link: "<b>Topic:</b> <a>Headline</a>" passes (a
# kicker before the headline), "A fact, as <a>the agency's report</a> said" does not.
MAX_UNLINKED_WORDS = 2
MIN_ITEMS = 2
# A list whose items are mostly headlines is one, even if an item has no link
# (an advertisement slot, a headline whose link the page left out).
MIN_HEADLINE_SHARE = 2 / 3
MIN_HEADLINE_WORDS = 3
LIST_MARKER = "- "
# A menu the extractor wrote as one line: page links joined by bars or bullets ("Home |
# Video | World | U.S. | Africa"). A table's row is written with bars too, but its cells
# are not the page's links.
BAR = re.compile(r"\s+[|•·]\s+")
MIN_BAR_ITEMS = 4
MAX_BAR_ITEM_WORDS = 5


def headline_lists(tree: lxml.html.HtmlElement, url: str | None) -> dict[str, RelatedLink]:
    """Items of the page's headline lists, by their text (whitespace collapsed)."""
    items: dict[str, RelatedLink] = {}
    for listing in tree.iter("ul", "ol"):
        links = _headline_items(listing, url)
        if links is not None:
            items.update((link.title, link) for link in links)
    return items


def _headline_items(listing: lxml.html.HtmlElement, url: str | None) -> list[RelatedLink] | None:
    """The list's headline items as links, or None when it is not a list of headlines
    (fewer than two of them, or less than MIN_HEADLINE_SHARE of its items)."""
    entries = [child for child in listing if child.tag == "li"]
    links = [link for link in (_only_link(entry, url) for entry in entries) if link is not None]
    if len(links) < MIN_ITEMS or len(links) < MIN_HEADLINE_SHARE * len(entries):
        return None
    return links


def _only_link(entry: lxml.html.HtmlElement, url: str | None) -> RelatedLink | None:
    """The item as a link to another page, if one link holds nearly all of its text."""
    anchors = [anchor for anchor in entry.iter("a") if anchor.get("href")]
    if len(anchors) != 1:
        return None
    text = " ".join(normalise_text(entry.text_content()).split())
    title = " ".join(normalise_text(anchors[0].text_content()).split())
    linked = len(title.split())
    if linked < MIN_HEADLINE_WORDS or len(text.split()) - linked > MAX_UNLINKED_WORDS:
        return None
    return RelatedLink(title=text, url=urljoin(url or "", str(anchors[0].get("href")).strip()))


def split_headline_lines(
    paragraphs: list[str], tree: lxml.html.HtmlElement, url: str | None
) -> tuple[list[str], list[RelatedLink]]:
    """The body without list lines that are items of a headline list, and those items.

    The page's lists are read only when the body has list lines at all: most
    bodies have none, and a page's menus are lists of hundreds of links.
    """
    if not any(paragraph.startswith(LIST_MARKER) for paragraph in paragraphs):
        return paragraphs, []
    headlines = headline_lists(tree, url)
    if not headlines:
        return paragraphs, []
    body: list[str] = []
    found: list[RelatedLink] = []
    for paragraph in paragraphs:
        item = paragraph.removeprefix(LIST_MARKER) if paragraph.startswith(LIST_MARKER) else None
        link = headlines.get(" ".join(item.split())) if item else None
        if link is None:
            body.append(paragraph)
        else:
            found.append(link)
    return body, found


def without_link_bars(paragraphs: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """The body without lines that are a menu: four or more items between bars, each
    of a few words, and all but one of them the text of a link on the page.

    The page's links are read only when a line has that shape: most bodies have none.
    """
    shaped = [_bar_items(paragraph) for paragraph in paragraphs]
    if not any(shaped):
        return paragraphs
    links = {" ".join(normalise_text(a.text_content()).split()) for a in tree.iter("a")}
    return [
        paragraph
        for paragraph, items in zip(paragraphs, shaped, strict=True)
        if not items or sum(item not in links for item in items) > 1
    ]


def _bar_items(paragraph: str) -> list[str]:
    """The items of a line shaped as a menu (``[]`` if it is not one)."""
    if paragraph.count("|") + paragraph.count("•") + paragraph.count("·") < MIN_BAR_ITEMS - 1:
        return []
    items = [item.strip(" |•·") for item in BAR.split(paragraph.strip(" |•·"))]
    if len(items) < MIN_BAR_ITEMS or any(
        not item or len(item.split()) > MAX_BAR_ITEM_WORDS for item in items
    ):
        return []
    return items
