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
def test_the_publishers_address_in_the_author_field_is_no_author() -> None:
    """``Süddeutsche.de GmbH, Munich, Germany`` in the author meta tag: the city and the
    country were the authors; the visible byline names the writer."""
    tree = lxml.html.fromstring(
        """<html><head><meta name="author" content="Harbour Gazette GmbH, Munich, Germany">
        <meta property="og:site_name" content="Harbour Gazette"></head><body>
        <p class="author">Von <a href="/autor/anna-berg">Anna Berg</a></p>
        <p>The council met on Tuesday.</p></body></html>"""
    )
    assert read_metadata(tree, "https://www.harbourgazette.de/a/1").authors == ["Anna Berg"]


@pytest.mark.issue(20)
def test_a_templates_placeholder_in_the_author_field_is_no_author() -> None:
    tree = lxml.html.fromstring(
        """<html><head><meta name="author" content="name, email@gmail.com"></head>
        <body><p>The council met on Tuesday.</p></body></html>"""
    )
    assert read_metadata(tree, None).authors == []


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        ("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通"),
        ("港口扩建计划获市议会通过_海港日报网", "港口扩建计划获市议会通过"),
        ("岸田首相が記者会見｜港湾新聞", "岸田首相が記者会見"),
        # a dash inside the headline, between letters or digits, is the headline's
        ("新冠病毒COVID-19疫情最新消息", "新冠病毒COVID-19疫情最新消息"),
        ("Covid-19 spreads in Wuhan-area hospitals", "Covid-19 spreads in Wuhan-area hospitals"),
    ],
)
def test_a_chinese_or_japanese_title_loses_the_site_name_joined_without_spaces(
    page_title: str, title: str
) -> None:
    tree = lxml.html.fromstring(
        f"<html><head><title>{page_title}</title></head><body><p>正文。</p></body></html>"
    )
    assert read_metadata(tree, None).title == title


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("description", "subtitle"),
    [
        ("Harbour plan agreed", None),
        ("Harbour plan agreed - Local news - The Harbour Gazette", None),
        (
            "Harbour plan agreed after the council's vote, but the fishermen want more.",
            "Harbour plan agreed after the council's vote, but the fishermen want more.",
        ),
    ],
)
def test_a_description_that_is_the_title_again_is_no_standfirst(
    description: str, subtitle: str | None
) -> None:
    tree = lxml.html.fromstring(
        f"<html><head><title>Harbour plan agreed</title><meta name='description' "
        f'content="{description}"></head><body><h1>Harbour plan agreed</h1></body></html>'
    )
    assert read_metadata(tree, None).subtitle == subtitle


@pytest.mark.issue(20)
def test_a_time_in_the_sidebar_dates_another_story_and_one_in_the_articles_footer_this_one() -> (
    None
):
    sidebar = (
        "<aside><ul><li>Other post <time datetime='2019-07-30'>30 juil. 2019</time></li>"
        "</ul></aside>"
    )
    own = "<article><p>The council met.</p><footer><time datetime='2019-06-27'>27 juin</time>"
    tree = lxml.html.fromstring(f"<html><body>{sidebar}{own}</footer></article></body></html>")
    assert read_metadata(tree, None).published == "2019-06-27"


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "<a class='articletag-author' href='//news.example/reporter/matsuoka/'>松岡大地</a>",
            ["松岡大地"],
        ),
        # a login button and a consent box's label in a box of class "author": no writer's page
        ("<div class='author-box'><a href='/login'>使用QQ登录</a> <span>我已授权</span></div>", []),
    ],
)
def test_a_caseless_name_counts_as_the_link_to_its_writers_page(
    byline: str, authors: list[str]
) -> None:
    tree = lxml.html.fromstring(
        f"<html><head></head><body>{byline}<p>イスラエル軍は13日も攻撃を続けた。</p></body></html>"
    )
    assert read_metadata(tree, None).authors == authors


@pytest.mark.issue(20)
def test_a_pictures_credit_the_sites_name_and_the_byline_line_are_not_the_title() -> None:
    """Nikkei's page: the picture's credit in the titles, the site's name after a full-width
    colon (og:site_name "日本経済新聞 電子版"), and the byline on the h1's second line."""
    tree = lxml.html.fromstring(
        """<html><head><title>港湾計画が合意　市議会が承認　（写真＝ロイター）　：港湾新聞</title>
        <meta property="og:title" content="港湾計画が合意　市議会が承認（写真＝ロイター）">
        <meta property="og:site_name" content="港湾新聞 電子版"></head><body>
        <h1><span>港湾計画が合意　市議会が承認</span><br><span>編集委員　中沢克二</span></h1>
        <p>市議会は火曜日、港湾計画を承認した。</p></body></html>"""
    )
    assert read_metadata(tree, None).title == "港湾計画が合意 市議会が承認"


@pytest.mark.issue(20)
def test_an_escaped_name_in_json_ld_is_unescaped() -> None:
    tree = lxml.html.fromstring(
        """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "headline": "Harbour plan agreed",
        "author": {"@type": "Person", "name": "Lindsey O&#039;Donnell"}}</script></head>
        <body><p>The council met on Tuesday.</p></body></html>"""
    )
    assert read_metadata(tree, None).authors == ["Lindsey O'Donnell"]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "day"),
    [("2025年3月4日 10:00", "2025-03-04"), ("2025년 3월 4일 오전 9시", "2025-03-04")],
)
def test_east_asian_date_in_the_page_text(line: str, day: str) -> None:
    tree = lxml.html.fromstring(f"<html><body><div>{line}</div><p>Text.</p></body></html>")
    assert read_metadata(tree, None).published == day


