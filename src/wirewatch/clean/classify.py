"""Deciding which blocks are article body: a jusText-style classifier for news.

Three passes, after jusText (Pomikálek 2011): each block gets a class from
its own features (length, stop-word density, boilerplate cues); blocks that
cannot tell on their own (SHORT, NEAR_GOOD) take the class of their
neighbours; then the body is the span of blocks with the best balance of
body words over furniture words (a maximum-sum segment), so a good-looking
block far from the article (a reader comment, a teaser) stays out.

News adds one rule jusText lacks: page furniture talks to the reader
("your support", "we need reporters"), news text does not, so a long
block that addresses the reader next to furniture is furniture too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind
from .blocks import TERMINAL_PUNCTUATION, Block, BlockClass, reader_address
from .lexicon import cue_of, has_cue_of

# jusText's defaults, in characters and stop-word share; kept because they
# were tuned on news pages in several languages.
LENGTH_LOW = 70
LENGTH_HIGH = 200
# What one Han character weighs in those lengths: a word of English is five or six
# characters with its space, one of Chinese one or two characters.
CHARACTERS_PER_HAN = 2
HAN_CHARACTER = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Reporters' names in brackets after a paragraph's last sentence, the closing bracket
# perhaps cut off: "【エルサレム松岡大地、カイロ金子淳】", "（记者宋晨、田中全）".
# Thai and Lao end a sentence with a space, not a sign: a line that ends in one of their
# letters or vowel and tone marks ends as a sentence of theirs does.
UNPUNCTUATED_SCRIPT_END = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ece]$")
BRACKETED_CREDIT = re.compile(r"\s*[（(【［\[][^（()）【】［］\[\]。.!?！？]{1,40}[）)】］\]]?\s*$")
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
# News sentences are dense with names, so their stop-word share runs lower
# than jusText's general text; a block that ends like a sentence gets the
# benefit of the doubt down to this share, and a wire story's lead, which its dateline
# opens ("ST. JOSEPH, Mich. (AP) — ..."), at any share: a dateline heads only a story.
SENTENCE_STOPWORDS_LOW = 0.20
# A block this short is furniture when a cue matches, whatever it says.
CUE_ALWAYS_WINS_WORDS = 12
# Kinds whose cues are never news text, however long the block ("© 2019 ... All rights reserved").
ALWAYS_FURNITURE = frozenset({BoilerplateKind.COPYRIGHT, BoilerplateKind.COOKIE_NOTICE})
# Furniture kinds that spread to neighbouring blocks which address the reader.
SPREADING_KINDS = frozenset(
    {
        BoilerplateKind.DONATION_APPEAL,
        BoilerplateKind.PAYWALL,
        BoilerplateKind.NEWSLETTER,
        BoilerplateKind.LOGIN_PROMPT,
        BoilerplateKind.COMMENT_PROMPT,
    }
)
MIN_READER_ADDRESS_TO_SPREAD = 2
# A legal notice joined to a story's last paragraph ("Copyright 2018 The Associated Press.
# All rights reserved. This material may not be published, broadcast, rewritten or
# redistributed."): its sentences come last and run to at most this many words.
MAX_JOINED_NOTICE_WORDS = 60
# And the story before it runs longer than a disclaimer paragraph, which may end in such a
# sentence after a few of its own ("Aktien ... sind mit einem Risiko verbunden. [...] Die
# veröffentlichten Artikel ... ersetzen keine fachliche Beratung.", 41 words before it).
MIN_STORY_WORDS_BEFORE_NOTICE = 80
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
# A run of at least this many near-good blocks with this much text is body
# (three one-sentence paragraphs of a wire story are about 450 characters).
MIN_RUN_BLOCKS = 3
MIN_RUN_CHARS = 400
NEUTRAL_ROLES = frozenset({"caption", "caption_twin", "related"})
# Short lines this many in a row are a box of fragments, not the story.
MIN_FRAGMENT_RUN = 3
# What a furniture line costs the body span at least, in words: a link, tag or button is a
# phrase of a few words, and at one word a tag list between the story and a teaser below it
# cost less than the teaser's summary gained.
MIN_FURNITURE_COST = 3
# A box of short lines inside a story (byline, date and reading time; a poll's answers; a few
# teaser headlines) is a handful of lines; more in a row are the page's menus and lists.
MAX_FREE_FRAGMENTS = 8
MAX_SLOT_LABEL_WORDS = 3  # "Advertisement", "Story continues below", "Sponsored content"


def classify_blocks(
    blocks: Sequence[Block],
    *,
    has_stopwords: bool,
    long_cues: bool = True,
    language: str | None = None,
) -> None:
    """Give every block its final GOOD/BAD class (in place); with ``long_cues`` off, a
    block longer than :data:`CUE_ALWAYS_WINS_WORDS` is judged as text whatever appeal a
    cue finds in it (a legal notice aside): the cleaner's last reading of a page.  The
    page's ``language`` says how long its lines are (:func:`_length`)."""
    for block in blocks:
        if is_slot_label(block):
            block.klass, block.kind, block.neutral = BlockClass.BAD, block.cue, True
    scored = [block for block in blocks if block.role not in NEUTRAL_ROLES and not block.neutral]
    for block in scored:
        block.klass, block.kind = initial_class(
            block, has_stopwords=has_stopwords, long_cues=long_cues, language=language
        )
    initial = [block.klass for block in scored]
    spread_reader_address(scored)
    promote_near_good_runs(scored)
    promote_near_good_when_nothing_is_good(scored)
    resolve_short(scored)
    resolve_near_good(scored)
    if has_stopwords:
        set_fragments_aside(scored, initial)
    for block in scored:
        if block.klass is BlockClass.BAD and block.kind is None:
            block.kind = BoilerplateKind.NAVIGATION if block.list_item else BoilerplateKind.OTHER


