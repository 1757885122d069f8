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
def test_hidden_block_full_of_paragraphs_is_kept_for_its_script() -> None:
    sentence = "The committee heard evidence from the port authority about the delays. "
    paywalled = "".join(f"<p>{sentence * 2}</p>" for _ in range(6))
    tree = parse_html(
        "<html><body><div hidden class='menu'><a href='/'>Home</a></div>"
        f"<div class='paywall' hidden>{paywalled}</div></body></html>"
    )
    remove_invisible(tree)
    text = tree.text_content()
    assert "port authority" in text
    assert "Home" not in text


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
