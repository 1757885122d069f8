"""The wirewatch command, run as a real process: outputs, errors, exit codes."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, EXAMPLE, FOREIGN, PAGES

WIREWATCH = str(Path(sys.executable).parent / "wirewatch")


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "COLUMNS": "100", **(env or {})}
    return subprocess.run(
        [WIREWATCH, *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )


def test_analyze_example_as_json() -> None:
    result = run("analyze", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "wirewatch.analysis/1"
    assert record["article"]["published"] == "2022-12-29T10:08:00+00:00"
    assert any(entity["country"] == "PRK" for entity in record["entities"])


def test_piped_output_defaults_to_json() -> None:
    result = run("analyze", str(EXAMPLE))
    assert json.loads(result.stdout)["article"]["authors"] == ["Alisha Rahaman Sarkar"]


def test_text_view_shows_every_part() -> None:
    result = run("analyze", str(EXAMPLE), "--format", "text", env={"COLUMNS": "300"})
    assert result.returncode == 0
    for part in [
        "North Korea’s Kim Jong-un unveils goals",
        "Alisha Rahaman Sarkar",
        "2022-12-29T10:08:00+00:00",
        "Captions",
        "KCNA VIA KNS/AFP via Getty Image",
        "Fifteen people executed in purge",
        "Removed as boilerplate",
        "donation_appeal",
        "Entities",
        "Kim Jong-un",
        "Time expressions",
        "2022-12-26",
        "Quotes and attributions",
        "Korean Central News Agency [E",
        "[accusation, indirect] accusing",
        "Events",
        "→ MOBILIZE [15] →",
    ]:
        assert part in result.stdout, part


def test_stdin() -> None:
    result = run("analyze", "-", "--format", "json", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["source"] == "stdin"


def test_extract_prints_the_article_only() -> None:
    result = run("extract", str(EXAMPLE), "--format", "json")
    record = json.loads(result.stdout)
    assert record["title"].startswith("North Korea’s") and "entities" not in record


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    (folder / "more").mkdir(parents=True)
    (folder / "a-example.txt").write_bytes(EXAMPLE.read_bytes())
    (folder / "more" / "b-page.txt").write_bytes(
        (PAGES / "rt-bolivia-protests-2019.txt").read_bytes()
    )
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "e-archive.txt.gz").write_bytes(
        gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    )
    os.symlink(folder / "missing.txt", folder / "f-broken-link.txt")
    with open(folder / "g-huge.txt", "wb") as handle:
        handle.truncate(50_000_000)
    (folder / "h-cp1252.txt").write_bytes(
        (PAGES / "nbc-hitler-house-austria-2019.txt")
        .read_text(encoding="utf-8")
        .encode("cp1252", "replace")
    )
    return folder


def test_batch_reports_each_bad_file_and_keeps_the_rest(messy_folder: Path) -> None:
    result = run("analyze", str(messy_folder), "--format", "jsonl")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(record["article"]["source"]).name for record in records] == [
        "a-example.txt",
        "h-cp1252.txt",
        "b-page.txt",
    ]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name in [
        "c-empty.txt",
        "d-image.txt",
        "e-archive.txt.gz",
        "f-broken-link.txt",
        "g-huge.txt",
    ]:
        assert sum(name in line for line in errors) == 1, (name, result.stderr)
    assert "Traceback" not in result.stderr


def test_gzipped_html_page_is_unpacked_and_read() -> None:
    page = DATA / "html" / "nbc-hitler-house-austria-2019.html.gz"
    result = run("extract", str(page), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["paragraphs"]


def test_other_language_warns_on_stderr() -> None:
    result = run("analyze", str(FOREIGN / "wday-model-2019.ru.txt"), "--format", "json")
    assert result.returncode == 0
    assert "warning:" in result.stderr and "'ru'" in result.stderr
    assert json.loads(result.stdout)["entities"] == []


def test_bad_published_is_one_line_error() -> None:
    result = run("analyze", str(EXAMPLE), "--published", "yesterday")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "ISO 8601" in result.stderr


def test_bad_setting_is_usage_error() -> None:
    result = run("analyze", str(EXAMPLE), env={"WIREWATCH_BATCH_SIZE": "zero"})
    assert result.returncode == 2
    assert "batch_size" in result.stderr and "Traceback" not in result.stderr


def test_missing_model_is_one_line_error() -> None:
    result = run("analyze", str(EXAMPLE), "--model", "en_core_web_xl")
    assert result.returncode == 1
    assert "pip install en-core-web-xl" in result.stderr and "Traceback" not in result.stderr


def test_no_clean_keeps_the_input_as_body(tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("Seoul accused Pyongyang of flying drones across the border on Monday.")
    record = json.loads(run("analyze", str(body), "--no-clean", "--format", "json").stdout)
    assert record["article"]["text"] == body.read_text()
    assert {entity["country"] for entity in record["entities"]} == {"KOR", "PRK"}


def test_stages_and_schema_commands() -> None:
    assert "entities" in run("stages").stdout
    assert json.loads(run("schema").stdout)["title"] == "Analysis"


def test_a_read_command_on_a_mistyped_store_says_so_and_creates_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from wirewatch.cli import main

    typo = tmp_path / "corpsu.db"
    for command in (["events"], ["timeline", "PRK"], ["stats"], ["search", "drones"]):
        result = CliRunner().invoke(main, [*command, "--db", str(typo)])
        assert result.exit_code != 0 and "no store at" in result.output, command
    assert not typo.exists()


def test_events_cut_at_the_limit_say_so_on_stderr(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json as json_module

    from click.testing import CliRunner

    import wirewatch
    from wirewatch.cli import main
    from wirewatch.store import Store

    db = tmp_path / "corpus.db"
    text = (
        "Police arrested 45 protesters in Lagos on Monday. Soldiers fired on a crowd in Kano "
        "on Tuesday, killing two people. Rebels attacked a village in Borno on Wednesday."
    )
    with Store.open(str(db)) as store:
        store.add(wirewatch.analyze(text, clean=False, published="2024-05-09"), "a.txt")
        total = len(store.events(wirewatch.store.EventFilter()))
    assert total >= 2
    runner = CliRunner()
    cut = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl", "--limit", "1"])
    assert cut.exit_code == 0 and "note: the first 1 shown" in cut.stderr
    assert len([json_module.loads(line) for line in cut.stdout.splitlines()]) == 1
    whole = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert "note:" not in whole.stderr
