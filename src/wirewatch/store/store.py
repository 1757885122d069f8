"""The corpus store: articles, their annotations, and events merged across articles.

One article is written in one transaction with its entities, quotes,
events, search index, syndication fingerprint and its line in the ingest
log, so a crash (or ``kill -9``) never leaves half an article, and a rerun
knows exactly which inputs are done.  The same article met twice (same body
text, or same URL once tracking parameters are dropped) is stored once.  Its events join the real-world events
already known (same type and mode, actor and target country both known, status, a day
apart at most, a sentence that says the same thing, and not already told by this article:
an article's own distinct events stay distinct), so one event told by ten outlets is one row of ``story_events``
with ten mentions, and syndicated copies of one wire story count as one
independent source.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import NoArticleError, StoreError, WirewatchError
from ..ingest.urls import canonical_url
from ..model import Analysis, Event
from .backends import Backend, Row, open_backend
from .event_queries import EventQueries
from .parties import COUNTRY_CODE
from .rows import (
    article_row,
    claimants,
    count_rows,
    day_span,
    entity_rows,
    event_row,
    place_rows,
    quote_rows,
    status_of,
)
from .search_query import parse_search, stem_of
from .stories import SAME_STORY, fingerprint, similarity, tells_the_same

SEARCH_WINDOW = 2000
DATE_SPANS_VERSION = 9  # the migration that adds first_day and last_day


@dataclass(frozen=True)
class Added:
    """What happened to one input: stored, or a duplicate of an article already there."""

    status: str  # "stored" or "duplicate"
    article_id: str
    story_id: str


TOLL_COLUMNS = ("fatalities_best", "fatalities_low", "fatalities_high", "injured_best")


class Store(EventQueries):
    """A wirewatch corpus in SQLite (a file) or PostgreSQL (``postgresql://...``)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._migrate()

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(open_backend(url))

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply the dialect's numbered migrations that this database has not seen yet."""
        db = self.backend
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "applied_at TEXT NOT NULL)"
        )
        done = {row["version"] for row in db.query("SELECT version FROM schema_migrations")}
        for version, sql in db.migrations():
            if version in done:
                continue
            with db.transaction():
                if version in {
                    row["version"] for row in db.query("SELECT version FROM schema_migrations")
                }:
                    continue  # another process migrated while we waited for the lock
                for statement in _statements(sql):
                    db.execute(statement)
                if version == DATE_SPANS_VERSION:
                    _fill_date_spans(db)
                    _fill_claimants(db)
                db.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                    (version, _now()),
                )

    @property
    def version(self) -> int:
        rows = self.backend.query("SELECT MAX(version) AS version FROM schema_migrations")
        return int(rows[0]["version"] or 0)

    # -- writing ----------------------------------------------------------------------------

    def done_keys(self, keys: Sequence[str], retry_failed: bool = False) -> set[str]:
        """Which of these inputs a previous run already finished (stored, duplicate, or failed
        unless ``retry_failed``)."""
        found: set[str] = set()
        statuses = ("stored", "duplicate") if retry_failed else ("stored", "duplicate", "failed")
        for chunk in _chunks(list(keys), 500):
            marks = ", ".join("?" for _ in chunk)
            rows = self.backend.query(
                f"SELECT key, status FROM ingest_log WHERE key IN ({marks})", chunk
            )
            found.update(row["key"] for row in rows if row["status"] in statuses)
        return found

    def add(self, analysis: Analysis, key: str) -> Added:
        """Store one analysed article and log ``key`` as done, in one transaction."""
        article = analysis.article
        if not article.text.strip():
            raise NoArticleError("has no article body; an empty record is never stored", source=key)
        print_ = fingerprint(article.text)
        db = self.backend
        with db.transaction():
            existing = self._existing(article.id, article.url)
            if existing is not None:
                self._log(key, "duplicate", existing["id"])
                return Added("duplicate", existing["id"], existing["story_id"])
            story_id = self._story_of(print_.signature, print_.bands) or article.id
            row = article_row(analysis, key, _now())
            row["story_id"] = story_id
            _insert(db, "articles", row)
            for band in print_.bands:
                db.execute(
                    "INSERT INTO story_bands (band, article_id) VALUES (?, ?)", (band, article.id)
                )
            db.execute(
                "INSERT INTO story_signatures (article_id, signature) VALUES (?, ?)",
                (article.id, print_.signature),
            )
            for entity in entity_rows(analysis):
                _insert(db, "entities", entity)
            for quote in quote_rows(analysis):
                _insert(db, "quotes", quote)
            for place in place_rows(analysis):
                _insert(db, "places", place)
            for count in count_rows(analysis):
                _insert(db, "counts", count)
            touched = set()
            sources = claimants(analysis)
            for event in analysis.events:
                story_event = self._story_event_for(event, analysis, story_id)
                event_values = event_row(article.id, event, sources)
                event_values["story_event_id"] = story_event
                _insert(db, "events", event_values)
                touched.add(story_event)
            for story_event in touched:
                self._recount(story_event)
            db.index_text(article.id, article.title or "", article.text)
            self._log(key, "stored", article.id)
        return Added("stored", article.id, story_id)

    def record_failure(self, key: str, error: WirewatchError) -> None:
        """Log an input that could not be read or analysed, with its error."""
        with self.backend.transaction():
            self.backend.execute("DELETE FROM ingest_log WHERE key = ?", (key,))
            self.backend.execute(
                "INSERT INTO ingest_log (key, status, error_code, error, at) VALUES (?, ?, ?, ?, ?)",
                (key, "failed", error.code, error.message, _now()),
            )

    def _log(self, key: str, status: str, article_id: str) -> None:
        self.backend.execute("DELETE FROM ingest_log WHERE key = ?", (key,))
        self.backend.execute(
            "INSERT INTO ingest_log (key, status, article_id, at) VALUES (?, ?, ?, ?)",
            (key, status, article_id, _now()),
        )

    def _existing(self, article_id: str, url: str | None) -> Row | None:
        """The article already stored with this body text or this page's canonical URL."""
        rows = self.backend.query(
            "SELECT id, story_id FROM articles WHERE id = ? OR "
            "(canonical_url IS NOT NULL AND canonical_url = ?)",
            (article_id, canonical_url(url) if url else None),
        )
        return rows[0] if rows else None

    def _story_of(self, signature: bytes, bands: list[str]) -> str | None:
        """The story of the most similar earlier article sharing a band, if similar enough."""
        marks = ", ".join("?" for _ in bands)
        candidates = self.backend.query(
            "SELECT DISTINCT s.article_id, s.signature, a.story_id FROM story_bands b "
            "JOIN story_signatures s ON s.article_id = b.article_id "
            f"JOIN articles a ON a.id = b.article_id WHERE b.band IN ({marks})",
            bands,
        )
        best, best_score = None, SAME_STORY
        for candidate in candidates:
            score = similarity(signature, bytes(candidate["signature"]))
            if score >= best_score:
                best, best_score = candidate["story_id"], score
        return best

    def _story_event_for(self, event: Event, analysis: Analysis, story_id: str) -> int:
        """The real-world event this mention belongs to, created when none matches: same type,
        mode and status, both countries known and equal, a day apart at most, not already told
        by this article, and a telling that says the same thing (or a syndicated copy)."""
        actor = event.actor.country if event.actor else None
        target = event.target.country if event.target else None
        status = status_of(event)
        db = self.backend
        if actor and target and event.date and not event.aggregate:
            dates = _nearby_days(event.date)
            marks = ", ".join("?" for _ in dates)
            rows = db.query(
                f"SELECT s.id, e.sentence, a.story_id FROM story_events s "
                "JOIN events e ON e.story_event_id = s.id JOIN articles a ON a.id = e.article_id "
                f"WHERE s.type = ? AND {db.same('s.mode')} AND s.actor_country = ? "
                f"AND s.target_country = ? AND s.status = ? AND s.date IN ({marks}) "
                "AND s.id NOT IN (SELECT story_event_id FROM events WHERE article_id = ?) "
                "ORDER BY s.id",
                (event.type, event.mode, actor, target, status, *dates, analysis.article.id),
            )
            tellings = [event.evidence.sentence] + [e.sentence for e in event.also_in]
            for row in rows:
                if row["story_id"] == story_id or tells_the_same(tellings, [row["sentence"]]):
                    return int(row["id"])
        return db.insert_id(
            "INSERT INTO story_events (type, mode, actor_country, target_country, date, "
            "first_day, last_day, status, quad_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (
                event.type,
                event.mode,
                actor,
                target,
                event.date,
                *day_span(event.date).values(),  # first_day, last_day
                status,
                event.quad_class,
            ),
        )

    def _recount(self, story_event: int) -> None:
        """A real-world event's mentions, independent sources and tolls: the highest figures
        any article gives (tolls are updated upwards; two outlets are not two tolls)."""
        tolls = ", ".join(
            f"{column} = (SELECT MAX({column}) FROM events WHERE story_event_id = ?)"
            for column in TOLL_COLUMNS
        )
        self.backend.execute(
            "UPDATE story_events SET mentions = (SELECT COUNT(*) FROM events "
            "WHERE story_event_id = ?), sources = (SELECT COUNT(DISTINCT a.story_id) FROM events e "
            f"JOIN articles a ON a.id = e.article_id WHERE e.story_event_id = ?), {tolls} "
            "WHERE id = ?",
            (story_event,) * (3 + len(TOLL_COLUMNS)),
        )

    # -- reading ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "story_events", "entities", "quotes", "places", "counts")
        found = {
            table: int(self.backend.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
            for table in tables
        }
        found["stories"] = int(
            self.backend.query("SELECT COUNT(DISTINCT story_id) AS n FROM articles")[0]["n"]
        )
        found["failed"] = int(
            self.backend.query("SELECT COUNT(*) AS n FROM ingest_log WHERE status = 'failed'")[0][
                "n"
            ]
        )
        return found

    def errors(self) -> list[Row]:
        return self.backend.query(
            "SELECT key, error_code, error, at FROM ingest_log WHERE status = 'failed' ORDER BY at, key"
        )

    def mentions_of(self, story_event_ids: Sequence[int]) -> dict[int, list[Row]]:
        """The articles telling each real-world event: sentence, modality, outlet, title."""
        found: dict[int, list[Row]] = {int(i): [] for i in story_event_ids}
        for chunk in _chunks([str(i) for i in story_event_ids], 500):
            marks = ", ".join("?" for _ in chunk)
            rows = self.backend.query(
                "SELECT e.story_event_id, e.article_id, e.event_id, e.sentence, e.modality, e.claimant, "
                "e.trigger, a.title, a.outlet, a.url, a.published FROM events e "
                "JOIN articles a ON a.id = e.article_id "
                f"WHERE e.story_event_id IN ({marks}) ORDER BY a.published, e.article_id",
                [int(i) for i in chunk],
            )
            for row in rows:
                found[int(row["story_event_id"])].append(row)
        return found

    def quotes_of(self, who: str, limit: int = 50) -> list[Row]:
        """Quotes attributed to a source by name, or to anyone of a country (by its code)."""
        columns = "q.*, a.title, a.published"
        order = "ORDER BY a.published DESC, q.article_id, q.quote_id LIMIT ?"
        if COUNTRY_CODE.match(who):  # from the country's entities (indexed) to their quotes
            return self.backend.query(
                f"SELECT {columns} FROM entities n JOIN quotes q ON q.article_id = n.article_id "
                "AND q.source_name = n.name JOIN articles a ON a.id = q.article_id "
                f"WHERE n.country = ? {order}",
                (who, limit),
            )
        found = self.backend.query(
            f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.source_name = ? {order}",
            (who, limit),
        )
        return found or self.backend.query(  # as typed in an address: any case
            f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE LOWER(q.source_name) = LOWER(?) {order}",
            (who, limit),
        )

    def entity(self, name: str) -> Row | None:
        """An entity named in the store, with the number of articles naming it (the name as
        stored, else in any case)."""
        for condition in ("name = ?", "LOWER(name) = LOWER(?)"):
            rows = self.backend.query(
                "SELECT name, type, country, COUNT(*) AS articles, SUM(mentions) AS mentions "
                f"FROM entities WHERE {condition} GROUP BY name, type, country "
                "ORDER BY articles DESC LIMIT 1",
                (name,),
            )
            if rows:
                return rows[0]
        return None

    def entities(self, top: int = 20, type_: str | None = None) -> list[Row]:
        where = "WHERE type = ?" if type_ else ""
        params: list[Any] = [type_] if type_ else []
        return self.backend.query(
            "SELECT name, type, country, COUNT(*) AS articles, SUM(mentions) AS mentions "
            f"FROM entities {where} GROUP BY name, type, country "
            "ORDER BY articles DESC, mentions DESC, name LIMIT ?",
            (*params, top),
        )

    def search(
        self,
        words: str,
        limit: int = 20,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        country: str | None = None,
    ) -> list[Row]:
        """Articles matching every word, best first, with a snippet around the first match;
        optionally published in a date range, from one outlet, or naming a country.  Filters
        are applied to the best 2,000 matches of the words."""
        filtered = any((since, until, outlet, country))
        hits = self.backend.search(words, SEARCH_WINDOW if filtered else limit)
        if not hits:
            return []
        ids = [hit["article_id"] for hit in hits]
        clauses, params = [], []
        if since:
            clauses.append("published >= ?")
            params.append(since)
        if until:
            clauses.append("published <= ?")
            params.append(until + "\uffff")
        if outlet:
            clauses.append("LOWER(outlet) = LOWER(?)")
            params.append(outlet)
        if country:
            # once, not per article: a correlated EXISTS walked the country's index each time
            clauses.append("id IN (SELECT article_id FROM entities WHERE country = ?)")
            params.append(country.upper())
        kept = ids
        if clauses:  # which of the matches pass the filters (ids only: no text read)
            passing: set[str] = set()
            for chunk in _chunks(ids, 500):
                marks = ", ".join("?" for _ in chunk)
                where = " AND ".join([f"id IN ({marks})", *clauses])
                rows = self.backend.query(
                    f"SELECT id FROM articles WHERE {where}", [*chunk, *params]
                )
                passing.update(row["id"] for row in rows)
            kept = [article_id for article_id in ids if article_id in passing]
        kept = kept[:limit]
        if not kept:
            return []
        marks = ", ".join("?" for _ in kept)
        articles = {
            row["id"]: row
            for row in self.backend.query(
                "SELECT id, title, url, outlet, published, text FROM articles "
                f"WHERE id IN ({marks})",
                kept,
            )
        }
        found = []
        for article_id in kept:  # best match first
            row = dict(articles[article_id])
            row["snippet"] = _snippet(row.pop("text"), words)
            found.append(row)
        return found

    def article(self, article_id: str) -> Analysis | None:
        """The stored record of an article, by its id or a unique prefix of it."""
        rows = self.backend.query(
            "SELECT record FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", (article_id + "%",)
        )
        if len(rows) != 1:
            return None
        return Analysis.model_validate_json(rows[0]["record"])

    def iter_table(self, table: str, batch: int = 1000) -> Iterator[Row]:
        """Every row of a table, in key order, a batch at a time (for exports)."""
        keys = {
            "articles": "id",
            "entities": "article_id, entity_id",
            "quotes": "article_id, quote_id",
            "places": "article_id, place_id",
            "counts": "article_id, count_id",
            "events": "article_id, event_id",
            "story_events": "id",
            "reviews": "id",
        }
        if table not in keys:
            raise StoreError(f"no table {table!r} to export")
        offset = 0
        while True:
            rows = self.backend.query(
                f"SELECT * FROM {table} ORDER BY {keys[table]} LIMIT ? OFFSET ?", (batch, offset)
            )
            yield from rows
            if len(rows) < batch:
                return
            offset += batch


def _fill_date_spans(db: Backend) -> None:
    """The first and last days of the dates stored before migration 9, one date value at a
    time (a corpus has a few thousand distinct values)."""
    for table in ("events", "story_events"):
        values = db.query(f"SELECT DISTINCT date FROM {table} WHERE date IS NOT NULL")
        for row in values:
            days = day_span(row["date"])
            if days["first_day"] is not None:
                db.execute(
                    f"UPDATE {table} SET first_day = ?, last_day = ? WHERE date = ?",
                    (days["first_day"], days["last_day"], row["date"]),
                )


def _fill_claimants(db: Backend) -> None:
    """Who says so, for the mentions stored before migration 9: read from each article's
    record (its quotes and each event's attribution chain), a batch of articles at a time."""
    last = ""
    while True:
        rows = db.query(
            "SELECT id, record FROM articles WHERE id > ? AND id IN (SELECT article_id FROM "
            "events) ORDER BY id LIMIT 200",
            (last,),
        )
        for row in rows:
            record = json.loads(row["record"])
            sources = {
                quote["id"]: (quote["source"].get("name") or quote["source"].get("text"))
                for quote in record.get("quotes", [])
                if quote.get("source")
            }
            for event in record.get("events", []):
                chain = event.get("reported_by") or []
                if chain and sources.get(chain[0]):
                    db.execute(
                        "UPDATE events SET claimant = ? WHERE article_id = ? AND event_id = ?",
                        (sources[chain[0]], row["id"], event["id"]),
                    )
        if len(rows) < 200:
            return
        last = rows[-1]["id"]


def _insert(db: Backend, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def _statements(sql: str) -> list[str]:
    """A migration file's statements (no semicolons inside strings in these files)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    return [part.strip() for part in without_comments.split(";") if part.strip()]


def _nearby_days(date: str) -> list[str]:
    """A day and its neighbours, so reports a day apart (time zones, 'yesterday') match."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date[:10]) or len(date) > 10:
        return [date]
    try:
        day = dt.date.fromisoformat(date)
        return [(day + dt.timedelta(days=delta)).isoformat() for delta in (-1, 0, 1)]
    except (ValueError, OverflowError):  # "0001-01-01", "9999-12-31" from a page's odd date
        return [date]


def _snippet(text: str, words: str, width: int = 160) -> str:
    """About ``width`` characters around the first whole-word match of the query (or of its
    stem: 'drones' finds 'drone'), cut between words, with an ellipsis where text is left out."""
    position = _first_match(text, parse_search(words).words)
    start = max(0, position - width // 3)
    if start:  # back to the start of the word, then past the space before it
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start + 1, end)
        end = space if space > position else end
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _first_match(text: str, words: list[str]) -> int:
    """Where the first whole word of ``words`` (or a word its stem begins) is, else 0."""
    found = []
    for word in words:
        stem = stem_of(word)
        for pattern in (rf"\b{re.escape(word)}\b", rf"\b{re.escape(stem)}\w*"):
            match = re.search(pattern, text, re.IGNORECASE)
            if match:
                found.append(match.start())
                break
    return min(found, default=0)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
