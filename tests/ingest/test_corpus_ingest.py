"""Ingesting into the store: folders, archives, feeds over HTTP, and every way input goes bad.

The HTTP tests run against a real server on localhost that serves a feed, pages, and
misbehaving URLs (a redirect loop, a 500, a 30 MB body, one that hangs); the fault tests
kill a real ``wirewatch ingest`` process with SIGKILL and run two at once on one file.
"""

from __future__ import annotations

import gzip
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.archives import write_warc
from wirewatch.errors import FetchError, InputTooLargeError
from wirewatch.ingest.fetch import Fetcher
from wirewatch.ingest.runner import ingest
from wirewatch.ingest.sources import expand
from wirewatch.settings import Settings
from wirewatch.store import EventFilter, Store

DATA = Path(__file__).parents[1] / "data"
HTML = DATA / "html"
REPORTS = DATA / "corpus" / "reports.jsonl"
WIREWATCH = [sys.executable, "-m", "wirewatch"]


def run_ingest(sources: list[str], db: Path, **settings: object) -> tuple[object, Store]:
    chosen = Settings.load(environ={}, db=str(db), fetch_delay=0, **settings)
    store = Store.open(chosen.db)
    fetcher = Fetcher(chosen, allow_private=True)
    try:
        report = ingest(expand(sources, fetcher, max_bytes=chosen.max_input_bytes), store, chosen)
    finally:
        fetcher.close()
    return report, store


def test_a_folder_and_a_jsonl_file_are_stored_and_a_rerun_skips_them(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    report, store = run_ingest([str(HTML), str(REPORTS)], db)
    assert (report.stored, report.failed) == (11, 2)  # 7 pages, 4 reports; 2 broken lines
    failed = {row["key"]: row["error"] for row in store.errors()}
    assert set(failed) == {f"{REPORTS}:5", f"{REPORTS}:6"}
    assert "not a JSON object" in failed[f"{REPORTS}:5"]
    store.close()
    again, store = run_ingest([str(HTML), str(REPORTS)], db)
    assert (again.stored, again.skipped) == (0, 13)
    assert store.counts()["articles"] == 11
    store.close()


def test_a_web_archive_and_a_truncated_one(tmp_path: Path) -> None:
    pages = [
        (f"https://news.example/{p.stem}", gzip.decompress(p.read_bytes()))
        for p in sorted(HTML.glob("*.html.gz"))[:3]
    ]
    write_warc(tmp_path / "crawl.warc.gz", pages)
    write_warc(tmp_path / "cut.warc.gz", pages, keep=0.6)  # cut inside the second page
    report, store = run_ingest(
        [str(tmp_path / "crawl.warc.gz"), str(tmp_path / "cut.warc.gz")], tmp_path / "c.db"
    )
    sources = [row["source"] for row in store.backend.query("SELECT source FROM articles")]
    assert len(sources) == 3 and all("crawl.warc.gz#<urn:uuid:" in key for key in sources)
    assert report.failed == 1 and "cut.warc.gz" in store.errors()[0]["key"]
    store.close()


class _Site(BaseHTTPRequestHandler):
    """A small news site with a feed, and URLs that misbehave on purpose."""

    pages: dict[str, bytes] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        host = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path == "/feed.xml":
            items = "".join(
                f"<item><title>{name}</title><link>{host}/news/{name}</link>"
                "<pubDate>Tue, 27 Dec 2022 09:00:00 GMT</pubDate></item>"
                for name in sorted(self.pages)
            )
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            etag = f'"{len(rss)}-{len(self.pages)}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(rss.encode())))
            self.end_headers()
            self.wfile.write(rss.encode())
        elif self.path == "/broken-feed.xml":
            self._send(
                200, b'<?xml version="1.0"?><rss><channel><item><link>', "application/rss+xml"
            )
        elif self.path.startswith("/news/") and self.path[6:] in self.pages:
            self._send(200, self.pages[self.path[6:]], "text/html; charset=utf-8")
        elif self.path == "/private/secret":
            self._send(200, b"<p>secret</p>", "text/html")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/error":
            self._send(500, b"oops", "text/plain")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the size shows only while reading
            try:
                for _ in range(3000):
                    self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/hang":
            time.sleep(5)
            self._send(200, b"late", "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    _Site.pages = {
        p.name.removesuffix(".html.gz"): gzip.decompress(p.read_bytes())
        for p in sorted(HTML.glob("*.html.gz"))[:3]
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_is_ingested_and_polling_again_adds_only_new_items(
    site: str, tmp_path: Path
) -> None:
    db = tmp_path / "feed.db"
    report, store = run_ingest([f"{site}/feed.xml"], db)
    assert report.stored == 3
    published = {row["published"] for row in store.backend.query("SELECT published FROM articles")}
    assert published == {"2022-12-27T09:00:00+00:00"}  # the feed's date for each item
    store.close()
    again, store = run_ingest([f"{site}/feed.xml"], db)
    assert (again.stored, again.skipped) == (0, 3)
    store.close()


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/loop", "redirects"),
        ("/error", "HTTP 500"),
        ("/huge", "input limit"),
        ("/hang", "timed out"),
        ("/private/secret", "robots.txt"),
        ("/broken-feed.xml", "not a readable RSS or Atom feed"),
    ],
)
def test_a_bad_url_is_one_logged_error(site: str, tmp_path: Path, path: str, problem: str) -> None:
    started = time.monotonic()
    report, store = run_ingest(
        [f"{site}{path}"], tmp_path / "bad.db", fetch_timeout=1.0, max_input_bytes=2_000_000
    )
    assert report.failed == 1 and report.stored == 0
    assert problem in store.errors()[0]["error"]
    assert time.monotonic() - started < 20
    store.close()


