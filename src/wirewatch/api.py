"""The Python API: extract, analyze, analyze_many.

Thin functions over :class:`~wirewatch.pipeline.Pipeline`; the CLI uses the
same pipeline, so both behave the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

from .errors import NoArticleError, WirewatchError
from .model import Analysis, Article, RawDocument
from .pipeline import DEFAULT_STAGES, EXTRACT_STAGES, Pipeline, Work
from .settings import Settings

RawInput = str | bytes | RawDocument


def extract(
    raw: str | bytes, *, url: str | None = None, settings: Settings | None = None
) -> Article:
    """Clean one page of text: title, byline, date, body, captions, related links, removed blocks.

    Args:
        raw: the page as text, or as bytes in any common encoding.
        url: where the page came from, kept in the record.
    Raises:
        InputError: the input is empty, binary or too large; NoArticleError (an InputError)
            when the page holds no article body (a front page, a list of links), with the reason.
    """
    work = _run_one(RawDocument(content=raw, url=url), EXTRACT_STAGES, settings)
    assert work.article is not None
    if not work.article.text:  # a page with no body: what the clean stage says, raised
        reason = work.warnings[-1] if work.warnings else "no article body found"
        raise NoArticleError(reason, source=work.source)
    return work.article


def analyze(
    raw: str | bytes,
    *,
    url: str | None = None,
    published: str | None = None,
    clean: bool = True,
    settings: Settings | None = None,
) -> Analysis:
    """Clean and annotate one article.

    Args:
        raw: the page as text or bytes.
        url: where it came from.
        published: ISO 8601 publication time; overrides the one read from the page.
        clean: False takes ``raw`` as the body as it is (offsets then point into it).
    Returns:
        The :class:`Analysis` record; ``to_json()`` gives its JSON form.
    """
    document = RawDocument(content=raw, url=url, published=published)
    return _run_one(document, _stage_names(clean), settings).to_analysis()


def analyze_many(
    items: Iterable[RawInput],
    *,
    published: str | None = None,
    clean: bool = True,
    settings: Settings | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Analysis]:
    """Analyse a stream of articles with ``nlp.pipe``, yielding records in input order.

    Inputs are read lazily in batches, so memory stays flat over any number.
    With ``errors="skip"`` a failing item is left out; with ``"raise"`` its
    error is raised when the stream reaches it.
    """
    documents = (_as_document(item, published) for item in items)
    for work in Pipeline(_stage_names(clean), settings).run(documents):
        if work.error is not None:
            if errors == "raise":
                raise work.error
            continue
        yield work.to_analysis()


def _stage_names(clean: bool) -> tuple[str, ...]:
    return DEFAULT_STAGES if clean else ("as_is",) + DEFAULT_STAGES[2:]


def _as_document(item: RawInput, published: str | None) -> RawDocument:
    if isinstance(item, RawDocument):
        return item
    return RawDocument(content=item, published=published)


def _run_one(
    document: RawDocument, stage_names: tuple[str, ...], settings: Settings | None
) -> Work:
    work = next(Pipeline(stage_names, settings).run([document]))
    if work.error is not None:
        raise work.error
    return work


__all__ = ["WirewatchError", "analyze", "analyze_many", "extract"]
