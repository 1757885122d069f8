"""Commands for batch jobs: ``run`` (inputs to Parquet tables, here or on Ray) and ``load``
(a job's tables into the corpus store)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import SettingsError, WirewatchError
from .base import EXIT_FAILED, EXIT_USAGE, main
from .options import POSITIVE, config_option, load_settings, open_store, store_options


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option(
    "--engine",
    type=click.Choice(("local", "ray")),
    default="local",
    show_default=True,
    help="local: processes on this machine; ray: RAY_ADDRESS's cluster, or Ray started here.",
)
@click.option("--workers", type=POSITIVE, default=1, show_default=True, help="Parallel workers.")
@click.option(
    "--shard-size", type=POSITIVE, default=200, show_default=True, help="Inputs per shard."
)
@click.option("--batch-size", type=POSITIVE, default=None, help="Articles per nlp.pipe batch.")
@click.option("--memory-mb", type=POSITIVE, default=None, help="Memory each Ray worker reserves.")
@click.option(
    "--partition-by", type=click.Choice(("day", "month")), default="month", show_default=True
)
@config_option()
def run(
    inputs: tuple[str, ...],
    out: str,
    engine: str,
    workers: int,
    shard_size: int,
    batch_size: int | None,
    memory_mb: int | None,
    partition_by: str,
    config: str | None,
) -> None:
    """Analyse INPUTS (folders, files, JSONL, WARC, Parquet of raw pages) into Parquet tables
    in OUT, partitioned by publication date; a rerun skips the shards already done."""
    from ..run import run_job

    overrides = {"batch_size": batch_size} if batch_size else {}
    settings = load_settings(config, **overrides)
    started = time.perf_counter()

    def progress(summary: dict[str, object]) -> None:
        click.echo(
            f"shard {summary['shard']}: {summary['articles']} articles, {summary['errors']} errors",
            err=True,
        )

    try:
        report = run_job(
            list(inputs),
            Path(out),
            settings,
            engine=engine,
            workers=workers,
            shard_size=shard_size,
            partition_by=partition_by,
            memory_mb=memory_mb,
            progress=progress,
        )
    except SettingsError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    seconds = time.perf_counter() - started
    rate = report.inputs / seconds if seconds else 0.0
    click.echo(
        f"{report.articles} articles, {report.errors} errors from {report.inputs} inputs in "
        f"{report.shards - report.skipped} shards ({report.skipped} done before), "
        f"{rate:.1f} inputs/s",
        err=True,
    )


@main.command()
@click.argument("output", type=click.Path(exists=True, file_okay=False))
@store_options
def load(output: str, db: str | None, config: str | None) -> None:
    """Put the output of `wirewatch run` into the store, as `ingest` would (rerun to resume)."""
    from ..run.load import load_output

    store = open_store(load_settings(config, db=db), create=True)
    try:
        report = load_output(Path(output), store)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(
        f"{report.stored} stored, {report.duplicates} duplicates, {report.failed} failed, "
        f"{report.skipped} done before",
        err=True,
    )
