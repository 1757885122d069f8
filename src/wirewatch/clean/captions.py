"""Image captions and their credits in page text.

A caption shows up in rendered text as a short line ending in a credit,
"... meeting (KCNA VIA KNS/AFP via Getty Image)", often right after the same
words without the credit (the image's alt text).  The credited line becomes
a :class:`Caption`; the uncredited twin is removed as a duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BoilerplateKind, Caption
from .blocks import Block
from .header import BYLINE_PREFIX, is_header_line
from .lexicon import agency_pattern, credit_pattern

TRAILING_PARENS = re.compile(r"^(?P<text>.*?)\s*\((?P<credit>[^()]{2,120})\)\s*$")
# The word for a picture or its credit before a colon, in the languages of the
# dev sets and their neighbours: "Photo:", "Foto:", "Bild:", "Imagen:", "Beeld:",
# "Fot.", "Zdjęcie:", "Kuva:", "Fotoğraf:"; and labels that say "picture rights",
# "picture source" or "photo credit" outright ("Bildrechte:", "Crédit photo :").
PICTURE_WORD = (
    r"photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild|imagen|imagem|beeld|fot\."
    r"|zdj[eę]cie|kuva|fotoğraf|fotograf[ií]a"
)
CREDIT_WORD = (
    r"bildrechte|bildquelle|fotoquelle|bildnachweis|cr[ée]dits?\s+photos?"
    r"|(?:photo|image|picture)\s+credits?"
)
# A caption's last sentence, then a label that says a credit follows ("... weltweit.
# Bildrechte: Deutsches Rundfunkarchiv", "... at dawn. Photo credit: Jane Doe"): whatever
# names follow it are the credit, known to the lexicon or not.
RIGHTS_LABEL = re.compile(
    rf"^(?P<text>.*?[.!?…]\s*)(?:{CREDIT_WORD})\s*:\s*(?P<credit>[^:]{{2,100}})$", re.IGNORECASE
)
# A photographer's name, then the publication they took the picture for ("Tara Atkinson for
# Rest of World", "Jane Doe for The New York Times"): two or three names, "for", a title of
# two words or more ("Download Password Manager for Free" is a link).
ON_ASSIGNMENT = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} for (?:[Tt]he )?[A-Z][\w.'’&-]*"
    r"(?: (?:[A-Z][\w.'’&-]*|of|the|and))+"
)
# A caption's last sentence, then the copyright mark and its holders ("... Seilbahn-Projekte.
# © Gebag | CKSA/Moren"): a picture's credit; a year after the mark is a page's notice.
COPYRIGHT_MARK_CREDIT = re.compile(r"^(?P<text>.*?[.!?…]\s*)©\s*(?P<credit>[^:©\d]{2,100})$")
# The same after a caption without its full stop, where the label is written as a label,
# capitalised ("... a large rodent Credit: The Siberian Times"); a sentence's "credit:"
# ("the bank cut its credit: lending fell") is not.
CAPITALISED_RIGHTS_LABEL = re.compile(
    rf"^(?P<text>.*?\S)\s+(?:Credits?|(?i:{CREDIT_WORD}))\s*:\s*(?P<credit>[^:]{{2,100}})$"
)
CREDIT_LABEL = re.compile(
    rf"^(?P<text>.*?)\s*(?:\b(?:{CREDIT_WORD}|(?:{PICTURE_WORD})(?:\s+(?:by|credit))?)\s*[:|]\s*"
    r"|\b(?:image|photo|picture)\s+(?:copyright|credit|by)\s+|©\s*)"
    r"(?P<credit>[^:]{2,100})$",
    re.IGNORECASE,
)
# The word for where a picture, chart or clip comes from, as the label of a line that
# credits it and says nothing else ("Quelle: Infografik WELT", "Источник: Фундация
# DEJURE", "Video: Reuters"): only on a line of its own, as "source" in a sentence is
# the story's ("a source: the minister's aide"), and only before names without figures:
# "Source: Russian Defense Ministry, October 25, 2019" cites a quoted statement.
SOURCE_WORD = (
    r"quellen?|sources?|fuente|fonte|источник|джерело|kilde|källa|bron|źródło|kaynak"
    r"|videos?|vidéo|vídeo|grafik|infografik|grafika|graphic|chart|karte|map"
)
SOURCE_LABEL = re.compile(rf"^(?P<text>)(?:{SOURCE_WORD})\s*:\s*(?P<credit>[^:\d]{{2,100}})$", re.I)
# A line that is only a label and a few names ("Foto: Lisa Mattisson", "Bildrechte:
# IMAGO / ari") is a credit whoever the names are; with caption text before the
# label the names must read as a credit (an agency, a slash between names).
LABEL_ONLY_MAX_WORDS = 8
# The words of a credit that are not capitalised: those joining names ("Anna Berg und
# Jan Vos", "Reuters via Getty", "Ana de la Cruz") and agencies written in lower case.
_CREDIT_LOWERCASE_WORDS = (
    "and und et y e i og och en via for für",
    "de van von der den da di del la le of the",
    "dpa afp ap",
)
CREDIT_LOWERCASE_WORDS = frozenset(
    word for words in _CREDIT_LOWERCASE_WORDS for word in words.split()
)
# What stands between a credit's names, and what a credit never has: a question, an
# exclamation or a sentence's full stop (an initial's "J." aside).
CREDIT_JOINS = re.compile(r"[\s,/|&+]+")
SENTENCE_IN_CREDIT = re.compile(r"[!?]|[^A-Z]\.(?:\s|$)")
# A credit alone on a line: a label and a few names, or "(Image: Getty Images / iStock)".
MAX_CREDIT_LINE_CHARS = 160
# What joins the fields of a credit alone on a line: the photographer, the agency, the
# collection ("Sanjeev Verma/Hindustan Times/Getty Images", "Name | Moment | Getty Images").
# A menu entry with the agency's name ("AP Top News") has none.
CREDIT_FIELD_JOIN = re.compile(r"\S\s?[/|]\s?\S")
# What every credit pattern needs: a bracket, a colon or bar after a label, "©", a slash,
# "via", or "copyright"/"credit"/"by" after a picture word.
MAY_BE_CREDIT = re.compile(r"[():|©/]|\b(?:via|copyright|credit|by)\b", re.IGNORECASE)
PICTURE_BY = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video)\s+by\s+(?P<credit>\S.{1,80})$",
    re.IGNORECASE,
)
# A screen reader's label set before a caption ("Image caption Taylor Swift's seventh album
# ..."), which the page hides from the eye and a text rendering keeps.
SCREEN_READER_CAPTION = re.compile(
    r"^(?:image|media|video|photo|picture)\s+caption\s*:?\s+(?P<text>(?-i:[A-Z0-9\"“‘']).*)$",
    re.IGNORECASE,
)
# The same labels alone on a line, the caption or the credit on the next ("Image copyright",
# "EPA", "Image caption", "Protesters gathered ..."): the renderer broke the label's element off.
SCREEN_READER_LABEL = re.compile(
    r"^(?:image|media|video|photo|picture)\s+(?P<what>caption|copyright|source|credit)\s*:?$",
    re.IGNORECASE,
)
BARE_LABEL = re.compile(rf"^(?:{CREDIT_WORD}|{PICTURE_WORD})\s*:$", re.IGNORECASE)
# "... in Braunau am Inn, Austria. Leonhard Foeger / Reuters file": a credit
# after the caption's last sentence, with a slash or "via" between names.
TRAILING_CREDIT = re.compile(
    r"^(?P<text>.+?[.!?])\s+(?P<credit>[^.!?]{2,80}(?:\s/\s?|\s?/\s|\bvia\b)[^.!?]{2,80})$"
)
# "... wieder zu Kräften zu kommen.Unsplash/Kelly Sikkema": a caption's credit set in its own
# inline element comes out glued to the last sentence when the page is rendered to text.
GLUED_CREDIT = re.compile(
    r"^(?P<text>.+?[^\W\d_][.!?])(?P<credit>[^\W\d_][^\s/.!?]*(?:\s[^\s/.!?]+){0,3}/[^.!?/]{2,60})$"
)
MAX_CAPTION_WORDS = 80
MAX_LABELLED_CAPTION_CHARS = 400  # a caption of a few sentences, with its credit
# The end of a caption's last sentence before a bare credit, and the credit's length.
LAST_SENTENCE_END = re.compile(r"[.!?][\"”]?\s+(?=[^.!?]+$)")
CREDIT_NEVER_ENDS = (".", "!", "?", ":", ";", '"', "”", "»")
MAX_BARE_CREDIT_CHARS = 80
# A credit alone on a line takes the line before it as its caption only when that
# line is caption-sized: up to three sentences of twenty words.  A story's paragraph above a
# picture whose caption the page left out is longer.
MAX_CAPTION_ABOVE_CREDIT_WORDS = 60


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when ``text`` ends in something that reads as a credit."""
    if (parts := _split_bare_credit(text)) is not None:
        return parts
    if not MAY_BE_CREDIT.search(text):
        return None  # every pattern below needs one of these: skip their long alternations
    for pattern in (TRAILING_PARENS, CREDIT_LABEL, TRAILING_CREDIT, GLUED_CREDIT):
        match = pattern.match(text)
        if match and _reads_as_credit(match.group("credit")):
            return match.group("text").strip(), match.group("credit").strip()
    for pattern in (RIGHTS_LABEL, CAPITALISED_RIGHTS_LABEL, COPYRIGHT_MARK_CREDIT):
        if (match := pattern.match(text)) and _reads_as_names(match.group("credit")):
            return match.group("text").strip(), match.group("credit").strip()
    return None


