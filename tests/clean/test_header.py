"""Bylines: names, roles and prefixes."""

from __future__ import annotations

import pytest

from wirewatch.clean.header import parse_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Lia Eustachewich and Yaron Steinbuch", ["Lia Eustachewich", "Yaron Steinbuch"]),
        ("Alisha Rahaman Sarkar", ["Alisha Rahaman Sarkar"]),
        ("By Jane Doe, Political Editor", ["Jane Doe"]),
        ("By Reuters", ["Reuters"]),
        ("Words by Ana María de la Cruz", ["Ana María de la Cruz"]),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert parse_byline(line, "en") == names


@pytest.mark.parametrize(
    "line",
    ["Kim unveils new goals for the army", "Share this with Facebook", "Comments"],
)
def test_headlines_and_prompts_are_not_bylines(line: str) -> None:
    assert parse_byline(line, "en") is None
