"""The JSON API over the corpus store: ``/api/v1/...``.  Reading is open, and so is ``POST
/analyze`` (nothing stored); storing an article (``POST /articles``) and reviewing events
need a reviewer's login.

Built with FastAPI, so the OpenAPI document (``/api/v1/openapi.json``) is generated from
the same code that answers.  Every error is JSON ``{"error": {"code", "message"}}`` with
a fitting status (see :mod:`.app`).  Lists are paged with opaque cursors.
"""

from __future__ import annotations

import base64
import concurrent.futures
import json
import logging
from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from ..errors import InputError
from ..ingest.urls import canonical_url
from ..model import Analysis
from ..store import EventFilter
from ..store.accounts import User
from ..store.event_queries import timeline_filter
from ..store.reviews import Review
from .auth import LoginThrottle, basic_auth_user, check_role, check_token, session_user
from .context import Workspace

LOG = logging.getLogger("wirewatch.web")
API = "/api/v1"
MAX_PAGE = 500
ANALYZE_SECONDS = 60.0


def api_router(workspace: Workspace, throttle: LoginThrottle) -> Any:
    """The ``/api/v1`` routes."""

    router = APIRouter(prefix=API)
    settings = workspace.settings
    store = workspace.store
    analysis_pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)

    @router.get("/articles")
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

    @router.get("/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        """One article's full analysis record (by id or a unique prefix)."""
        found = store().article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found.to_dict()

    @router.get("/events")
    def events(
        actor: str | None = None,
        target: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's parameter name
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        happened: bool = False,
        mentions: bool = False,
        cursor: str | None = None,
        limit: int = Query(100, ge=1, le=MAX_PAGE),
    ) -> dict[str, Any]:
        """Real-world events (or every mention), with the filters of ``wirewatch events``
        (``happened``: no plans, threats, maybes or denials, as the timeline counts)."""
        offset = _offset(cursor)
        where = EventFilter(
            actor, target, type, since, until, modality, limit + 1, offset, happened_only=happened
        )
        return _page(store().events(where, mentions=mentions), offset, limit)

    @router.get("/matrix")
    def matrix(
        type: str | None = None,  # noqa: A002
        since: str | None = None,
        until: str | None = None,
        happened: bool = False,
        abroad: bool = False,
        top: int = Query(12, ge=1, le=100),
    ) -> dict[str, Any]:
        """Real-world events per (actor country, target country) and quad class, for the
        ``top`` most active actors and most targeted targets; cells keyed ``ACTOR|TARGET``
        (``abroad``: only events between two countries, no country acting on itself)."""
        where = EventFilter(
            type=type, since=since, until=until, happened_only=happened, abroad=abroad
        )
        return store().pair_matrix(where, top)

    @router.get("/facets")
    def facets(
        actor: str | None = None,
        target: str | None = None,
        type: str | None = None,  # noqa: A002
        since: str | None = None,
        until: str | None = None,
        happened: bool = False,
    ) -> dict[str, Any]:
        """The real-world events of these filters counted by type, modality, each side's
        country and outlet (actor and target either way round, as the events page)."""
        where = EventFilter(
            actor, target, type, since, until, either_way=True, happened_only=happened
        )
        return {"total": store().count_events(where), "facets": store().event_facets(where)}

    @router.get("/timeline")
    def timeline(
        actor: str,
        target: str | None = None,
        by: str = Query("day", pattern="^(day|week|month|year)$"),
        since: str | None = None,
        until: str | None = None,
        type: str | None = None,  # noqa: A002
        modality: str = Query("all", pattern="^(all|asserted)$"),
    ) -> dict[str, Any]:
        """Events that happened involving an actor, or between two, per period and quad class
        (``modality=asserted``: only events some article states in its own voice); ``bands``
        are the events dated only to a longer stretch than ``by`` (a week, a month, a year)."""
        where = timeline_filter(actor, target, since, until, type, modality == "asserted")
        chronology = store().chronology(where, by)
        return {"items": chronology.periods, "bands": chronology.bands}

    @router.get("/entities")
    def entities(
        top: int = Query(20, ge=1, le=MAX_PAGE),
        type: str | None = None,  # noqa: A002
    ) -> dict[str, Any]:
        """The entities named in the most articles."""
        return {"items": store().entities(top, type)}

    @router.get("/search")
    def search(
        q: str,
        limit: int = Query(20, ge=1, le=MAX_PAGE),
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        country: str | None = None,
    ) -> dict[str, Any]:
        """Full-text search; every word must match; filters on publication date, outlet and a
        country the article names."""
        found = store().search(q, limit, since=since, until=until, outlet=outlet, country=country)
        return {"items": found}

    def analysed(payload: dict[str, Any]) -> Analysis:
        """The analysis of the ``text`` or ``html`` of a request body, within the time limit."""
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
            return future.result(timeout=ANALYZE_SECONDS)
        except concurrent.futures.TimeoutError as timeout:
            raise HTTPException(503, f"analysis took over {ANALYZE_SECONDS:.0f} s") from timeout

    def writer(request: Request, role: str) -> User:
        """The user allowed to write: HTTP Basic, or the web session with its CSRF token."""
        user = basic_auth_user(workspace, throttle, request)
        if user is None:
            user = session_user(workspace, request)
            if user is not None:
                sent = request.headers.get("x-csrf-token")
                check_token(request, sent, "send the session's CSRF token in X-CSRF-Token")
        return check_role(user, role, "do this")

    @router.post("/analyze")
    def analyze(
        request: Request,
        payload: dict[str, Any] = Body(  # noqa: B008 - FastAPI's way to declare a body
            ...,
            examples=[{"text": "Seoul fired warning shots on Monday.", "clean": False}],
        ),
    ) -> dict[str, Any]:
        """Analyse the ``text`` or ``html`` sent, without storing it (``"clean": false`` takes
        the text as the article body as it is). Open on this machine; on a shared server it
        needs a login (any role), as analysis is the costly request."""
        if workspace.secure_cookies:
            writer(request, "viewer")
        return analysed(payload).to_dict()

    @router.post("/articles", status_code=201)
    def ingest(
        request: Request,
        payload: dict[str, Any] = Body(  # noqa: B008
            ...,
            examples=[{"html": "<html>...</html>", "url": "https://example.org/news/1"}],
        ),
    ) -> Any:
        """Analyse and store an article (``text`` or ``html``, with ``url``, ``published``,
        ``clean`` as for ``/analyze``); needs a reviewer. The same article sent twice (same
        text, or same page once tracking parameters are dropped) is stored once: the second
        answer is 200 with ``"status": "duplicate"``."""
        user = writer(request, "reviewer")
        analysis = analysed(payload)
        url = analysis.article.url
        key = f"api:{canonical_url(url)}" if url else f"api:{analysis.article.id}"
        added = store().add(analysis, key)
        LOG.info("%s stored %s (%s)", user.name, added.article_id, added.status)
        body = {
            "status": added.status,
            "article_id": added.article_id,
            "story_id": added.story_id,
            "events": len(analysis.events),
        }
        return JSONResponse(body, status_code=201 if added.status == "stored" else 200)

    @router.get("/events/{article_id}/{event_id}/reviews")
    def reviews(article_id: str, event_id: str) -> dict[str, Any]:
        """Every review of one event mention, newest first."""
        return {"items": workspace.reviews().history(article_id, event_id)}

    @router.post("/events/{article_id}/{event_id}/reviews", status_code=201)
    def review(
        article_id: str,
        event_id: str,
        request: Request,
        payload: dict[str, Any] = Body(  # noqa: B008
            ...,
            examples=[{"verdict": "wrong", "type": "ASSAULT", "note": "shots were fired"}],
        ),
    ) -> dict[str, Any]:
        """Review an event: ``confirmed``; ``wrong`` with the right ``type``,
        ``actor_country``, ``target_country`` or ``not_an_event``; or ``duplicate`` with
        ``duplicate_of`` ("article_id/event_id"). Needs a reviewer: HTTP Basic, or the web
        session's cookie with its token in ``X-CSRF-Token``."""
        user = writer(request, "reviewer")
        return workspace.reviews().add(review_from(article_id, event_id, payload), user.name)

    return router


def review_from(article_id: str, event_id: str, fields: Any) -> Review:
    """A review from a JSON body or a form (unknown fields ignored, wrong types refused)."""

    def text(name: str) -> str | None:
        value = fields.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise InputError(f"{name} must be a string")
        return value

    not_an_event = fields.get("not_an_event") in (True, "true", "on", "1")
    return Review(
        article_id,
        event_id,
        text("verdict") or "",
        type=text("type"),
        actor_country=text("actor_country"),
        target_country=text("target_country"),
        not_an_event=not_an_event,
        duplicate_of=text("duplicate_of"),
        note=text("note"),
    )


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
