"""Benchmark counts: casualties and other counts on wire sentences and short articles,
beside a number-next-to-a-casualty-word baseline, in one run.

Data
    ``bench/data/counts-dev.jsonl``: 95 texts written for wirewatch (Apache-2.0), wire-style
    sentences and short articles with every count expected as ``[unit, value, low, high]``,
    the article's dead and injured figures (null where it states none), and the numbers in
    it that are never counts (ages, dates, times, addresses, routes, scores, money).  It was
    written from the kinds issue 18 lists and news style, not from any benchmark's articles.

Split
    A text is *kept* out of tuning when the SHA-256 of its id is divisible by 3.

Scored, per system and part
    counts: precision and recall of (unit, value, low, high), and of the figure alone
    (unit, value or lower bound); the article's dead and injured figure where the text
    states one (wirewatch: the highest toll of its events, else its highest count); articles
    given a dead or injured figure they do not state; never-counts counted.

Baseline
    a regular expression: a number (digits or a number word) at most two words before or
    after killed / killing / dead / died / deaths / injured / injuring / wounded / wounding /
    hurt (dead for the first five, injured for the others).

Run: ``.venv/bin/python bench/counts.py [--misses N]``
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from heldout import parts

DATA = Path(__file__).resolve().parent / "data" / "counts-dev.jsonl"
WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER = r"(\d[\d,]*|" + "|".join(WORDS) + r")"
CASUALTY = r"(killed|killing|dead|died|deaths|injured|injuring|wounded|wounding|hurt)"
BASELINE = re.compile(
    rf"\b{NUMBER}\s+(?:[a-z]+\s+){{0,2}}?{CASUALTY}\b"
    rf"|\b{CASUALTY}\s+(?:[a-z]+\s+){{0,2}}?{NUMBER}\b",
    re.IGNORECASE,
)
Figure = tuple[str, int | None, int | None, int | None]


def baseline(text: str) -> list[Figure]:
    found = []
    for match in BASELINE.finditer(text):
        number = (match.group(1) or match.group(4)).replace(",", "").lower()
        word = (match.group(2) or match.group(3)).lower()
        value = int(number) if number.isdigit() else WORDS[number]
        unit = "dead" if word in ("killed", "killing", "dead", "died", "deaths") else "injured"
        found.append((unit, value, None, None))
    return found


def wirewatch_counts(
    texts: list[str],
) -> list[tuple[list[Figure], dict[str, int | None], list[str]]]:
    """Per text: its counts, its article figures (dead, injured) and the counts' words."""
    from wirewatch import RawDocument, analyze_many

    raws = [RawDocument(content=text, published="2024-05-06") for text in texts]
    results = []
    for record in analyze_many(raws, clean=False):
        figures = [(c.unit, c.value, c.low, c.high) for c in record.counts]
        article = {unit: article_figure(record, unit) for unit in ("dead", "injured")}
        results.append((figures, article, [c.text for c in record.counts]))
    return results


def article_figure(record: Any, unit: str) -> int | None:
    """The highest toll of the unit among the events, else the highest count of it."""
    tolls = [t.best for e in record.events for t in e.tolls if t.unit == unit]
    if tolls:
        return max(tolls)
    counts = [c.value if c.value is not None else c.low for c in record.counts if c.unit == unit]
    counts = [c for c in counts if c is not None]
    return max(counts) if counts else None


def baseline_article(figures: list[Figure], unit: str) -> int | None:
    values = [f[1] for f in figures if f[0] == unit and f[1] is not None]
    return max(values) if values else None


