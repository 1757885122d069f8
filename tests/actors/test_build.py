"""Building the base: the readings of the source files the README of the dictionaries asks for,
on small files in their formats."""

from __future__ import annotations

from pathlib import Path

from wirewatch.actors.build import build_entries

WIKIDATA_COLUMNS = [
    "wdid",
    "name",
    "country",
    "position",
    "position_wdid",
    "sector",
    "source_repo",
    "source_commit",
    "snapshot_date",
    "start",
    "end",
    "current",
    "role_type",
    "position_list",
    "jurisdiction",
    "jurisdiction_wdid",
    "sovereign",
    "country_mapping",
    "gender",
    "dob",
    "source_file",
]
PHOENIX_COLUMNS = [
    "entry_id",
    "name",
    "is_primary",
    "code",
    "country",
    "sector",
    "start",
    "end",
    "file",
    "name_key",
    "territory",
    "actor_type",
    "is_person",
    "role_kind",
    "date_text",
    "section",
    "from_countryinfo",
    "line",
    "note",
]


def write_tsv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    lines = ["\t".join(columns)] + ["\t".join(row.get(c, "") for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sources(folder: Path) -> Path:
    write_tsv(
        folder / "wikidata-office-holders.tsv",
        WIKIDATA_COLUMNS,
        [
            {"wdid": "Q180589", "name": "Boris Johnson", "country": "GBR",
             "position": "Prime Minister of the United Kingdom", "sector": "GOV",
             "snapshot_date": "2022-07-23", "start": "2019-07-24", "role_type": "head_of_government",
             "position_list": "wanted", "country_mapping": "state"},
            {"wdid": "Q180589", "name": "Boris Johnson", "country": "GBR",
             "position": "First Lord of the Treasury", "sector": "GOV",
             "snapshot_date": "2022-07-23", "start": "2019-07-25", "role_type": "minister",
             "position_list": "wanted", "country_mapping": "state"},
            {"wdid": "Q1", "name": "Aslan Bzhania", "country": "GEO", "position": "President",
             "sector": "GOV", "snapshot_date": "2022-06-01", "start": "2020-04-23",
             "role_type": "head_of_state", "position_list": "wanted", "country_mapping": "de-facto"},
            {"wdid": "Q2", "name": "Anne Example", "country": "TUV",
             "position": "Minister of Foreign Affairs", "sector": "GOV", "snapshot_date": "2022-08-01",
             "start": "2020-01-01", "role_type": "minister", "position_list": "wanted",
             "country_mapping": "state"},
        ],
    )  # fmt: skip
    write_tsv(
        folder / "phoenix-actors.tsv",
        PHOENIX_COLUMNS,
        [
            {"entry_id": "PC1", "name": "Omar Hassan Ahmad al Bashir", "is_primary": "1",
             "code": "SDNGOV", "country": "SDN", "sector": "GOV", "start": "1989-06-30",
             "actor_type": "state", "is_person": "1", "role_kind": "dated"},
            {"entry_id": "PC1", "name": "Omar al-Bashir", "is_primary": "0", "code": "SDNGOV",
             "country": "SDN", "sector": "GOV", "start": "1989-06-30", "actor_type": "state",
             "is_person": "1", "role_kind": "dated"},
            {"entry_id": "PC1", "name": "Omar Hassan Ahmad al Bashir", "is_primary": "1",
             "code": "SDNELI", "country": "SDN", "sector": "ELI", "start": "1962-01-01",
             "end": "2000-01-01", "actor_type": "state", "is_person": "1", "role_kind": "dated"},
            {"entry_id": "PI5", "name": "Hans Blix", "is_primary": "1", "code": "IGOUNOIAE",
             "sector": "UNOIAE", "start": "1981-12-01", "end": "1997-11-30", "actor_type": "igo",
             "is_person": "1", "role_kind": "dated"},
            {"entry_id": "PC9", "name": "Kabul", "is_primary": "0", "code": "AFG", "country": "AFG",
             "actor_type": "state", "is_person": "0", "role_kind": "default"},
        ],
    )  # fmt: skip
    return folder


def test_one_entry_per_code_line_with_the_other_names_as_aliases(tmp_path: Path) -> None:
    entries = [e for e in build_entries(sources(tmp_path)) if e.source == "phoenix:PC1"]
    office = next(e for e in entries if e.sector == "GOV")
    assert office.name == "Omar Hassan Ahmad al Bashir"
    assert office.aliases == ("Omar al-Bashir",)
    assert office.trusted_until == "2014-12-31"  # an open Phoenix role is believed to 2014
    career = next(e for e in entries if e.sector == "ELI")
    assert career.role_type == "notable"  # CountryInfo's placeholder careers are no office


def test_igo_officials_act_for_their_organisation(tmp_path: Path) -> None:
    blix = next(e for e in build_entries(sources(tmp_path)) if e.name == "Hans Blix")
    assert (blix.organisation, blix.country) == ("IAEA", "")


def test_place_synonyms_of_a_country_are_not_actors(tmp_path: Path) -> None:
    assert not any(e.name == "Kabul" for e in build_entries(sources(tmp_path)))


def test_a_newer_holder_in_the_team_file_closes_an_open_term(tmp_path: Path) -> None:
    johnson = next(
        e for e in build_entries(sources(tmp_path)) if e.role.startswith("Prime Minister")
    )
    assert johnson.end and "2022-09" <= johnson.end < "2023"
    assert "closed by successor" in johnson.note


def test_open_wikidata_terms_are_believed_two_years_past_the_snapshot(tmp_path: Path) -> None:
    minister = next(e for e in build_entries(sources(tmp_path)) if e.name == "Anne Example")
    assert (minister.role_type, minister.end, minister.trusted_until) == (
        "foreign_minister",
        "",
        "2024-08-01",
    )


def test_de_facto_state_officials_are_separatists_of_the_state(tmp_path: Path) -> None:
    abkhaz = next(e for e in build_entries(sources(tmp_path)) if e.name == "Aslan Bzhania")
    assert (abkhaz.country, abkhaz.sector) == ("GEO", "REB")
    assert "not a national office" in abkhaz.note


def test_a_term_known_only_to_the_year_ends_where_the_successor_starts(tmp_path: Path) -> None:
    folder = sources(tmp_path)
    path = folder / "wikidata-office-holders.tsv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\t".join(
            {"wdid": "Q180589", "name": "Boris Johnson", "country": "GBR",
             "position": "Prime Minister", "sector": "GOV", "snapshot_date": "2022-10-10",
             "start": "2019", "end": "2022", "role_type": "head_of_government",
             "position_list": "world-leaders", "country_mapping": "state"}.get(c, "")
            for c in WIKIDATA_COLUMNS
        )
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    yearly = next(
        e for e in build_entries(folder) if e.end.startswith("2022-") and e.start == "2019"
    )
    assert yearly.end == "2022-09-05"  # Liz Truss took office on 2022-09-06


def test_an_office_taken_with_the_premiership_ends_with_it(tmp_path: Path) -> None:
    first_lord = next(
        e for e in build_entries(sources(tmp_path)) if e.role == "First Lord of the Treasury"
    )
    assert first_lord.end == "2022-09-05"
    assert "closed with office" in first_lord.note
