"""The JSON API against a live uvicorn server on localhost, over a store of real reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wirewatch.settings import Settings
from wirewatch.store import Store

from .conftest import add_reports, start_server

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API over the four reports alone (the counts below are theirs)."""
    from wirewatch.web.app import create_app

    db = tmp_path_factory.mktemp("api") / "corpus.db"
    with Store.open(str(db)) as store:
        add_reports(store)
    settings = Settings.load(environ={}, db=str(db), max_input_bytes=200_000)
    server, thread, port = start_server(create_app(settings))
    yield f"http://127.0.0.1:{port}/api/v1"
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)


def get(url: str, **params: object) -> httpx.Response:
    return httpx.get(url, params=params, timeout=30)


def test_events_between_two_countries_with_their_sources(api: str) -> None:
    body = get(f"{api}/events", actor="KOR", target="PRK", type="MOBILIZE").json()
    assert len(body["items"]) == 1 and body["next_cursor"] is None
    event = body["items"][0]
    assert (event["date"], event["mentions"], event["sources"]) == ("2022-12-26", 3, 2)


def test_pages_follow_their_cursor_to_the_end(api: str) -> None:
    seen, cursor = [], None
    while True:
        params: dict[str, object] = {"limit": 2, "mentions": "true"}
        if cursor:
            params["cursor"] = cursor
        page = get(f"{api}/events", **params).json()
        seen += [(row["article_id"], row["event_id"]) for row in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    everything = get(f"{api}/events", mentions="true", limit=500).json()["items"]
    assert seen == [(row["article_id"], row["event_id"]) for row in everything]
    assert len(seen) == len(set(seen)) > 2


def test_timeline_search_entities_and_an_article(api: str) -> None:
    days = get(f"{api}/timeline", actor="PRK", target="KOR").json()["items"]
    assert any(day["period"] == "2022-12-26" and day["quad4"] >= 1 for day in days)
    hits = get(f"{api}/search", q="warning shots").json()["items"]
    assert hits and "warning shots" in hits[0]["snippet"]
    names = {row["name"] for row in get(f"{api}/entities", top=5).json()["items"]}
    assert "South Korea" in names
    first = get(f"{api}/articles", limit=1).json()
    assert first["next_cursor"] is not None
    record = get(f"{api}/articles/{first['items'][0]['id']}").json()
    assert record["schema"] == "wirewatch.analysis/1" and record["events"]


def test_analyze_without_storing(api: str) -> None:
    text = "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday."
    response = httpx.post(
        f"{api}/analyze",
        json={"text": text, "published": "2024-03-07", "clean": False},
        timeout=60,
    )
    assert response.status_code == 200
    event = response.json()["events"][0]
    assert (event["type"], event["actor"]["country"], event["date"]) == (
        "ASSAULT",
        "RUS",
        "2024-03-05",
    )
    assert get(f"{api}/search", q="Kharkiv").json()["items"] == []  # nothing was stored


@pytest.mark.parametrize(
    ("method", "path", "payload", "status", "code"),
    [
        ("get", "/articles/ffffffffffff", None, 404, "HTTP404"),
        ("get", "/nowhere", None, 404, "HTTP404"),
        ("get", "/events?cursor=not-a-cursor", None, 400, "W100"),
        ("get", "/events?limit=100000", None, 422, "W301"),
        ("get", "/timeline", None, 422, "W301"),
        ("post", "/analyze", {"text": "   "}, 400, "HTTP400"),
        ("post", "/analyze", {"text": "word " * 50_000}, 413, "HTTP413"),
    ],
)
def test_errors_are_json_with_a_code(
    api: str, method: str, path: str, payload: object, status: int, code: str
) -> None:
    response = httpx.request(method.upper(), api + path, json=payload, timeout=30)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["message"]


def test_a_bug_is_a_500_without_a_traceback(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(Store, "entities", broken)
    response = get(f"{api}/entities")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "W900"
    assert "secret" not in response.text and "Traceback" not in response.text


def test_the_openapi_document_lists_every_endpoint(api: str) -> None:
    paths = get(f"{api}/openapi.json").json()["paths"]
    for path in ("/articles", "/articles/{article_id}", "/events", "/timeline", "/entities",
                 "/search", "/analyze", "/matrix", "/facets"):  # fmt: skip
        assert f"/api/v1{path}" in paths


def test_the_api_page_describes_every_endpoint_without_a_cdn(api: str) -> None:
    page = get(f"{api}/docs")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "<code>GET /api/v1/events</code>" in page.text
    assert "<code>POST /api/v1/events/{article_id}/{event_id}/reviews</code>" in page.text
    assert "<code>by</code>" in page.text and "day | week | month | year" in page.text
    assert "cdn" not in page.text.lower() and '<script src="http' not in page.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "BOMB"}, "is not a PLOVER type"),
        ({"modality": "bogus"}, "modality 'bogus' is unknown"),
        ({"since": "yesterday"}, "is not a date"),
        ({"until": "2022-13-45"}, "is not a day of the calendar"),
    ],
)
def test_a_bad_filter_is_a_422_that_says_why(
    api: str, params: dict[str, str], message: str
) -> None:
    response = get(f"{api}/events", **params)
    assert response.status_code == 422
    assert message in response.json()["error"]["message"]


def test_the_timeline_s_bars_and_bands_add_up_to_its_events(api: str) -> None:
    """Issue 19: the bars and bands of a timeline are the events that happened, once each."""
    for by in ("day", "week", "month", "year"):
        body = get(f"{api}/timeline", actor="KOR", by=by).json()
        total = sum(p["events"] for p in body["items"]) + sum(b["events"] for b in body["bands"])
        listed = get(f"{api}/facets", actor="KOR", happened="true").json()["total"]
        assert total == listed, by
        assert all(p["first"] <= p["last"] for p in body["items"])


def test_the_matrix_counts_each_pair_one_way(api: str) -> None:
    matrix = get(f"{api}/matrix").json()
    cell = matrix["cells"]["KOR|PRK"]
    one_way = get(f"{api}/events", actor="KOR", target="PRK", limit=100).json()["items"]
    assert cell["events"] == len(one_way)
    assert sum(cell[f"quad{q}"] for q in (1, 2, 3, 4)) == cell["events"]
