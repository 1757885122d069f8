"""The article's header: title, standfirst, byline and publication time.

They sit before the body, among menus and prompts.  The byline and the date
line are recognised by their shape; the title and standfirst are the
headline-like lines nearest before them (or before the body when the page
has no byline), since menus come first on a page and the headline last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .blocks import LIST_MARKER, Block, stopwords_for
from .dates import DIGIT, FOREIGN_DATE, HAS_DATE, PageDate, is_time_line, parse_date_line
from .lexicon import byline_role_words
from .place_names import is_place_name
from .teasers import NEW_WINDOW_LABEL

# What kind of piece a byline signs: "Ein Kommentar von", "An analysis by", "Un reportage de".
PIECE_KIND = (
    r"an? (?:analysis|commentary|column|essay|interview|opinion|report|review)"
    r"|eine? (?:analyse|gastbeitrag|glosse|interview|kolumne|kommentar|reportage)"
    r"|une? (?:analyse|chronique|éditorial|entretien|reportage|tribune)"
    r"|una? (?:análisis|columna|crónica|entrevista|opinión|reportaje)"
    r"|analysis|commentary|opinion|kommentar|analyse|interview"
)
BYLINE_PREFIX = re.compile(
    # "by" in the languages of the news sites wirewatch meets most (de, fr, es/pt, nl, sv/da/no, it),
    # with the kind of piece before it ("Ein Kommentar von", "An analysis by", "Un reportage de"),
    # and the newsroom's label ("Redacción:", "Redaktion:", "Autor:").
    rf"^(?:(?:{PIECE_KIND})\s+(?:by|von|par|de|por|di|door|av|af)|by|written by|words by|text"
    r"|author|authors|posted by|reporting by|story by|von|par|por|door|av|af|di|texto|texte"
    r"|redacción|redação|rédaction|redaktion|redazione|autor|autorin|auteur|autore)\s*[:-]?\s+",
    re.IGNORECASE,
)
FIELD_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+|\s*\|\s*")
TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)
MIN_NAMES_ON_A_BYLINE = 2
MAX_ROLE_WORD_POSITION = 2
FIELD_OF_NAMES = re.compile(r"\s*[,;/]\s*")
# "and" in the same languages; "y"/"e"/"i" are left out: they occur inside names.
AND_WORD = re.compile(r"\s+(?:and|&|und|et|og|och|en)\s+")
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "van",
        "von",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "dos",
        "das",
    ]
)
NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’-]*$")
QUOTED_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘][^\"“”‘’]{1,30}[\"”’]\s+(?=\w)")
# The writer's account on a social network after the name, often run into it by the
# rendering ("Greg Iacurci@GregIacurci").
SOCIAL_HANDLE = re.compile(r"\s*(?<![\w.])@\w{2,30}$|(?<=[^\W\d_])@\w{2,30}$")
MIN_HEADLINE_WORDS = 4
MIN_WORDS_ENDING_IN_STOP = 8
MAX_HEADLINE_WORDS = 40
MIN_PAIRED_WORDS = 5
# The links to a writer's accounts that a renderer runs into the byline.
SOCIAL_LINK_LABELS = frozenset(
    ["twitter", "facebook", "instagram", "linkedin", "email", "e-mail", "mail", "threads"]
    + ["bluesky", "mastodon", "tiktok", "youtube", "rss", "website"]
)
# Degrees and licences written after a name ("Ilana Muhlstein, MS, RDN"): no names.
CREDENTIALS = frozenset(
    [
        "phd",
        "md",
        "ms",
        "msc",
        "ma",
        "mba",
        "mph",
        "mfa",
        "rd",
        "rdn",
        "rn",
        "np",
        "dds",
        "dmd",
        "cpa",
        "esq",
        "jd",
        "llm",
        "bsc",
        "cscs",
        "lpn",
    ]
)
# A web address alone on a line: a link's text, never a headline.
WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# A breadcrumb trail before the headline: two or more crumbs of one to three words.
BREADCRUMB_TRAIL = re.compile(
    r"^(?:[^\s/›»>|]+(?:\s[^\s/›»>|]+){0,2}\s+[/›»>|]\s+){2,5}(?P<headline>\S.{9,})$"
)
# A sentence's end inside a line: a full stop, question or exclamation, then a capital.
INNER_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?…][\"”’»]?\s+[\"“„«]?[^\W\d_]")
MAX_TWO_SENTENCE_HEADLINE_WORDS = 20
# A headline shares words with the story's lead: looked for among this many candidates.
MAX_TITLE_CANDIDATES = 6
MIN_SHARED_WORDS = 2
LEAD_PARAGRAPHS = 3
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|[\u3040-\u30ff\u3400-\u9fff]{2,}")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# An unprefixed name line counts as the byline only this close after the title.
MAX_BYLINE_DISTANCE = 4


@dataclass
class Header:
    """What the header lines said."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None


