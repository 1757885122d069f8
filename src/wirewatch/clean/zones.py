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
from collections.abc import Sequence

from ..model import BoilerplateKind
from .blocks import LETTER, Block, is_story_paragraph, mark_furniture, near_each_other
from .dates import RELATIVE_TIME
from .related import mark_link_boxes
from .teasers import MAX_HEADLINE_WORDS, MAX_TEASER_WORDS, mark_teasers

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
# A Chinese comment's row of buttons under it, with their counts: reply, report, like,
# dislike, keep ("回复 踩 0 赞 83 收藏").
COMMENT_BUTTONS = re.compile(
    r"^(?=.*(?:回复|举报))(?:(?:回复|举报|踩|赞|顶|收藏|点赞|分享|[(（]?\d+[)）]?)\s*){2,}$"
)
# A comment's signature as comment systems write it: who and when ("Submitted by Xolotl
# on Mon, 10/29/2012 - 17:07", Drupal's; "Soumis par Xolotl, le lundi 29 octobre 2012 à
# 17h07"; "Stephane a répondu le mardi 30 octobre 2012 à 11h45").  A blog signs its post
# the same way, so a signature counts only once the story has been told above it.
COMMENT_SIGNATURE = re.compile(
    r"^(?:(?:submitted by|soumis par|eingereicht von|enviado por|inviato da)\s+\S.{0,40}?"
    r"|\S.{0,40}?\s+(?:replied|a répondu|antwortete|respondió|ha risposto))"
    r"\s*,?\s+(?:on|le|am|el|il)\s+\S.{2,60}$",
    re.IGNORECASE,
)
# The commenter's name and place above a comment ("+ 紫衣青剑", "用户6526883263 山东青岛").
MAX_SIGNATURE_WORDS = 4
MAX_SIGNATURE_LINES = 2
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


def is_media_teaser(text: str) -> bool:
    """Whether ``text`` ends with a clip's date and running time (:data:`MEDIA_TEASER`).

    The bar between them is looked for first: the pattern's stamps are tried
    at every space of a paragraph, and it was asked of every paragraph of
    every page (2% of the HTML path's time on article-extraction, issue 20).
    """
    return "|" in text and MEDIA_TEASER.search(text) is not None


# A clip's date and running time alone on a line ("26.10.2025 | 2:43 min"), under the
# summary of the video it stands for.
MEDIA_STAMP = re.compile(rf"^(?:{NUMERIC_STAMP})\s*\|\s*(?:{DURATION})$", re.IGNORECASE)
MAX_MEDIA_SUMMARY_WORDS = 60


def media_summaries(texts: Sequence[str]) -> set[int]:
    """Positions of the lines that are a video's summary and its stamp: a line of a
    summary's length right above a clip's date and running time (ZDF sets its video
    teasers among the story's paragraphs so; :func:`is_media_teaser` finds the two when a
    renderer puts them on one line)."""
    found: set[int] = set()
    for position in range(1, len(texts)):
        if "|" in texts[position] and MEDIA_STAMP.match(texts[position]):
            found.add(position)
            if len(texts[position - 1].split()) <= MAX_MEDIA_SUMMARY_WORDS:
                found.add(position - 1)
    return found


# A client-side template's placeholder ("{{item.author.fullName}}", "{% if user %}"): text a
# script was to fill in, which a page read without running its scripts shows as it stands.
TEMPLATE_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def is_unrendered_template(text: str) -> bool:
    """Whether ``text`` is mostly template placeholders: fewer letters outside them than in
    them ("{{content.lastUpdateUser.fullName}} - {{content.lastUpdateTime | date}}").

    No language writes ``{{`` in running text, so a page whose body is made of them
    has no story in its markup (an editor's shell, a page its scripts build), and
    gives none rather than its template.
    """
    if "{{" not in text and "{%" not in text:
        return False
    placeholders = TEMPLATE_PLACEHOLDER.findall(text)
    inside = sum(len(LETTER.findall(placeholder)) for placeholder in placeholders)
    outside = len(LETTER.findall(TEMPLATE_PLACEHOLDER.sub(" ", text)))
    return inside > outside


# A commenter's handle: one word of letters, digits and _ . - (no first and last name),
# signed above or beside a time relative to now (dates.RELATIVE_TIME: "vor 3 Stunden").
HANDLE = re.compile(r"^(?=[^\s]*[^\W\d_])[\w.-]{2,40}$")
MIN_STORY_PARAGRAPHS_BEFORE_COMMENTS = 3
# Words of commenting, in the languages met most: a comment form's sentence has one.
COMMENTING = re.compile(
    r"comment|kommentar|kommentier|comentar|commentaire|commenta|reactie|reageer|komentar"
    r"|kommenter|conversation|discussion|diskussion|debat|repl(?:y|ies)|antwort|réponse|respuesta"
    r"|risposta|diskutier|discut|discuss",
    re.IGNORECASE,
)
MIN_COMMENT_FORM_WORDS = 6
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
# "By Kevin D. Williamson" under each teaser of a feed of other articles.
FEED_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
MIN_COMMENT_HEADERS = 2
MIN_REPEATED_WORDS = 4
MIN_LABEL_REPEATS = 3
MIN_REPEATED_PARAGRAPHS = 3  # a story shown twice: this many of its paragraphs in a row, twice
MIN_FEED_MARKERS = 3
MAX_FEED_GAP = (
    6  # lines from one stamp to the next: time, kicker, headline, summary, author, reading time
)
MIN_ENTRY_PARAGRAPHS = 2  # a live blog's entry has this many paragraphs, a teaser one summary
FEED_MARGIN = 2


