"""Date lines in page headers, with and without time zones."""

from __future__ import annotations

import pytest

from wirewatch.clean.dates import date_in_url, is_time_line, parse_date_line


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


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13:00"),
        ("14 de marzo de 2023 a las 10:15", "2023-03-14T10:15:00"),
        ("Publié le 3 mars 2024 à 10:15", "2024-03-03T10:15:00"),
        ("5. August 2024, 20:59 Uhr", "2024-08-05T20:59:00"),
        ("pubblicato il 12 maggio 2023 alle ore 10:00", "2023-05-12T10:00:00"),
        ("woensdag 3 april 2024 om 12:00", "2024-04-03T12:00:00"),
        ("14 listopada 2024, 10:00", "2024-11-14T10:00:00"),
        ("onsdag 3. april 2024 kl. 12:00", "2024-04-03T12:00:00"),
    ],
)
def test_date_lines_in_other_languages(line: str, value: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == value and not found.is_update


@pytest.mark.issue(20)
def test_update_lines_in_other_languages_are_marked() -> None:
    found = parse_date_line("Aktualisiert am 5. Mai 2024, 08:00 Uhr")
    assert found is not None and found.is_update and found.value == "2024-05-05T08:00:00"


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Am 5. Mai 2024 traf sich der Rat in Bern zu einer Sitzung.",
        "El 14 de marzo de 2023 el gobierno aprobó la ley de vivienda.",
        "Mars 2024 mission delayed",
        "3 a 2 in the 2024 final",
    ],
)
def test_sentences_in_other_languages_that_hold_a_date_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        ", 20:24 Uhr",  # the date set in an element of its own before it
        "Online seit heute, 7.57 Uhr",
        "Actualizado a las 15:10h.",
        "Updated 12:45 p.m.",
        "Publié aujourd'hui à 10h30",
        "i dag kl. 12:00",
        "Veröffentlicht/Aktualisiert: Vor 4 Stunden",  # how long ago
        "hace 2 horas",
        "Updated 5 minutes ago",
    ],
)
def test_a_line_with_only_the_time_of_publication_is_a_time_line(line: str) -> None:
    assert is_time_line(line)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "4:14 p.m.",  # a time alone heads an entry of a live story
        "Endstand 85:78",  # a score, not a time
        "Der Eintritt kostet 12.50 Euro",
        "The meeting starts at 10:30 tomorrow in the town hall",
        "Between 10:30 and 11:45",
        "The talks ended 3 hours ago in Geneva after a long night",
        "vor 4 Stunden und 20 Minuten",
    ],
)
def test_scores_sums_sentences_and_live_entry_stamps_are_no_time_lines(line: str) -> None:
    assert not is_time_line(line)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "value", "is_update"),
    [
        ("2025年1月14日 01時28分 (1月14日 01時40分更新)", "2025-01-14T01:28:00", False),
        ("2026년 7월 12일 오후 10:09", "2026-07-12T22:09:00", False),
        ("입력 2026.07.12 22:09", "2026-07-12T22:09:00", False),
        ("수정 2026.07.12 22:30", "2026-07-12T22:30:00", True),
        ("发布时间：2024-04-24 08:20", "2024-04-24T08:20:00", False),
        ("2025/01/14 午後9時19分", "2025-01-14T21:19:00", False),
    ],
)
def test_east_asian_date_lines(line: str, value: str, is_update: bool) -> None:
    assert parse_date_line(line) == (value, is_update)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "2025年1月13日、宮崎県で地震があった",  # a clause: Japanese writes words together
        "2024年の予算案は国会で可決された",
    ],
)
def test_east_asian_sentences_with_a_date_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.com/2023/04/28/markets-fall.html", "2023-04-28"),
        ("https://example.com/news/2025-01-31/portugal-emerges/95254", "2025-01-31"),
        ("https://www.example.es/local/20260710/11588570/incendio.html", "2026-07-10"),
        ("https://example.com/story/3000000218734/kalifat", None),  # an id, not a date
        ("https://example.com/2024/13/45/nothing", None),
        (None, None),
    ],
)
def test_the_day_a_news_pages_address_states(url: str | None, day: str | None) -> None:
    assert date_in_url(url) == day


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "value"),
    [
        # A time written with a dot; a dotted date's day and month stay a date.
        ("Tuesday 30 June 2026 4.34pm", "2026-06-30T16:34:00"),  # British papers
        ("30.06.2026, 16.34 Uhr", "2026-06-30T16:34:00"),
        ("30.06.2026, kl. 13.05", "2026-06-30T13:05:00"),
        ("2.12.2024", "2024-12-02"),
        # A blog's "written on" line, its section after it.
        ("Geschrieben am 15. April 2025 in Nachrichten", "2025-04-15"),
        ("Escrito el 14 de marzo de 2023", "2023-03-14"),
        ("Écrit le 3 mars 2024 dans Politique", "2024-03-03"),
        # Turkish, and Russian, Ukrainian and Czech with the month's genitive.
        ("20 Nisan 2026", "2026-04-20"),
        ("8 января 2026, 17:46", "2026-01-08T17:46:00"),
        ("14 листопада 2024, 10:00", "2024-11-14T10:00:00"),
        ("3. května 2024 12:00", "2024-05-03T12:00:00"),
        # The year and the time in elements of their own, run together by the rendering.
        ("Published Fri, Apr 28 20232:23 PM EDT", "2023-04-28T14:23:00-04:00"),
        ("Mon, Jan 6 202610:05 AM", "2026-01-06T10:05:00"),
    ],
)
def test_date_lines_with_dotted_times_blog_labels_and_more_languages(line: str, value: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == value and not found.is_update


@pytest.mark.issue(20)
def test_a_turkish_update_line_is_marked() -> None:
    found = parse_date_line("Güncelleme : 20 Nisan 2026")
    assert found is not None and found.is_update
