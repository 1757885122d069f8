"""Syndication: the same wire story on many sites, lightly edited, is one story.

Each article gets a MinHash signature (datasketch) of its word 5-grams; the
signature is cut into bands, and articles sharing a band are candidates
(locality-sensitive hashing).  The bands live in the database, so the index
persists and grows with the corpus instead of being rebuilt in memory; a
candidate is confirmed when the estimated Jaccard similarity of the two
texts' shingles is at least :data:`SAME_STORY`.  With 16 bands of 4 rows, a
pair at similarity 0.7 is found with probability 1 - (1 - 0.7^4)^16 = 0.99,
a pair at 0.3 only 12% of the time (and then rejected by the check).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
SAME_STORY = 0.7  # estimated Jaccard similarity of shingles: a light edit of the same text
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
