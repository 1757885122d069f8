"""One entry of the actor base, and the TSV files users and the team write entries in.

A row says who a name stands for over a span of time: a person in an office
("Keir Starmer, GBR, GOV, Prime Minister, 2024-07-05 to -"), an organisation
("African Union", organisation code AU), an armed group or a company with
its country.  The same columns serve the team-written file of recent office
holders, a user's list of local officials and the built base, so a user can
copy a row from ``wirewatch actors NAME --format json`` into their file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import SettingsError

COLUMNS = (
    "name",
    "aliases",
    "country",
    "organisation",
    "sector",
    "role",
    "role_type",
    "start",
    "end",
    "kind",
    "note",
)
REQUIRED = ("name",)
KINDS = frozenset({"person", "igo", "ngo", "group", "party", "company", "media", "agency", "state"})
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ActorEntry:
    """Who a name stands for, in which role, between which dates (inclusive, ISO, may be empty)."""

    name: str
    country: str = ""
    organisation: str = ""  # IGO/NGO code in the place of a country: UN, AU, NATO, NGO
    sector: str = ""
    role: str = ""
    role_type: str = ""
    start: str = ""
    end: str = ""
    kind: str = "person"
    note: str = ""
    aliases: tuple[str, ...] = ()
    source: str = ""  # "wikidata:Q7747", "phoenix:PC39559", "team:actors-recent.tsv:12", "user:..."
    person: str = ""  # the same person across sources and rows
    trusted_until: str = ""  # an open end is believed up to this day, no further


def day_from(value: str, *, end: bool = False) -> str:
    """A full ISO day from a partial date: '2019' -> '2019-01-01' (or '2019-12-31' for an end)."""
    if len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-28" if end else f"{value}-01"
    return value


def read_entries(path: Path, source: str) -> list[ActorEntry]:
    """The entries of a TSV file in the columns above; a bad row is an error naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SettingsError(
            f"cannot read actor file: {error.strerror}", source=str(path)
        ) from error
    lines = [(number, line) for number, line in enumerate(text.splitlines(), 1)]
    rows = [(number, line) for number, line in lines if line.strip() and not line.startswith("#")]
    if not rows:
        return []
    header = rows[0][1].rstrip("\n").split("\t")
    missing = [column for column in REQUIRED if column not in header]
    unknown = [column for column in header if column not in COLUMNS]
    if missing or unknown:
        raise SettingsError(
            f"actor file header must use the columns {', '.join(COLUMNS)}"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unknown {', '.join(unknown)}" if unknown else ""),
            source=str(path),
        )
    return [
        _entry(dict(zip(header, line.split("\t"), strict=False)), f"{source}:{number}", path)
        for number, line in rows[1:]
    ]


def _entry(row: dict[str, str], source: str, path: Path) -> ActorEntry:
    values = {column: (row.get(column) or "").strip() for column in COLUMNS}
    where = f"{path}, line {source.rsplit(':', 1)[-1]}"
    if not values["name"]:
        raise SettingsError("an actor row needs a name", source=where)
    for column in ("start", "end"):
        if values[column] and not _is_date(values[column]):
            raise SettingsError(
                f"{column} '{values[column]}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                source=where,
            )
    if values["country"] and not ISO3.match(values["country"]):
        raise SettingsError(
            f"country '{values['country']}' is not an ISO 3166-1 alpha-3 code", source=where
        )
    kind = values["kind"] or "person"
    if kind not in KINDS:
        raise SettingsError(f"kind '{kind}' is not one of {', '.join(sorted(KINDS))}", source=where)
    aliases = tuple(alias.strip() for alias in values["aliases"].split("|") if alias.strip())
    return ActorEntry(
        name=values["name"],
        country=values["country"],
        organisation=values["organisation"],
        sector=values["sector"].upper(),
        role=values["role"],
        role_type=values["role_type"],
        start=values["start"],
        end=values["end"],
        kind=kind,
        note=values["note"],
        aliases=aliases,
        source=source,
    )


def _is_date(value: str) -> bool:
    if not PARTIAL_DATE.match(value):
        return False
    try:
        date.fromisoformat(day_from(value))
    except ValueError:
        return False
    return True
