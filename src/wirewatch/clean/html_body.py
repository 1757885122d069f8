"""The article body of an HTML page: trafilatura, checked by two other extractors.

trafilatura in precision mode is the best single extractor on the
181-page benchmark, but on a few pages it keeps only a sliver of the
article, or nothing.  resiliparse (C++, ~500 pages/s) is a cheap second
opinion on how much text the main content has; when trafilatura returns
less than half of that, readability-lxml runs too and wins if trafilatura
has less than 60% of its text, unless trafilatura's text is a body of
its own that readability leaves out (then readability found another
block, a list of teasers or comments, not the rest of the article).
When trafilatura finds nothing at all, the first fallback that reads like
a body is used (trafilatura in recall mode, readability, resiliparse), so
no page ends without a body that a peer finds.  Every body not taken from
trafilatura's precision mode carries a warning that says which extractor
gave it and why.

Sizes are letters, not words: a Chinese or Japanese page has few
``\\w+`` runs however long it is, so word counts would compare a whole
article with a caption.  Measured on the tuned two thirds of both dev sets
(bench/extract_html.py, issue 20): on article-extraction, token F1 0.975
with or without the coverage check; on news-metadata-fundus 0.959 against
0.947 for the old word-count rule, the same for 60-70% and for a body
size of 300-2000 letters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import lxml.etree
import lxml.html

# Collapse detection; see the module docstring for how they were chosen.
RESILIPARSE_RATIO = 0.5
READABILITY_RATIO = 0.6
# A primary text this long (letters) is a body in its own right: readability
# replaces it only if it keeps most of it (MIN_COVERAGE of its tokens).
MIN_BODY_LETTERS = 1000
MIN_COVERAGE = 0.5
# A fallback body needs one line this long (letters; about ten words of English,
# a short sentence of Chinese): menus and link lists have none.
MIN_FALLBACK_LINE_LETTERS = 50
BLOCK_TAGS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "td",
    "dd",
    "dt",
    "figcaption",
)
# What trafilatura's cleaning deletes with all it holds (its MANUALLY_CLEANED), of the
# elements that hold most of a page's markup: set aside while it reads (:func:`_set_aside`).
SET_ASIDE_TAGS = ("head", "nav", "aside", "footer", "menu")
WORD = re.compile(r"\w+")
NON_WORD = re.compile(r"\W+")
ALT_TEXTS = lxml.etree.XPath("//img/@alt")


@dataclass(frozen=True)
class Body:
    """Body paragraphs in reading order, and why they are not trafilatura's (None if they are)."""

    paragraphs: list[str]
    warning: str | None = None


def extract_body(tree: lxml.html.HtmlElement, url: str | None) -> Body:
    """Body paragraphs (headings and list items as their own paragraphs), with any fallback."""
    primary = _safe(lambda: _trafilatura_text(tree, url))
    letters = _letters(primary)
    # The peers get the page as libxml2 repaired it (nesting capped at 2,048
    # levels): resiliparse takes minutes on 100,000 nested elements.
    if not primary.strip():  # the fallbacks read the whole page: the story may be anywhere
        return fallback_body(tree, url, "trafilatura found no body")
    # What trafilatura's cleaning deletes whole is set aside for the bound and the second
    # opinion as it is for trafilatura: neither peer takes a menu or an aside for the
    # story, and half the markup is not counted, written out, parsed and scored again
    # (0.7 ms a page on article-extraction, every page of both dev sets the same).
    with _set_aside(tree):
        if letters >= RESILIPARSE_RATIO * _letters_at_most(tree):
            return Body(_lines(primary))  # no extractor can find twice this on the page
        repaired = lxml.html.tostring(tree, encoding="unicode")
    check = _safe(lambda: _resiliparse_text(repaired))
    if letters < RESILIPARSE_RATIO * _letters(check):
        text, warning = _longer_body(primary, _safe(lambda: _readability_text(repaired)))
        return Body(_lines(text), warning)
    return Body(_lines(primary))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _letters_at_most(tree: lxml.html.HtmlElement) -> int:
    """An upper bound on the letters any extractor can take from the page: its characters
    that are not white space, in its text and its images' alternative texts (resiliparse
    keeps those). Counting them costs a tenth of running resiliparse, which is skipped on
    the pages where trafilatura's text already holds half of this (46% of both dev sets)."""
    text = str(tree.text_content()) + "".join(map(str, ALT_TEXTS(tree)))
    spaces = sum(text.count(space) for space in (" ", "\n", "\t", "\r"))
    return len(text) - spaces


def fallback_body(tree: lxml.html.HtmlElement, url: str | None, why: str) -> Body:
    """The first fallback that reads like a body (:func:`_first_body`), for a page whose
    precision-mode text turned out, once cleaned, to hold no story (``why`` says so).
    The page is written out for readability and resiliparse only if recall mode has
    found nothing."""
    repaired = cache(lambda: lxml.html.tostring(tree, encoding="unicode"))
    text, warning = _first_body(tree, url, repaired, lambda: _resiliparse_text(repaired()), why)
    return Body(_lines(text), warning)


