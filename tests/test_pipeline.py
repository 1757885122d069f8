"""The stage registry: documented, ordered, and every stage tested."""

from __future__ import annotations

import pytest

from wirewatch.errors import WirewatchError
from wirewatch.pipeline import DEFAULT_STAGES, STAGES, Pipeline, check_order
from wirewatch.settings import Settings

# Where each registered stage is exercised; a new stage without a test fails here.
STAGE_TESTS = {
    "decode": "tests/ingest/test_decode.py",
    "clean": "tests/clean/test_text.py",
    "as_is": "tests/annotate/test_entities.py::test_offsets_with_clean_false_point_into_the_input",
    "language": "tests/test_api.py::test_other_languages_are_cleaned_but_not_annotated",
    "parse": "tests/test_api.py::test_analyze_many_streams_in_order_with_nlp_pipe",
    "entities": "tests/annotate/test_entities.py",
    "times": "tests/annotate/test_times.py",
    "places": "tests/annotate/test_places.py",
    "counts": "tests/annotate/test_counts.py",
    "quotes": "tests/annotate/test_quotes.py",
    "events": "tests/annotate/test_events.py",
}


def test_every_stage_is_documented_and_tested() -> None:
    Pipeline(DEFAULT_STAGES, Settings())
    assert set(STAGES) == set(STAGE_TESTS)
    for stage in STAGES.values():
        assert stage.description, f"stage {stage.name} has no docstring"
        assert stage.assigns, f"stage {stage.name} assigns nothing"


def test_order_is_checked() -> None:
    Pipeline(DEFAULT_STAGES, Settings())
    with pytest.raises(WirewatchError, match="needs doc"):
        check_order([STAGES["decode"], STAGES["entities"]])


def test_unknown_stage() -> None:
    with pytest.raises(WirewatchError, match="unknown stage 'sentiment'"):
        Pipeline(("decode", "sentiment"), Settings())


@pytest.mark.issue(2)
def test_a_bug_on_one_input_costs_that_input_not_the_batch() -> None:
    from wirewatch.errors import InternalError
    from wirewatch.model import RawDocument
    from wirewatch.pipeline import register_stage

    @register_stage("explode_on_boom", requires=["article"], assigns=["nothing"])
    def explode_on_boom(work, context):  # type: ignore[no-untyped-def]
        """Fails like a bug would, on one input only."""
        if "boom" in work.article.text:
            raise ValueError("unexpected")

    try:
        pipeline = Pipeline(("as_is", "explode_on_boom"), Settings())
        works = list(pipeline.run([RawDocument("boom goes the page"), RawDocument("a quiet page")]))
    finally:
        STAGES.pop("explode_on_boom")
    assert isinstance(works[0].error, InternalError) and "explode_on_boom" in str(works[0].error)
    assert works[1].error is None and works[1].article is not None


@pytest.mark.issue(4)
def test_publication_date_at_the_end_of_the_calendar_does_not_crash() -> None:
    import wirewatch

    analysis = wirewatch.analyze(
        "The talks resumed on Friday and will end next Monday, a week from now.",
        clean=False,
        published="9999-12-31",
    )
    assert analysis.times


def test_the_model_is_loaded_once_per_process() -> None:
    """A batch job's worker builds a pipeline per shard; they all share one model."""
    from wirewatch.nlp import load_model
    from wirewatch.pipeline import Context
    from wirewatch.settings import Settings

    settings = Settings.load(environ={})
    assert Context(settings).nlp is Context(settings).nlp is load_model(settings.model)


def test_a_text_over_twice_the_body_limit_is_refused_when_read() -> None:
    """Issue 19: a 2.4-million-character text was cleaned for a minute before spaCy's limit
    refused it; now it is refused as soon as it is decoded, with the real limit named."""
    import wirewatch
    from wirewatch.errors import InputTooLargeError

    text = ("Police arrested protesters in the capital on Monday. " * 45_000).encode()
    assert len(text) < Settings().max_input_bytes  # under the byte limit, over the body limit
    with pytest.raises(InputTooLargeError, match="1,000,000 cannot be parsed"):
        wirewatch.extract(text)
