"""Markup the reader does not see as it stands: hover cards, streamed and script-revealed blocks."""

from __future__ import annotations

import pytest

from tests.conftest import PAGES
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_parse import parse_html, remove_invisible


def read_page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.mark.issue(20)
def test_hover_card_that_repeats_the_name_is_not_body() -> None:
    text = clean_html(read_page("hover-card-politics.html")).text
    assert "Rep. Ilhan Omar (D-Minn.) said the bill" in text
    assert "Speaker Mike Johnson (R-La.) told reporters" in text
    assert "Hillicon Valley" not in text
    assert "Ilhan OmarIlhan Omar" not in text.replace(" ", "")


@pytest.mark.issue(20)
def test_tooltip_on_a_term_keeps_the_term() -> None:
    tree = parse_html(
        "<html><body><p>The <span class='tooltip' title='gross domestic product'>GDP</span>"
        " grew by two percent.</p></body></html>"
    )
    remove_invisible(tree)
    assert " ".join(tree.text_content().split()) == "The GDP grew by two percent."


@pytest.mark.issue(20)
def test_hover_cards_are_found_in_nested_list_items_and_only_there() -> None:
    """The pass reads paragraphs and list items, a nested list once, with what is inside."""
    card = "<div class='hovercard'><h4>Jane Doe</h4><ul><li>Mayor since 2019</li></ul></div>"
    tree = parse_html(
        "<html><body><ul><li>Results<ul><li>Jane Doe" + card + " won the vote.</li></ul></li>"
        "</ul><p>The mayor <a href='/jane'>Jane Doe</a><span class='hover-card'>Jane Doe, "
        "mayor since 2019</span> thanked the voters.</p>"
        "<div class='hovercard'>A card outside the text stays for the extractor to judge.</div>"
        "</body></html>"
    )
    remove_invisible(tree)
    text = " ".join(tree.text_content().split())
    assert "Mayor since 2019" not in text
    assert "mayor since 2019" not in text
    assert "Jane Doe won the vote." in text
    assert "The mayor Jane Doe thanked the voters." in text
    assert "A card outside the text" in text


@pytest.mark.issue(20)
def test_streamed_react_segment_is_read_in_place_of_its_placeholder() -> None:
    warnings: list[str] = []
    article = clean_html(read_page("streamed-segment.html"), warnings=warnings)
    assert article.title == "Dam repairs finished ahead of the rainy season"
    assert article.paragraphs[0].startswith("Engineers finished repairs to the spillway")
    assert len(article.paragraphs) == 4
    assert warnings == []


@pytest.mark.issue(20)
@pytest.mark.parametrize("hiding", ["hidden", "style='display: none'", "style='visibility:hidden'"])
def test_hidden_block_full_of_paragraphs_is_kept_for_its_script(hiding: str) -> None:
    """A paywalled body hidden until the login check, by attribute or by style."""
    sentence = "The committee heard evidence from the port authority about the delays. "
    paywalled = "".join(f"<p>{sentence * 2}</p>" for _ in range(6))
    tree = parse_html(
        f"<html><body><div {hiding} class='menu'><a href='/'>Home</a><p>{sentence}</p></div>"
        f"<div class='paywall' {hiding}>{paywalled}</div>"
        f"<div aria-hidden='true'>{paywalled.replace('port', 'air')}</div></body></html>"
    )
    remove_invisible(tree)
    text = tree.text_content()
    assert "port authority" in text
    assert "Home" not in text
    assert "air authority" not in text  # aria-hidden hides a copy of what is shown


CONSENT_DIALOG = (
    "<div id='cmpbox' role='dialog' aria-modal='true'><h2>Consent to Cookies & Data "
    "processing</h2><div>On this website we use cookies and similar functions to process "
    "end device information and personal data, such as IP addresses or browser information, "
    "for purposes such as integrating content, statistical measurement and advertising.</div>"
    "<div>Cookies, device or similar online identifiers together with other information can "
    "be stored or read on your device to recognise it each time it connects to a website.</div>"
    "<div>Precise geolocation and information about device characteristics can be used.</div>"
    "<button>Accept all</button></div>"
)


