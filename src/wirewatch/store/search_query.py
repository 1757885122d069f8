"""One query language for full-text search, on SQLite (FTS5) and PostgreSQL alike.

It is the web-search syntax PostgreSQL's ``websearch_to_tsquery`` reads, so a
query means the same on both stores: words are all required, ``"a phrase"``
is a phrase, ``OR`` between two terms takes either, ``-word`` leaves out the
articles with it.  FTS5 has its own operators; the parsed query is written
out for each store, so "Kabul OR x" finds the same articles on both, and no
user input is ever read as an FTS5 operator (each word is quoted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([\w\']+)|(\S)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or a phrase's words
    negated: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """Required clauses, each a choice of terms (``a b OR c``: a, and b or c), and the terms
    no match may have."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    @property
    def words(self) -> list[str]:
        """The words a match has (for snippets and highlights): not OR, not the excluded."""
        return [word for clause in self.clauses for term in clause for word in term.words]


def parse_search(text: str) -> SearchQuery:
    """The query of a search box ('drone strike OR attack -exercise "North Korea"')."""
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for match in TOKEN.finditer(text):
        minus, phrase, word_minus, word, _ = match.groups()
        if word is not None and word.upper() == "OR" and not word_minus:
            pending_or = bool(clauses)
            continue
        words = tuple(re.findall(r"\w+", phrase if phrase is not None else (word or "")))
        if not words:
            continue
        if minus or word_minus:
            excluded.append(Term(words, negated=True))
        elif pending_or:
            clauses[-1].append(Term(words))
        else:
            clauses.append([Term(words)])
        pending_or = False
    return SearchQuery(tuple(tuple(clause) for clause in clauses), tuple(excluded))


def stem_of(word: str) -> str:
    """The start every form of a word shares, near enough for snippets and highlights (the
    index stems with Porter: 'drones' finds 'drone', 'attacks' 'attack')."""
    return word[: max(4, len(word) - 2)]


def fts5_expression(query: SearchQuery) -> str | None:
    """The FTS5 MATCH expression; None when nothing is required (FTS5 cannot only exclude)."""
    if not query.clauses:
        return None
    required = " AND ".join(
        "(" + " OR ".join(_fts5_term(term) for term in clause) + ")" for clause in query.clauses
    )
    return required + "".join(f" NOT {_fts5_term(term)}" for term in query.excluded)


def websearch_text(query: SearchQuery) -> str | None:
    """The same query, written out for ``websearch_to_tsquery``; None when nothing is required."""
    if not query.clauses:
        return None
    required = " ".join(" or ".join(_web_term(term) for term in clause) for clause in query.clauses)
    return required + "".join(f" -{_web_term(term)}" for term in query.excluded)


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"'


def _web_term(term: Term) -> str:
    """A word as it is, unless websearch would read it as an operator ('or'); a phrase quoted."""
    if len(term.words) == 1 and term.words[0].lower() != "or":
        return term.words[0]
    return '"' + " ".join(term.words) + '"'
