"""The two databases the store runs on: SQLite (a file, the default) and PostgreSQL (a server).

The store writes its SQL once, with ``?`` placeholders, and a backend runs it:
it owns the connection, transactions, full-text search and the translation of
database errors into :mod:`wirewatch.errors` (a locked file, a full disk, an
unreachable server each get their own code and remedy).  Anything that
differs between the two lives here and nowhere else.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from ..errors import StoreBusyError, StoreError, StoreFullError
from .search_query import fts5_expression, parse_search, websearch_text

Row = dict[str, Any]
BUSY_TIMEOUT_SECONDS = 60  # a second ingest process waits this long for the write lock
WAL_RETRIES = 50  # x 0.1 s: how long a new file may take to enter WAL mode beside another writer


class Backend(Protocol):
    """What the store needs from a database."""

    name: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...
    def insert_id(self, sql: str, params: Sequence[Any] = ()) -> int: ...
    def transaction(self) -> Any: ...
    def index_text(self, article_id: str, title: str, text: str) -> None: ...
    def search(self, words: str, limit: int) -> list[Row]: ...
    def migrations(self) -> list[tuple[int, str]]: ...
    def run_script(self, sql: str) -> None: ...
    def same(self, column: str) -> str: ...
    def close(self) -> None: ...


def open_backend(url: str) -> Backend:
    """A PostgreSQL backend for ``postgresql://...`` URLs, else SQLite on the file named."""
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url)
    path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
    return SQLiteBackend(Path(path))


def _migrations(folder: str) -> list[tuple[int, str]]:
    """(version, SQL) of every ``NNNN_name.sql`` file of the dialect, in order."""
    found = []
    for entry in resources.files("wirewatch.store").joinpath("migrations", folder).iterdir():
        match = re.match(r"(\d+)_.*\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


class SQLiteBackend:
    """One file in WAL mode: readers never block the writer; a second writer waits its turn."""

    name = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
            self.connection.row_factory = sqlite3.Row
            self._enter_wal_mode()
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.Error, OSError) as error:
            raise self._translate(error) from error

    def _enter_wal_mode(self) -> None:
        """Switching a new file to WAL takes a lock SQLite does not wait for (the busy timeout
        is not applied): two ingests started at once on one new file could see 'database is
        locked' at once. A few short retries let the second one in."""
        for attempt in range(WAL_RETRIES):
            started = time.monotonic()
            try:
                self.connection.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as error:
                waited = time.monotonic() - started > 1.0  # the busy timeout did apply
                if "locked" not in str(error) or waited or attempt == WAL_RETRIES - 1:
                    raise
                time.sleep(0.1)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self.connection.execute(sql, tuple(params))
        except sqlite3.Error as error:
            raise self._translate(error) from error

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return [dict(row) for row in self.connection.execute(sql, tuple(params))]
        except sqlite3.Error as error:
            raise self._translate(error) from error

    def insert_id(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = self.query(sql, params)
        return int(next(iter(rows[0].values())))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of
        deadlocking; any error rolls the whole article back."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.rollback()
            raise
        try:
            self.connection.commit()
        except sqlite3.Error as error:
            self.connection.rollback()
            raise self._translate(error) from error

    def index_text(self, article_id: str, title: str, text: str) -> None:
        self.execute(
            "INSERT INTO article_search (title, text, article_id) VALUES (?, ?, ?)",
            (title, text, article_id),
        )

    def search(self, words: str, limit: int) -> list[Row]:
        """(article_id, rank) best first, the title weighted up; the query language of
        :mod:`.search_query` (every word is quoted: FTS5 operators in input are words)."""
        terms = fts5_expression(parse_search(words))
        if terms is None:
            return []
        return self.query(
            "SELECT article_id, bm25(article_search, 5.0, 1.0) AS rank FROM article_search "
            "WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit),
        )

    def migrations(self) -> list[tuple[int, str]]:
        return _migrations("sqlite")

    def same(self, column: str) -> str:
        """A comparison that takes NULL as equal to NULL."""
        return f"{column} IS ?"

    def run_script(self, sql: str) -> None:
        try:
            self.connection.executescript(sql)
        except sqlite3.Error as error:
            raise self._translate(error) from error

    def close(self) -> None:
        self.connection.close()

    def _translate(self, error: BaseException) -> StoreError:
        message = str(error)
        where = str(self.path)
        if "locked" in message or "busy" in message:
            return StoreBusyError(
                f"another process has been writing for over {BUSY_TIMEOUT_SECONDS} s; "
                "wait for it to finish or use a PostgreSQL store for concurrent writers",
                source=where,
            )
        if "disk is full" in message or "No space left" in message:
            return StoreFullError(
                "the disk is full; the article being written was rolled back. Free some "
                "space and run the same command again: it resumes where it stopped",
                source=where,
            )
        if "file is not a database" in message or "malformed" in message:
            return StoreError(f"is not a wirewatch store or is damaged ({message})", source=where)
        return StoreError(message, source=where)


class PostgresBackend:
    """A PostgreSQL server through psycopg 3: many writers, one database for a team."""

    name = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as error:
            raise StoreError(
                "PostgreSQL needs the psycopg driver: pip install 'wirewatch[postgres]'"
            ) from error
        self._psycopg = psycopg
        self.url = url
        try:
            self.connection = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as error:
            raise StoreError(
                f"cannot connect: {str(error).strip()}", source=_without_password(url)
            ) from error

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self.connection.execute(_placeholders(sql), tuple(params))
        except self._psycopg.Error as error:
            raise self._translate(error) from error

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cursor = self.connection.execute(_placeholders(sql), tuple(params))
            return list(cursor.fetchall()) if cursor.description else []
        except self._psycopg.Error as error:
            raise self._translate(error) from error

    def insert_id(self, sql: str, params: Sequence[Any] = ()) -> int:
        rows = self.query(sql, params)
        return int(next(iter(rows[0].values())))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self.connection.transaction():
                yield
        except self._psycopg.Error as error:
            raise self._translate(error) from error

    def index_text(self, article_id: str, title: str, text: str) -> None:
        self.execute(
            "INSERT INTO article_search (article_id, document) VALUES (?, "
            "setweight(to_tsvector('english', ?), 'A') || to_tsvector('english', ?))",
            (article_id, title, text),
        )

    def search(self, words: str, limit: int) -> list[Row]:
        """As SQLite's: the query parsed once, then written out for websearch_to_tsquery."""
        query = websearch_text(parse_search(words))
        if query is None:
            return []
        return self.query(
            "SELECT article_id, -ts_rank(document, websearch_to_tsquery('english', ?)) AS rank "
            "FROM article_search WHERE document @@ websearch_to_tsquery('english', ?) "
            "ORDER BY rank LIMIT ?",
            (query, query, limit),
        )

    def migrations(self) -> list[tuple[int, str]]:
        return _migrations("postgresql")

    def same(self, column: str) -> str:
        return f"{column} IS NOT DISTINCT FROM ?"

    def run_script(self, sql: str) -> None:
        self.execute(sql)

    def close(self) -> None:
        self.connection.close()

    def _translate(self, error: BaseException) -> StoreError:
        where = _without_password(self.url)
        if "No space left" in str(error) or "disk full" in str(error):
            return StoreFullError("the database server's disk is full", source=where)
        return StoreError(str(error).strip(), source=where)


def _placeholders(sql: str) -> str:
    """``?`` to psycopg's ``%s`` (the store's SQL never holds a literal ``?`` or ``%``)."""
    return sql.replace("?", "%s")


def _without_password(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