def _first_body(
    tree: lxml.html.HtmlElement,
    url: str | None,
    repaired: Callable[[], str],
    check: Callable[[], str],
    why: str,
) -> tuple[str, str | None]:
    """When trafilatura keeps nothing: the first fallback that reads like a body, if any.

    trafilatura without its precision bar comes first (it is the same reading
    of the page, only less strict), then readability, then resiliparse.  As
    the body of every page of the tuned parts (as if the main extractor had
    found nothing), that order scores 0.960 / 0.946 token F1 on
    article-extraction / news-metadata-fundus, readability first 0.943 / 0.898,
    the candidate the other two agree with most 0.951 / 0.924.
    """
    fallbacks: list[tuple[str, Callable[[], str | None]]] = [
        ("trafilatura in recall mode", lambda: _trafilatura_text(tree, url, favor_recall=True)),
        ("readability", lambda: _readability_text(repaired())),
        ("resiliparse", check),
    ]
    for name, extractor in fallbacks:
        text = _safe(extractor)
        if reads_like_body(text):
            return text, f"{why} in precision mode; {name}'s text is used"
    return "", None


def _longer_body(primary: str, alternative: str) -> tuple[str, str | None]:
    """trafilatura's text unless it is a sliver of what readability found, or no prose
    where readability's is: a few lines of links and notices (a NetEase page's comment
    disclaimer and lists of other stories, where readability found the story)."""
    if not reads_like_body(primary) and reads_like_body(alternative):
        return alternative, (
            "trafilatura's text has no line of a sentence's length; readability's is used"
        )
    if _letters(primary) < READABILITY_RATIO * _letters(alternative) and _extends(
        alternative, primary
    ):
        share = _letters(primary) / _letters(alternative)
        return alternative, (
            f"trafilatura kept {share:.0%} of the text readability found; readability's is used"
        )
    return primary, None


def reads_like_body(text: str) -> bool:
    """Some prose: a line of a sentence's length, not a menu ("Home News Sport")."""
    return any(_letters(line) >= MIN_FALLBACK_LINE_LETTERS for line in text.split("\n"))


def _extends(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is more of the same article: ``shorter`` is a sliver, or mostly in it."""
    if _letters(shorter) < MIN_BODY_LETTERS:
        return True
    small = Counter(WORD.findall(shorter.lower()))
    shared = small & Counter(WORD.findall(longer.lower()))
    return sum(shared.values()) >= MIN_COVERAGE * sum(small.values())


def _safe(extractor: Callable[[], str | None]) -> str:
    """An extractor that fails on hostile markup (recursion, odd encodings) yields nothing."""
    try:
        return extractor() or ""
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError) as error:
        del error
        return ""


def _trafilatura_text(
    tree: lxml.html.HtmlElement, url: str | None, *, favor_recall: bool = False
) -> str | None:
    if favor_recall:  # in recall mode it may undo its deletions: it must see them all
        return _extract_with_trafilatura(tree, url, favor_recall=True)
    with _set_aside(tree):
        return _extract_with_trafilatura(tree, url, favor_recall=False)


@contextmanager
def _set_aside(tree: lxml.html.HtmlElement) -> Iterator[None]:
    """The page without the elements trafilatura deletes with all they hold, while it reads.

    trafilatura copies the page and runs a dozen XPath searches over the copy
    before its own cleaning deletes these (:data:`SET_ASIDE_TAGS`); taken out
    first, they are neither copied nor searched: 3.1 ms a page less on
    article-extraction and 5.5 on news-metadata-fundus, with the same text on
    every page of both.  They are put back where they stood before anything
    else reads the page (the audit pass reports the menus, the links read the
    asides).  One whose tail holds text stays, as taking it out would take the
    text along.
    """
    root = tree.getroottree().getroot()
    taken: list[tuple[lxml.html.HtmlElement, int, lxml.html.HtmlElement]] = []
    # Each parent's children numbered once (asking each child for its index costs the square
    # of a hostile page's 100,000 sibling menus), less those of them taken out before.
    numbered: dict[lxml.html.HtmlElement, tuple[dict[lxml.html.HtmlElement, int], list[int]]] = {}
    for element in list(tree.iter(*SET_ASIDE_TAGS)):
        parent = element.getparent()
        if (
            parent is None
            or (element.tail or "").strip()
            or element.getroottree().getroot() is not root
        ):
            continue  # the root, text after it, or inside an element taken out already
        if parent not in numbered:
            numbered[parent] = ({child: n for n, child in enumerate(parent)}, [0])
        positions, removed = numbered[parent]
        taken.append((parent, positions[element] - removed[0], element))
        removed[0] += 1
        parent.remove(element)
    try:
        yield
    finally:
        for parent, position, element in reversed(taken):
            parent.insert(position, element)


def _extract_with_trafilatura(
    tree: lxml.html.HtmlElement, url: str | None, *, favor_recall: bool
) -> str | None:
    import trafilatura

    return trafilatura.extract(
        tree,
        url=url,
        favor_precision=not favor_recall,
        favor_recall=favor_recall,
        include_comments=False,
        include_tables=True,
        include_images=False,
        output_format="txt",
        deduplicate=False,
        with_metadata=False,
        fast=True,  # its own fallback comparison is what the ensemble below replaces
    )


def _resiliparse_text(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=True))


def _readability_text(html: str) -> str:
    """readability's main content, one paragraph per block element."""
    import readability

    summary = readability.Document(html).summary(html_partial=True)
    content = lxml.html.fromstring(summary)
    blocks = [" ".join(element.text_content().split()) for element in content.iter(*BLOCK_TAGS)]
    blocks = [block for block in blocks if block]
    return "\n".join(blocks) if blocks else " ".join(content.text_content().split())


def _letters(text: str) -> int:
    """Size of a text in word characters, fair to scripts written without spaces."""
    return len(NON_WORD.sub("", text))  # the word characters, without a string made for each word
