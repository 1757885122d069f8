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


MENU = ["Home", "Video", "World", "U.S.", "Africa", "Asia"]


def _page_with(line: str, links: list[str]) -> str:
    from tests.clean.test_text import HARBOUR_PARAGRAPHS

    anchors = "".join(f'<a href="/{n}">{text}</a>' for n, text in enumerate(links))
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    return (
        f"<html><body><nav>{anchors}</nav><article><h1>Council agrees harbour plan</h1>"
        f"{paragraphs}<p>{line}</p></article></body></html>"
    )


@pytest.mark.issue(20)
def test_a_menu_written_as_one_line_of_the_page_s_links_leaves_the_body() -> None:
    line = " | ".join(MENU)
    assert line not in clean_html(_page_with(line, MENU)).paragraphs


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Region | Dead | Injured | Missing | Displaced",  # a table's row: its cells are no links
        "Home | Video | World | U.S. but the council's vote on Monday ended the plan for good",
    ],
)
def test_a_line_with_bars_that_is_not_the_page_s_links_stays(line: str) -> None:
    assert line in clean_html(_page_with(line, MENU)).paragraphs
