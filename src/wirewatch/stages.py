"""Registration of the built-in stages: thin adapters from :class:`Work` to the step modules.

The step modules (``ingest``, ``clean``, ``annotate``) work on text and
records and know nothing of the pipeline; each adapter here reads the
fields its stage requires and writes the ones it assigns.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .annotate.counts import extract_counts
from .annotate.entities import extract_entities
from .annotate.events import extract_events
from .annotate.places import extract_places
from .annotate.quotes import extract_quotes
from .annotate.times import extract_times
from .clean import article_id, clean_text
from .clean.dates import parse_iso
from .clean.html import clean_html
from .clean.html_parse import decode_html
from .clean.language import detect_language
from .errors import EmptyInputError, InputError, InputTooLargeError, InternalError, NoArticleError
from .ingest import decode_bytes
from .ingest.detect import InputKind, gunzip_limited, is_gzip, sniff_kind
from .model import Article
from .nlp import model_info
from .pipeline import Context, Work, register_stage

LOG = logging.getLogger("wirewatch")
if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy refuses texts over nlp.max_length (1,000,000 characters by default);
# the parser needs about 1 GB per 100,000 words, so wirewatch keeps the limit.
MAX_BODY_CHARS = 1_000_000
# A text page's junk (menus, share lines, cookie notes) is a small part of it: a text over
# twice the body limit is refused as soon as it is decoded.
TEXT_CHARS_BEFORE_CLEANING = 2 * MAX_BODY_CHARS


@register_stage("decode", requires=["raw"], assigns=["text", "kind"])
def decode(work: Work, context: Context) -> None:
    """Bytes to Unicode text: gzip unpacked, HTML or text told apart, encoding detected, binary refused."""
    content = work.raw.content
    limit = context.settings.max_input_bytes
    if isinstance(content, str):
        content = content.encode("utf-8")
    if len(content) > limit:
        raise InputTooLargeError(f"is over the {limit:,}-byte input limit (max_input_bytes)")
    if is_gzip(content):
        content = gunzip_limited(content, max_bytes=limit, source=work.source)
    work.kind = sniff_kind(content).value
    if work.kind == InputKind.HTML.value:
        work.text = decode_html(content, source=work.source)
    else:
        work.text, _ = decode_bytes(content, source=work.source)
    if not work.text.strip():
        raise EmptyInputError("holds no text (empty or whitespace only)")
    if work.kind != InputKind.HTML.value and len(work.text) > TEXT_CHARS_BEFORE_CLEANING:
        raise InputTooLargeError(  # now, not after a minute of cleaning it
            f"has {len(work.text):,} characters of text; a body over {MAX_BODY_CHARS:,} cannot "
            "be parsed, and cleaning a text page never removes half of it: split it into articles"
        )


@register_stage("clean", requires=["text"], assigns=["article"])
def clean(work: Work, context: Context) -> None:
    """Page text to an article: header, body, captions, related links, removed furniture."""
    assert work.text is not None
    try:
        if work.kind == InputKind.HTML.value:
            article = clean_html(
                work.text,
                source=work.source,
                url=work.raw.url,
                audit=context.settings.audit_html,
                warnings=work.warnings,  # a fallback extractor's use is said in the record
            )
        else:
            article = clean_text(
                work.text,
                source=work.source,
                url=work.raw.url,
                language_hint=context.settings.language,
                warnings=work.warnings,
            )
    except NoArticleError as error:
        article = _empty_article(work)
        _warn(work, error.message)
    work.article = _with_published(article, work.raw.published)


@register_stage("as_is", requires=["raw"], assigns=["text", "article"])
def as_is(work: Work, context: Context) -> None:
    """The input taken as the body exactly as given (offsets point into it)."""
    content = work.raw.content
    text = decode_bytes(content, source=work.source)[0] if isinstance(content, bytes) else content
    if not text.strip():
        raise EmptyInputError("holds no text (empty or whitespace only)")
    work.text = text
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    article = Article(
        id=article_id(text), source=work.source, url=work.raw.url, text=text, paragraphs=paragraphs
    )
    work.article = _with_published(article, work.raw.published)


@register_stage("language", requires=["article"], assigns=["language_ok"])
def language(work: Work, context: Context) -> None:
    """Detect the body's language; other languages than the model's are cleaned only."""
    assert work.article is not None
    guess = detect_language(work.article.text)
    settings = context.settings
    if guess is None or guess.confidence < settings.min_language_confidence:
        work.article.language = work.article.language or settings.language
        return
    work.article.language = guess.code
    if guess.code != settings.language:
        work.language_ok = False
        message = (
            f"article is in '{guess.code}' (confidence {guess.confidence:.2f}); "
            f"the '{settings.language}' annotators were skipped"
        )
        _warn(work, message)


@register_stage("parse", requires=["article", "language_ok"], assigns=["doc"], batched=True)
def parse(works: list[Work], context: Context) -> None:
    """Run spaCy over the bodies of a whole batch with ``nlp.pipe``."""
    ready = []
    for work in works:
        assert work.article is not None
        if len(work.article.text) > MAX_BODY_CHARS:
            work.error = InputTooLargeError(
                f"body has {len(work.article.text):,} characters, over the {MAX_BODY_CHARS:,} spaCy can parse",
                source=work.source,
            )
        elif work.language_ok:
            ready.append(work)
        else:
            work.skipped.add("parse")
    if not ready:
        return
    nlp = context.nlp
    info = model_info(nlp)
    texts = [work.article.text for work in ready if work.article is not None]
    try:
        docs: list[Doc | None] = list(nlp.pipe(texts, batch_size=context.settings.batch_size))
    except Exception:  # one text broke the batch: parse one by one to find it
        docs = [_parse_one(nlp, work, text) for work, text in zip(ready, texts, strict=True)]
    for work, doc in zip(ready, docs, strict=True):
        work.doc = doc
        work.model = info if doc is not None else None


@register_stage("entities", requires=["doc", "article"], assigns=["entities"])
def entities(work: Work, context: Context) -> None:
    """Named entities merged across aliases, with ISO country codes (from the text, else from
    the actor base on the publication date)."""
    if work.doc is None:
        work.skipped.add("entities")
        return
    published = work.article.published if work.article is not None else None
    work.entities = extract_entities(work.doc, published, context.actors)


@register_stage("times", requires=["doc", "article"], assigns=["times"])
def times(work: Work, context: Context) -> None:
    """Dates, times, durations and sets, normalised against the publication date."""
    if work.doc is None or work.article is None:
        work.skipped.add("times")
        return
    work.times = extract_times(work.doc, work.article.published)
    if work.times and not work.article.published and any(t.relative for t in work.times):
        work.warnings.append(
            "no publication date known: relative time expressions are left unresolved"
        )


@register_stage("places", requires=["doc", "article", "entities"], assigns=["places"])
def places(work: Work, context: Context) -> None:
    """Every place mention resolved to GeoNames (id, point, region, country), with its reason."""
    if work.doc is None:
        work.skipped.add("places")
        return
    url = work.article.url if work.article is not None else None
    work.places = extract_places(work.doc, work.entities, url)


@register_stage("counts", requires=["doc"], assigns=["counts"])
def counts(work: Work, context: Context) -> None:
    """Counts with what they count (dead, injured, arrested, troops...); no age, date or address."""
    if work.doc is None:
        work.skipped.add("counts")
        return
    work.counts = extract_counts(work.doc)


@register_stage("quotes", requires=["doc", "entities"], assigns=["quotes"])
def quotes(work: Work, context: Context) -> None:
    """Attributions: who says what, through which channel, and how sure."""
    if work.doc is None:
        work.skipped.add("quotes")
        return
    work.quotes = extract_quotes(work.doc, work.entities)


@register_stage(
    "events",
    requires=["doc", "article", "entities", "times", "places", "counts", "quotes"],
    assigns=["events"],
)
def events(work: Work, context: Context) -> None:
    """Events coded in PLOVER: actor, type, target, date, place, counts, modality, evidence."""
    if work.doc is None or work.article is None:
        work.skipped.add("events")
        return
    work.events = extract_events(
        work.doc,
        work.entities,
        work.times,
        work.quotes,
        work.article.published,
        work.places,
        work.counts,
    )


def _parse_one(nlp: Language, work: Work, text: str) -> Doc | None:
    """Parse one text; a failure is that article's error, never the batch's."""
    try:
        return nlp(text)
    except Exception as error:
        work.error = InternalError(
            f"spaCy failed on this text ({type(error).__name__}: {error})", source=work.source
        )
        return None


def _with_published(article: Article, published: str | None) -> Article:
    """A publication time given by the caller overrides the one read from the page."""
    if published:
        try:
            article.published = parse_iso(published)
        except ValueError as error:
            raise InputError(
                f"published '{published}' is not an ISO 8601 date or datetime"
            ) from error
    return article


def _empty_article(work: Work) -> Article:
    """The record of a page with no body: metadata-free, empty text, and a warning beside it."""
    return Article(id=article_id(""), source=work.source, url=work.raw.url)


def _warn(work: Work, message: str) -> None:
    """Kept in the record, and logged (the CLI prints the ``wirewatch`` log on stderr)."""
    work.warnings.append(message)
    LOG.warning("%s: %s", work.source or "input", message)
