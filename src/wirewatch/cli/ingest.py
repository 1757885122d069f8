"""``wirewatch ingest`` and ``watch``: inputs and feeds into the store, resumable.

Run ``ingest`` again to resume: inputs already stored (or failed) are
skipped, and each failure is one line on stderr and one row of ``errors``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from ..errors import StoreError
from ..settings import Settings
from .base import EXIT_FAILED, EXIT_OK, main
from .options import NOT_NEGATIVE, Duration, load_settings, open_store, size_options, store_options

if TYPE_CHECKING:
    from ..ingest.fetch import Fetcher


@main.command()
@click.argument("sources", nargs=-1, required=True)
@store_options
@click.option("--allow-private", is_flag=True, help="Allow fetching from private addresses.")
@click.option("--retry-failed", is_flag=True, help="Try again the inputs that failed before.")
@size_options
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def ingest(
    sources: tuple[str, ...],
    db: str | None,
    config: str | None,
    allow_private: bool,
    retry_failed: bool,
    model: str | None,
    batch_size: int | None,
    max_bytes: int | None,
    quiet: bool,
) -> None:
    """Analyse files, folders, WARC/JSONL archives, URL lists, pages and feeds into the store.

    Run it again to resume: inputs already stored (or failed) are skipped.
    """
    settings = load_settings(
        config, db=db, model=model, batch_size=batch_size, max_input_bytes=max_bytes
    )
    sys.exit(_ingest_once(sources, settings, allow_private, retry_failed, quiet, not quiet))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@store_options
@click.option("--every", type=Duration(), default="15m", help="Time between polls: 90s, 15m, 1h.")
@click.option(
    "--rounds", type=NOT_NEGATIVE, default=0, help="Stop after this many polls (0: never)."
)
@click.option("--allow-private", is_flag=True, help="Allow fetching from private addresses.")
@click.option("--quiet", is_flag=True, help="No summary per poll.")
def watch(
    feeds: tuple[str, ...],
    db: str | None,
    config: str | None,
    every: float,
    rounds: int,
    allow_private: bool,
    quiet: bool,
) -> None:
    """Poll RSS/Atom feeds and ingest their new items, until stopped (Ctrl-C)."""
    from ..ingest.fetch import Fetcher

    settings = load_settings(config, db=db)
    interval = every
    fetcher = Fetcher(settings, allow_private=allow_private)  # keeps ETags between polls
    done = 0
    try:
        while True:
            _ingest_once(
                feeds, settings, allow_private, False, True, summary=not quiet, fetcher=fetcher
            )
            done += 1
            if rounds and done >= rounds:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        fetcher.close()


def _ingest_once(
    sources: Sequence[str],
    settings: Settings,
    allow_private: bool,
    retry_failed: bool,
    quiet: bool,
    summary: bool = True,
    fetcher: Fetcher | None = None,
) -> int:
    from ..ingest.fetch import Fetcher
    from ..ingest.runner import ingest as run_ingest
    from ..ingest.sources import expand

    store = open_store(settings, create=True)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings, allow_private=allow_private)
    started = time.perf_counter()
    try:
        with _progress(quiet, _count_inputs(sources)) as progress:
            report = run_ingest(
                expand(sources, fetcher, max_bytes=settings.max_input_bytes),
                store,
                settings,
                retry_failed=retry_failed,
                progress=progress,
            )
    except StoreError as error:
        click.echo(f"error: {error}", err=True)
        return EXIT_FAILED
    except KeyboardInterrupt:
        click.echo("interrupted: run the same command again to resume", err=True)
        return EXIT_FAILED
    finally:
        if own_fetcher:
            fetcher.close()
        store.close()
    elapsed = time.perf_counter() - started
    if summary:
        rate = (report.stored + report.duplicates) / elapsed if elapsed else 0.0
        click.echo(
            f"{report.stored} stored, {report.duplicates} duplicates, {report.failed} failed, "
            f"{report.skipped} done before ({rate:.1f} articles/s)",
            err=True,
        )
    return EXIT_FAILED if report.failed else EXIT_OK


def _count_inputs(sources: Sequence[str]) -> int | None:
    """How many inputs a run has, when it can be known without reading them: plain files and
    folders of them (archives, URL lists and feeds hold an unknown number)."""
    from ..ingest.archives import is_jsonl, is_warc
    from ..ingest.files import iter_paths

    if any("://" in source for source in sources):
        return None
    total = 0
    for path in iter_paths(list(sources)):
        if is_warc(path) or is_jsonl(path) or path.suffix in (".urls", ".list"):
            return None
        total += 1  # a .txt list of URLs counts as one: the time left is only an estimate
    return total


class _progress:
    """A progress bar on a terminal (count, rate, time left when the total is known);
    failures are always printed."""

    def __init__(self, quiet: bool, total: int | None = None) -> None:
        self.live = not quiet and sys.stderr.isatty()
        self.total = total
        self._progress: Any = None

    def __enter__(self) -> Callable[[str, str], None]:
        if self.live:
            from rich.progress import (
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingesting", total=self.total, rate="0.0")
            self._started = time.perf_counter()
        return self.report

    def report(self, key: str, outcome: str) -> None:
        if outcome.startswith("failed"):
            click.echo(f"error: {outcome.removeprefix('failed: ')}", err=True)
        if self._progress is not None:
            self._progress.advance(self._task)
            done = self._progress.tasks[0].completed
            rate = done / max(time.perf_counter() - self._started, 1e-9)
            self._progress.update(self._task, rate=f"{rate:.1f}")

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
