"""The web workspace under load: requests per second and latency percentiles on a store of
10,000 articles, beside datasette serving the same SQLite file.

What it measures, in one run:

* the store: ``--articles`` (default 10,000) articles made from the 181 real pages of
  ``../shared/bench/article-extraction`` (each page analysed once, then stored again and
  again under a new id, URL, outlet and a publication date spread over two years, its
  events' dates moved with it), built once and kept in ``build/bench-api/``;
* the load: ``wirewatch serve`` (one uvicorn process, as a user starts it) and
  ``datasette serve`` on the same file, each in its own process; a bounded load
  generator on localhost (``--clients`` threads, default 4, each with a keep-alive HTTP
  connection, for ``--seconds`` per endpoint, at most ``--max-requests``) asks for:

  - ``/api/v1/events?actor=A`` (100 real-world events of one of the 20 busiest actors,
    each with its best mention, counts of mentions and sources),
  - ``/api/v1/events?actor=A&target=B`` (a busy pair),
  - ``/articles/ID`` (the article page: highlights, events, reviews, same story),
  - ``/timeline?actor=A`` (the timeline page with its SVG chart, per week and per day
    with the bands of coarsely dated events and the breakdowns),
  - ``/events?actor=A`` and ``/events?page=N`` (the events page: 50 events with their
    tellings, the total and the facets), ``/events.csv`` (its download),
  - ``/matrix`` (the country-pair matrix) and ``/api/v1/facets?actor=A``,
  - ``/actors/A`` (events as actor and target, counterparts, quotes of its speakers),
  - ``/search?q=W&country=A`` (full text filtered to articles naming a country),
  - datasette ``/corpus/events.json?actor_country=A&_size=100`` (the raw mention rows, no
    merging, no ranking) and ``/corpus/articles/ID`` (one row's page), the generic peer.

Figures are printed, not asserted. The load generator shares the machine's two cores
with the server, so the figures are a floor for a server with a machine to itself.

Run: ``.venv/bin/python bench/api.py [--articles 10000] [--seconds 10] [--clients 4]``
(datasette from ``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import hashlib
import random
import shutil
import socket
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

print = functools.partial(print, flush=True)  # noqa: A001 - figures appear as they come
ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "article-extraction" / "html"
WORK = ROOT / "build" / "bench-api"
BIN = ROOT / ".venv" / "bin"
WORDS = ["president", "police", "government", "minister", "election", "attack", "court"]


def build_store(db: Path, articles: int, seed: int = 11) -> None:
    """Analyse the real pages once, then store ``articles`` dated copies of them."""
    import wirewatch
    from wirewatch.model import RawDocument
    from wirewatch.store import Store

    rng = random.Random(seed)
    documents = [
        RawDocument(content=gzip.decompress(path.read_bytes()), source=path.name)
        for path in sorted(PAGES.glob("*.html.gz"))
    ]
    started = time.perf_counter()
    analyses = list(wirewatch.analyze_many(documents, errors="skip"))
    print(f"analysed {len(analyses)} pages in {time.perf_counter() - started:.0f} s")
    base = dt.date(2023, 1, 1)
    started = time.perf_counter()
    with Store.open(str(db)) as store:
        for number in range(articles):
            original = analyses[number % len(analyses)]
            day = base + dt.timedelta(days=rng.randrange(730))
            store.add(_dated_copy(original, number, day), f"synthetic:{number}")
            if number % 1000 == 999:
                rate = (number + 1) / (time.perf_counter() - started)
                print(f"  stored {number + 1:,} ({rate:.0f}/s)")


def _dated_copy(original: object, number: int, day: dt.date) -> object:
    """The analysis as if another outlet had published it on ``day``: new id, URL, date;
    events dated to the day move with the publication."""
    from wirewatch.model import Analysis

    assert isinstance(original, Analysis)
    article = original.article
    published = article.published[:10] if article.published else None
    shift = (day - dt.date.fromisoformat(published)) if _is_day(published) else None
    events = []
    for event in original.events:
        date = event.date
        if shift is not None and _is_day(date):
            with contextlib.suppress(OverflowError):  # a page's odd year 9999
                date = (dt.date.fromisoformat(date[:10]) + shift).isoformat()  # type: ignore[index]
        events.append(event.model_copy(update={"date": date}))
    new_id = hashlib.sha256(f"{article.id}:{number}".encode()).hexdigest()[:16]
    copy = article.model_copy(
        update={
            "id": new_id,
            "url": f"https://outlet{number % 37}.example/news/{number}",
            "published": f"{day.isoformat()}T08:00:00+00:00",
        }
    )
    return original.model_copy(update={"article": copy, "events": events})


def _is_day(value: str | None) -> bool:
    try:
        return value is not None and len(value) >= 10 and bool(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(command: list[str], url: str) -> subprocess.Popen[bytes]:
    """Start a server process and wait until ``url`` answers."""
    import httpx

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"server did not start: {' '.join(command)}")


def load(
    base: str, paths: Callable[[random.Random], str], seconds: float, clients: int, cap: int
) -> dict[str, float]:
    """``clients`` threads asking for ``paths(rng)`` for ``seconds``; latencies in ms."""
    import httpx

    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[float] = []
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.perf_counter() < stop_at and len(mine) < cap // clients:
                path = paths(rng)
                began = time.perf_counter()
                answer = http.get(path)
                mine.append((time.perf_counter() - began) * 1000)
                if answer.status_code != 200:
                    with lock:
                        failures[0] += 1
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {
        "requests": len(ordered),
        "rps": len(ordered) / elapsed,
        "p50": statistics.median(ordered),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "failed": failures[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from wirewatch.store import Store

    WORK.mkdir(parents=True, exist_ok=True)
    db = WORK / f"corpus-{args.articles}.db"
    if args.rebuild or not db.exists():
        for stale in WORK.glob(f"corpus-{args.articles}.db*"):
            stale.unlink()
        build_store(db, args.articles)
    with Store.open(str(db)) as store:
        counts = store.counts()
        actors = [
            row["actor_country"]
            for row in store.backend.query(
                "SELECT actor_country, COUNT(*) AS n FROM story_events WHERE actor_country "
                "IS NOT NULL GROUP BY actor_country ORDER BY n DESC LIMIT 20"
            )
        ]
        pairs = [
            (row["actor_country"], row["target_country"])
            for row in store.backend.query(
                "SELECT actor_country, target_country, COUNT(*) AS n FROM story_events "
                "WHERE actor_country IS NOT NULL AND target_country IS NOT NULL "
                "GROUP BY 1, 2 ORDER BY n DESC LIMIT 20"
            )
        ]
        ids = [row["id"] for row in store.backend.query("SELECT id FROM articles")]
    print(
        f"store: {counts['articles']:,} articles, {counts['story_events']:,} events, "
        f"{counts['events']:,} mentions ({db.stat().st_size / 1e6:.0f} MB)"
    )
    # datasette refuses a file another process holds in WAL mode only when writing; a copy
    # keeps the two servers from sharing a page cache advantage
    peer_db = WORK / "corpus.db"
    shutil.copy(db, peer_db)

    ours_port, peer_port = free_port(), free_port()
    ours = start(
        [str(BIN / "wirewatch"), "serve", "--db", str(db), "--port", str(ours_port)],
        f"http://127.0.0.1:{ours_port}/api/v1/articles?limit=1",
    )
    peer = None
    if (BIN / "datasette").exists():
        peer = start(
            [str(BIN / "datasette"), "serve", "-i", str(peer_db), "--port", str(peer_port),
             "--setting", "sql_time_limit_ms", "10000"],
            f"http://127.0.0.1:{peer_port}/corpus.json",
        )  # fmt: skip
    try:
        ours_url, peer_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{peer_port}"
        runs: list[tuple[str, str, Callable[[random.Random], str]]] = [
            ("wirewatch", "GET /api/v1/events?actor=A&limit=100",
             lambda r: f"/api/v1/events?actor={r.choice(actors)}&limit=100"),
            ("wirewatch", "GET /api/v1/events?actor=A&target=B",
             lambda r: "/api/v1/events?actor={}&target={}".format(*r.choice(pairs))),
            ("wirewatch", "GET /articles/ID (page)", lambda r: f"/articles/{r.choice(ids)}"),
            ("wirewatch", "GET /api/v1/articles/ID", lambda r: f"/api/v1/articles/{r.choice(ids)}"),
            ("wirewatch", "GET /timeline?actor=A (page)",
             lambda r: f"/timeline?actor={r.choice(actors)}&by=week"),
            ("wirewatch", "GET /timeline?actor=A&by=day (page, bands)",
             lambda r: f"/timeline?actor={r.choice(actors)}"),
            ("wirewatch", "GET /events?actor=A (page: facets, 50)",
             lambda r: f"/events?actor={r.choice(actors)}&happened=1"),
            ("wirewatch", "GET /events?page=N (page, whole corpus)",
             lambda r: f"/events?page={r.randint(1, 40)}"),
            ("wirewatch", "GET /events.csv?actor=A (download)",
             lambda r: f"/events.csv?actor={r.choice(actors)}"),
            ("wirewatch", "GET /matrix (page)", lambda r: "/matrix" + r.choice(["", "?happened=1"])),
            ("wirewatch", "GET /api/v1/facets?actor=A",
             lambda r: f"/api/v1/facets?actor={r.choice(actors)}"),
            ("wirewatch", "GET /actors/A (page)", lambda r: f"/actors/{r.choice(actors)}"),
            ("wirewatch", "GET /search?q=W&country=A (page)",
             lambda r: f"/search?q={r.choice(WORDS)}&country={r.choice(actors)}"),
        ]  # fmt: skip
        if peer is not None:
            runs += [
                ("datasette", "GET /corpus/events.json?actor_country=A&_size=100",
                 lambda r: f"/corpus/events.json?actor_country={r.choice(actors)}&_size=100"),
                ("datasette", "GET /corpus/articles/ID (row page)",
                 lambda r: f"/corpus/articles/{r.choice(ids)}"),
            ]  # fmt: skip
        else:
            print("datasette not installed (pip install -e '.[bench]'): peer rows left out")
        print(
            f"\nload: {args.clients} clients, {args.seconds:.0f} s per endpoint, keep-alive, "
            "localhost, one server process each\n"
        )
        print(f"{'server':<10} {'request':<52} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'n':>6} {'failed':>6}")  # fmt: skip
        for server, label, paths in runs:
            base = ours_url if server == "wirewatch" else peer_url
            load(base, paths, 1.0, args.clients, 200)  # warm-up
            figures = load(base, paths, args.seconds, args.clients, args.max_requests)
            print(
                f"{server:<10} {label:<52} {figures['rps']:>7.1f} {figures['p50']:>8.1f} "
                f"{figures['p95']:>8.1f} {figures['p99']:>8.1f} {figures['requests']:>6.0f} "
                f"{figures['failed']:>6.0f}"
            )
    finally:
        for process in (ours, peer):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
