"""Markup a page uses for its layout: list items that are columns, text set loose between blocks."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_layout import unlist_columns, wrap_loose_text
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


LEAD = (
    "SAN FRANCISCO (AP) — The city's transit board voted on Wednesday to extend late-night "
    "service on four bus lines, saying riders had asked for it for years."
)
STORY = [
    f"Paragraph {number}: the board's chair said the extension would cost about two million "
    "dollars a year and would be paid for from the regional sales tax."
    for number in range(2, 6)
]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(f"<div class='story'>{LEAD}", id="text before the first paragraph"),
        pytest.param(
            "<div class='story'><p><div class='related'><a href='/a'>Transit fares rise "
            f"next month</a></div>{LEAD}</p>",
            id="tail of a related box set inside the first paragraph",
        ),
    ],
)
def test_a_lead_set_loose_before_the_paragraphs_is_a_paragraph(opening: str) -> None:
    page = (
        "<html><head><title>Late buses</title></head><body><article><h1>Late buses</h1>"
        + opening
        + "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
        + "</div></article></body></html>"
    )
    article = clean_html(page)
    assert article.paragraphs[0] == LEAD
    assert article.paragraphs[1:] == STORY


@pytest.mark.issue(20)
def test_loose_words_between_blocks_stay_as_they_are() -> None:
    """A few words, a row of links, text that ends no sentence, text among divisions."""
    tree = parse_html(
        "<html><body><div><p>First paragraph.</p>Posted in News<p>Second paragraph.</p>"
        "<a href='/a'>Politics and government</a> | <a href='/b'>Business and economy</a> | "
        "<a href='/c'>Science and technology</a><p>Third.</p>"
        "Read our coverage of the election and the budget and the strike here"
        "<p>Fourth.</p></div><div><div>Menu</div>Subscribe to our newsletter for the week's "
        "best stories, free.<div>Footer</div></div></body></html>"
    )
    wrap_loose_text(tree)
    assert tree.xpath("count(//p)") == 4


def table_layout_page(cell: str) -> str:
    """A page laid out in a table, as LWN's and The Space Review's are: a row of
    navigation, then the story in one cell beside an empty one."""
    return (
        "<html><head><title>Harbour plan agreed</title></head><body><table><tr>"
        "<td class='nav'><a href='/'>Front page</a> <a href='/news'>News</a></td></tr>"
        f"<tr><td class='main'>{cell}</td><td></td></tr></table></body></html>"
    )


@pytest.mark.issue(20)
def test_a_story_in_a_table_cell_keeps_its_paragraphs() -> None:
    """The extractor writes a table's row as one line: the cell's four paragraphs were one."""
    cell = "<h1>Harbour plan agreed</h1>" + "".join(f"<p>{p}</p>" for p in HARBOUR_PARAGRAPHS)
    article = clean_html(table_layout_page(cell))
    assert article.paragraphs[-4:] == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_table_of_values_in_a_story_keeps_its_rows() -> None:
    """A data table's cells hold values, not paragraphs: its rows are not cut apart."""
    story = "".join(f"<p>{p}</p>" for p in HARBOUR_PARAGRAPHS)
    table = (
        "<table><tr><th>Boat</th><th>Berth</th></tr><tr><td>Mary Rose of the North</td>"
        "<td>Old basin, east side</td></tr></table>"
    )
    html = (
        f"<html><body><article><h1>Harbour plan agreed</h1>{story}{table}</article></body></html>"
    )
    paragraphs = clean_html(html).paragraphs
    assert paragraphs[:4] == HARBOUR_PARAGRAPHS
    assert not any(paragraph == "Old basin, east side" for paragraph in paragraphs)
