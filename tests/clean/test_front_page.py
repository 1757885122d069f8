"""A site's front page or a list of stories is not one article: no body is made of its teasers."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.html import clean_html
from wirewatch.errors import NoArticleError

TEASERS = "".join(
    f'<div class="card"><h3><a href="/news/{n}">{headline}</a></h3><p>{paragraph}</p></div>'
    for n, (headline, paragraph) in enumerate(
        zip(
            ["Council agrees harbour plan", "Ferry fares to rise", "Fish market opens"],
            HARBOUR_PARAGRAPHS,
            strict=False,
        )
    )
)


def page(head: str, body: str = TEASERS) -> str:
    return f"<html><head>{head}</head><body><main>{body}</main></body></html>"


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("head", "url", "said"),
    [
        ('<link rel="canonical" href="https://www.gazette.example/">', None, "front page"),
        ("", "https://www.gazette.example", "front page"),
        (
            '<script type="application/ld+json">{"@type": "CollectionPage", "name": "News",'
            ' "mainEntity": {"@type": "ItemList", "itemListElement": []}}</script>',
            "https://www.gazette.example/news/",
            "list of stories",
        ),
    ],
)
def test_a_front_page_or_a_list_of_stories_is_no_article(
    head: str, url: str | None, said: str
) -> None:
    with pytest.raises(NoArticleError, match=said):
        clean_html(page(head), url=url)


STORY = (
    "<article><h1>Council agrees harbour plan</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    + "</article>"
)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("head", "url"),
    [
        # a story whose canonical link wrongly names the home page, but which says it is one
        (
            '<link rel="canonical" href="https://www.gazette.example/">'
            '<meta property="og:type" content="article">',
            None,
        ),
        (
            '<link rel="canonical" href="https://www.gazette.example/">'
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Council agrees harbour plan"}</script>',
            None,
        ),
        # a blog's post at the root, told apart by its query
        ("", "https://blog.gazette.example/?p=123"),
        # fetched from its own address: believed over a canonical link to the root
        (
            '<link rel="canonical" href="https://www.gazette.example/">',
            "https://www.gazette.example/2026/12/03/harbour-plan",
        ),
    ],
)
def test_a_story_s_page_is_read_as_one(head: str, url: str | None) -> None:
    assert clean_html(page(head, STORY), url=url).paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_list_of_stories_as_articles_lends_none_of_them_to_the_page() -> None:
    """A section's JSON-LD lists other stories as articles: the first is not the page's own
    (its headline was the page's title), and the page is a list of stories."""
    import lxml.html

    from wirewatch.clean.html_metadata import read_metadata

    head = (
        '<title>Harbour news | Gazette</title><script type="application/ld+json">'
        '{"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item":'
        ' {"@type": "NewsArticle", "headline": "Ferry fares to rise",'
        ' "datePublished": "2026-11-30"}}, {"@type": "NewsArticle",'
        ' "headline": "Fish market opens", "datePublished": "2026-11-29"}]}</script>'
    )
    metadata = read_metadata(lxml.html.document_fromstring(page(head)), None)
    assert metadata.title not in ("Ferry fares to rise", "Fish market opens")
    with pytest.raises(NoArticleError, match="list of stories"):
        clean_html(page(head), url="https://www.gazette.example/harbour/")
