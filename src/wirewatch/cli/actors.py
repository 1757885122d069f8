"""``wirewatch actors NAME``: who a name stands for on a day, and which entry says so.

A reviewer asks it when an event's actor has a country the text does not
give; a user asks it after adding a file of local officials to check that
the names resolve as intended.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date

import click

from ..actors import ActorBase, ActorEntry, ActorMatch, actor_base
from ..actors.base import in_office
from ..errors import WirewatchError
from .base import EXIT_FAILED, EXIT_USAGE, main
from .options import load_settings


@main.command()
@click.argument("name")
@click.option("--on", "day", default=None, help="The day (YYYY-MM-DD); default today.")
@click.option(
    "--country",
    "countries",
    multiple=True,
    help="A country (ISO alpha-3) the article names; repeat for several. Settles surnames.",
)
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
@click.option("--config", type=click.Path(dir_okay=False), default=None, help="Settings file.")
def actors(
    name: str, day: str | None, countries: tuple[str, ...], output_format: str, config: str | None
) -> None:
    """Who NAME resolves to on a day (country, sector, office, dates, source), and every entry
    of the actor base and of the settings' actor files keyed to it."""
    settings = load_settings(config)
    try:
        on = date.fromisoformat(day) if day else date.today()
    except ValueError:
        click.echo(f"error: --on '{day}' is not a date (YYYY-MM-DD)", err=True)
        sys.exit(EXIT_USAGE)
    try:
        base = actor_base(tuple(settings.actors))
    except WirewatchError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    match = resolve(base, name, on, frozenset(code.upper() for code in countries))
    entries = base.candidates(name)
    if output_format == "json":
        click.echo(json.dumps(_as_json(name, on, match, entries), ensure_ascii=False, indent=2))
    else:
        click.echo(_as_text(name, on, match, entries))
    if match is None:
        sys.exit(EXIT_FAILED)


def resolve(base: ActorBase, name: str, on: date, countries: frozenset[str]) -> ActorMatch | None:
    """A person first (as the entity stage asks), else an organisation."""
    return base.person(name, on, countries) or base.organisation(name)


def _as_json(
    name: str, on: date, match: ActorMatch | None, entries: list[ActorEntry]
) -> dict[str, object]:
    return {
        "name": name,
        "on": on.isoformat(),
        "resolved": asdict(match) if match else None,
        "entries": [
            {**asdict(entry), "aliases": list(entry.aliases), "in_office": in_office(entry, on)}
            for entry in entries
        ],
    }


def _as_text(name: str, on: date, match: ActorMatch | None, entries: list[ActorEntry]) -> str:
    lines = [f"{name} on {on.isoformat()}:"]
    if match is None:
        lines.append("  not resolved (unknown, or several candidates the date does not settle)")
    else:
        side = match.organisation or match.country or "no country"
        office = (
            f"{match.role} ({match.start or '?'} to {match.end or 'now'})" if match.role else ""
        )
        status = "in office" if match.in_office else "not in office on that day"
        lines.append(f"  {match.name}: {side}/{match.sector or '-'}  {office}  [{status}]")
        lines.append(f"  by {match.matched_by}; entry {match.source}")
    if entries:
        lines.append(f"entries keyed to '{name}' ({len(entries)}):")
    for entry in entries[:40]:
        side = entry.organisation or entry.country or "-"
        dates = f"{entry.start or '?'}..{entry.end or ('open' if entry.start else '')}"
        mark = "*" if in_office(entry, on) else " "
        lines.append(
            f" {mark} {entry.name:<32} {side:<6} {entry.sector or '-':<4} "
            f"{(entry.role or entry.role_type or entry.kind)[:40]:<40} {dates:<23} {entry.source}"
        )
    if len(entries) > 40:
        lines.append(f"  ... and {len(entries) - 40} more (--format json lists all)")
    return "\n".join(lines)


__all__ = ["EXIT_FAILED", "actors"]
