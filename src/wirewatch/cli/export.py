"""``wirewatch export``: the store's tables as CSV, JSONL or Parquet files, for analysis
elsewhere (pandas, R, a GDELT-style workflow)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import WirewatchError
from .base import EXIT_FAILED, main
from .options import load_settings, open_store, store_options


@main.command()
@click.argument("folder", type=click.Path(file_okay=False))
@store_options
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
    from ..export import export as run_export

    store = open_store(load_settings(config, db=db))
    try:
        counts = run_export(store, Path(folder), output_format, reviewed=reviewed)
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    for table, count in counts.items():
        click.echo(f"{table:<14}{count:>10,} rows", err=True)
