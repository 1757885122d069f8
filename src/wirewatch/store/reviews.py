"""Human review of coded events: confirmed, wrong (with the right coding), or a duplicate.

The machine's coding in ``events`` is never changed.  Each review is a new row
with who and when, so the history of an event's reviews is kept whole; the
latest review is the event's *reviewed version*, which exports can take
instead of the machine's (``wirewatch export --reviewed``).  This is the human
check that ACLED has and GDELT lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..errors import ReviewError
from .backends import Backend, Row
from .filters import EVENT_TYPES
from .parties import COUNTRY_CODE

VERDICTS = ("confirmed", "wrong", "duplicate")
MAX_NOTE = 2000


@dataclass(frozen=True)
class Review:
    """One person's verdict on one event mention (``article_id``/``event_id``)."""

    article_id: str
    event_id: str
    verdict: str
    type: str | None = None  # for "wrong": the correct type, actor, target (None: as coded)
    actor_country: str | None = None
    target_country: str | None = None
    not_an_event: bool = False  # for "wrong": the sentence tells no event at all
    duplicate_of: str | None = None  # for "duplicate": "article_id/event_id"
    note: str | None = None


class Reviews:
    """The ``reviews`` table of one store."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def add(self, review: Review, reviewer: str) -> Row:
        """Record a review after checking it names a stored event and makes sense."""
        review = _normalised(review)
        _check(review)
        with self.backend.transaction():
            coded = self._event(review.article_id, review.event_id)
            if coded is None:
                raise ReviewError(f"no event {review.event_id} in article {review.article_id}")
            if review.duplicate_of is not None:
                other_article, _, other_event = review.duplicate_of.partition("/")
                if self._event(other_article, other_event) is None:
                    raise ReviewError(f"duplicate of {review.duplicate_of!r}: no such event")
            review_id = self.backend.insert_id(
                "INSERT INTO reviews (article_id, event_id, verdict, type, actor_country, "
                "target_country, not_an_event, duplicate_of, note, reviewer, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    review.article_id,
                    review.event_id,
                    review.verdict,
                    review.type,
                    review.actor_country,
                    review.target_country,
                    int(review.not_an_event),
                    review.duplicate_of,
                    review.note,
                    reviewer,
                    _now(),
                ),
            )
        return self.backend.query("SELECT * FROM reviews WHERE id = ?", (review_id,))[0]

    def history(self, article_id: str, event_id: str) -> list[Row]:
        """Every review of one event, newest first."""
        return self.backend.query(
            "SELECT * FROM reviews WHERE article_id = ? AND event_id = ? ORDER BY id DESC",
            (article_id, event_id),
        )

    def latest_of_article(self, article_id: str) -> dict[str, Row]:
        """The latest review of each reviewed event of an article, by event id."""
        rows = self.backend.query(
            "SELECT r.* FROM reviews r WHERE r.article_id = ? AND r.id = (SELECT MAX(o.id) "
            "FROM reviews o WHERE o.article_id = r.article_id AND o.event_id = r.event_id)",
            (article_id,),
        )
        return {row["event_id"]: row for row in rows}

    def _event(self, article_id: str, event_id: str) -> Row | None:
        rows = self.backend.query(
            "SELECT type, actor_country, target_country FROM events "
            "WHERE article_id = ? AND event_id = ?",
            (article_id, event_id),
        )
        return rows[0] if rows else None


def reviewed(mention: Row, review: Row | None) -> Row | None:
    """A stored event mention as its latest review has it: corrected where judged wrong,
    with the verdict, reviewer and time; None when reviewed as no event or a duplicate."""
    row: dict[str, Any] = dict(mention)
    if review is None:
        return row | {"review": None, "reviewed_by": None, "reviewed_at": None}
    if review["verdict"] == "duplicate" or review["not_an_event"]:
        return None
    if review["verdict"] == "wrong":
        for column in ("type", "actor_country", "target_country"):
            if review[column] is not None:
                row[column] = review[column]
    return row | {
        "review": review["verdict"],
        "reviewed_by": review["reviewer"],
        "reviewed_at": review["at"],
    }


def _normalised(review: Review) -> Review:
    """Blank form fields as None, codes upper-case, the note trimmed (and refused when over
    ``MAX_NOTE`` characters, rather than cut without a word)."""

    def code(value: str | None) -> str | None:
        value = (value or "").strip().upper()
        return value or None

    note = (review.note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"the note has {len(note):,} characters; a note may have {MAX_NOTE:,}")
    duplicate_of = (review.duplicate_of or "").strip() or None
    return Review(
        review.article_id,
        review.event_id,
        review.verdict.strip().lower(),
        code(review.type),
        code(review.actor_country),
        code(review.target_country),
        review.not_an_event,
        duplicate_of,
        note,
    )


def _check(review: Review) -> None:
    """A verdict with the fields it needs, and only those."""
    if review.verdict not in VERDICTS:
        raise ReviewError(f"verdict {review.verdict!r}: choose one of {', '.join(VERDICTS)}")
    corrected = (review.type, review.actor_country, review.target_country)
    if review.type is not None and review.type not in EVENT_TYPES:
        raise ReviewError(f"{review.type!r} is not a PLOVER event type")
    for value in (review.actor_country, review.target_country):
        if value is not None and not COUNTRY_CODE.match(value):
            raise ReviewError(f"{value!r} is not a country or organisation code (PRK, UN, ...)")
    if review.verdict == "wrong" and not review.not_an_event and not any(corrected):
        raise ReviewError("a 'wrong' verdict needs the right type, actor or target, or 'no event'")
    if review.verdict != "wrong" and (any(corrected) or review.not_an_event):
        raise ReviewError("only a 'wrong' verdict carries a correction")
    if (review.verdict == "duplicate") != (review.duplicate_of is not None):
        raise ReviewError("a 'duplicate' verdict needs the event it repeats, and only it does")
    if review.duplicate_of is not None:
        if review.duplicate_of == f"{review.article_id}/{review.event_id}":
            raise ReviewError("an event cannot duplicate itself")
        if not re.fullmatch(r"[0-9a-f]{4,64}/V\d+", review.duplicate_of):
            raise ReviewError("name the repeated event as article_id/event_id, e.g. 3f2a.../V2")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
