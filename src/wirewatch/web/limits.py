"""Request bodies counted as they arrive, and small until the sender has logged in.

A ``Content-Length`` check alone lets a chunked upload through: a 300 MB body was read whole
into memory, even on endpoints that refuse it afterwards for want of a login.  This ASGI
middleware counts the bytes of every body as the server receives them and stops at the
limit with 413.  The limit depends on who sends it, known before the body is read (the
session cookie is decoded by then): a logged-in user (or HTTP Basic credentials, checked by
the endpoint) may send up to the article limit; anyone else only a form's worth, except on
the endpoints open to anonymous use (analysing text on this machine).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ANONYMOUS_BODY_BYTES = 64 * 1024  # a login or review form, with room to spare


class BodyTooLarge(HTTPException):
    """Raised while the body is read (FastAPI passes HTTP exceptions on unchanged)."""

    code = "W103"  # as InputTooLargeError

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the size limit ({limit:,} bytes)")


class BodyLimit:
    """Counts each request body's bytes as they stream in, against the sender's limit."""

    def __init__(
        self,
        app: Callable[[Scope, Receive, Send], Awaitable[None]],
        limit: int,
        logged_in: Callable[[Scope], bool],
        open_paths: Callable[[str], bool],
    ) -> None:
        self.app, self.limit, self.logged_in, self.open_paths = app, limit, logged_in, open_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _refuse(send, limit)
            return
        received = 0
        json_body = headers.get(b"content-type", b"").startswith(b"application/json")
        chunks: list[bytes] = []

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
                if json_body:
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        refuse_non_standard_json(b"".join(chunks))
            return message

        await self.app(scope, counted, send)

    def limit_for(self, scope: Scope) -> int:
        if self.open_paths(str(scope.get("path", ""))) or self.logged_in(scope):
            return self.limit
        return ANONYMOUS_BODY_BYTES


class NotJson(HTTPException):
    code = "W100"

    def __init__(self, what: str) -> None:
        super().__init__(400, f"the body is not standard JSON: {what}")


def refuse_non_standard_json(body: bytes) -> None:
    """NaN, Infinity and -Infinity are Python's extension, not JSON (RFC 8259): refused, so
    no NaN reaches a stored review or an analysis."""
    if not body.strip():
        return

    def constant(name: str) -> None:
        raise NotJson(f"{name} is not a JSON value")

    try:
        json.loads(body, parse_constant=constant)
    except ValueError:
        return  # malformed JSON: the endpoint says what is wrong with it


async def _refuse(send: Send, limit: int) -> None:
    body = (
        b'{"error": {"status": 413, "code": "W103", "message": "request body over the size '
        b"limit (" + f"{limit:,}".encode() + b' bytes)"}}'
    )
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})
