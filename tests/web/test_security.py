"""The workspace's defences, over HTTP against the live server: hostile article text shown
as text, headers that forbid scripts from anywhere else, logins, roles, CSRF tokens and
session cookies, and a shared server refused without an admin."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator

import pytest
from click.testing import CliRunner

from wirewatch.cli import main
from wirewatch.settings import Settings
from wirewatch.store import Store
from wirewatch.store.accounts import Accounts

from .conftest import PASSWORDS, Site, start_server

httpx = pytest.importorskip("httpx")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


Clients = Callable[[], "httpx.Client"]


@pytest.fixture
def clients(site: Site) -> Iterator[Clients]:
    """Makes HTTP clients with their own cookies (browsers, in effect), closed after the test."""
    made: list[httpx.Client] = []

    def new() -> httpx.Client:
        made.append(httpx.Client(base_url=site.url, timeout=30))
        return made[-1]

    yield new
    for client in made:
        client.close()


def log_in(clients: Clients, name: str, password: str | None = None) -> httpx.Client:
    client = clients()
    token = CSRF.search(client.get("/login").text)
    assert token
    answer = client.post(
        "/login",
        data={"name": name, "password": password or PASSWORDS[name], "csrf": token.group(1)},
    )
    assert answer.status_code == 303, answer.text[:300]
    return client


def page_token(client: httpx.Client, path: str) -> str:
    found = CSRF.search(client.get(path).text)
    assert found
    return found.group(1)


def warning_shots(site: Site) -> tuple[str, str]:
    """(article id, event id) of the example's warning shots at the drones."""
    events = httpx.get(
        f"{site.url}/api/v1/events",
        params={"actor": "KOR", "type": "MOBILIZE", "mentions": "true"},
    ).json()["items"]
    mine = [e for e in events if e["article_id"] == site.example_id and e["trigger"] == "fired"]
    assert mine
    return mine[0]["article_id"], mine[0]["event_id"]


@pytest.mark.parametrize("path", ["/", "/timeline?actor=PRK", "/search?q=drones", "/actors/PRK"])
def test_every_page_forbids_scripts_from_anywhere_else(site: Site, path: str) -> None:
    answer = httpx.get(site.url + path)
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert "cdn" not in answer.text.lower()  # nothing is loaded from another site


@pytest.mark.parametrize("which", ["hostile_text_id", "hostile_page_id"])
def test_hostile_article_text_is_shown_as_text(site: Site, which: str) -> None:
    html = httpx.get(f"{site.url}/articles/{getattr(site, which)}").text
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/wirewatch.js" defer>']
    assert "window.__xss" in html  # the hostile text is there, escaped
    assert "&lt;script&gt;" in html or "&lt;img" in html
    assert not re.search(r"""<[^>]+\son\w+\s*=""", html)  # no event handler attribute
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    if which == "hostile_page_id":
        assert 'href="https://hostile.example/kidal"' in html  # a real link stays a link
        assert "Kidal profile" in html  # the javascript: one is shown as text


def test_session_cookies_are_http_only_and_same_site_strict(site: Site, clients: Clients) -> None:
    client = clients()
    token = page_token(client, "/login")
    answer = client.post(
        "/login", data={"name": "vic", "password": PASSWORDS["vic"], "csrf": token}
    )
    header = answer.headers["set-cookie"].lower()
    assert header.startswith("wirewatch_session=")
    assert "httponly" in header and "samesite=strict" in header
    assert "; secure" not in header  # plain http on this machine
    assert 'class="user">vic <small>(viewer)</small>' in client.get("/").text


def test_a_shared_server_sends_cookies_over_https_only_and_asks_a_login_to_analyse(
    site: Site,
) -> None:
    from wirewatch.web.app import create_app

    app = create_app(Settings.load(environ={}, db=site.db), secure_cookies=True)
    server, thread, port = start_server(app)
    try:
        header = httpx.get(f"http://127.0.0.1:{port}/login").headers["set-cookie"]
        analyze = f"http://127.0.0.1:{port}/api/v1/analyze"
        body = {"text": "Seoul fired warning shots on Monday.", "clean": False}
        assert httpx.post(analyze, json=body).status_code == 401  # costly: needs a login
        viewer = httpx.post(analyze, json=body, auth=("vic", PASSWORDS["vic"]), timeout=60)
        assert viewer.status_code == 200 and viewer.json()["events"]
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)
    assert "; secure" in header.lower() and "httponly" in header.lower()


