"""What a batch job writes: one Parquet dataset per table, partitioned by publication date.

The columns are those of ``wirewatch export`` (``docs/corpus.md``), so a
backfill's output and a store's export read the same; the columns only a store
can fill (``story_id``, ``ingested_at``, ``story_event_id``) are left empty until
``wirewatch load`` puts the result into a store.  Two more tables: ``records``
(the full analysis record of each article with its input key, what ``load``
reads) and ``errors`` (every input that failed, with its code and message).

Files are ``OUT/<table>/<partition>=<value>/<shard id>.parquet``: a shard's files are
written under temporary names and renamed, then its marker ``OUT/_shards/<id>.json``
is written last; a shard without a marker is redone, its files replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..export import TABLES as EXPORT_TABLES
from ..model import Analysis
from ..store.rows import (
    article_row,
    count_rows,
    entity_rows,
    event_rows,
    place_rows,
    quote_rows,
)

S, N, F, B = "string", "int64", "float64", "bool_"
TABLES: dict[str, dict[str, str]] = {
    "articles": EXPORT_TABLES["articles"],
    "entities": EXPORT_TABLES["entities"],
    "times": {
        "article_id": S, "time_id": S, "text": S, "type": S, "value": S, "anchor": S,
        "relative": B, "start": N, "end": N,
    },
    "quotes": {
        "article_id": S, "quote_id": S, "source_text": S, "source_name": S, "via_name": S,
        "kind": S, "direct": N, "content": S,
    },
    "events": EXPORT_TABLES["mentions"],
    "places": EXPORT_TABLES["places"],
    "counts": EXPORT_TABLES["counts"],
    "records": {"key": S, "article_id": S, "record": S},
    "errors": {"key": S, "code": S, "message": S},
}  # fmt: skip
PARTITIONS = ("day", "month")
UNDATED = "unknown"


def partition_of(published: str | None, by: str) -> str:
    """'2022-12-29T10:08:00+00:00' -> '2022-12-29' (by day) or '2022-12' (by month)."""
    try:
        day = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return UNDATED
    return day.isoformat() if by == "day" else day.isoformat()[:7]


def rows_of(analysis: Analysis, key: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one analysed article."""
    article = article_row(analysis, key, "")
    record = article.pop("record")  # serialised once: the records table holds it
    article.update(story_id=None, ingested_at=None)
    article_id = analysis.article.id
    times = [
        {
            "article_id": article_id,
            "time_id": time.id,
            "text": time.text,
            "type": str(time.type),
            "value": time.value,
            "anchor": time.anchor,
            "relative": time.relative,
            "start": time.start,
            "end": time.end,
        }
        for time in analysis.times
    ]
    return {
        "articles": [article],
        "entities": entity_rows(analysis),
        "times": times,
        "quotes": quote_rows(analysis),
        "places": place_rows(analysis),
        "counts": count_rows(analysis),
        "events": [row | {"story_event_id": None} for row in event_rows(analysis)],
        "records": [{"key": key, "article_id": article_id, "record": record}],
    }


class ShardWriter:
    """Collects a shard's rows by table and partition, then writes them all at once."""

    def __init__(self, out: Path, shard_id: str, partition_by: str) -> None:
        self.out, self.shard_id, self.partition_by = out, shard_id, partition_by
        self.rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        self.articles = 0
        self.failures = 0

    def add(self, analysis: Analysis, key: str) -> None:
        part = partition_of(analysis.article.published, self.partition_by)
        for table, rows in rows_of(analysis, key).items():
            self.rows[(table, part)].extend(rows)
        self.articles += 1

    def failed(self, key: str, code: str, message: str) -> None:
        self.rows[("errors", "")].append({"key": key, "code": code, "message": message})
        self.failures += 1

    def commit(self, inputs: int) -> dict[str, Any]:
        """Write every file, then the marker that says the shard is done."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        files = []
        for (table, part), rows in sorted(self.rows.items()):
            folder = self.out / table
            if part:
                folder = folder / f"{self.partition_by}={part}"
            folder.mkdir(parents=True, exist_ok=True)
            columns = TABLES[table]
            schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns.items()])
            data = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows], schema)
            final = folder / f"{self.shard_id}.parquet"
            temporary = final.with_suffix(".parquet.partial")
            pq.write_table(data, temporary)
            os.replace(temporary, final)
            files.append(str(final.relative_to(self.out)))
        summary = {
            "shard": self.shard_id,
            "inputs": inputs,
            "articles": self.articles,
            "errors": self.failures,
            "files": files,
            "worker_peak_mb": _peak_memory_mb(),  # for sizing workers (docs/distributed.md)
        }
        marker = done_marker(self.out, self.shard_id)
        marker.parent.mkdir(parents=True, exist_ok=True)
        temporary_marker = marker.with_suffix(".partial")
        temporary_marker.write_text(json.dumps(summary, indent=1), encoding="utf-8")
        os.replace(temporary_marker, marker)
        return summary


def _peak_memory_mb() -> float:
    """The peak resident memory of this worker process so far, in MB.

    Linux's VmHWM is this process's own high-water mark; ``getrusage`` would report a
    spawned worker's parent's peak too (it carries over fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def done_marker(out: Path, shard_id: str) -> Path:
    return out / "_shards" / f"{shard_id}.json"


def is_done(out: Path, shard_id: str) -> bool:
    return done_marker(out, shard_id).exists()


def remove_leftovers(out: Path, shard_id: str) -> None:
    """Files a crashed run left for this shard (it is being redone)."""
    for pattern in (f"*/{shard_id}.parquet*", f"*/*/{shard_id}.parquet*"):
        for path in out.glob(pattern):
            path.unlink()


def iter_table(out: Path, table: str, batch_rows: int = 1000) -> Iterator[dict[str, Any]]:
    """Every row of one table of a job's output, a batch at a time (memory stays flat)."""
    import pyarrow.dataset as ds

    folder = out / table
    if not folder.exists():
        return
    dataset = ds.dataset(folder, format="parquet", partitioning="hive")
    for batch in dataset.to_batches(batch_size=batch_rows):
        yield from batch.to_pylist()
