"""Many articles in one file: WARC web archives and JSON Lines exports.

Both are read as streams, one record at a time, so a 10 GB archive never
sits in memory; a record that cannot be read (a truncated gzip member, a
line that is not JSON) becomes an error for that record, and the records
before it are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputTooLargeError, WirewatchError
from ..model import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Record:
    """One article out of an archive, or the error met reading it."""

    key: str
    document: RawDocument | None = None
    error: WirewatchError | None = None


def _open(path: Path) -> BinaryIO | Record:
    """The open file, or the error of opening it as a record of its own."""
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller's with-block
    except OSError as error:
        return Record(
            str(path), error=InputError(f"cannot open: {error.strerror}", source=str(path))
        )


def is_warc(path: Path) -> bool:
    return path.name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def is_jsonl(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".ndjson"))


def read_warc(
    path: Path, *, max_bytes: int, start: int = 0, records: int | None = None
) -> Iterator[Record]:
    """HTML responses of a WARC file, keyed by file and record id; the page's URL is its
    WARC-Target-URI. Requests, metadata, images and failed responses are passed over.
    ``start`` (a record's byte offset, from :func:`warc_offsets`) and ``records`` (how many
    records of any type to read from there) select a part of the file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    handle = _open(path)
    if isinstance(handle, Record):
        yield handle
        return
    with handle:
        handle.seek(start)
        iterator = ArchiveIterator(handle)
        count = 0
        while records is None or count < records:
            try:
                record = next(iterator)
            except StopIteration:
                return
            except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
                where = f"{source}#after-record-{count}" + (f"@{start}" if start else "")
                yield Record(where, error=InputError(f"damaged archive: {error}", source=where))
                return
            count += 1
            found = _warc_article(record, source, max_bytes)
            if found is not None:
                yield found


def warc_offsets(path: Path, every: int) -> list[int]:
    """Byte offsets of records 0, ``every``, 2 x ``every``... of a WARC file, found in one
    pass, so that parts of one large archive can be read by different workers (each record
    of a .warc.gz is a gzip member of its own, so reading can start at its offset).  A
    damaged archive ends the list where the damage is; reading that part reports it."""
    from warcio.archiveiterator import ArchiveIterator

    offsets: list[int] = []
    try:
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for number, _ in enumerate(iterator):
                if number % every == 0:
                    offsets.append(iterator.get_record_offset())
    except Exception:  # damaged or unreadable: read_warc reports it  # noqa: BLE001, S110
        pass
    return offsets or [0]


def _warc_article(record: object, source: str, max_bytes: int) -> Record | None:
    headers = record.rec_headers  # type: ignore[attr-defined]
    if record.rec_type != "response":  # type: ignore[attr-defined]
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None or not http.get_statuscode().startswith("2"):
        return None
    content_type = (http.get_header("Content-Type") or "").lower()
    if content_type and not content_type.startswith(HTML_TYPES):
        return None
    url = headers.get_header("WARC-Target-URI")
    key = f"{source}#{headers.get_header('WARC-Record-ID') or url}"
    try:
        stream = record.content_stream()  # type: ignore[attr-defined]
        data = stream.read(max_bytes + 1)
    except Exception as error:  # zlib and EOF errors of a truncated record  # noqa: BLE001
        return Record(key, error=InputError(f"truncated record: {error}", source=key))
    if len(data) > max_bytes:
        return Record(key, error=InputTooLargeError("record is over the input limit", source=key))
    missing = getattr(record.raw_stream, "limit", 0)  # type: ignore[attr-defined]
    if missing:  # warcio returns a short read, without error, for a record cut off
        return Record(
            key, error=InputError(f"truncated record: {missing:,} bytes missing", source=key)
        )
    return Record(key, RawDocument(content=data, source=key, url=url))


def read_jsonl(path: Path, *, max_bytes: int) -> Iterator[Record]:
    """Lines of ``{"url", "html" or "text", "published"}``, keyed by file and line number."""
    source = str(path)
    handle = _open(path)
    if isinstance(handle, Record):
        yield handle
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            key = f"{source}:{number}"
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield Record(
                    key, error=InputTooLargeError("line is over the input limit", source=key)
                )
                continue
            yield jsonl_article(line, key)


def jsonl_article(line: bytes, key: str) -> Record:
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return Record(key, error=InputError(f"not a JSON object: {error}", source=key))
    if not isinstance(data, dict):
        return Record(key, error=InputError("not a JSON object", source=key))
    content = data.get("html") or data.get("text")
    if not isinstance(content, str) or not content.strip():
        return Record(key, error=InputError('has no "html" or "text" field', source=key))
    url = data.get("url") if isinstance(data.get("url"), str) else None
    published = data.get("published") if isinstance(data.get("published"), str) else None
    return Record(key, RawDocument(content=content, source=key, url=url, published=published))
