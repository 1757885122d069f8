"""Canonical URLs: tracking parameters, fragments, case and default ports do not make a new page."""

from __future__ import annotations

import pytest

from wirewatch.ingest.urls import canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://WWW.Example.com:443/World/Story?utm_source=rss&b=2&a=1#comments",
            "https://www.example.com/World/Story?a=1&b=2",
        ),
        ("https://example.com/a?fbclid=xyz&gclid=1", "https://example.com/a"),
        ("http://example.com", "http://example.com/"),
        ("https://example.com:8443/x?id=5", "https://example.com:8443/x?id=5"),
        ("https://example.com/story?id=5&page=2", "https://example.com/story?id=5&page=2"),
    ],
)
def test_canonical_form(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_a_broken_url_is_kept_as_it_is() -> None:
    assert canonical_url("http://[::1:bad/") == "http://[::1:bad/"