def read_header(blocks: Sequence[Block], language: str | None, lead: Sequence[str] = ()) -> Header:
    """Fill a :class:`Header` from the blocks before the body, marking their roles.

    Pages show a clock, a sign-in name or a menu entry before the headline,
    so the date and byline taken are the ones nearest the title.
    """
    header = Header()
    dates, bylines = _find_dates_and_bylines(blocks, language)
    anchors = [position for position, _ in dates] + [
        position for position, _, flag in bylines if flag
    ]
    taken = {position for position, _ in dates} | {position for position, _, _ in bylines}
    lead_words = _content_words(lead, language)
    last_anchor = max(anchors, default=len(blocks))
    title_position = _read_title(blocks[:last_anchor], header, taken, lead_words)
    if header.title is None:
        _read_title_below_the_date(blocks, last_anchor, header, lead_words)
    reference = title_position if title_position is not None else 0
    _choose_byline(blocks, bylines, reference, header)
    _choose_dates(blocks, dates, reference, header)
    return header


Bylines = list[tuple[int, list[str], bool]]
Dates = list[tuple[int, list[PageDate]]]


def _find_dates_and_bylines(blocks: Sequence[Block], language: str | None) -> tuple[Dates, Bylines]:
    """Every line that reads as a date or a byline ("Jane Doe - Nov 19, 2019" is both)."""
    dates: Dates = []
    bylines: Bylines = []
    for position, block in enumerate(blocks):
        if block.role or block.cue is not None:
            continue
        found: list[PageDate] = []
        names, prefixed = None, False
        parts = FIELD_SEPARATOR.split(UPDATE_AFTER_DATE.sub(" | ", block.text))
        for index, part in enumerate(parts):
            following = parts[index + 1] if index + 1 < len(parts) else ""
            if names is None and BYLINE_PREFIX.match(part) and (cut := _date_start(part)):
                # The byline and its date in one field ("By Madeleine Howell 30 August 2023").
                names, prefixed = parse_byline(_before_the_date(part[:cut]), language), True
                part = part[cut:]
            date = _parse_date_field(part, following)
            if date:
                found.append(date)
            elif names is None and not TIME_ONLY.match(part):
                names, prefixed = _names_in_field(part, block.list_item and not index, language)
        if found:
            dates.append((position, found))
        if names:
            bylines.append((position, names, prefixed))
    return dates, bylines


def _date_start(field: str) -> int | None:
    """Where a date begins in a byline's field ("By Madeleine Howell 30 August 2023",
    "Von Seb Dumitru, Lille 05.08.2024"), if one does after the names."""
    date = HAS_DATE.search(field) or FOREIGN_DATE.search(field) or DIGIT.search(field)
    return date.start() if date and date.start() > 0 else None


def _before_the_date(names: str) -> str:
    """A byline's names without the words that bring the date in after them ("on", "am"),
    read word by word from the end (a pattern of optional words and separators there
    backtracks without end on a hostile line of separators)."""
    words = names.rstrip(NAME_DATE_SEPARATORS).split()
    while words and words[-1].strip(NAME_DATE_SEPARATORS).casefold() in DATE_INTRODUCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(NAME_DATE_SEPARATORS)