def test_private_addresses_are_refused_unless_allowed(site: str) -> None:
    fetcher = Fetcher(Settings.load(environ={}, fetch_delay=0))
    with pytest.raises(FetchError, match="private, loopback or reserved"):
        fetcher.get(f"{site}/feed.xml")
    for url in ("file:///etc/passwd", "ftp://example.org/x", "http://169.254.169.254/latest/"):
        with pytest.raises(FetchError):
            fetcher.get(url)
    fetcher.close()
    allowed = Fetcher(Settings.load(environ={}, fetch_delay=0), allow_private=True)
    assert allowed.get(f"{site}/feed.xml").content.startswith(b"<?xml")
    with pytest.raises(InputTooLargeError):
        allowed.get(f"{site}/huge", max_bytes=100_000)
    allowed.close()


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=10) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _corpus(folder: Path) -> int:
    """Twelve distinct articles as files: the seven pages, the four reports, the example."""
    folder.mkdir()
    for page in HTML.glob("*.html.gz"):
        (folder / page.name).write_bytes(page.read_bytes())
    for number, line in enumerate(REPORTS.read_text(encoding="utf-8").splitlines()[:4]):
        (folder / f"report-{number}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    (folder / "kim.txt").write_bytes((DATA / "kim-military-goals-2022.txt").read_bytes())
    return 12


def test_killed_mid_batch_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "corpus.db"
    total = _corpus(folder)
    command = [*WIREWATCH, "ingest", str(folder), "--db", str(db), "--quiet", "--batch-size", "2"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(db) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < _stored(db) < total, "the kill should land mid-batch"
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == total
        logged = connection.execute(
            "SELECT COUNT(*) FROM ingest_log WHERE status = 'stored'"
        ).fetchone()[0]
        assert logged == total
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_ingests_into_one_file_both_finish(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "corpus.db"
    total = _corpus(folder)
    files = sorted(folder.iterdir())
    halves = [files[::2], files[1::2]]
    processes = [
        subprocess.Popen(
            [*WIREWATCH, "ingest", *map(str, half), "--db", str(db), "--quiet"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    for process in processes:
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors
    assert _stored(db) == total


def test_a_full_disk_stops_the_run_clearly_and_keeps_what_was_written(tmp_path: Path) -> None:
    from wirewatch.errors import StoreFullError

    db = tmp_path / "small.db"
    report, store = run_ingest([str(REPORTS)], db)
    before = store.counts()
    pages = store.backend.query("PRAGMA page_count")[0]["page_count"]
    store.backend.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up now
    fetcher = Fetcher(Settings.load(environ={}))
    with pytest.raises(StoreFullError, match="disk is full"):
        ingest(expand([str(HTML)], fetcher, max_bytes=10_000_000), store, Settings.load(environ={}))
    assert store.counts() == before  # nothing half-written
    store.close()


def test_the_cli_answers_the_timeline_after_an_ingest(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    subprocess.run([*WIREWATCH, "ingest", str(REPORTS), "--db", db, "--quiet"], check=False)
    result = subprocess.run(
        [*WIREWATCH, "timeline", "PRK", "KOR", "--db", db, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    days = json.loads(result.stdout)
    assert any(day["period"] == "2022-12-26" and day["quad4"] >= 1 for day in days)
    events = subprocess.run(
        [*WIREWATCH, "events", "--actor", "KOR", "--target", "PRK", "--db", db, "--format", "csv"],
        capture_output=True,
        text=True,
        check=True,
    )
    header, *rows = events.stdout.strip().splitlines()
    assert header.startswith("date,type,actor_country") and rows
    with Store.open(db) as store:
        assert len(rows) == len(store.events(EventFilter(actor="KOR", target="PRK")))


def test_a_file_that_disappears_mid_ingest_is_one_logged_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _corpus(folder)
    settings = Settings.load(environ={}, db=str(tmp_path / "c.db"))
    fetcher = Fetcher(settings)
    items = list(expand([str(folder)], fetcher, max_bytes=settings.max_input_bytes))
    gone = folder / "kim.txt"
    gone.unlink()  # listed, then deleted before it is read
    with Store.open(settings.db) as store:
        report = ingest(items, store, settings)
        assert (report.stored, report.failed) == (11, 1)
        assert store.errors()[0]["key"] == str(gone)
        assert "no such file" in store.errors()[0]["error"]


def test_watch_polls_a_feed_and_stores_each_item_once(site: str, tmp_path: Path) -> None:
    db = tmp_path / "watch.db"
    command = [*WIREWATCH, "watch", f"{site}/feed.xml", "--db", str(db), "--rounds", "2"]
    result = subprocess.run(
        [*command, "--every", "0.2s", "--allow-private"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    polls = [line for line in result.stderr.splitlines() if "stored" in line]
    assert polls[0].startswith("3 stored") and polls[1].startswith("0 stored")
    assert _stored(db) == 3


def test_the_same_commands_work_on_a_postgresql_store(postgres_url: str) -> None:
    ingest_run = subprocess.run(
        [*WIREWATCH, "ingest", str(REPORTS), "--db", postgres_url, "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ingest_run.returncode == 1  # the two broken lines are reported
    assert ingest_run.stderr.count("error:") == 2
    result = subprocess.run(
        [*WIREWATCH, "timeline", "PRK", "KOR", "--db", postgres_url, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert any(day["period"] == "2022-12-26" for day in json.loads(result.stdout))
    with Store.open(postgres_url) as store:
        assert store.counts()["articles"] == 4 and len(store.errors()) == 2


def test_a_bug_met_storing_one_article_is_logged_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirewatch.store.store import _nearby_days

    assert _nearby_days("9999-12-31") == ["9999-12-31"]  # the overflow the corpus bench met
    settings = Settings.load(environ={}, db=str(tmp_path / "c.db"))
    with Store.open(settings.db) as store:
        real_add = store.add

        def add(analysis: object, key: str) -> object:
            if key.endswith(":2"):
                raise OverflowError("date value out of range")
            return real_add(analysis, key)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "add", add)
        items = expand([str(REPORTS)], Fetcher(settings), max_bytes=settings.max_input_bytes)
        report = ingest(items, store, settings)
        assert (report.stored, report.failed) == (3, 3)
        bug = next(row for row in store.errors() if row["key"].endswith(":2"))
        assert bug["error_code"] == "W900" and "OverflowError" in bug["error"]


def test_a_feed_with_nothing_new_answers_304_to_the_next_poll(site: str) -> None:
    fetcher = Fetcher(Settings.load(environ={}, fetch_delay=0), allow_private=True)
    first = fetcher.get(f"{site}/feed.xml", conditional=True)
    again = fetcher.get(f"{site}/feed.xml", conditional=True)
    fetcher.close()
    assert first.content and not first.not_modified
    assert again.not_modified and again.content == b""


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("64:ff9b::808:808", True),  # NAT64 of a public address
        ("10.0.0.1", False),
        ("127.0.0.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("::1", False),
        ("::ffff:10.0.0.1", False),  # IPv4-mapped
        ("64:ff9b::a00:1", False),  # NAT64 of 10.0.0.1
        ("64:ff9b:1::a00:1", False),  # local-use NAT64
        ("2002:a00:1::", False),  # 6to4 of 10.0.0.1
        ("::10.0.0.1", False),  # IPv4-compatible
        ("::7f00:1", False),  # IPv4-compatible 127.0.0.1
        ("fec0::1", False),  # site-local
        ("fe80::1", False),  # link-local
        ("fc00::1", False),  # unique local
        ("ff02::1", False),  # multicast
    ],
)
def test_addresses_that_reach_private_space_are_refused(address: str, public: bool) -> None:
    import ipaddress

    from wirewatch.ingest.fetch import is_public_address

    assert is_public_address(ipaddress.ip_address(address)) is public


def test_a_page_without_a_body_is_a_logged_failure_never_an_empty_record(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    furniture = (
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    (folder / "menu.html").write_text(furniture, encoding="utf-8")
    (folder / "menu-again.html").write_text(furniture.replace("Home", "Start"), encoding="utf-8")
    (folder / "story.txt").write_text(
        "Police arrested 45 protesters in Lagos on Monday after a march against fuel prices "
        "turned violent, officials said.\n\nThe protesters had gathered outside the state "
        "assembly in the morning, and police fired tear gas to disperse them by noon.\n",
        encoding="utf-8",
    )
    report, store = run_ingest([str(folder)], tmp_path / "corpus.db")
    assert (report.stored, report.failed, report.duplicates) == (1, 2, 0)
    errors = {Path(row["key"]).name: row for row in store.errors()}
    assert set(errors) == {"menu.html", "menu-again.html"}
    assert all(row["error_code"] == "W105" for row in errors.values())
    assert store.counts()["articles"] == 1
    assert not store.backend.query("SELECT 1 FROM articles WHERE text = ''")
    store.close()


def test_the_same_files_named_another_way_are_not_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "story.txt").write_text(
        "Police arrested 45 protesters in Lagos on Monday after a march against fuel prices "
        "turned violent, officials said.\n\nThe protesters had gathered outside the state "
        "assembly in the morning, and police fired tear gas to disperse them by noon.\n",
        encoding="utf-8",
    )
    db = tmp_path / "corpus.db"
    first, store = run_ingest([str(folder)], db)
    store.close()
    monkeypatch.chdir(tmp_path)
    again, store = run_ingest(["x/"], db)
    assert (first.stored, again.stored, again.skipped) == (1, 0, 1)
    store.close()
