"""Plain text that still carries page junk -> a clean :class:`Article`.

The steps, in order: split into blocks; take out captions and related links
(they have a shape of their own); classify the rest as body or furniture;
find the body span; read title, standfirst, byline and date from what comes
before it; and keep every removed block with the reason it was removed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence

from ..errors import NoArticleError
from ..model import Article, BoilerplateKind, Caption, RelatedLink, RemovedBlock
from .author_box import author_box_span, is_author_note
from .blocks import (
    LETTER,
    STORY_PARAGRAPH_WORDS,
    Block,
    BlockClass,
    is_story_paragraph,
    make_blocks,
    stopwords_for,
)
from .captions import is_bare_credit, mark_captions
from .classify import (
    STOPWORDS_LOW,
    body_span,
    classify_blocks,
    split_joined_notice,
)
from .copies import copy_positions
from .dates import date_in_url, is_time_line, parse_date_line, plausible_date
from .header import (
    LEAD_PARAGRAPHS,
    Header,
    is_byline_with_date,
    is_date_line,
    is_date_or_prefixed_byline,
    is_header_line,
    is_reading_time,
    parse_byline,
    read_header,
)
from .language import detect_language
from .lists import (
    extend_announced_sentences,
    extend_introduced_lists,
    extend_to_closing_note,
    mark_headline_lists,
)
from .next_article import next_article_start
from .related import mark_related, related_tail_start, without_hover_cards
from .story_notes import closing_note_positions, ends_story, is_broadcast_note
from .zones import FEED_TIMESTAMP, comment_start, is_media_teaser, mark_zones, media_summaries

LOG = logging.getLogger(__name__)
MAX_LEADING_HEADLINE_WORDS = 40
MIN_HEADLINE_WORDS = 4
# The byline stands before the story (after a standfirst or caption, which are shorter).
MAX_PARAGRAPHS_BEFORE_BYLINE = 0
MAX_PARAGRAPHS_BEFORE_FULL_BYLINE = 1
MAX_BYLINE_WORDS = 20
# Paragraphs of the story proper; standfirsts, captions and prompts are shorter.
MIN_STORY_PARAGRAPH_WORDS = 25
# Scripts written without spaces between words: a stop-word share means nothing there.
UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "lo", "km", "my"})
MIN_WORDS_FOR_STOPWORD_CHECK = 20
# A date line alone is short ("Online seit heute, 7.57 Uhr"); longer lines with a date are news.
MAX_DATE_LINE_WORDS = 6
DATE_SEARCH_LINES = 12  # lines from the top of the body span searched for its date
# What the record's warnings say when the first reading found no body and a later one did.
WITHOUT_REGIONS = (
    "every line looked like furniture once comment, feed and teaser regions were "
    "marked; the body is read without them"
)
WITHOUT_LONG_CUES = (
    "every line looked like furniture, long paragraphs whose words a cue names among "
    "them; the body is read without the region rules, those paragraphs judged as text"
)
# Sentences between the body span and the text's first or last line that are the story's.
MAX_EDGE_SENTENCES = 2
MIN_INNER_SENTENCE_WORDS = 6  # a sentence inside the story: a caption's label is shorter
QUOTE_OPENERS = frozenset("\"“„«‘'")
# A note that closes the story ends it only below this many words of it (two paragraphs).
MIN_WORDS_ABOVE_NOTE = 50
KEPT_ROLES = frozenset({"title", "subtitle", "byline", "date", "caption", "related"})


def clean_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    language_hint: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """Split page text into header, body, captions, related links and removed furniture.

    The region rules (comment threads, feeds and lists of teasers, :mod:`.zones`) read a
    page by its repeated markers; where they leave no body at all (a breaking-news item
    under its own byline and date, in a feed of others signed the same way), the page is
    read again without them. Where that leaves none either, it is read once more with
    long paragraphs judged as text whatever appeal a cue finds in them (a story about
    organ donors that says "you" once). Either is said in ``warnings`` when a list is
    given: a body read so is the best candidate, not a sure one.
    """
    language = _language_of(text) or language_hint
    try:
        return _clean(text, language, source, url, mark_regions=True)
    except NoArticleError:
        pass
    try:
        article = _clean(text, language, source, url, mark_regions=False)
        message = WITHOUT_REGIONS
    except NoArticleError:  # the last reading's error is the page's
        article = _clean(text, language, source, url, mark_regions=False, long_cues=False)
        message = WITHOUT_LONG_CUES
    if warnings is not None:
        warnings.append(message)
    LOG.warning("%s: %s", source or "input", message)
    return article


def _clean(
    text: str,
    language: str | None,
    source: str | None,
    url: str | None,
    *,
    mark_regions: bool,
    long_cues: bool = True,
) -> Article:
    blocks = make_blocks(without_hover_cards(text), language, split_line=split_joined_notice)
    captions = mark_captions(blocks)
    related = mark_related(blocks)
    has_stopwords = stopwords_are_informative(blocks, language)
    classify_blocks(blocks, has_stopwords=has_stopwords, long_cues=long_cues, language=language)
    if mark_regions:
        mark_zones(blocks)
        mark_headline_lists(blocks)
    _restore_sentences_between_paragraphs(blocks)
    start, end = _to_the_edges(blocks, *body_span(blocks))
    end = extend_introduced_lists(blocks, end)
    end = extend_announced_sentences(blocks, end)
    end = extend_to_closing_note(blocks, end)
    end = comment_start(blocks, start, end) or end
    start = _move_leading_headlines(blocks, start, end)
    start = _move_body_before_byline(blocks, start, end, language)
    end = next_article_start(blocks, start, end) or end
    end = related_tail_start(blocks, start, end) or end
    end = _closing_note_end(blocks, start, end) or end
    header = read_header(blocks[:start], language, _lead(blocks, start, end))
    if header.published is None:
        header.published = _date_atop_the_story(blocks, start, end)
    if header.published is None:  # the text shows none; a news page's address often does
        header.published = plausible_date(date_in_url(url))
    body = [
        block for block in blocks[start:end] if block.klass is BlockClass.GOOD and not block.role
    ]
    # The author box ("Jane Doe is a freelance journalist ..."), under its heading first (a
    # note taken alone would leave "About the author" behind), and lines left inside the
    # story by a teaser, a ranking or a picture ("12:28 Uhr", "3", "IMAGO/ZUMA Press").
    body = _without_author_box(body, header.authors)
    body = _without_media_summaries(body, blocks)
    body = _without_metadata(body, lambda text: is_author_note(text, header.authors))
    body = _without_metadata(body, is_metadata_line)
    body, writers = _without_header_lines(body, language)
    header.authors = header.authors or writers
    body = _without_copies(body)
    body = _without_closing_notes(body)
    body = _without_author_box(body, header.authors)
    body = _without(body, is_media_teaser, BoilerplateKind.RELATED_LINKS)
    if not body:
        raise NoArticleError(
            "no article body found: every line looks like page furniture", source=source
        )
    for block in body:
        block.role = "body"
    return _assemble(blocks, body, header, captions, related, language, source, url)


def _lead(blocks: Sequence[Block], start: int, end: int) -> list[str]:
    """The story's first paragraphs, which its headline sums up."""
    lead = [
        block.text
        for block in blocks[start:end]
        if block.klass is BlockClass.GOOD
        and not block.role
        and block.words >= STORY_PARAGRAPH_WORDS
    ]
    return lead[:LEAD_PARAGRAPHS]


