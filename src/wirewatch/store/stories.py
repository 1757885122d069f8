"""Syndication: the same wire story on many sites, lightly edited, is one story.

Each article gets a MinHash signature (datasketch) of its word 5-grams; the
signature is cut into bands, and articles sharing a band are candidates
(locality-sensitive hashing).  The bands live in the database, so the index
persists and grows with the corpus instead of being rebuilt in memory; a
candidate is confirmed when the estimated Jaccard similarity of the two
texts' shingles is at least :data:`SAME_STORY`.  With 21 bands of 3 rows, a
pair at similarity 0.6 is found with probability 1 - (1 - 0.6^3)^21 = 0.99
and one at 0.5 with 0.94; two reports of one event in different words share
almost no 5-grams (0.0 to 0.05 on the test corpus, against 0.61 for a lightly
edited copy), so 0.5 separates them with a wide margin.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 64
BANDS = 21
ROWS = 3  # 63 of the 64 values go into bands
SHINGLE_WORDS = 5
SAME_STORY = 0.5  # estimated Jaccard similarity of 5-gram shingles: an edited copy
SEED = 20221229  # fixed: signatures stored today must compare with tomorrow's


@dataclass(frozen=True)
class Fingerprint:
    """An article's MinHash signature and its LSH band keys."""

    signature: bytes
    bands: list[str]


def fingerprint(text: str) -> Fingerprint:
    from datasketch import MinHash

    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
    values = minhash.hashvalues.astype(np.uint64)
    bands = [
        f"{band}:{hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
        for band in range(BANDS)
    ]
    return Fingerprint(values.tobytes(), bands)


def shingles(text: str) -> set[str]:
    """Word 5-grams of the lower-cased text; a short text is its own single shingle."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)}
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity from two stored signatures."""
    a = np.frombuffer(first, dtype=np.uint64)
    b = np.frombuffer(second, dtype=np.uint64)
    return float(np.mean(a == b))


# Words that say nothing about which happening a sentence tells.
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "said",
        "says",
        "say",
        "told",
        "also",
        "after",
        "before",
        "over",
        "into",
        "than",
        "then",
        "there",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "about",
        "against",
        "not",
        "no",
        "will",
        "would",
        "could",
        "may",
        "might",
        "can",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
SAME_TELLING = 0.3  # share of the shorter sentence's content words
MIN_SHARED_WORDS = 3


def tells_the_same(first: list[str], second: list[str]) -> bool:
    """Whether two reports' sentences tell one happening: enough content words in common
    ("Sweden has dropped its investigation into a 2010 rape allegation against Julian Assange"
    and "Prosecutors in Sweden have dropped an investigation into a rape allegation made
    against ... Julian Assange in 2010" share eight). A helicopter crash and an ice-hockey
    score told with the same event type and countries share none."""
    return any(_shares_content(one, other) for one in first for other in second if one and other)


def _shares_content(one: str, other: str) -> bool:
    words_one, words_other = _content_words(one), _content_words(other)
    shared = words_one & words_other
    shorter = min(len(words_one), len(words_other))
    return len(shared) >= MIN_SHARED_WORDS and len(shared) >= SAME_TELLING * shorter


def _content_words(sentence: str) -> set[str]:
    words = re.findall(r"[^\W\d_]{3,}", sentence.casefold())
    return {word.removesuffix("s") for word in words if word not in FUNCTION_WORDS}
