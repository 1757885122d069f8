"""The paragraphs after a story that its page's markup sets apart from it are not its text."""

from __future__ import annotations

import lxml.html
import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_story import without_trailing_blocks

BIO = (
    "Jane Roe has covered the coast for the Harbour Gazette since 2011 and writes about "
    "fishing, ferries and the people who work on the water; before that she reported on "
    "local politics for a radio station in the north."
)
PITCH = "Get the week's harbour news in your inbox every Friday morning, free of charge."


def page(story: str, after: str = "") -> str:
    return (
        "<html><body><main><article><h1>Council agrees harbour plan</h1>"
        f"{story}{after}</article></main></body></html>"
    )


def paragraphs_in(cls: str, texts: list[str], tag: str = "p") -> str:
    return f'<div class="{cls}">' + "".join(f"<{tag}>{t}</{tag}>" for t in texts) + "</div>"


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "after",
    [
        f'<div class="author-card"><p class="author-card__text">{BIO}</p></div>',
        f'<aside><div class="promo"><p class="promo__text">{PITCH}</p></div></aside>',
    ],
)
def test_a_block_after_the_story_in_markup_of_its_own_is_not_body(after: str) -> None:
    html = page(paragraphs_in("story-body", HARBOUR_PARAGRAPHS), after)
    tree = lxml.html.document_fromstring(html)
    extra = BIO if "author" in after else PITCH
    assert without_trailing_blocks(tree, [*HARBOUR_PARAGRAPHS, extra]) == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_the_story_s_sections_and_its_own_kind_of_paragraph_stay() -> None:
    """A CMS may set a story in sections of one kind one after another, or close its
    container before the last paragraphs and open another: those are written as the rest."""
    sections = paragraphs_in("part", HARBOUR_PARAGRAPHS[:3]) + paragraphs_in(
        "part", HARBOUR_PARAGRAPHS[3:]
    )
    tree = lxml.html.document_fromstring(page(sections))
    assert without_trailing_blocks(tree, HARBOUR_PARAGRAPHS) == HARBOUR_PARAGRAPHS
    closed = paragraphs_in("body-a", HARBOUR_PARAGRAPHS[:3]) + paragraphs_in(
        "after-ad", HARBOUR_PARAGRAPHS[3:]
    )
    tree = lxml.html.document_fromstring(page(closed))
    assert without_trailing_blocks(tree, HARBOUR_PARAGRAPHS) == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_paragraphs_the_extractor_joined_or_set_inside_the_story_are_never_judged() -> None:
    story = paragraphs_in("story-body", HARBOUR_PARAGRAPHS)
    tree = lxml.html.document_fromstring(page(story))
    joined = [*HARBOUR_PARAGRAPHS, HARBOUR_PARAGRAPHS[0] + " " + HARBOUR_PARAGRAPHS[1]]
    assert without_trailing_blocks(tree, joined) == joined
    assert without_trailing_blocks(tree, HARBOUR_PARAGRAPHS[:2]) == HARBOUR_PARAGRAPHS[:2]


@pytest.mark.issue(20)
def test_a_writer_s_box_after_the_story_leaves_the_page_s_body() -> None:
    """A box whose class names nothing the main extractor knows (a "panel")."""
    after = f'<div class="panel"><p class="panel-text">{BIO}</p></div>'
    article = clean_html(page(paragraphs_in("story-body", HARBOUR_PARAGRAPHS), after))
    assert article.paragraphs[: len(HARBOUR_PARAGRAPHS)] == HARBOUR_PARAGRAPHS
    assert BIO not in article.paragraphs


@pytest.mark.issue(20)
def test_a_story_nested_thousands_deep_is_read_and_kept() -> None:
    """Hostile markup: the ancestors read per paragraph are bounded."""
    inner = paragraphs_in("story-body", HARBOUR_PARAGRAPHS)
    html = page("<div>" * 3000 + inner + "</div>" * 3000)
    tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    assert without_trailing_blocks(tree, [*HARBOUR_PARAGRAPHS, PITCH]) == [
        *HARBOUR_PARAGRAPHS,
        PITCH,
    ]


HEADLINES = [
    "Ferry fares to rise in the spring",
    "Lifeboat crew honoured for winter rescue",
    "New fish market opens on the quay",
]


@pytest.mark.issue(20)
def test_a_list_of_headlines_after_the_story_is_judged_as_its_items_stand() -> None:
    """The extractor writes a list item with a marker ("- ") the page does not have."""
    after = (
        '<div class="recirc"><h2>More from the Gazette</h2><ul>'
        + "".join(f"<li><a href='/{n}'>{h}</a></li>" for n, h in enumerate(HEADLINES))
        + "</ul></div>"
    )
    html = page(paragraphs_in("story-body", HARBOUR_PARAGRAPHS)).replace(
        "</article>", f"</article>{after}"
    )
    tree = lxml.html.document_fromstring(html)
    items = [f"- {headline}" for headline in HEADLINES]
    assert without_trailing_blocks(tree, [*HARBOUR_PARAGRAPHS, *items]) == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_digest_set_mostly_in_one_list_keeps_its_lead_and_close() -> None:
    """A list is a block of the story, not its container: the paragraph after a digest's
    list, in the story's division, is the story's (a list item of the story stays too)."""
    items = HARBOUR_PARAGRAPHS[1:]
    close = "That is all for today; the Gazette's morning digest is back tomorrow at seven."
    body = (
        f'<div class="digest"><p>{HARBOUR_PARAGRAPHS[0]}</p><ul>'
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul><p>{close}</p></div>"
    )
    tree = lxml.html.document_fromstring(page(body))
    written = [HARBOUR_PARAGRAPHS[0], *(f"- {item}" for item in items), close]
    assert without_trailing_blocks(tree, written) == written