def _to_the_edges(blocks: Sequence[Block], start: int, end: int) -> tuple[int, int]:
    """The span, with the sentences between it and the text's first or last line: where
    nothing but a sentence or two stands between the story and the edge of the text, no
    furniture does, and they are the story's (a lead or a last line dense with names and
    figures, which few stop words made furniture: "Jayark Corp. agreed to pay $4 million
    in cash ...")."""
    if 0 < start <= MAX_EDGE_SENTENCES and all(map(_is_plain_sentence, blocks[:start])):
        for block in blocks[:start]:
            block.klass = BlockClass.GOOD
        start = 0
    tail = blocks[end:]
    if 0 < len(tail) <= MAX_EDGE_SENTENCES and all(map(_is_plain_sentence, tail)):
        for block in tail:
            block.klass = BlockClass.GOOD
        end = len(blocks)
    return start, end


def _restore_sentences_between_paragraphs(blocks: Sequence[Block]) -> None:
    """Sentences between two paragraphs that the classifier called furniture for their
    few stop words ("Emerging market stocks rose 0.48%. MSCI's broadest index ...",
    "Long-dated U.S. Treasury yields slipped as risk appetite weakened."): with nothing but
    such sentences between them and the paragraphs around them, they are the text's own, if
    one of them has a paragraph's length (a picture's caption alone there is shorter).
    Before the body's span is chosen, which they would otherwise split in two. Only the
    classifier's own verdict is undone, not a cue's or a region rule's."""
    run: list[Block] = []
    after_paragraph = False
    for block in blocks:
        if block.role or block.neutral:
            continue
        if block.klass is BlockClass.GOOD:
            if after_paragraph and any(b.words >= STORY_PARAGRAPH_WORDS for b in run):
                for sentence in run:
                    sentence.klass = BlockClass.GOOD
            run, after_paragraph = [], True
        elif after_paragraph and _is_inner_sentence(block):
            run.append(block)
        else:
            run, after_paragraph = [], False