def test_a_review_needs_a_reviewer_and_the_form_token(site: Site, clients: Clients) -> None:
    article_id, event_id = warning_shots(site)
    path = f"/articles/{article_id}/events/{event_id}/review"
    form = {"verdict": "confirmed"}
    anonymous = clients()
    token = page_token(anonymous, "/login")
    assert anonymous.post(path, data=form | {"csrf": token}).status_code == 401
    viewer = log_in(clients, "vic")
    token = page_token(viewer, f"/articles/{article_id}")
    assert viewer.post(path, data=form | {"csrf": token}).status_code == 403
    reviewer = log_in(clients, "ana")
    assert reviewer.post(path, data=form).status_code == 403  # no token
    assert reviewer.post(path, data=form | {"csrf": "forged"}).status_code == 403
    token = page_token(reviewer, f"/articles/{article_id}")
    cross_site = reviewer.post(
        path, data=form | {"csrf": token}, headers={"origin": "https://evil.example"}
    )
    assert cross_site.status_code == 403
    with Store.open(site.db) as store:
        before = store.backend.query("SELECT COUNT(*) AS n FROM reviews")[0]["n"]
    done = reviewer.post(path, data=form | {"csrf": token, "note": "two outlets agree"})
    assert done.status_code == 303
    assert done.headers["location"].endswith(f"#event-{event_id}")
    with Store.open(site.db) as store:
        rows = store.backend.query("SELECT * FROM reviews ORDER BY id DESC")
    assert len(rows) == before + 1
    assert (rows[0]["verdict"], rows[0]["reviewer"], rows[0]["note"]) == (
        "confirmed",
        "ana",
        "two outlets agree",
    )


def test_the_api_takes_reviews_from_reviewers_only(site: Site, clients: Clients) -> None:
    article_id, event_id = warning_shots(site)
    url = f"{site.url}/api/v1/events/{article_id}/{event_id}/reviews"
    body = {"verdict": "wrong", "type": "ASSAULT", "note": "shots were fired"}

    def basic(name: str, password: str) -> dict[str, str]:
        return {
            "authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()
        }

    assert httpx.post(url, json=body).status_code == 401
    assert httpx.post(url, json=body, headers=basic("vic", PASSWORDS["vic"])).status_code == 403
    wrong = httpx.post(url, json=body, headers=basic("ana", "not her password"))
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "W501"
    bad = httpx.post(url, json={"verdict": "wrong"}, headers=basic("ana", PASSWORDS["ana"]))
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "W502"
    made = httpx.post(url, json=body, headers=basic("ana", PASSWORDS["ana"]))
    assert made.status_code == 201
    assert (made.json()["type"], made.json()["reviewer"]) == ("ASSAULT", "ana")
    session = log_in(clients, "ana")
    assert session.post(url, json=body).status_code == 403  # a cookie alone is not enough
    token = page_token(session, "/")
    assert session.post(url, json=body, headers={"x-csrf-token": token}).status_code == 201
    history = httpx.get(url).json()["items"]
    assert [h["reviewer"] for h in history[:2]] == ["ana", "ana"]


def test_wrong_passwords_lock_the_name_for_a_while(site: Site, clients: Clients) -> None:
    with Store.open(site.db) as store:
        Accounts(store.backend).add("lola", "lola-passphrase", "reviewer")
    client = clients()
    for _ in range(5):
        token = page_token(client, "/login")
        answer = client.post("/login", data={"name": "lola", "password": "guess", "csrf": token})
        assert answer.status_code == 401 and "wrong user name or password" in answer.text
    token = page_token(client, "/login")
    answer = client.post(
        "/login", data={"name": "lola", "password": "lola-passphrase", "csrf": token}
    )
    assert answer.status_code == 401 and "too many wrong passwords" in answer.text


def test_login_goes_back_only_to_pages_of_this_site(site: Site, clients: Clients) -> None:
    for target, expected in (("/timeline?actor=PRK", "/timeline?actor=PRK"),
                             ("//evil.example/", "/"), ("https://evil.example/", "/"),
                             ("/\\evil.example", "/")):  # fmt: skip
        client = clients()
        token = page_token(client, "/login")
        answer = client.post(
            "/login",
            data={"name": "vic", "password": PASSWORDS["vic"], "csrf": token, "next": target},
        )
        assert answer.headers["location"] == expected


