"""Batch jobs (`wirewatch run`, `wirewatch load`): a few dozen real inputs of every kind
(text and HTML files, JSON Lines, WARC, Parquet) with broken ones among them, through the
local engine and through Ray in local mode: the same tables either way, reruns that skip
finished shards, and a load into the store that merges events across articles."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.archives import write_warc
from tests.conftest import DATA, EXAMPLE, PAGES
from wirewatch.errors import SettingsError
from wirewatch.run import run_job
from wirewatch.run.load import load_output
from wirewatch.run.shards import plan
from wirewatch.run.tables import TABLES, iter_table
from wirewatch.settings import Settings
from wirewatch.store import EventFilter, Store

pytest.importorskip("pyarrow")
SETTINGS = Settings.load(environ={}, batch_size=8)
GOOD_INPUTS = 7 + 7 + 1 + 4 + 3 + 1 + 3  # html, text pages, example, jsonl, warc, cut warc, parquet


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs of every kind, some broken."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("inputs")
    pages = folder / "pages"
    pages.mkdir()
    for path in sorted((DATA / "html").glob("*.html.gz")):
        shutil.copy(path, pages / path.name)
    texts = sorted(p for p in PAGES.glob("*.txt") if not p.name.endswith(".gold.txt"))
    for path in texts:
        shutil.copy(path, pages / path.name)
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    shutil.copy(DATA / "corpus" / "reports.jsonl", folder / "reports.jsonl")  # 2 lines broken
    html = [gzip.decompress(p.read_bytes()) for p in sorted((DATA / "html").glob("*.html.gz"))]
    write_warc(
        folder / "crawl.warc.gz", [(f"https://news.example/{n}", b) for n, b in enumerate(html[:3])]
    )
    write_warc(
        folder / "cut.warc.gz",
        [(f"https://cut.example/{n}", b) for n, b in enumerate(html[3:6])],
        keep=0.6,
    )
    rows = [
        {"key": f"raw-{n}", "text": p.read_text(encoding="utf-8"), "url": f"https://raw.example/{n}",
         "published": f"2019-11-{10 + n:02d}T08:00:00+00:00"}
        for n, p in enumerate(texts[:3])
    ] + [{"key": "raw-empty", "text": "", "url": None, "published": None}]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(rows), folder / "raw.parquet", row_group_size=2)
    return folder


def sources(inputs: Path) -> list[str]:
    return [str(inputs)]


def run(inputs: Path, out: Path, **options: Any) -> Any:
    return run_job(sources(inputs), out, SETTINGS, shard_size=5, **options)


def contents(out: Path) -> dict[str, list[str]]:
    """Every table's rows, order aside (each row as sorted JSON)."""
    return {
        table: sorted(
            json.dumps(row, sort_keys=True, default=str) for row in iter_table(out, table)
        )
        for table in TABLES
    }


