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

    ``literals`` are pieces of text one of which every match contains
    (lowercased; ``("",)`` when none is known), so a line without any of
    them is passed over by substring tests in C; ``anchored`` cues only match
    at the start of the line.  One regex search per cue was the audit pass's
    largest cost (1.5 MB of removed blocks: 3.5 s with all cues in one
    alternation, which Python's regex engine tries at every position;
    measured on both HTML dev sets, issue 20).
    """

    kind: BoilerplateKind
    pattern: re.Pattern[str]
    literals: tuple[str, ...]
    anchored: bool


@lru_cache(maxsize=1)
def boilerplate_cues() -> tuple[Cue, ...]:
    """The cues, in the order of the data file."""
    cues = []
    for kind_name, patterns in load_json("boilerplate.json").items():
        kind = BoilerplateKind(kind_name)
        for pattern in patterns:
            compiled = re.compile(pattern, re.IGNORECASE)
            anchored = pattern.startswith("^")
            cues.append(Cue(kind, compiled, _quick_test_literals(pattern, anchored), anchored))
    return tuple(cues)


MAX_ALTERNATIVE_LITERALS = 24


def _quick_test_literals(pattern: str, anchored: bool) -> tuple[str, ...]:
    """What the cue's quick test looks for: its required literal, else (for a cue searched
    all along the line) one of its alternatives' literals, else nothing (``("",)``).

    An anchored cue fails at the line's first character, so a dozen substring
    tests would cost it more than its regex; a searched one is tried at every
    position, and without a literal it ran on every line ("(©|ⓒ|\\(c\\)|copyright)
    ... (19|20)\\d\\d", "(datenschutzeinstellungen|einwilligung verwalten)").
    """
    alternatives = () if anchored else required_alternatives(pattern)
    if 0 < len(alternatives) <= MAX_ALTERNATIVE_LITERALS:
        return alternatives
    return (required_literal(pattern),)


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


def required_alternatives(pattern: str) -> tuple[str, ...]:
    """Texts one of which every match of ``pattern`` contains (``()`` if none is known).

    When the pattern is an alternation, each branch's, if every branch has
    some ("©|copyright"); else the most telling of its required literal and
    the alternatives of each group that must match ("\\b(spenden|unterstützen)\\b"),
    optional groups ("(jetzt )?") being passed over.
    """
    literal = required_literal(pattern)
    branches, groups = _top_level_parts(pattern)
    if len(branches) > 1:
        found = [required_alternatives(branch) for branch in branches]
        return tuple(dict.fromkeys(text for texts in found for text in texts)) if all(found) else ()
    candidates: list[tuple[str, ...]] = [(literal,)] if literal else []
    candidates += [texts for group in groups if (texts := required_alternatives(group))]
    return max(candidates, key=_selectivity, default=())


def _selectivity(texts: tuple[str, ...]) -> tuple[int, int]:
    """How rarely a line holds one of ``texts``: the shortest of them first, spaces not
    counted ("(log|sign) ?in" is better told by "log" or "sign" than by "in", and
    "(©|copyright) \\d{4}" by "©" than by " "), then how few they are."""
    return min(len(text.strip()) for text in texts), -len(texts)


def _top_level_parts(pattern: str) -> tuple[list[str], list[str]]:
    """The pattern's branches (split at ``|`` outside groups and classes) and the contents of
    its outermost groups that must match (no ``?``, ``*`` or ``{0`` after them, no lookaround
    or flags group)."""
    branches: list[str] = []
    groups: list[str] = []
    depth, branch_start, group_start, position, in_class = 0, 0, 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            group_start = position if depth == 0 else group_start
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and not _is_optional(pattern[position + 1 : position + 3]):
                groups.append(pattern[group_start + 1 : position])
        elif char == "|" and depth == 0:
            branches.append(pattern[branch_start:position])
            branch_start = position + 1
        position += 1
    branches.append(pattern[branch_start:])
    groups = [group[2:] if group.startswith("?:") else group for group in groups]
    return branches, [group for group in groups if not group.startswith("?")]


def _is_optional(quantifier: str) -> bool:
    return quantifier[:1] in ("?", "*") or quantifier.startswith("{0")


# Letters of the scripts other than Latin that the cues are written in (Greek, Cyrillic,
# Arabic and Hebrew to Devanagari, kana, CJK ideographs, Hangul).
OTHER_SCRIPT = re.compile(r"[\u0370-\u052f\u0590-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CACHED_LINE_CHARS = 200  # lines up to this long are cached: menus, buttons, footers


# A small letter run into a capital: where a renderer glued two labels of a tab row.
GLUED_LABELS = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
# Labels are words: a line with digits or a link's address ("amzn.to/2hXWcSP") is none.
LABEL_ROW = re.compile(r"^[^\W\d_]+(?:[ &'’-]+[^\W\d_]+)*$")
MAX_GLUED_LABELS = 4
MAX_GLUED_LABEL_WORDS = 3


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
    return _first_kind(text) or _glued_labels_kind(text)


def _glued_labels_kind(text: str) -> BoilerplateKind | None:
    """The kind of a row of tab or button labels that a renderer ran together, a label's
    last small letter against the next one's capital ("MeistgelesenEmpfohlen", "Most
    ReadMost Shared"): the first of its labels that is furniture, if each label is a few
    words, and only words.  A name written with a capital inside ("DeSantis", "iPhone")
    is split too, but its parts are no furniture, so it is none."""
    if not GLUED_LABELS.search(text) or not LABEL_ROW.match(text):
        return None
    labels = GLUED_LABELS.sub("\n", text).split("\n")
    if len(labels) > MAX_GLUED_LABELS or any(
        len(label.split()) > MAX_GLUED_LABEL_WORDS for label in labels
    ):
        return None
    return next(filter(None, map(_first_kind, labels)), None)


def _first_kind(text: str) -> BoilerplateKind | None:
    return _first_found(text, _finders(None))


def has_cue_of(text: str, kinds: frozenset[BoilerplateKind]) -> bool:
    """Whether any cue of ``kinds`` is found in ``text`` (the others are not tried: a
    paragraph asked only whether it holds a legal notice costs a fifth of a full lookup)."""
    return cue_of(text, kinds) is not None


def cue_of(text: str, kinds: frozenset[BoilerplateKind]) -> BoilerplateKind | None:
    """The kind of the first cue of ``kinds`` found in ``text``, the others not tried."""
    return _first_found(text, _finders(kinds))


Finder = tuple[BoilerplateKind, tuple[str, ...], Callable[[str], object]]


@dataclass(frozen=True)
class Finders:
    """The cues to try on a line, in order: all of them, and those searched along the line,
    which are all that can match when ``starts`` (every anchored cue in one pattern) fails."""

    starts: Callable[[str], object]
    every: tuple[Finder, ...]
    searched: tuple[Finder, ...]
    # The same without the cues only a line in another script can match (None: these are).
    latin: Finders | None


def _first_found(text: str, finders: Finders) -> BoilerplateKind | None:
    """The kind of the first cue with one of its literals, and its pattern, in ``text``.

    Most lines are sentences that no anchored cue ("^(home|menu|search)$") fits:
    one match of them all together (in C) spares a call of each (a third of the
    lookups' time on the lines of both HTML dev sets)."""
    lowered = text.lower()
    if finders.latin is not None and OTHER_SCRIPT.search(lowered) is None:
        finders = finders.latin
    tried = finders.every if finders.starts(text) is not None else finders.searched
    for kind, literals, find in tried:  # the loop every line of every page goes through
        for literal in literals:
            if literal in lowered:
                if find(text) is not None:
                    return kind
                break
    return None


@lru_cache(maxsize=8)
def _finders(kinds: frozenset[BoilerplateKind] | None) -> Finders:
    """The cues (of ``kinds``, or all) as their kind, literals and bound search (or match,
    for an anchored cue): no attribute lookup or method call between them in the loop."""
    cues = [cue for cue in boilerplate_cues() if kinds is None or cue.kind in kinds]
    latin = _finders_of([cue for cue in cues if not _other_script_only(cue)], None)
    return _finders_of(cues, latin)


def _other_script_only(cue: Cue) -> bool:
    """Whether every literal of the cue has a letter of a script other than Latin ("有料会員",
    "관련기사", "использование"): a line without such letters cannot match it."""
    return all(OTHER_SCRIPT.search(literal) for literal in cue.literals)


def _finders_of(cues: list[Cue], latin: Finders | None) -> Finders:
    anchored = [cue.pattern.pattern for cue in cues if cue.anchored]
    starts = re.compile("|".join(f"(?:{pattern})" for pattern in anchored) or "(?!)", re.IGNORECASE)
    every = tuple(
        (cue.kind, cue.literals, cue.pattern.match if cue.anchored else cue.pattern.search)
        for cue in cues
    )
    searched = tuple(finder for finder, cue in zip(every, cues, strict=True) if not cue.anchored)
    return Finders(starts.match, every, searched, latin)


@lru_cache(maxsize=1)
def credit_pattern() -> re.Pattern[str]:
    """Matches text that reads as an image credit (an agency name or a credit cue word)."""
    data = load_json("credits.json")
    return _whole_names(data["agencies"] + data["cue_words"])


@lru_cache(maxsize=1)
def agency_pattern() -> re.Pattern[str]:
    """Matches the name of a picture agency or wire (credits.json's agencies only)."""
    return _whole_names(load_json("credits.json")["agencies"])


def _whole_names(names: list[str]) -> re.Pattern[str]:
    """Any of ``names`` as a whole word or words, in any case, the longest tried first."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def byline_role_words() -> frozenset[str]:
    """Words that mark a job title inside a byline."""
    return frozenset(load_lines("roles.txt"))
