"""Which language an article is in, so language-specific steps run only where they can."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

# 2000 characters: on the 313 gold bodies of both HTML dev sets the same language as
# with 5000 in every case, at 1.3 ms instead of 2.4 (issue 20).
SAMPLE_CHARS = 2000
MIN_WORDS_TO_TRUST = 12


class LanguageGuess(NamedTuple):
    code: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> LanguageGuess | None:
    """ISO 639-1 code and confidence (0-1) for ``text``; None when too short to tell."""
    return _classify(text[:SAMPLE_CHARS])


@lru_cache(maxsize=64)
def _classify(sample: str) -> LanguageGuess | None:
    """Cached: the HTML cleaner and the language stage both ask about the same body."""
    if len(sample.split()) < MIN_WORDS_TO_TRUST:
        return None
    code, confidence = _identifier().classify(sample)
    return LanguageGuess(str(code), float(confidence))
