"""The options commands share, each defined and checked once: the store, the output format,
the event filters, counts and sizes.

A filter goes through the same check as the API's and the pages'
(:mod:`wirewatch.store.filters`), at parse time: ``--type BOMB``,
``--modality bogus``, ``--since yesterday`` and ``--since 2022-13-45`` are
usage errors (exit 2) that say what would be right, never an empty answer.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..errors import QueryError, StoreError, WirewatchError
from ..settings import Settings
from ..store import Store
from ..store.filters import PERIODS, checked_date, checked_modality, checked_type
from .base import EXIT_FAILED, EXIT_USAGE, fail

QUERY_FORMATS = ("text", "json", "jsonl", "csv")
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


class Checked(click.ParamType):  # type: ignore[type-arg]
    """A value checked by one of the store's filter checks; its QueryError is the message."""

    def __init__(self, name: str, check: Callable[[str], str | None]) -> None:
        self.name = name
        self.check = check

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return self.check(str(value))
        except QueryError as error:
            self.fail(error.message, param, ctx)


class Duration(click.ParamType):  # type: ignore[type-arg]
    """A time between polls: '90s', '15m', '1h' or seconds."""

    name = "duration"
    units = {"s": 1, "m": 60, "h": 3600}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value).strip()
        try:
            seconds = (
                float(text[:-1]) * self.units[text[-1]] if text[-1:] in self.units else float(text)
            )
        except (ValueError, IndexError):
            seconds = -1.0
        if seconds <= 0:
            self.fail(f"{text!r}: use a positive number with s, m or h (90s, 15m, 1h)", param, ctx)
        return seconds


EVENT_TYPE = Checked("PLOVER type", checked_type)
MODALITY = Checked("modality", checked_modality)
DATE = Checked("date", checked_date)
POSITIVE = click.IntRange(min=1)
NOT_NEGATIVE = click.IntRange(min=0)


def options(*decorators: Decorator) -> Decorator:
    """Several click options as one decorator, in the order they are listed."""

    def apply(function: Callable[..., Any]) -> Callable[..., Any]:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def config_option() -> Decorator:
    return click.option(
        "--config", type=click.Path(dir_okay=False), default=None, help="Settings file (TOML)."
    )


def store_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--db and --config."""
    return options(
        click.option(
            "--db", default=None, help="SQLite file or postgresql:// URL (default: WIREWATCH_DB)."
        ),
        config_option(),
    )(function)


def format_option(choices: Sequence[str] = QUERY_FORMATS, piped: str = "jsonl") -> Decorator:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(tuple(choices)),
        default=None,
        help=f"text on a terminal, {piped} when piped.",
    )


def period_option(default: str = "day") -> Decorator:
    return click.option(
        "--by", type=click.Choice(PERIODS), default=default, show_default=True, help="Period."
    )


def date_options(what: str = "date") -> Decorator:
    return options(
        click.option(
            "--since", type=DATE, default=None, help=f"First {what}: YYYY, YYYY-MM or YYYY-MM-DD."
        ),
        click.option("--until", type=DATE, default=None, help=f"Last {what} (the whole of it)."),
    )


def event_type_option() -> Decorator:
    return click.option(
        "--type", "type_", type=EVENT_TYPE, default=None, help="PLOVER type, e.g. ASSAULT."
    )


def size_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--model, --batch-size and --max-bytes: how articles are analysed."""
    return options(
        click.option("--model", default=None, help="spaCy model package, or 'auto'."),
        click.option(
            "--batch-size", type=POSITIVE, default=None, help="Articles per nlp.pipe batch."
        ),
        click.option(
            "--max-bytes", type=POSITIVE, default=None, help="Refuse inputs larger than this."
        ),
    )(function)


def load_settings(config: str | None, **overrides: Any) -> Settings:
    """The settings (file < environment < flags); a bad one is a usage error."""
    try:
        return Settings.load(config_file=config, environ=None, **overrides)
    except WirewatchError as error:
        fail(str(error), EXIT_USAGE)


def open_store(settings: Settings, create: bool = False) -> Store:
    """The store, closed when the command ends (a PostgreSQL connection, above all). Only
    commands that write (``create``) make a new SQLite file: a read command on a mistyped
    path says so instead of answering from an empty store it made."""
    url = str(settings.db)
    if not create and "://" not in url and not Path(url).exists():
        fail(f"no store at {url} (a typo? `wirewatch ingest` creates one)")
    try:
        store = Store.open(settings.db)
    except StoreError as error:
        fail(str(error))
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


def query(function: Callable[[], Any]) -> Any:
    """A store query's answer; a filter it refuses is a usage error, a store error a failure."""
    try:
        return function()
    except QueryError as error:
        fail(error.message, EXIT_USAGE)
    except StoreError as error:
        fail(str(error), EXIT_FAILED)


def emit(rows: list[dict[str, Any]], output_format: str | None, columns: Sequence[str]) -> None:
    """Rows as a table on a terminal (long values wrap, never cut), else JSON, JSONL or CSV."""
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
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)
        if not rows:
            click.echo("(nothing found)", err=True)