def _is_inner_sentence(block: Block) -> bool:
    text = block.text.rstrip()
    return (
        block.klass is BlockClass.BAD
        and _no_rule_claims(block)
        and block.words >= MIN_INNER_SENTENCE_WORDS
        and (text[:1].isupper() or text[:1] in QUOTE_OPENERS)
        and text.endswith((".", "!", "?", '."', ".”", "?”", '?"', "!”", '!"'))
    )


def _no_rule_claims(block: Block) -> bool:
    """No cue names the line furniture, no region rule marked it, no role or list holds it:
    whatever its class, the classifier alone gave it."""
    return (
        block.cue is None
        and block.kind in (None, BoilerplateKind.OTHER)
        and not block.role
        and not block.list_item
    )


def _is_plain_sentence(block: Block) -> bool:
    """A line of a sentence or more that names no furniture, nor was found to be any by
    a region rule (a teaser, a paragraph shown twice): capital first, full stop last."""
    text = block.text
    return (
        _no_rule_claims(block)
        and block.words >= STORY_PARAGRAPH_WORDS
        and text[:1].isupper()
        and text.rstrip().endswith((".", "!", "?", '."', ".”"))
    )


def _date_atop_the_story(blocks: Sequence[Block], start: int, end: int) -> str | None:
    """A publication date alone on a line among the story's first lines, when the header
    above it had none: pages set the date under the standfirst, which reads as body."""
    for block in blocks[start : min(end, start + DATE_SEARCH_LINES)]:
        found = parse_date_line(block.bare) if not block.role else None
        if found is not None and not found.is_update:
            block.role = "date"
            return found.value
    return None


def _without_media_summaries(body: list[Block], blocks: list[Block]) -> list[Block]:
    """The body without the videos' summaries set among its paragraphs, each above its
    clip's date and running time on the page (:func:`.zones.media_summaries`; the stamp
    itself may have left the body already): links to other pages."""
    summaries = {id(blocks[position]) for position in media_summaries([b.bare for b in blocks])}
    positions = {position for position, block in enumerate(body) if id(block) in summaries}
    return _without_positions(body, positions, BoilerplateKind.RELATED_LINKS)


def _without_metadata(body: list[Block], is_metadata: Callable[[str], object]) -> list[Block]:
    """The body without the blocks ``is_metadata`` names, which are marked as metadata."""
    return _without(body, is_metadata, BoilerplateKind.METADATA)


def _without(
    body: list[Block], is_furniture: Callable[[str], object], kind: BoilerplateKind
) -> list[Block]:
    """The body without the blocks ``is_furniture`` names, which are marked as ``kind``
    (a video teaser's caption, :data:`.zones.MEDIA_TEASER`, is a link to another page)."""
    kept = []
    for block in body:
        if is_furniture(block.bare):
            block.klass, block.kind = BlockClass.BAD, kind
        else:
            kept.append(block)
    return kept


def _without_header_lines(body: list[Block], language: str | None) -> tuple[list[Block], list[str]]:
    """The body without the header's byline, date and time lines left among the story's
    first lines ("Von Sina Zehrfeld" under a standfirst and a caption, ", 20:24 Uhr"):
    the byline ends the header only where no paragraph stands above it
    (:func:`_move_body_before_byline`), and a standfirst often does.

    Only above the story's second long paragraph (the first may be the standfirst) and
    only short lines (:func:`.header.is_header_line`): further down, "By ..." on a line
    of its own signs a letter or a quoted text. Also returns the names of the first
    writer's line found above the date.
    """
    long_paragraphs = 0
    header_lines = set()
    writers: list[str] = []
    for position, block in enumerate(body):
        if block.words >= MIN_STORY_PARAGRAPH_WORDS:
            long_paragraphs += 1
            if long_paragraphs == 2:
                break
        elif block.words <= MAX_BYLINE_WORDS and is_header_line(block.bare, language):
            header_lines.add(position)
            names = _writer_above_date(body[position - 1], block, language) if position else None
            if names:
                header_lines.add(position - 1)
                writers = writers or names
    return _without_positions(body, header_lines, BoilerplateKind.METADATA), writers


