"""Date lines in page headers, with and without time zones."""

from __future__ import annotations

import pytest

from wirewatch.clean.dates import parse_date_line


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Thursday 29 December 2022 10:08 GMT", "2022-12-29T10:08:00+00:00"),
        ("Nov. 20, 2019, 9:28 AM UTC", "2019-11-20T09:28:00+00:00"),
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
        ("20 Nov 2019 08:00 GMT", "2019-11-20T08:00:00+00:00"),
        ("Published: 3 March 2021", "2021-03-03"),
        ("2023-05-01", "2023-05-01"),
        ("Wednesday 20 November 2019 11:42, UK", "2019-11-20T11:42:00"),
        ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "2019-11-19T10:48:00"),
        ("12 March 2020 14:00 IST", "2020-03-12T14:00:00+05:30"),
    ],
)
def test_date_lines(line: str, value: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == value and not found.is_update


def test_update_lines_are_marked() -> None:
    found = parse_date_line("Updated 21 March 2021 09:00 GMT")
    assert found is not None and found.is_update


@pytest.mark.parametrize(
    "line",
    [
        "The ceasefire signed on 12 March 2020 collapsed within a week of fighting in the north.",
        "Mr Kim, 38, reviewed security challenges",
        "Comments",
        "In 2019 the company",
    ],
)
def test_sentences_and_numbers_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None
