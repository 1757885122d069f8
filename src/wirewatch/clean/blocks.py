"""Page text as a list of blocks (one per line or paragraph) with their features.

Text rendered or copied from a web page puts each block element on its own
line, so a line is the unit of the cleaner.  Hard-wrapped paragraphs (a line
that stops mid-sentence followed by one that starts in lower case) are
joined back first, so wrapped text is not mistaken for a list of short lines.
"""

from __future__ import annotations

import enum
import importlib.util
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..model import BoilerplateKind

WORD = re.compile(r"\w+(?:['’.-]\w+)*")
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script, not a digit or underscore
LIST_MARKER = re.compile(r"^\s*(?:[*+•·▪►–-]|\d{1,2}[.)])\s+")
# A list's third level, as text renderers (inscriptis, lynx) bullet it: "o Australia" under
# "+ Asia" under "* News". A line of running text may begin with the word "o" ("o presidente",
# "o la otra"), so it is a bullet only where it stands among other list items.
NESTED_BULLET = re.compile(r"^\s*o\s+(?=\S)")
# Sentence ends of the scripts news is written in: Latin, CJK (。！？」』), Devanagari
# and Bengali (। ॥), Arabic and Urdu (؟ ۔), Armenian (։), Ethiopic (።), Myanmar (။), Khmer (។ ៕);
# a quotation closes with ” or ’, with “ in German („…“) and with « in »…«.
TERMINAL_PUNCTUATION = tuple('.!?…:;"”’“»«)]。！？」』）．।॥؟۔։።။។៕')
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|„[^“”]*[“”]|«[^»]*»|»[^«]*«")
# Words that speak to the reader or for the publisher, in the languages met most: news
# text uses them only inside quotes. "us" counts in lower case only ("US" is a country);
# German's formal "Sie"/"Ihre" only inside a sentence (at its start they are "she", "her").
_READER_WORDS_BY_LANGUAGE = (
    "you your yours we our ours",
    "wir unser unsere unserer unseren unserem unseres euch euer eure dein deine deinen deinem deiner",
    "vous votre vos nous notre nos",
    "usted ustedes nosotros nosotras nuestro nuestra nuestros nuestras",
    "voi vostro vostra vostri vostre noi nostro nostra nostri nostre",
    "jullie jouw uw wij onze",
    "você vocês nosso nossa nossos nossas",
)
READER_WORDS = frozenset(word for words in _READER_WORDS_BY_LANGUAGE for word in words.split())
GERMAN_FORMAL_ADDRESS = re.compile(
    r"(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihre|Ihr|Ihren|Ihrem|Ihrer|Ihres)\b"
)
SIMPLE_WORD = re.compile(r"\w+")
# A wire story's dateline, which opens its first paragraph and nothing else: the place in
# capitals, or the place with the agency in brackets, then a dash ("ST. JOSEPH, Mich. (AP)
# — ", "LONDON, Nov 19 (Reuters) - ", "Moskau/Kiew (dpa) - ", "WASHINGTON — ").
DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,40}[A-ZÀ-Þ.]"
    r"|[A-ZÀ-Þ][\w.'’-]{0,30}(?:[ /][A-ZÀ-Þ][\w.'’-]{0,30}){0,3}(?=(?:,[^()\n]{1,40})? \())"
    r"(?:,[^()—–\n]{1,40}?)?(?: \([^()\n]{2,30}\))?\s?(?:[—–]|--?)\s"
)
DATELINE_CHARS = 160  # a dateline stands in a line's first characters
MAX_JOINED_STOPWORD = 4
QUOTE_MARKS = frozenset('"“„«»')
# Words of a story paragraph where a rule counts the paragraphs told (is_story_paragraph).
STORY_PARAGRAPH_WORDS = 12
# Hard-wrapped text (see wrap_width): filled to one width of 40 to 120 columns, half its
# lines to three quarters of it at least; the width is the lines' 90th percentile.
MIN_WRAPPED_LINES = 4
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 40, 120
WRAP_PERCENTILE = 0.9
WRAP_FILL = 0.75
WRAPPED_SHARE = 0.5
# Language codes the detector gives where spaCy's folder has another name.
SPACY_LANGUAGE_CODES = {"no": "nb", "nn": "nb"}


