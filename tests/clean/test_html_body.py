"""The body's extractor ensemble: a page the main extractor reads as empty falls back, and says so."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from tests.conftest import PAGES
from wirewatch.clean.html import clean_html
from wirewatch.clean.html_body import _extends, _letters, _longer_body, reads_like_body


@pytest.mark.issue(20)
def test_body_the_main_extractor_misses_falls_back_with_a_warning() -> None:
    warnings: list[str] = []
    article = clean_html((PAGES / "br-body.html").read_text(encoding="utf-8"), warnings=warnings)
    assert article.paragraphs[0].startswith("The town library reopened on Saturday")
    assert "talks on the history of the town" in article.text
    assert len(warnings) == 1
    assert "found no body in precision mode" in warnings[0]


@pytest.mark.issue(20)
def test_the_fallback_is_said_in_the_record_s_warnings() -> None:
    import wirewatch

    analysis = wirewatch.analyze((PAGES / "br-body.html").read_bytes())
    assert "The town library reopened on Saturday" in analysis.article.text
    assert any("found no body in precision mode" in w for w in analysis.warnings)


@pytest.mark.issue(20)
def test_a_menu_is_no_fallback_body() -> None:
    assert not reads_like_body("Home\nNews\nSport\nWeather")
    assert reads_like_body(
        "Home\nThe council voted on Tuesday to close the old bridge for repairs."
    )


@pytest.mark.issue(20)
def test_size_is_letters_so_text_without_spaces_is_not_a_sliver() -> None:
    chinese = "港口城市周二启用了新的渡轮码头官员表示这将使港口每天可处理的乘客数量翻一番"
    english = "The port opened a terminal."
    assert _letters(chinese) > _letters(english)


@pytest.mark.issue(20)
def test_a_longer_text_replaces_a_body_only_if_it_holds_it() -> None:
    body = " ".join(f"Paragraph {n} of the story tells what the minister said." for n in range(30))
    teasers = " ".join(f"Watch: celebrity chef reveals recipe number {n}!" for n in range(80))
    assert not _extends(teasers, body)
    assert _extends(body + " " + teasers, body)
    assert _extends(teasers, "A sliver.")


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "page",
    ["br-body.html", "headline-list.html", "hover-card-politics.html", "streamed-segment.html"],
)
def test_the_page_s_letters_bound_what_any_extractor_finds(page: str) -> None:
    """resiliparse is skipped when trafilatura holds half the bound, so it must be a bound."""
    import lxml.html

    from wirewatch.clean.html_body import (
        _letters_at_most,
        _resiliparse_text,
        _trafilatura_text,
    )
    from wirewatch.clean.html_parse import parse_html, remove_invisible

    tree = parse_html((PAGES / page).read_text(encoding="utf-8"))
    remove_invisible(tree)
    checked = _resiliparse_text(lxml.html.tostring(tree, encoding="unicode"))
    recalled = _trafilatura_text(tree, None, favor_recall=True) or ""
    assert 0 < _letters(checked) <= _letters_at_most(tree)
    assert _letters(recalled) <= _letters_at_most(tree)


@pytest.mark.issue(20)
def test_image_descriptions_count_in_the_bound() -> None:
    from wirewatch.clean.html_body import _letters_at_most
    from wirewatch.clean.html_parse import parse_html

    bare = parse_html("<html><body><p>Port opens.</p></body></html>")
    with_image = parse_html(
        '<html><body><p>Port opens.</p><img alt="Ferries at the new quay"></body></html>'
    )
    assert _letters_at_most(with_image) == _letters_at_most(bare) + len("Ferriesatthenewquay")


@pytest.mark.issue(20)
def test_what_trafilatura_deletes_is_set_aside_while_it_reads_and_put_back() -> None:
    """The page is the same after the main extractor has read it (the audit pass and the
    related links read its menus and asides), and so is what the extractor found."""
    import lxml.html

    from tests.clean.test_text import HARBOUR_PARAGRAPHS
    from wirewatch.clean.html_body import _extract_with_trafilatura, _trafilatura_text

    story = "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    page = (
        "<html><head><title>Harbour</title></head><body><nav><a href='/'>Home</a></nav>\n"
        "<div><menu><li>World</li></menu>after the menu, in the page's text<aside><nav>"
        "<a href='/x'>More</a></nav></aside></div>"
        f"<article><h1>Council agrees harbour plan</h1>{story}</article>"
        "<footer>© Harbour Gazette</footer>\n<nav>Sport</nav><nav>Weather</nav></body></html>"
    )
    tree = lxml.html.document_fromstring(page)
    before = lxml.html.tostring(tree)
    text = _trafilatura_text(tree, None)
    assert lxml.html.tostring(tree) == before
    assert text == _extract_with_trafilatura(tree, None, favor_recall=False)
    article = clean_html(page)
    assert article.paragraphs == HARBOUR_PARAGRAPHS
    assert {"Home", "Sport", "Weather"} <= {block.text for block in article.removed}


@pytest.mark.issue(20)
def test_links_and_notices_give_way_to_the_prose_readability_found() -> None:
    """trafilatura kept a comment disclaimer and lists of other stories' titles (a NetEase
    page), more letters than the short story readability found, and none of them prose."""
    links = "\n".join(
        ["Comments are the readers' own views.", "Recommended"]
        + [f"- {n} Ferry timetable changes next month" for n in range(1, 9)]
    )
    story = "\n".join(HARBOUR_PARAGRAPHS[:2])
    assert _longer_body(links, story) == (
        story,
        "trafilatura's text has no line of a sentence's length; readability's is used",
    )
    assert _longer_body(story, links) == (story, None)


@pytest.mark.issue(20)
def test_a_precision_text_that_is_all_furniture_falls_back_to_the_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura kept only the page's disclaimer (a Hexun page of gne's tests: it took the
    "【免责声明】本文仅代表作者本人观点 ..." box and left the story); the cleaner drops the
    disclaimer, and the body must not end empty while another extractor finds the story."""
    from wirewatch.clean import html_body

    disclaimer = (
        "【免责声明】本文仅代表作者本人观点，与港口日报无关。港口日报对文中陈述、观点判断保持中立。"
    )
    story = "".join(f"<p>{paragraph}</p>" for paragraph in HARBOUR_PARAGRAPHS)
    page = (
        "<html><body><article><h1>Harbour plan agreed</h1>"
        f"{story}</article><div class='disclaimer'><p>{disclaimer}</p></div></body></html>"
    )
    real = html_body._extract_with_trafilatura

    def precision_takes_the_disclaimer(tree, url, *, favor_recall):  # type: ignore[no-untyped-def]
        return real(tree, url, favor_recall=True) if favor_recall else disclaimer

    monkeypatch.setattr(html_body, "_extract_with_trafilatura", precision_takes_the_disclaimer)
    # and is taken as it stands, as on a page whose other text is no bigger
    monkeypatch.setattr(html_body, "RESILIPARSE_RATIO", 0.0)
    warnings: list[str] = []
    article = clean_html(page, warnings=warnings)
    assert article.paragraphs == HARBOUR_PARAGRAPHS
    assert warnings == [
        "trafilatura's text was all page furniture in precision mode; trafilatura in recall"
        " mode's text is used"
    ]
