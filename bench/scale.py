"""Batch jobs on one machine: the local engine with one and two processes against Ray Data
(local mode, two actors), on the same 2,000 articles, in one run.

For each engine: articles/s and its ratio to the single process, time to the first
finished shard (start-up: processes or Ray, model loads, the first shard's work), the
total time, and the peak memory of a worker. The issue's goals: Ray >= 1.5x the single
process and >= 0.85x the plain two-process runner.

The articles: the 181 real pages of ``../shared/bench/article-extraction`` (HTML), copied
under new names until there are ``--articles`` files (default 2,000), in shards of
``--shard-size`` (default 100). Ray is started with one CPU more than its actors (Ray Data
needs a free one to read; ray-project/ray#44687), so on this 2-core machine its two actors
and its reader share two cores, as the two local processes and the driver do.

Run: ``.venv/bin/python bench/scale.py [--articles 2000] [--shard-size 100]``
(Ray from ``pip install -e '.[ray]'``).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

print = functools.partial(print, flush=True)  # noqa: A001 - figures appear as they come
ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "article-extraction" / "html"


def build_inputs(folder: Path, count: int) -> None:
    pages = [gzip.decompress(path.read_bytes()) for path in sorted(PAGES.glob("*.html.gz"))]
    for number in range(count):
        (folder / f"{number:05d}.html").write_bytes(pages[number % len(pages)])


def timed_run(
    inputs: Path, out: Path, engine: str, workers: int, shard_size: int
) -> dict[str, Any]:
    from wirewatch.run import run_job
    from wirewatch.settings import Settings

    first: list[float] = []
    started = time.perf_counter()

    def progress(summary: dict[str, Any]) -> None:
        if not first:
            first.append(time.perf_counter() - started)

    report = run_job(
        [str(inputs)],
        out,
        Settings.load(environ={}),
        engine=engine,
        workers=workers,
        shard_size=shard_size,
        progress=progress,
    )
    seconds = time.perf_counter() - started
    return {
        "articles": report.articles,
        "seconds": seconds,
        "rate": report.articles / seconds,
        "first": first[0] if first else float("nan"),
        "peak_mb": max(s.get("worker_peak_mb", 0.0) for s in report.summaries),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--shard-size", type=int, default=100)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        inputs = work / "inputs"
        inputs.mkdir()
        build_inputs(inputs, args.articles)
        print(f"{args.articles:,} articles in shards of {args.shard_size}\n")
        configurations = [("local, 1 process", "local", 1), ("local, 2 processes", "local", 2)]
        try:
            import ray  # noqa: F401

            configurations.append(("ray local mode, 2 actors", "ray", 2))
        except ImportError:
            print("Ray is not installed (pip install -e '.[ray]'): its row is left out")
        results: dict[str, dict[str, Any]] = {}
        print(f"{'engine':<26} {'art/s':>7} {'x 1 proc':>9} {'first shard s':>14} "
              f"{'total s':>8} {'worker peak MB':>15}")  # fmt: skip
        for label, engine, workers in configurations:
            out = work / f"out-{engine}-{workers}"
            figures = timed_run(inputs, out, engine, workers, args.shard_size)
            results[label] = figures
            base = results["local, 1 process"]["rate"]
            print(
                f"{label:<26} {figures['rate']:>7.2f} {figures['rate'] / base:>9.2f} "
                f"{figures['first']:>14.1f} {figures['seconds']:>8.0f} {figures['peak_mb']:>15.0f}"
            )
            shutil.rmtree(out)
        if "ray local mode, 2 actors" in results:
            ray_rate = results["ray local mode, 2 actors"]["rate"]
            two = results["local, 2 processes"]["rate"]
            print(f"\nray / 2 local processes: {ray_rate / two:.2f} (goal >= 0.85)")
        driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"driver peak memory (includes the single-process run): {driver:.0f} MB")


if __name__ == "__main__":
    main()
