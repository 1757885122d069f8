"""HTML bytes to a safe lxml tree: charset chosen with care, hostile markup defused.

The declared charset is often wrong (a page that says ISO-8859-1 and is
UTF-8), so bytes that are valid UTF-8 are read as UTF-8 whatever the page
says; otherwise the declared charset, otherwise the text decoder's guess.
The parser never touches the network, resolves no entities, and drops
scripts, styles, templates and hidden elements before anyone reads text.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import lxml.etree
import lxml.html

from ..errors import InputError
from ..ingest.decode import decode_bytes

# An XHTML page's first line ("<?xml version='1.0' encoding='UTF-8'?>"): the text is decoded
# already, and lxml refuses a decoded text that still declares its encoding.
XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]{0,300}\?>")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
INVISIBLE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
)
# XPath runs in C and hands back attribute values: only a hidden or popup one costs
# Python time (a third of what testing every element's attributes in XPath took).
# Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python call per
# element proxy (487,000 calls, 3 ms a page on article-extraction) only to give form
# elements their own classes, which nothing here uses.
ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
# The attributes that hide an element or make it a dialog, in one walk of the page (a
# second XPath for the dialogs' roles cost more than the first: 0.37 ms a page).
HIDING_ATTRIBUTES = lxml.etree.XPath("//@hidden | //@aria-hidden | //@style | //@role")
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
POPUP_WORDS = ("rollover", "hover", "tooltip", "popover", "popup", "flyout", "tippy")
# React 18 streaming: $RC("B:<boundary>","S:<segment>") swaps a segment into its place.
STREAMED_SWAP = re.compile(r"""\$RC\(\s*["'](B:[\w-]+)["']\s*,\s*["'](S:[\w-]+)["']""")
CARD_BLOCK_TAGS = ("div", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "img", "figure")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A ``hidden`` element with this many words of paragraph text is an article that a
# script reveals, not furniture: React's streamed segments (``<div hidden id="S:1">``
# swapped into place by ``$RC``) and paywalled bodies hidden until the login check.
# Furniture that pages hide (menus, hover cards, modals) has little or no ``<p>`` prose;
# the article body of every such page in news-metadata-fundus has over 300 words.
MIN_REVEALED_WORDS = 120


def decode_html(data: bytes, *, source: str | None = None) -> str:
    """The page as text: UTF-8 if it is valid UTF-8, else the declared charset, else a guess.

    Not normalised here: the markup is mostly thrown away, so only the
    extracted text is (in :mod:`wirewatch.clean.html`), which is ten times cheaper.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, source=source)[0]


def parse_html(html: str, *, source: str | None = None) -> lxml.html.HtmlElement:
    """The page's tree; truncated or broken markup is repaired by libxml2.

    Scripts are still there (JSON-LD metadata lives in them): call
    :func:`remove_invisible` once metadata has been read.
    """
    parser = lxml.html.HTMLParser(  # huge_tree: libxml2 stops at 256 levels otherwise, and a
        # body nested deeper (300 wrappers on a real page builder's output) was lost in silence
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=True,
    )
    parser.set_element_class_lookup(ELEMENT_CLASSES)
    try:
        tree = lxml.html.document_fromstring(XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InputError(f"cannot be parsed as HTML ({error})", source=source) from error
    return tree


def nesting_depth(tree: lxml.html.HtmlElement) -> int:
    """How many elements deep the page goes (without recursion: a page may go thousands)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def remove_invisible(tree: lxml.html.HtmlElement) -> None:
    """Drop what a reader never sees: scripts, styles, hidden elements, hover cards, dialogs
    over the page, empty links."""
    swap_in_streamed_segments(tree)
    hidden, dialogs = _hidden_elements_and_dialogs(tree)
    doomed = list(tree.iter(*INVISIBLE_TAGS)) + hidden + _hover_cards(tree)
    doomed += _open_dialogs(dialogs + list(tree.iter("dialog")))
    doomed += _empty_links_in_headings(tree)
    for element in doomed:
        if element.getparent() is not None and element.tag != "html":
            _drop_keeping_tail(element)


def swap_in_streamed_segments(tree: lxml.html.HtmlElement) -> None:
    """Put React's streamed segments where its scripts would: ``$RC("B:1","S:1")`` moves the
    hidden ``<div id="S:1">`` into the place of ``<template id="B:1">``.

    A server-rendered React page sends the shell first, with a placeholder
    where the article goes, and the article later in a hidden div at the end
    of the body; without this, extractors read the shell's "Loading..." as
    the story and the story as an afterthought (or, hidden, not at all).
    """
    scripts = " ".join(script.text or "" for script in tree.iter("script") if script.text)
    for boundary, segment_id in STREAMED_SWAP.findall(scripts):
        placeholder = _by_id(tree, boundary)
        segment = _by_id(tree, segment_id)
        parent = placeholder.getparent() if placeholder is not None else None
        if parent is None or segment is None or segment.getparent() is None:
            continue
        position = parent.index(placeholder)
        for offset, child in enumerate(list(segment)):
            parent.insert(position + offset, child)
        _drop_keeping_tail(placeholder)
        _drop_keeping_tail(segment)


def _by_id(tree: lxml.html.HtmlElement, element_id: str) -> lxml.html.HtmlElement | None:
    found = tree.xpath("//*[@id=$id]", id=element_id)
    return found[0] if found else None


def _is_hover_card(element: lxml.html.HtmlElement) -> bool:
    """A card that a style sheet shows on hover over a name in the story.

    Pages wrap a linked name in a paragraph with a card that repeats the name
    and adds a photo, a title and headlines ("Ilhan Omar" followed by "Ilhan
    Omar Hillicon Valley: ..."); without the style sheet its text runs into the
    sentence.  The card is the popup-classed element after the name whose text
    starts with that name again, or one that holds blocks (a list, a heading,
    an image) which a sentence never does.
    """
    if element.tag == "a" or not _is_popup_class(element.get("class", "")):
        return False
    text = " ".join(element.text_content().split())
    previous = element.getprevious()
    shown = " ".join(previous.text_content().split()) if previous is not None else ""
    repeats_name = bool(shown) and not (previous.tail or "").strip() and text.startswith(shown)
    return repeats_name or next(element.iter(*CARD_BLOCK_TAGS), None) is not None


def _hidden_elements_and_dialogs(
    tree: lxml.html.HtmlElement,
) -> tuple[list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]:
    """Elements hidden by ``aria-hidden``, an inline style or ``hidden`` (unless a script
    reveals them: see :func:`_is_revealed_later`).

    A paywalled body may be hidden either way: The Local's ``<div id="articleBody"
    style="display: none">`` is shown once the login check has run, and without
    it the page's body was its cookie-consent dialog.  ``aria-hidden`` hides from
    screen readers what is shown otherwise (a copy, an icon), so it is not asked.
    The elements with a dialog's role come back second (:func:`_open_dialogs`)."""
    found = []
    dialogs = []
    for value in HIDING_ATTRIBUTES(tree):
        name = value.attrname
        if name == "role":
            if value in DIALOG_ROLES:
                dialogs.append(value.getparent())
            continue
        if name == "style" and not ("none" in value or "hidden" in value):
            continue  # most inline styles hide nothing; their element is not even fetched
        element = value.getparent()
        if element.tag in ("body", "head"):
            continue
        if (
            (name == "aria-hidden" and value == "true")
            or (name == "style" and HIDDEN_STYLE.search(value) and not _is_revealed_later(element))
            or (name == "hidden" and not _is_revealed_later(element))
        ):
            found.append(element)
    return found, dialogs


def _open_dialogs(dialogs: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Of the dialogs over the page (``<dialog>``, ``role="dialog"`` / ``"alertdialog"``),
    those that hold no story.

    A dialog is by definition a window over the page's content, not the content
    (WAI-ARIA): the consent banner, the login and newsletter boxes, share sheets,
    menus drawn as drawers, an image viewer.  Their prose can outweigh a
    paywalled story's visible lines: on The Local's pages readability took the
    consent dialog ("On this website we use cookies ...") for the article.
    A dialog that holds a headline (``<h1>``) or an ``<article>`` is a story
    shown in a window over a list page, and stays.
    """
    return [dialog for dialog in dialogs if next(dialog.iter("h1", "article"), None) is None]


def _empty_links_in_headings(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Links that show nothing inside headings: a section's anchor ("<h2><a
    id='s2'></a>Results</h2>"), an icon font's hook.  trafilatura's link-density test
    finds a link with no text and deletes the short heading around it in precision mode
    (InfoWorld lost every section heading); being invisible, it is taken out before any
    extractor reads the page.  A space in one still parts two words, so it stays as text.
    Outside headings they are left alone: there, three kept dev pages fell without them.
    """
    links = []
    for heading in tree.iter(*HEADINGS):
        for link in heading.iter("a"):
            if not len(link) and not (link.text or "").strip():
                link.tail = (link.text or "") + (link.tail or "")
                links.append(link)
    return links


def _hover_cards(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Hover cards inside a paragraph or list item (see :func:`_is_hover_card`).

    One pass over the elements inside paragraphs and list items (each read
    once: a list nested in an item is read with the item), with a cached test
    of each distinct class value: 0.45 ms a page on the dev sets, against 0.8
    for a pass over every element, 6 ms for an XPath testing the class inside
    paragraphs and list items (its union revisits nested lists) and 1.2 ms for
    one listing every class value (it makes a string object per value).
    """
    cards = []
    nested: set[lxml.html.HtmlElement] = set()
    for container in tree.iter("p", "li"):
        if container in nested:
            continue  # its elements were read with the paragraph or item around it
        for element in container.iterdescendants(lxml.etree.Element):
            if element.tag in ("p", "li"):
                nested.add(element)
            names = element.get("class")
            if names and _is_popup_class(names) and _is_hover_card(element):
                cards.append(element)
    return cards


@lru_cache(maxsize=4096)
def _is_popup_class(names: str) -> bool:
    """Whether class names name a popup; pages repeat their classes, so cached."""
    lowered = names.lower()
    return any(word in lowered for word in POPUP_WORDS)


def _is_revealed_later(element: lxml.html.HtmlElement) -> bool:
    """A ``hidden`` block full of paragraphs is shown by a script once the page has loaded."""
    words = 0
    for paragraph in element.iter("p"):
        words += len(paragraph.text_content().split())
        if words >= MIN_REVEALED_WORDS:
            return True
    return False


def _drop_keeping_tail(element: lxml.html.HtmlElement) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