def _writer_above_date(above: Block, block: Block, language: str | None) -> list[str] | None:
    """The names of a line right above the header's date line ("Fatma Sevinç Çetin", then
    "20 Nisan 2026 • Güncelleme : 20 Nisan 2026"): the byline without "By", as a header
    sets its writer over the date. A name alone elsewhere may be the story's subject."""
    return parse_byline(above.bare, language) if is_date_line(block.bare) else None


def _without_copies(body: list[Block]) -> list[Block]:
    """The body without a block that runs together what other blocks say
    (:mod:`.copies`), which is marked as furniture."""
    copies = copy_positions([block.text for block in body])
    return _without_positions(body, copies, BoilerplateKind.OTHER)


def _without_author_box(body: list[Block], authors: Sequence[str]) -> list[Block]:
    """The body without the author box after the story (:func:`.author_box.author_box_span`),
    which is marked as metadata."""
    span = author_box_span([block.bare for block in body], authors)
    return _without_positions(body, set(span or ()), BoilerplateKind.METADATA)


def _closing_note_end(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Where the story ends when a note that follows a story's last paragraph closes it
    (:func:`.story_notes.ends_story`: "Dieser Artikel ist zuerst bei Capital erschienen",
    "(Reporting by ...)"): below the span's last such note, the lines are the page's
    (teasers, a comparison table's links), which read as body line by line.  A site may
    set the same note above a story, so the note ends it only where more of the story's
    text stands above the note than below it."""
    note = next(
        (position for position in range(end - 1, start, -1) if ends_story(blocks[position].text)),
        None,
    )
    if note is None:
        return None
    above, below = _story_word_count(blocks[start:note]), _story_word_count(blocks[note + 1 : end])
    return note + 1 if above >= MIN_WORDS_ABOVE_NOTE and below < above else None


def _story_word_count(blocks: Sequence[Block]) -> int:
    return sum(block.words for block in blocks if is_story_paragraph(block))


def _without_closing_notes(body: list[Block]) -> list[Block]:
    """The body without the credit, contact and follow notes after the story
    (:mod:`.story_notes`), which are marked as metadata."""
    notes = closing_note_positions([block.text for block in body])
    return _without_positions(body, notes, BoilerplateKind.METADATA)


def _without_positions(
    body: list[Block], positions: set[int], kind: BoilerplateKind
) -> list[Block]:
    """The body without the blocks at ``positions``, which are marked as ``kind``."""
    for position in positions:
        body[position].klass, body[position].kind = BlockClass.BAD, kind
    return [block for position, block in enumerate(body) if position not in positions]


def is_metadata_line(text: str) -> bool:
    """A line that is a date or the time of day, has no letters, is a credit, says how
    long the story takes to read or when it was on air, and nothing else: never a sentence
    of the story."""
    if not LETTER.search(text) or FEED_TIMESTAMP.match(text):
        return True
    short = len(text.split()) <= MAX_DATE_LINE_WORDS
    return (
        (short and parse_date_line(text) is not None)
        or is_time_line(text)
        or is_bare_credit(text)
        or is_reading_time(text)
        or is_broadcast_note(text)
    )


def stopwords_are_informative(blocks: Sequence[Block], language: str | None) -> bool:
    """Whether stop-word shares can tell prose from lists in this text.

    Not for scripts without spaces (Japanese, Chinese), nor where words carry
    their particles (Korean): there even the longest paragraphs show almost
    no stop words, so length and punctuation decide instead.
    """
    if not stopwords_for(language) or language in UNSPACED_LANGUAGES:
        return False
    long_blocks = [block for block in blocks if block.words >= MIN_WORDS_FOR_STOPWORD_CHECK]
    return not long_blocks or max(block.stopword_density for block in long_blocks) >= STOPWORDS_LOW


def _language_of(text: str) -> str | None:
    guess = detect_language(text)
    return guess.code if guess else None


def _move_leading_headlines(blocks: Sequence[Block], start: int, end: int) -> int:
    """Headline-shaped lines at the top of the body span belong to the header.

    A title next to the first paragraph gets pulled into the body by its
    neighbour; a headline never ends like a sentence, a paragraph does.
    Only one title is taken: when a headline already stands before the span,
    an unpunctuated first paragraph stays body.
    """
    if any(_is_headline_candidate(block) for block in blocks[:start]):
        return start
    while start < end:
        block = blocks[start]
        if block.role or block.klass is not BlockClass.GOOD:
            start += 1
            continue
        if block.ends_like_sentence or block.list_item or block.words > MAX_LEADING_HEADLINE_WORDS:
            break
        block.klass = BlockClass.BAD
        start += 1
    return start


def _is_headline_candidate(block: Block) -> bool:
    return (
        block.cue is None
        and not block.role
        and not block.list_item
        and MIN_HEADLINE_WORDS <= block.words <= MAX_LEADING_HEADLINE_WORDS
        and not block.ends_like_sentence
    )


def _move_body_before_byline(
    blocks: Sequence[Block], start: int, end: int, language: str | None
) -> int:
    """A date or "By" line among the first paragraphs ends the header: what precedes it is header.

    Standfirsts read like body text and get classified as such; the byline
    and date sit between them and the story on nearly every news page.
    """
    top = _top_of_body(blocks, start, end, MAX_PARAGRAPHS_BEFORE_BYLINE)
    # A standfirst may be as long as a paragraph; a line with both the authors and the date
    # ends the header even below one.
    top_for_full_byline = _top_of_body(blocks, start, end, MAX_PARAGRAPHS_BEFORE_FULL_BYLINE)
    anchors = [
        position
        for position in range(start, top_for_full_byline)
        if blocks[position].words <= MAX_BYLINE_WORDS
        and not blocks[position].role
        and (
            (position < top and is_date_or_prefixed_byline(blocks[position].text, language))
            or is_byline_with_date(blocks[position].text, language)
        )
    ]
    if not anchors:
        return start
    last = anchors[-1]
    if _is_writer_below_the_date(blocks, last + 1, end, language):
        last += 1
    for block in blocks[start:last]:
        if block.klass is BlockClass.GOOD:
            block.klass = BlockClass.BAD
    return last + 1


def _is_writer_below_the_date(
    blocks: Sequence[Block], position: int, end: int, language: str | None
) -> bool:
    """Whether the line right under the header's date is its writer's name alone ("Published
    Tue, May 12 2026", then "Jane Roe"): the byline without "By", not the story's first line."""
    if position >= end:
        return False
    block = blocks[position]
    return (
        not block.role
        and block.words <= MAX_BYLINE_WORDS
        and not block.ends_like_sentence
        and parse_byline(block.text, language) is not None
    )


def _top_of_body(blocks: Sequence[Block], start: int, end: int, paragraphs_before: int) -> int:
    """Position of the story paragraph after ``paragraphs_before`` of them: bylines further
    down are quotes or sign-offs. A paragraph ends like a sentence; a headline the span
    took in above its byline does not, and is none ("31% of new crypto buyers influenced by
    friends. Here's why that can be 'a horrible idea,' advisor says", then the date)."""
    seen = 0
    for position in range(start, end):
        block = blocks[position]
        if (
            block.klass is BlockClass.GOOD
            and not block.role
            and block.words >= MIN_STORY_PARAGRAPH_WORDS
            and block.ends_like_sentence
        ):
            seen += 1
            if seen == paragraphs_before + 1:
                return position
    return end


def _assemble(
    blocks: Sequence[Block],
    body: Sequence[Block],
    header: Header,
    captions: list[Caption],
    related: list[RelatedLink],
    language: str | None,
    source: str | None,
    url: str | None,
) -> Article:
    paragraphs = [block.text for block in body]
    text = "\n\n".join(paragraphs)
    return Article(
        id=article_id(text),
        source=source,
        url=url,
        title=header.title,
        subtitle=header.subtitle,
        authors=header.authors,
        published=header.published,
        language=language,
        text=text,
        paragraphs=paragraphs,
        captions=captions,
        related=related,
        removed=removed_blocks(blocks),
    )


def removed_blocks(blocks: Sequence[Block]) -> list[RemovedBlock]:
    """Every block that is neither body nor kept metadata, with why it went."""
    removed = []
    for block in blocks:
        if block.role in KEPT_ROLES or block.role == "body":
            continue
        kind = (
            block.kind
            or block.cue
            or (BoilerplateKind.NAVIGATION if block.list_item else BoilerplateKind.OTHER)
        )
        removed.append(RemovedBlock(text=block.text, kind=kind))
    return removed


def article_id(text: str) -> str:
    """Stable id from the body text: the same article from two sources gets one id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
