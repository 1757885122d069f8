"""Events merged across articles: is one story event with several sources one happening?

The 35 pages of ``../shared/bench/article-events`` (HTML) go into a fresh SQLite store; every
story event that more than one article tells is listed with its sentences and judged:

* *across stories*: its articles are not two tellings of one story. The dev set holds two
  stories told by two outlets each (Sweden dropping the Assange investigation; the New York
  attorney general and WeWork); among the 35, any merge outside those pairs joins unrelated
  articles and is wrong by construction (with ``--all`` other pages may tell one story too:
  read the merges listed with ``--show``);
* *within a pair*: both mentions are matched by the set's scorer to gold events of the same
  type in their articles (right), or not (doubtful).

``--all`` adds the 181 pages of ``article-extraction`` (no gold: merges are listed for
reading). The baseline is the store of ``BASELINE_REF`` (see ``article_events.py``), run the
same way in a subprocess from its worktree.

Run: ``.venv/bin/python bench/story_events.py [--all]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from article_events import (  # noqa: E402
    BASELINE_REF,
    CACHE,
    PAGES,
    load_golds,
    load_scorer,
    run_at_commit,
    short_commit,
)

PAIRS = [
    {"c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23", "dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356"},
    {"06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85", "1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892"},
]  # fmt: skip


def pages(all_pages: bool) -> list[tuple[str, Path]]:
    found = [(g["id"], next(d / f"{g['id']}.html.gz" for d in PAGES if (d / f"{g['id']}.html.gz").exists())) for g in load_golds()]  # fmt: skip
    if all_pages:
        known = {key for key, _ in found}
        found += [(p.name.removesuffix(".html.gz"), p) for p in sorted(PAGES[1].glob("*.html.gz")) if p.name.removesuffix(".html.gz") not in known]  # fmt: skip
    return found


def merged(all_pages: bool) -> list[dict[str, Any]]:
    """Story events told by more than one article, each with its mentions (run in-process)."""
    import wirewatch
    from wirewatch.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "bench.db"))
        for key, path in pages(all_pages):
            with gzip.open(path) as handle:
                analysis = wirewatch.analyze(handle.read())
            store.add(analysis.model_copy(update={"article": analysis.article.model_copy(update={"id": key})}), key)  # fmt: skip
        rows = store.backend.query(
            "SELECT s.id, s.type, s.actor_country, s.target_country, s.date, e.article_id, e.sentence "
            "FROM story_events s JOIN events e ON e.story_event_id = s.id WHERE s.id IN "
            "(SELECT story_event_id FROM events GROUP BY story_event_id HAVING COUNT(DISTINCT article_id) > 1) "
            "ORDER BY s.id"
        )  # fmt: skip
        store.close()
    events: dict[int, dict[str, Any]] = {}
    for row in rows:
        event = events.setdefault(int(row["id"]), {k: row[k] for k in ("type", "actor_country", "target_country", "date")} | {"mentions": []})  # fmt: skip
        event["mentions"].append({"article": row["article_id"], "sentence": row["sentence"]})
    return list(events.values())


def judge(events: list[dict[str, Any]]) -> dict[str, int]:
    scorer = load_scorer()
    golds = {g["id"]: g for g in load_golds()}
    verdicts = {"merged": len(events), "across stories": 0, "within a pair, right": 0, "within a pair, doubtful": 0}  # fmt: skip
    for event in events:
        articles = {m["article"] for m in event["mentions"]}
        if not any(articles <= pair for pair in PAIRS):
            event["verdict"] = "across stories"
        else:
            fake = {"type": event["type"], "evidence": {}, "also_in": [], "actor": {"country": event["actor_country"]}, "target": {"country": event["target_country"]}}  # fmt: skip
            right = all(
                any(
                    g.get("type") == event["type"] and scorer.fit({**fake, "evidence": {"sentence": m["sentence"]}}, g)
                    for g in golds[m["article"]]["events"]
                )
                for m in event["mentions"]
            )  # fmt: skip
            event["verdict"] = "within a pair, " + ("right" if right else "doubtful")
        verdicts[event["verdict"]] += 1
    return verdicts


def baseline_events(ref: str, all_pages: bool) -> list[dict[str, Any]]:
    commit = short_commit(ref)
    out = CACHE / f"stories-{commit}-{'all' if all_pages else 'dev'}.json"
    if not out.exists():
        run_at_commit(
            commit, __file__, ["--events-into", str(out)] + (["--all"] if all_pages else [])
        )
    result: list[dict[str, Any]] = json.loads(out.read_text())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="add the article-extraction pages")
    parser.add_argument("--baseline", default=BASELINE_REF)
    parser.add_argument("--show", action="store_true", help="list every merged event")
    parser.add_argument("--events-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.events_into:
        args.events_into.parent.mkdir(parents=True, exist_ok=True)
        args.events_into.write_text(json.dumps(merged(args.all)))
        return 0
    for name, events in (
        (f"baseline {args.baseline}", baseline_events(args.baseline, args.all)),
        ("wirewatch", merged(args.all)),
    ):
        print(f"{name}: {json.dumps(judge(events))}")
        if args.show:
            for event in events:
                print(
                    f"  [{event['verdict']}] {event['type']} {event['actor_country']}->{event['target_country']} {event['date']}"
                )
                for mention in event["mentions"]:
                    print(f"      {mention['article'][:16]}: {mention['sentence'][:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
