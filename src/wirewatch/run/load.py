"""A batch job's output into the corpus store: ``wirewatch load OUT --db ...``.

Each article's full record (the ``records`` table) is added to the store as
``wirewatch ingest`` would add it, under the key of the input it came from,
so duplicates are caught, syndicated copies join their story and events merge
across articles; the ``errors`` table goes to the store's ingest log.  A load
that stops half-way is resumed by running it again: keys already in the
store are skipped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, StoreError
from ..model import Analysis
from ..store import Store
from .tables import iter_table

CHUNK = 500


@dataclass
class LoadReport:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0


def load_output(out: Path, store: Store) -> LoadReport:
    """Add every record and error of the job output in ``out`` to ``store``."""
    if not (out / "_shards").exists():
        raise StoreError(f"{out} is not the output of `wirewatch run` (no _shards folder)")
    report = LoadReport()
    records = iter_table(out, "records")
    while chunk := list(itertools.islice(records, CHUNK)):
        done = store.done_keys([row["key"] for row in chunk])
        for row in chunk:
            if row["key"] in done:
                report.skipped += 1
                continue
            added = store.add(Analysis.model_validate_json(row["record"]), row["key"])
            if added.status == "stored":
                report.stored += 1
            else:
                report.duplicates += 1
    for row in iter_table(out, "errors"):
        if store.done_keys([row["key"]]):
            report.skipped += 1
            continue
        error = InputError(row["message"], source=row["key"])
        error.code = row["code"]
        store.record_failure(row["key"], error)
        report.failed += 1
    return report
