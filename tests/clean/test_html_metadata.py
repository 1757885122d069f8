"""Metadata read from markup: author fields that hold no name, dates written the East Asian way."""

from __future__ import annotations

import lxml.html
import pytest

from tests.conftest import PAGES
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_metadata import read_metadata


@pytest.mark.issue(20)
def test_author_id_made_of_digits_is_no_author() -> None:
    article = clean_html((PAGES / "author-id-digits.html").read_text(encoding="utf-8"))
    assert article.authors == ["Li Wei"]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "day"),
    [("2025年3月4日 10:00", "2025-03-04"), ("2025년 3월 4일 오전 9시", "2025-03-04")],
)
def test_east_asian_date_in_the_page_text(line: str, day: str) -> None:
    tree = lxml.html.fromstring(f"<html><body><div>{line}</div><p>Text.</p></body></html>")
    assert read_metadata(tree, None).published == day