def is_slot_label(block: Block) -> bool:
    """An ad slot's label alone on its line ("Advertisement", "Anzeige", "Reklama").

    Publishers set it inside the story, between two paragraphs, where the ad
    loads; as furniture among the blocks it made a one-sentence paragraph beside
    it furniture too (jusText's rule for a near-good block between two bad ones).
    It is left out of the body and out of its neighbours' reckoning, as a caption is.
    """
    return block.cue is BoilerplateKind.ADVERTISEMENT and block.words <= MAX_SLOT_LABEL_WORDS


def initial_class(
    block: Block, *, has_stopwords: bool, long_cues: bool = True, language: str | None = None
) -> tuple[BlockClass, BoilerplateKind | None]:
    """Class from the block's own features (jusText's context-free pass)."""
    if block.words == 0:
        return BlockClass.BAD, BoilerplateKind.OTHER
    if block.cue and (
        block.words <= CUE_ALWAYS_WINS_WORDS
        or (long_cues and block.reader_address > 0)
        or block.cue in ALWAYS_FURNITURE
    ):
        return BlockClass.BAD, block.cue
    if (
        long_cues
        and block.words > CUE_ALWAYS_WINS_WORDS
        and block.reader_address >= MIN_READER_ADDRESS_TO_SPREAD
    ):
        kind = appeal_in_sentences(block.text)
        if kind is not None:
            return BlockClass.BAD, kind
    length = _length(block.text, language)
    if length < LENGTH_LOW:
        return BlockClass.SHORT, None
    if block.opens_with_dateline and length >= LENGTH_HIGH and _ends_whole(block.text):
        return BlockClass.GOOD, None  # the dateline marks where a story's text starts
    if not has_stopwords:
        return _class_without_stopwords(block, length), None
    if block.stopword_density >= STOPWORDS_HIGH:
        return (BlockClass.GOOD if length >= LENGTH_HIGH else BlockClass.NEAR_GOOD), None
    if block.stopword_density >= STOPWORDS_LOW:
        return BlockClass.NEAR_GOOD, None
    if block.ends_like_sentence and (
        block.stopword_density >= SENTENCE_STOPWORDS_LOW or block.opens_with_dateline
    ):
        return BlockClass.NEAR_GOOD, None
    return BlockClass.BAD, None


def _length(text: str, language: str | None) -> int:
    """A block's length in characters, in Chinese a character counted as
    :data:`CHARACTERS_PER_HAN` letters of an alphabet: jusText's lengths are an
    alphabet's, and a Chinese character writes a word or most of one, as a letter writes
    a sound.  A sentence of Chinese news (20 to 40 characters, "梁振英强调承诺将在两周内
    解决其住宅的违建问题。") says what 70 to 120 letters say in English; at one each, a
    story told in such sentences was a run of short lines, read as a menu (the BBC's
    Chinese service).  Japanese is left at one a character: its kana write sounds, and
    weighing its kanji too made the page's other lines outweigh a Japanese story."""
    if not (language or "").startswith("zh"):
        return len(text)
    return len(text) + (CHARACTERS_PER_HAN - 1) * len(HAN_CHARACTER.findall(text))


