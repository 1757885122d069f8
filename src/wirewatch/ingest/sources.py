"""What ``wirewatch ingest SOURCE...`` can be given, turned into keyed, lazily loaded items.

A source is a file, a folder (walked recursively), a WARC archive, a JSON
Lines file, a text file listing URLs, or a URL (a page, or an RSS/Atom feed
whose entries are then fetched).  Every item has a key that names it for
good (a path, a WARC record id, a URL in its canonical form), so a rerun can skip what is done
before reading or fetching anything; loading happens only when the item is
really needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import WirewatchError
from ..model import RawDocument
from .archives import is_jsonl, is_warc, read_jsonl, read_warc
from .feeds import looks_like_feed, parse_feed
from .fetch import Fetcher
from .files import iter_paths, read_document
from .urls import canonical_url

URL = re.compile(r"^https?://\S+$")
URL_LIST_PROBE_BYTES = 64_000


@dataclass(frozen=True)
class Item:
    """One input: its key and how to load it (a document, or more items for a feed)."""

    key: str
    load: Callable[[], RawDocument | list[Item]]


def expand(sources: Sequence[str], fetcher: Fetcher, *, max_bytes: int) -> Iterator[Item]:
    """Items for every source named, in the order given (folders sorted)."""
    for source in sources:
        if URL.match(source):
            yield Item(canonical_url(source), _url_loader(source, fetcher, feed_allowed=True))
            continue
        for path in iter_paths([source]):  # keyed by the resolved path: "x/" is "/tmp/x"
            yield from _file_items(path.resolve(), fetcher, max_bytes)


def _file_items(path: Path, fetcher: Fetcher, max_bytes: int) -> Iterator[Item]:
    if is_warc(path) or is_jsonl(path):
        reader = read_warc if is_warc(path) else read_jsonl
        for record in reader(path, max_bytes=max_bytes):
            yield Item(record.key, _ready(record.document, record.error))
        return
    urls = _url_list(path)
    if urls is not None:
        for url in urls:
            yield Item(canonical_url(url), _url_loader(url, fetcher, feed_allowed=False))
        return
    yield Item(str(path), lambda: read_document(path, max_bytes=max_bytes))


def _ready(document: RawDocument | None, error: WirewatchError | None) -> Callable[[], RawDocument]:
    def load() -> RawDocument:
        if error is not None:
            raise error
        assert document is not None
        return document

    return load


def _url_loader(
    url: str, fetcher: Fetcher, *, feed_allowed: bool
) -> Callable[[], RawDocument | list[Item]]:
    """Fetch the URL; a feed (when allowed) becomes one item per entry, a page a document."""

    def load() -> RawDocument | list[Item]:
        fetched = fetcher.get(url, conditional=feed_allowed)
        if fetched.not_modified:
            return []  # a feed with nothing new since the last poll
        if feed_allowed and looks_like_feed(fetched.content, fetched.content_type):
            return [
                Item(canonical_url(entry.url), _entry_loader(entry.url, entry.published, fetcher))
                for entry in parse_feed(fetched.content, url)
            ]
        return RawDocument(content=fetched.content, source=url, url=fetched.url)

    return load


def _entry_loader(url: str, published: str | None, fetcher: Fetcher) -> Callable[[], RawDocument]:
    def load() -> RawDocument:
        fetched = fetcher.get(url)
        return RawDocument(
            content=fetched.content, source=url, url=fetched.url, published=published
        )

    return load


def _url_list(path: Path) -> list[str] | None:
    """The URLs of a text file that holds nothing else (one per line, # comments allowed)."""
    if path.suffix.lower() not in (".txt", ".urls", ".list", ""):
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(URL_LIST_PROBE_BYTES + 1)
    except OSError:
        return None
    if len(head) > URL_LIST_PROBE_BYTES:
        return None
    lines = [
        line.strip()
        for line in head.decode("utf-8", "replace").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if lines and all(URL.match(line) for line in lines):
        return lines
    return None