@pytest.fixture(scope="module")
def local_out(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    report = run(inputs, out)
    assert report.skipped == 0 and report.shards == len(plan(sources(inputs), 5))
    return out


def test_every_input_kind_becomes_tables_partitioned_by_month(local_out: Path) -> None:
    articles = list(iter_table(local_out, "articles"))
    assert len(articles) == GOOD_INPUTS
    assert {row["month"] for row in articles} >= {"2019-11", "2022-12"}
    assert {row["key"] for row in iter_table(local_out, "records")} >= {
        "raw-0",
        str(Path(local_out).parents[1]) and "raw-2",
    }
    errors = {row["key"]: row for row in iter_table(local_out, "errors")}
    assert any(key.endswith("reports.jsonl:5") for key in errors)  # not JSON
    assert any(key.endswith("reports.jsonl:6") for key in errors)  # no text
    assert errors["raw-empty"]["code"] == "W100"
    assert any(
        "cut.warc.gz" in key and "truncated" in row["message"] for key, row in errors.items()
    )
    events = list(iter_table(local_out, "events"))
    assert {"article_id", "event_id", "type", "actor_country", "sentence"} <= set(events[0])
    assert any(e["type"] == "MOBILIZE" and e["actor_country"] == "KOR" for e in events)
    times = list(iter_table(local_out, "times"))
    assert any(t["value"] == "2022-12-26" and t["text"] == "Monday" for t in times)
    for table, columns in TABLES.items():
        rows = list(iter_table(local_out, table))
        assert rows, table
        assert set(columns) <= set(rows[0]), table


def test_a_rerun_skips_finished_shards_and_redoes_a_crashed_one(
    inputs: Path, local_out: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_out, out)
    before = contents(out)
    markers = sorted((out / "_shards").glob("*.json"))
    crashed = markers[0].stem
    markers[0].unlink()  # as if killed before its marker was written
    leftovers = list(out.glob(f"*/*/{crashed}.parquet"))
    for path in leftovers:
        path.rename(path.with_suffix(".parquet.partial"))  # and mid-write
    report = run(inputs, out)
    assert (report.skipped, report.shards - report.skipped) == (len(markers) - 1, 1)
    assert not list(out.glob("**/*.partial"))
    assert contents(out) == before


def test_two_local_workers_write_the_same_tables(
    inputs: Path, local_out: Path, tmp_path: Path
) -> None:
    report = run(inputs, tmp_path / "out", workers=2)
    assert report.articles == GOOD_INPUTS
    assert contents(tmp_path / "out") == contents(local_out)


@pytest.mark.ray
def test_ray_writes_the_same_tables_as_the_local_engine(
    inputs: Path, local_out: Path, tmp_path: Path
) -> None:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        with pytest.raises(SettingsError, match="44687"):  # 2 actors on 2 CPUs would hang
            run(inputs, tmp_path / "hang", engine="ray", workers=2)
        report = run(inputs, tmp_path / "out", engine="ray", workers=1)
    finally:
        ray.shutdown()
    assert report.articles == GOOD_INPUTS and report.skipped == 0
    assert contents(tmp_path / "out") == contents(local_out)


def test_a_job_loads_into_the_store_with_events_merged(local_out: Path, store_url: str) -> None:
    with Store.open(store_url) as store:
        report = load_output(local_out, store)
        distinct = {row["id"] for row in iter_table(local_out, "articles")}
        # the same page as HTML, as text, in the WARC and in the Parquet file is one article
        assert (report.stored, report.duplicates) == (len(distinct), GOOD_INPUTS - len(distinct))
        assert report.failed == len(list(iter_table(local_out, "errors")))
        [shots] = store.events(EventFilter(actor="KOR", target="PRK", type="MOBILIZE"))
        assert (shots["mentions"], shots["sources"]) == (3, 2)  # three reports, one a copy
        assert len(store.errors()) == report.failed
        again = load_output(local_out, store)
        assert (again.stored, again.skipped) == (0, GOOD_INPUTS + report.failed)


def test_a_folder_that_is_no_job_output_is_refused(tmp_path: Path) -> None:
    from wirewatch.errors import StoreError

    with (
        Store.open(str(tmp_path / "s.db")) as store,
        pytest.raises(StoreError, match="not the output"),
    ):
        load_output(tmp_path, store)


def test_a_url_is_refused_before_anything_runs(tmp_path: Path) -> None:
    from wirewatch.errors import UnsupportedInputError

    with pytest.raises(UnsupportedInputError, match="wirewatch ingest"):
        run_job(["https://example.org/feed.xml"], tmp_path / "out", SETTINGS)


def test_the_run_and_load_commands(inputs: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wirewatch.cli import main

    runner = CliRunner()
    out, db = str(tmp_path / "out"), str(tmp_path / "store.db")
    reports = str(inputs / "reports.jsonl")
    first = runner.invoke(main, ["run", reports, "--out", out, "--shard-size", "3"])
    assert first.exit_code == 0, first.output
    assert "4 articles, 2 errors from 6 inputs in 2 shards (0 done before)" in first.output
    again = runner.invoke(main, ["run", reports, "--out", out, "--shard-size", "3"])
    assert "(2 done before)" in again.output
    loaded = runner.invoke(main, ["load", out, "--db", db])
    assert loaded.exit_code == 0 and "4 stored, 0 duplicates, 2 failed" in loaded.output
    bad = runner.invoke(main, ["run", reports, "--out", out, "--workers", "0"])
    assert bad.exit_code == 2 and "--workers" in bad.output


@pytest.mark.parametrize("name", ["crawl.warc.gz", "cut.warc.gz"])
def test_a_web_archive_is_read_in_parts_by_record_offsets(inputs: Path, name: str) -> None:
    from wirewatch.ingest.archives import read_warc
    from wirewatch.run.shards import load

    path = inputs / name
    whole = [(r.key, r.error is None) for r in read_warc(path, max_bytes=10**7)]
    shards = plan([str(path)], shard_size=2)  # six records: a response and a request a page
    in_parts = [
        (r.key.split("@")[0], r.error is None) for s in shards for r in load(s, max_bytes=10**7)
    ]
    if name == "crawl.warc.gz":
        assert len(shards) == 3 and in_parts == whole and all(ok for _, ok in whole)
    else:  # cut in the second page: the parts before the damage, then the damage reported
        assert [ok for _, ok in in_parts] == [ok for _, ok in whole] == [True, False]
