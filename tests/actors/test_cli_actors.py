"""`wirewatch actors NAME`: who a name is on a day, from the real base and a user's file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import run


def test_a_name_resolves_with_its_office_dates_and_source() -> None:
    result = run("actors", "Putin", "--on", "2015-06-01")
    assert result.returncode == 0, result.stderr
    assert "Vladimir Putin: RUS/GOV  President" in result.stdout
    assert (
        "entry team:actors-recent.tsv:" in result.stdout or "entry wikidata:Q7747" in result.stdout
    )
    assert "by surname" in result.stdout


def test_json_gives_the_resolved_entry_and_every_candidate() -> None:
    result = run("actors", "Jean-Yves Le Drian", "--on", "2014-01-01", "--format", "json")
    record = json.loads(result.stdout)
    assert record["resolved"]["country"] == "FRA"
    assert record["resolved"]["role"] == "Minister of the Armed Forces"
    assert any(entry["in_office"] for entry in record["entries"])
    assert all({"start", "end", "source"} <= set(entry) for entry in record["entries"])


def test_an_unsettled_name_exits_1_and_says_why() -> None:
    result = run("actors", "Hussein", "--on", "1990-08-01")
    assert result.returncode == 1
    assert "not resolved" in result.stdout


def test_a_bad_date_is_a_usage_error() -> None:
    result = run("actors", "Putin", "--on", "2015-13-01")
    assert result.returncode == 2
    assert "not a date" in result.stderr


def test_the_settings_actor_files_are_consulted(tmp_path: Path) -> None:
    actors = tmp_path / "local.tsv"
    actors.write_text(
        "name\tcountry\tsector\trole\trole_type\tstart\tkind\n"
        "Wanjiru Kamau\tKEN\tGOV\tGovernor of Nakuru\tsubnational\t2022-08-25\tperson\n",
        encoding="utf-8",
    )
    config = tmp_path / "wirewatch.toml"
    config.write_text('actors = ["local.tsv"]\n', encoding="utf-8")
    result = run("actors", "Wanjiru Kamau", "--on", "2024-01-01", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "KEN/GOV  Governor of Nakuru" in result.stdout
    assert "local.tsv:2" in result.stdout
