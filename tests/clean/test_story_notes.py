"""The notes a story closes with (credits, the writer's address, follow prompts) are not its text."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean import clean_text
from wirewatch.clean.html import clean_html
from wirewatch.clean.story_notes import closing_note_positions, is_closing_note


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "note",
    [
        "(Reporting by Ana Silva in Lisbon; Editing by Tom Hale)",
        "Additional reporting by Priya Nair in Mumbai",
        "- – with additional reporting from wire services",
        "Mit Material von dpa",
        "Lena Hart contributed reporting from Rotterdam.",
        "Write to Tom Hale at tom.hale@example.com",
        "Jan de Vries can be reached at jdevries@example.org.",
        "tom.hale@example.com",
        "Follow the city desk on X and Instagram for more local news.",
        "Follow her on Twitter @lenahart.",
        "This article was originally published by The Harbour Gazette.",
        "Dieser Artikel ist zuerst bei der Hafenzeitung erschienen.",
        "This is a developing story and will be updated.",
        "SOURCE: News agencies",
        "Quelle: Hafenamt",
        "This is a breaking news story - more to follow",
        "Dieses Thema im Programm: Hafenradio | Nachrichten | 28. April 2023 | 10:00 Uhr",
        "SDA/sep",
        "dpa/lno",
        "Hafenradio (dst)",
        "(phy)",
        "Lena Hart is a staff writer at the Harbour Gazette covering shipping and the port.",
        "Tom Hale (@tomhale) is a contributing editor of the Gazette.",
        "Hale covers city hall for The Harbour Gazette. He is based in Rotterdam.",
        "Manuela Conrad ist ZDF-Reporterin in Berlin.",
        "Pamela Wilson is an online educator, author and keynote speaker.",
        "Get in touch with our news team by emailing us at news@example.com.",
        "Send your pictures and stories by emailing us at desk@example.com",
    ],
)
def test_credit_contact_and_follow_notes_are_closing_notes(note: str) -> None:
    assert is_closing_note(note)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with information is asked to call police or email tips@example.org.",
        "Follow the money, the auditor told the council, and the missing funds will turn up.",
        "The agency's reporting from the region was criticised by the ministry.",
        "Cold weather contributed to the delays, the port operator said.",
        "The source of the leak has not been found, engineers said on Monday.",
        "NATO",
        "USA/EU",
        "Trump (R)",
        "The mayor is a former reporter who covered the council for the local paper.",
        "Police said the man is a journalist for a local radio station.",
        "Smith covers the costs of the repairs for the town, the council said.",
        "He is the editor of the local paper, which first reported the plan.",
        "The families urged witnesses to contact police at appeals@example.org, officers said.",
    ],
)
def test_news_sentences_with_the_same_words_are_not_notes(sentence: str) -> None:
    assert not is_closing_note(sentence)


@pytest.mark.issue(20)
def test_only_the_last_paragraphs_are_read_and_never_the_first() -> None:
    note = "Additional reporting by Priya Nair"
    story = [note, *HARBOUR_PARAGRAPHS, note, "SOURCE: News agencies"]
    assert closing_note_positions(story) == {len(story) - 2, len(story) - 1}
    assert closing_note_positions([note]) == set()


@pytest.mark.issue(20)
def test_closing_notes_leave_the_body_of_text_and_html_pages() -> None:
    notes = ["(Reporting by Ana Silva; Editing by Tom Hale)", "Write to Tom Hale at th@example.com"]
    text = clean_text("\n\n".join([*HARBOUR_PARAGRAPHS, *notes]) + "\n")
    assert text.paragraphs == HARBOUR_PARAGRAPHS
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in [*HARBOUR_PARAGRAPHS, *notes])
    page = f"<html><body><article><h1>Council agrees harbour plan</h1>{paragraphs}</article></body></html>"
    assert clean_html(page).paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_long_run_of_letters_at_the_end_is_no_note() -> None:
    """Hostile text: an address pattern without bounds searched such a run in quadratic time."""
    assert not is_closing_note("Follow " + "x" * 100_000)
    assert not is_closing_note("Write to " + "a" * 300 + "@example")