def _credit_words(credit: str) -> list[str]:
    """A credit's words, split where names are joined ("IMAGO / ZUMA Press", "Gebag | CKSA")."""
    return [word for word in CREDIT_JOINS.split(credit) if word]


def _reads_as_names(credit: str) -> bool:
    """A few names, as a credit after a label that says it is one: every word capitalised
    but those joining names, no sentence in them."""
    words = _credit_words(credit)
    return (
        0 < len(words) <= LABEL_ONLY_MAX_WORDS
        and not SENTENCE_IN_CREDIT.search(credit)
        and all(
            any(char.isupper() for char in word) or word.casefold() in CREDIT_LOWERCASE_WORDS
            for word in words
        )
    )


def _split_bare_credit(text: str) -> tuple[str, str] | None:
    """A caption's sentences and the bare credit after the last of them ("... for about an
    hour. AP", "... bei der Genesung unterstützen. Getty Images"): names only, an agency or
    a slash among them (:func:`is_bare_credit`), which a story's sentence never ends in.
    A credit ends without a full stop: "Picture: Jonathan Carroll." is the caption's sentence,
    which the labelled credit patterns weigh. Only the end of the line is read: most lines
    end in their sentence's mark, or have none near their end."""
    if text.endswith(CREDIT_NEVER_ENDS):
        return None
    match = LAST_SENTENCE_END.search(text, max(0, len(text) - MAX_BARE_CREDIT_CHARS))
    if match is None or match.start() == 0:
        return None
    caption, credit = text[: match.start() + 1].strip(), text[match.end() :].strip()
    if caption and credit and is_bare_credit(credit):
        return caption, credit
    return None


