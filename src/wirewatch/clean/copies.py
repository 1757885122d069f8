"""A copy of the story run together in one block: the same story, told once.

Pages hold their story twice more often than one would think: once in
paragraphs and once run together in a single block (a print or search copy,
a text for machines or screen readers, a summary box that is the whole
story).  A reader sees the story once, and an event coder that read it twice
would report each event twice.

A copy is told by its runs of words (:data:`COPY_RUN` in a row): most of a
copy's runs are found in the other paragraphs, in the same order; almost none
of a paragraph's that only shares their words (names, figures, the words of
the same subject).  They must be spread over several of them: a paragraph
shown twice is a repeat, which the rules for repeats weigh (a pull quote, a
lead repeated for small screens), not a copy of the story.

A pull quote is a sentence of the story set again beside it in large type, a paragraph
or two from the paragraph that says it: the page shows the words twice, the story says
them once (:func:`pull_quote_positions`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .blocks import WORD

MIN_COPY_WORDS = 60  # longer than any teaser's summary: shorter blocks are never copies
COPY_SHARE = 0.8  # of a copy's runs found in the others; no one other block holds as many
COPY_RUN = 5  # words in a row
MAX_HOLDERS = 4  # paragraphs that hold a run of a copy: the copy, the original, two repeats


def copy_positions(paragraphs: Sequence[str]) -> set[int]:
    """Positions of the paragraphs that run together what the others say.

    The longest are weighed first, each against the paragraphs not yet found
    to be copies: where the copy stands first, the paragraphs after it stay.
    """
    if len(paragraphs) < 3:
        return set()
    words = [paragraph.lower().split() for paragraph in paragraphs]
    openings = Counter(tuple(paragraph_words[:COPY_RUN]) for paragraph_words in words)
    candidates = sorted(
        (
            position
            for position, paragraph_words in enumerate(words)
            if len(paragraph_words) >= MIN_COPY_WORDS and _holds_openings(paragraph_words, openings)
        ),
        key=lambda position: (-len(words[position]), -position),
    )
    if not candidates:
        return set()
    runs = [_word_runs(paragraph) for paragraph in paragraphs]
    holders: dict[tuple[str, ...], set[int]] = {}
    for position, paragraph_runs in enumerate(runs):
        for run in paragraph_runs:
            holders.setdefault(run, set()).add(position)
    copies: set[int] = set()
    for position in candidates:
        if _is_copy(runs[position], holders, copies, position):
            copies.add(position)
    return copies


def _holds_openings(words: list[str], openings: Counter[tuple[str, ...]]) -> bool:
    """Whether a paragraph holds the first words of two others, as a copy of them does: a
    test in one pass over its words before the runs are counted (most pages have no copy).
    Its own first words count only when another paragraph opens with them too."""
    found = 0
    for start in range(len(words) - COPY_RUN + 1):
        window = tuple(words[start : start + COPY_RUN])
        if window in openings and (start > 0 or openings[window] > 1):
            found += 1
            if found > 1:
                return True
    return False


def _is_copy(
    own: list[tuple[str, ...]],
    holders: dict[tuple[str, ...], set[int]],
    copies: set[int],
    position: int,
) -> bool:
    """Whether most of a paragraph's runs are found in other paragraphs (not copies), and
    in more than one. A run that many paragraphs hold is a phrase of the page, not of one
    paragraph ("the the the ...", a form's labels), and is not weighed."""
    found: list[set[int]] = []
    weighed = 0
    for run in own:
        others = holders[run]
        if len(others) > MAX_HOLDERS:
            continue
        weighed += 1
        if others := others - copies - {position}:
            found.append(others)
    if not found or len(found) < COPY_SHARE * weighed:
        return False
    held = Counter(other for others in found for other in others)
    return max(held.values()) < COPY_SHARE * weighed


def _word_runs(text: str) -> list[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return [tuple(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1)]


MIN_PULL_QUOTE_WORDS = 8
PULL_QUOTE_REACH = 2  # paragraphs between a pull quote and the one that says it, at most
CLOSING_QUOTES = "\"'”’»“«"
SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")


def pull_quote_positions(paragraphs: Sequence[str]) -> set[int]:
    """Positions of the pull quotes: a whole sentence of eight words or more found inside
    a longer paragraph near it.  A quotation set as a subheading above the section that
    says it ("'He put me in a hole in the basement floor'") ends no sentence, and is none
    (the subheadings of CBC's and the Mirror's pages)."""
    said = [" ".join(WORD.findall(paragraph.casefold())) for paragraph in paragraphs]
    found = set()
    for position, paragraph in enumerate(paragraphs):
        words = said[position]
        if not _ends_sentence(paragraph) or len(words.split()) < MIN_PULL_QUOTE_WORDS:
            continue
        near = range(max(0, position - PULL_QUOTE_REACH), position + PULL_QUOTE_REACH + 1)
        if any(
            other < len(said)
            and other != position
            and len(said[other]) > len(words)
            and f" {words} " in f" {said[other]} "
            for other in near
        ):
            found.add(position)
    return found


def _ends_sentence(paragraph: str) -> bool:
    """Whether the paragraph ends with a sentence's mark, inside quotation marks or not."""
    return paragraph.rstrip().rstrip(CLOSING_QUOTES).endswith(SENTENCE_ENDS)
