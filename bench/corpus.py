"""Corpus store: ingest speed against analysis alone, query latency, and size on disk.

What it measures, in one run:

* ingest: ``--articles`` pages (default 2,000) into a fresh SQLite store with the ingest
  runner (read, analyse, fingerprint, store), against the same pages through
  ``analyze_many`` with each record serialised to JSON and nothing stored (after a warm-up
  pass, ingest first); the store's cost is the difference (the issue's target: under 15%);
* size: bytes on disk per 1,000 articles (database and write-ahead log);
* query latency: ``events --actor`` and ``timeline A B`` on a store of ``--events``
  (default 100,000) synthetic events over 40 countries; median and 95th percentile of
  ``--repeats`` runs each (target: median under 100 ms).

The corpus: the 181 real pages of ``../shared/bench/article-extraction`` (HTML), cycled;
every copy after the first of a page is a lightly edited syndicated version (a credit
line added, the title changed), and every tenth file an exact duplicate of an earlier
one under another name, as a crawl of many sites delivers them.

Run: ``.venv/bin/python bench/corpus.py [--articles 2000] [--events 100000]``
"""

from __future__ import annotations

import argparse
import functools
import gzip
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

print = functools.partial(print, flush=True)  # noqa: A001 - figures appear as they come
ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "article-extraction" / "html"
COUNTRIES = [
    "PRK", "KOR", "USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "TUR",
    "IND", "PAK", "AFG", "JPN", "GBR", "FRA", "DEU", "NGA", "ETH", "SDN", "SOM", "YEM",
    "SAU", "EGY", "LBY", "MLI", "COL", "VEN", "MEX", "BRA", "MMR", "PHL", "IDN", "LBN",
    "ARM", "AZE", "SRB", "XKX",
]  # fmt: skip
TYPES = [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("COOPERATE", 2), ("AID", 2),
    ("REQUEST", 1), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3), ("PROTEST", 3),
    ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
]  # fmt: skip


def build_corpus(folder: Path, count: int) -> int:
    """Write ``count`` HTML files; returns how many are exact duplicates."""
    pages = [gzip.decompress(path.read_bytes()) for path in sorted(PAGES.glob("*.html.gz"))]
    duplicates = 0
    for number in range(count):
        if number % 10 == 9:
            source = folder / f"{number - 5:05d}.html"
            (folder / f"{number:05d}.html").write_bytes(source.read_bytes())
            duplicates += 1
            continue
        page = pages[number % len(pages)]
        copy = number // len(pages)
        if copy:
            page = _syndicated(page, copy)
        (folder / f"{number:05d}.html").write_bytes(page)
    return duplicates


def _syndicated(page: bytes, copy: int) -> bytes:
    """The page as another site carries it: on another host (its canonical URL changes), a
    credit line at the end of its longest paragraph (so the body text, and with it the
    article id, changes), another title."""
    canonical = re.search(rb"""rel=["']canonical["'][^>]*href=["']https?://([^/"']+)""", page)
    if canonical:
        host = canonical.group(1)
        page = page.replace(host, f"site{copy}.".encode() + host)
    paragraphs = list(re.finditer(rb"<p[ >].*?</p>", page, flags=re.DOTALL))
    credit = f" Additional reporting by Agency {copy}.".encode()
    if paragraphs:
        longest = max(paragraphs, key=lambda m: len(m.group(0)))
        end = longest.end() - len(b"</p>")
        page = page[:end] + credit + page[end:]
    return re.sub(rb"<title>", f"<title>Site {copy}: ".encode(), page, count=1)


def time_analysis(files: list[Path]) -> float:
    """Articles per second through analyze_many, each record serialised, nothing stored."""
    from wirewatch import analyze_many
    from wirewatch.model import RawDocument

    started = time.perf_counter()
    done = 0
    documents = (RawDocument(content=path.read_bytes(), source=str(path)) for path in files)
    for analysis in analyze_many(documents, errors="skip"):
        analysis.to_json()
        done += 1
    return done / (time.perf_counter() - started)


def time_ingest(folder: Path, db: Path) -> tuple[float, object]:
    from wirewatch.ingest.fetch import Fetcher
    from wirewatch.ingest.runner import ingest
    from wirewatch.ingest.sources import expand
    from wirewatch.settings import Settings
    from wirewatch.store import Store

    settings = Settings.load(environ={}, db=str(db))
    store = Store.open(settings.db)
    fetcher = Fetcher(settings)
    started = time.perf_counter()
    report = ingest(
        expand([str(folder)], fetcher, max_bytes=settings.max_input_bytes), store, settings
    )
    elapsed = time.perf_counter() - started
    store.backend.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return report.seen / elapsed, report