def _ends_whole(text: str) -> bool:
    """Ends as a sentence does, not cut short as a teaser's lead is ("..." or "…")."""
    end = text.rstrip()
    return end.endswith(TERMINAL_PUNCTUATION) and not end.endswith(("…", "..."))


def appeal_kind(paragraph: str) -> BoilerplateKind | None:
    """The kind of appeal (:data:`SPREADING_KINDS`) a paragraph that speaks to the reader
    makes in one of its sentences ("... Finden Sie auch? Dann machen Sie mit. Jetzt
    unterstützen"), or None.

    A renderer joins the appeal's button or link to its paragraph, and a cue for a
    button matches only a line that is the button; each sentence is looked up alone.
    A story that quotes an appeal does so inside quotation marks, which
    :func:`.blocks.reader_address` does not count.
    """
    if reader_address(paragraph) < MIN_READER_ADDRESS_TO_SPREAD:
        return None
    return appeal_in_sentences(paragraph)


def appeal_in_sentences(paragraph: str) -> BoilerplateKind | None:
    """The kind of the first sentence of ``paragraph`` that the cues name as an appeal
    (:data:`SPREADING_KINDS`); the text cleaner asks it once its block's cached reader
    address has said the paragraph speaks to the reader."""
    for sentence in SENTENCE_BREAK.split(paragraph):
        kind = cue_of(sentence, SPREADING_KINDS)
        if kind is not None:
            return kind
    return None


def split_joined_notice(paragraph: str) -> list[str]:
    """The paragraph, or the story and the legal notice (:data:`ALWAYS_FURNITURE`) that
    closes it, as two paragraphs.

    A wire copy, a feed's description or a renderer that joins inline elements sets
    the agency's copyright on the line of the story's last sentence, or the whole
    story on one line; judged as one block, a notice that is never news made all of
    it furniture ("no article body found" for a whole Associated Press story). The
    notice is the paragraph's last sentences, from the first one a cue names, at most
    :data:`MAX_JOINED_NOTICE_WORDS` words, after at least
    :data:`MIN_STORY_WORDS_BEFORE_NOTICE` words of story; a notice in the middle of a
    paragraph is not split off.
    """
    words = paragraph.split()
    if len(words) <= MIN_STORY_WORDS_BEFORE_NOTICE:  # most lines: no story and notice in it
        return [paragraph]
    if not has_cue_of(" ".join(words[-MAX_JOINED_NOTICE_WORDS:]), ALWAYS_FURNITURE):
        return [paragraph]
    sentences = SENTENCE_BREAK.split(paragraph)
    start = len(sentences)
    notice_words = 0
    for position in range(len(sentences) - 1, 0, -1):
        notice_words += len(sentences[position].split())
        if notice_words > MAX_JOINED_NOTICE_WORDS:
            break
        if has_cue_of(sentences[position], ALWAYS_FURNITURE):
            start = position
    story = " ".join(sentences[:start])
    if start == len(sentences) or len(story.split()) < MIN_STORY_WORDS_BEFORE_NOTICE:
        return [paragraph]
    return [story, " ".join(sentences[start:])]


def _class_without_stopwords(block: Block, length: int) -> BlockClass:
    """For languages spaCy has no stop-word list for: length and sentence shape only.

    A paragraph may end in its reporters' names in brackets after its last sentence
    ("...と発表した。【エルサレム松岡大地】", "...造福全人类。（记者宋晨）"): it ends
    like a sentence all the same (the bracket may be cut off where the page's text is).
    Thai and Lao put no sign at a sentence's end (:data:`UNPUNCTUATED_SCRIPT_END`).

    A line of a paragraph's length that does not end as a sentence is furniture (a
    title, a sign-up's pitch): with stop words such a line is BAD for its few of them,
    and without, nothing under a story was BAD but what the lexicon knows, so in a
    language it has few cues for, the body ran on through the titles of other stories
    (a Latvian page of newspaper4k's tests)."""
    sentence = (
        block.ends_like_sentence
        or _ends_like_sentence_before_credit(block.text)
        or UNPUNCTUATED_SCRIPT_END.search(block.text) is not None
    )
    if sentence and length >= LENGTH_HIGH:
        return BlockClass.GOOD
    if sentence:
        return BlockClass.NEAR_GOOD
    return BlockClass.BAD if length >= LENGTH_LOW else BlockClass.SHORT


def _ends_like_sentence_before_credit(text: str) -> bool:
    without = BRACKETED_CREDIT.sub("", text)
    return without != text and without.rstrip().endswith(TERMINAL_PUNCTUATION)


