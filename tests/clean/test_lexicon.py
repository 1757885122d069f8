"""The boilerplate cues' quick test: a cue is passed over only when it cannot match."""

from __future__ import annotations

import pytest

from wirewatch.clean.lexicon import boilerplate_cues, boilerplate_kind, required_literal


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bnewsletters?\b", "newsletter"),
        (r"\benter your e-?mail( address)?\b", "enter your e"),
        (r"\b(log|sign) ?in\b.{0,40}\b(to|with)\b", "in"),
        (r"^(home|menu|search)\s*:?$", ""),
        (r"cookie|consent", ""),
    ],
)
def test_required_literal_is_in_every_match(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


@pytest.mark.issue(20)
def test_every_cue_finds_its_own_literal_in_a_line_it_matches() -> None:
    lines = [
        "Sign up for our newsletter",
        "Enter your email address",
        "Please log in to comment",
        "© 2024 The Daily Example",
        "Share this article",
        "Advertisement",
        "Support independent journalism today",
    ]
    for line in lines:
        kind = boilerplate_kind(line)
        assert kind is not None, line
        matching = [cue for cue in boilerplate_cues() if cue.pattern.search(line)]
        assert all(cue.literal in line.lower() for cue in matching), line
