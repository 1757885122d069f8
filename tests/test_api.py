"""The public Python API: extract, analyze, analyze_many."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import wirewatch
from tests.conftest import FOREIGN, PAGES, page_names
from wirewatch.errors import EmptyInputError, InputError


def test_public_names_are_pinned() -> None:
    assert sorted(wirewatch.__all__) == sorted(
        [
            "SCHEMA_VERSION",
            "Analysis",
            "Article",
            "Caption",
            "Entity",
            "InputError",
            "Mention",
            "ModelMissingError",
            "Quote",
            "QuoteKind",
            "RawDocument",
            "RelatedLink",
            "RemovedBlock",
            "Settings",
            "TimeExpression",
            "WirewatchError",
            "__version__",
            "analyze",
            "analyze_many",
            "extract",
        ]
    )
    for name in wirewatch.__all__:
        assert hasattr(wirewatch, name)


def test_extract_only_cleans(example_bytes: bytes) -> None:
    article = wirewatch.extract(example_bytes, url="https://example.org/kim")
    assert article.title is not None and article.title.startswith("North Korea’s Kim Jong-un")
    assert article.url == "https://example.org/kim"
    assert len(article.paragraphs) == 13


def test_published_argument_overrides_the_page(example_bytes: bytes) -> None:
    analysis = wirewatch.analyze(example_bytes, published="2022-12-30T08:00:00+09:00")
    assert analysis.article.published == "2022-12-30T08:00:00+09:00"


def test_bad_published_is_an_input_error(example_bytes: bytes) -> None:
    with pytest.raises(InputError, match="ISO 8601"):
        wirewatch.analyze(example_bytes, published="last Thursday")


def test_empty_input_raises() -> None:
    with pytest.raises(EmptyInputError):
        wirewatch.analyze("   \n ")


def test_analyze_many_streams_in_order_with_nlp_pipe() -> None:
    names = page_names()
    consumed: list[str] = []

    def lazily() -> Iterator[bytes]:
        for name in names:
            consumed.append(name)
            yield (PAGES / f"{name}.txt").read_bytes()

    settings = wirewatch.Settings(batch_size=2)
    stream = wirewatch.analyze_many(lazily(), settings=settings)
    first = next(stream)
    assert len(consumed) == 2  # one batch read, not the whole input
    rest = list(stream)
    titles = [first.article.title] + [analysis.article.title for analysis in rest]
    singles = [wirewatch.extract((PAGES / f"{name}.txt").read_bytes()).title for name in names]
    assert titles == singles


def test_analyze_many_skips_or_raises_on_bad_items(example_bytes: bytes) -> None:
    items = [example_bytes, b"", example_bytes]
    assert len(list(wirewatch.analyze_many(items, errors="skip"))) == 2
    with pytest.raises(EmptyInputError):
        list(wirewatch.analyze_many(items))


def test_other_languages_are_cleaned_but_not_annotated() -> None:
    analysis = wirewatch.analyze((FOREIGN / "comwrap-dmexco-2018.de.txt").read_bytes())
    assert analysis.article.language == "de"
    assert analysis.entities == []
    assert analysis.stages == ["decode", "clean", "language"]
    assert any("'de'" in warning for warning in analysis.warnings)


def test_json_round_trip(example_analysis: wirewatch.Analysis) -> None:
    again = wirewatch.Analysis.from_dict(example_analysis.to_dict())
    assert again == example_analysis
    assert again.to_json() == example_analysis.to_json()


def test_a_script_or_data_url_never_becomes_the_article_s_address() -> None:
    html = (
        "<html><head><link rel='canonical' href='javascript:alert(1)'><title>Flood</title></head>"
        "<body><article><p>Floods displaced 5,000 people in the north of the country on "
        "Monday, the disaster agency said, and three people remain missing.</p><p>Rescue "
        "teams reached the worst-hit villages by boat on Tuesday morning.</p></article>"
        "</body></html>"
    )
    record = wirewatch.analyze(html, url="data:text/html,<script>x</script>")
    assert record.article.url is None
    fetched = wirewatch.analyze(html, url="https://news.example.org/flood")
    assert fetched.article.url == "https://news.example.org/flood"
