"""Titles, name tokens and acronyms."""

from __future__ import annotations

import pytest

from wirewatch.annotate.names import acronym_matches, initials, person_tokens, strip_titles


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Mr Kim", "Kim"),
        ("President Joe Biden", "Joe Biden"),
        ("Prime Minister Rishi Sunak", "Rishi Sunak"),
        ("Dr. Jane Goodall", "Jane Goodall"),
        ("Mr", "Mr"),
    ],
)
def test_strip_titles(name: str, bare: str) -> None:
    assert strip_titles(name) == bare


def test_person_tokens_ignore_case_and_hyphens() -> None:
    assert person_tokens("Kim Jong-Un") == person_tokens("Kim Jong-un") == ["kim", "jong", "un"]


def test_initials_skip_small_words() -> None:
    assert initials("Korean Central News Agency") == "KCNA"
    assert initials("Organisation for Economic Co-operation and Development") == "OECD"


@pytest.mark.parametrize(
    ("acronym", "name", "extra", "expected"),
    [
        ("KCNA", "Korean Central News Agency", (), True),
        ("WPK", "Workers' Party", ("K",), True),
        ("WPK", "Workers' Party", (), False),
        ("NATO", "North Atlantic Treaty Organization", (), True),
        ("UN", "Workers' Party", ("U", "N"), False),
    ],
)
def test_acronyms(acronym: str, name: str, extra: tuple[str, ...], expected: bool) -> None:
    assert acronym_matches(acronym, name, extra) is expected
