"""A live ``wirewatch serve`` application on localhost over a store of real articles: the
example article, the corpus fixture's reports, and two hostile articles; with a reviewer,
a viewer and an admin.  Shared by the security, API and browser tests of this folder."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import wirewatch
from wirewatch.model import RelatedLink
from wirewatch.settings import Settings
from wirewatch.store import Store
from wirewatch.store.accounts import Accounts

pytest.importorskip("fastapi")

DATA = Path(__file__).parents[1] / "data"
PASSWORDS = {"ana": "reviewer-passphrase", "vic": "viewer-passphrase", "root": "admin-passphrase"}
ROLES = {"ana": "reviewer", "vic": "viewer", "root": "admin"}


@dataclass(frozen=True)
class Site:
    url: str  # http://127.0.0.1:PORT
    db: str
    example_id: str
    hostile_text_id: str
    hostile_page_id: str


def start_server(app: object) -> tuple[object, threading.Thread, int]:
    """Run an ASGI app with uvicorn on a free localhost port, in a thread."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if not server.started:
        raise RuntimeError("the test server did not start in 30 s")
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, port


def add_reports(store: Store) -> None:
    """The corpus fixture's readable reports, as `wirewatch ingest` keys them."""
    lines = (DATA / "corpus" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record.get("text"):
            analysis = wirewatch.analyze(
                record["text"], url=record["url"], published=record["published"], clean=False
            )
            store.add(analysis, f"reports.jsonl:{number + 1}")


def _hostile_articles() -> list[tuple[wirewatch.Analysis, str]]:
    text = wirewatch.analyze(
        (DATA / "web" / "hostile-text.txt").read_text(encoding="utf-8"),
        url="javascript:window.__xss=6//",
        published="2024-03-04T10:00:00+00:00",
        clean=False,  # the text is the body as it is: tags and all, shown as text
    )
    page = wirewatch.analyze(
        (DATA / "web" / "hostile-page.html").read_text(encoding="utf-8"),
        url="https://hostile.example/mali",
        published="2024-03-05T10:00:00+00:00",
    )
    hostile_links = [
        RelatedLink(title="Mali's long war <script>window.__xss=18</script>",
                    url="javascript:window.__xss=19"),
        RelatedLink(title="Kidal profile", url=" JaVaScRiPt:window.__xss=20"),
        RelatedLink(title="A real link", url="https://hostile.example/kidal"),
    ]  # fmt: skip
    page = page.model_copy(
        update={"article": page.article.model_copy(update={"related": hostile_links})}
    )
    return [(text, "hostile-text.txt"), (page, "hostile-page.html")]


@pytest.fixture(scope="session")
def site(
    tmp_path_factory: pytest.TempPathFactory, example_analysis: wirewatch.Analysis
) -> Iterator[Site]:
    from wirewatch.web.app import create_app

    db = str(tmp_path_factory.mktemp("workspace") / "corpus.db")
    hostile = _hostile_articles()
    with Store.open(db) as store:
        store.add(example_analysis, "kim-military-goals-2022.txt")
        add_reports(store)
        for analysis, key in hostile:
            store.add(analysis, key)
        accounts = Accounts(store.backend)
        for name, password in PASSWORDS.items():
            accounts.add(name, password, ROLES[name])
    settings = Settings.load(environ={}, db=db, max_input_bytes=200_000)
    server, thread, port = start_server(create_app(settings))
    yield Site(
        f"http://127.0.0.1:{port}",
        db,
        example_analysis.article.id,
        hostile[0][0].article.id,
        hostile[1][0].article.id,
    )
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)