def labelled_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when ``text`` is a caption that ends in a picture's label and its
    credit ("Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa", "... in Taipei
    on December 29. Photo: AP"): the label says what follows is a credit, and the credit
    must read as one (an agency, names with a slash).  A story's sentence has no such end."""
    if len(text) > MAX_LABELLED_CAPTION_CHARS or not MAY_BE_CREDIT.search(text):
        return None
    match = CREDIT_LABEL.match(text)
    if match and match.group("text").strip() and _reads_as_credit(match.group("credit")):
        return match.group("text").strip(), match.group("credit").strip()
    return None


def is_credit_line(text: str) -> bool:
    """A line that is a picture credit and nothing else ("Foto: PAP", "Bildrechte: MDR/X").

    Such a line is short and has a credit's punctuation, so other lines are turned
    away before the credit patterns run (on every paragraph of a page they cost
    3 ms, issue 20).
    """
    if len(text) > MAX_CREDIT_LINE_CHARS or not MAY_BE_CREDIT.search(text):
        return False
    parts = split_credit(text)
    if parts is not None:
        return not parts[0]
    return _is_label_credit(text)


def is_bare_credit(text: str) -> bool:
    """A credit with neither label nor caption: "IMAGO/ZUMA Press", "Ulrich Steinkohl und
    Carsten Hoffmann, dpa".

    It must read as a credit (an agency, names with a slash between them) and
    be nothing but names: every word capitalised but the joining ones and
    lower-case agencies, so "Agentur AFP meldet Tote" (a headline) is not one.
    """
    if len(text) > MAX_CREDIT_LINE_CHARS or len(text.split()) > LABEL_ONLY_MAX_WORDS:
        return False
    if text.rstrip().endswith(("!", "?", ":", ";")) or not _reads_as_credit(text):
        return False
    words = _credit_words(text)
    return all(
        word[:1].isupper()
        or word.casefold() in CREDIT_LOWERCASE_WORDS
        or credit_pattern().fullmatch(word) is not None  # an agency as it writes itself: "imago"
        for word in words
    )


def is_agency_credit_line(text: str) -> bool:
    """A line that is only a picture's credit naming its agency, with neither label nor
    caption ("Francesco Carta Fotografo | Moment | Getty Images", "IMAGO/ZUMA Press"): a
    story never has a line of names alone that ends in or holds a picture agency's. A
    line that opens as a byline does ("By REUTERS") is the story's author, not a credit."""
    if BYLINE_PREFIX.match(text) or not is_bare_credit(text):
        return False
    if agency_pattern().fullmatch(text.strip()):
        return True
    return CREDIT_FIELD_JOIN.search(text) is not None and agency_pattern().search(text) is not None


def _is_label_credit(text: str) -> bool:
    """A picture label alone ("Foto:") or with a few names, whoever they are, after a colon
    or after "by" ("Photo by David Dyer-Bennet")."""
    if BARE_LABEL.match(text) or is_labelled_credit_line(text):
        return True
    by = PICTURE_BY.match(text)
    return by is not None and _reads_as_names(by.group("credit"))


def is_labelled_credit_line(text: str) -> bool:
    """A picture label and a few names alone on a line ("Foto: Lisa Mattisson", "Quelle:
    Infografik WELT"): a credit.

    Only labels with a colon: a line after "©" is as often a copyright notice.
    Not a sentence, and it starts with a name: a capital in its first word
    ("Lisa", "IMAGO", "iStock"), which "Foto: ein Blick in die Halle" lacks.
    """
    if len(text) > MAX_CREDIT_LINE_CHARS or (":" not in text and "|" not in text):
        return False
    match = CREDIT_LABEL.match(text) or SOURCE_LABEL.match(text)
    if match is None or match.group("text").strip():
        return False
    credit = match.group("credit").strip()
    return (
        len(credit.split()) <= LABEL_ONLY_MAX_WORDS
        and any(char.isupper() for char in credit.split()[0])
        and not SENTENCE_IN_CREDIT.search(credit)
    )


def _reads_as_credit(credit: str) -> bool:
    """An agency or credit word, a slash-separated list of names ("AP/Reuters"), or a
    photographer on assignment for a publication ("Tara Atkinson for Rest of World")."""
    return (
        bool(credit_pattern().search(credit))
        or bool(
            re.fullmatch(r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*(?:\s?/\s?[A-Z][\w .'-]*)+", credit)
        )
        or ON_ASSIGNMENT.fullmatch(credit) is not None
    )


def mark_captions(blocks: Sequence[Block]) -> list[Caption]:
    """Mark caption blocks (role 'caption') and their twins; return the captions in order."""
    captions: list[Caption] = []
    for position, block in enumerate(blocks):
        if block.role or block.words > MAX_CAPTION_WORDS:
            continue
        if (label := SCREEN_READER_LABEL.match(block.text.strip())) is not None:
            block.role, block.kind = "caption_twin", BoilerplateKind.METADATA
            captions.extend(_mark_labelled_line(blocks, position + 1, label.group("what")))
            continue
        parts: tuple[str, str | None] | None = split_credit(block.text)
        if parts is None and (labelled := SCREEN_READER_CAPTION.match(block.text)):
            parts = labelled.group("text"), None
        if parts is None and is_agency_credit_line(block.text):
            if _shorter_than_the_next(blocks, position - 1):
                parts = "", block.text
            else:  # the caption, if any, comes after the credit: the story stands above it
                block.role = "caption_twin"
                block.kind = BoilerplateKind.METADATA
                continue
        if parts is None:
            if _is_label_credit(block.text):
                # A credit whose names the lexicon does not know: the line before it
                # may be the caption or may be the story, so only the credit goes.
                block.role = "caption_twin"
                block.kind = BoilerplateKind.METADATA
            continue
        text, credit = parts
        if not text:  # a credit on its own line belongs to the line before it
            previous = _take_previous_as_caption(blocks, position)
            if not previous:
                block.role = "caption_twin"  # an image credit whose caption the page does not show
                block.kind = BoilerplateKind.METADATA
                continue
            text = previous
        block.role = "caption"
        captions.append(Caption(text=text, credit=credit))
        _mark_twins(blocks, position, text)
    return captions


def _mark_labelled_line(blocks: Sequence[Block], position: int, what: str) -> list[Caption]:
    """The line a screen reader's label stands over: a caption after "Image caption", a
    credit after "Image copyright" (a few names only: else the page left the credit out)."""
    if position >= len(blocks) or blocks[position].role:
        return []
    line = blocks[position]
    if what.casefold() == "caption":
        if line.words > MAX_CAPTION_WORDS:
            return []
        line.role = "caption"
        return [Caption(text=line.text, credit=None)]
    if 0 < line.words <= LABEL_ONLY_MAX_WORDS and not SENTENCE_IN_CREDIT.search(line.text):
        line.role, line.kind = "caption_twin", BoilerplateKind.METADATA
    return []


def _shorter_than_the_next(blocks: Sequence[Block], position: int) -> bool:
    """Whether the block at ``position`` (the one above a credit) is at most half as long
    as the one below the credit: a caption is, beside the story's paragraph that goes on
    under the picture. A story's paragraph above a picture whose caption the page left
    out, or set below the credit ("IMAGO/ZUMA Press", then the caption), is not; nor is
    the story's last paragraph above the wire it came from ("... Hitler's rule.", "Reuters")."""
    below = position + 2
    return (
        position >= 0 and below < len(blocks) and blocks[position].words * 2 <= blocks[below].words
    )


def _take_previous_as_caption(blocks: Sequence[Block], position: int) -> str | None:
    if position == 0:
        return None
    previous = blocks[position - 1]
    if previous.role or previous.words > MAX_CAPTION_ABOVE_CREDIT_WORDS:
        return None
    if is_header_line(previous.bare, None):  # a picture without its caption under the byline
        return None
    previous.role = "caption_twin"
    previous.kind = BoilerplateKind.CAPTION_DUPLICATE
    return previous.text


def _mark_twins(blocks: Sequence[Block], position: int, text: str) -> None:
    """The same caption without its credit, just before or after, is a duplicate."""
    key = _comparable(text)
    for neighbour in (position - 1, position + 1):
        if (
            0 <= neighbour < len(blocks)
            and not blocks[neighbour].role
            and _comparable(blocks[neighbour].text) == key
        ):
            blocks[neighbour].role = "caption_twin"
            blocks[neighbour].kind = BoilerplateKind.CAPTION_DUPLICATE


def _comparable(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
