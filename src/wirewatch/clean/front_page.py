"""Whether a page is an index of stories (a site's front page, a section's list), not one story.

A crawl, a feed of links or a user's list of addresses brings front pages
along with the stories; the extractors find "a body" on them all the same,
made of a dozen other stories' teasers, and an event coder would read each
teaser as news of the page's one story.  Such a page says what it is in two
ways that a story's page does not: its own address is the site's root
(``https://www.example.com/``, no path, no query: a blog's ``/?p=123`` is a
post), or its JSON-LD calls it a collection or a list of items and names no
article.  Either is believed only when nothing on the page claims an
article (no ``og:type`` "article", no article object in its JSON-LD): a
story whose canonical link wrongly points at the home page keeps its body.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from .json_ld import types_of

INDEX_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage"})
ARTICLE_TYPE = re.compile(r".*(Article|Posting|Report)$")


def front_page_reason(
    tree: lxml.html.HtmlElement,
    url: str | None,
    canonical: str | None,
    objects: list[dict[str, Any]],
    has_article: bool,
) -> str | None:
    """Why the page is an index of stories and not one (None when it is a story, or may be).

    ``url`` is where it was fetched (believed first), ``canonical`` what it calls
    itself; ``objects`` its JSON-LD objects (:func:`.json_ld.json_ld_objects`) and
    ``has_article`` whether one of them is an article.
    """
    if claims_article(tree, has_article):
        return None
    address = url or canonical
    if address and _is_site_root(address):
        return f"{address} is the site's front page, an index of stories"
    declared = {kind for item in objects for kind in types_of(item)}
    if declared & INDEX_TYPES and not any(ARTICLE_TYPE.match(kind) for kind in declared):
        kinds = ", ".join(sorted(declared & INDEX_TYPES))
        return f"its metadata calls it a list of stories ({kinds})"
    return None


def claims_article(tree: lxml.html.HtmlElement, has_article: bool) -> bool:
    """Whether the page says it is an article: an article object in its JSON-LD
    (``has_article``) or ``og:type`` "article"."""
    return has_article or _og_type(tree) == "article"


def _is_site_root(address: str) -> bool:
    parts = urlsplit(address.strip())
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


def _og_type(tree: lxml.html.HtmlElement) -> str:
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").strip().lower() == "og:type":
            return (meta.get("content") or "").strip().lower()
    return ""
