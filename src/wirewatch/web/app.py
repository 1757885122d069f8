"""The web application ``wirewatch serve`` runs: the workspace pages and the JSON API.

Pages are rendered on the server (Jinja2, autoescaped) and work without
JavaScript; charts are SVG drawn here; nothing is loaded from another site,
and a Content-Security-Policy says so to the browser, so even a mark-up
slip in a page could not run a script.  Errors are JSON under ``/api`` and a
page elsewhere, and never carry a traceback (it goes to the server log).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from ..errors import InputError, NotAllowedError, QueryError, ReviewError, WirewatchError
from ..settings import Settings
from .api import API, api_router
from .auth import SESSION_COOKIE, SESSION_SECONDS, LoginThrottle, user_of_session
from .context import WEB, Workspace
from .limits import BodyLimit
from .pages import pages_router

LOG = logging.getLogger("wirewatch.web")
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def create_app(settings: Settings, secure_cookies: bool = False) -> Any:
    """The application for the store named in ``settings``; ``secure_cookies`` when users
    reach it over HTTPS (any host but this machine)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException as StarletteHTTPException
    from starlette.middleware.sessions import SessionMiddleware

    workspace = Workspace(settings, secure_cookies=secure_cookies)
    throttle = LoginThrottle()

    @contextlib.asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        yield
        workspace.close()  # every worker thread's connection, PostgreSQL's above all

    app = FastAPI(
        lifespan=lifespan,
        title="wirewatch",
        version="1",
        openapi_url=f"{API}/openapi.json",
        docs_url=None,  # our own page (pages.py): FastAPI's loads Swagger UI from a CDN
        redoc_url=None,
    )

    def error(request: Request, status: int, code: str, message: str) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
        return workspace.templates().TemplateResponse(
            request,
            "error.html",
            {"status": status, "code": code, "message": message, "user": None},
            status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        code = getattr(exc, "code", None) or f"HTTP{exc.status_code}"
        return error(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return error(request, 422, "W301", f"bad request: {problems}")

    @app.exception_handler(WirewatchError)
    async def known_error(request: Request, exc: WirewatchError) -> Any:
        if isinstance(exc, NotAllowedError):
            status = 401
        elif isinstance(exc, QueryError):
            status = 422
        elif isinstance(exc, InputError | ReviewError):
            status = 400
        else:
            status = 503
        return error(request, status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Any:
        LOG.exception("unexpected error")  # the traceback goes to the log, never to the client
        return error(request, 500, "W900", "internal error; the server log has the details")

    def logged_in(scope: Any) -> bool:
        """A live session, or credentials the endpoint will check (HTTP Basic)."""
        headers = dict(scope.get("headers") or [])
        if headers.get(b"authorization", b"").lower().startswith(b"basic "):
            return True
        return user_of_session(workspace, scope.get("session") or {}) is not None

    def open_paths(path: str) -> bool:
        return path == "/api/v1/analyze" and not secure_cookies

    app.add_middleware(  # inside the session middleware (the cookie is decoded first) and
        # inside the header middleware, whose stream would turn our 413 into a disconnect
        BodyLimit,
        limit=settings.max_input_bytes * 2,
        logged_in=logged_in,
        open_paths=open_paths,
    )

    @app.middleware("http")
    async def set_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.add_middleware(
        SessionMiddleware,
        secret_key=workspace.accounts().session_secret(),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_SECONDS,
        same_site="strict",
        https_only=secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")
    app.include_router(api_router(workspace, throttle))
    app.include_router(pages_router(workspace, throttle, openapi=app.openapi))
    return app
