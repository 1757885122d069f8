"""Features of a line of page text: how often it speaks to the reader, how it ends, its words."""

from __future__ import annotations

import pytest

from wirewatch.clean.blocks import make_blocks, stopwords_for


def reader_address(line: str) -> int:
    return make_blocks(line, None)[0].reader_address


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Sign up and we will send you our best stories.", 3),
        ("Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind.", 2),
        ("Abonnez-vous à notre lettre d'information.", 2),
        ("Suscríbase a nuestro boletín para recibir las noticias.", 1),
        ("Schrijf je in voor onze nieuwsbrief.", 1),
    ],
)
def test_lines_that_speak_to_the_reader_in_several_languages(line: str, count: int) -> None:
    assert reader_address(line) == count


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "The US and its allies imposed new sanctions on Monday.",  # the country, not "us"
        "Sie sagte, ihre Familie sei in Sicherheit.",  # "she", "her"
        "„Wir haben keine Wahl“, sagte der Minister.",  # a quote
        "»Wir schaffen das«, sagte die Kanzlerin.",
        '"We will not give up," the mayor said.',
    ],
)
def test_news_sentences_do_not_speak_to_the_reader(line: str) -> None:
    assert reader_address(line) == 0


@pytest.mark.issue(20)
def test_vietnamese_stop_words_of_several_syllables_are_counted_whole() -> None:
    """spaCy's Vietnamese list joins a word's syllables with "_" ("bao_giờ", "có_thể");
    running text separates them with spaces."""
    [function_words, menu] = make_blocks(
        "Nói chung, bao giờ anh ấy cũng có thể đến\n\n"
        "Thời sự Thế giới Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật\n",
        "vi",
    )
    assert function_words.stopword_density == 1.0
    assert menu.stopword_density < 0.2  # its syllables one by one would be stop words


@pytest.mark.issue(20)
def test_norwegian_as_the_detector_names_it_gets_spacys_bokmal_stop_words() -> None:
    """py3langid says "no" (or "nn"); spaCy's list is under "nb"."""
    assert stopwords_for("no") == stopwords_for("nb")
    assert {"og", "ikke", "det"} <= stopwords_for("no")
    assert stopwords_for("nn") == stopwords_for("nb")


# Three paragraphs of a story, wrapped at 60 columns as plain-text mail and wire copy are:
# lines that begin with a name or a figure go on the sentence they continue.
WRAPPED = """\
The council of Riverton voted on Tuesday to build a new
bridge over the river, ending a debate that had run for more
than ten years and divided the two halves of the town. Mayor
Anna Berg said work would start in the spring.

The bridge will cost about 40 million euros, of which the
region pays half. Shop owners on the east bank, who lost
customers when the old bridge closed in 2019, welcomed the
vote; residents near the site fear years of noise.

Contact: newsdesk@riverton.example
"""


def test_a_hard_wrapped_paragraph_is_one_block_whatever_its_lines_begin_with() -> None:
    blocks = make_blocks(WRAPPED, "en")
    assert [block.text[:30] for block in blocks] == [
        "The council of Riverton voted ",
        "The bridge will cost about 40 ",
        "Contact: newsdesk@riverton.exa",
    ]
    assert blocks[0].text.endswith("Mayor Anna Berg said work would start in the spring.")


def test_lines_of_a_web_page_are_not_unwrapped() -> None:
    """A page's lines are paragraphs, menus and headings of any length: no width to fill."""
    page = "\n".join(
        [
            "Home",
            "News",
            "Council backs new bridge",
            "The council voted on Tuesday to build a new bridge over the river, ending a debate "
            "that had run for more than ten years.",
            "Anna Berg, the mayor, said work would start in the spring.",
            "Related",
            "Ferry makes its last trips",
            "Sport",
            "Weather",
        ]
    )
    assert len(make_blocks(page, "en")) == 9


def test_the_items_of_a_wrapped_list_stay_apart() -> None:
    text = WRAPPED.replace(
        "Contact: newsdesk@riverton.example\n",
        "The plan pays for three things, the council said in a long\n"
        "statement published after the vote on its website:\n"
        "- a bridge of two lanes and a path for bicycles on each side\n"
        "- a new quay\n",
    )
    blocks = make_blocks(text, "en")
    assert [block.text for block in blocks[-2:]] == [
        "- a bridge of two lanes and a path for bicycles on each side",
        "- a new quay",
    ]


