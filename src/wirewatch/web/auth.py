"""Logins, sessions and CSRF protection for the web workspace.

Sessions are Starlette's signed cookies (itsdangerous), HttpOnly, SameSite=Strict,
Secure when the server is shared beyond this machine, and last eight hours.  The
cookie holds a random session id and a CSRF token; the store keeps the id's hash, and
every request checks it there, so logging out, removing a user or adding them again
ends the session for good (a copied cookie included).  Every form that
writes carries the token; API clients send it as ``X-CSRF-Token`` or log in with
HTTP Basic on each request instead.  Five wrong passwords for one name within 15
minutes lock that name for the rest of the window.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Mapping
from typing import Any

from fastapi import HTTPException

from ..errors import NotAllowedError
from ..store.accounts import User
from .context import Workspace

SESSION_COOKIE = "wirewatch_session"
SESSION_SECONDS = 8 * 3600
MAX_FAILURES, FAILURE_WINDOW = 5, 15 * 60


class LoginThrottle:
    """Wrong passwords per user name in the last window, in this process."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, name: str) -> None:
        with self._lock:
            recent = self._recent(name)
            if len(recent) >= MAX_FAILURES:
                raise NotAllowedError(
                    "too many wrong passwords for this name; try again in 15 minutes"
                )

    def failed(self, name: str) -> None:
        with self._lock:
            self._recent(name).append(time.monotonic())

    def _recent(self, name: str) -> deque[float]:
        recent = self._failures[name.casefold()]
        while recent and recent[0] < time.monotonic() - FAILURE_WINDOW:
            recent.popleft()
        return recent


def log_in(workspace: Workspace, throttle: LoginThrottle, name: str, password: str) -> User:
    throttle.check(name)
    try:
        return workspace.accounts().check(name, password)
    except NotAllowedError:
        throttle.failed(name)
        raise


def session_user(workspace: Workspace, request: Any) -> User | None:
    """The logged-in user of this request's session, checked against the store's live
    sessions on every request (None: not logged in, logged out, expired, or removed)."""
    return user_of_session(workspace, request.session)


def user_of_session(workspace: Workspace, session: Mapping[str, Any]) -> User | None:
    """The user of a decoded session cookie, if its session is live in the store."""
    token = session.get("sid")
    return workspace.accounts().session_user(token) if isinstance(token, str) else None


def start_session(workspace: Workspace, request: Any, user: User) -> None:
    """A fresh session (and CSRF token) for a user who just logged in."""
    request.session.clear()
    request.session["sid"] = workspace.accounts().open_session(user.name, SESSION_SECONDS)
    csrf_token(request)


def end_session(workspace: Workspace, request: Any) -> None:
    """Log out: the session ends on the server, so a kept copy of the cookie is worthless."""
    token = request.session.get("sid")
    if isinstance(token, str):
        workspace.accounts().close_session(token)
    request.session.clear()


def basic_auth_user(workspace: Workspace, throttle: LoginThrottle, request: Any) -> User | None:
    """The user of an ``Authorization: Basic`` header, checked (None: no such header)."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        name, _, password = base64.b64decode(header[6:], validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise NotAllowedError("malformed Basic authorization header") from None
    return log_in(workspace, throttle, name, password)


def csrf_token(request: Any) -> str:
    """This session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_token(request: Any, sent: str | None, remedy: str) -> None:
    """Refuse (403) a write without this session's CSRF token; ``remedy`` says what to do."""
    if not csrf_ok(request, sent):
        raise HTTPException(403, remedy)


def check_role(user: User | None, role: str, action: str) -> User:
    """The user, if logged in with ``role`` or a stronger one: else 401 (no login) or 403."""
    if user is None:
        raise NotAllowedError(f"log in as a {role} to {action}")
    if not user.may(role):
        raise HTTPException(
            403, f"{user.name} is a {user.role}; only a {role} or above may {action}"
        )
    return user


def csrf_ok(request: Any, sent: str | None) -> bool:
    """Whether a form or header sent this session's token, from a page of this site."""
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not sent:
        return False
    origin = request.headers.get("origin")
    if origin and origin.rstrip("/") != str(request.base_url).rstrip("/"):
        return False
    return secrets.compare_digest(expected, sent)
