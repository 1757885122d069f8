"""A batch job's inputs cut into shards: the unit of work, of output and of resuming.

A shard is a run of inputs that one worker analyses in one go and writes as
one file per table and partition, then marks done.  Shards are planned from
the inputs alone, before anything is analysed, and the same inputs always give
the same shards with the same ids; so a rerun after a crash skips the shards
marked done and redoes only the rest.  Shards are plain data (they travel to
Ray workers as dictionaries):

- files: up to ``shard_size`` files of a folder, in sorted order;
- jsonl: ``shard_size`` lines of a JSON Lines file, from a byte offset the planner
  found once, so a worker seeks straight to its lines;
- warc: ``shard_size`` records (of any type) of a WARC file, from a record's byte offset
  the planner found in one pass (each record of a .warc.gz is a gzip member, so a
  worker can start reading there): one large archive is spread over many workers;
- parquet: one row group of a Parquet file of raw pages (columns ``html``,
  ``text`` or ``content``, and optionally ``key``/``id``, ``url``, ``published``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, InputTooLargeError, UnsupportedInputError
from ..ingest.archives import Record, is_jsonl, is_warc, jsonl_article, read_warc, warc_offsets
from ..ingest.files import iter_paths, read_document
from ..model import RawDocument

DEFAULT_SHARD_SIZE = 200


@dataclass(frozen=True)
class Shard:
    kind: str  # files, jsonl, warc, parquet
    path: str = ""  # the archive, JSON Lines or Parquet file
    start: int = 0  # jsonl, warc: byte offset; parquet: row group
    count: int = 0  # jsonl: number of lines; warc: number of records (0: to the end)
    first: int = 1  # jsonl: number of the first line (keys are file:line)
    paths: tuple[str, ...] = field(default_factory=tuple)  # files

    @property
    def id(self) -> str:
        """Stable name of the shard: the same inputs give the same id in every run."""
        text = json.dumps(asdict(self), sort_keys=True)
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"paths": list(self.paths)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shard:
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**(fields | {"paths": tuple(data.get("paths") or ())}))


def plan(inputs: Sequence[str], shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """The shards of every input named (folders walked, in sorted order)."""
    for name in inputs:
        if re.match(r"^[a-z][a-z0-9+.-]*://", name, re.IGNORECASE):
            raise UnsupportedInputError(
                f"{name}: a batch job reads files (folders, JSONL, WARC, Parquet); fetch pages "
                "and feeds with `wirewatch ingest`, or save them to a WARC first"
            )
    shards: list[Shard] = []
    loose: list[str] = []

    def flush() -> None:
        for start in range(0, len(loose), shard_size):
            shards.append(Shard("files", paths=tuple(loose[start : start + shard_size])))
        loose.clear()

    for path in iter_paths(list(inputs)):
        if is_warc(path):
            flush()
            shards.extend(_warc_shards(path, shard_size))
        elif is_jsonl(path):
            flush()
            shards.extend(_jsonl_shards(path, shard_size))
        elif path.suffix == ".parquet":
            flush()
            shards.extend(_parquet_shards(path))
        else:
            loose.append(str(path))
    flush()
    return shards


def _jsonl_shards(path: Path, shard_size: int) -> Iterator[Shard]:
    """Byte offsets of every ``shard_size``-th line, found in one pass over the file."""
    offset, line_number, start, first = 0, 0, 0, 1
    with open(path, "rb") as handle:
        for line in handle:
            line_number += 1
            offset += len(line)
            if line_number - first + 1 == shard_size:
                yield Shard("jsonl", str(path), start=start, count=shard_size, first=first)
                start, first = offset, line_number + 1
    if line_number >= first:
        yield Shard("jsonl", str(path), start=start, count=line_number - first + 1, first=first)


def _warc_shards(path: Path, shard_size: int) -> Iterator[Shard]:
    offsets = warc_offsets(path, shard_size)
    for number, offset in enumerate(offsets):
        last = number == len(offsets) - 1
        yield Shard("warc", str(path), start=offset, count=0 if last else shard_size)


def _parquet_shards(path: Path) -> Iterator[Shard]:
    import pyarrow.parquet as pq

    for group in range(pq.ParquetFile(path).num_row_groups):
        yield Shard("parquet", str(path), start=group)


def load(shard: Shard, *, max_bytes: int) -> Iterator[Record]:
    """The inputs of a shard, each a document or the error of reading it."""
    if shard.kind == "files":
        for name in shard.paths:
            try:
                yield Record(name, read_document(Path(name), max_bytes=max_bytes))
            except (InputError, OSError) as error:
                problem = error if isinstance(error, InputError) else InputError(str(error))
                yield Record(name, error=problem)
    elif shard.kind == "warc":
        records = shard.count or None  # 0: to the end of the file
        yield from read_warc(
            Path(shard.path), max_bytes=max_bytes, start=shard.start, records=records
        )
    elif shard.kind == "jsonl":
        yield from _jsonl_lines(shard, max_bytes)
    elif shard.kind == "parquet":
        yield from _parquet_rows(shard, max_bytes)
    else:
        raise UnsupportedInputError(f"unknown shard kind {shard.kind!r}")


def _jsonl_lines(shard: Shard, max_bytes: int) -> Iterator[Record]:
    with open(shard.path, "rb") as handle:
        handle.seek(shard.start)
        for number in range(shard.first, shard.first + shard.count):
            line = handle.readline()
            key = f"{shard.path}:{number}"
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield Record(key, error=InputTooLargeError("line is over the input limit"))
                continue
            yield jsonl_article(line, key)


def _parquet_rows(shard: Shard, max_bytes: int) -> Iterator[Record]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(shard.path).read_row_group(shard.start)
    names = set(table.column_names)
    content_column = next((c for c in ("html", "text", "content") if c in names), None)
    if content_column is None:
        yield Record(
            f"{shard.path}#rowgroup-{shard.start}",
            error=InputError("no html, text or content column in this Parquet file"),
        )
        return
    for index, row in enumerate(table.to_pylist()):
        key = str(row.get("key") or row.get("id") or f"{shard.path}#{shard.start}:{index}")
        content = row[content_column]
        if not content:
            yield Record(key, error=InputError(f"empty {content_column}"))
            continue
        if len(content) > max_bytes:
            yield Record(key, error=InputTooLargeError("page is over the input limit"))
            continue
        url, published = row.get("url"), row.get("published")
        yield Record(
            key,
            RawDocument(
                content=content,
                source=key,
                url=url if isinstance(url, str) else None,
                published=published if isinstance(published, str) else None,
            ),
        )
