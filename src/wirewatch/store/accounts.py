"""Users of a shared store and what each may do.

Reading a store needs no account; writing (reviewing events) and running the
server for other machines do.  Three roles, each allowed what the one before
it is: a *viewer* can log in and read, a *reviewer* can also review events, an
*admin* can also manage users.  Passwords are hashed with Argon2id
(argon2-cffi's defaults, RFC 9106's second recommended profile), never stored or
logged as they were typed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from ..errors import AccountError, NotAllowedError
from .backends import Backend

ROLES = ("viewer", "reviewer", "admin")
MIN_PASSWORD_LENGTH = 10
_UNKNOWN_USER_HASH: str | None = None
USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this user has ``role`` or a stronger one."""
        return ROLES.index(self.role) >= ROLES.index(role)


class Accounts:
    """The ``users`` table of one store."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._hasher = PasswordHasher()

    def add(self, name: str, password: str, role: str) -> User:
        """Create a user; the name must be new."""
        if not USER_NAME.match(name):
            raise AccountError(
                f"bad user name {name!r}: letters, digits and . _ @ - only, 64 at most"
            )
        if role not in ROLES:
            raise AccountError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
        with self.backend.transaction():
            if self.backend.query("SELECT 1 FROM users WHERE name = ?", (name,)):
                raise AccountError(f"user {name!r} exists; remove it first to change it")
            self.backend.execute("DELETE FROM sessions WHERE user_name = ?", (name,))
            self.backend.execute(
                "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                (name, self._hasher.hash(password), role, _now()),
            )
        return User(name, role)

    def remove(self, name: str) -> None:
        with self.backend.transaction():
            if not self.backend.query("SELECT 1 FROM users WHERE name = ?", (name,)):
                raise AccountError(f"no user {name!r}")
            self.backend.execute("DELETE FROM users WHERE name = ?", (name,))
            self.backend.execute("DELETE FROM sessions WHERE user_name = ?", (name,))

    def list(self) -> list[dict[str, str]]:
        return self.backend.query("SELECT name, role, created_at FROM users ORDER BY name")

    def get(self, name: str) -> User | None:
        rows = self.backend.query("SELECT name, role FROM users WHERE name = ?", (name,))
        return User(rows[0]["name"], rows[0]["role"]) if rows else None

    def has_admin(self) -> bool:
        return bool(self.backend.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1"))

    def check(self, name: str, password: str) -> User:
        """The user whose name and password these are; one message for either being wrong,
        and the same hashing work for an unknown name, so neither tells which it was."""
        rows = self.backend.query("SELECT password_hash, role FROM users WHERE name = ?", (name,))
        stored = rows[0]["password_hash"] if rows else self._unknown_user_hash()
        try:
            self._hasher.verify(stored, password)
        except VerificationError:
            raise NotAllowedError("wrong user name or password") from None
        if not rows:
            raise NotAllowedError("wrong user name or password")
        return User(name, rows[0]["role"])

    def _unknown_user_hash(self) -> str:
        """A real hash to verify against when the name is unknown, made once per process."""
        global _UNKNOWN_USER_HASH
        if _UNKNOWN_USER_HASH is None:
            _UNKNOWN_USER_HASH = self._hasher.hash(secrets.token_urlsafe(16))
        return _UNKNOWN_USER_HASH

    def open_session(self, name: str, seconds: int) -> str:
        """A new session for ``name``: its id (for the cookie); the store keeps its hash."""
        token = secrets.token_urlsafe(32)
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)
        with self.backend.transaction():
            self.backend.execute("DELETE FROM sessions WHERE expires_at < ?", (_now(),))
            self.backend.execute(
                "INSERT INTO sessions (id_hash, user_name, expires_at) VALUES (?, ?, ?)",
                (_hashed(token), name, expires.isoformat(timespec="seconds")),
            )
        return token

    def session_user(self, token: str) -> User | None:
        """The user of a live session (None: unknown, ended, expired, or the user is gone)."""
        rows = self.backend.query(
            "SELECT u.name, u.role FROM sessions s JOIN users u ON u.name = s.user_name "
            "WHERE s.id_hash = ? AND s.expires_at > ?",
            (_hashed(token), _now()),
        )
        return User(rows[0]["name"], rows[0]["role"]) if rows else None

    def close_session(self, token: str) -> None:
        with self.backend.transaction():
            self.backend.execute("DELETE FROM sessions WHERE id_hash = ?", (_hashed(token),))

    def close_sessions_of(self, name: str) -> int:
        """End every session of ``name`` (a stolen cookie included); returns how many."""
        with self.backend.transaction():
            count = len(self.backend.query("SELECT 1 FROM sessions WHERE user_name = ?", (name,)))
            self.backend.execute("DELETE FROM sessions WHERE user_name = ?", (name,))
        return count

    def session_secret(self) -> str:
        """The key that signs session cookies: made once per store, kept in it, so every
        server process on the store accepts the same sessions and a restart keeps them."""
        with self.backend.transaction():
            rows = self.backend.query("SELECT value FROM server_secrets WHERE name = 'session_key'")
            if rows:
                return str(rows[0]["value"])
            value = secrets.token_urlsafe(48)
            self.backend.execute(
                "INSERT INTO server_secrets (name, value) VALUES ('session_key', ?)", (value,)
            )
            return value


def _hashed(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
