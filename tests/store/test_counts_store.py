"""Counts and tolls in the store, the exports and the timeline (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirewatch
from wirewatch.store import Store

STRIKE = (
    "Russian missiles killed at least eight civilians in Kharkiv on Monday, Ukrainian "
    "officials said.\n\nThe death toll rose to 12 on Tuesday, the regional governor said."
)


@pytest.fixture
def tolled(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as store:
        store.add(wirewatch.analyze(STRIKE, clean=False, published="2024-05-07"), "strike.txt")
        yield store


def test_the_event_s_toll_is_stored_per_mention_and_per_real_world_event(tolled: Store) -> None:
    mention = next(r for r in tolled.iter_table("events") if r["type"] == "ASSAULT")
    assert (mention["fatalities_best"], mention["fatalities_low"]) == (12, 12)
    event = next(r for r in tolled.iter_table("story_events") if r["type"] == "ASSAULT")
    assert event["fatalities_best"] == 12
    counts = list(tolled.iter_table("counts"))
    assert [(c["unit"], c["value"], c["low"], c["toll"]) for c in counts] == [
        ("dead", 8, 8, 0),
        ("dead", 12, None, 1),
    ]
    assert all(c["event_id"] == mention["event_id"] for c in counts)


def test_the_timeline_sums_the_dead(tolled: Store) -> None:
    periods = tolled.timeline("RUS")
    assert sum(p["fatalities"] for p in periods) == 12


def test_exports_carry_fatalities(tolled: Store, tmp_path: Path) -> None:
    from wirewatch.export import export

    counts = export(tolled, tmp_path, "csv")
    assert counts["counts"] == 2
    with open(tmp_path / "events.csv", encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    assert [e["fatalities_best"] for e in events if e["type"] == "ASSAULT"] == ["12"]
    with open(tmp_path / "gdelt_events.csv", encoding="utf-8") as handle:
        gdelt = list(csv.DictReader(handle))
    assert "12" in [g["FatalitiesBest"] for g in gdelt]
    export(tolled, tmp_path / "jsonl", "jsonl")
    mentions = [
        json.loads(line)
        for line in (tmp_path / "jsonl" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [m["fatalities_best"] for m in mentions if m["type"] == "ASSAULT"] == [12]
