"""Commands that ask the store questions: ``events``, ``timeline``, ``entities``, ``search``,
``show``, ``stats`` and ``errors``.

Each prints a table on a terminal and takes ``--format text|json|jsonl|csv``;
the store is ``--db`` (a SQLite file or a ``postgresql://`` URL), else
``WIREWATCH_DB``, else ``./wirewatch.db``.  Filters are checked as the API
checks them; a cut or partial answer says so on stderr.
"""

from __future__ import annotations

import sys

import click
from rich.console import Console

from ..render import render_analysis
from ..store import EventFilter
from ..store.event_queries import timeline_filter
from .base import EXIT_FAILED, fail, main, note
from .options import (
    MODALITY,
    NOT_NEGATIVE,
    POSITIVE,
    date_options,
    emit,
    event_type_option,
    format_option,
    load_settings,
    open_store,
    period_option,
    query,
    store_options,
)

EVENT_COLUMNS = (
    "date", "type", "actor_country", "actor_name", "target_country", "target_name",
    "modality", "claimant", "sources", "mentions", "trigger", "outlet", "article_id",
)  # fmt: skip
EVENT_TEXT_COLUMNS = (
    "date", "type", "actor_country", "target_country", "modality", "claimant", "sources",
    "trigger",
)  # fmt: skip
PERIOD_COLUMNS = ("period", "events", "quad1", "quad2", "quad3", "quad4", "sources", "fatalities")


@main.command()
@store_options
@format_option()
def errors(db: str | None, config: str | None, output_format: str | None) -> None:
    """Inputs that failed, with their error (they are skipped on reruns; --retry-failed)."""
    store = open_store(load_settings(config, db=db))
    emit(store.errors(), output_format, ("key", "error_code", "error", "at"))


@main.command()
@store_options
@format_option()
@click.option("--actor", default=None, help="Country/organisation code (PRK, UN) or a name.")
@click.option("--target", default=None, help="Country/organisation code or a name.")
@event_type_option()
@date_options("date of the event")
@click.option("--modality", type=MODALITY, default=None, help="asserted, reported, claimed ...")
@click.option("--happened", is_flag=True, help="Only events that happened (as the timeline).")
@click.option("--mentions", is_flag=True, help="Every mention, not one row per real event.")
@click.option("--limit", type=POSITIVE, default=100, show_default=True)
@click.option("--offset", type=NOT_NEGATIVE, default=0)
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
    happened: bool,
    mentions: bool,
    limit: int,
    offset: int,
) -> None:
    """Events in the corpus: one row per real-world event, with its count of sources."""
    store = open_store(load_settings(config, db=db))
    where = query(
        lambda: EventFilter(
            actor, target, type_, since, until, modality, limit, offset, happened_only=happened
        )
    )
    chosen = output_format or ("text" if sys.stdout.isatty() else "jsonl")
    rows = query(lambda: store.events(where, mentions=mentions))
    emit(rows, chosen, EVENT_TEXT_COLUMNS if chosen == "text" else EVENT_COLUMNS)
    if len(rows) == limit:
        note(
            f"the first {limit} shown; --offset {offset + limit} for the next, or a larger --limit"
        )


@main.command()
@click.argument("actor")
@click.argument("target", required=False)
@store_options
@format_option()
@period_option()
@date_options("day")
@event_type_option()
@click.option("--asserted", is_flag=True, help="Only events some article states as fact.")
def timeline(
    actor: str,
    target: str | None,
    db: str | None,
    config: str | None,
    output_format: str | None,
    by: str,
    since: str | None,
    until: str | None,
    type_: str | None,
    asserted: bool,
) -> None:
    """Events that happened involving ACTOR (a code, a country's or a person's name), or
    between ACTOR and TARGET either way round, per period by quad class."""
    store = open_store(load_settings(config, db=db))
    where = query(lambda: timeline_filter(actor, target, since, until, type_, asserted))
    chronology = query(lambda: store.chronology(where, by))
    emit(chronology.periods, output_format, PERIOD_COLUMNS)
    if chronology.bands:
        count = chronology.banded
        note(
            f"{count} more event{'s' if count != 1 else ''} dated only to a longer stretch "
            f"than a {by} (a week, a month, a year) left out of these rows: a larger --by "
            "counts them"
        )


@main.command()
@store_options
@format_option()
@click.option("--top", type=POSITIVE, default=20, show_default=True)
@click.option("--type", "type_", default=None, help="PERSON, ORG, GPE, NORP ...")
def entities(
    db: str | None, config: str | None, output_format: str | None, top: int, type_: str | None
) -> None:
    """The entities named in the most articles."""
    store = open_store(load_settings(config, db=db))
    emit(
        store.entities(top, type_.upper() if type_ else None),
        output_format,
        ("name", "type", "country", "articles", "mentions"),
    )


@main.command()
@click.argument("words")
@store_options
@format_option()
@click.option("--limit", type=POSITIVE, default=20, show_default=True)
@date_options("publication date")
@click.option("--outlet", default=None, help="Only this outlet (its domain, as stored).")
@click.option("--country", default=None, help="Only articles naming this country (code).")
def search(
    words: str,
    db: str | None,
    config: str | None,
    output_format: str | None,
    limit: int,
    since: str | None,
    until: str | None,
    outlet: str | None,
    country: str | None,
) -> None:
    """Full-text search over the articles (every word must match; OR between alternatives,
    "quotes" for a phrase)."""
    store = open_store(load_settings(config, db=db))
    rows = query(
        lambda: store.search(words, limit, since=since, until=until, outlet=outlet, country=country)
    )
    emit(rows, output_format, ("id", "published", "title", "outlet", "snippet"))


@main.command()
@click.argument("article_id")
@store_options
@format_option(("text", "json"), piped="json")
def show(article_id: str, db: str | None, config: str | None, output_format: str | None) -> None:
    """One stored article with its annotations (by id or a unique prefix of it)."""
    store = open_store(load_settings(config, db=db))
    analysis = store.article(article_id)
    if analysis is None:
        fail(f"no article {article_id!r} (or the prefix is not unique)", EXIT_FAILED)
    if (output_format or ("text" if sys.stdout.isatty() else "json")) == "text":
        render_analysis(analysis, Console())
    else:
        click.echo(analysis.to_json(indent=2))


@main.command()
@store_options
@format_option()
def stats(db: str | None, config: str | None, output_format: str | None) -> None:
    """How much the store holds."""
    store = open_store(load_settings(config, db=db))
    counts = store.counts()
    if output_format in (None, "text"):
        for name, count in counts.items():
            click.echo(f"{name:<14}{count:>10,}")
        return
    emit(
        [{"table": name, "rows": count} for name, count in counts.items()],
        output_format,
        ("table", "rows"),
    )
