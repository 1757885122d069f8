"""One search language on SQLite and PostgreSQL (issue 19): words all required, "phrases",
OR between terms, -word to leave out; never an FTS5 operator from the input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import wirewatch
from wirewatch.store import Store
from wirewatch.store.search_query import fts5_expression, parse_search, websearch_text

ARTICLES = {
    "kabul.txt": "A car bomb exploded in Kabul on Monday, killing four people, police said.",
    "kandahar.txt": "Taliban fighters attacked a checkpoint in Kandahar on Tuesday, officials said.",
    "exercise.txt": "Troops held a military exercise near Kabul on Wednesday, the ministry said.",
}


def test_the_query_is_parsed_the_same_way_for_both_stores() -> None:
    query = parse_search('bomb OR attack -exercise "police said"')
    assert fts5_expression(query) == '("bomb" OR "attack") AND ("police said") NOT "exercise"'
    assert websearch_text(query) == 'bomb or attack "police said" -exercise'
    assert query.words == ["bomb", "attack", "police", "said"]
    assert fts5_expression(parse_search("NEAR(kabul x*) ^title:y")) == (
        '("NEAR") AND ("kabul") AND ("x") AND ("title") AND ("y")'
    )
    assert fts5_expression(parse_search("-only")) is None


@pytest.fixture
def corpus(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as store:
        for key, text in ARTICLES.items():
            store.add(wirewatch.analyze(text, clean=False, published="2024-05-06"), key)
        yield store


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Kabul", {"kabul.txt", "exercise.txt"}),
        ("Kabul OR Kandahar", set(ARTICLES)),
        ("Kabul OR nowhere", {"kabul.txt", "exercise.txt"}),
        ("Kabul -exercise", {"kabul.txt"}),
        ('"car bomb"', {"kabul.txt"}),
        ('"bomb car"', set()),
        ("Kabul Kandahar", set()),
        ("attacks", {"kandahar.txt"}),  # stemmed on both: attacks -> attack
        ("-Kabul", set()),
    ],
)
def test_a_query_finds_the_same_articles_on_either_store(
    corpus: Store, words: str, expected: set[str]
) -> None:
    keys = {
        row["article_id"]: row["key"]
        for row in corpus.backend.query("SELECT article_id, key FROM ingest_log")
    }
    found = {keys[row["id"]] for row in corpus.search(words, 10)}
    assert found == expected


def test_the_snippet_is_cut_between_words_around_the_match(corpus: Store) -> None:
    [row] = corpus.search("exercise", 5)
    snippet = row["snippet"]
    assert "exercise" in snippet
    words = snippet.strip("…").split()
    text = ARTICLES["exercise.txt"]
    assert all(word in text.split() for word in words)
