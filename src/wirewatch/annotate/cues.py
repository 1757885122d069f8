"""The attribution cue lexicon (``data/cues.json``), read once into lookups.

Kept apart from the extractor so rules read as "is this a cue?" questions
and the lexicon can grow without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..data import load_json
from ..model import QuoteKind


@dataclass(frozen=True)
class CueLexicon:
    """What the extractor asks of the lexicon."""

    verb_kinds: dict[str, QuoteKind]
    object_content: frozenset[str]
    passive_sourceless: frozenset[str]
    passive_sourced: frozenset[str]
    adverbs: dict[str, QuoteKind]
    nouns: dict[str, QuoteKind]
    statement_prepositions: frozenset[str]
    channels: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    speech_only: frozenset[str]
    prepositions: dict[str, frozenset[str]]  # preposition -> verbs it follows ({} = any cue verb)

    def verb_kind(self, lemma: str) -> QuoteKind | None:
        return self.verb_kinds.get(lemma)

    def takes_preposition(self, lemma: str, preposition: str) -> bool:
        """'talked about X', 'called for X', 'pointed to X': the preposition's object is the content."""
        verbs = self.prepositions.get(preposition)
        return verbs is not None and (not verbs or lemma in verbs)


@cache
def cue_lexicon() -> CueLexicon:
    """The lexicon, checked for a lemma listed under two kinds (the kind must be one)."""
    data = load_json("cues.json")
    verb_kinds: dict[str, QuoteKind] = {}
    for kind_name, lemmas in data["verbs"].items():
        kind = QuoteKind(kind_name)
        for lemma in lemmas:
            if verb_kinds.get(lemma, kind) != kind:
                raise ValueError(
                    f"cues.json: '{lemma}' is listed as {verb_kinds[lemma]} and {kind}"
                )
            verb_kinds[lemma] = kind
    return CueLexicon(
        verb_kinds=verb_kinds,
        object_content=frozenset(data["object_content"]),
        passive_sourceless=frozenset(data["passive_sourceless"]),
        passive_sourced=frozenset(data["passive_sourced"]),
        adverbs={word: QuoteKind(kind) for word, kind in data["adverbs"].items()},
        nouns={word: QuoteKind(kind) for word, kind in data["nouns"].items()},
        statement_prepositions=frozenset(data["statement_prepositions"]),
        channels=frozenset(data["channels"]),
        phrasal={verb: frozenset(parts) for verb, parts in data["phrasal"].items()},
        speech_only=frozenset(data["speech_only"]),
        prepositions={prep: frozenset(verbs) for prep, verbs in data["prepositions"].items()},
    )
