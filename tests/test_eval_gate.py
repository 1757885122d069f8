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


QUOTES_GOLD = json.loads((DATA / "quotes-gold.json").read_text(encoding="utf-8"))


def _finds(quote: wirewatch.Quote, source: str | None, cue: str | None, content: str) -> bool:
    """Whether a quote matches a hand-checked attribution (words are substrings)."""
    if content not in quote.content.text:
        return False
    source_ok = (source is None and quote.source is None) or bool(
        source and quote.source and source in quote.source.text
    )
    cue_ok = (cue is None and quote.cue is None) or bool(
        cue and quote.cue and cue in quote.cue.text
    )
    return source_ok and cue_ok


def test_attributions_on_real_pages_stay_above_the_floor() -> None:
    found = resolved = named = total = 0
    for name, expected in QUOTES_GOLD.items():
        if name.startswith("_"):
            continue
        analysis = wirewatch.analyze((PAGES / f"{name}.txt").read_bytes())
        for source, cue, kind, content, entity in expected:
            total += 1
            hits = [
                q for q in analysis.quotes if _finds(q, source, cue, content) and q.kind == kind
            ]
            found += bool(hits)
            if entity and hits:
                named += 1
                resolved += any(q.source and q.source.name == entity for q in hits)
    assert found / total >= BASELINE["quotes_found"]
    assert resolved / named >= BASELINE["quotes_source_entity_accuracy"]
