"""RSS and Atom feeds: the articles a feed lists, newest first as the feed has them.

feedparser reads every feed dialect and survives most broken XML; a document
that yields no entries at all is refused as "not a feed" with the parser's
reason, so a mistyped URL is reported instead of silently ingesting nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    published: str | None  # ISO 8601, UTC


def looks_like_feed(content: bytes, content_type: str) -> bool:
    """An RSS/Atom document rather than a web page (by its media type or its first tag)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    head = content[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def parse_feed(content: bytes, source: str) -> list[FeedEntry]:
    """The entries of a feed that have a link; raises InputError for a document with none."""
    import feedparser

    parsed = feedparser.parse(content)
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            continue
        entries.append(FeedEntry(link, entry.get("title"), _published(entry)))
    if not entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "args", [""])
        raise InputError(
            f"not a readable RSS or Atom feed ({reason[0] if reason else ''})", source=source
        )
    return entries


def _published(entry: object) -> str | None:
    parsed = getattr(entry, "get", lambda _: None)("published_parsed") or getattr(
        entry, "get", lambda _: None
    )("updated_parsed")
    if not parsed:
        return None
    stamp = calendar.timegm(parsed)
    return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat()