def synthetic_store(db: Path, events: int, seed: int = 7) -> None:
    """``events`` events over 10 per article, dates over three years, Zipf-like countries."""
    from wirewatch.store import Store

    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(COUNTRIES))]
    store = Store.open(str(db))
    db_ = store.backend
    with db_.transaction():
        for article in range(events // 10):
            article_id = f"{article:016x}"
            db_.execute(
                "INSERT INTO articles (id, url, source, outlet, title, published, language, text, "
                "record, story_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'en', '', '{}', ?, ?)",
                (
                    article_id,
                    f"https://site{article % 50}.example/{article}",
                    "synthetic",
                    f"site{article % 50}.example",
                    f"Article {article}",
                    "2022-01-01",
                    article_id,
                    "2024-01-01",
                ),  # fmt: skip
            )
            for number in range(10):
                actor, target = rng.choices(COUNTRIES, weights, k=2)
                kind, quad = rng.choice(TYPES)
                day = f"{2020 + rng.randrange(3)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                story = db_.insert_id(
                    "INSERT INTO story_events (type, actor_country, target_country, date, status, "
                    "quad_class, mentions, sources) VALUES (?, ?, ?, ?, 'actual', ?, 1, 1) "
                    "RETURNING id",
                    (kind, actor, target, day, quad),
                )
                db_.execute(
                    "INSERT INTO events (article_id, event_id, story_event_id, type, cameo, "
                    "quad_class, actor_country, target_country, date, modality, confidence, "
                    "sentence, trigger, trigger_start, trigger_end) VALUES "
                    "(?, ?, ?, ?, '15', ?, ?, ?, ?, 'asserted', 0.8, 'synthetic sentence.', "
                    "'did', 0, 3)",
                    (article_id, f"V{number + 1}", story, kind, quad, actor, target, day),
                )
    db_.execute("ANALYZE")
    store.close()


def latency(call: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds."""
    call()  # warm the page cache
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args(argv)
    from wirewatch import analyze
    from wirewatch.store import EventFilter, Store

    analyze("Warm-up: Seoul fired warning shots on Monday.", clean=False)  # model loaded once
    with tempfile.TemporaryDirectory(prefix="wirewatch-corpus-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        duplicates = build_corpus(folder, args.articles)
        files = sorted(folder.iterdir())
        print(f"corpus: {len(files)} HTML files ({duplicates} exact duplicates, the rest "
              f"{len(list(PAGES.glob('*.html.gz')))} pages and their syndicated copies)\n")  # fmt: skip
        time_analysis(files[:30])  # warm every lazy table (gazetteer, cities) before timing
        db = Path(tmp) / "corpus.db"
        ingest_rate, report = time_ingest(folder, db)
        analysis_rate = time_analysis(files)
        size = sum(path.stat().st_size for path in Path(tmp).glob("corpus.db*"))
        stored = report.stored  # type: ignore[attr-defined]
        with Store.open(str(db)) as store:
            counts = store.counts()
        print(f"{'run':<34}{'articles/s':>12}")
        print(f"{'analyze_many, JSON, no store':<34}{analysis_rate:>12.2f}")
        print(f"{'ingest into SQLite':<34}{ingest_rate:>12.2f}")
        print(
            f"store cost: {1 - ingest_rate / analysis_rate:.1%} of the analysis rate (target < 15%)"
        )
        print(f"stored {stored}, duplicates {report.duplicates}, failed {report.failed}; "  # type: ignore[attr-defined]
              f"{counts['stories']} stories, {counts['events']} event mentions, "
              f"{counts['story_events']} real-world events")  # fmt: skip
        print(
            f"size on disk: {size / 1e6:.1f} MB, {size / max(stored, 1) * 1000 / 1e6:.1f} MB per 1,000 articles\n"
        )

        synthetic = Path(tmp) / "synthetic.db"
        started = time.perf_counter()
        synthetic_store(synthetic, args.events)
        print(
            f"synthetic store: {args.events:,} events built in {time.perf_counter() - started:.0f} s"
        )
        with Store.open(str(synthetic)) as store:
            rows = [
                ("events --actor PRK (100 rows)", lambda: store.events(EventFilter(actor="PRK"))),
                ("events --actor SRB --target XKX", lambda: store.events(EventFilter(actor="SRB", target="XKX"))),
                ("events --mentions --actor PRK", lambda: store.events(EventFilter(actor="PRK"), mentions=True)),
                ("timeline PRK KOR", lambda: store.timeline("PRK", "KOR")),
                ("timeline PRK (by month)", lambda: store.timeline("PRK", by="month")),
            ]  # fmt: skip
            print(f"{'query':<36}{'median ms':>10}{'p95 ms':>10}")
            for name, call in rows:
                median, p95 = latency(call, args.repeats)
                print(f"{name:<36}{median:>10.1f}{p95:>10.1f}")
        print("target: median under 100 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
