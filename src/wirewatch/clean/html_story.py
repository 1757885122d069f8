"""Which of the body's paragraphs stand where the story does in the page's markup.

A page sets its story in one container (``<div class="article-body">``,
``<section itemprop="articleBody">``), perhaps in several of one kind one
after another (a CMS's story sections), and what follows the story in
another: the writer's box, a newsletter pitch, a credit line set apart,
the next story.  The main extractor reads by text density and may run on
past the story's end into them; their own markup gives them away.

Only the paragraphs *after* the story's last paragraph are judged, and
only those set in an element of another kind than the story's paragraphs:
a story whose last paragraphs its CMS put in a new container of their own
writes them as it wrote the rest (the same tag and class), and keeps them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import lxml.etree
import lxml.html

from .html_body import BLOCK_TAGS
from .html_links import LIST_MARKER

# Elements whose text a body paragraph is: those that hold text (the blocks the body's
# extractors write a paragraph for, :data:`.html_body.BLOCK_TAGS`), and divisions that hold
# no other block (a CMS's "<div class='paragraph'>").
LEAF_DIVISIONS = lxml.etree.XPath(
    "//div[not(descendant::div or descendant::p or descendant::section or descendant::li"
    " or descendant::table or descendant::article)]"
)
# The story's container holds at least this share of the body's letters.
STORY_SHARE = 0.5
# A kind of element (tag and class) is the story's when this many of its paragraphs have it.
MIN_STORY_KIND = 2
# Ancestors looked at per paragraph: a page nested 100,000 deep must not cost that much each.
MAX_ANCESTORS = 256
MIN_PARAGRAPHS = 3
# A list is a block of the story, never its container: a digest ("10 things you need to
# know") sets most of its letters in one list, and its lead and close around it.
LIST_TAGS = frozenset({"ul", "ol", "dl", "li"})

Kind = tuple[str, str | None]


def without_trailing_blocks(tree: lxml.html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """The paragraphs without those after the story that its markup sets apart from it."""
    if len(paragraphs) < MIN_PARAGRAPHS:
        return paragraphs
    elements = _elements_of(tree, paragraphs)
    story = _story_containers(paragraphs, elements)
    if story is None:
        return paragraphs
    inside = _inside(elements, story)
    last = max((position for position, held in enumerate(inside) if held), default=None)
    if last is None:
        return paragraphs
    kinds = Counter(
        _kind(e) for e, held in zip(elements, inside, strict=True) if e is not None and held
    )
    story_kinds = {kind for kind, count in kinds.items() if count >= MIN_STORY_KIND}
    return paragraphs[: last + 1] + [
        paragraph
        for paragraph, element, held in zip(
            paragraphs[last + 1 :], elements[last + 1 :], inside[last + 1 :], strict=True
        )
        if element is None or held or _kind(element) in story_kinds
    ]


def _elements_of(
    tree: lxml.html.HtmlElement, paragraphs: list[str]
) -> list[lxml.html.HtmlElement | None]:
    """Each paragraph's element: the first whose whole text it is (None where none is,
    a paragraph the extractor joined from several).

    A list item's paragraph is its text after the marker the extractor wrote for it
    ("- "), which the page does not have: without it, a list of headlines after the
    story ("More Must-Reads", a list item each) is never found, so never judged."""
    texts = [" ".join(paragraph.split()) for paragraph in paragraphs]
    # Each form an element's text may take (the line, the item without its marker) -> the line.
    wanted = {text: text for text in texts}
    wanted.update(
        (text.removeprefix(LIST_MARKER), text) for text in texts if text.startswith(LIST_MARKER)
    )
    found: dict[str, lxml.html.HtmlElement] = {}
    lines = len(set(texts))
    _find(tree.iter(*BLOCK_TAGS), wanted, found, lines)
    located = sum(len(text) for text in texts if text in found)
    if located < STORY_SHARE * sum(map(len, texts)):  # a CMS that sets paragraphs in divisions
        _find(LEAF_DIVISIONS(tree), wanted, found, lines)
    return [found.get(text) for text in texts]


def _find(
    elements: Iterable[lxml.html.HtmlElement],
    wanted: dict[str, str],
    found: dict[str, lxml.html.HtmlElement],
    lines: int,
) -> None:
    """Each wanted line's first element (by any of its forms); stops once all are found."""
    for element in elements:
        line = wanted.get(" ".join(element.text_content().split()))
        if line is not None and line not in found:
            found[line] = element
            if len(found) == lines:
                return


def _story_containers(
    paragraphs: list[str], elements: list[lxml.html.HtmlElement | None]
) -> set[lxml.html.HtmlElement] | None:
    """The deepest element that holds most of the body's letters, and its siblings of the
    same kind (the story's sections one after another); None where no element does.
    A list is not a container (:data:`LIST_TAGS`).

    The letters are summed by parent first, and each parent's ancestors walked once:
    paragraphs share their parents, and a page of thousands nested hundreds deep must
    not cost the product of the two."""
    by_parent: Counter[lxml.html.HtmlElement] = Counter()
    held: Counter[lxml.html.HtmlElement] = Counter()
    for paragraph, element in zip(paragraphs, elements, strict=True):
        if element is not None:
            held[element] += len(paragraph)
            if (parent := element.getparent()) is not None:
                by_parent[parent] += len(paragraph)
    for parent, letters in by_parent.items():
        for ancestor in _ancestors(parent):
            held[ancestor] += letters
    total = sum(map(len, paragraphs))
    candidates = [
        element
        for element, letters in held.items()
        if letters >= STORY_SHARE * total and element.tag not in LIST_TAGS
    ]
    if not candidates:
        return None
    story = max(candidates, key=_depth)  # they nest: the deepest holds the story closest
    parent = story.getparent()
    if parent is None:
        return {story}
    return {sibling for sibling in parent if _kind(sibling) == _kind(story)} | {story}


def _ancestors(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The element and its ancestors, nearest first (at most :data:`MAX_ANCESTORS`)."""
    chain = [element]
    for ancestor in element.iterancestors():
        if len(chain) >= MAX_ANCESTORS:
            break
        chain.append(ancestor)
    return chain


def _depth(element: lxml.html.HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


def _inside(
    elements: list[lxml.html.HtmlElement | None], containers: set[lxml.html.HtmlElement]
) -> list[bool]:
    """Whether each element stands in one of the containers (its parent's answer is
    reckoned once for all the paragraphs it holds)."""
    by_parent: dict[lxml.html.HtmlElement | None, bool] = {}
    inside = []
    for element in elements:
        if element is None:
            inside.append(False)
            continue
        parent = element.getparent()
        if parent not in by_parent:
            by_parent[parent] = parent is not None and any(
                ancestor in containers for ancestor in _ancestors(parent)
            )
        inside.append(element in containers or by_parent[parent])
    return inside


def _kind(element: lxml.html.HtmlElement) -> Kind:
    return str(element.tag), element.get("class")
