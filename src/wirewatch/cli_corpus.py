"""Corpus commands: ingest into the store, watch feeds, and ask the store questions.

Every query command prints a table on a terminal and takes ``--format
text|json|jsonl|csv``; the store is ``--db`` (a SQLite file or a
``postgresql://`` URL), else ``WIREWATCH_DB``, else ``./wirewatch.db``.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from .cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from .errors import StoreError, WirewatchError

if TYPE_CHECKING:
    from .ingest.fetch import Fetcher
from .render import render_analysis
from .settings import Settings
from .store import EventFilter, Store

QUERY_FORMATS = ("text", "json", "jsonl", "csv")
EVENT_COLUMNS = (
    "date", "type", "actor_country", "actor_name", "target_country", "target_name",
    "modality", "sources", "mentions", "trigger", "outlet", "article_id",
)  # fmt: skip
EVENT_TEXT_COLUMNS = (
    "date", "type", "actor_country", "target_country", "modality", "sources", "trigger",
)  # fmt: skip


def _store_options(function: Callable[..., None]) -> Callable[..., None]:
    function = click.option(
        "--db", default=None, help="SQLite file or postgresql:// URL (default: WIREWATCH_DB)."
    )(function)
    return click.option(
        "--config", type=click.Path(dir_okay=False), default=None, help="Settings file (TOML)."
    )(function)


def _format_option(function: Callable[..., None]) -> Callable[..., None]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(QUERY_FORMATS),
        default=None,
        help="text on a terminal, jsonl when piped.",
    )(function)


def _load_settings(config: str | None, **overrides: Any) -> Settings:
    try:
        return Settings.load(config_file=config, environ=None, **overrides)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)


def _open(settings: Settings, create: bool = False) -> Store:
    """The store, closed when the command ends (a PostgreSQL connection, above all). Only
    commands that write (``create``) make a new SQLite file: a read command on a mistyped
    path says so instead of answering from an empty store it made."""
    url = str(settings.db)
    if not create and "://" not in url and not Path(url).exists():
        click.echo(f"error: no store at {url} (a typo? `wirewatch ingest` creates one)", err=True)
        sys.exit(EXIT_FAILED)
    try:
        store = Store.open(settings.db)
    except StoreError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


@main.command()
@click.argument("sources", nargs=-1, required=True)
@_store_options
@click.option("--allow-private", is_flag=True, help="Allow fetching from private addresses.")
@click.option("--retry-failed", is_flag=True, help="Try again the inputs that failed before.")
@click.option("--model", default=None, help="spaCy model package, or 'auto'.")
@click.option("--batch-size", type=int, default=None, help="Articles per nlp.pipe batch.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def ingest(
    sources: tuple[str, ...],
    db: str | None,
    config: str | None,
    allow_private: bool,
    retry_failed: bool,
    model: str | None,
    batch_size: int | None,
    quiet: bool,
) -> None:
    """Analyse files, folders, WARC/JSONL archives, URL lists, pages and feeds into the store.

    Run it again to resume: inputs already stored (or failed) are skipped.
    """
    settings = _load_settings(config, db=db, model=model, batch_size=batch_size)
    sys.exit(_ingest_once(sources, settings, allow_private, retry_failed, quiet, not quiet))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@_store_options
@click.option("--every", default="15m", help="Time between polls: 90s, 15m, 1h.")
@click.option("--rounds", type=int, default=0, help="Stop after this many polls (0: never).")
@click.option("--allow-private", is_flag=True, help="Allow fetching from private addresses.")
@click.option("--quiet", is_flag=True, help="No summary per poll.")
def watch(
    feeds: tuple[str, ...],
    db: str | None,
    config: str | None,
    every: str,
    rounds: int,
    allow_private: bool,
    quiet: bool,
) -> None:
    """Poll RSS/Atom feeds and ingest their new items, until stopped (Ctrl-C)."""
    from .ingest.fetch import Fetcher

    settings = _load_settings(config, db=db)
    interval = _seconds(every)
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
    from .ingest.fetch import Fetcher
    from .ingest.runner import ingest as run_ingest
    from .ingest.sources import expand

    store = _open(settings, create=True)
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
    from .ingest.archives import is_jsonl, is_warc
    from .ingest.files import iter_paths

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


@main.command()
@_store_options
@_format_option
def errors(db: str | None, config: str | None, output_format: str | None) -> None:
    """Inputs that failed, with their error (they are skipped on reruns; --retry-failed)."""
    store = _open(_load_settings(config, db=db))
    _emit(store.errors(), output_format, ("key", "error_code", "error", "at"))


@main.command()
@_store_options
@_format_option
@click.option("--actor", default=None, help="Country/organisation code (PRK, UN) or a name.")
@click.option("--target", default=None, help="Country/organisation code or a name.")
@click.option("--type", "type_", default=None, help="PLOVER type, e.g. ASSAULT.")
@click.option("--since", default=None, help="First date, YYYY-MM-DD.")
@click.option("--until", default=None, help="Last date, YYYY-MM-DD.")
@click.option("--modality", default=None, help="asserted, reported, claimed, planned ...")
@click.option("--mentions", is_flag=True, help="Every mention, not one row per real event.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
def events(
    db: str | None,
    config: str | None,
    output_format: str | None,
    actor: str | None,
    target: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    modality: str | None,
    mentions: bool,
    limit: int,
    offset: int,
) -> None:
    """Events in the corpus: one row per real-world event, with its count of sources."""
    store = _open(_load_settings(config, db=db))
    where = EventFilter(actor, target, type_, since, until, modality, limit, offset)
    chosen = output_format or ("text" if sys.stdout.isatty() else "jsonl")
    columns = EVENT_TEXT_COLUMNS if chosen == "text" else EVENT_COLUMNS
    rows = store.events(where, mentions=mentions)
    _emit(rows, chosen, columns)
    if len(rows) == limit:  # on stderr: the rows on stdout stay a clean table
        click.echo(
            f"note: the first {limit} shown; --offset {offset + limit} for the next, or a "
            "larger --limit",
            err=True,
        )


@main.command()
@click.argument("actor")
@click.argument("target", required=False)
@_store_options
@_format_option
@click.option("--by", type=click.Choice(("day", "month", "year")), default="day")
@click.option("--since", default=None)
@click.option("--until", default=None)
def timeline(
    actor: str,
    target: str | None,
    db: str | None,
    config: str | None,
    output_format: str | None,
    by: str,
    since: str | None,
    until: str | None,
) -> None:
    """Events of an actor, or between two (either way round), per day, by quad class."""
    store = _open(_load_settings(config, db=db))
    rows = store.timeline(actor, target, since=since, until=until, by=by)
    columns = ("period", "events", "quad1", "quad2", "quad3", "quad4", "sources", "fatalities")
    _emit(rows, output_format, columns)


@main.command()
@_store_options
@_format_option
@click.option("--top", type=int, default=20, show_default=True)
@click.option("--type", "type_", default=None, help="PERSON, ORG, GPE, NORP ...")
def entities(
    db: str | None, config: str | None, output_format: str | None, top: int, type_: str | None
) -> None:
    """The entities named in the most articles."""
    store = _open(_load_settings(config, db=db))
    _emit(
        store.entities(top, type_),
        output_format,
        ("name", "type", "country", "articles", "mentions"),
    )


@main.command()
@click.argument("words")
@_store_options
@_format_option
@click.option("--limit", type=int, default=20, show_default=True)
def search(
    words: str, db: str | None, config: str | None, output_format: str | None, limit: int
) -> None:
    """Full-text search over the articles (every word must match)."""
    store = _open(_load_settings(config, db=db))
    _emit(
        store.search(words, limit), output_format, ("id", "published", "title", "outlet", "snippet")
    )


@main.command()
@click.argument("article_id")
@_store_options
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default=None)
def show(article_id: str, db: str | None, config: str | None, output_format: str | None) -> None:
    """One stored article with its annotations (by id or a unique prefix of it)."""
    store = _open(_load_settings(config, db=db))
    analysis = store.article(article_id)
    if analysis is None:
        click.echo(f"error: no article {article_id!r} (or the prefix is not unique)", err=True)
        sys.exit(EXIT_FAILED)
    if (output_format or ("text" if sys.stdout.isatty() else "json")) == "text":
        render_analysis(analysis, Console())
    else:
        click.echo(analysis.to_json(indent=2))


@main.command()
@click.argument("folder", type=click.Path(file_okay=False))
@_store_options
@click.option(
    "--format", "output_format", type=click.Choice(("csv", "jsonl", "parquet")), default="csv"
)
@click.option(
    "--reviewed",
    is_flag=True,
    help="Mentions as reviewers corrected them; those reviewed as duplicates or no event left out.",
)
def export(
    folder: str, db: str | None, config: str | None, output_format: str, reviewed: bool
) -> None:
    """Write the articles, entities, events, mentions, GDELT-style events and reviews tables
    to FOLDER."""
    from pathlib import Path

    from .export import export as run_export

    store = _open(_load_settings(config, db=db))
    try:
        counts = run_export(store, Path(folder), output_format, reviewed=reviewed)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    for table, count in counts.items():
        click.echo(f"{table:<14}{count:>10,} rows", err=True)


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@main.command()
@_store_options
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8765, show_default=True)
def serve(db: str | None, config: str | None, host: str, port: int) -> None:
    """Serve the web workspace and the JSON API over the store (http://HOST:PORT/; the API is
    described at /api/v1/docs). Reading is open; reviewing needs a login (`wirewatch users`)."""
    try:
        import uvicorn
    except ImportError:
        click.echo("error: serving needs the web extra: pip install 'wirewatch[web]'", err=True)
        sys.exit(EXIT_USAGE)
    from .store.accounts import Accounts
    from .web.app import create_app

    settings = _load_settings(config, db=db)
    store = _open(settings, create=True)  # fail now, clearly, if it cannot be opened
    has_admin = Accounts(store.backend).has_admin()
    store.close()
    loopback = host in LOOPBACK_HOSTS
    if not loopback and not has_admin:
        click.echo(
            f"error: --host {host} shares the store beyond this machine, which needs an admin "
            "user first: wirewatch users add NAME --role admin",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    if not loopback:
        click.echo(
            "note: session cookies are Secure (sent over HTTPS only): put a TLS reverse proxy "
            "in front",
            err=True,
        )
    click.echo(f"serving {settings.db} on http://{host}:{port}/", err=True)
    app = create_app(settings, secure_cookies=not loopback)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=not loopback)


@main.group()
def users() -> None:
    """Who may log in to `wirewatch serve`, and with which role (viewer, reviewer, admin)."""


@users.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(("viewer", "reviewer", "admin")),
    default="reviewer",
    show_default=True,
)
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from standard input (scripts)."
)
@_store_options
def users_add(
    name: str, role: str, password_stdin: bool, db: str | None, config: str | None
) -> None:
    """Create a user; the password is asked for twice (or read from stdin)."""
    from .store.accounts import Accounts

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = _open(_load_settings(config, db=db), create=True)
    try:
        Accounts(store.backend).add(name, password, role)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"added {name} ({role})", err=True)


@users.command("remove")
@click.argument("name")
@_store_options
def users_remove(name: str, db: str | None, config: str | None) -> None:
    """Delete a user (their reviews stay, with their name)."""
    from .store.accounts import Accounts

    store = _open(_load_settings(config, db=db))
    try:
        Accounts(store.backend).remove(name)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"removed {name}", err=True)


@users.command("list")
@_store_options
@click.option("--format", "output_format", type=click.Choice(QUERY_FORMATS), default=None)
def users_list(db: str | None, config: str | None, output_format: str | None) -> None:
    """The users of the store and their roles."""
    from .store.accounts import Accounts

    store = _open(_load_settings(config, db=db))
    _emit(Accounts(store.backend).list(), output_format, ("name", "role", "created_at"))


@main.command()
@_store_options
def stats(db: str | None, config: str | None) -> None:
    """How much the store holds."""
    store = _open(_load_settings(config, db=db))
    for name, count in store.counts().items():
        click.echo(f"{name:<14}{count:>10,}")


def _emit(rows: list[dict[str, Any]], output_format: str | None, columns: Sequence[str]) -> None:
    chosen = output_format or ("text" if sys.stdout.isatty() else "jsonl")
    if chosen == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif chosen == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif chosen == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)
        if not rows:
            click.echo("(nothing found)", err=True)


def _seconds(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    try:
        if text[-1] in units:
            return float(text[:-1]) * units[text[-1]]
        return float(text)
    except (ValueError, IndexError):
        click.echo(f"error: --every {text!r}: use a number with s, m or h (90s, 15m, 1h)", err=True)
        sys.exit(EXIT_USAGE)
