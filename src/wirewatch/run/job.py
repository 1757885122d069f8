"""One shard through the pipeline: the work every engine's workers do, the same way.

Both engines call :func:`process_shard`, so their output is the same by
construction; an engine only decides where and how many at a time.  A page
that cannot be read or analysed goes to the ``errors`` table with its key and
message; a bug met on one page is caught the same way (code W900), so one bad
page never fails its shard.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InternalError, WirewatchError
from ..model import RawDocument
from ..pipeline import DEFAULT_STAGES, Pipeline
from ..settings import Settings
from .shards import Shard, load
from .tables import ShardWriter, remove_leftovers


def process_shard(shard: Shard, out: Path, settings: Settings, partition_by: str) -> dict[str, Any]:
    """Analyse every input of ``shard`` with ``nlp.pipe`` and write its tables; returns the
    shard's summary (inputs, articles, errors, files)."""
    remove_leftovers(out, shard.id)
    writer = ShardWriter(out, shard.id, partition_by)
    inputs = 0

    def documents() -> Iterator[RawDocument]:
        nonlocal inputs
        for record in load(shard, max_bytes=settings.max_input_bytes):
            inputs += 1
            if record.error is not None or record.document is None:
                error = record.error or InternalError("nothing was read")
                writer.failed(record.key, error.code, error.message)
                continue
            yield dataclasses.replace(record.document, source=record.key)

    for work in Pipeline(DEFAULT_STAGES, settings).run(documents()):
        key = work.raw.source or ""
        if work.error is not None:
            writer.failed(key, work.error.code, work.error.message)
            continue
        try:
            writer.add(work.to_analysis(), key)
        except WirewatchError as error:
            writer.failed(key, error.code, error.message)
        except Exception as error:  # a bug on this page: logged, the shard goes on  # noqa: BLE001
            writer.failed(key, "W900", f"internal error: {error!r}")
    return writer.commit(inputs)
