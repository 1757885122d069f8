"""Page regions recognised by a marker that repeats: reader comments and teaser feeds.

A single "joetoronto says:" could be a quote; ten of them are a comment
section, and a comment section runs to the end of the page.  Likewise one
"32M ago" could be anything, but three within a few lines are the
timestamps of a feed of other stories (headline, summary, time, repeated).
Such regions read like body text line by line, so the line classifier
alone keeps them; their markers give them away.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from ..model import BoilerplateKind
from .blocks import Block, BlockClass

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
COMMENT_HEADER = re.compile(
    r"^(?:(?:\d+\.\s+)?[^\s].{0,40}?\s+(?:says|said|wrote|writes|replied)\s*:"
    r"|rating:\s*[-+]?\d+\s+votes?"
    # The buttons under each comment: "Kommentar melden", "<name> antworten" (the reply
    # button names the commenter); a sentence that ends in these words has a full stop.
    r"|(?:kommentar|beitrag) melden|report (?:this )?comment|denunciar comentario"
    r"|signaler (?:un abus|ce commentaire)|(?:[^\s].{0,40}?\s+)?(?:antworten|responder|répondre|rispondi|beantwoorden)"
    r"|\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?"
    rf"|{MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+at\s+\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?)$",
    re.IGNORECASE,
)
# A date or time alone on a line, written with numbers ("10.06.2026", "13:30", "2026-06-10,
# 13:30 Uhr"), or a relative time in the languages met most ("vor 3 Stunden", "hace 2 horas").
NUMERIC_STAMP = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?"
    r"|\d{1,2}:\d{2}(?:\s*uhr)?"
    r"|(?:vor|hace|il y a)\s+\d+\s+(?:min\w*|stunden?|std\.?|tag(?:en)?|horas?|heures?|jours?|días?)"
    # "Heute, 07:09 Uhr", "Yesterday 18:30", "hoy a las 10:15": a day named relative to now.
    r"|(?:heute|gestern|today|yesterday|hoy|ayer|aujourd'hui|hier|oggi|ieri|vandaag|gisteren"
    r"|hoje|ontem|i dag|i går|idag|igår)\s*,?\s*(?:um\s+|at\s+|à\s+|a las\s+|alle\s+|om\s+)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?"
)
# The running time a video teaser shows ("2:43 min", "Video02:53", "VIDEO 3:45"), after its date
# or alone.
DURATION = r"(?:video\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|minuten|minutes)|video\s*\d{1,2}:\d{2}(?::\d{2})?"
FEED_TIMESTAMP = re.compile(
    rf"^(?:(?:{NUMERIC_STAMP})(?:\s*\|\s*(?:{DURATION}))?|{DURATION}"
    rf"|\d+\s*(?:s|sec|secs|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)\s+ago"
    rf"|(?:{WEEKDAY}\s+)?{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|(?:{WEEKDAY}\s+)?\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)"
    r"(?:\s+\d{1,2}:\d{2})?(?:\s+\d+\s+(?:photos|videos|images))?(?:\s+\d{1,2}:\d{2})?$",
    re.IGNORECASE,
)
# A video or audio teaser's caption ends with the clip's date and running time
# ("... schärfere Sanktionen beschlossen. 18.04.2024 | 0:21 min"); a story's sentence never does.
MEDIA_TEASER = re.compile(
    rf"(?:^|\s|[.!?\"“”])(?:{NUMERIC_STAMP})\s*\|\s*(?:{DURATION})\s*$", re.IGNORECASE
)
# A commenter's handle: one word of letters, digits and _ . - (no first and last name).
HANDLE = re.compile(r"^(?=[^\s]*[^\W\d_])[\w.-]{2,40}$")
# A time relative to now, as comments are dated ("vor 3 Stunden", "hace 2 horas", "5 hours ago").
RELATIVE_TIME = re.compile(
    r"^(?:(?:vor|hace|il y a)\s+\d+\s+(?:min\w*|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?"
    r"|horas?|heures?|jours?|días?|semaines?|semanas?|mois|meses?)"
    r"|\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago)\b",
    re.IGNORECASE,
)
MIN_STORY_WORDS = 12
MIN_STORY_PARAGRAPHS_BEFORE_COMMENTS = 3
# Headings that open a comment form or thread, in the languages met most.
COMMENT_START = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|\d+\s+comments?|comments?\s*\(\d+\)"
    r"|deixe (?:uma resposta|um coment[aá]rio)|deja (?:una respuesta|un comentario)|laisser un commentaire"
    r"|(?:hinterlasse|schreibe|schreiben sie) einen kommentar|(?:einen )?kommentar hinzufügen"
    r"|kommentare?\s*\(\d+\)|lascia un commento|laat een reactie achter|deixe seu comentário)\s*:?"
    # A reply form's heading carries its cancel link in rendered text ("Leave a Reply Cancel reply").
    r"(?:\s*(?:cancel reply|antwort(?:en)? abbrechen|annuler la réponse|cancelar (?:la )?respuesta"
    r"|annulla risposta|reactie annuleren|cancelar resposta))?$"
    # The line under every comment form's heading (WordPress's own wording, in its translations).
    r"|^(?:your email address will not be published|ihre e-mail-adresse wird nicht veröffentlicht"
    r"|deine e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie) ne sera pas publiée"
    r"|tu dirección de correo electrónico no será publicada|il tuo indirizzo email non sarà pubblicato"
    r"|je e-mailadres wordt niet gepubliceerd|o seu endereço de e-mail não será publicado)\b"
    # The bare heading, without the colon of a teaser's counter ("Kommentare: 49"). A share
    # bar's "Comments" link inside a story cuts it short (one page of the tuned text set,
    # -0.013), a comment thread under it is gone (another, +0.375): kept, net gain.
    r"|^(?:comments|(?:leser)?kommentare|comentarios|commentaires|commenti|reacties)$",
    re.IGNORECASE,
)
# The link under a teaser that leads to its story ("mehr", "Read more »", "Lire la suite").
READ_MORE = re.compile(
    r"^(?:more|read more|read the full story|full story|continue reading|mehr|mehr lesen|weiterlesen"
    r"|zum artikel|lire la suite|en savoir plus|leer más|seguir leyendo|continua a leggere"
    r"|leggi (?:tutto|di più)|lees meer|lees verder|ler mais|leia mais|czytaj (?:dalej|więcej)"
    r"|les mer|läs mer|læs mere|lue lisää|devamını oku)\s*[.…»›>→]*$",
    re.IGNORECASE,
)
# "By Kevin D. Williamson" under each teaser of a feed of other articles.
FEED_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
MIN_COMMENT_HEADERS = 2
MIN_REPEATED_WORDS = 4
MIN_LABEL_REPEATS = 3
MIN_FEED_MARKERS = 3
MAX_FEED_GAP = (
    6  # lines from one stamp to the next: time, kicker, headline, summary, author, reading time
)
MIN_ENTRY_PARAGRAPHS = 2  # a live blog's entry has this many paragraphs, a teaser one summary
FEED_MARGIN = 2
MAX_TEASER_WORDS = 60
# Teasers without timestamps (see _mark_teaser_lists): sizes in words.
MIN_TEASERS = 3
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 16
MIN_SUMMARY_WORDS, MAX_SUMMARY_WORDS = 6, 45
MAX_SUMMARY_SENTENCES = 2
MAX_KICKER_WORDS = 5
MAX_TEASER_GAP = 2  # kicker lines between one teaser's summary and the next headline
# Teasers that end in a read-more link: how many make a list, and how many short lines
# (headline, its twin, kicker, picture credit) stand above each summary.
MIN_READ_MORE_TEASERS = 2
# Teasers under a heading that names them ("À lire aussi", "More from Politics"): the
# heading is evidence of its own, so two make a list, and a headline may run longer.
MIN_HEADED_TEASERS = 2
MAX_HEADED_HEADLINE_WORDS = 30
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


def comment_start(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Position of a heading that opens comments inside the body span, if any, or of the
    first of the signatures that comments are signed with."""
    for position in range(start + 1, end):
        if COMMENT_START.match(blocks[position].text):
            return position
    return _first_signed_comment(blocks, start, end)