def comment_start(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Position of a heading that opens comments inside the body span, if any, or of the
    first of the signatures that comments are signed with."""
    for position in range(start + 1, end):
        if _opens_comments(blocks[position]) and _told_before(blocks, start, position):
            return position
    return _first_signed_comment(blocks, start, end)


def _opens_comments(block: Block) -> bool:
    """A comment section's heading, or the sentence of its form ("Sie können nur als
    eingeloggter User kommentieren.", "Join thought-provoking conversations, follow other
    readers and see their replies"): a prompt of a sentence's length that speaks of
    commenting, not a share bar's "Comments" link, which a story may have above its end,
    nor a call-out for readers' stories and pictures ("Have you been affected? Get in
    touch"), which a newsroom sets inside a story as often as under it (one in the middle
    of a story cut the story there)."""
    return COMMENT_START.match(block.bare) is not None or (
        block.cue is BoilerplateKind.COMMENT_PROMPT
        and block.words >= MIN_COMMENT_FORM_WORDS
        and COMMENTING.search(block.bare) is not None
    )


def _told_before(blocks: Sequence[Block], start: int, position: int) -> bool:
    """Whether the story has been told between ``start`` and ``position``: a heading that
    opens comments comes after it, a count of comments under the byline ("0 Comments")
    links to them from above."""
    told = sum(map(is_story_paragraph, blocks[start:position]))
    return told >= MIN_STORY_PARAGRAPHS_BEFORE_COMMENTS


def _first_signed_comment(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """Where comments signed with a handle and a time relative to now begin, after the story.

    A reader's comment is signed with a one-word handle ("kleinerfrontkaempfer",
    "Radlerin_12") above the time it was written ("vor 3 Stunden", "2 hours
    ago"); a journalist's byline has a first and a last name, and a story is not
    dated in hours ago. Two signatures make a thread, and the story must have
    been told above the first (a feed of teasers at the top of a page is not one).
    """
    signatures = [
        position for position in range(start + 1, end - 1) if _is_signature(blocks, position)
    ]
    if len(signatures) < MIN_COMMENT_HEADERS:
        return None
    return signatures[0] if _told_before(blocks, start, signatures[0]) else None


def _is_signature(blocks: Sequence[Block], position: int) -> bool:
    """A handle above its time, or beside it on one line where a renderer joins the two
    ("GuterMensch vor 3 Stunden")."""
    line = blocks[position].bare
    if HANDLE.match(line):
        return RELATIVE_TIME.match(blocks[position + 1].bare) is not None
    handle, _, rest = line.partition(" ")
    return HANDLE.match(handle) is not None and RELATIVE_TIME.fullmatch(rest) is not None


def mark_zones(blocks: Sequence[Block]) -> None:
    """Mark comment sections, teaser feeds and repeated lists as furniture (in place)."""
    _mark_comment_section(blocks)
    _mark_feeds(blocks)
    mark_teasers(blocks)
    mark_link_boxes(blocks)
    _mark_repeated_list_items(blocks)
    _mark_rankings(blocks)


# A ranking of the most read stories under the story ("2. Vizio's 65-inch P-Series Quantum
# 4K TV is cheaper than ever Under $1K for the first time", "3. ..." on The Verge): items
# numbered one after another, each a headline and its dek, none ending as a sentence does.
RANK_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
MIN_RANKED_ITEMS = 3
MIN_RANKED_WORDS = 8


def _mark_rankings(blocks: Sequence[Block]) -> None:
    """Three or more ranked headlines in a row with no story paragraph after them.

    A story numbers its points too, but writes them as sentences, or runs on after them;
    a ranking of other stories stands under the story's last paragraph and is all titles.
    """
    run: list[int] = []
    last = 0  # the number of the run's last item
    for position in range(len(blocks) + 1):
        number = _rank(blocks[position]) if position < len(blocks) else None
        if number is not None and (not run or number == last + 1):
            run.append(position)
            last = number
            continue
        if len(run) >= MIN_RANKED_ITEMS and not any(
            is_story_paragraph(block) for block in blocks[run[-1] + 1 :]
        ):
            for member in run:
                mark_furniture(blocks[member], BoilerplateKind.RELATED_LINKS)
        run = [position] if number is not None else []
        last = number or 0


def _rank(block: Block) -> int | None:
    """The item's number when the block is a ranked headline (see :data:`RANK_NUMBER`)."""
    match = RANK_NUMBER.match(block.text)
    if match is None or block.ends_like_sentence or block.words < MIN_RANKED_WORDS or block.role:
        return None
    return int(match.group(1))


def _mark_repeated_list_items(blocks: Sequence[Block]) -> None:
    """Lines a page shows twice are teasers and menus, not the story, which says things once.

    A teaser's headline is repeated (image alt text and link); a section
    label ("Business") is repeated on every teaser.  Captions were taken
    out before this runs, so their alt-text twins are not counted.  A page
    that holds its story twice (a copy for print or for small screens, shown
    by a style sheet the text does not have) repeats paragraphs several in a
    row: there the first copy is the story, and only the others go. So is a paragraph
    longer than any teaser's summary: its first showing stays.
    """
    seen: dict[str, int] = {}
    for block in blocks:
        if not block.role:
            seen[block.text] = seen.get(block.text, 0) + 1
    first_copy = _first_copy_of_story(blocks, seen)
    shown: set[str] = set()
    for position, block in enumerate(blocks):
        count = seen.get(block.text, 0)
        first_showing = block.text not in shown
        shown.add(block.text)
        if position in first_copy or (first_showing and block.words > MAX_TEASER_WORDS):
            continue
        if (
            count > 1 and (block.list_item or block.words >= MIN_REPEATED_WORDS)
        ) or count >= MIN_LABEL_REPEATS:
            mark_furniture(block, BoilerplateKind.RELATED_LINKS)


def _first_copy_of_story(blocks: Sequence[Block], seen: dict[str, int]) -> set[int]:
    """Positions of the first showing of lines repeated in a row, where that row holds
    several paragraphs, more than other lines (a story's subheadings stand between its
    paragraphs; a list of teasers shown twice has a headline for every summary)."""
    shown: set[str] = set()
    run: list[int] = []
    first_copy: set[int] = set()
    for position, block in enumerate([*blocks, None]):
        if block is not None and seen.get(block.text, 0) > 1 and block.text not in shown:
            run.append(position)
            shown.add(block.text)
            continue
        paragraphs = sum(_is_paragraph(blocks[member]) for member in run)
        if paragraphs >= MIN_REPEATED_PARAGRAPHS and paragraphs * 2 > len(run):
            first_copy.update(run)
        run = []
        if block is not None:
            shown.add(block.text)
    return first_copy


def _mark_comment_section(blocks: Sequence[Block]) -> None:
    headers = []
    told = 0  # story paragraphs so far: a signature counts once the story has been told
    for position, block in enumerate(blocks):
        if (
            COMMENT_HEADER.match(block.bare)
            or COMMENT_BUTTONS.match(block.bare)
            or (
                told >= MIN_STORY_PARAGRAPHS_BEFORE_COMMENTS and COMMENT_SIGNATURE.match(block.bare)
            )
        ):
            headers.append(position)
        told += is_story_paragraph(block)
    if len(headers) < MIN_COMMENT_HEADERS:
        return
    for block in blocks[_thread_start(blocks, headers[0]) :]:
        mark_furniture(block, BoilerplateKind.COMMENT_PROMPT)


def _thread_start(blocks: Sequence[Block], first: int) -> int:
    """Where the thread begins: at its first marker, or, when the marker is the row of
    buttons under a comment, at that comment and the commenter's name above it."""
    if not COMMENT_BUTTONS.match(blocks[first].bare) or first == 0:
        return first
    start = first - 1  # the comment the buttons are under
    for _ in range(MAX_SIGNATURE_LINES):
        if start > 0 and blocks[start - 1].words <= MAX_SIGNATURE_WORDS:
            start -= 1
    return start


def _mark_feeds(blocks: Sequence[Block]) -> None:
    """Teasers told by their timestamps ("12:28 Uhr", "vor 3 Stunden", "Nov 18"), three
    or more near each other: a card shows a time, a headline, a summary, perhaps its
    author and reading time, so a stamp comes every few lines.

    A live blog stamps its entries too, but an entry tells its news in paragraphs:
    where most entries hold two or more, the stamps are the story's.

    The stamps are matched with their list markers: a renderer bullets the cards'
    bylines and dates ("* By REUTERS", "* 11/20/2019 01:14 PM") and not the story's, and
    read without the bullets they made a breaking-news story at the head of a feed of
    cards signed as it is one more card (bench/clean_text.py, AE-text -0.721 on one page).
    """
    markers = [
        position
        for position, block in enumerate(blocks)
        if FEED_TIMESTAMP.match(block.text) or FEED_BYLINE.match(block.text)
    ]
    for cluster in near_each_other(markers, MAX_FEED_GAP):
        if len(cluster) < MIN_FEED_MARKERS or _is_live_blog(blocks, cluster):
            continue
        for block in blocks[_feed_top(blocks, cluster[0]) : cluster[-1] + FEED_MARGIN + 1]:
            if block.words <= MAX_TEASER_WORDS:
                mark_furniture(block, BoilerplateKind.RELATED_LINKS)


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
    """A paragraph of an entry: a sentence longer than any headline (a teaser's headline
    may ask a question, and end like one)."""
    return block.words > MAX_HEADLINE_WORDS and block.ends_like_sentence
