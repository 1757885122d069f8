"""Store tests run on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirewatch
from wirewatch.store import Store

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def reports() -> list[wirewatch.Analysis]:
    """The four readable reports of the corpus fixture, analysed once for the module."""
    records = []
    for line in (DATA / "corpus" / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record.get("text"):
            records.append(record)
    return [
        wirewatch.analyze(r["text"], url=r["url"], published=r["published"], clean=False)
        for r in records
    ]


@pytest.fixture
def store(store_url: str, reports: list[wirewatch.Analysis]) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        for number, analysis in enumerate(reports):
            opened.add(analysis, f"reports.jsonl:{number + 1}")
        yield opened
