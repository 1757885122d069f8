"""The notes a story closes with (credits, the writer's address, follow prompts) are not its text."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean import clean_text
from wirewatch.clean.html import clean_html
from wirewatch.clean.story_notes import closing_note_positions, ends_story, is_closing_note


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
        # the wire's end marks
        "(END)",
        "-30-",
        "###",
        "- ends -",
        # the editor's line of a Chinese or Japanese story
        "（编辑：严玉洁 王辉）",
        "【责任编辑：王辉】",
        # a byline that signs the story off
        "-- By Lena Hart Follow @lenahart",
        "By Lena Hart, Ali al-Sayed and Tom Hale",
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
        "By Tuesday, the water had gone down and the ferries were running again.",
        "By The Numbers",
        "The end of the strike came on Friday.",
        "编辑部称，会议将于周三举行。",
        "#MeToo",
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


TEASERS_BELOW = [
    "Lottery: People with these first names win most often",
    "Careers How an assistant can help you land the job you want",
    "Football chief: 'Nobody will pay the prices Fifa asks for the World Cup'",
    "* Loan comparison",
    "* Mortgages",
]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "note",
    [
        "This article first appeared in The Harbour Review.",
        "Dieser Artikel ist zuerst bei „Capital“ erschienen.",
        "(Reporting by Ana Silva; Editing by Tom Hale)",
        "Über dieses Thema berichtet: Radio Nord am 14.04.2026 um 17:50 Uhr.",
    ],
)
def test_a_note_that_closes_the_story_ends_it_and_the_teasers_below_are_not_body(
    note: str,
) -> None:
    """News style sets these notes after the last paragraph: below them is the page's."""
    page = "\n\n".join(["Home", "News", *HARBOUR_PARAGRAPHS, note, *TEASERS_BELOW, "Imprint"])
    assert clean_text(page + "\n").paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_the_same_note_above_the_story_or_in_its_middle_ends_nothing() -> None:
    note = "This article was originally published by The Harbour Review."
    above = clean_text("\n\n".join(["Home", note, *HARBOUR_PARAGRAPHS]) + "\n")
    assert above.paragraphs[-len(HARBOUR_PARAGRAPHS) :] == HARBOUR_PARAGRAPHS
    middle = [*HARBOUR_PARAGRAPHS[:1], note, *HARBOUR_PARAGRAPHS[1:]]
    assert set(HARBOUR_PARAGRAPHS) <= set(clean_text("\n\n".join(middle) + "\n").paragraphs)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("(Reporting by Ana Silva in Lisbon; Editing by Tom Hale)", True),
        ("Keith Bradsher contributed reporting from Hong Kong.", True),
        ("With files from The Canadian Press and Mohamed Ali", True),
        ("Avec AFP", True),
        ("Avec l'AFP et Reuters.", True),
        ("Avec l'AFP, le gouvernement a signé un accord sur les droits voisins.", False),
        ("This story was originally published on The Conversation.", True),
        ("Dieses Thema im Programm: Radio Nord | 28. April 2026 | 10:00 Uhr", True),
        ("This is a developing story and will be updated.", False),  # a site sets it on top too
        ("Write to Tom Hale at th@example.com", False),  # an author box may follow
        ("The report was first published in 2019, the ministry said.", False),
    ],
)
def test_which_notes_end_a_story(text: str, ends: bool) -> None:
    assert ends_story(text) is ends


@pytest.mark.issue(20)
def test_a_broadcast_note_above_the_story_is_metadata_too() -> None:
    """A broadcaster sets its on-air note under the standfirst as well as after the story."""
    note = "Über dieses Thema berichtet: Radio Nord am 14.04.2026 um 17:50 Uhr."
    page = "\n\n".join(["Home", HARBOUR_PARAGRAPHS[0], note, *HARBOUR_PARAGRAPHS[1:]])
    article = clean_text(page + "\n")
    assert article.paragraphs == HARBOUR_PARAGRAPHS
    assert note in [block.text for block in article.removed]


@pytest.mark.issue(20)
def test_a_link_to_the_article_labelled_zum_artikel_is_a_related_link() -> None:
    link = "* Zum Artikel: Tarifrunde im Hafen: Das wird verhandelt"
    page = "\n\n".join(["Home", *HARBOUR_PARAGRAPHS[:2], link, *HARBOUR_PARAGRAPHS[2:]])
    article = clean_text(page + "\n")
    assert article.paragraphs == HARBOUR_PARAGRAPHS
    assert [r.title for r in article.related] == ["Tarifrunde im Hafen: Das wird verhandelt"]
