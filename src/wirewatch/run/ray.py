"""The distributed engine: the same shards on a Ray cluster, through Ray Data.

Every call into Ray is in this module: Ray's Data API changes between releases
(``concurrency=`` gave way to ``compute=ActorPoolStrategy`` in 2.51), and the
version range in ``pyproject.toml`` is the one this code is tested with.

The shards become a Ray dataset of one row each; ``map_batches`` runs them on a
pool of actors, one per worker, each of which loads the spaCy model once and
then calls the same :func:`~wirewatch.run.job.process_shard` as the local
engine, writing its files straight to the output folder (on a cluster, a
filesystem every node mounts).  Only each shard's summary comes back.

With ``RAY_ADDRESS`` set, the job joins that cluster (``ray job submit`` sets it);
otherwise it starts Ray on this machine with one CPU more than the workers: Ray
Data needs a free CPU to schedule the step that reads the shards, and with every
CPU held by an actor it waits for ever (ray-project/ray#44687).  On a cluster
with too few CPUs for the workers asked, the job stops at once with that reason.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import SettingsError
from ..settings import Settings
from .shards import Shard

READ_CPUS = 1  # kept free for Ray Data's own tasks


def run_ray(
    shards: Sequence[Shard],
    out: Path,
    settings: Settings,
    *,
    workers: int,
    partition_by: str,
    memory_mb: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Summaries of the shards, processed by ``workers`` Ray actors."""
    try:
        import ray
        from ray.data import ActorPoolStrategy
    except ImportError as error:
        raise SettingsError("--engine ray needs Ray: pip install 'wirewatch[ray]'") from error
    if not shards:
        return
    started_here = _connect(ray, workers)
    try:
        cpus = int(ray.cluster_resources().get("CPU", 0))  # type: ignore[no-untyped-call]
        if cpus < workers + READ_CPUS:
            raise SettingsError(
                f"the Ray cluster has {cpus} CPUs; {workers} workers need {workers + READ_CPUS} "
                "(one stays free for reading, or Ray Data waits for ever: ray-project/ray#44687). "
                "Ask for fewer --workers or add nodes"
            )
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.WARNING)  # wirewatch reports progress
        # one row per shard, as JSON text: nested lists would arrive as numpy arrays
        rows = [{"shard": json.dumps(shard.to_dict())} for shard in shards]
        dataset = ray.data.from_items(rows).repartition(len(shards))
        results = dataset.map_batches(
            _ShardActor,
            fn_constructor_kwargs={
                "out": str(out.resolve()),
                "settings": settings.model_dump(),
                "partition_by": partition_by,
            },
            batch_size=1,
            batch_format="numpy",
            compute=ActorPoolStrategy(size=workers),
            num_cpus=1,
            memory=memory_mb * 1024 * 1024 if memory_mb else None,
        )
        for row in results.iter_rows():
            yield json.loads(row["summary"])
    finally:
        if started_here:
            ray.shutdown()


def _connect(ray: Any, workers: int) -> bool:
    """Join ``RAY_ADDRESS`` or an already running Ray; else start one here (True)."""
    if ray.is_initialized():
        return False
    address = os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, log_to_driver=False)
        return False
    ray.init(
        num_cpus=workers + READ_CPUS,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.WARNING,
    )
    return True


class _ShardActor:
    """A Ray actor: loads the model once, then processes one shard per call."""

    def __init__(self, out: str, settings: dict[str, Any], partition_by: str) -> None:
        from ..nlp import load_model

        self.out = Path(out)
        self.settings = Settings.model_validate(settings)
        self.partition_by = partition_by
        load_model(self.settings.model)  # once per actor, before the first shard

    def __call__(self, batch: Any) -> Any:
        import numpy

        from .job import process_shard

        summaries = [
            process_shard(
                Shard.from_dict(json.loads(text)), self.out, self.settings, self.partition_by
            )
            for text in batch["shard"]
        ]
        return {"summary": numpy.array([json.dumps(s) for s in summaries], dtype=object)}
