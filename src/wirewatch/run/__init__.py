"""Batch jobs: many articles in, Parquet tables out, on this machine or a Ray cluster.

``wirewatch run --engine local|ray INPUT... --out OUT`` plans the inputs into
shards (:mod:`.shards`), skips the shards an earlier run finished, and has an
engine (:mod:`.local`, :mod:`.ray`) run the rest through the same
:func:`.job.process_shard`; ``wirewatch load OUT`` puts a result into a store
(:mod:`.load`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SettingsError
from ..settings import Settings
from .shards import DEFAULT_SHARD_SIZE, Shard, plan
from .tables import PARTITIONS, is_done

ENGINES = ("local", "ray")


@dataclass
class JobReport:
    shards: int = 0
    skipped: int = 0  # done by an earlier run
    inputs: int = 0
    articles: int = 0
    errors: int = 0
    summaries: list[dict[str, Any]] = field(default_factory=list)


def run_job(
    inputs: Sequence[str],
    out: Path,
    settings: Settings,
    *,
    engine: str = "local",
    workers: int = 1,
    shard_size: int = DEFAULT_SHARD_SIZE,
    partition_by: str = "month",
    memory_mb: int | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> JobReport:
    """Analyse every input not done before into ``out``; returns what was done."""
    if engine not in ENGINES:
        raise SettingsError(f"engine {engine!r}: use one of {', '.join(ENGINES)}")
    if partition_by not in PARTITIONS:
        raise SettingsError(f"partition by {partition_by!r}: use one of {', '.join(PARTITIONS)}")
    if workers < 1 or shard_size < 1:
        raise SettingsError("--workers and --shard-size must be at least 1")
    out.mkdir(parents=True, exist_ok=True)
    shards = plan(inputs, shard_size)
    pending: list[Shard] = [shard for shard in shards if not is_done(out, shard.id)]
    report = JobReport(shards=len(shards), skipped=len(shards) - len(pending))
    if engine == "ray":
        from .ray import run_ray

        summaries = run_ray(
            pending,
            out,
            settings,
            workers=workers,
            partition_by=partition_by,
            memory_mb=memory_mb,
        )
    else:
        from .local import run_local

        summaries = run_local(pending, out, settings, workers=workers, partition_by=partition_by)
    for summary in summaries:
        report.inputs += summary["inputs"]
        report.articles += summary["articles"]
        report.errors += summary["errors"]
        report.summaries.append(summary)
        if progress is not None:
            progress(summary)
    return report


__all__ = ["ENGINES", "JobReport", "run_job"]
