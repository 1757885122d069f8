"""The corpus store on SQLite and PostgreSQL: one article stored once, events merged across
outlets, syndicated copies counted once, and the questions analysts ask of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirewatch
from wirewatch.errors import StoreError
from wirewatch.store import EventFilter, Store

DATA = Path(__file__).parents[1] / "data"


def test_an_article_is_stored_once_by_text_or_by_url(
    store: Store, reports: list[wirewatch.Analysis]
) -> None:
    again = store.add(reports[0], "copy-of-line-1")
    assert again.status == "duplicate" and again.article_id == reports[0].article.id
    same_url = reports[1].model_copy(
        update={"article": reports[1].article.model_copy(update={"id": "0" * 16})}
    )
    assert store.add(same_url, "same-url").status == "duplicate"
    assert store.counts()["articles"] == 4
    assert store.done_keys(["copy-of-line-1", "same-url", "never-seen"]) == {
        "copy-of-line-1",
        "same-url",
    }


def test_a_syndicated_copy_joins_the_story_of_its_original(store: Store) -> None:
    rows = store.backend.query("SELECT url, story_id, id FROM articles ORDER BY url")
    story = {row["url"]: row["story_id"] for row in rows}
    assert (
        story["https://outlet-c.example/news/drones-korea"]
        == story["https://outlet-a.example/world/korea-drones"]
    )
    assert (
        story["https://outlet-b.example/asia/seoul-warning-shots"]
        != story["https://outlet-a.example/world/korea-drones"]
    )
    assert store.counts()["stories"] == 3


def test_one_incident_told_by_three_outlets_is_one_event_with_two_sources(store: Store) -> None:
    shots = store.events(EventFilter(actor="KOR", target="PRK", type="MOBILIZE"))
    assert len(shots) == 1, shots
    event = shots[0]
    assert event["date"] == "2022-12-26" and event["trigger"] == "fired"
    assert event["mentions"] == 3 and event["sources"] == 2  # outlet C copies outlet A
    every = store.events(EventFilter(actor="KOR", target="PRK", type="MOBILIZE"), mentions=True)
    assert {row["outlet"] for row in every} == {
        "outlet-a.example",
        "outlet-b.example",
        "outlet-c.example",
    }


def test_filters_by_date_type_modality_and_name(store: Store) -> None:
    assert store.events(EventFilter(actor="KOR", since="2023-01-01", until="2023-01-31"))
    assert not store.events(EventFilter(actor="KOR", since="2023-02-01"))
    assert all(
        row["type"] == "MOBILIZE" for row in store.events(EventFilter(type="mobilize", limit=50))
    )
    reported = store.events(EventFilter(modality="reported", limit=50))
    assert reported and all(row["modality"] == "reported" for row in reported)
    by_name = store.events(EventFilter(actor="South Korea", limit=50))
    assert by_name and all(row["actor_country"] == "KOR" for row in by_name)


def test_the_timeline_of_two_countries_counts_events_by_day_and_quad_class(store: Store) -> None:
    days = store.timeline("PRK", "KOR")
    first = next(day for day in days if day["period"] == "2022-12-26")
    assert first["quad4"] >= 1 and first["events"] == sum(first[f"quad{q}"] for q in range(1, 5))
    assert first["sources"] >= 2
    months = store.timeline("KOR", by="month")
    assert [m["period"] for m in months] == sorted(m["period"] for m in months)


def test_search_entities_and_a_stored_record(
    store: Store, reports: list[wirewatch.Analysis]
) -> None:
    hits = store.search("warning shots drones")
    assert {hit["outlet"] for hit in hits} >= {"outlet-a.example", "outlet-b.example"}
    assert "warning shots" in hits[0]["snippet"]
    assert store.search('"; DROP TABLE articles; --') == []  # user input is only ever words
    names = {row["name"]: row for row in store.entities(top=10)}
    assert names["South Korea"]["articles"] == 4 and names["South Korea"]["country"] == "KOR"
    record = store.article(reports[3].article.id[:8])
    assert record is not None and record == reports[3]


def test_failures_are_logged_and_can_be_retried(store: Store) -> None:
    store.record_failure("broken.html", wirewatch.errors.EmptyInputError("is empty"))
    assert store.errors()[0]["key"] == "broken.html"
    assert store.done_keys(["broken.html"]) == {"broken.html"}
    assert store.done_keys(["broken.html"], retry_failed=True) == set()


def test_exports_walk_every_table(store: Store) -> None:
    events = list(store.iter_table("events", batch=3))
    assert len(events) == store.counts()["events"]
    with pytest.raises(StoreError):
        list(store.iter_table("sqlite_master"))


def test_a_file_that_is_not_a_store_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a wirewatch store"):
        Store.open(str(path)).close()


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    path = str(tmp_path / "corpus.db")
    with Store.open(path) as first:
        version = first.version
    with Store.open(path) as second:
        assert version >= 1 and second.version == version


@pytest.mark.parametrize("output_format", ["csv", "jsonl", "parquet"])
def test_every_table_exports_with_its_documented_columns(
    store: Store, tmp_path: Path, output_format: str
) -> None:
    from wirewatch.export import TABLES, export

    counts = export(store, tmp_path, output_format)
    assert counts["articles"] == 4 and counts["mentions"] == store.counts()["events"]
    assert counts["events"] == counts["gdelt_events"] == store.counts()["story_events"]
    path = tmp_path / f"gdelt_events.{output_format}"
    if output_format == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        assert table.column_names == list(TABLES["gdelt_events"])
        rows = table.to_pylist()
    elif output_format == "csv":
        import csv

        with open(path, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == list(TABLES["gdelt_events"])
    else:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    shots = [
        r for r in rows
        if str(r["SQLDATE"]) == "20221226" and r["Actor1CountryCode"] == "KOR"
        and r["Actor2CountryCode"] == "PRK" and str(r["EventRootCode"]) == "15"
    ]  # fmt: skip
    assert len(shots) == 1 and str(shots[0]["NumSources"]) == "2"


def test_a_link_with_tracking_parameters_is_the_same_article(
    store: Store, reports: list[wirewatch.Analysis]
) -> None:
    tracked = reports[3].model_copy(
        update={
            "article": reports[3].article.model_copy(
                update={
                    "id": "f" * 16,
                    "url": reports[3].article.url + "?utm_source=rss&utm_medium=feed#top",
                }
            )
        }
    )
    assert store.add(tracked, "feed-item").status == "duplicate"
    assert store.version >= 3
