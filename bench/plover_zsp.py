"""Held-out PLOVER sentences: type accuracy on 1,050 news sentences nobody here tuned on,
beside the coder it replaced, in one run.

Data
    ``../shared/bench/plover-zsp/PLV_train.tsv`` (the Zero-Shot PLOVER training split, Hu et
    al. 2024; evaluation only, never shipped or copied; see its README). Each sentence marks
    one source and one target and gives the PLOVER type of what the source did; YIELD is the
    older name of CONCEDE and RETREAT (either counts).

Scored, per sentence
    the event whose actor lies in the gold source span (else the most confident event) is the
    sentence's answer: type accuracy over all sentences, coverage (an event was coded), and
    accuracy over the covered ones (how often a coded type is right). The baseline is the coder
    of ``BASELINE_REF`` run from a git worktree (see ``article_events.py``), scored the same way.

Run: ``.venv/bin/python bench/plover_zsp.py``
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from article_events import BASELINE_REF, CACHE, SHARED, run_at_commit, short_commit  # noqa: E402

DATA = SHARED / "plover-zsp" / "PLV_train.tsv"
YIELD = {"CONCEDE", "RETREAT"}


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row.get("sentence")]


def answers(rows: list[dict[str, str]]) -> list[dict[str, Any] | None]:
    """The event that answers each sentence (or None), from one pipeline pass."""
    from wirewatch import RawDocument, analyze_many

    raws = [RawDocument(content=r["sentence"], source=str(i)) for i, r in enumerate(rows)]
    found: list[dict[str, Any] | None] = []
    for row, analysis in zip(rows, analyze_many(raws, clean=False, errors="skip"), strict=True):
        events = sorted(analysis.events, key=lambda e: -e.confidence)
        start = row["sentence"].find(row["source"])
        holding = [
            e
            for e in events
            if e.actor is not None
            and start >= 0
            and start <= e.actor.start < start + len(row["source"])
        ]
        best = (holding or events or [None])[0]
        found.append({"type": best.type} if best is not None else None)
    return found


def baseline_answers(ref: str) -> list[dict[str, Any] | None]:
    out = CACHE / f"zsp-{short_commit(ref)}.json"
    if not out.exists():
        run_at_commit(short_commit(ref), __file__, ["--answers-into", str(out)])
    result: list[dict[str, Any] | None] = json.loads(out.read_text())
    return result


def score(rows: list[dict[str, str]], found: list[dict[str, Any] | None]) -> dict[str, float]:
    def right(row: dict[str, str], answer: dict[str, Any] | None) -> bool:
        if answer is None:
            return False
        gold = row["gold_root"]
        return answer["type"] == gold or (gold == "YIELD" and answer["type"] in YIELD)

    covered = [(r, a) for r, a in zip(rows, found, strict=True) if a is not None]
    hits = sum(right(r, a) for r, a in covered)
    return {
        "type accuracy": hits / len(rows),
        "coverage": len(covered) / len(rows),
        "accuracy when coded": hits / len(covered) if covered else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--baseline", default=BASELINE_REF)
    parser.add_argument("--answers-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    rows = load(args.data)
    if args.answers_into:
        args.answers_into.parent.mkdir(parents=True, exist_ok=True)
        args.answers_into.write_text(json.dumps(answers(rows)))
        return 0
    table = {
        "wirewatch": score(rows, answers(rows)),
        f"baseline {args.baseline}": score(rows, baseline_answers(args.baseline)),
    }
    print(f"plover-zsp held-out sentences: {len(rows)}\n")
    metrics = list(table["wirewatch"])
    print(f"{'system':<18}" + "".join(f"{m:>22}" for m in metrics))
    for name, values in table.items():
        print(f"{name:<18}" + "".join(f"{values[m]:>22.3f}" for m in metrics))
    print("\ntarget: type accuracy >= 0.80 on held-out sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
