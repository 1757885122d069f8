"""The PLOVER event lexicon (``data/plover.json``): patterns per event type, sectors, IGO codes.

A pattern is the verb lemma, optionally with a particle or preposition
("pull out", "fire at") or with the lemma of its object ("fire >shot");
the most specific pattern that matches a verb wins, so "fired warning
shots" is a show of force (MOBILIZE) while "fired at the border post" is an
attack (ASSAULT).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..data import load_json


@dataclass(frozen=True)
class Pattern:
    """One phrasing of an event type."""

    type: str
    verb: str
    particle: str | None  # "out" in "pull out", "at" in "fire at"
    object: str | None  # "shot" in "fire >shot"
    mode: str | None

    @property
    def text(self) -> str:
        parts = [self.verb]
        if self.particle:
            parts.append(self.particle)
        if self.object:
            parts.append(">" + self.object)
        return " ".join(parts)

    @property
    def specificity(self) -> int:
        return (self.object is not None) * 2 + (self.particle is not None)


@dataclass(frozen=True)
class EventType:
    """A PLOVER type with its nearest CAMEO root and quad class."""

    name: str
    cameo: str
    quad: int


@dataclass(frozen=True)
class PloverLexicon:
    types: dict[str, EventType]
    patterns: dict[str, list[Pattern]]  # verb lemma -> its patterns, most specific first
    sectors: dict[str, str]  # head noun -> sector code
    igos: dict[str, str]  # organisation name, as written -> code

    def match(self, verb: str, particles: set[str], objects: set[str]) -> Pattern | None:
        """The most specific pattern of ``verb`` that fits its particles/prepositions and object."""
        for pattern in self.patterns.get(verb, []):
            if pattern.particle is not None and pattern.particle not in particles:
                continue
            if pattern.object is not None and pattern.object not in objects:
                continue
            return pattern
        return None


@cache
def plover_lexicon() -> PloverLexicon:
    data = load_json("plover.json")
    types: dict[str, EventType] = {}
    patterns: dict[str, list[Pattern]] = {}
    for name, entry in data["types"].items():
        types[name] = EventType(name=name, cameo=entry["cameo"], quad=int(entry["quad"]))
        for written in entry["patterns"]:
            pattern = _read_pattern(name, written)
            patterns.setdefault(pattern.verb, []).append(pattern)
    for found in patterns.values():
        found.sort(key=lambda p: -p.specificity)
    sectors = {
        word: code
        for code, words in data["sectors"].items()
        if not code.startswith("_")
        for word in words
    }
    igos = {
        name: code
        for code, names in data["igos"].items()
        if not code.startswith("_")
        for name in names
    }
    return PloverLexicon(types=types, patterns=patterns, sectors=sectors, igos=igos)


def _read_pattern(type_name: str, written: str) -> Pattern:
    """'fire >shot', 'pull out', 'arrest|arrest' -> Pattern."""
    text, _, mode = written.partition("|")
    words = text.split()
    verb = words[0]
    particle = next((w for w in words[1:] if not w.startswith(">")), None)
    target = next((w[1:] for w in words[1:] if w.startswith(">")), None)
    return Pattern(type=type_name, verb=verb, particle=particle, object=target, mode=mode or None)