def _names_in_field(
    field: str, bulleted: bool, language: str | None
) -> tuple[list[str] | None, bool]:
    """The names a header's field gives, and whether "By" stands before them. A renderer
    bullets the byline where the page set it in a list ("* Von Ralf Euler", "* Tanyel
    Mustafa"), as it bullets a menu's entries; names without "By" count only right below
    the title (:func:`_choose_byline`), where no menu stands."""
    if bulleted:
        field = LIST_MARKER.sub("", field)
    return parse_byline(field, language), bool(BYLINE_PREFIX.match(field))


def _parse_date_field(field: str, following: str) -> PageDate | None:
    """The date a header's field states: with the time in the next field ("June 30, 2026 -
    4:34pm"), else alone, and without the reading time a page sets after it ("28.04.2023,
    19:09 3 Min.")."""
    date = parse_date_line(f"{field} {following}") if TIME_ONLY.match(following) else None
    if date is None:
        date = parse_date_line(field)
    if date is None and (reading_time := TRAILING_READING_TIME.search(field)) is not None:
        date = parse_date_line(field[: reading_time.start()])
    return date


def _choose_byline(
    blocks: Sequence[Block], bylines: Bylines, reference: int, header: Header
) -> None:
    """A "By ..." line nearest the title, else an unprefixed name line just after it."""
    prefixed = [
        (abs(position - reference), position, names) for position, names, flag in bylines if flag
    ]
    unprefixed = [
        (position - reference, position, names)
        for position, names, flag in bylines
        if not flag and 0 < position - reference <= MAX_BYLINE_DISTANCE
    ]
    chosen = min(prefixed or unprefixed, default=None)
    if chosen is not None:
        header.authors = chosen[2]
        blocks[chosen[1]].role = "byline"


def _choose_dates(blocks: Sequence[Block], dates: Dates, reference: int, header: Header) -> None:
    """Publication: the first date after the title, else the last one before it."""
    after = [entry for entry in dates if entry[0] >= reference]
    before = [entry for entry in reversed(dates) if entry[0] < reference]
    for position, found in after + before:
        for date in found:
            if date.is_update:
                header.modified = header.modified or date.value
            elif header.published is None:
                header.published = date.value
                blocks[position].role = blocks[position].role or "date"
        if header.published:
            return


# How long the story takes to read, a header's line of its own ("3 min read", "Lesezeit: 4
# Minuten", "Tempo de leitura: 2 minutos", "5 Min. Lesedauer"): the phrases of the languages
# the lexicons cover, never a sentence of a story (the whole line must be the phrase).
READING_TIME_LABEL = (
    r"reading time|read time|time to read|lesezeit|lesedauer|temps de lecture|durée de lecture"
    r"|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|leesduur|lästid|lesetid"
    r"|læsetid|czas czytania"
)
READING_MINUTES = r"(?:ca\.?\s*|about\s+|approx\.?\s*)?\d{1,3}[\s-]*(?:min\w*\.?|minut\w*)"
READING_TIME = re.compile(
    rf"^(?:(?:{READING_TIME_LABEL})\s*:?\s*{READING_MINUTES}"
    rf"|{READING_MINUTES}[ -]?(?:read|reading|de lecture|de lectura|de leitura|di lettura"
    rf"|(?:{READING_TIME_LABEL})))\s*$",
    re.IGNORECASE,
)


