"""Match keys for actor names: the same person however a paper spells him.

"Recep Tayyip Erdoğan", "Erdogan", "Bashar al-Assad" and "Bashar Assad",
"Mohammed bin Salman" and "Muhammad bin Salman", "Zelenskyy" and "Zelensky"
must meet on one key.  Keys are case-folded, accent-free, hyphen-free; the
Arabic article is dropped (AP style writes "Assad", Reuters "al-Assad"); the
transliterations news uses interchangeably share one spelling.  Pure string
functions, used both when the base is built and when an article is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate.gazetteer import name_key
from ..annotate.names import strip_titles

if TYPE_CHECKING:
    from .table import ActorEntry

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ash"})
# One spelling for each family of transliterations news uses for the same name.
TRANSLITERATIONS = {
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "mohamed": "muhammad",
    "mohamad": "muhammad",
    "muhammed": "muhammad",
    "mohammod": "muhammad",
    "qaddafi": "gaddafi",
    "qadhafi": "gaddafi",
    "kadhafi": "gaddafi",
    "gadhafi": "gaddafi",
    "kadafi": "gaddafi",
    "mursi": "morsi",
    "morsy": "morsi",
    "ahmed": "ahmad",
    "hussain": "hussein",
    "husain": "hussein",
    "osama": "usama",
    "omar": "umar",
    "yusuf": "yousef",
    "youssef": "yousef",
    "yousuf": "yousef",
    "abdel": "abdul",
    "abdal": "abdul",
    "abd": "abdul",
    "sergey": "sergei",
    "andrey": "andrei",
    "alexey": "alexei",
    "aleksei": "alexei",
    "aleksey": "alexei",
    "dmitry": "dmitri",
    "dmitriy": "dmitri",
    "yury": "yuri",
    "yuriy": "yuri",
    "nikolay": "nikolai",
    "yevgeny": "yevgeni",
    "evgeny": "yevgeni",
    "yevgeniy": "yevgeni",
    "aleksandr": "alexander",
    "oleksandr": "alexander",
    "alexandr": "alexander",
}
# Slavic endings written -y, -yy, -iy or -ii in English ("Zelensky", "Zelenskyy", "Zelenskiy").
SLAVIC_ENDING = re.compile(r"(sk|tsk|ck)(?:yy|iy|ii|ij)$")
# Countries whose papers and English news put the family name first ("Xi Jinping").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def actor_key(name: str) -> str:
    """The match key of a full name as written: 'President Bashar al-Assad' -> 'bashar assad'."""
    tokens = [_token_key(token) for token in name_key(strip_titles(name)).split()]
    kept = [token for token in tokens if token not in ARABIC_ARTICLES]
    return " ".join(kept or tokens)


def _token_key(token: str) -> str:
    token = token.replace("'", "")
    token = TRANSLITERATIONS.get(token, token)
    return SLAVIC_ENDING.sub(r"\1y", token)


def surname(key: str, country: str | None) -> str:
    """The word a paper uses alone for the person: the last name, the first for East Asia."""
    tokens = key.split()
    if not tokens:
        return ""
    return tokens[0] if country in FAMILY_NAME_FIRST and len(tokens) > 1 else tokens[-1]


def partial_keys(key: str) -> list[str]:
    """Shorter full-name forms news uses for a long name: 'recep tayyip erdogan' ->
    'tayyip erdogan', 'recep erdogan'. At least two words, the last one among them: the
    first two alone are often a given and a middle name ('Michael Thomas' Somare)."""
    tokens = key.split()
    if len(tokens) < 3:
        return []
    forms = {" ".join(tokens[index:]) for index in range(1, len(tokens) - 1)}
    forms.add(f"{tokens[0]} {tokens[-1]}")
    return sorted(forms - {key})


def entry_keys(entry: ActorEntry) -> list[tuple[str, str]]:
    """The keys a name is found by: 'full', shorter forms 'partial', a person's 'surname'."""
    keys: dict[str, str] = {}
    for name in (entry.name, *entry.aliases):
        key = actor_key(name)
        if not key:
            continue
        if entry.kind == "person" and " " not in key:
            keys.setdefault(key, "surname")  # Phoenix's one-word synonyms: PUTIN, HUSSEIN
            continue
        keys[key] = "full"
        if entry.kind == "person":
            for partial in partial_keys(key):
                keys.setdefault(partial, "partial")
            keys.setdefault(surname(key, entry.country), "surname")
    return list(keys.items())
