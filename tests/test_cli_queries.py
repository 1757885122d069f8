"""The query commands check every flag once, the same way (issue 19): a bad type, modality,
date or count is a usage error that says what is right, never an empty answer; partial
answers say so; every command's output is data in the format asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import wirewatch
from wirewatch.cli import main
from wirewatch.store import Store

TEXT = (
    "Police arrested 45 protesters in Lagos on Monday. Soldiers fired on a crowd in Kano "
    "on Tuesday, killing two people. Rebels attacked a village in Borno on Wednesday."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "corpus.db"
    with Store.open(str(path)) as store:
        store.add(wirewatch.analyze(TEXT, clean=False, published="2024-05-09"), "a.txt")
        store.record_failure(
            "/a/very/long/folder/name/that/a/terminal/table/would/cut/article-0001.html",
            wirewatch.errors.NoArticleError("has no article body"),
        )
    return str(path)


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["events", "--type", "BOMB"], "is not a PLOVER type"),
        (["events", "--modality", "bogus"], "modality 'bogus' is unknown"),
        (["events", "--since", "yesterday"], "is not a date"),
        (["events", "--since", "2022-13-45"], "is not a day of the calendar"),
        (["events", "--since", "2024-06", "--until", "2024-05"], "is after until"),
        (["events", "--limit", "0"], "--limit"),
        (["timeline", "NGA", "--by", "fortnight"], "--by"),
        (["timeline", "NGA", "--until", "2024-02-30"], "is not a day of the calendar"),
        (["timeline", "NGA", "--type", "bomb"], "is not a PLOVER type"),
        (["search", "police", "--since", "last week"], "is not a date"),
        (["entities", "--top", "-1"], "--top"),
    ],
)
def test_a_bad_flag_is_a_usage_error_that_says_what_is_right(
    db: str, command: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, [*command, "--db", db])
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_filters_are_read_the_same_way_in_any_case(db: str) -> None:
    runner = CliRunner()
    upper = runner.invoke(main, ["events", "--db", db, "--type", "ASSAULT", "--format", "json"])
    lower = runner.invoke(main, ["events", "--db", db, "--type", "assault", "--format", "json"])
    assert upper.exit_code == 0 and json.loads(upper.stdout) == json.loads(lower.stdout) != []


def test_every_period_is_offered_and_the_timeline_totals_its_events(db: str) -> None:
    runner = CliRunner()
    totals = []
    for by in ("day", "week", "month", "year"):
        result = runner.invoke(
            main, ["timeline", "NGA", "--db", db, "--by", by, "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        totals.append(sum(row["events"] for row in json.loads(result.stdout)))
    assert totals[0] >= 2 and len(set(totals)) == 1
    happened = runner.invoke(main, ["events", "--db", db, "--actor", "NGA", "--happened"])
    assert happened.exit_code == 0


def test_stats_and_search_take_a_format_and_filters(db: str) -> None:
    runner = CliRunner()
    stats = runner.invoke(main, ["stats", "--db", db, "--format", "json"])
    assert {row["table"]: row["rows"] for row in json.loads(stats.stdout)}["articles"] == 1
    found = runner.invoke(main, ["search", "protesters", "--db", db, "--format", "json"])
    assert len(json.loads(found.stdout)) == 1
    later = runner.invoke(
        main, ["search", "protesters", "--db", db, "--since", "2025", "--format", "json"]
    )
    assert later.exit_code == 0 and json.loads(later.stdout) == []


def test_the_errors_table_wraps_a_long_key_instead_of_cutting_it(db: str) -> None:
    result = CliRunner().invoke(main, ["errors", "--db", db, "--format", "text"], terminal_width=80)
    assert result.exit_code == 0
    assert "article-0001.html" in "".join(
        line.strip(" │|") for line in result.stdout.splitlines()
    ).replace(" ", "")


def test_ingest_takes_the_max_bytes_its_error_hint_names(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 20, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(big), "--db", str(tmp_path / "c.db"), "--max-bytes", "100", "--quiet"]
    )
    assert result.exit_code == 1
    assert "--max-bytes" in result.output
