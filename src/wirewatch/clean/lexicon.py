"""Compiled cue lexicons for the cleaner, built once from the data files."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_json, load_lines
from ..model import BoilerplateKind


@lru_cache(maxsize=1)
def boilerplate_cues() -> tuple[tuple[BoilerplateKind, re.Pattern[str]], ...]:
    """(kind, pattern) pairs, in the order of the data file."""
    cues = []
    for kind_name, patterns in load_json("boilerplate.json").items():
        kind = BoilerplateKind(kind_name)
        for pattern in patterns:
            cues.append((kind, re.compile(pattern, re.IGNORECASE)))
    return tuple(cues)


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern[str]:
    """All cues in one pattern: most lines match none, and one search says so."""
    return re.compile(
        "|".join(f"(?:{pattern.pattern})" for _, pattern in boilerplate_cues()), re.IGNORECASE
    )


def boilerplate_kind(text: str) -> BoilerplateKind | None:
    """The first boilerplate kind whose cue matches ``text``, if any."""
    if not _any_cue().search(text):
        return None
    for kind, pattern in boilerplate_cues():
        if pattern.search(text):
            return kind
    return None


@lru_cache(maxsize=1)
def credit_pattern() -> re.Pattern[str]:
    """Matches text that reads as an image credit (an agency name or a credit cue word)."""
    data = load_json("credits.json")
    names = sorted(data["agencies"] + data["cue_words"], key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def byline_role_words() -> frozenset[str]:
    """Words that mark a job title inside a byline."""
    return frozenset(load_lines("roles.txt"))