# The update's label after the publication's date on one line, with no separator between
# ("Published November 18, 2024 9:26pm Updated November 19, 2024", "Publisert 05.08.2024,
# kl. 13.05 Oppdatert 05.08.2024, kl. 13.52"): two fields, the first the publication's.
UPDATE_AFTER_DATE = re.compile(
    r"(?:(?<=\d)|(?<=[ap]m)|(?<=Uhr)|(?<=\.))\s+(?=(?:last\s+)?(?:updated?|modified|aktualisiert"
    r"|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret)\b)",
    re.IGNORECASE,
)
# What brings a date in after a byline's names ("on", "am", "le"), and what separates them.
DATE_INTRODUCTION_WORDS = frozenset(
    ["on", "at", "am", "um", "le", "el", "il", "em", "op", "på", "den", "dnia", "w"]
)
NAME_DATE_SEPARATORS = " \t,;|·•-"
# The reading time after a date on one line, its minutes with or without a label.
TRAILING_READING_TIME = re.compile(
    rf"\s+{READING_MINUTES}(?:[ -]?(?:read|reading|{READING_TIME_LABEL}))?\s*$", re.IGNORECASE
)


def is_reading_time(text: str) -> bool:
    """Whether a line only says how many minutes the story takes to read."""
    return len(text) <= 60 and READING_TIME.match(text.strip()) is not None


def is_date_line(text: str) -> bool:
    """Whether one of a line's fields is a date ("20 Nisan 2026 • Güncelleme : ...")."""
    return any(parse_date_line(part) for part in FIELD_SEPARATOR.split(text))


def is_date_or_prefixed_byline(text: str, language: str | None) -> bool:
    """Whether a line is a date line or a "By ..." byline (the end of a page's header)."""
    for part in FIELD_SEPARATOR.split(text):
        if parse_date_line(part) or (BYLINE_PREFIX.match(part) and parse_byline(part, language)):
            return True
        if _is_prefixed_byline_with_its_date(part, language):
            return True
    return False


def _is_prefixed_byline_with_its_date(field: str, language: str | None) -> bool:
    """A "By" byline and its date in one field ("Posted by Michael David Smith on November
    19, 2019, 6:21 AM EST", "Von Anna Berger am 05.08.2024"), as the header reads it."""
    if not BYLINE_PREFIX.match(field) or (cut := _date_start(field)) is None:
        return False
    names = parse_byline(_before_the_date(field[:cut]), language)
    return bool(names) and parse_date_line(field[cut:]) is not None


def is_header_line(text: str, language: str | None) -> bool:
    """Whether a short line is one of the header's own: its date or time, a "By ..."
    byline or the authors' names alone, the authors with the date, or the reading time.
    Such a line is no sentence of a story, wherever the page set it near the story's top."""
    return (
        is_date_or_prefixed_byline(text, language)
        or is_byline_with_date(text, language)
        or is_time_line(text)
        or is_reading_time(text)
        or _is_names_line(text, language)
    )


def _is_names_line(text: str, language: str | None) -> bool:
    """A line of two or more people's names and nothing else ("Mathatisi Sebusi/Mohalenyane
    Phakela", "Rainer Schulze und Ralf Euler"): near the story's top, its byline without
    "By". One name alone there may be the name of the story's subject."""
    names = parse_byline(text, language)
    return names is not None and len(names) >= MIN_NAMES_ON_A_BYLINE


def is_byline_with_date(text: str, language: str | None) -> bool:
    """Whether a line names its authors and its date in fields of its own
    ("Yasmine Hassan · CBC News · Posted: Aug 08, 2024"): the header's last line, never a
    line of a story."""
    parts = FIELD_SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    dated = [bool(parse_date_line(part)) for part in parts]
    return any(dated) and any(
        not is_date and parse_byline(part, language) is not None
        for part, is_date in zip(parts, dated, strict=True)
    )


def parse_byline(text: str, language: str | None) -> list[str] | None:
    """Author names from a byline line, or None when the line is not a byline.

    With "By" in front, any name-shaped parts count; without it, every word
    must be capitalised and none a stop word, so a headline is not read as
    a name.
    """
    prefixed = bool(BYLINE_PREFIX.match(text))
    rest = BYLINE_PREFIX.sub("", text).strip().rstrip(".")
    stopwords = stopwords_for(language)
    names: list[str] = []
    for part in _name_parts(rest):
        if not part or is_role(part) or part.strip(".").casefold() in CREDENTIALS:
            continue
        part = _once(part)
        if is_place_name(part):
            continue  # "By Jane Doe, WASHINGTON": where it was filed from, not a name
        if not is_name(part, stopwords, strict=not prefixed):
            if prefixed and len(part.split()) <= 2 and names:
                continue  # "By Jane Doe and Max Mustermann, dpa": the agency code is no name
            return None
        names.append(part)
    return names or None