def _first_signed_comment(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Where comments signed with a handle and a time relative to now begin, after the story.

    A reader's comment is signed with a one-word handle ("kleinerfrontkaempfer",
    "Radlerin_12") above the time it was written ("vor 3 Stunden", "2 hours
    ago"); a journalist's byline has a first and a last name, and a story is not
    dated in hours ago. Two signatures make a thread, and the story must have
    been told above the first (a feed of teasers at the top of a page is not one).
    """
    signatures = [
        position
        for position in range(start + 1, end - 1)
        if HANDLE.match(blocks[position].text) and RELATIVE_TIME.match(blocks[position + 1].text)
    ]
    if len(signatures) < MIN_COMMENT_HEADERS:
        return None
    told = sum(
        block.klass is BlockClass.GOOD and block.words >= MIN_STORY_WORDS
        for block in blocks[start : signatures[0]]
    )
    return signatures[0] if told >= MIN_STORY_PARAGRAPHS_BEFORE_COMMENTS else None


def mark_zones(blocks: Sequence[Block]) -> None:
    """Mark comment sections, teaser feeds and repeated lists as furniture (in place)."""
    _mark_comment_section(blocks)
    _mark_feeds(blocks)
    _mark_teaser_lists(blocks)
    _mark_read_more_teasers(blocks)
    _mark_teasers_under_headings(blocks)
    _mark_cut_excerpts(blocks)
    _mark_kicker_headline_runs(blocks)
    _mark_repeated_list_items(blocks)


def _mark_repeated_list_items(blocks: Sequence[Block]) -> None:
    """Lines a page shows twice are teasers and menus, not the story, which says things once.

    A teaser's headline is repeated (image alt text and link); a section
    label ("Business") is repeated on every teaser.  Captions were taken
    out before this runs, so their alt-text twins are not counted.
    """
    seen: dict[str, int] = {}
    for block in blocks:
        if not block.role:
            seen[block.text] = seen.get(block.text, 0) + 1
    for block in blocks:
        count = seen.get(block.text, 0)
        if (
            count > 1 and (block.list_item or block.words >= MIN_REPEATED_WORDS)
        ) or count >= MIN_LABEL_REPEATS:
            _furniture(block, BoilerplateKind.RELATED_LINKS)


def _mark_comment_section(blocks: Sequence[Block]) -> None:
    headers = [
        position for position, block in enumerate(blocks) if COMMENT_HEADER.match(block.text)
    ]
    if len(headers) < MIN_COMMENT_HEADERS:
        return
    for block in blocks[headers[0] :]:
        _furniture(block, BoilerplateKind.COMMENT_PROMPT)


def _mark_feeds(blocks: Sequence[Block]) -> None:
    """Teasers told by their timestamps ("12:28 Uhr", "vor 3 Stunden", "Nov 18"), three
    or more near each other: a card shows a time, a headline, a summary, perhaps its
    author and reading time, so a stamp comes every few lines.

    A live blog stamps its entries too, but an entry tells its news in paragraphs:
    where most entries hold two or more, the stamps are the story's.
    """
    markers = [
        position
        for position, block in enumerate(blocks)
        if FEED_TIMESTAMP.match(block.text) or FEED_BYLINE.match(block.text)
    ]
    for cluster in _clusters(markers):
        if len(cluster) < MIN_FEED_MARKERS or _is_live_blog(blocks, cluster):
            continue
        for block in blocks[_feed_top(blocks, cluster[0]) : cluster[-1] + FEED_MARGIN + 1]:
            if block.words <= MAX_TEASER_WORDS:
                _furniture(block, BoilerplateKind.RELATED_LINKS)


def _feed_top(blocks: Sequence[Block], first_stamp: int) -> int:
    """The first card's head above its stamp, up to a heading that names the list."""
    top = first_stamp
    while (
        top > 0
        and first_stamp - top < FEED_MARGIN
        and blocks[top - 1].cue is not BoilerplateKind.RELATED_LINKS
    ):
        top -= 1
    return top


def _is_live_blog(blocks: Sequence[Block], cluster: list[int]) -> bool:
    """Whether most stretches between the stamps hold two paragraphs or more."""
    entries = [
        sum(_is_paragraph(block) for block in blocks[first + 1 : following])
        for first, following in itertools.pairwise(cluster)
    ]
    return sum(paragraphs >= MIN_ENTRY_PARAGRAPHS for paragraphs in entries) * 2 > len(entries)


def _is_paragraph(block: Block) -> bool:
    return block.words >= MIN_SUMMARY_WORDS and block.ends_like_sentence


def _mark_teaser_lists(blocks: Sequence[Block]) -> None:
    """Runs of teasers without timestamps: a headline, then a sentence or two that sum the
    story up, perhaps under a short kicker ("WM 2026"), again and again.

    A story says what it has to say in paragraphs; under a subheading it rarely
    has only a sentence or two, and three times in a row it does not.  A
    headline that asks a question may sit in a run but is not counted towards
    it (an interview's questions are followed by short answers).  A headline is
    shown once: a label the page repeats ("Article content" before every
    paragraph) is no headline.
    """
    times_shown = Counter(block.text for block in blocks)
    teasers = [
        position
        for position in range(len(blocks) - 1)
        if _is_teaser(blocks, position) and times_shown[blocks[position].text] == 1
    ]
    run: list[int] = []
    for position in teasers + [len(blocks) + MAX_TEASER_GAP + 2]:
        if run and position - (run[-1] + 2) > MAX_TEASER_GAP:
            _mark_teaser_run(blocks, run)
            run = []
        if run and position < run[-1] + 2:
            continue  # a summary that also reads as a headline of the next teaser
        if run and not all(_is_kicker(b) for b in blocks[run[-1] + 2 : position]):
            _mark_teaser_run(blocks, run)
            run = []
        run.append(position)


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
        if READ_MORE.match(blocks[position].text) and _is_summary(blocks[position - 1])
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
                    _furniture(blocks[headline], BoilerplateKind.RELATED_LINKS)
                    _furniture(blocks[headline + 1], BoilerplateKind.RELATED_LINKS)


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
        and not (position and _is_story_paragraph(blocks[position - 1]))
    ]
    if len(cut) >= MIN_CUT_EXCERPTS:
        for position in cut:
            _mark_summary_and_head(blocks, position)


