"""The default engine: shards on this machine, one process per worker.

With one worker the shards run in this process.  With more, each worker is a
separate process (so the pipeline's Python stages run in parallel too, not only
spaCy's parser, which is all ``nlp.pipe(n_process=...)`` would spread), loads the
model once and takes shards one at a time, so a slow shard never holds up the rest.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..settings import Settings
from .job import process_shard
from .shards import Shard


def run_local(
    shards: Sequence[Shard],
    out: Path,
    settings: Settings,
    *,
    workers: int,
    partition_by: str,
) -> Iterator[dict[str, Any]]:
    """Summaries of the shards as they finish (in order with one worker)."""
    if workers <= 1:
        for shard in shards:
            yield process_shard(shard, out, settings, partition_by)
        return
    context = multiprocessing.get_context("spawn")  # no inherited locks, threads or model
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        task: Callable[[Shard], dict[str, Any]] = _Task(out, settings, partition_by)
        pending = [pool.submit(task, shard) for shard in shards]
        for future in concurrent.futures.as_completed(pending):
            yield future.result()


class _Task:
    """``process_shard`` with the job's fixed arguments, picklable for the worker processes."""

    def __init__(self, out: Path, settings: Settings, partition_by: str) -> None:
        self.out, self.settings, self.partition_by = out, settings, partition_by

    def __call__(self, shard: Shard) -> dict[str, Any]:
        return process_shard(shard, self.out, self.settings, self.partition_by)