def spread_reader_address(blocks: Sequence[Block]) -> None:
    """Furniture that addresses the reader extends to a neighbour that does the same.

    Only to a neighbour of the furniture itself, not on from there: an appeal box is
    its heading or button and a paragraph or two, while a story written to its readers
    ("You can't control the conversation ...", "we couldn't have done it without you")
    went paragraph after paragraph, eight under a toolbar's "Comment" on BusinessWeek
    and three or four before EFF's "Donate to EFF." line on pages nobody here had tuned
    on.
    """
    seeds = [
        position
        for position, block in enumerate(blocks)
        if block.klass is BlockClass.BAD and block.kind in SPREADING_KINDS
    ]
    for seed in seeds:
        kind = blocks[seed].kind
        for neighbour in (seed - 1, seed + 1):
            if 0 <= neighbour < len(blocks):
                block = blocks[neighbour]
                if (
                    block.klass is not BlockClass.BAD
                    and block.reader_address >= MIN_READER_ADDRESS_TO_SPREAD
                ):
                    block.klass, block.kind = BlockClass.BAD, kind


def resolve_short(blocks: Sequence[Block]) -> None:
    """SHORT blocks take the class around them (jusText's revision of short blocks).

    Between body and body: body; between furniture and furniture: furniture;
    between the two: body only if a near-good block stands on the furniture side
    before the furniture, which suggests the body goes on.
    """
    initial = [block.klass for block in blocks]
    before_decided, after_decided = _nearest_both(initial, skip_near_good=True)
    before_any, after_any = _nearest_both(initial)
    for position, block in enumerate(blocks):
        if initial[position] is not BlockClass.SHORT:
            continue
        before, after = before_decided[position], after_decided[position]
        if before is after:
            block.klass = before
        elif (before is BlockClass.BAD and before_any[position] is BlockClass.NEAR_GOOD) or (
            after is BlockClass.BAD and after_any[position] is BlockClass.NEAR_GOOD
        ):
            block.klass = BlockClass.GOOD
        else:
            block.klass = BlockClass.BAD


def set_fragments_aside(blocks: Sequence[Block], initial: Sequence[BlockClass]) -> None:
    """Short lines three or more in a row are a box, not the story: out of the body.

    jusText makes a short line body when body stands on both sides, however
    many short lines stand with it; but a story says things in sentences, and
    where short lines come three at a time they are a byline with its date and
    reading time, a box of teaser headlines, a poll's answers or a widget's
    buttons.  A line that ends like a sentence stays ("Webb emerged, naked."), so
    does a lone subheading, and so do list items where the list stands inside the
    story (:func:`_between_text`): a renderer bullets a menu or a box of links under
    the story as it bullets the story's own list, but a menu is not followed by a
    paragraph of the story.
    The lines set aside weigh nothing in the body span (:func:`body_span`):
    they are no evidence against the story around them (scored as furniture,
    they cut a two-paragraph story off from what follows it, and a footer won).
    Pages without stop words are left alone: length is all they are judged by.
    Measured on both text dev sets (bench/clean_text.py, issue 20).
    """
    position = 0
    while position < len(blocks):
        end = position
        while end < len(blocks) and initial[end] is BlockClass.SHORT:
            end += 1
        if end - position >= MIN_FRAGMENT_RUN:
            in_story = _between_text(blocks, initial, position, end)
            for block in blocks[position:end]:
                if _is_fragment(block, lists_kept=in_story):
                    block.klass, block.neutral = BlockClass.BAD, True
        position = max(end, position + 1)


def _between_text(
    blocks: Sequence[Block], initial: Sequence[BlockClass], start: int, end: int
) -> bool:
    """Whether the lines ``[start, end)`` stand inside the story's text: after a paragraph
    (or the sentence that introduces them), and before a paragraph that ends like a
    sentence, not a teaser's headline or another list's item."""
    if start == 0 or end == len(blocks) or initial[start - 1] is BlockClass.BAD:
        return False
    after, klass = blocks[end], initial[end]
    return klass is BlockClass.GOOD or (
        klass is BlockClass.NEAR_GOOD and after.ends_like_sentence and not after.list_item
    )


def _is_fragment(block: Block, *, lists_kept: bool) -> bool:
    """A short line of a box; a list's item only where the list is not inside the story."""
    return (
        block.klass is BlockClass.GOOD
        and not (block.list_item and lists_kept)
        and not block.ends_like_sentence
    )