def _is_story_paragraph(block: Block) -> bool:
    return (
        block.klass is BlockClass.GOOD
        and not block.role
        and block.words >= MIN_SUMMARY_WORDS
        and block.ends_like_sentence
        and not CUT_OFF.search(block.text)
    )


def _headed_teasers(blocks: Sequence[Block], position: int) -> list[int]:
    """Positions of the headlines of the teaser pairs from ``position`` on."""
    pairs = []
    while position + 1 < len(blocks):
        block = blocks[position]
        if block.role or block.kind is BoilerplateKind.RELATED_LINKS or _is_kicker(block):
            position += 1
        elif _is_headed_teaser(block, blocks[position + 1]):
            pairs.append(position)
            position += 2
        else:
            break
    return pairs


def _is_headed_teaser(headline: Block, summary: Block) -> bool:
    return (
        MIN_HEADLINE_WORDS <= headline.words <= MAX_HEADED_HEADLINE_WORDS
        and not headline.text.rstrip().endswith(HEADLINE_NEVER_ENDS)
        and not headline.list_item
        and _is_summary(summary)
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
        _furniture(block, BoilerplateKind.RELATED_LINKS)


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
                _furniture(member, BoilerplateKind.RELATED_LINKS)
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


def _mark_teaser_run(blocks: Sequence[Block], run: list[int]) -> None:
    statements = [p for p in run if not blocks[p].text.rstrip().endswith("?")]
    if len(statements) < MIN_TEASERS:
        return
    first = run[0]
    while first > 0 and run[0] - first < MAX_TEASER_GAP and _is_kicker(blocks[first - 1]):
        first -= 1
    for block in blocks[first : run[-1] + 2]:
        _furniture(block, BoilerplateKind.RELATED_LINKS)


def _is_teaser(blocks: Sequence[Block], position: int) -> bool:
    """A headline at ``position`` and a summary of one or two sentences after it."""
    headline = blocks[position]
    return (
        MIN_HEADLINE_WORDS <= headline.words <= MAX_HEADLINE_WORDS
        and not headline.text.rstrip().endswith(HEADLINE_NEVER_ENDS)
        and not headline.list_item
        and _is_summary(blocks[position + 1])
    )


def _is_summary(block: Block) -> bool:
    """A teaser's summary: a sentence or two (a story's paragraphs are often longer)."""
    return (
        MIN_SUMMARY_WORDS <= block.words <= MAX_SUMMARY_WORDS
        and block.ends_like_sentence
        and len(SENTENCE_END.findall(block.text)) < MAX_SUMMARY_SENTENCES
    )


def _is_kicker(block: Block) -> bool:
    """A section or topic label above a teaser's headline ("Tennis", "Fußball-WM 2026")."""
    return 1 <= block.words <= MAX_KICKER_WORDS and not block.ends_like_sentence


def _clusters(markers: list[int]) -> list[list[int]]:
    clusters: list[list[int]] = []
    for position in markers:
        if clusters and position - clusters[-1][-1] <= MAX_FEED_GAP:
            clusters[-1].append(position)
        else:
            clusters.append([position])
    return clusters


def _furniture(block: Block, kind: BoilerplateKind) -> None:
    if block.role in {"caption", "caption_twin", "related"}:
        return
    block.klass = BlockClass.BAD
    block.kind = kind
