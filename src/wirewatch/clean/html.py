"""An HTML page -> a clean :class:`Article`: metadata, body, captions, related links, removed blocks."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

import lxml.html

from ..errors import NoArticleError
from ..ingest.decode import normalise_text
from ..model import Article, Caption, RelatedLink
from .author_box import author_box_span, is_author_note
from .blocks import TERMINAL_PUNCTUATION, WORD, reader_address
from .captions import is_bare_credit, is_credit_line, labelled_caption
from .classify import (
    ALWAYS_FURNITURE,
    CUE_ALWAYS_WINS_WORDS,
    MIN_READER_ADDRESS_TO_SPREAD,
    appeal_kind,
    split_joined_notice,
)
from .copies import copy_positions, pull_quote_positions
from .dates import parse_date_line, plausible_date
from .header import BYLINE_PREFIX, FIELD_SEPARATOR, is_header_line, parse_byline
from .html_body import extract_body, fallback_body, reads_like_body
from .html_breaks import join_broken_sentences, join_drop_caps, lay_out_white_space
from .html_furniture import find_captions, removed_blocks, render_page
from .html_layout import split_layout_cells, unlist_columns, wrap_loose_text
from .html_links import LIST_MARKER, split_headline_lines, without_link_bars
from .html_metadata import PageMetadata, read_metadata
from .html_parse import nesting_depth, parse_html, remove_invisible
from .html_story import without_trailing_blocks
from .language import detect_language
from .lexicon import agency_pattern, boilerplate_kind, has_cue_of
from .related import labelled_links, related_title
from .story_notes import FIRST_PUBLISHED, closing_note_positions
from .text import article_id
from .zones import is_media_teaser, is_unrendered_template

LOG = logging.getLogger(__name__)
MIN_REPEATED_WORDS = 8  # a paragraph this long said twice in a row is a pull quote
MAX_CLOSING_APPEALS = 3  # paragraphs read from the end for a closing appeal
MAX_OPENING_APPEALS = 2  # and from the start, for one set above the story
MAX_APPEAL_HEADING_WORDS = 8
DEEPEST_READ = 2_000  # elements deep: the extractors recurse, and Python stops them near here


def clean_html(
    html: str,
    *,
    source: str | None = None,
    url: str | None = None,
    audit: bool = True,
    warnings: list[str] | None = None,
) -> Article:
    """Clean one page; raises :class:`NoArticleError` when no body text is found.

    With ``audit=False`` the page is not rendered a second time for the
    furniture pass: ``removed`` and ``related`` stay empty, and the page
    costs about a quarter less (for backfills where nobody reads them).
    A body taken from a fallback extractor (the main one found nothing, or
    a sliver) is said in ``warnings`` when a list is given, and logged.
    """
    tree = parse_html(html, source=source)
    metadata = read_metadata(tree, url)  # before scripts go: JSON-LD lives in them
    if metadata.front_page:
        raise NoArticleError(f"not an article: {metadata.front_page}", source=source)
    remove_invisible(tree)
    lay_out_white_space(tree)
    join_broken_sentences(tree)
    unlist_columns(tree)
    wrap_loose_text(tree)
    body = extract_body(tree, url)
    story = _story(tree, body.paragraphs, metadata, url)
    if story.no_body_reason and body.warning is None:
        body = fallback_body(tree, url, "trafilatura's text was all page furniture")
        story = _story(tree, body.paragraphs, metadata, url) if body.paragraphs else story
    if story.no_body_reason:
        raise NoArticleError(story.no_body_reason, source=source)
    if body.warning:
        _warn(body.warning, source, warnings)
    paragraphs, authors, inline_related = story.paragraphs, story.authors, story.related
    text = "\n\n".join(paragraphs)
    captions = find_captions(tree)
    shown = {caption.text for caption in captions}
    captions += [caption for caption in story.captions if caption.text not in shown]
    blocks, related = render_page(tree, metadata.canonical_url or url) if audit else ([], [])
    related = inline_related + [
        r for r in related if r.title not in {i.title for i in inline_related}
    ]
    subtitle = (
        metadata.subtitle
        if metadata.subtitle and not _is_teaser(metadata.subtitle, text, paragraphs)
        else None
    )
    kept = paragraphs + [c.text for c in captions] + [r.title for r in related]
    kept += [value for value in (metadata.title, subtitle) if value]
    return Article(
        id=article_id(text),
        source=source,
        url=metadata.canonical_url or url,
        title=metadata.title,
        subtitle=subtitle,
        authors=authors,
        published=story.published,
        language=metadata.language or _detected_language(text),
        text=text,
        paragraphs=paragraphs,
        captions=captions,
        related=related,
        removed=removed_blocks(blocks, kept),
    )


@dataclass
class Story:
    """The body's paragraphs with the page's furniture taken out, and what came with them."""

    paragraphs: list[str]
    authors: list[str]
    published: str | None
    captions: list[Caption]  # captions the extractor set among the paragraphs
    related: list[RelatedLink]
    no_body_reason: str | None = None  # why these paragraphs are no article's body


def _story(
    tree: lxml.html.HtmlElement, body: list[str], metadata: PageMetadata, url: str | None
) -> Story:
    """The extractor's paragraphs less the furniture it took along (each step's docstring
    says which), and why they are no body when none is left, or none reads as one on a
    page that does not say it is an article (a short story's page that says so keeps its
    short lines: a picture story, a brief)."""
    story = without_trailing_blocks(tree, body)
    paragraphs = [_cell_text(normalise_text(paragraph)) for paragraph in story]
    paragraphs = split_layout_cells(paragraphs, tree)
    paragraphs = join_drop_caps(paragraphs, tree, metadata.language)
    paragraphs = _without_headline(paragraphs, metadata.title)
    authors = _authors(metadata, paragraphs)
    published = metadata.published or _header_date(paragraphs)
    paragraphs = _without_header_lines(paragraphs, metadata.language)
    paragraphs, inline_related = _without_related_lines(paragraphs, tree)
    paragraphs, listed = split_headline_lines(paragraphs, tree, url)
    paragraphs = without_link_bars(paragraphs, tree)
    paragraphs = _without_furniture_lines(paragraphs)
    paragraphs = _without_notes(paragraphs, authors)
    paragraphs, captions = _without_captions(paragraphs)
    paragraphs = _without_opening_appeals(paragraphs)
    paragraphs = _without_closing_appeals(paragraphs)
    paragraphs = _without_closing_notes(paragraphs)
    paragraphs = [
        paragraph
        for paragraph in paragraphs
        if not is_media_teaser(paragraph) and not is_unrendered_template(paragraph)
    ]
    paragraphs = _without_repeats(paragraphs)
    paragraphs = _without_copies(paragraphs)  # first: a copy holds every paragraph
    paragraphs = _without_pull_quotes(paragraphs)
    reason = None
    if not paragraphs:
        reason = _no_body_reason(tree)
    elif not metadata.claims_article and not reads_like_body("\n".join(paragraphs)):
        reason = (
            "no article body found in the page: none of its text is a paragraph of a sentence's"
            " length (a list of links, a forum's index, an agenda)"
        )
    return Story(paragraphs, authors, published, captions, inline_related + listed, reason)


def _warn(message: str, source: str | None, warnings: list[str] | None) -> None:
    """Kept beside the record when the caller collects warnings, and logged either way."""
    if warnings is not None:
        warnings.append(message)
    LOG.warning("%s: %s", source or "input", message)


def _cell_text(paragraph: str) -> str:
    """A table row of one cell is its text: the extractor writes each row between bars
    ("| KABUL, Afghanistan (AP) -- ... |"), and a page laid out in a table (an old wire
    site's) sets its whole story in one cell, perhaps beside empty ones. A row of several
    cells with text keeps its bars."""
    if not (paragraph.startswith("|") and paragraph.endswith("|")):
        return paragraph
    cells = [cell.strip() for cell in paragraph.strip("|").split(" | ")]
    filled = [cell for cell in cells if cell and cell != "|"]
    return filled[0] if len(filled) == 1 else paragraph


def _without_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The body without the headline the extractor took along from the article's <h1>
    (the title is kept apart, and offsets should point at the story, not at it twice)."""
    if not title:
        return paragraphs
    headline = " ".join(title.split()).casefold()
    return [
        paragraph
        for position, paragraph in enumerate(paragraphs)
        if position >= 2 or " ".join(paragraph.split()).casefold() != headline
    ]


# A line drawn with signs between sections ("-------------", "* * *", "❄ ❄ ❄", "—", "|  |  |"):
# no word, and no bracket, which code has ("}", ">>>" stay). AP's "___" is left: it is a
# word to the scorer, and article-extraction's gold keeps it (four kept pages fell).
RULE_LINE = re.compile(r"^[^\w(){}\[\]<>]*$")


def _without_furniture_lines(paragraphs: list[str]) -> list[str]:
    """Short lines the extractor kept that the boilerplate lexicon names ("Sign up for our
    emails", "Read More", "Auch interessant", "© 2025 ..."): the text cleaner's rule, where
    a cue wins over a block this short (measured: +0.0005 and +0.0002 F1 on the tuned parts
    of article-extraction and news-metadata-fundus, 21 lines, none of them body); and the
    rules drawn between sections (:data:`RULE_LINE`)."""
    return [
        paragraph
        for paragraph in paragraphs
        if not RULE_LINE.match(paragraph)
        and (
            _has_more_words(paragraph, CUE_ALWAYS_WINS_WORDS)
            or boilerplate_kind(paragraph.removeprefix(LIST_MARKER)) is None
        )
    ]


MAX_HEADER_LINES = 3
MAX_HEADER_LINE_WORDS = 20  # the text cleaner's bound for a byline (text.MAX_BYLINE_WORDS)


def _without_header_lines(paragraphs: list[str], language: str | None) -> list[str]:
    """The body without the header's date, time and byline lines that the extractor took
    along at its top ("05.08.2024, 20:59 Uhr", "sexta-feira, 22 de janeiro de 2018 às 0:13",
    "von Manuela Conrad", "5:45 AM PST 11/19/2019 by Patrick Shanley", "Online seit heute,
    7.57 Uhr"), and the line that says how long the story takes to read ("Tempo de leitura:
    2 minutos").

    The text cleaner's test of a header's line (:func:`.header.is_header_line`), asked of
    the first paragraphs only, and of short
    ones: a story's sentence is neither a date nor a byline, and its fields are not split
    apart ("The talks - held on 12 May 2024 - ended").  The date and authors are read from
    the markup, so nothing is lost.
    """
    return [
        paragraph
        for position, paragraph in enumerate(paragraphs)
        if position >= MAX_HEADER_LINES
        or _has_more_words(paragraph, MAX_HEADER_LINE_WORDS)
        or not is_header_line(paragraph, language)
    ]


def _authors(metadata: PageMetadata, paragraphs: list[str]) -> list[str]:
    """The markup's authors; when it names no person, those of a "By ..." line at the
    story's top.

    A page that puts only its own name in the author fields may still sign the story
    in its text ("By Urs Gehriger and Florian Schwab" under the headline on Die
    Weltwoche, whose markup says "Weltwoche"): the text cleaner reads such a line as
    the byline, and so does this.  Only a line with the word for "by" counts (two
    names alone may be the story's subjects), and only one of the header's lines
    (:func:`_without_header_lines` takes it out of the body).
    """
    if metadata.authors and not metadata.authors_are_publisher:
        return metadata.authors
    for part in _header_fields(paragraphs):
        names = parse_byline(part, metadata.language) if BYLINE_PREFIX.match(part) else None
        if names:
            return names
    return metadata.authors


def _header_date(paragraphs: list[str]) -> str | None:
    """The publication date a line at the story's top states, for a page whose markup
    gives none ("23.01.2019" under Die Weltwoche's headline): the text cleaner's reading of
    a header's date line (:func:`.dates.parse_date_line`), not an update's time."""
    for part in _header_fields(paragraphs):
        date = parse_date_line(part)
        if date is not None and not date.is_update:
            return plausible_date(date.value)
    return None


def _header_fields(paragraphs: list[str]) -> Iterator[str]:
    """The fields of the header's lines the extractor took along at the story's top (the
    first short paragraphs, split at their separators: "Jane Doe | 23.01.2019")."""
    for paragraph in paragraphs[:MAX_HEADER_LINES]:
        if not _has_more_words(paragraph, MAX_HEADER_LINE_WORDS):
            yield from FIELD_SEPARATOR.split(paragraph)


def _has_more_words(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` words, reading no further than that
    (counting every word of every paragraph was most of the furniture-line filter's time)."""
    return next(islice(WORD.finditer(text), limit, None), None) is not None


def _without_notes(paragraphs: list[str], authors: list[str]) -> list[str]:
    """The body without picture credits alone on a line ("Foto: Lisa Mattisson", "Courtesy
    G4", "IMAGO/ZUMA Press") and the
    author box ("About the author", "Jane Doe is a freelance journalist ..."): the text
    cleaner's rules (:mod:`.captions`, :func:`.author_box.author_box_span`,
    :func:`.author_box.is_author_note`)."""
    span = author_box_span(
        [paragraph.removeprefix(LIST_MARKER) for paragraph in paragraphs], authors
    )
    if span is not None:
        paragraphs = paragraphs[: span.start] + paragraphs[span.stop :]
    return [
        paragraph
        for paragraph in paragraphs
        if not is_credit_line(paragraph)
        and not _is_named_credit(paragraph)
        and not is_author_note(paragraph, authors)
    ]


def _is_named_credit(paragraph: str) -> bool:
    """A credit with neither label nor caption that names an agency or says whose courtesy
    the picture is ("Reuters", "Courtesy G4", "AP Photo/Evan Vucci"): the text cleaner's
    bare credit (:func:`.captions.is_bare_credit`) takes a section's heading of capitalised
    words with "Images" or a slash in it too ("Uploading Images", "Credits / Thanks")."""
    return is_bare_credit(paragraph) and (
        paragraph.casefold().startswith("courtesy")
        or agency_pattern().search(paragraph) is not None
    )


def _without_captions(paragraphs: list[str]) -> tuple[list[str], list[Caption]]:
    """The body without the captions the extractor took for paragraphs, and those captions:
    a paragraph that ends in a picture's label and credit ("... Bild: dpa", "... Photo: AP",
    :func:`.captions.labelled_caption`) is a caption set in the story's flow, outside a
    ``<figcaption>``."""
    kept: list[str] = []
    captions: list[Caption] = []
    for paragraph in paragraphs:
        parts = labelled_caption(paragraph)
        if parts is None:
            kept.append(paragraph)
        else:
            captions.append(Caption(text=parts[0], credit=parts[1]))
    return kept, captions


def _without_opening_appeals(paragraphs: list[str]) -> list[str]:
    """The body without the appeal a page sets above the story ("Are you in the grips of
    the storm? Please share your videos, pictures and stories"): a story's lead tells
    the news, it does not ask the reader for anything (:func:`.classify.appeal_kind`);
    nor does it say where it first appeared ("This article originally appeared on VICE
    US.", :data:`.story_notes.FIRST_PUBLISHED`), a note a site may set above it too."""
    start = 0
    while start < min(MAX_OPENING_APPEALS, len(paragraphs) - 1) and (
        appeal_kind(paragraphs[start]) or FIRST_PUBLISHED.match(paragraphs[start])
    ):
        start += 1
    return paragraphs[start:]


def _without_closing_appeals(paragraphs: list[str]) -> list[str]:
    """The body without the appeal the page closes it with ("... Dann machen Sie mit und
    unterstützen Sie unsere Aktion. Jetzt unterstützen", "Sign up for our newsletter to get
    ... delivered to your inbox") and the heading over it.

    The text cleaner's rule (:data:`.classify.SPREADING_KINDS`): an appeal to
    donate, subscribe, sign up or log in that speaks to the reader is furniture.
    The extractor often joins the appeal's button to its paragraph, so each
    sentence is looked up alone; only the last paragraphs are read, from the
    end, as a story does not close with a sentence the cues name. What follows
    the appeal goes with it when it, too, speaks to the reader ("If you enjoyed
    this article ...") or is a heading. A legal notice joined to the story's last
    paragraph (a wire copy's "Copyright 2026 The Associated Press. All rights reserved.")
    is split off first, so the paragraph does not go with it.
    """
    closing = [
        part
        for paragraph in paragraphs[-MAX_CLOSING_APPEALS:]
        for part in split_joined_notice(paragraph)
    ]
    paragraphs = paragraphs[:-MAX_CLOSING_APPEALS] + closing
    end = len(paragraphs)
    first = max(1, len(paragraphs) - MAX_CLOSING_APPEALS)
    # From the end: the earliest appeal with nothing but appeals, lines to the reader and
    # headings after it (a story's last paragraph ends the walk at once: one lookup a page).
    for position in range(len(paragraphs) - 1, first - 1, -1):
        paragraph = paragraphs[position]
        if _is_appeal(paragraph):
            end = position
        elif not (_speaks_to_reader(paragraph) or _is_heading(paragraph)):
            break
    if end == len(paragraphs):
        return paragraphs
    if end > 1 and _is_heading(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def _is_appeal(paragraph: str) -> bool:
    """An appeal that speaks to the reader, or a legal notice (a disclaimer, a copyright
    or consent notice: :data:`.classify.ALWAYS_FURNITURE`), which never is news."""
    if has_cue_of(paragraph, ALWAYS_FURNITURE):
        return True
    return appeal_kind(paragraph) is not None


def _speaks_to_reader(paragraph: str) -> bool:
    return reader_address(paragraph) >= MIN_READER_ADDRESS_TO_SPREAD


def _is_heading(paragraph: str) -> bool:
    """A heading or a label over what follows ("Bitte beachten:"), not a sentence."""
    end = paragraph.rstrip()
    return len(paragraph.split()) <= MAX_APPEAL_HEADING_WORDS and (
        end.endswith(":") or not end.endswith(TERMINAL_PUNCTUATION)
    )


def _without_closing_notes(paragraphs: list[str]) -> list[str]:
    """The body without the credit, contact and follow notes after the story
    (:mod:`.story_notes`)."""
    notes = closing_note_positions(paragraphs)
    return [paragraph for position, paragraph in enumerate(paragraphs) if position not in notes]


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """A paragraph said twice in a row once: a story does not repeat itself at once, a page
    does (a pull quote set beside the paragraph it repeats). Only sentences, and only the
    next paragraph: tables, plans and interviews repeat short lines and questions further
    apart, and those are body."""
    kept: list[str] = []
    previous: str | None = None  # the last kept paragraph, as compared
    for paragraph in paragraphs:
        words = paragraph.split()
        said = " ".join(words).casefold()
        if said == previous and len(words) >= MIN_REPEATED_WORDS:
            continue
        kept.append(paragraph)
        previous = said
    return kept


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The body without pull quotes, sentences of the story set again beside it
    (:func:`.copies.pull_quote_positions`)."""
    return _without_positions(paragraphs, pull_quote_positions(paragraphs))


def _without_copies(paragraphs: list[str]) -> list[str]:
    """The body without a paragraph that runs the story's own paragraphs together (a print
    or search copy left in the markup, :mod:`.copies`): the story, once."""
    return _without_positions(paragraphs, copy_positions(paragraphs))


def _without_positions(paragraphs: list[str], positions: set[int]) -> list[str]:
    return [paragraph for position, paragraph in enumerate(paragraphs) if position not in positions]


def _without_related_lines(
    paragraphs: list[str], tree: lxml.html.HtmlElement
) -> tuple[list[str], list[RelatedLink]]:
    """ "Related: <a>...</a>" lines inside the story are links to other articles, not body
    (the same rule as for text pages, :mod:`.related`); their address is the link's."""
    body: list[str] = []
    links: list[RelatedLink] = []
    labelled = labelled_links(paragraphs)
    for position, paragraph in enumerate(paragraphs):
        title = related_title(paragraph) or labelled.get(position)
        if title is None or len(body) == 0:
            body.append(paragraph)
            continue
        links.append(RelatedLink(title=title, url=_href_of(tree, title)))
    return body, links


def _href_of(tree: lxml.html.HtmlElement, text: str) -> str | None:
    """The address of the page's first link whose text is ``text``."""
    for anchor in tree.iter("a"):
        if " ".join(anchor.text_content().split()) == text and anchor.get("href"):
            return str(anchor.get("href")).strip()
    return None


def _detected_language(text: str) -> str | None:
    guess = detect_language(text)
    return guess.code if guess else None


def _is_teaser(description: str, body: str, paragraphs: list[str]) -> bool:
    """A meta description that only repeats the start of the body is no standfirst: its
    opening found in the body as it stands, or nearly all its words in the first
    paragraphs (a site's prompt before the lead, "Read '...' on Yahoo! News.", a word
    changed: "esperan" for "aguardan")."""
    start = description.rstrip(".… ").strip()
    if len(start) > 20 and start[: min(len(start), 120)] in body:
        return True
    if not paragraphs:
        return False
    words = Counter(WORD.findall(description.casefold()))
    lead = Counter(WORD.findall(paragraphs[0].casefold()))
    opening = Counter(WORD.findall(" ".join(paragraphs[:OPENING_PARAGRAPHS]).casefold()))
    return (
        sum(lead.values()) >= MIN_TEASER_WORDS
        and _share(lead, words) >= LEAD_IN_DESCRIPTION
        and _share(words, opening) >= DESCRIPTION_IN_OPENING
    )


def _share(part: Counter[str], whole: Counter[str]) -> float:
    """How much of ``part``'s words ``whole`` holds."""
    return sum((part & whole).values()) / max(1, sum(part.values()))


# A description is the lead again when it holds nearly all the first paragraph's words and
# most of its own words are in the first paragraphs: a standfirst that sums the story up
# in the lead's words holds few of the lead's.
LEAD_IN_DESCRIPTION = 0.9
DESCRIPTION_IN_OPENING = 0.8
OPENING_PARAGRAPHS = 3
MIN_TEASER_WORDS = 5


def _no_body_reason(tree: lxml.html.HtmlElement) -> str:
    """Why no body was found, as precisely as it is known (for the ingest log)."""
    depth = nesting_depth(tree)
    if depth > DEEPEST_READ:
        return (
            f"no article body found in the page: its markup is nested more than "
            f"{DEEPEST_READ:,} elements deep, deeper than the extractors read"
        )
    return "no article body found in the page"