def test_a_short_wrapped_story_is_unwrapped_too() -> None:
    """Five lines are enough to see the width a brief was filled to."""
    brief = (
        "Advanced Medical Technologies Inc. said it bought 93% of a unit of\n"
        "Henley Group Inc. for $106 million in cash, in a deal that values the\n"
        "unit at about $114 million.\n\n"
        "The unit makes pumps and monitors used by hospitals, and it had sales\n"
        "of more than $110 million last year, the company said.\n"
    )
    blocks = make_blocks(brief, "en")
    assert len(blocks) == 2
    assert blocks[0].text.startswith("Advanced Medical") and "Henley Group" in blocks[0].text


def test_a_compound_broken_at_its_hyphen_is_joined_without_a_space() -> None:
    text = WRAPPED.replace("ending a debate that had run for more\n", "ending a long-\n", 1)
    text = text.replace("than ten years", "standing debate of ten years", 1)
    assert "ending a long-standing debate" in make_blocks(text, "en")[0].text


@pytest.mark.issue(20)
def test_a_drop_cap_on_a_line_of_its_own_is_the_first_letter_of_its_paragraph() -> None:
    text = "E\nxercice: after reading this short item, explain what it says about France.\n"
    assert [block.text for block in make_blocks(text, "en")] == [
        "Exercice: after reading this short item, explain what it says about France."
    ]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "text",
    [
        "A\n\napples and pears were sold at the market on Saturday.",  # a blank line between
        "A\nApples and pears were sold at the market on Saturday.",  # a capital after it
        "AB\nto be read as the section's first line.",
        "A\nman walked into the harbour office on Saturday.",  # "A" is a word of English
    ],
)
def test_a_letter_that_is_no_drop_cap_stays_apart(text: str) -> None:
    assert len(make_blocks(text, "en")) == 2


def test_a_paragraph_of_many_broken_lines_is_joined_in_time() -> None:
    """Hostile input: lines that each go on the one before. Joined line by line (the
    paragraph copied for each), 60,000 of them took a minute, 20,000 seven seconds; joined
    once, a fraction of a second."""
    text = "\n".join(
        ["the council voted on Tuesday to build a new bridge over the river at"] * 20000
    )
    blocks = make_blocks(text, "en")
    assert len(blocks) == 1
    assert blocks[0].words == 20000 * 14


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "lead",
    [
        "PORT ELLEN, Scotland (AP) — Coast guard crews rescued 14 Norwegian fishermen.",
        "OSLO, March 3 (Reuters) - Statoil shares fell 4% in early Oslo trading.",
        "Kiel (dpa) - Der Hafen Kiel meldet Rekordumschlag.",
        "Moskau/Kiew (dpa) – Die Gespräche sind gescheitert.",
        "WASHINGTON — Senate Democrats blocked the Pentagon bill.",
        "NEW YORK, N.Y. -- Shares of Acme Corp. rose.",
    ],
)
def test_a_wire_dateline_opens_its_lead(lead: str) -> None:
    [block] = make_blocks(lead, "en")
    assert block.opens_with_dateline


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "The Senate — in a rare vote — blocked the bill.",
        "US — China talks resume in Geneva.",  # two letters: a country's code, no dateline
        "Kyiv - a city under fire.",  # a place without capitals or an agency opens a sentence
        "Police said the man (43) - a local - was arrested.",
    ],
)
def test_a_sentence_with_a_dash_is_no_dateline(line: str) -> None:
    [block] = make_blocks(line, "en")
    assert not block.opens_with_dateline


@pytest.mark.issue(20)
def test_a_lists_third_level_bulleted_o_is_a_list_item() -> None:
    """inscriptis and lynx bullet a list's third level with "o" (under "*" and "+")."""
    menu = make_blocks("* News\n+ Asia\no China\no India\n+ Europe\no France\n", "en")
    assert [block.list_item for block in menu] == [True] * 6
    assert [block.bare for block in menu] == ["News", "Asia", "China", "India", "Europe", "France"]


@pytest.mark.issue(20)
def test_a_line_that_begins_with_the_word_o_outside_a_list_is_no_list_item() -> None:
    [lead, sentence] = make_blocks(
        "Lula falou à imprensa em Brasília na segunda-feira.\n\n"
        "o presidente disse que o acordo seria assinado em março.\n",
        "pt",
    )
    assert not sentence.list_item and sentence.bare.startswith("o presidente")
