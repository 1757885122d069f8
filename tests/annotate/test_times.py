"""Time expressions: found in real text, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

import wirewatch
from wirewatch.annotate.timex import normalise

THURSDAY = date(2022, 12, 29)  # the example's publication day


def values(analysis: wirewatch.Analysis) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for expression in analysis.times:
        found.setdefault(expression.text, []).append(expression.value)
    return found


def test_example_times_resolve(example_analysis: wirewatch.Analysis) -> None:
    found = values(example_analysis)
    assert found["Monday"] == ["2022-12-26"]
    assert found["Wednesday"] == ["2022-12-28"]
    assert found["next year"] == ["2023"]
    assert set(found["this year"]) == {"2022"}
    assert set(found["2023"]) == {"2023"}
    assert found["earlier this week"] == ["2022-W52"]
    assert found["five years"] == ["P5Y"]
    assert "38" not in found  # "Mr Kim, 38," is an age
    duration = next(t for t in example_analysis.times if t.text == "five years")
    assert duration.type == "DURATION" and duration.anchor is None


def test_offsets_point_into_the_text(example_analysis: wirewatch.Analysis) -> None:
    for expression in example_analysis.times:
        assert example_analysis.article.text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("text", "tense", "value", "kind"),
    [
        ("Monday", "past", "2022-12-26", "DATE"),
        ("Monday", "future", "2023-01-02", "DATE"),
        ("last Thursday", "past", "2022-12-22", "DATE"),
        ("Thursday", "past", "2022-12-29", "DATE"),
        ("yesterday", "past", "2022-12-28", "DATE"),
        ("tomorrow morning", "future", "2022-12-30TMO", "TIME"),
        ("last week", "past", "2022-W51", "DATE"),
        ("next month", "future", "2023-01", "DATE"),
        ("last year", "past", "2021", "DATE"),
        ("the third quarter", "past", "2022-Q3", "DATE"),
        ("a week ago", "past", "2022-12-22", "DATE"),
        ("two years ago", "past", "2020", "DATE"),
        ("in March", "past", "2022-03", "DATE"),
        ("in March", "future", "2023-03", "DATE"),
        ("29 December 2022", "past", "2022-12-29", "DATE"),
        ("Dec. 25", "past", "2022-12-25", "DATE"),
        ("10/26/89", "past", "1989-10-26", "DATE"),
        ("10:08 GMT", "past", "2022-12-29T10:08", "TIME"),
        ("the 1990s", "past", "199", "DATE"),
        ("the 21st century", "past", "20", "DATE"),
        ("three hours", "past", "PT3H", "DURATION"),
        ("the past two months", "past", "P2M", "DURATION"),
        ("several days", "past", "PXD", "DURATION"),
        ("every Monday", "past", "XXXX-WXX-1", "SET"),
        ("daily", "past", "P1D", "SET"),
        ("now", "present", "PRESENT_REF", "DATE"),
        ("recently", "past", "PAST_REF", "DATE"),
        ("the future", "future", "FUTURE_REF", "DATE"),
    ],
)
def test_normalise(text: str, tense: str, value: str, kind: str) -> None:
    reading = normalise(text, THURSDAY, tense)  # type: ignore[arg-type]
    assert reading is not None
    assert (reading.value, reading.type) == (value, kind)


def test_absurd_date_is_kept_without_value() -> None:
    reading = normalise("31 February 2023", THURSDAY, "past")
    assert reading is not None and reading.value is None


def test_no_anchor_leaves_relative_values_unresolved() -> None:
    analysis = wirewatch.analyze(
        "Troops crossed the border on Monday, officials said on Tuesday.", clean=False
    )
    assert analysis.times and all(
        t.value is None or t.value.startswith("XXXX") for t in analysis.times
    )
    assert any("no publication date" in warning for warning in analysis.warnings)


def test_tense_decides_the_weekday() -> None:
    analysis = wirewatch.analyze(
        "The minister arrived on Monday. He will meet the president on Friday.",
        clean=False,
        published="2022-12-29T10:08:00+00:00",
    )
    assert values(analysis)["Monday"] == ["2022-12-26"]
    assert values(analysis)["Friday"] == ["2022-12-30"]


def test_table_of_numbers_is_bounded_and_safe() -> None:
    table = "\n".join(
        " ".join(str(1900 + (row * 7 + col) % 200) for col in range(12)) for row in range(300)
    )
    analysis = wirewatch.analyze(table, clean=False, published="2022-12-29")
    assert all(
        t.value is None or t.value[:1].isdigit() or t.value[:1] in "PX" for t in analysis.times
    )


def test_future_publication_date_is_still_a_record() -> None:
    analysis = wirewatch.analyze("The summit ended on Monday.", clean=False, published="2091-06-14")
    assert values(analysis)["Monday"] == ["2091-06-11"]


def test_a_year_earlier_compares_like_with_like() -> None:
    analysis = wirewatch.analyze(
        "Third-quarter profit rose 12% from a year earlier, the company said.",
        clean=False,
        published="1989-10-27",
    )
    assert values(analysis)["a year earlier"] == ["1988-Q3"]
