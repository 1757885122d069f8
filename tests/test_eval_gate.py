"""Accuracy gate: the cleaner's body F1 on the committed sample stays above pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirewatch
from tests.clean.test_text import token_f1
from tests.conftest import DATA, PAGES, page_names

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))


def scores(kind: str) -> list[float]:
    results = []
    for name in page_names():
        path = DATA / "html" / f"{name}.html.gz" if kind == "html" else PAGES / f"{name}.txt"
        gold = (PAGES / f"{name}.gold.txt").read_text(encoding="utf-8")
        results.append(token_f1(wirewatch.extract(path.read_bytes()).text, gold))
    return results


@pytest.mark.parametrize("kind", ["html", "text"])
def test_body_f1_stays_above_the_floor(kind: str) -> None:
    found = scores(kind)
    assert sum(found) / len(found) >= BASELINE[f"{kind}_mean_body_f1"]
    assert min(found) >= BASELINE[f"{kind}_min_page_f1"]


TIMES_GOLD = json.loads((DATA / "times-gold.json").read_text(encoding="utf-8"))


def test_time_values_on_real_pages_stay_above_the_floor() -> None:
    expected = [
        (name, text, value)
        for name, pairs in TIMES_GOLD.items()
        if not name.startswith("_")
        for text, value in pairs
    ]
    right = 0
    for name in {name for name, _, _ in expected}:
        analysis = wirewatch.analyze((DATA / "html" / f"{name}.html.gz").read_bytes())
        found = {(t.text, t.value) for t in analysis.times}
        right += sum((text, value) in found for page, text, value in expected if page == name)
    assert right / len(expected) >= BASELINE["times_value_accuracy"]