class BlockClass(enum.StrEnum):
    """jusText's classes: GOOD is body text, BAD is furniture, the rest depends on neighbours."""

    GOOD = "good"
    NEAR_GOOD = "near_good"
    SHORT = "short"
    BAD = "bad"


@dataclass
class Block:
    """One line of the page and what the cleaner has learnt about it."""

    index: int
    text: str
    # The line without its list marker ("* ", "1. "): a renderer bullets every item of
    # every list, a menu's and a teaser card's as much as the story's, and the rules that
    # read a line's shape (a timestamp, a label, a date) must read it without the bullet.
    bare: str
    blank_before: bool
    words: int
    stopword_density: float
    list_item: bool
    cue: BoilerplateKind | None
    klass: BlockClass = BlockClass.SHORT
    kind: BoilerplateKind | None = None
    role: str | None = None  # title, subtitle, byline, date, caption, related, body
    # Not body, but no evidence against the story around it either: a short line among
    # short lines (classify.set_fragments_aside), an ad slot's label (classify.is_slot_label).
    neutral: bool = False

    @property
    def ends_like_sentence(self) -> bool:
        return self.text.rstrip().endswith(TERMINAL_PUNCTUATION)

    @property
    def opens_with_dateline(self) -> bool:
        """Whether the line is a wire story's lead, which its dateline opens (:data:`DATELINE`)."""
        return DATELINE.match(self.bare, 0, DATELINE_CHARS) is not None

    @cached_property
    def reader_address(self) -> int:
        """Times the block speaks to the reader (see :func:`reader_address`)."""
        return reader_address(self.text)


def reader_address(text: str) -> int:
    """Times ``text`` speaks to the reader (you, we, our) outside quotation marks.

    Words are looked up in a set, not found by one regex of sixty
    alternatives: the classifier asks about every line, often twice.
    """
    if not QUOTE_MARKS.isdisjoint(text):
        text = QUOTED.sub(" ", text)
    words: list[str] = SIMPLE_WORD.findall(text)
    count = sum(word == "us" or word.lower() in READER_WORDS for word in words)
    if "Sie" in text or "Ih" in text:
        count += len(GERMAN_FORMAL_ADDRESS.findall(text))
    return count


def split_lines(text: str, language: str | None = None) -> list[tuple[str, bool]]:
    """Non-empty stripped lines, each with whether a blank line came before it; a
    paragraph broken across lines (hard-wrapped, or a break mid-sentence) is one line,
    and so is a drop cap with the rest of its word (``language`` says which letters are
    words of their own).

    A paragraph's pieces are gathered and joined once (joined line by line, a text of
    60,000 lines that each go on the one before took a minute)."""
    physical = [" ".join(raw.split()) for raw in text.split("\n")]
    width = wrap_width(physical)
    words = one_letter_words(language)
    paragraphs: list[tuple[list[str], bool]] = []
    blank = True
    previous = ""  # the last physical line, which a wrap filled
    length = 0  # of the paragraph so far, joined
    for line in physical:
        if not line:
            blank = True
            continue
        if paragraphs and not blank and _is_drop_cap(paragraphs[-1][0], line, words):
            paragraphs[-1][0].append(line)  # "E" + "xercice: ..." is "Exercice: ..."
            length += len(line)
        elif (
            paragraphs
            and not blank
            and (continues_sentence(previous, length, line) or _wrapped(previous, line, width))
        ):
            joiner = line_joiner(previous)
            paragraphs[-1][0].extend((joiner, line))
            length += len(joiner) + len(line)
        else:
            paragraphs.append(([line], blank))
            length = len(line)
        blank = False
        previous = line
    return [("".join(pieces), blank_before) for pieces, blank_before in paragraphs]


# Letters that are words of their own ("A man", "I think", "W poniedziałek", "V pondělí",
# "Y luego", "À Paris", "В Москве"), by the page's language, and all of them where it is not
# known: a drop cap that is one of them may be followed by a space of its own.
ONE_LETTER_WORDS = {
    "en": "ai", "de": "", "nl": "", "fr": "aày", "es": "aeouy", "it": "aeio", "pt": "aeoà",
    "pl": "aiouwz", "cs": "aikosuvz", "sk": "aikosuvz", "sv": "iå", "da": "iå", "no": "iå",
    "ru": "авикосуя", "uk": "авзійоу", "tr": "o", "ro": "aoș", "hu": "a",
}  # fmt: skip
ANY_ONE_LETTER_WORD = "".join(sorted(set("".join(ONE_LETTER_WORDS.values())))) + "áéóúýè"