def resolve_near_good(blocks: Sequence[Block]) -> None:
    """NEAR_GOOD blocks are body unless furniture stands on both sides.

    A run of near-good blocks is body on its own when it is long enough:
    many newsrooms write one-sentence paragraphs, each too short to be
    GOOD, which jusText alone would drop as a whole.
    """
    current = [block.klass for block in blocks]
    before_decided, after_decided = _nearest_both(current, skip_near_good=True)
    for position, block in enumerate(blocks):
        if current[position] is not BlockClass.NEAR_GOOD:
            continue
        before, after = before_decided[position], after_decided[position]
        both_bad = before is BlockClass.BAD and after is BlockClass.BAD
        block.klass = BlockClass.BAD if both_bad else BlockClass.GOOD


def promote_near_good_runs(blocks: Sequence[Block]) -> None:
    """Runs of NEAR_GOOD blocks (SHORT ones may sit between) with enough text become GOOD."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.klass in (BlockClass.NEAR_GOOD, BlockClass.SHORT):
            run.append(block)
            continue
        near_good = [member for member in run if member.klass is BlockClass.NEAR_GOOD]
        if (
            len(near_good) >= MIN_RUN_BLOCKS
            and sum(len(m.text) for m in near_good) >= MIN_RUN_CHARS
        ):
            for member in near_good:
                member.klass = BlockClass.GOOD
        run = []


def promote_near_good_when_nothing_is_good(blocks: Sequence[Block]) -> None:
    """A short text with no furniture (two medium paragraphs) is all body: its best blocks win."""
    if any(block.klass is BlockClass.GOOD for block in blocks):
        return
    for block in blocks:
        if block.klass is BlockClass.NEAR_GOOD:
            block.klass = BlockClass.GOOD


def _nearest_both(
    classes: list[BlockClass], *, skip_near_good: bool = False
) -> tuple[list[BlockClass], list[BlockClass]]:
    """For every position, the class of the nearest decided neighbour before and after it
    (the page edge counts as BAD); SHORT blocks, and NEAR_GOOD ones if asked, are skipped.

    Two passes, not a search per block: a page of 1,400 short lines (a long list
    of results) took half a second when each block looked for its neighbours.
    """
    skipped = {BlockClass.SHORT, BlockClass.NEAR_GOOD} if skip_near_good else {BlockClass.SHORT}
    before: list[BlockClass] = []
    seen = BlockClass.BAD
    for klass in classes:
        before.append(seen)
        if klass not in skipped:
            seen = klass
    after: list[BlockClass] = []
    seen = BlockClass.BAD
    for klass in reversed(classes):
        after.append(seen)
        if klass not in skipped:
            seen = klass
    after.reverse()
    return before, after


def body_span(blocks: Sequence[Block]) -> tuple[int, int]:
    """[start, end) positions of the best-scoring run of body blocks.

    Kadane's maximum-sum segment over block scores: body words count for,
    furniture words against (at least ``MIN_FURNITURE_COST`` a line, so a long
    menu or tag list costs something even when its items are one word long).
    """
    best_sum, best = 0.0, (0, 0)
    running, start = 0.0, 0
    for position, score in enumerate(_scores(blocks)):
        running += score
        if running <= 0:
            running, start = 0.0, position + 1
        elif running > best_sum:
            best_sum, best = running, (start, position + 1)
    return best


def _scores(blocks: Sequence[Block]) -> list[float]:
    """Each block's weight in the span; lines set aside as a box weigh nothing, unless the
    box, below the middle of the story, runs on for more lines than a story's box has: then
    it is the page's lists under the story (above, it may be a player or share bar between
    the standfirst and the text)."""
    scores = [_score(block) for block in blocks]
    position = _middle_of_story(scores)
    while position < len(blocks):
        end = position
        while end < len(blocks) and _is_set_aside(blocks[end]):
            end += 1
        if end - position > MAX_FREE_FRAGMENTS:
            for inside in range(position, end):
                scores[inside] = -float(max(blocks[inside].words, MIN_FURNITURE_COST))
        position = max(end, position + 1)
    return scores


def _middle_of_story(scores: list[float]) -> int:
    """The position by which half of the page's body words have been read."""
    half = sum(score for score in scores if score > 0) / 2
    seen = 0.0
    for position, score in enumerate(scores):
        seen += max(score, 0.0)
        if seen >= half:
            return position
    return len(scores)


def _is_set_aside(block: Block) -> bool:
    return block.neutral and block.role is None and block.cue is None


def _score(block: Block) -> float:
    if block.role in NEUTRAL_ROLES or block.neutral:
        return 0.0
    if block.klass is BlockClass.GOOD:
        return float(block.words)
    return -float(max(block.words, MIN_FURNITURE_COST))
