"""Line breaks in a page's text that are not paragraph breaks: wrapped source lines, a
``<br>`` in the middle of a sentence."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_breaks import join_broken_sentences, join_drop_caps, lay_out_white_space
from wirewatch.clean.html_parse import parse_html

PARAGRAPHS = HARBOUR_PARAGRAPHS


def page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return (
        "<html><head><title>Harbour plan agreed</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Harbour plan agreed</h1>\n{body}</article></body></html>"
    )


def wrapped(text: str, width: int = 50) -> str:
    """``text`` with a line break in the source every ``width`` characters or so, at a space."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def laid_out(markup: str) -> str:
    tree = parse_html(f"<html><body>{markup}</body></html>")
    lay_out_white_space(tree)
    join_broken_sentences(tree)
    body = tree.find("body")
    assert body is not None
    return "".join(body.itertext())


@pytest.mark.issue(20)
def test_a_paragraph_wrapped_in_the_source_is_one_paragraph() -> None:
    """The source breaks its lines inside each <p> (the editor's wrap), with a link in one
    and a <br> closing each, as on Zeit Online (where trafilatura keeps the source's lines)."""
    paragraphs = [wrapped(paragraph) + "<br>\n" for paragraph in PARAGRAPHS]
    paragraphs[1] = paragraphs[1].replace("quay", "<a href='/quay'>quay</a>\n")
    article = clean_html(page(paragraphs))
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.issue(20)
def test_a_break_in_the_middle_of_a_sentence_is_a_space() -> None:
    """An answer pasted from a mail, with a <br> where each of its lines ended."""
    paragraphs = PARAGRAPHS[:2] + [wrapped(PARAGRAPHS[2], 40).replace("\n", "<br>\n")]
    article = clean_html(page(paragraphs + PARAGRAPHS[3:]))
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # a capital after the break: an address, a verse, a name
        (
            "<p>Harbour Gazette, Quay Street 4<br>Portsmouth PO1 2AB</p>",
            "Harbour Gazette, Quay Street 4\nPortsmouth PO1 2AB",
        ),
        # after a sentence's end
        (
            "<p>The council met on Tuesday and agreed the plan.<br>work starts in the spring</p>",
            "The council met on Tuesday and agreed the plan.\nwork starts in the spring",
        ),
        # a list marker after it
        (
            "<p>What the plan for the harbour will pay for first of all<br>- a new quay</p>",
            "What the plan for the harbour will pay for first of all\n- a new quay",
        ),
        # too little before it to be a sentence's start
        ("<p>Tide times<br>high water at noon</p>", "Tide times\nhigh water at noon"),
    ],
)
@pytest.mark.issue(20)
def test_a_break_that_ends_a_line_of_its_own_stays(markup: str, text: str) -> None:
    assert _with_breaks(markup) == text


def _with_breaks(markup: str) -> str:
    """The laid-out text with each remaining <br> written as a line break."""
    tree = parse_html(f"<html><body>{markup}</body></html>")
    lay_out_white_space(tree)
    join_broken_sentences(tree)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    body = tree.find("body")
    assert body is not None
    return "".join(body.itertext())


@pytest.mark.issue(20)
def test_a_hyphen_at_a_broken_line_joins_the_word() -> None:
    markup = "<p>Residents welcomed the decision but asked for a long-<br>standing footpath</p>"
    assert laid_out(markup) == (
        "Residents welcomed the decision but asked for a long-standing footpath"
    )


@pytest.mark.issue(20)
def test_a_line_break_between_japanese_characters_is_a_space_as_chrome_lays_it_out() -> None:
    markup = "<p>【ソウル】韓国の\n<a href='/p'>尹錫悦</a>\n大統領は３日夜、談話を出した。</p>"
    assert laid_out(markup) == "【ソウル】韓国の 尹錫悦 大統領は３日夜、談話を出した。"


@pytest.mark.issue(20)
def test_preformatted_text_keeps_its_lines() -> None:
    markup = "<pre>from harbour import quay\nquay.build()</pre><p>\n  It ran\nfine.</p>"
    assert laid_out(markup) == "from harbour import quay\nquay.build()It ran fine."


def drop_caps_joined(cap: str, language: str | None) -> str:
    """The paragraph the extractor reads from ``<p>{cap}</p>``, its drop cap joined."""
    tree = parse_html(f"<html><body><p>{cap}</p></body></html>")
    paragraph = " ".join(tree.text_content().split())
    return join_drop_caps([paragraph], tree, language)[0]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("cap", "expected"),
    [
        # taz: the cap in a wrapper, a space in the source after it
        (
            "<span class='initial-letter-outer'><span class='initial-letter'>N</span></span> "
            "<span>a endlich! Es gibt einen Entwurf.</span>",
            "Na endlich! Es gibt einen Entwurf.",
        ),
        ("<span class='drop-cap'>T</span> he council agreed.", "The council agreed."),
        # the negatives: a word of one letter, a capital after the space, no drop cap
        ("<span class='drop-cap'>A</span> man walked in.", "A man walked in."),
        ("<span class='dropcap'>I</span> think so.", "I think so."),
        ("<span class='drop-cap'>T</span> The council agreed.", "T The council agreed."),
        ("<span class='grade'>B</span> rating was given.", "B rating was given."),
    ],
)
def test_a_drop_cap_and_the_rest_of_its_word_are_one_word(cap: str, expected: str) -> None:
    assert drop_caps_joined(cap, "en") == expected


@pytest.mark.issue(20)
@pytest.mark.parametrize(("language", "joined"), [("pl", False), ("en", True), (None, False)])
def test_a_drop_cap_that_is_a_word_in_the_pages_language_keeps_its_space(
    language: str | None, joined: bool
) -> None:
    """ "W poniedziałek" is a preposition and a word in Polish; in English a W begins one."""
    result = drop_caps_joined("<span class='drop-cap'>W</span> ashington agreed.", language)
    assert (result == "Washington agreed.") is joined
