"""Captions, related links and removed blocks of an HTML page, from its structure.

The page is rendered to blocks in reading order (like a browser's text
view, without recursion so 100,000 nested elements cannot overflow the
stack); each block carries hints from its ancestors (``<nav>``, a class
named "related-articles", "comments", "newsletter-signup"...), which name
the kind of furniture it is when it is not part of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from ..model import BoilerplateKind, Caption, RelatedLink, RemovedBlock
from .captions import split_credit
from .lexicon import boilerplate_kind

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "td",
        "th",
        "tr",
        "table",
        "dd",
        "dt",
        "dl",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "nav",
        "figure",
        "figcaption",
        "form",
        "br",
        "hr",
        "main",
        "address",
        "details",
        "summary",
    ]
)
# Ancestor hints, checked in order: tag names and class/id words.
HINTS: tuple[tuple[re.Pattern[str], BoilerplateKind], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in [
        (r"comment|disqus|discussion|replies", BoilerplateKind.COMMENT_PROMPT),
        (r"newsletter|subscribe|signup|sign-up", BoilerplateKind.NEWSLETTER),
        (r"cookie|consent|gdpr", BoilerplateKind.COOKIE_NOTICE),
        (r"share|social|sharing", BoilerplateKind.SOCIAL_SHARE),
        (
            r"related|recommend|more-stories|read-more|readmore|trending|most-read|popular|up-next|also-read|outbrain|taboola",
            BoilerplateKind.RELATED_LINKS,
        ),
        (
            r"(^|[\s_-])(ad|ads|advert\w*|sponsor\w*|promo\w*|dfp)($|[\s_-])",
            BoilerplateKind.ADVERTISEMENT,
        ),
        (r"donat|support-us|membership|contribut", BoilerplateKind.DONATION_APPEAL),
        (r"login|log-in|signin|sign-in|register|paywall", BoilerplateKind.LOGIN_PROMPT),
        (r"copyright|legal", BoilerplateKind.COPYRIGHT),
        (
            r"^(nav|header|footer|menu)$|(^|[\s_-])(nav|navbar|navigation|menu|breadcrumb\w*|footer|masthead|sidebar)($|[\s_-])",
            BoilerplateKind.NAVIGATION,
        ),
    ]
)
# Screen-reader labels that pages put in front of a caption ("Image caption ...").
CAPTION_LABEL = re.compile(
    r"^(?:(?:image|photo|picture|video) caption\s*:?\s*|(?:image|photo|picture)\s*:\s*)",
    re.IGNORECASE,
)
CREDIT_CLASS = re.compile(r"credit|copyright|source|attribution|photographer|byline", re.IGNORECASE)
MAX_REMOVED_BLOCKS = 500
MIN_SUBSTRING_CHARS = 40
MAX_BLOCK_CHARS = 2000
MIN_RELATED_WORDS = 4
MAX_RELATED = 30


@dataclass
class PageBlock:
    """One rendered block of the page with the furniture kind its ancestors suggest."""

    text: str
    hint: BoilerplateKind | None


def render_page(
    tree: lxml.html.HtmlElement, url: str | None
) -> tuple[list[PageBlock], list[RelatedLink]]:
    """The visible text of the page's body as blocks in reading order, and its related links.

    One pass of ``iterwalk`` (no recursion, so deep nesting cannot
    overflow the stack): each block takes the nearest furniture hint of
    its ancestors, and links inside a related-stories container are
    collected on the way.  The loop is the audit pass's cost, so it does
    the least per element: only elements that set a hint are remembered
    (to restore the outer hint at their end), an inline leaf's hint is not
    looked up (it ends before any block is flushed).  Whitespace between
    tags is collected like any text: it is what separates two inline words;
    only before a block's first word is it left out (two in three of the
    blocks collected were white space between tags and came to nothing).
    """
    related: list[RelatedLink] = []
    seen_links: set[str] = set()
    body = tree.find("body")
    root = body if body is not None else tree
    blocks: list[PageBlock] = []
    parts: list[str] = []
    hinted: list[tuple[lxml.html.HtmlElement, BoilerplateKind | None]] = []
    current: BoilerplateKind | None = None
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                if parts:
                    _flush(parts, current, blocks)
                hint = _hint(element, tag)
            elif tag == "a" or (len(element) and isinstance(tag, str)):
                hint = _hint(element, tag)  # a link, or an inline element where a block may nest
            else:
                hint = None
            if hint is not None:
                hinted.append((element, current))
                current = hint
            text = element.text
            if text and (parts or not text.isspace()):
                parts.append(text)
            continue
        if tag in BLOCK_TAGS:
            if parts:
                _flush(parts, current, blocks)
        elif tag == "a" and current is BoilerplateKind.RELATED_LINKS and len(related) < MAX_RELATED:
            _collect_link(element, url, related, seen_links)
        if hinted and hinted[-1][0] is element:
            current = hinted.pop()[1]
        tail = element.tail
        if tail and element is not root and (parts or not tail.isspace()):
            parts.append(tail)
    if parts:
        _flush(parts, current, blocks)
    return blocks, related


def _flush(parts: list[str], hint: BoilerplateKind | None, blocks: list[PageBlock]) -> None:
    """The collected text as one block (whitespace collapsed), and ``parts`` emptied.

    The parts are joined as they stand, the way a browser lays out inline text: a link's
    tail ", Belarus" follows it without a space, so the block reads as the body does and
    is not listed as removed when it was kept ("Russland , Belarus" did not match).
    """
    text = " ".join("".join(parts).split())
    if text:
        blocks.append(PageBlock(text[:MAX_BLOCK_CHARS], hint))
    parts.clear()


def _collect_link(
    anchor: lxml.html.HtmlElement, url: str | None, links: list[RelatedLink], seen: set[str]
) -> None:
    title = " ".join(anchor.text_content().split())
    href = anchor.get("href")
    if href and len(title.split()) >= MIN_RELATED_WORDS and title not in seen:
        seen.add(title)
        links.append(RelatedLink(title=title, url=urljoin(url or "", href.strip())))


STRUCTURAL_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})


def _hint(element: lxml.html.HtmlElement, tag: str) -> BoilerplateKind | None:
    """The furniture kind the element's class, id, role or tag suggests: the first in
    :data:`HINTS` order that any of them matches.

    A ``<header>`` that has a class, id or role is judged by those alone:
    it is often the article's own header (title, byline), not the site's.
    Each value is looked up alone, so a class shared by many elements and
    pages is read once (whole "tag class id role" strings were unique with
    every id, and most lookups missed the cache).  Called for every block
    element, so written for speed: no lists built (it was two thirds of the
    render's time when it built three).
    """
    get = element.get
    names, ident, role = get("class"), get("id"), get("role")
    if not (names or ident or role):
        return TAG_HINTS.get(tag)  # most elements: no class, id or role to read
    found = _hint_for_names(names) if names else None
    for value in (ident, role):
        if value and (kind := _hint_for_names(value)) is not None:
            found = _earlier(found, kind)
    if tag in TAG_HINTS and tag != "header":
        found = _earlier(found, TAG_HINTS[tag])
    return found


def _earlier(found: BoilerplateKind | None, kind: BoilerplateKind) -> BoilerplateKind:
    """Of two hints, the one that comes first in :data:`HINTS`."""
    return kind if found is None or HINT_ORDER[kind] < HINT_ORDER[found] else found


@lru_cache(maxsize=16384)
def _hint_for_names(names: str) -> BoilerplateKind | None:
    """The furniture kind that class/id/role words suggest: the first hint in order that matches.

    Most values suggest nothing ("css-1bymuyk", "col-md-8"), so one search for
    any hint's words turns them away; otherwise a hint's pattern runs only when
    one of its own words is in the names (a substring test in C).  Ten regex
    searches a value were most of the audit pass's render time (issue 20).
    """
    lowered = names.lower()
    if _ANY_HINT_WORD.search(lowered) is None:
        return None
    for pattern, kind, words in _HINTS_WITH_WORDS:
        if any(word in lowered for word in words) and pattern.search(names):
            return kind
    return None


def _words_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words a hint pattern is an alternation of ("comment", "ad", "breadcrumb"...):
    every match contains one of them."""
    without_escapes = re.sub(r"\\\w", " ", pattern.pattern)
    return tuple(sorted(set(re.findall(r"[a-z]+(?:-[a-z]+)*", without_escapes.lower()))))


_HINTS_WITH_WORDS = tuple((pattern, kind, _words_of(pattern)) for pattern, kind in HINTS)
_ANY_HINT_WORD = re.compile(
    "|".join(sorted({word for _, _, words in _HINTS_WITH_WORDS for word in words}, key=len)[::-1])
)
HINT_ORDER = {kind: position for position, (_, kind) in enumerate(HINTS)}
# What a structural tag alone suggests (<nav>, <header>, <footer>: navigation).
TAG_HINTS = {tag: kind for tag in STRUCTURAL_TAGS if (kind := _hint_for_names(tag)) is not None}


def find_captions(tree: lxml.html.HtmlElement) -> list[Caption]:
    """``<figcaption>`` texts with their credit (a credit element, or a credit at the end)."""
    captions: list[Caption] = []
    seen: set[str] = set()
    for figcaption in tree.iter("figcaption"):
        credit_elements = [
            child
            for child in figcaption.iter()
            if child is not figcaption
            and CREDIT_CLASS.search(f"{child.get('class', '')} {child.get('itemprop', '')}")
        ]
        credit = " ".join(" ".join(e.text_content().split()) for e in credit_elements) or None
        full = CAPTION_LABEL.sub("", " ".join(" ".join(figcaption.itertext()).split()))
        text = full
        if credit and credit in full:
            text = " ".join(full.replace(credit, " ").split())
        elif credit is None and (parts := split_credit(full)):
            text, credit = parts
        if text and text not in seen:
            seen.add(text)
            captions.append(Caption(text=text, credit=credit))
    return captions


def removed_blocks(blocks: list[PageBlock], kept: list[str]) -> list[RemovedBlock]:
    """Rendered blocks that are not in ``kept`` (body, title, captions...), with their kind."""
    kept_lines = {" ".join(text.split()) for text in kept}
    kept_text = "\n".join(kept_lines)
    removed: list[RemovedBlock] = []
    for block in blocks:
        # Short blocks ("World", "Share") must match a kept line whole: as
        # substrings they would be found in any body.
        if block.text in kept_lines or (
            len(block.text) >= MIN_SUBSTRING_CHARS and block.text in kept_text
        ):
            continue
        kind = block.hint or boilerplate_kind(block.text) or BoilerplateKind.OTHER
        removed.append(RemovedBlock(text=block.text, kind=kind))  # pydantic-core: twice as
        # fast as model_construct, which skips validation in Python
        if len(removed) >= MAX_REMOVED_BLOCKS:
            break
    return removed
