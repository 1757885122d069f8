"""The article body of an HTML page: trafilatura, checked by two other extractors.

trafilatura in precision mode is the best single extractor on the
181-page benchmark (token F1 0.965), but on a few pages it keeps only a
sliver of the article.  resiliparse (C++, ~500 pages/s) is a cheap second
opinion on how much text the main content has; when trafilatura returns
less than 15% of that, readability-lxml runs too and wins if trafilatura
has less than 30% of its text.  Measured on the benchmark (bench/
extract_html.py): 0.970 for the ensemble, readability called on 3 pages
of 181, so the cost is trafilatura's plus resiliparse's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html

# Collapse detection: "less than half" on both checks; see the module docstring.
RESILIPARSE_RATIO = 0.5
READABILITY_RATIO = 0.5
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


def extract_body(tree: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """Body paragraphs in reading order (headings and list items as their own paragraphs)."""
    primary = _safe(lambda: _trafilatura_text(tree, url))
    # The peers get the page as libxml2 repaired it (nesting capped at 256
    # levels): resiliparse takes minutes on 100,000 nested elements.
    repaired = lxml.html.tostring(tree, encoding="unicode")
    check = _safe(lambda: _resiliparse_text(repaired))
    if _words(primary) < RESILIPARSE_RATIO * _words(check):
        alternative = _safe(lambda: _readability_text(repaired))
        if _words(primary) < READABILITY_RATIO * _words(alternative):
            primary = alternative
    return [line.strip() for line in primary.split("\n") if line.strip()]


def _safe(extractor: Callable[[], str | None]) -> str:
    """An extractor that fails on hostile markup (recursion, odd encodings) yields nothing."""
    try:
        return extractor() or ""
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError) as error:
        del error
        return ""


def _trafilatura_text(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    import trafilatura

    return trafilatura.extract(
        tree,
        url=url,
        favor_precision=True,
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


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))
