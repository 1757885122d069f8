"""Teasers: other stories' headlines and summaries, set in lists on the page.

A teaser reads like a story's paragraph line by line: a headline, then a
sentence or two that sum another story up. What gives a list of them away
is the shape that repeats (headline and summary, again and again), the link
under each ("mehr"), the heading above them ("À lire aussi"), a topic before
each headline ("Wetter: ..."), or an excerpt cut off where its box ends.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from ..model import BoilerplateKind
from .blocks import Block, BlockClass, mark_furniture, near_each_other

# The link under a teaser that leads to its story ("mehr", "Read more »", "Lire la suite").
READ_MORE = re.compile(
    r"^(?:more|read more|read the full story|full story|continue reading|mehr|mehr lesen|weiterlesen"
    r"|zum artikel|lire la suite|en savoir plus|leer más|seguir leyendo|continua a leggere"
    r"|leggi (?:tutto|di più)|lees meer|lees verder|ler mais|leia mais|czytaj (?:dalej|więcej)"
    r"|les mer|läs mer|læs mere|lue lisää|devamını oku)\s*[.…»›>→]*$",
    re.IGNORECASE,
)
MAX_TEASER_WORDS = 60
MIN_ISLAND_GAP = 4
# "Myles Garrett should expect a significant suspension (148)": a headline with the count of
# its comments or views, as most-commented and most-read lists show them.
COUNTED = re.compile(r"\S\s\(\d{1,6}\)$")
MIN_COUNTED_HEADLINES = 3
# The label a page gives a link that opens another window, for screen readers; a line of a
# headline's length that ends in it is that link ("IT-Koordinator/in ... (öffnet im neuen
# Fenster)"), while a sentence that ends in a link is longer.
NEW_WINDOW_LABEL = re.compile(
    r"\((?:öffnet (?:sich )?in (?:einem )?neuen (?:fenster|tab)|öffnet im neuen (?:fenster|tab)"
    r"|opens? in (?:a )?new (?:window|tab)|s'ouvre dans (?:une )?nouvel(?:le)? (?:fenêtre|onglet)"
    r"|se abre en (?:una )?nueva (?:ventana|pestaña))\)\s*$",
    re.IGNORECASE,
)
MAX_COUNTED_GAP = 2
MIN_ISLANDS = 2
# Teasers without timestamps (see _mark_teaser_lists): sizes in words.
MIN_TEASERS = 3
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 16
MIN_SUMMARY_WORDS, MAX_SUMMARY_WORDS = 6, 45
MAX_SUMMARY_SENTENCES = 2
MAX_KICKER_WORDS = 5
# A count, a time or a web address, in the line between a card's headline and summary.
# A web address's label is 63 characters at most: unbounded, a long run of letters and hyphens
# without a dot (hostile input, one "word" to the cleaner) was searched in quadratic time.
CARD_DETAIL = re.compile(r"\d|\b[\w-]{1,63}\.(?:com|org|net|co|io|gov|edu|info|news|[a-z]{2})\b")
MAX_TEASER_GAP = 2  # kicker lines between one teaser's summary and the next headline
# Teasers that end in a read-more link: how many make a list, and how many short lines
# (headline, its twin, kicker, picture credit) stand above each summary.
MIN_READ_MORE_TEASERS = 2
# Teasers under a heading that names them ("À lire aussi", "More from Politics"): the
# heading is evidence of its own, so two make a list, and a headline may run longer.
MIN_HEADED_TEASERS = 2
MAX_HEADED_HEADLINE_WORDS = 30
MAX_HEADED_SUMMARY_SENTENCES = 3  # and a summary may have a sentence more
MAX_RELATED_HEADING_WORDS = 8
# A teaser's excerpt cut off in mid-sentence ("... das Social Media für Kinder verbietet,...",
# "Insgesamt registrierte das..."): the ellipsis follows a word or comma with no space.
CUT_OFF = re.compile(r"[^\W_][,;]?(?:\.\.\.|…)$")
MIN_CUT_EXCERPTS = 2
# A line that ends in a colon introduces what follows it: no teaser's summary does.
INTRODUCES_WHAT_FOLLOWS = (":", ";")
MAX_TEASER_HEAD_LINES = 6
# A headline ends without a full stop, colon or semicolon ("?" and "!" are headlines' own).
HEADLINE_NEVER_ENDS = (".", ":", ";", "…", "。")
# A sentence's end may stand inside its closing quote ('... in biopic “Judy.”').
CLOSING_QUOTES = "”’\"'»«」』)"
# "Topic: Headline" on one line: a kicker of one to three words without digits, then a
# headline of four to sixteen words that starts with a capital or a quote and does not end
# like a sentence.
KICKER_HEADLINE = re.compile(
    r"^(?P<kicker>[^\W\d][^\s:\d]*(?:\s[^\s:\d]+){0,2}):\s+"
    r"(?P<headline>[\"“„«‘'A-ZÄÖÜÀ-Ý](?:\S+\s+){3,15}\S*[^\s.:;…])$"
)
QUOTE_OPENERS = frozenset("\"“„«‘'")
QUOTE_CLOSERS = frozenset("\"”“»’'")
# A sentence end inside a line.
SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÄÖÜÀ-Ý\"“„«]")
# A teaser card rendered as one line, its headline run into its summary where two inline
# elements met without a space ("... At Troy SteakhouseA party of six left ...", "Is
# Violence In Sports On The Rise?Violence is part of the game ..."): a word's last letter,
# a figure or a headline's closing mark, then at once the capital of the summary's word.
GLUED_HEADLINE_END = re.compile(r"[a-zß-ÿ0-9?!’”)](?=[A-ZÀ-Þ][a-zß-ÿ]*\s)")
# A headline in title case: most of its longer words capitalised; a summary's sentence
# has fewer than half.
MIN_TITLE_CASE_SHARE = 0.75
MIN_TITLE_CASE_WORDS = 3
TITLE_CASE_MIN_LETTERS = 4
MAX_GLUED_TEASER_GAP = 2  # section labels between cards ("Weather", "Sports")
MIN_GLUED_WORD_LETTERS = 3
SUMMARY_WORDS_READ = 12
MIN_SENTENCE_LOWER_SHARE = 0.4
# How far into a line a glued headline's end is looked for: a long headline's letters.
MAX_GLUED_HEADLINE_CHARS = MAX_HEADED_HEADLINE_WORDS * 12


def mark_teasers(blocks: Sequence[Block]) -> None:
    """Mark the teasers that each rule finds as links to other stories (in place)."""
    _mark_teaser_lists(blocks)
    _mark_read_more_teasers(blocks)
    _mark_teasers_under_headings(blocks)
    _mark_cut_excerpts(blocks)
    _mark_kicker_headline_runs(blocks)
    _mark_summary_islands(blocks)
    _mark_counted_headlines(blocks)
    _mark_labelled_links(blocks)
    _mark_glued_teasers(blocks)


def _mark_summary_islands(blocks: Sequence[Block]) -> None:
    """Summaries that each stand alone among a teaser card's lines (kicker, headline,
    author, time), two or more in a row: a story tells itself in runs of paragraphs.

    The story's last paragraph may stand alone below a box inside it too, so
    the first island after a run of paragraphs is only taken when more follow it.
    """
    body = [
        position
        for position, block in enumerate(blocks)
        if block.klass is BlockClass.GOOD and not block.role and not block.neutral
    ]
    flags = [_is_island(blocks, body, index) for index in range(len(body))]
    for island, run in itertools.groupby(zip(body, flags, strict=True), key=lambda pair: pair[1]):
        chain = [position for position, _ in run]
        if island and len(chain) >= MIN_ISLANDS:
            for position in chain:
                mark_furniture(blocks[position], BoilerplateKind.RELATED_LINKS)


def _is_island(blocks: Sequence[Block], body: list[int], index: int) -> bool:
    """Whether the body block ``body[index]`` is a summary with card lines on both sides."""
    position = body[index]
    before = position - (body[index - 1] if index else -1) - 1
    after = (body[index + 1] if index + 1 < len(body) else len(blocks)) - position - 1
    return (
        before >= MIN_ISLAND_GAP
        and after >= MIN_ISLAND_GAP
        and MIN_SUMMARY_WORDS <= blocks[position].words <= MAX_SUMMARY_WORDS
    )


def _mark_counted_headlines(blocks: Sequence[Block]) -> None:
    """Three or more headlines near each other, each with a count in brackets at its end.

    A story lists results or seats with their numbers ("Texas (38)"), but a name
    or two, not a headline of several words.
    """
    counted = [
        position
        for position, block in enumerate(blocks)
        if not block.role and block.words > MIN_HEADLINE_WORDS and COUNTED.search(block.text)
    ]
    for run in near_each_other(counted, MAX_COUNTED_GAP):
        if len(run) >= MIN_COUNTED_HEADLINES:
            for member in run:
                mark_furniture(blocks[member], BoilerplateKind.RELATED_LINKS)


def _mark_labelled_links(blocks: Sequence[Block]) -> None:
    """Lines of a headline's length that end in a link's new-window label (job ads, partner
    offers, other stories): links, not the story."""
    for block in blocks:
        if (
            not block.role
            and block.words <= MAX_HEADLINE_WORDS
            and NEW_WINDOW_LABEL.search(block.text)
        ):
            mark_furniture(block, BoilerplateKind.RELATED_LINKS)


def _mark_glued_teasers(blocks: Sequence[Block]) -> None:
    """Three or more teaser cards near each other, each a title-case headline run into its
    summary in one line (:func:`glued_headline`). A camel-cased name in a story
    ("YouTube", "McDonald") rarely follows three capitalised words at a paragraph's start,
    and three such paragraphs near each other are a list."""
    glued = [
        position
        for position, block in enumerate(blocks)
        if not block.role
        and block.words >= MIN_HEADLINE_WORDS + MIN_SUMMARY_WORDS  # most lines: menus, labels
        and glued_headline(block.text) is not None
    ]
    for run in near_each_other(glued, MAX_GLUED_TEASER_GAP + 1):
        if len(run) >= MIN_TEASERS:
            for member in run:
                mark_furniture(blocks[member], BoilerplateKind.RELATED_LINKS)


def glued_headline(text: str) -> str | None:
    """The headline at the start of a line that runs into a summary without a space, or None.

    The headline has a headline's length, no sentence end and title case; what follows is
    a summary's length and reads as a sentence (most of its words in lower case).
    """
    for match in GLUED_HEADLINE_END.finditer(text, 0, MAX_GLUED_HEADLINE_CHARS):
        headline, summary = text[: match.end()], text[match.end() :]
        words = headline.split()
        if len(words) > MAX_HEADLINE_WORDS:
            return None
        if len(words) >= MIN_HEADLINE_WORDS and _is_glued_pair(headline, words, summary):
            return headline
    return None


def _is_glued_pair(headline: str, words: list[str], summary: str) -> bool:
    """Whether a headline (its ``words``) and the summary glued to it read as such. The
    headline's last word is a word of its own before the glue, three letters or more: a
    camel-cased name breaks after a short prefix ("Mc|Dowell", "i|Phone", "Di|Benedetto")."""
    summary_words = summary.split()
    last_word = words[-1]
    return (
        sum(map(str.isalpha, last_word)) >= MIN_GLUED_WORD_LETTERS
        or last_word[-1] in "0123456789?!)”"
    ) and (
        not SENTENCE_END.search(headline)
        and _capitalised_share(words) >= MIN_TITLE_CASE_SHARE
        and len(summary_words) >= MIN_SUMMARY_WORDS
        and _lower_case_share(summary_words[:SUMMARY_WORDS_READ]) >= MIN_SENTENCE_LOWER_SHARE
    )


def _lower_case_share(words: Sequence[str]) -> float:
    """The share of words in lower-case letters only: a sentence's, not a table row's."""
    return sum(word.strip(",;:.\"”’'").isalpha() and word.islower() for word in words) / len(words)


def _capitalised_share(words: Sequence[str]) -> float:
    """The share of capitalised words among those of four letters or more; 0 when there are
    fewer than three such words ("Since the Air" is no headline, but a sentence's start)."""
    long_words = [word for word in words if sum(map(str.isalpha, word)) >= TITLE_CASE_MIN_LETTERS]
    if len(long_words) < MIN_TITLE_CASE_WORDS:
        return 0.0
    return sum(word.lstrip("\"“‘'(")[:1].isupper() for word in long_words) / len(long_words)


def _mark_teaser_lists(blocks: Sequence[Block]) -> None:
    """Runs of teasers without timestamps: a headline, then a sentence or two that sum the
    story up, perhaps under a short kicker ("WM 2026") or with a line of its source, time
    or count between them ("cnn.com News"), again and again.

    A story says what it has to say in paragraphs; under a subheading it rarely
    has only a sentence or two, and three times in a row it does not.  A
    headline that asks a question may sit in a run but is not counted towards
    it (an interview's questions are followed by short answers).  A headline is
    shown once: a label the page repeats ("Article content" before every
    paragraph) is no headline.
    """
    times_shown = Counter(block.text for block in blocks)
    teasers = [
        (position, end)
        for position in range(len(blocks) - 1)
        if (end := _teaser_end(blocks, position)) and times_shown[blocks[position].text] == 1
    ]
    run: list[tuple[int, int]] = []
    for position, end in [*teasers, (len(blocks) + MAX_TEASER_GAP + 2, 0)]:
        if run and position - run[-1][1] > MAX_TEASER_GAP:
            _mark_teaser_run(blocks, run)
            run = []
        if run and position < run[-1][1]:
            continue  # a summary that also reads as a headline of the next teaser
        if run and not all(_is_kicker(b) for b in blocks[run[-1][1] : position]):
            _mark_teaser_run(blocks, run)
            run = []
        run.append((position, end))


def _mark_read_more_teasers(blocks: Sequence[Block]) -> None:
    """Teasers that each end in a link to their story ("... die Folgen der Inflation." then
    "mehr"), one after another: the summaries, and the headline lines above each, are not
    the story.

    A page that cuts its story short (a paywall, an expander) has one such
    link, and a "Read more" label above a linked headline between a story's
    paragraphs is followed by the story again; only a list of teasers goes
    from one link to the next teaser's headline and summary with nothing else
    between.  A summary is a sentence or two, as in :func:`_mark_teaser_lists`:
    a story's paragraph under such a label is often longer.
    """
    links = [
        position
        for position in range(1, len(blocks))
        if READ_MORE.match(blocks[position].bare) and _is_summary(blocks[position - 1])
    ]
    chain: list[int] = []
    for link in [*links, None]:
        if chain and link is not None and _only_teaser_heads(blocks[chain[-1] + 1 : link - 1]):
            chain.append(link)
            continue
        if len(chain) >= MIN_READ_MORE_TEASERS:
            for member in chain:
                _mark_read_more_teaser(blocks, member)
        chain = [link] if link is not None else []


def _mark_teasers_under_headings(blocks: Sequence[Block]) -> None:
    """Headline-and-summary pairs right under a related-links heading, two or more.

    A heading inside a story ("Read more") stands above one linked headline, and
    the story goes on below it; a box of teasers goes on in pairs. Teasers the
    other rules marked already carry the run on to the pairs after them.
    """
    for position, block in enumerate(blocks):
        if block.cue is BoilerplateKind.RELATED_LINKS and block.words <= MAX_RELATED_HEADING_WORDS:
            pairs = _headed_teasers(blocks, position + 1)
            if len(pairs) >= MIN_HEADED_TEASERS:
                for headline in pairs:
                    mark_furniture(blocks[headline], BoilerplateKind.RELATED_LINKS)
                    mark_furniture(blocks[headline + 1], BoilerplateKind.RELATED_LINKS)


def _mark_cut_excerpts(blocks: Sequence[Block]) -> None:
    """Teasers' excerpts cut off in mid-sentence, two or more on a page.

    A story does not cut its own sentences short; a teaser shows the first
    words of another story's and stops where its box ends. A speaker's voice
    trailing off is quoted, and a writer's pause has a space before it ("If you …").
    A story cut short by its paywall ends in such a line too, right after a
    paragraph of its own; that line is the story's. The headline above an
    excerpt goes with it, as above a read-more link's summary.
    """
    cut = [
        position
        for position, block in enumerate(blocks)
        if not block.role
        and MIN_SUMMARY_WORDS <= block.words <= MAX_TEASER_WORDS
        and CUT_OFF.search(block.text)
        and not (position and _is_uncut_paragraph(blocks[position - 1]))
    ]
    if len(cut) >= MIN_CUT_EXCERPTS:
        for position in cut:
            _mark_summary_and_head(blocks, position)


def _is_uncut_paragraph(block: Block) -> bool:
    """A paragraph that ends its last sentence (a cut line right after one is the story's
    own end at its paywall; shorter than :func:`.blocks.is_story_paragraph` asks)."""
    return (
        block.klass is BlockClass.GOOD
        and not block.role
        and block.words >= MIN_SUMMARY_WORDS
        and block.ends_like_sentence
        and not CUT_OFF.search(block.text)
    )


def _headed_teasers(blocks: Sequence[Block], position: int) -> list[int]:
    """Positions of the headlines of the teaser pairs from ``position`` on.

    Between two pairs stand at most a kicker or two (or a picture's caption); teasers
    another rule has marked carry the run on. A menu of short lines under a heading
    ("Latest", then "Lifestyle", "Health", ...) is no box of teasers and ends the run.
    """
    pairs = []
    between = 0
    while position + 1 < len(blocks) and between <= MAX_TEASER_GAP:
        block, following = blocks[position], blocks[position + 1]
        if block.kind is BoilerplateKind.RELATED_LINKS and block.words >= MIN_HEADLINE_WORDS:
            position += 1
        elif block.role or block.kind is BoilerplateKind.RELATED_LINKS or _is_kicker(block):
            between += 1
            position += 1
        elif not following.role and _is_headed_teaser(block, following):
            pairs.append(position)
            position += 2
            between = 0
        else:
            break
    return pairs


def _is_headed_teaser(headline: Block, summary: Block) -> bool:
    return (
        MIN_HEADLINE_WORDS <= headline.words <= MAX_HEADED_HEADLINE_WORDS
        and not headline.text.rstrip().rstrip(CLOSING_QUOTES).endswith(HEADLINE_NEVER_ENDS)
        and not headline.list_item
        and _is_summary(summary, MAX_HEADED_SUMMARY_SENTENCES)
        and not summary.text.rstrip().endswith(INTRODUCES_WHAT_FOLLOWS)
    )


def _only_teaser_heads(between: Sequence[Block]) -> bool:
    """Whether the lines between two teasers are the second one's head (its picture's
    caption and credit aside)."""
    lines = [block for block in between if not block.role]
    return len(lines) <= MAX_TEASER_HEAD_LINES and all(map(_is_teaser_head, lines))


def _mark_read_more_teaser(blocks: Sequence[Block], link: int) -> None:
    """The summary above a read-more link, and the head lines above the summary."""
    _mark_summary_and_head(blocks, link - 1)


def _mark_summary_and_head(blocks: Sequence[Block], summary: int) -> None:
    """A teaser's summary and the head lines (headline, kicker, credit) above it."""
    first = summary
    while (
        first > 0
        and summary - first < MAX_TEASER_HEAD_LINES
        and (blocks[first - 1].role or _is_teaser_head(blocks[first - 1]))
    ):
        first -= 1
    for block in blocks[first : summary + 1]:
        mark_furniture(block, BoilerplateKind.RELATED_LINKS)


def _is_teaser_head(block: Block) -> bool:
    """A line of a teaser's head: its headline, kicker or credit, never a sentence."""
    return block.words <= MAX_HEADLINE_WORDS and not block.ends_like_sentence


def _mark_kicker_headline_runs(blocks: Sequence[Block]) -> None:
    """Three or more headlines in a row, each under its own topic ("Bauzinsen: Dieser
    Kurswechsel birgt ...", "Iran protests: At least 106 dead ..."), are links to other
    stories.

    A list in a story repeats its label ("We like: ...") or numbers it ("1a etapa: 10 de
    março"), and what follows its colon is a phrase, not a capitalised headline.
    """
    run: list[tuple[Block, str]] = []
    for block in [*blocks, None]:
        kicker = _kicker(block) if block is not None and not block.role else None
        if block is not None and kicker is not None:
            run.append((block, kicker))
            continue
        if len(run) >= MIN_TEASERS and len({kicker for _, kicker in run}) == len(run):
            for member, _ in run:
                mark_furniture(member, BoilerplateKind.RELATED_LINKS)
        run = []


def _kicker(block: Block) -> str | None:
    """The topic of a "Topic: Headline" line; None for other lines, and for a name and
    what they said ('Scholz: „Ein guter Tag“'), which a story lists too."""
    match = KICKER_HEADLINE.match(block.text)
    if match is None:
        return None
    headline = match.group("headline")
    if headline[0] in QUOTE_OPENERS and headline[-1] in QUOTE_CLOSERS:
        return None
    return match.group("kicker").casefold()


def _mark_teaser_run(blocks: Sequence[Block], run: list[tuple[int, int]]) -> None:
    statements = [p for p, _ in run if not blocks[p].text.rstrip().endswith("?")]
    if len(statements) < MIN_TEASERS:
        return
    first = run[0][0]
    while first > 0 and run[0][0] - first < MAX_TEASER_GAP and _is_kicker(blocks[first - 1]):
        first -= 1
    for block in blocks[first : run[-1][1]]:
        mark_furniture(block, BoilerplateKind.RELATED_LINKS)


def _teaser_end(blocks: Sequence[Block], position: int) -> int | None:
    """Where a teaser that starts at ``position`` ends: a headline, and a summary of one or
    two sentences after it or after the card's line of details; None if none does."""
    headline = blocks[position]
    if not (
        MIN_HEADLINE_WORDS <= headline.words <= MAX_HEADLINE_WORDS
        and not headline.text.rstrip().rstrip(CLOSING_QUOTES).endswith(HEADLINE_NEVER_ENDS)
        and not headline.list_item
    ):
        return None
    if _is_summary(blocks[position + 1]):
        return position + 2
    if position + 2 < len(blocks) and _is_card_line(blocks[position + 1]):
        return position + 3 if _is_summary(blocks[position + 2]) else None
    return None


def _is_card_line(block: Block) -> bool:
    """The line of a teaser card between its headline and summary: a kicker's length, with a
    count, a time or the source's address in it ("4 diggs Video", "cnn.com News", "12:40"),
    which a story's short lines (a list's items) do not have."""
    return _is_kicker(block) and CARD_DETAIL.search(block.text) is not None


def _is_summary(block: Block, sentences: int = MAX_SUMMARY_SENTENCES) -> bool:
    """A teaser's summary: a sentence or two (a story's paragraphs are often longer)."""
    return (
        MIN_SUMMARY_WORDS <= block.words <= MAX_SUMMARY_WORDS
        and block.ends_like_sentence
        and len(SENTENCE_END.findall(block.text)) < sentences
    )


def _is_kicker(block: Block) -> bool:
    """A section or topic label above a teaser's headline ("Tennis", "Fußball-WM 2026")."""
    return 1 <= block.words <= MAX_KICKER_WORDS and not block.ends_like_sentence
