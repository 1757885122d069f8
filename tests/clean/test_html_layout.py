"""A page's columns set as the items of a list: a column is no list item."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_layout import unlist_columns
from wirewatch.clean.html_parse import parse_html


def page(columns: str) -> str:
    return (
        "<html><head><title>Harbour plan agreed</title></head><body>"
        f"<div class='content'><ul class='two-coloum fix'>{columns}</ul></div></body></html>"
    )


@pytest.mark.issue(20)
def test_a_story_in_a_list_item_column_keeps_its_paragraphs() -> None:
    """As on Guancha: the headline, a share bar, the time and the story in one item of
    the page's list of columns, the sidebar's links in the next."""
    story = "".join(
        f"<p>{paragraph}</p>" + ("<p><strong>The new quay</strong></p>" if n == 1 else "")
        for n, paragraph in enumerate(HARBOUR_PARAGRAPHS)
    )
    share = (
        "<div class='share'><span>Share:</span><a href='/s1'>Twitter</a>"
        "<a href='/s2'>Facebook</a><a href='/c'><span>23</span></a></div>"
    )
    column = (
        f"<li class='left left-main'><h3>Harbour plan agreed</h3>{share}<div class='time'>"
        "<span>2019-09-07 15:10:53</span><span>Source: Harbour Gazette</span></div>"
        f"<div class='content all-txt'>{story}</div></li>"
    )
    sidebar = (
        "<li class='right'><ul><li><a href='/a'>Ferry timetable changes next month</a></li>"
        "<li><a href='/b'>Storm closes the pier</a></li></ul></li>"
    )
    article = clean_html(page(column + sidebar))
    assert article.paragraphs == [*HARBOUR_PARAGRAPHS[:2], "The new quay", *HARBOUR_PARAGRAPHS[2:]]


@pytest.mark.issue(20)
def test_a_list_of_teasers_with_paragraphs_stays_a_list() -> None:
    """Many items, each a title and a summary in paragraphs of their own: a list."""
    teasers = "".join(
        f"<li><p>Teaser title number {n} about the harbour</p><p>A summary of the story number"
        f" {n}, which says what the council decided about the quay.</p></li>"
        for n in range(6)
    )
    story = "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    html = (
        "<html><body><article><h1>Harbour plan agreed</h1>"
        f"{story}</article><ul class='more'>{teasers}</ul></body></html>"
    )
    tree = parse_html(html)
    unlist_columns(tree)
    assert len(tree.findall(".//li")) == 6