def score(
    items: list[dict[str, Any]],
    predicted: dict[str, tuple[list[Figure], dict[str, int | None], list[str]]],
) -> dict[str, Any]:
    tp = fp = fn = 0
    tp_figure = fp_figure = fn_figure = 0
    article = Counter()
    never = 0
    for item in items:
        figures, figures_by_unit, words = predicted[item["id"]]
        gold = Counter(tuple(c) for c in item["counts"])
        got = Counter(figures)
        tp += sum((gold & got).values())
        fp += sum((got - gold).values())
        fn += sum((gold - got).values())
        gold_f = Counter((c[0], c[1] if c[1] is not None else c[2]) for c in item["counts"])
        got_f = Counter((f[0], f[1] if f[1] is not None else f[2]) for f in figures)
        tp_figure += sum((gold_f & got_f).values())
        fp_figure += sum((got_f - gold_f).values())
        fn_figure += sum((gold_f - got_f).values())
        for unit in ("dead", "injured"):
            expected, given = item[unit], figures_by_unit[unit]
            if expected is not None:
                article[f"{unit} stated"] += 1
                article[f"{unit} right"] += int(given == expected)
            elif given is not None:
                article[f"{unit} invented"] += 1
        numbers = {int(n) for n in item["never"]}
        for figure, written in zip(figures, words, strict=True):
            digits = {int(d.replace(",", "")) for d in re.findall(r"\d[\d,]*", written)}
            never += bool(numbers & digits & {v for v in figure[1:] if v is not None})
    return {
        "P": tp / (tp + fp) if tp + fp else 0.0,
        "R": tp / (tp + fn) if tp + fn else 0.0,
        "figure P": tp_figure / (tp_figure + fp_figure) if tp_figure + fp_figure else 0.0,
        "figure R": tp_figure / (tp_figure + fn_figure) if tp_figure + fn_figure else 0.0,
        "dead": article["dead right"] / article["dead stated"] if article["dead stated"] else 0.0,
        "injured": article["injured right"] / article["injured stated"]
        if article["injured stated"]
        else 0.0,
        "invented": article["dead invented"] + article["injured invented"],
        "never": never,
        "n": sum(len(item["counts"]) for item in items),
        "articles": len(items),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--misses", type=int, default=0, help="list N texts whose counts differ (tuned part)"
    )
    args = parser.parse_args(argv)
    items = [
        json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    ours = dict(
        zip((i["id"] for i in items), wirewatch_counts([i["text"] for i in items]), strict=True)
    )
    theirs = {}
    for item in items:
        figures = baseline(item["text"])
        theirs[item["id"]] = (
            figures,
            {u: baseline_article(figures, u) for u in ("dead", "injured")},
            [item["text"][m.start() : m.end()] for m in BASELINE.finditer(item["text"])],
        )
    print(f"counts dev set: {len(items)} texts, {sum(len(i['counts']) for i in items)} counts\n")
    header = f"{'system':26}{'counts':>7}{'P':>7}{'R':>7}{'fig P':>7}{'fig R':>7}{'dead':>7}{'injured':>8}{'invented':>9}{'never':>6}"
    print(header)
    for part, chosen in parts(items, lambda item: item["id"]):
        for name, predicted in (("wirewatch", ours), ("baseline (regex)", theirs)):
            s = score(chosen, predicted)
            print(
                f"{name + ' [' + part + ']':26}{s['n']:>7}{s['P']:>7.3f}{s['R']:>7.3f}{s['figure P']:>7.3f}"
                f"{s['figure R']:>7.3f}{s['dead']:>7.3f}{s['injured']:>8.3f}{s['invented']:>9}{s['never']:>6}"
            )
    print(
        "\ndead / injured: the article's figure right where it states one; invented: a figure "
        "given where none is stated; never: counts holding an age, date, time or address number."
        "\ntargets (unseen reports): dead >= 0.75, injured >= 0.75, never = 0"
    )
    if args.misses:
        from heldout import is_kept

        shown = 0
        for item in items:
            if is_kept(item["id"]) or shown >= args.misses:
                continue
            figures = ours[item["id"]][0]
            if Counter(figures) != Counter(tuple(c) for c in item["counts"]):
                shown += 1
                print(
                    f"\n{item['id']}: {item['text'][:160]!r}\n  gold {item['counts']}\n  ours {figures}  article {ours[item['id']][1]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