def test_errors_are_pages_without_tracebacks(site: Site) -> None:
    missing = httpx.get(f"{site.url}/articles/ffffffffffffffff")
    assert missing.status_code == 404 and "no article" in missing.text
    assert "Traceback" not in missing.text
    bad = httpx.get(f"{site.url}/api/v1/timeline", params={"actor": "PRK", "by": "hour"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "W301"


def test_serving_beyond_this_machine_needs_an_admin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    refused = runner.invoke(main, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert refused.exit_code != 0 and "needs an admin user" in refused.output
    added = runner.invoke(
        main, ["users", "add", "root", "--role", "admin", "--password-stdin", "--db", db],
        input="a long admin passphrase\n",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    weak = runner.invoke(
        main, ["users", "add", "bo", "--password-stdin", "--db", db], input="short\n"
    )
    assert weak.exit_code != 0 and "at least 10" in weak.output
    listed = runner.invoke(main, ["users", "list", "--db", db, "--format", "json"])
    assert '"role": "admin"' in listed.output and "passphrase" not in listed.output
    with Store.open(db) as store:
        assert Accounts(store.backend).check("root", "a long admin passphrase").may("admin")


def test_storing_an_article_through_the_api_needs_a_reviewer(site: Site) -> None:
    url = f"{site.url}/api/v1/articles"
    article = {
        "text": "Chad closed its border with Sudan on Friday, the interior ministry said.",
        "url": "https://outlet-d.example/africa/chad-border?utm_source=feed",
        "published": "2024-05-04T09:00:00+00:00",
        "clean": False,
    }
    auth = ("ana", PASSWORDS["ana"])
    assert httpx.post(url, json=article).status_code == 401
    assert httpx.post(url, json=article, auth=("vic", PASSWORDS["vic"])).status_code == 403
    stored = httpx.post(url, json=article, auth=auth, timeout=60)
    assert stored.status_code == 201, stored.text
    assert stored.json()["status"] == "stored" and stored.json()["events"] >= 1
    again = httpx.post(
        url, json=article | {"url": "https://outlet-d.example/africa/chad-border"}, auth=auth
    )
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    article_id = stored.json()["article_id"]
    assert httpx.get(f"{url}/{article_id}").json()["article"]["url"].startswith("https://outlet-d")
    events = httpx.get(f"{site.url}/api/v1/events", params={"actor": "TCD"}).json()["items"]
    assert any(e["article_id"] == article_id for e in events)


def test_every_page_works_on_a_postgresql_store(
    postgres_url: str, example_analysis: object
) -> None:
    """The same pages and a review over the server database teams move to."""
    from wirewatch.web.app import create_app

    from .conftest import add_reports

    with Store.open(postgres_url) as store:
        store.add(example_analysis, "kim-military-goals-2022.txt")  # type: ignore[arg-type]
        add_reports(store)
        Accounts(store.backend).add("ana", PASSWORDS["ana"], "reviewer")
        article_id = store.search("Kim goals")[0]["id"]
    settings = Settings.load(environ={}, db=postgres_url)
    server, thread, port = start_server(create_app(settings))
    base = f"http://127.0.0.1:{port}"
    try:
        for path in ("/", f"/articles/{article_id}", "/timeline?actor=PRK&target=KOR&by=week",
                     "/events?actor=PRK&target=KOR&since=2022-12-26&until=2022-12-26",
                     "/actors/PRK", "/actors/Kim%20Jong-un", "/search?q=drones&country=PRK",
                     "/api/v1/docs"):  # fmt: skip
            answer = httpx.get(base + path, timeout=30)
            assert answer.status_code == 200, (path, answer.text[:300])
        assert (
            'data-period="2022-W52"'
            in httpx.get(f"{base}/timeline?actor=PRK&target=KOR&by=week").text
        )
        event = httpx.get(
            f"{base}/api/v1/events", params={"actor": "KOR", "mentions": "true"}
        ).json()["items"][0]
        url = f"{base}/api/v1/events/{event['article_id']}/{event['event_id']}/reviews"
        made = httpx.post(url, json={"verdict": "confirmed"}, auth=("ana", PASSWORDS["ana"]))
        assert made.status_code == 201 and httpx.get(url).json()["items"][0]["reviewer"] == "ana"
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def logged_in(client: httpx.Client) -> bool:
    return "Log out" in client.get("/").text


def test_a_session_that_ended_stays_ended(site: Site, clients: Clients) -> None:
    """Logout ends the session on the server: a copy of the cookie taken before is refused."""
    browser = log_in(clients, "vic")
    assert logged_in(browser)
    stolen = dict(browser.cookies)
    token = page_token(browser, "/")
    assert browser.post("/logout", data={"csrf": token}).status_code == 303
    assert not logged_in(browser)
    thief = clients()
    thief.cookies.update(stolen)
    assert not logged_in(thief)


def test_removing_or_re_adding_a_user_ends_all_their_sessions(site: Site, clients: Clients) -> None:
    with Store.open(site.db) as store:
        Accounts(store.backend).add("tmp-viewer", "first-passphrase", "viewer")
    first, second = (
        log_in(clients, "tmp-viewer", "first-passphrase"),
        log_in(clients, "tmp-viewer", "first-passphrase"),
    )
    kept = dict(first.cookies)
    with Store.open(site.db) as store:
        accounts = Accounts(store.backend)
        accounts.remove("tmp-viewer")
        accounts.add("tmp-viewer", "second-passphrase", "viewer")
    assert not logged_in(first) and not logged_in(second)
    replayed = clients()
    replayed.cookies.update(kept)
    assert not logged_in(replayed)
    assert logged_in(log_in(clients, "tmp-viewer", "second-passphrase"))
    with Store.open(site.db) as store:
        Accounts(store.backend).remove("tmp-viewer")


def test_the_store_keeps_only_a_hash_of_each_session_id(site: Site, clients: Clients) -> None:
    browser = log_in(clients, "ana")
    with Store.open(site.db) as store:
        hashes = {row["id_hash"] for row in store.backend.query("SELECT id_hash FROM sessions")}
    cookie = browser.cookies.get("wirewatch_session") or ""
    assert hashes and not any(h in cookie for h in hashes)


def _chunks(total: int, size: int = 16 * 1024) -> Iterator[bytes]:
    for _ in range(total // size):
        yield b"x" * size


def test_a_chunked_body_is_counted_as_it_streams_and_stopped(site: Site, clients: Clients) -> None:
    """No Content-Length: the body is counted as it arrives; an anonymous sender gets a
    form's worth before the 413, not the article limit, and the server goes on serving."""
    anonymous = clients()
    answer = anonymous.post(
        "/api/v1/articles",
        content=_chunks(512 * 1024),
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "W103"
    declared = anonymous.post(
        "/api/v1/articles", content=b"x" * (128 * 1024), headers={"content-type": "text/plain"}
    )
    assert declared.status_code == 413
    assert httpx.get(f"{site.url}/").status_code == 200


def test_a_logged_in_user_may_send_an_article_sized_body(site: Site, clients: Clients) -> None:
    body = b'{"text": 1, "padding": "' + b"x" * (200 * 1024) + b'"}'
    headers = {"content-type": "application/json"}
    assert clients().post("/api/v1/articles", content=body, headers=headers).status_code == 413
    reviewer = log_in(clients, "ana")
    headers["x-csrf-token"] = page_token(reviewer, "/")
    answer = reviewer.post("/api/v1/articles", content=body, headers=headers)
    assert answer.status_code in (400, 422)  # read, then refused for what it says


def test_nan_is_not_json_and_an_overlong_note_is_refused(site: Site, clients: Clients) -> None:
    article_id, event_id = warning_shots(site)
    reviewer = log_in(clients, "ana")
    headers = {"content-type": "application/json", "x-csrf-token": page_token(reviewer, "/")}
    url = f"/api/v1/events/{article_id}/{event_id}/reviews"
    nan = reviewer.post(
        url, content=b'{"verdict": "confirmed", "not_an_event": NaN}', headers=headers
    )
    assert nan.status_code == 400 and "NaN" in nan.json()["error"]["message"]
    long_note = reviewer.post(
        url, json={"verdict": "confirmed", "note": "x" * 5000}, headers=headers
    )
    assert long_note.status_code == 400 and "note" in long_note.json()["error"]["message"]
    with Store.open(site.db) as store:
        notes = [r["note"] or "" for r in store.backend.query("SELECT note FROM reviews")]
    assert all(len(note) <= 2000 for note in notes)


def test_an_unknown_code_is_not_a_country_page(site: Site) -> None:
    assert httpx.get(f"{site.url}/actors/ZZZ").status_code == 404
    assert httpx.get(f"{site.url}/actors/FRA").status_code == 200  # a country, no events yet
    assert httpx.get(f"{site.url}/actors/PRK").status_code == 200


def test_a_huge_page_number_is_a_clear_error_not_a_500(site: Site, clients: Clients) -> None:
    client = clients()
    answer = client.get("/?page=99999999999999999999")
    assert answer.status_code == 422
    assert client.get("/").status_code == 200  # the connection still serves


def test_an_article_in_another_language_says_why_it_has_no_events(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    import wirewatch
    from wirewatch.web.app import create_app

    german = (
        Path(__file__).parents[1] / "data" / "foreign" / "comwrap-dmexco-2018.de.txt"
    ).read_text(encoding="utf-8")
    db = str(tmp_path / "store.db")
    record = wirewatch.analyze(german)
    assert record.warnings and not record.events
    with Store.open(db) as store:
        store.add(record, "de.txt")
    server, thread, port = start_server(create_app(Settings.load(environ={}, db=db)))
    try:
        page = httpx.get(f"http://127.0.0.1:{port}/articles/{record.article.id}").text
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)
    assert "No events coded." in page and "the &#39;en&#39; annotators were skipped" in page
