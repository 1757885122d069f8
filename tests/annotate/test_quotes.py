"""Attributions: who says what, through whom, how sure, found in real text."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.annotate.cues import cue_lexicon
from wirewatch.annotate.quotes import quotation_regions
from wirewatch.model import Quote, QuoteKind


def find(analysis: wirewatch.Analysis, content: str, cue: str | None = None) -> Quote:
    """The one attribution whose content (and cue) contain these words."""
    found = [
        quote
        for quote in analysis.quotes
        if content in quote.content.text and (cue is None or (quote.cue and cue in quote.cue.text))
    ]
    assert len(found) == 1, [(q.cue and q.cue.text, q.content.text) for q in analysis.quotes]
    return found[0]


def source_name(quote: Quote) -> str | None:
    return quote.source.name if quote.source else None


def via_name(quote: Quote) -> str | None:
    return quote.via.name if quote.via else None


# -- the example: everything issue 5 asks of it ---------------------------


def test_kim_sets_forth_goals_via_the_agency(example_analysis: wirewatch.Analysis) -> None:
    quote = find(example_analysis, "set forth new key goals")
    assert source_name(quote) == "Kim Jong-un"
    assert quote.cue is not None and quote.cue.lemma == "set forth"
    assert quote.direct and quote.kind is QuoteKind.STATEMENT
    assert via_name(quote) == "Korean Central News Agency"
    assert "anti-enemy struggle" in quote.content.text  # the second quoted fragment joins it


def test_the_long_quote_is_quoted_by_the_state_media(example_analysis: wirewatch.Analysis) -> None:
    quote = find(example_analysis, "the eventful and changeful present world")
    assert source_name(quote) == "Kim Jong-un"
    assert quote.cue is not None and quote.cue.text == "was quoted by the state media as saying"
    assert via_name(quote) == "Korean Central News Agency"
    assert quote.direct


def test_the_agency_speaks_for_itself(example_analysis: wirewatch.Analysis) -> None:
    statement = find(example_analysis, "New core goals for strengthening")
    assert statement.source is not None and statement.source.text == "the state media"
    assert statement.source.name == "Korean Central News Agency"
    assert statement.source.resolved_by == "description"
    assert statement.direct and statement.via is None
    added = find(example_analysis, "He clarified principles", cue="added")
    assert added.source is not None and added.source.text == "it"
    assert added.source.name == "Korean Central News Agency"
    assert added.source.resolved_by == "pronoun"


def test_seoul_accuses_and_claims(example_analysis: wirewatch.Analysis) -> None:
    accusation = find(example_analysis, "Pyongyang of flying drones")
    assert accusation.kind is QuoteKind.ACCUSATION
    assert source_name(accusation) == "South Korea"
    called = find(example_analysis, "five North Korean drones", cue="called")
    assert called.kind is QuoteKind.CLAIM  # "what it called": the writer keeps a distance
    assert called.source is not None and called.source.text == "it"
    assert source_name(called) == "South Korea"
    assert not called.content.text.startswith("what")


def test_observers_speculate(example_analysis: wirewatch.Analysis) -> None:
    quote = find(example_analysis, "could be related to")
    assert quote.kind is QuoteKind.SPECULATION
    assert quote.source is not None and quote.source.text == "Independent observers"
    assert not quote.direct


def test_kims_claim_and_his_direct_words(example_analysis: wirewatch.Analysis) -> None:
    claim = find(example_analysis, "has increased", cue="claimed")
    assert claim.kind is QuoteKind.CLAIM and source_name(claim) == "Kim Jong-un"
    shortcomings = find(example_analysis, "a series of serious shortcomings")
    assert shortcomings.direct and source_name(shortcomings) == "Kim Jong-un"


def test_an_expected_meeting_has_no_source(example_analysis: wirewatch.Analysis) -> None:
    quote = find(example_analysis, "to last several days")
    assert quote.source is None and quote.kind is QuoteKind.SPECULATION


def test_offsets_and_paragraphs_point_into_the_text(example_analysis: wirewatch.Analysis) -> None:
    article = example_analysis.article
    assert example_analysis.quotes
    for number, quote in enumerate(example_analysis.quotes, start=1):
        assert quote.id == f"Q{number}"
        for part in (quote.source, quote.cue, quote.via):
            if part is not None:
                assert article.text[part.start : part.end] == part.text
        pieces = [article.text[start:end] for start, end in quote.content.spans]
        assert quote.content.text == " … ".join(pieces)
        assert pieces[0] in article.paragraphs[quote.paragraph]


def test_no_attribution_comes_from_boilerplate(example_analysis: wirewatch.Analysis) -> None:
    for quote in example_analysis.quotes:
        assert "support helps us" not in quote.content.text
        assert "commenting forum" not in quote.content.text


# -- constructions, each in a real parse ----------------------------------


def analyze_text(text: str) -> wirewatch.Analysis:
    return wirewatch.analyze(text, clean=False)


def test_a_quote_interrupted_by_its_cue_is_one_attribution() -> None:
    analysis = analyze_text(
        '"We will not give up," the minister said, "and we will win in the end."'
    )
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert len(quote.content.spans) == 2
    assert quote.direct and quote.source is not None and quote.source.text == "the minister"


def test_a_quotation_in_the_next_sentence_continues_the_speaker() -> None:
    text = '"The talks failed," the envoy said. "We will try again next month when both sides are ready."'
    analysis = analyze_text(text)
    assert len(analysis.quotes) == 1
    assert "We will try again" in analysis.quotes[0].content.text


def test_according_to_attributes_the_rest_of_the_clause() -> None:
    analysis = analyze_text("According to the health ministry, at least 40 people were killed.")
    quote = analysis.quotes[0]
    assert quote.cue is not None and quote.cue.lemma == "according to"
    assert quote.source is not None and quote.source.text == "the health ministry"
    assert quote.content.text == "at least 40 people were killed"


@pytest.mark.parametrize(
    ("text", "kind", "negated"),
    [
        ("The ministry denied that troops had crossed the border.", QuoteKind.DENIAL, False),
        ("The rebels threatened to attack the capital.", QuoteKind.THREAT, False),
        ("The president vowed to rebuild the bridge.", QuoteKind.PROMISE, False),
        ("The spokesman did not say whether talks would resume.", QuoteKind.STATEMENT, True),
        ("Officials fear that the dam could collapse.", QuoteKind.BELIEF, False),
    ],
)
def test_the_cue_decides_the_kind(text: str, kind: QuoteKind, negated: bool) -> None:
    quote = analyze_text(text).quotes[0]
    assert quote.kind is kind and quote.negated is negated


def test_sourceless_passives_and_adverbs() -> None:
    analysis = analyze_text(
        "It is believed that the ship sank in the storm. The general was reportedly killed."
    )
    assert [quote.source for quote in analysis.quotes] == [None, None]
    assert analysis.quotes[1].cue is not None and analysis.quotes[1].cue.text == "reportedly"


def test_a_cue_inside_a_quotation_is_part_of_it() -> None:
    analysis = analyze_text('"I think the deal is dead," the senator said.')
    assert len(analysis.quotes) == 1
    assert analysis.quotes[0].cue is not None and analysis.quotes[0].cue.lemma == "say"


def test_nested_reports_name_the_channel() -> None:
    analysis = analyze_text(
        "The Yonhap news agency reported that the minister said the border would stay closed."
    )
    inner = next(q for q in analysis.quotes if q.cue and q.cue.lemma == "say")
    assert inner.via is not None and "Yonhap" in inner.via.text


def test_a_dateline_is_not_the_source() -> None:
    analysis = analyze_text("KYIV (Reuters) — Ukraine's army said it had retaken the village.")
    quote = analysis.quotes[0]
    assert quote.source is not None and quote.source.text == "Ukraine's army"


# -- the pieces ------------------------------------------------------------


def test_quotation_regions_pair_curly_and_straight_marks() -> None:
    text = 'He said "yes" and “no”.\n\n“An unclosed quote runs to the paragraph end'
    regions = [text[s:e] for s, e in quotation_regions(text)]
    assert regions == ['"yes"', "“no”", "“An unclosed quote runs to the paragraph end"]


def test_the_cue_lexicon_gives_each_verb_one_kind() -> None:
    lexicon = cue_lexicon()
    assert lexicon.verb_kind("say") is QuoteKind.STATEMENT
    assert lexicon.verb_kind("accuse") is QuoteKind.ACCUSATION
    assert lexicon.verb_kind("fire") is None
    assert lexicon.takes_preposition("call", "for")
