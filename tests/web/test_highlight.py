"""The article body as HTML: every annotation marked, marks well nested, text escaped."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import wirewatch
from wirewatch.web.highlight import highlighted_paragraphs, marks_of, without_overlaps

DATA = Path(__file__).parents[1] / "data"


def _parsed(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html, create_parent="p")


def test_the_marked_paragraphs_read_as_the_article_once_the_tips_are_hidden(
    example_analysis: wirewatch.Analysis,
) -> None:
    paragraphs = highlighted_paragraphs(example_analysis)
    assert len(paragraphs) == len(example_analysis.article.paragraphs)
    for html, paragraph in zip(paragraphs, example_analysis.article.paragraphs, strict=True):
        tree = _parsed(str(html))
        for tip in tree.xpath('.//span[@class="tip"]'):
            tip.drop_tree()
        assert tree.text_content() == paragraph


def test_every_event_trigger_is_a_focusable_mark_with_its_coding(
    example_analysis: wirewatch.Analysis,
) -> None:
    tree = _parsed("".join(str(p) for p in highlighted_paragraphs(example_analysis)))
    for event in example_analysis.events:
        [anchor] = tree.xpath(f'//*[@id="ev-{event.id}"]')
        mark = anchor if anchor.tag == "mark" else anchor.getparent()
        assert mark.get("tabindex") == "0" and "hl-event" in mark.get("class")
        tip = mark.xpath('./span[@class="tip"]')[0].text_content()
        assert event.type in tip and event.modality.value in tip
        assert mark.xpath('./span[@class="marked"]')[0].text_content() == event.evidence.trigger
    kinds = {mark.get("class") for mark in tree.iter("mark")}
    assert kinds == {"hl hl-entity", "hl hl-time", "hl hl-cue", "hl hl-event"}
    monday = [
        m
        for m in tree.iter("mark")
        if m.xpath('./span[@class="marked"]')[0].text_content() == "Monday"
    ]
    assert "2022-12-26" in monday[0].text_content()  # the time resolved against publication
    assert tree.xpath('//span[@class="quoted"]')  # quoted content has its background


def test_overlapping_annotations_keep_the_most_telling(
    example_analysis: wirewatch.Analysis,
) -> None:
    marks = marks_of(example_analysis)
    kept = without_overlaps(marks)
    for one, other in zip(kept, kept[1:], strict=False):
        assert one.end <= other.start  # nothing overlaps, so the HTML nests
    dropped = [m for m in marks if m not in kept and m.kind != "event"]
    for mark in dropped:  # each was dropped for a mark of a more telling kind
        rivals = [k for k in kept if k.start < mark.end and mark.start < k.end]
        assert rivals, mark


@pytest.mark.parametrize("clean", [False, True])
def test_hostile_text_comes_out_escaped(clean: bool) -> None:
    text = (DATA / "web" / "hostile-text.txt").read_text(encoding="utf-8")
    analysis = wirewatch.analyze(text, clean=clean, published="2024-03-04T10:00:00+00:00")
    html = "".join(str(p) for p in highlighted_paragraphs(analysis))
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    if not clean:
        assert "&lt;script&gt;window.__xss=5&lt;/script&gt;" in html
    tree = _parsed(html)
    assert {el.tag for el in tree.iter()} <= {"p", "mark", "span"}
    assert all(not any(a.startswith("on") for a in el.attrib) for el in tree.iter())
    if not clean:
        assert "window.__xss" in tree.text_content()  # shown, as text


def test_a_country_from_the_actor_base_says_so_in_the_tips() -> None:
    record = wirewatch.analyze(
        "Putin accused the West of provoking the crisis in a speech on Tuesday.",
        clean=False,
        published="2015-03-10",
    )
    tips = [mark.tip for mark in marks_of(record) if mark.kind == "entity"]
    assert "Putin · PERSON · RUS (from the actor base) · President" in tips
    events = [mark.tip for mark in marks_of(record) if mark.kind == "event"]
    assert any("Putin (RUS, from the actor base)" in tip for tip in events)