def _once(part: str) -> str:
    """A name a renderer wrote twice, its link's text and its label's ("Martin Gramnæs
    Martin Gramnæs"), once, without the links to the writer's accounts after it ("Sarah
    Lazare Twitter", "Greg Iacurci@GregIacurci")."""
    part = SOCIAL_HANDLE.sub("", part)
    words = part.split()
    while len(words) > 1 and words[-1].casefold() in SOCIAL_LINK_LABELS:
        words.pop()
    part = " ".join(words)
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _name_parts(rest: str) -> list[str]:
    """The byline's parts between commas, each split at "and" unless it is a role: the
    words after a job title go with it ("corresponsal en Bruselas" is no name)."""
    parts: list[str] = []
    for between_commas in FIELD_OF_NAMES.split(rest):
        parts += [between_commas] if is_role(between_commas) else AND_WORD.split(between_commas)
    return parts


def is_role(part: str) -> bool:
    """A job title ("Political Editor", "Redakteurin für Finanzen"): a role word among its
    first two words. Further on, it follows a name the comma was left out after ("Sina
    Zehrfeld Landespolitische Korrespondentin"), which stays a name."""
    words = part.lower().split()[:MAX_ROLE_WORD_POSITION]
    return any(word.strip(".") in byline_role_words() for word in words) or part.lower().startswith(
        "in "
    )


def is_name(part: str, stopwords: frozenset[str], *, strict: bool) -> bool:
    """Whether ``part`` reads as a person's name: one to five capitalised words (two or
    more on a line not known to be a byline), a nickname in quotes between them aside
    ('Amanda "Tania Mae" Tan', 'Earvin “Magic” Johnson')."""
    tokens = QUOTED_NICKNAME.sub(" ", part).split()
    if not 1 <= len(tokens) <= 5 or (strict and len(tokens) < 2):
        return False
    for token in tokens:
        if token.lower() in NAME_PARTICLES:
            continue
        if not NAME_TOKEN.match(token) or not token[0].isupper():
            return False
        if strict and token.lower() in stopwords:
            return False
    return True


def _read_title(
    blocks: Sequence[Block], header: Header, taken: set[int], lead_words: frozenset[str]
) -> int | None:
    """Title and standfirst: the last headline-like lines before the anchor; return the title's
    position (or, where no line may be a title, the last headline-like line's)."""
    headlines = [
        (position, block)
        for position, block in enumerate(blocks)
        if position not in taken and _is_free_headline(block)
    ]
    if not headlines:
        return None
    if len(headlines) >= 2:
        (first_pos, first), (second_pos, second) = headlines[-2], headlines[-1]
        if (
            second_pos == first_pos + 1
            and min(first.words, second.words) >= MIN_PAIRED_WORDS
            and _may_be_title(first)
        ):
            first.role, second.role = "title", "subtitle"
            header.title, header.subtitle = _without_breadcrumbs(first.text), second.text
            return first_pos
    titles = [(position, block) for position, block in headlines if _may_be_title(block)]
    if not titles:  # a standfirst without its headline: the bylines and dates are near it
        position, standfirst = headlines[-1]
        standfirst.role = "subtitle"
        header.subtitle = standfirst.text
        return position
    position, last = _about_the_story(titles, lead_words)
    last.role = "title"
    header.title = _without_breadcrumbs(last.text)
    return position


