"""Headline lists inside the story become related links, not body."""

from __future__ import annotations

import lxml.html
import pytest

from tests.conftest import PAGES
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_links import headline_lists


@pytest.mark.issue(20)
def test_headline_list_between_paragraphs_leaves_the_body() -> None:
    article = clean_html((PAGES / "headline-list.html").read_text(encoding="utf-8"))
    assert "Baustellen" not in article.text
    assert len(article.paragraphs) == 4
    titles = [link.title for link in article.related]
    assert "Wetter: Warnung vor schweren Gewittern am Wochenende" in titles
    assert all(link.url and link.url.startswith("/") for link in article.related)


@pytest.mark.issue(20)
def test_list_of_facts_with_a_source_link_stays_body() -> None:
    tree = lxml.html.fromstring(
        "<ul><li>Unemployment fell to 4.1 percent in March, according to "
        "<a href='/stats'>the statistics office</a></li>"
        "<li>Wages rose by 3 percent over the year, the fastest rise since 2008, "
        "<a href='/stats2'>the office said</a></li></ul>"
    )
    assert headline_lists(tree, None) == {}
