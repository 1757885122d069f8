"""Throughput and memory of ``wirewatch.analyze_many`` against bare spaCy ``nlp.pipe``.

What it measures, in one run on the same articles:

* bare spaCy: ``nlp.pipe`` over the cleaned bodies (the floor: parsing alone);
* wirewatch: ``analyze_many`` over the raw pages (decode, clean, language,
  parse, entities), streaming;
* the ratio of the two rates (the issue's target: >= 0.8, i.e. the pipeline
  costs at most 25% more than spaCy alone), measured in alternating rounds
  (``--round`` articles of one, then of the other, the order swapped each
  round), because this machine's speed swings by a third between minutes and
  two runs one after the other gave ratios of 0.74 and 1.02;
* resident memory while wirewatch streams N articles, sampled every N/8
  articles: flat means streaming works.

Articles: the raw pages of ``../shared/bench/article-extraction-text`` (181
real pages with their junk) when present, else the test pages and the
example; cycled to ``--articles`` inputs (default 2,000).

Run: ``.venv/bin/python bench/throughput.py [--articles 2000] [--batch-size 32]``
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_TEXT = ROOT.parent / "shared" / "bench" / "article-extraction-text" / "text"


def load_pages() -> list[bytes]:
    """Raw English pages with their junk: the benchmark set if present, else the test data."""
    from wirewatch import extract
    from wirewatch.errors import WirewatchError

    paths = sorted(SHARED_TEXT.glob("*.txt")) if SHARED_TEXT.is_dir() else []
    if not paths:
        paths = [ROOT / "examples" / "kim-military-goals-2022.txt"] + [
            path
            for path in sorted((ROOT / "tests" / "data" / "pages").glob("*.txt"))
            if not path.name.endswith(".gold.txt")
        ]
    pages = []
    for path in paths:
        data = path.read_bytes()
        try:
            if extract(data).language == "en":
                pages.append(data)
        except WirewatchError:
            continue
    return pages


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cycled(pages: list[bytes], count: int) -> Iterator[bytes]:
    return itertools.islice(itertools.cycle(pages), count)


def paired_rates(
    pages: list[bytes], bodies: list[str], count: int, per_round: int, batch_size: int
) -> tuple[float, float, list[float]]:
    """Both rates from alternating rounds over the same articles, and each round's ratio."""
    import wirewatch
    from wirewatch.nlp import load_model

    nlp = load_model("auto")
    settings = wirewatch.Settings(batch_size=batch_size)
    spent = {"bare": 0.0, "ours": 0.0}
    ratios = []
    for number, first in enumerate(range(0, count, per_round)):
        chosen = [i % len(pages) for i in range(first, min(first + per_round, count))]
        runs = {
            "bare": lambda chosen=chosen: list(
                nlp.pipe((bodies[i] for i in chosen), batch_size=batch_size)
            ),
            "ours": lambda chosen=chosen: list(
                wirewatch.analyze_many((pages[i] for i in chosen), settings=settings)
            ),
        }
        took = {}
        for name in ("bare", "ours") if number % 2 == 0 else ("ours", "bare"):
            start = time.perf_counter()
            runs[name]()
            took[name] = time.perf_counter() - start
            spent[name] += took[name]
        ratios.append(took["bare"] / took["ours"])
    return count / spent["bare"], count / spent["ours"], ratios


def time_wirewatch(
    pages: list[bytes], count: int, batch_size: int
) -> tuple[float, list[tuple[int, float]]]:
    """Articles per second of analyze_many over raw pages, with RSS samples along the way."""
    import wirewatch

    settings = wirewatch.Settings(batch_size=batch_size)
    samples = [(0, rss_mb())]
    every = max(count // 8, 1)
    start = time.perf_counter()
    for done, _ in enumerate(
        wirewatch.analyze_many(cycled(pages, count), settings=settings), start=1
    ):
        if done % every == 0:
            samples.append((done, rss_mb()))
    return count / (time.perf_counter() - start), samples


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--round", type=int, default=64, help="Articles per alternating round.")
    args = parser.parse_args()

    import wirewatch
    from wirewatch.nlp import load_model, model_info

    pages = load_pages()
    bodies = [wirewatch.extract(page).text for page in pages]
    info = model_info(load_model("auto"))
    # Warm up both paths so model loading and lazy data are not timed.
    list(wirewatch.analyze_many(pages[:4]))
    print(
        f"{len(pages)} distinct English pages, cycled to {args.articles} articles; "
        f"model {info.name} {info.version}; batch size {args.batch_size}"
    )
    print(
        f"mean body {sum(map(len, bodies)) / len(bodies):,.0f} characters, "
        f"mean raw page {sum(map(len, pages)) / len(pages):,.0f} bytes"
    )

    bare, ours, ratios = paired_rates(pages, bodies, args.articles, args.round, args.batch_size)
    _, samples = time_wirewatch(pages, args.articles, args.batch_size)

    print()
    print(f"{'system':34} {'articles/s':>10}")
    print(f"{'spaCy nlp.pipe (bodies only)':34} {bare:10.1f}")
    print(f"{'wirewatch analyze_many (raw pages)':34} {ours:10.1f}")
    print(f"ratio wirewatch / bare spaCy: {ours / bare:.2f}  (target >= 0.80)")
    ratios.sort()
    print(
        f"per round ({len(ratios)} rounds of {args.round}): median {ratios[len(ratios) // 2]:.2f}, "
        f"lowest {ratios[0]:.2f}, highest {ratios[-1]:.2f}"
    )
    print()
    print("resident memory while streaming (articles done: MB)")
    print("  " + "  ".join(f"{done}: {mb:.0f}" for done, mb in samples))
    growth = samples[-1][1] - samples[1][1] if len(samples) > 2 else float("nan")
    print(f"growth from the first sample after start to the end: {growth:+.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
