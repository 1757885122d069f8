"""The JSON API over the corpus store: ``/api/v1/...``, read-only, plus ``POST /analyze``.

Built with FastAPI, so the OpenAPI document (``/api/v1/openapi.json``) is generated from
the same code that answers.  Every error is JSON ``{"error": {"code", "message"}}`` with
a fitting status; a bug answers 500 with a code and never a traceback.  Lists are paged
with opaque cursors.  Each worker thread has its own store connection (SQLite connections
are not shared across threads).
"""

from __future__ import annotations

import base64
import concurrent.futures
import json
import logging
import threading
from typing import Any

from ..errors import InputError, WirewatchError
from ..settings import Settings
from ..store import EventFilter, Store

LOG = logging.getLogger("wirewatch.web")
API = "/api/v1"
MAX_PAGE = 500
ANALYZE_SECONDS = 60.0


def create_app(settings: Settings) -> Any:
    """The API application for the store named in ``settings``."""
    from fastapi import Body, FastAPI, HTTPException, Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException as StarletteHTTPException

    app = FastAPI(
        title="wirewatch",
        version="1",
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    local = threading.local()
    analysis_pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)

    def store() -> Store:
        if getattr(local, "store", None) is None:
            local.store = Store.open(settings.db)
        return local.store  # type: ignore[no-any-return]

    def error(status: int, code: str, message: str) -> JSONResponse:
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, f"HTTP{exc.status_code}", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return error(422, "W301", f"bad request: {problems}")

    @app.exception_handler(WirewatchError)
    async def known_error(_: Request, exc: WirewatchError) -> JSONResponse:
        status = 400 if isinstance(exc, InputError) else 503
        return error(status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def bug(_: Request, exc: Exception) -> JSONResponse:
        LOG.exception("unexpected error")  # the traceback goes to the log, never to the client
        return error(500, "W900", "internal error; the server log has the details")

    @app.get(f"{API}/articles")
    def articles(
        cursor: str | None = None, limit: int = Query(50, ge=1, le=MAX_PAGE)
    ) -> dict[str, Any]:
        """Stored articles, newest first."""
        offset = _offset(cursor)
        rows = store().backend.query(
            "SELECT id, url, outlet, title, published, story_id FROM articles "
            "ORDER BY published DESC, id LIMIT ? OFFSET ?",
            (limit + 1, offset),
        )
        return _page(rows, offset, limit)

    @app.get(API + "/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        """One article's full analysis record (by id or a unique prefix)."""
        found = store().article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found.to_dict()

    @app.get(f"{API}/events")
    def events(
        actor: str | None = None,
        target: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's parameter name
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        mentions: bool = False,
        cursor: str | None = None,
        limit: int = Query(100, ge=1, le=MAX_PAGE),
    ) -> dict[str, Any]:
        """Real-world events (or every mention), with the filters of ``wirewatch events``."""
        offset = _offset(cursor)
        where = EventFilter(actor, target, type, since, until, modality, limit + 1, offset)
        return _page(store().events(where, mentions=mentions), offset, limit)

    @app.get(f"{API}/timeline")
    def timeline(
        actor: str,
        target: str | None = None,
        by: str = Query("day", pattern="^(day|month|year)$"),
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """Events of an actor, or between two, per period and quad class."""
        rows = store().timeline(actor, target, since=since, until=until, by=by)
        return {"items": rows}

    @app.get(f"{API}/entities")
    def entities(
        top: int = Query(20, ge=1, le=MAX_PAGE),
        type: str | None = None,  # noqa: A002
    ) -> dict[str, Any]:
        """The entities named in the most articles."""
        return {"items": store().entities(top, type)}

    @app.get(f"{API}/search")
    def search(q: str, limit: int = Query(20, ge=1, le=MAX_PAGE)) -> dict[str, Any]:
        """Full-text search; every word must match."""
        return {"items": store().search(q, limit)}

    @app.post(f"{API}/analyze")
    def analyze(
        payload: dict[str, Any] = Body(  # noqa: B008 - FastAPI's way to declare a body
            ...,
            examples=[{"text": "Seoul fired warning shots on Monday.", "clean": False}],
        ),
    ) -> dict[str, Any]:
        """Analyse the ``text`` or ``html`` sent, without storing it (``"clean": false`` takes
        the text as the article body as it is)."""
        from ..api import analyze as run_analysis

        content = payload.get("html") or payload.get("text")
        if not isinstance(content, str) or not content.strip():
            raise HTTPException(400, 'send {"text": ...} or {"html": ...}')
        if len(content.encode("utf-8")) > settings.max_input_bytes:
            raise HTTPException(413, "the article is over the input limit")
        published = payload.get("published") if isinstance(payload.get("published"), str) else None
        url = payload.get("url") if isinstance(payload.get("url"), str) else None
        clean = payload.get("clean", True) is not False  # false: the text is the body as is
        future = analysis_pool.submit(
            run_analysis, content, url=url, published=published, clean=clean, settings=settings
        )
        try:
            return future.result(timeout=ANALYZE_SECONDS).to_dict()
        except concurrent.futures.TimeoutError as timeout:
            raise HTTPException(503, f"analysis took over {ANALYZE_SECONDS:.0f} s") from timeout

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_input_bytes * 2:
            return error(413, "W103", "request body over the size limit")
        return await call_next(request)

    return app


def _offset(cursor: str | None) -> int:
    """The position an opaque cursor stands for (0 without one)."""
    if not cursor:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor.encode()).decode())
        offset = int(value["offset"])
    except (ValueError, KeyError, TypeError, json.JSONDecodeError) as error:
        raise InputError("bad cursor: pass back the next_cursor of a previous page") from error
    if offset < 0:
        raise InputError("bad cursor: pass back the next_cursor of a previous page")
    return offset


def _page(rows: list[dict[str, Any]], offset: int, limit: int) -> dict[str, Any]:
    """One page of rows (the query fetched one more to know whether another page follows)."""
    more = len(rows) > limit
    next_cursor = (
        base64.urlsafe_b64encode(json.dumps({"offset": offset + limit}).encode()).decode()
        if more
        else None
    )
    return {"items": rows[:limit], "next_cursor": next_cursor}
