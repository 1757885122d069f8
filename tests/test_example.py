"""The bundled example article, end to end: every field of its record."""

from __future__ import annotations

import wirewatch
from wirewatch.model import BoilerplateKind

BOILERPLATE_PHRASES = [
    "Your support helps us",
    "donation",
    "paywalls",
    "Join our commenting forum",
    "Thank you for registering",
    "refresh the page",
    "Related:",
    "Getty",
]


def entity(analysis: wirewatch.Analysis, name: str) -> wirewatch.Entity:
    matches = [found for found in analysis.entities if found.name == name]
    assert len(matches) == 1, (
        f"expected one entity named {name!r}, got {[e.name for e in analysis.entities]}"
    )
    return matches[0]


def test_header_fields(example_analysis: wirewatch.Analysis) -> None:
    article = example_analysis.article
    assert (
        article.title
        == "North Korea’s Kim Jong-un unveils goals to further bolster military power next year"
    )
    assert (
        article.subtitle
        == "North Korean leader sets out military goals amid heightened tension with the South"
    )
    assert article.authors == ["Alisha Rahaman Sarkar"]
    assert article.published == "2022-12-29T10:08:00+00:00"
    assert article.language == "en"


def test_body_is_the_thirteen_story_paragraphs(example_analysis: wirewatch.Analysis) -> None:
    article = example_analysis.article
    assert len(article.paragraphs) == 13
    assert article.paragraphs[0].startswith("North Korean leader Kim Jong-un on Wednesday unveiled")
    assert article.paragraphs[-1].startswith("The Workers’ Party plenary meeting is expected")
    assert article.text == "\n\n".join(article.paragraphs)


def test_no_boilerplate_survives_in_the_body(example_analysis: wirewatch.Analysis) -> None:
    text = example_analysis.article.text
    for phrase in BOILERPLATE_PHRASES:
        assert phrase not in text
    assert "Comments" not in example_analysis.article.paragraphs


def test_removed_blocks_have_their_kinds(example_analysis: wirewatch.Analysis) -> None:
    kinds = {block.text: block.kind for block in example_analysis.article.removed}
    assert kinds["Your support helps us to tell the story"] is BoilerplateKind.DONATION_APPEAL
    appeal = [text for text in kinds if text.startswith("From reproductive rights")]
    assert appeal and kinds[appeal[0]] is BoilerplateKind.DONATION_APPEAL
    assert kinds["Join our commenting forum"] is BoilerplateKind.COMMENT_PROMPT
    assert kinds["Thank you for registering"] is BoilerplateKind.LOGIN_PROMPT
    assert (
        kinds["North Korea’s Kim Jong-Un at the Workers’ Party meeting"]
        is BoilerplateKind.CAPTION_DUPLICATE
    )


def test_caption_kept_once_with_its_credit(example_analysis: wirewatch.Analysis) -> None:
    captions = example_analysis.article.captions
    assert len(captions) == 1
    assert captions[0].text == "North Korea’s Kim Jong-Un at the Workers’ Party meeting"
    assert captions[0].credit == "KCNA VIA KNS/AFP via Getty Image"


def test_related_link(example_analysis: wirewatch.Analysis) -> None:
    assert [link.title for link in example_analysis.article.related] == [
        "Fifteen people executed in purge by Kim Jong-un"
    ]


def test_kim_is_one_person_with_country(example_analysis: wirewatch.Analysis) -> None:
    kim = entity(example_analysis, "Kim Jong-un")
    assert kim.type == "PERSON"
    assert kim.country == "PRK"
    assert "Kim" in kim.aliases
    assert len(kim.mentions) >= 8  # "Kim Jong-un" once, "Mr Kim" seven times in the body


def test_north_korea_merges_demonym_capital_and_nickname(
    example_analysis: wirewatch.Analysis,
) -> None:
    north = entity(example_analysis, "North Korea")
    assert north.country == "PRK"
    assert {"North Korean", "Pyongyang", "Hermit Kingdom"} <= set(north.aliases)


def test_south_korea_merges_seoul_and_the_south(example_analysis: wirewatch.Analysis) -> None:
    south = entity(example_analysis, "South Korea")
    assert south.country == "KOR"
    assert {"Seoul", "South"} <= set(south.aliases)
    assert len(south.mentions) >= 5


def test_us_and_acronym_merges(example_analysis: wirewatch.Analysis) -> None:
    assert entity(example_analysis, "United States").country == "USA"
    party = entity(example_analysis, "Workers' Party")
    assert "WPK" in party.aliases
    assert entity(example_analysis, "Korean Central News Agency").type == "ORG"


def test_known_spacy_slips_do_not_leak(example_analysis: wirewatch.Analysis) -> None:
    names = {found.name for found in example_analysis.entities}
    assert "Independent" not in names  # "Independent observers" is not the newspaper
    assert not any("Getty" in name for name in names)  # a photo credit is not a person
    assert not any(found.name == "38" for found in example_analysis.entities)  # an age


def test_mention_offsets_point_into_the_text(example_analysis: wirewatch.Analysis) -> None:
    text = example_analysis.article.text
    for found in example_analysis.entities:
        for mention in found.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_record_metadata(example_analysis: wirewatch.Analysis) -> None:
    assert example_analysis.to_dict()["schema"] == "wirewatch.analysis/1"
    assert example_analysis.stages == [
        "decode",
        "clean",
        "language",
        "parse",
        "entities",
        "times",
        "places",
        "counts",
        "quotes",
        "events",
    ]
    assert example_analysis.model is not None and example_analysis.model.name.startswith(
        "en_core_web"
    )
