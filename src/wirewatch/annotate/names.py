"""Comparing names as news writes them: titles, possessives, acronyms.

"Mr Kim" and "Kim Jong-un" are one person once the title is gone and the
surname compared; "WPK" is the "Workers' Party" of Korea once initials are
compared.  Pure string functions, so they are easy to test on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..data import load_lines
from .gazetteer import name_key

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
INITIALS_SKIPPED = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "la",
        "le",
        "del",
        "des",
        "du",
        "on",
        "in",
        "at",
        "to",
        "a",
        "an",
    ]
)
# Letters an acronym may carry beyond the name it abbreviates: the country
# ("Workers' Party of Korea" is written "Workers' Party", abbreviated "WPK").
MAX_EXTRA_ACRONYM_LETTERS = 2


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(load_lines("titles.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(title) for title in titles)
    return re.compile(rf"^(?:(?:{alternatives})\.?\s+)+", re.IGNORECASE)


def strip_titles(name: str) -> str:
    """'Mr Kim' -> 'Kim', 'President Joe Biden' -> 'Joe Biden'; a bare title stays as it is."""
    stripped = _title_pattern().sub("", name).strip()
    return stripped or name


def person_tokens(name: str) -> list[str]:
    """Comparable tokens of a person's name: titles, case, accents, hyphens gone."""
    return name_key(strip_titles(name)).split()


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text.strip()))


def initials(name: str) -> str:
    """'Korean Central News Agency' -> 'KCNA'; small words are skipped."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return "".join(word[0].upper() for word in words if word.lower() not in INITIALS_SKIPPED)


def acronym_matches(acronym: str, name: str, extra_initials: Iterable[str] = ()) -> bool:
    """Whether ``acronym`` abbreviates ``name``, allowing trailing letters from ``extra_initials``.

    ``extra_initials`` are first letters of place words the article mentions,
    so an organisation named without its country still matches its acronym.
    """
    letters = initials(name)
    if len(letters) < 2 or not acronym.startswith(letters):
        return False
    extra = acronym[len(letters) :]
    allowed = {letter.upper() for letter in extra_initials}
    return len(extra) <= MAX_EXTRA_ACRONYM_LETTERS and all(letter in allowed for letter in extra)
