"""Block classes: where stop words tell nothing, length and sentence shape decide; how far
furniture that addresses the reader reaches."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
from wirewatch.clean.blocks import make_blocks
from wirewatch.clean.classify import BlockClass, classify_blocks

# What a page sets under a story, in words the lexicon has no cue in (as in a language it
# does not know): an error-report prompt (a sentence), a sign-up, the titles of other
# stories (most longer than a short line, none ending as a sentence), times between them.
UNDER_THE_STORY = [
    "Select the text and press Ctrl+Enter to send the passage to the editors for correction!",
    "The coast",
    "Our weekly letter brings the harbour's news to your inbox every Friday morning",
    "Around the bay",
    "Ferry timetable changes next month as the operator cuts two evening crossings",
    "18:51",
    "Lifeboat crew rescues two walkers cut off by the tide below the old lighthouse",
    "17:24",
    "New café on the pier opens its doors after a winter of building and delays",
    "Where will the fishing fleet go while the builders work on the new quay? (3)",
    "16:06",
    "Storm closes the pier for a second weekend as the waves reach the promenade",
    "Harbour life",
]


@pytest.mark.issue(20)
def test_without_stop_words_titles_under_the_story_are_not_body() -> None:
    """A language whose stop-word list finds few words in its prose (Latvian) is read by
    length and sentence shape; a line of a title's length that ends as no sentence does is
    furniture, else nothing under a story stopped the body from running on (newspaper4k's
    Latvian page kept every headline under its story)."""
    blocks = make_blocks("\n\n".join(HARBOUR_PARAGRAPHS + UNDER_THE_STORY), None)
    classify_blocks(blocks, has_stopwords=False)
    body = [block.text for block in blocks if block.klass is BlockClass.GOOD]
    assert body[: len(HARBOUR_PARAGRAPHS)] == HARBOUR_PARAGRAPHS
    assert not set(body) & set(UNDER_THE_STORY[1:])  # the prompt is a sentence: the lexicon's


@pytest.mark.issue(20)
def test_without_stop_words_a_story_of_short_sentences_is_body() -> None:
    """The negative: paragraphs of one sentence each, shorter than a GOOD block, with a
    subheading between them, are all body."""
    story = [
        "The council met on Tuesday and agreed the plan for the harbour.",
        "Work on the new quay is due to start in the spring.",
        "The new quay",
        "Residents asked for a footpath along the water, which the council will consider.",
        "The harbour master said the fishing fleet would not lose a single day at sea.",
    ]
    blocks = make_blocks("\n\n".join(HARBOUR_PARAGRAPHS[:1] + story), None)
    classify_blocks(blocks, has_stopwords=False)
    assert all(block.klass is BlockClass.GOOD for block in blocks)


# A post written to its readers, as advocacy groups and columnists write: each paragraph
# speaks to "you" and for "we" at least twice, as an appeal box does.
WRITTEN_TO_READERS = [
    "We went to court in March because you deserve to know who reads your messages, and "
    "we said so to the judge.",
    "The judge agreed with us. You can read the ruling on the court's site, and we have "
    "published our own summary of it for you.",
    "We are not done yet: the law still lets agencies keep your data for years, and we "
    "will be back in the legislature in the spring with you.",
]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "furniture",
    [
        "Help us continue the fight. Donate today.",
        "Comment",
    ],
)
def test_furniture_that_addresses_the_reader_reaches_its_neighbour_not_the_story(
    furniture: str,
) -> None:
    """An appeal takes the paragraph beside it when that one speaks to the reader too,
    and stops there: EFF's posts lost three or four paragraphs before "Donate to EFF.",
    BusinessWeek's column eight under its toolbar's "Comment"."""
    for story in (WRITTEN_TO_READERS, WRITTEN_TO_READERS[::-1]):
        for page in (
            HARBOUR_PARAGRAPHS + story + [furniture],
            [furniture] + story + HARBOUR_PARAGRAPHS,
        ):
            blocks = make_blocks("\n\n".join(page), "en")
            classify_blocks(blocks, has_stopwords=True)
            gone = [block.text for block in blocks if block.klass is BlockClass.BAD]
            assert furniture in gone
            assert len(set(gone) & set(story)) <= 1
            assert not set(gone) & set(HARBOUR_PARAGRAPHS)


@pytest.mark.issue(20)
def test_an_appeal_box_under_its_heading_is_furniture() -> None:
    """The negative: the box's own paragraph, beside its heading, goes with it."""
    box = [
        "Support our journalism",
        "If you value what we do, you can help us keep our reporting free for everyone.",
    ]
    blocks = make_blocks("\n\n".join(HARBOUR_PARAGRAPHS + box), "en")
    classify_blocks(blocks, has_stopwords=True)
    assert [block.text for block in blocks if block.klass is BlockClass.BAD] == box
