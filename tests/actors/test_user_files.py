"""Users extend the base with their own TSV: local officials resolve, bad rows are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import wirewatch
from wirewatch.actors import ActorBase
from wirewatch.errors import SettingsError

HEADER = "name\taliases\tcountry\tsector\trole\trole_type\tstart\tend\tkind\tnote\n"


def write(path: Path, *rows: str) -> Path:
    path.write_text("# local officials of Nakuru, checked against the county gazette\n" + HEADER
                    + "".join(row + "\n" for row in rows), encoding="utf-8")  # fmt: skip
    return path


def test_a_users_official_resolves_within_her_dates(tmp_path: Path) -> None:
    actors = write(
        tmp_path / "nakuru.tsv",
        "Wanjiru Kamau\tGovernor Kamau\tKEN\tGOV\tGovernor of Nakuru\tsubnational\t2022-08-25\t\tperson\t",
    )
    base = ActorBase(user_files=[actors])
    found = base.person("Wanjiru Kamau", date(2024, 3, 1))
    assert found is not None
    assert (found.country, found.sector, found.origin) == ("KEN", "GOV", "user")
    assert found.source.endswith("nakuru.tsv:3")
    earlier = base.person("Wanjiru Kamau", date(2020, 1, 1), {"KEN"})
    assert earlier is not None and earlier.sector is None  # not yet in office


def test_a_users_entry_overrides_the_base_for_that_name(tmp_path: Path) -> None:
    actors = write(
        tmp_path / "override.tsv",
        "Vladimir Putin\t\tRUS\tGOV\tPresident\thead_of_state\t2012-05-07\t\tperson\t",
    )
    found = ActorBase(user_files=[actors]).person("Vladimir Putin", date(2026, 6, 1))
    assert found is not None and found.origin == "user" and found.in_office


def test_the_pipeline_uses_the_settings_actor_files(tmp_path: Path) -> None:
    actors = write(
        tmp_path / "nakuru.tsv",
        "Wanjiru Kamau\t\tKEN\tGOV\tGovernor of Nakuru\tsubnational\t2022-08-25\t\tperson\t",
    )
    settings = wirewatch.Settings.load(actors=(str(actors),))
    text = "Wanjiru Kamau condemned the attack on the market and ordered an inquiry."
    record = wirewatch.analyze(text, clean=False, published="2024-05-02", settings=settings)
    person = next(e for e in record.entities if e.name == "Wanjiru Kamau")
    assert (person.country, person.country_source, person.sector) == ("KEN", "user", "GOV")
    without = wirewatch.analyze(text, clean=False, published="2024-05-02")
    assert next(e for e in without.entities if e.name == "Wanjiru Kamau").country is None


def test_a_settings_file_finds_actor_files_beside_it(tmp_path: Path) -> None:
    write(
        tmp_path / "mine.tsv", "Wanjiru Kamau\t\tKEN\tGOV\tGovernor\tsubnational\t2022\t\tperson\t"
    )
    config = tmp_path / "wirewatch.toml"
    config.write_text('actors = ["mine.tsv"]\n', encoding="utf-8")
    settings = wirewatch.Settings.load(config_file=config)
    assert settings.actors == (str(tmp_path / "mine.tsv"),)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Jane Roe\t\tKEN\tGOV\tMayor\tsubnational\t2022-13\t\tperson\t", "not a date"),
        ("Jane Roe\t\tKenya\tGOV\tMayor\tsubnational\t2022\t\tperson\t", "alpha-3"),
        ("Jane Roe\t\tKEN\tGOV\tMayor\tsubnational\t2022\t\tpersn\t", "kind 'persn'"),
        ("\t\tKEN\tGOV\tMayor\tsubnational\t2022\t\tperson\t", "needs a name"),
    ],
)
def test_a_bad_row_is_an_error_naming_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    actors = write(tmp_path / "bad.tsv", row)
    with pytest.raises(SettingsError, match=message) as caught:
        ActorBase(user_files=[actors])
    assert "bad.tsv, line 3" in str(caught.value)


def test_an_unknown_column_is_refused(tmp_path: Path) -> None:
    actors = tmp_path / "cols.tsv"
    actors.write_text("name\tnationality\nJane Roe\tKEN\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown nationality"):
        ActorBase(user_files=[actors])


def test_a_missing_file_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot read actor file"):
        ActorBase(user_files=[tmp_path / "absent.tsv"])
