"""Compiled cue lexicons for the cleaner, built once from the data files."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_json, load_lines
from ..model import BoilerplateKind


@dataclass(frozen=True)
class Cue:
    """One boilerplate cue: its kind, its pattern and a cheap test that it cannot match.

    ``literal`` is a piece of text every match contains (lowercased), so a
    line without it is passed over by a substring test in C; ``anchored``
    cues only match at the start of the line.  One regex search per cue was
    the audit pass's largest cost (1.5 MB of removed blocks: 3.5 s with all
    cues in one alternation, which Python's regex engine tries at every
    position; measured on both HTML dev sets, issue 20).
    """

    kind: BoilerplateKind
    pattern: re.Pattern[str]
    literal: str
    anchored: bool


@lru_cache(maxsize=1)
def boilerplate_cues() -> tuple[Cue, ...]:
    """The cues, in the order of the data file."""
    cues = []
    for kind_name, patterns in load_json("boilerplate.json").items():
        kind = BoilerplateKind(kind_name)
        for pattern in patterns:
            compiled = re.compile(pattern, re.IGNORECASE)
            cues.append(Cue(kind, compiled, required_literal(pattern), pattern.startswith("^")))
    return tuple(cues)


# Parts of a pattern that may match nothing or vary: groups (with any quantifier),
# escapes, character classes, wildcards, and any character made optional.
_GROUP = re.compile(r"\([^()]*\)[?*+]?(?:\{[\d,]*\})?")
_VARIABLE = re.compile(r"\\.|\[[^\]]*\][?*+]?(?:\{[\d,]*\})?|\.(?:[?*+]|\{[\d,]*\})?|[\^$|]")
_OPTIONAL = re.compile(r".(?:[?*]|\{0,?\d*\})")


def required_literal(pattern: str) -> str:
    """The longest plain run of text that every match of ``pattern`` contains ("" if none).

    Conservative: a pattern with ``|`` outside groups has no required text.
    """
    stripped = pattern
    while (reduced := _GROUP.sub("\0", stripped)) != stripped:
        stripped = reduced
    if "|" in stripped:
        return ""
    stripped = _OPTIONAL.sub("\0", _VARIABLE.sub("\0", stripped))
    runs = [run for run in stripped.split("\0") if not _has_metacharacter(run)]
    return max(runs, key=len, default="").lower()


def _has_metacharacter(run: str) -> bool:
    return any(char in run for char in "\\()[]{}?*+.")


CACHED_LINE_CHARS = 200  # lines up to this long are cached: menus, buttons, footers


def boilerplate_kind(text: str) -> BoilerplateKind | None:
    """The first boilerplate kind whose cue matches ``text``, if any.

    Short lines are cached: an outlet's menus, share buttons and footers come
    back on every one of its pages (on the two HTML dev sets, 28% of the lines
    asked about were asked before; in a crawl of a few outlets, most).  Long
    ones are not, so the cache stays small (at most 16,384 lines of 200 characters).
    """
    return _short_line_kind(text) if len(text) <= CACHED_LINE_CHARS else _first_kind(text)


@lru_cache(maxsize=16384)
def _short_line_kind(text: str) -> BoilerplateKind | None:
    return _first_kind(text)


def _first_kind(text: str) -> BoilerplateKind | None:
    return _first_found(text, _finders(None))


def has_cue_of(text: str, kinds: frozenset[BoilerplateKind]) -> bool:
    """Whether any cue of ``kinds`` is found in ``text`` (the others are not tried: a
    paragraph asked only whether it holds a legal notice costs a fifth of a full lookup)."""
    return cue_of(text, kinds) is not None


def cue_of(text: str, kinds: frozenset[BoilerplateKind]) -> BoilerplateKind | None:
    """The kind of the first cue of ``kinds`` found in ``text``, the others not tried."""
    return _first_found(text, _finders(kinds))


Finder = tuple[BoilerplateKind, str, Callable[[str], object]]


def _first_found(text: str, finders: tuple[Finder, ...]) -> BoilerplateKind | None:
    """The kind of the first finder whose literal and pattern are both in ``text``."""
    lowered = text.lower()
    for kind, literal, find in finders:  # the loop every line of every page goes through
        if literal in lowered and find(text) is not None:
            return kind
    return None


@lru_cache(maxsize=8)
def _finders(kinds: frozenset[BoilerplateKind] | None) -> tuple[Finder, ...]:
    """The cues (of ``kinds``, or all) as their kind, literal and bound search (or match,
    for an anchored cue): no attribute lookup or method call between them in the loop."""
    return tuple(
        (cue.kind, cue.literal, cue.pattern.match if cue.anchored else cue.pattern.search)
        for cue in boilerplate_cues()
        if kinds is None or cue.kind in kinds
    )


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