def one_letter_words(language: str | None) -> str:
    """The letters that are words of their own in ``language`` (all of them if unknown)."""
    return ONE_LETTER_WORDS.get((language or "").split("-")[0].lower(), ANY_ONE_LETTER_WORD)


def _is_drop_cap(pieces: list[str], line: str, words: str) -> bool:
    """Whether the paragraph so far is a drop cap, the story's first letter set large
    beside it (``<span style="display:block;float:left">E</span>xercice``), which a
    renderer puts on a line of its own: one capital that is no word of one letter
    (``words``: "A" over "man walked in" is two words), and the line goes on in small
    letters."""
    return (
        len(pieces) == 1
        and len(pieces[0]) == 1
        and pieces[0].isupper()
        and pieces[0].lower() not in words
        and line[:1].islower()
    )


def _split(
    lines: list[tuple[str, bool]], split_line: Callable[[str], list[str]] | None
) -> list[tuple[str, bool]]:
    """The lines, each split by ``split_line`` if given (its parts stand on one another)."""
    if split_line is None:
        return lines
    return [
        (part, blank_before and not offset)
        for line, blank_before in lines
        for offset, part in enumerate(split_line(line))
    ]


def line_joiner(previous: str) -> str:
    """What joins a broken line to the next: a space, or nothing after a word's hyphen
    ("long-" and "standing", as a wrap breaks a compound)."""
    return "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column a hard-wrapped text was filled to (plain-text mail, wire copy, text taken
    from a PDF), or None when its lines are paragraphs of any length, as a web page's are.

    Wrapped, most lines end a few characters short of one width: the longest line but
    the odd address or table row (the 90th percentile of lengths), at most
    :data:`MAX_WRAP_WIDTH`, with at least half the lines filled to three quarters of it.
    """
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(WRAP_PERCENTILE * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    filled = sum(WRAP_FILL * width <= length <= width for length in lengths)
    return width if filled >= WRAPPED_SHARE * len(lengths) else None


def _wrapped(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` goes on the paragraph of ``previous`` in a text wrapped at
    ``width``: its first word would not have fitted on the line before, so the line was
    broken there, not ended (a list's item, marked, is not joined)."""
    if width is None or len(previous) > width or LIST_MARKER.match(line):
        return False
    first_word = line.split(maxsplit=1)[0]
    return len(previous) + 1 + len(first_word) > width


def continues_sentence(previous: str, length: int, line: str) -> bool:
    """Whether ``line`` is the wrapped rest of the paragraph (``length`` characters so far)
    that ``previous`` ends (a hard line break mid-sentence)."""
    return (
        length >= 40
        and not previous.endswith(TERMINAL_PUNCTUATION)
        and line[:1].islower()
        and not LIST_MARKER.match(line)
    )


# Chinese and Japanese characters: written without spaces, their runs of word characters
# stand between commas, so a word is counted per two characters (a word of Chinese is one
# or two characters, of Japanese text two or three with its kana).
UNSPACED_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
CHARACTERS_PER_UNSPACED_WORD = 2