def _read_title_below_the_date(
    blocks: Sequence[Block], anchor: int, header: Header, lead_words: frozenset[str]
) -> None:
    """Where no headline stands above the header's date or byline, the last headline-like
    line between them and the story that names what its first paragraphs tell (pages set
    the date above the headline as well: "22.04.2024, 17:26 Uhr", then the headline)."""
    for block in reversed(blocks[anchor + 1 :]):
        if (
            _is_free_headline(block)
            and _may_be_title(block)
            and _shared_words(block.text, lead_words) >= MIN_SHARED_WORDS
        ):
            block.role = "title"
            header.title = _without_breadcrumbs(block.text)
            return


def _without_breadcrumbs(title: str) -> str:
    """The headline at the end of a breadcrumb trail the renderer ran it into ("Start /
    Ausland / EU und Indien besiegeln ..."): two crumbs or more, of a section's few words
    each (one "Kicker / Headline" is the headline's own)."""
    trail = BREADCRUMB_TRAIL.match(title)
    return trail.group("headline") if trail else title


def _about_the_story(
    titles: list[tuple[int, Block]], lead_words: frozenset[str]
) -> tuple[int, Block]:
    """The last headline-like line, unless it shares no word with the story's lead and an
    earlier one shares some: a headline names what the story's first sentences tell (a
    button, a caption of another picture or a menu entry between it and the story does not)."""
    if not lead_words or _shared_words(titles[-1][1].text, lead_words) > 0:
        return titles[-1]
    for position, block in reversed(titles[-MAX_TITLE_CANDIDATES:]):
        if _shared_words(block.text, lead_words) >= MIN_SHARED_WORDS:
            return position, block
    return titles[-1]


def _shared_words(text: str, lead_words: frozenset[str]) -> int:
    return len(_content_words([text], None) & lead_words)


def _content_words(texts: Sequence[str], language: str | None) -> frozenset[str]:
    """The words of ``texts`` that carry content: four letters or more, case folded, stop
    words of ``language`` aside; in Chinese and Japanese, pairs of characters."""
    stopwords = stopwords_for(language)
    found: set[str] = set()
    for text in texts:
        for word in CONTENT_WORD.findall(text.casefold()):
            if UNSPACED.search(word):
                found.update(word[index : index + 2] for index in range(len(word) - 1))
            elif word not in stopwords:
                found.add(word)
    return frozenset(found)


def _may_be_title(block: Block) -> bool:
    """A headline does not end in a full stop, in any script (a standfirst does, a
    caption, and a story's first sentence where the text has no headline), nor in a
    comma or semicolon (a sentence broken across lines goes on after it)."""
    return not block.text.rstrip().endswith((".", ",", ";", "。", "．", "।", "،"))


def _is_free_headline(block: Block) -> bool:
    """A headline-like line no other rule has claimed: no role, no cue, no list item."""
    return not block.role and block.cue is None and not block.list_item and _is_headline_like(block)


def _is_headline_like(block: Block) -> bool:
    """Four to forty words; a short line ending in a full stop is a label, not a headline,
    nor is one that introduces what follows ("Author of the article:"), a link's label
    for another window, or a line of the header's own (a date, a time, a byline)."""
    if block.text.endswith(".") and block.words < MIN_WORDS_ENDING_IN_STOP:
        return False
    return (
        MIN_HEADLINE_WORDS <= block.words <= MAX_HEADLINE_WORDS
        and not block.text.rstrip().endswith(":")
        and NEW_WINDOW_LABEL.search(block.text) is None
        and not _is_sentences(block)
        and WEB_ADDRESS.match(block.text.strip()) is None
        and not is_header_line(block.bare, None)
    )


def _is_sentences(block: Block) -> bool:
    """Sentences, not a headline: three or more, or two in a line longer than a headline
    with a name before it ("Niemcy. Stałe zamknięcie granic ...") runs (a standfirst, a
    consent notice: "... ansvarlig for dine data på denne nettsiden. Les mer")."""
    breaks = len(INNER_SENTENCE_END.findall(block.text))
    return breaks >= 2 or (breaks == 1 and block.words > MAX_TWO_SENTENCE_HEADLINE_WORDS)