@pytest.mark.issue(20)
def test_a_dialog_over_the_page_is_no_part_of_it() -> None:
    tree = parse_html(
        "<html><body><p>The council approved the new budget on Tuesday.</p>"
        + CONSENT_DIALOG
        + "<dialog><p>Sign in to save this article.</p></dialog>"
        "<div role='alertdialog'>Your session has expired.</div>"
        "<div role='dialog'><article><h1>Floods close the coast road</h1><p>The coast road "
        "was closed on Monday.</p></article></div></body></html>"
    )
    remove_invisible(tree)
    text = " ".join(tree.text_content().split())
    assert "council approved" in text
    assert "cookies" not in text and "Sign in" not in text and "session" not in text
    assert "The coast road was closed on Monday." in text  # a story in a window stays


@pytest.mark.issue(20)
def test_a_paywalled_page_gives_its_story_not_its_consent_dialog() -> None:
    """The Local's shape: headline and lead shown, the body hidden by style until the
    login check, the consent dialog the longest visible text."""
    story = [
        f"Paragraph {number} of the story: the harbour board met the fishermen's union on "
        "Wednesday and agreed to keep the north quay open through the winter season."
        for number in range(1, 8)
    ]
    page = (
        "<html><head><title>Harbour stays open</title></head><body>"
        + CONSENT_DIALOG
        + "<main><h1>Harbour stays open</h1><p class='lead'>The north quay will stay open "
        "through the winter, the harbour board said.</p>"
        "<div class='signin'>Please sign up or log in to continue reading</div>"
        "<div id='articleBody' style='display: none'>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in story)
        + "</div></main></body></html>"
    )
    article = clean_html(page)
    assert story[0] in article.paragraphs and story[-1] in article.paragraphs
    assert "cookies" not in article.text


@pytest.mark.issue(20)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_xhtml_page_that_declares_its_encoding_is_read(encoding: str) -> None:
    """lxml refuses decoded text that declares an encoding; the declaration is dropped."""
    from tests.clean.test_text import HARBOUR_PARAGRAPHS
    from wirewatch import extract

    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        ' Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour plan</title></head>'
        f"<body><h1>Council agrees harbour plan</h1>{paragraphs}</body></html>"
    )
    assert extract(page.encode(encoding)).paragraphs == HARBOUR_PARAGRAPHS
    assert extract(page).paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_section_headings_with_an_empty_anchor_stay_in_the_body() -> None:
    """trafilatura's precision mode deletes a heading whose only link shows no text; the
    anchor shows nothing, so it goes and the heading stays (InfoWorld's section heads)."""
    headings = ["Where the water goes", "What the board will do", "Who pays for it"]
    page = "<html><head><title>Water losses</title></head><body><article><h1>Water losses</h1>"
    page += "<div class='article-column__content'>"
    for number, heading in enumerate(headings):
        page += f"<h2 class='wp-block-heading'><a id='s{number}'></a>{heading}</h2>"
        page += "".join(
            f"<p>Part {number}.{paragraph}: the regional water board published its annual "
            "report on Thursday, and the figures on leakage were the worst the board has "
            "recorded since the network was rebuilt.</p>"
            for paragraph in range(2)
        )
    page += (
        "<p>Read the <a href='/report'>full report</a> online.</p></div></article></body></html>"
    )
    article = clean_html(page)
    for heading in headings:
        assert heading in article.paragraphs
    assert "Read the full report online." in article.paragraphs


@pytest.mark.issue(20)
def test_only_empty_links_in_headings_are_taken_out() -> None:
    tree = parse_html(
        "<html><body><h2><a name='top'></a>Results<a> </a>by<a href='#r'><img src='i.png'></a>"
        "</h2><p><a id='x'></a>Polls close at eight.</p></body></html>"
    )
    remove_invisible(tree)
    assert tree.xpath("count(//h2/a)") == 1  # the image link shows something
    assert tree.xpath("count(//p/a)") == 1  # outside headings, left to the extractors
    assert tree.xpath("string(//h2)") == "Results by"