@pytest.mark.issue(20)
def test_a_saved_page_is_dated_by_its_canonical_url_not_by_a_caption() -> None:
    """A page read from a file (no fetch URL) with a placeholder datePublished: the date in its
    own URL (og:url, as a real page gave it) wins over the date of a file photo in a caption."""
    page = """<html><head>
      <meta content="https://news.example/story/nation/2019/11/19/guards-charged/" property="og:url">
      <script type="application/ld+json">{"@type": "NewsArticle",
        "datePublished": "0001-01-01T00:00:00Z", "headline": "Guards charged"}</script>
    </head><body><article><h1>Guards charged</h1>
      <figure><img src="a.jpg"><figcaption>This March 28, 2017, file photo shows the jail.
      </figcaption></figure>
      <p>Two prison guards were charged on Tuesday with falsifying records, prosecutors said,
      in a case that has drawn attention to conditions at the federal jail in Manhattan.</p>
      <p>The guards are accused of skipping required checks and then signing forms that said
      they had made them, according to the indictment filed in federal court.</p>
    </article></body></html>"""
    assert read_metadata(lxml.html.fromstring(page), None).published == "2019-11-19"


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        (
            '<div class="author-bio">By Carla Mendes</div>',
            '<a rel="author" href="/people/jo">Jonas Lindqvist</a>',
            ["Jonas Lindqvist"],
        ),
        (
            '<a href="/author/mira-holt">Mira Holt</a>',
            '<span class="byline">By Tomasz Wrona</span>',
            ["Tomasz Wrona"],
        ),
        (
            '<span class="author">By Ines Duarte</span>',
            '<a href="/journalist/petra-lind">Petra Lind</a>',
            ["Ines Duarte"],
        ),
    ],
)
def test_the_visible_byline_is_taken_from_the_most_telling_kind_of_element(
    first: str, second: str, names: list[str]
) -> None:
    """rel=author over a class naming the author, a byline class over a link to an author
    page, whatever comes first in the page."""
    tree = lxml.html.fromstring(
        f"<html><body><header>{first}</header><article><h1>Harbour reopens</h1>{second}"
        "<p>The harbour reopened on Monday after a week of repairs, the port said.</p>"
        "</article></body></html>"
    )
    assert read_metadata(tree, None).authors == names


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("h1", "title"),
    [
        # the site's link inside the headline runs into its last word
        (
            '<span>Judge weighs appeal over harbour plan</span><a href="/">Harbour Gazette</a>',
            "Judge weighs appeal over harbour plan",
        ),
        # a visible headline the metadata gives with the site's name: the visible one
        ("Judge weighs appeal over harbour plan", "Judge weighs appeal over harbour plan"),
    ],
)
def test_the_visible_headline_is_the_title_when_it_is_the_metadata_s_in_whole_words(
    h1: str, title: str
) -> None:
    page = f"""<html><head>
      <meta name="twitter:title" content="Judge weighs appeal over harbour plan">
      <title>Judge weighs appeal over harbour plan » Local » Harbour Gazette</title>
    </head><body><h1>{h1}</h1><p>The judge said on Monday that she would rule next week.</p>
    </body></html>"""
    assert read_metadata(lxml.html.fromstring(page), None).title == title


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # a blog's theme sets the site's name as the page's <h1>, linked to its home page
        (
            "“It turns out” « the jsomers.net blog",
            "the <a href='https://jsomers.net'>jsomers.net</a> blog.",
            "“It turns out”",
        ),
        (
            "Historischer Markt › Historische Wehranlage in Horka e.V",
            "<a href='http://www.wehranlage-horka.de' title='zur Startseite'>Historische "
            "Wehranlage in Horka e.V</a>",
            "Historischer Markt",
        ),
        # the negative: a headline that links to its own story, after the section's name
        (
            "Blog - Schattiges Plätzchen",
            "<a href='https://www.goodform.ch/blog/schattiges_plaetzchen'>Schattiges Plätzchen</a>",
            "Schattiges Plätzchen",
        ),
    ],
)
def test_a_masthead_h1_linked_to_the_home_page_is_no_headline(
    title: str, h1: str, expected: str
) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
        "<p>The market opens on Saturday with stalls from the whole region.</p></body></html>"
    )
    assert read_metadata(lxml.html.fromstring(page), None).title == expected


@pytest.mark.issue(20)
def test_a_twitter_card_written_with_value_is_read_and_no_other_tag() -> None:
    """The first Twitter Cards documents wrote ``value=``; Blogger's templates name their
    designer in ``<meta name='author' value=...>``."""
    page = (
        "<html><head><title>the jsomers.net blog</title>"
        "<meta name='twitter:title' value='“It turns out”'>"
        "<meta name='author' value='Template Designer'></head><body>"
        "<p>It turns out the phrase has a history.</p></body></html>"
    )
    metadata = read_metadata(lxml.html.fromstring(page), None)
    assert metadata.title == "“It turns out”"
    assert metadata.authors == []