def word_count(line: str, words: list[str]) -> int:
    """How many words ``line`` has: its runs of word characters (``words``), and in
    Chinese and Japanese a word per two characters, so that a long paragraph of theirs
    is long for every rule that weighs a line by its words."""
    characters = len(UNSPACED_CHARACTER.findall(line))
    if not characters:
        return len(words)
    spaced = sum(UNSPACED_CHARACTER.search(word) is None for word in words)
    return spaced + -(-characters // CHARACTERS_PER_UNSPACED_WORD)


def make_blocks(
    text: str, language: str | None, *, split_line: Callable[[str], list[str]] | None = None
) -> list[Block]:
    """The blocks of ``text`` with their features computed; ``split_line`` may make two
    blocks of a line (a legal notice joined to the story's last sentence)."""
    from .lexicon import boilerplate_kind

    stopwords = stopwords_for(language)
    longest = _longest_stopword(stopwords)
    blocks = []
    lines = _split(split_lines(text, language), split_line)
    nested = _nested_bullets([line for line, _ in lines])
    for index, (line, blank_before) in enumerate(lines):
        words = [word.lower() for word in WORD.findall(line)]
        bare = NESTED_BULLET.sub("", line) if index in nested else LIST_MARKER.sub("", line)
        density = _stopword_count(words, stopwords, longest) / len(words) if words else 0.0
        blocks.append(
            Block(
                index=index,
                text=line,
                bare=bare,
                blank_before=blank_before,
                words=word_count(line, words),
                stopword_density=density,
                list_item=bare != line,
                cue=boilerplate_kind(bare),
            )
        )
    return blocks


def _nested_bullets(lines: list[str]) -> set[int]:
    """Positions of the lines bulleted "o " that stand in a list: each run of them has a
    line with another list marker right above or below it."""
    found: set[int] = set()
    position = 0
    while position < len(lines):
        if not NESTED_BULLET.match(lines[position]):
            position += 1
            continue
        run_end = position
        while run_end < len(lines) and NESTED_BULLET.match(lines[run_end]):
            run_end += 1
        neighbours = lines[position - 1 : position] + lines[run_end : run_end + 1]
        if any(LIST_MARKER.match(line) for line in neighbours):
            found.update(range(position, run_end))
        position = run_end
    return found


def _stopword_count(words: list[str], stopwords: frozenset[str], longest: int) -> int:
    """How many of ``words`` are stop words, a stop word of several words counted whole.

    Vietnamese lists are written word-segmented, the syllables of one word
    joined by "_" ("bao_giờ", "nói_chung"): running text separates them with
    spaces, so runs of syllables are looked up joined, the longest first.  Taking
    the syllables one by one instead would make a menu ("Thời sự Thế giới Kinh
    doanh ...") as dense as prose.
    """
    if longest == 1:
        return sum(word in stopwords for word in words)
    count = position = 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            if "_".join(words[position : position + size]) in stopwords:
                count += size
                position += size
                break
        else:
            position += 1
    return count


@lru_cache(maxsize=32)
def _longest_stopword(stopwords: frozenset[str]) -> int:
    """The most words one stop word joins with "_" (1 for most lists; at most 4 are tried)."""
    return min(max((word.count("_") + 1 for word in stopwords), default=1), MAX_JOINED_STOPWORD)


@lru_cache(maxsize=32)
def stopwords_for(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list for the language (spaCy ships them for ~70 languages).

    Only the list's own file is run, not the language package around it:
    importing ``spacy.lang.fr`` builds the French tokenizer exceptions (5 s,
    measured on the first French page of news-metadata-fundus, issue 20),
    and ``import spacy`` itself takes seconds; the lists import nothing.  An
    unknown language gets an empty set and the cleaner falls back on length
    and punctuation alone. Norwegian is "no" (or "nn") to the language
    detector and "nb" to spaCy.
    """
    if not language or not (language.isascii() and language.isalpha()):
        return frozenset()
    language = SPACY_LANGUAGE_CODES.get(language.lower(), language.lower())
    path = _spacy_languages() / language / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_wirewatch_stop_words_{language}", path)
    if not path.is_file() or spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(word.lower() for word in getattr(module, "STOP_WORDS", ()))


@lru_cache(maxsize=1)
def _spacy_languages() -> Path:
    """spaCy's ``lang`` folder, found without importing spaCy."""
    spec = importlib.util.find_spec("spacy")
    locations = spec.submodule_search_locations if spec is not None else None
    return Path(next(iter(locations or []), ".")) / "lang"


def is_story_paragraph(block: Block) -> bool:
    """A paragraph of the story, as the rules that ask whether a story has begun count them:
    body text of a sentence's length at least, in no other role."""
    return (
        block.klass is BlockClass.GOOD and not block.role and block.words >= STORY_PARAGRAPH_WORDS
    )


def near_each_other(positions: list[int], max_gap: int) -> list[list[int]]:
    """The positions (in order) in runs where each is at most ``max_gap`` after the last."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and position - runs[-1][-1] <= max_gap:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def mark_furniture(block: Block, kind: BoilerplateKind) -> None:
    """Mark a block as furniture of ``kind``; captions and related links keep their role."""
    if block.role in {"caption", "caption_twin", "related"}:
        return
    block.klass = BlockClass.BAD
    block.kind = kind
