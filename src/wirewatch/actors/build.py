"""Build the shipped actor base from the shared dictionaries and the team's own files.

Run ``python -m wirewatch.actors.build [DIR]`` (``make actors``) with ``DIR``
the folder of ``phoenix-actors.tsv`` and ``wikidata-office-holders.tsv``
(default ``../shared/data/actors``).  It writes ``wirewatch/data/actors.sqlite.gz``:

- Wikidata office holders (CC0, snapshots of 2022-03 to 2023-03): every
  holder since 2000 of the offices of 211 jurisdictions, with dates.  An open
  end is believed for two years after the snapshot (ministers' usual term);
  after that the person keeps his country but not his office.
- Phoenix / PETRARCH-2 (MIT, © 2014 Open Event Data): persons with dated
  roles to about 2011, organisations, companies, NGOs, IGO officials.  An
  open end is believed to 2014-12-31, the dictionaries' last edits.
- Phoenix's agents dictionary: nouns that name a sector ("riot police" COP,
  "insurgents" REB), for actor phrases the event lexicon has no sector for.
- ``data/actors-recent.tsv`` and ``data/actors-organisations.tsv``, written
  by the team: office holders since 2023, IGOs, outlets and groups.  A newer
  holder of an office closes an older holder's open-ended term of it.

Keys: every name and alias is keyed by :func:`.keys.actor_key`; long names
also by their shorter forms; persons also by their surname, which the
lookup uses only when it is unambiguous on the article's date.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

from ..annotate.gazetteer import gazetteer
from ..annotate.plover import plover_lexicon
from .keys import FAMILY_NAME_FIRST, actor_key, entry_keys
from .table import ISO3, ActorEntry, day_from, read_entries

PHOENIX_TRUSTED_UNTIL = "2014-12-31"
WIKIDATA_TRUST_YEARS = 2
TEAM_FILES = ("actors-recent.tsv", "actors-organisations.tsv")
FOREIGN = re.compile(r"foreign|external affairs|international relations|secretary of state\b", re.I)
DEFENCE = re.compile(r"defen[cs]e|armed forces|\bwar\b|national security minister", re.I)
# Phoenix IGO codes (after 'IGO') -> the organisation code wirewatch writes in the country slot.
PHOENIX_IGO_SUFFIXES = (
    ("IAE", "IAEA"),
    ("WHO", "WHO"),
    ("ILO", "ILO"),
    ("WBK", "WBK"),
    ("IMF", "IMF"),
    ("WTO", "WTO"),
    ("ICC", "ICC"),
    ("ICJ", "ICJ"),
    ("OPC", "OPEC"),
    ("ARL", "ARL"),
    ("NAT", "NATO"),
    ("ASN", "ASEAN"),
    ("AFU", "AU"),
    ("OAU", "AU"),
    ("WAS", "ECOWAS"),
    ("OAS", "OAS"),
    ("EEC", "EU"),
    ("OIC", "OIC"),
    ("ITP", "INTERPOL"),
)
LICENCE = """\
Built by wirewatch.actors.build from:
- Phoenix / PETRARCH-2 actor dictionaries (openeventdata/petrarch2 676801cd), MIT licence,
  Copyright (c) 2014 Open Event Data. The licence text is in actors.LICENSE.md.
- Wikidata office holders via every-politician-scrapers (2022-2023 snapshots), CC0 1.0.
- wirewatch's team-written actors-recent.tsv and actors-organisations.tsv, Apache-2.0.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default="../shared/data/actors", type=Path)
    parser.add_argument(
        "--output", type=Path, default=Path(str(files("wirewatch"))) / "data" / "actors.sqlite.gz"
    )
    args = parser.parse_args(argv)
    entries = build_entries(args.source)
    write_base(entries, args.output, agent_sectors(args.source / "phoenix-agents.tsv"))
    kinds = Counter(entry.kind for entry in entries)
    print(f"{len(entries)} entries ({dict(kinds)}) -> {args.output}", file=sys.stderr)
    return 0


def build_entries(source: Path) -> list[ActorEntry]:
    """Every entry of the base: Wikidata, Phoenix and the team files, persons joined across them."""
    data = Path(str(files("wirewatch"))) / "data"
    team = [
        entry
        for name in TEAM_FILES
        if (data / name).exists() or print(f"missing team file {name}", file=sys.stderr)
        for entry in read_entries(data / name, f"team:{name}")
    ]
    entries = list(wikidata_entries(source / "wikidata-office-holders.tsv"))
    entries += list(phoenix_entries(source / "phoenix-actors.tsv"))
    entries += [replace(entry, person=entry.person or entry.source) for entry in team]
    entries = join_persons(entries)
    return close_superseded_terms(entries)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def wikidata_entries(path: Path) -> Iterator[ActorEntry]:
    """Office holders; de-facto states' officials are the separatists of the state ISO counts."""
    for row in _rows(path):
        if not row["name"] or not row["start"][:4].isdigit() or row["start"].endswith("s"):
            continue
        national = row["country_mapping"] == "state" and row["position_list"] in {
            "wanted",
            "world-leaders",
            "current-cabinet",
        }
        sector = "REB" if row["country_mapping"] == "de-facto" else row["sector"]
        organisation = _igo_of_position(row["position"]) if row["sector"] == "IGO" else ""
        yield ActorEntry(
            name=row["name"],
            country=row["country"],
            organisation=organisation,
            sector="" if sector == "IGO" else sector,
            role=row["position"],
            role_type=_office(row["role_type"], row["position"]),
            start=row["start"],
            end=row["end"],
            kind="person",
            note="" if national else "not a national office",
            source=f"wikidata:{row['wdid']}",
            person=f"wikidata:{row['wdid']}",
            trusted_until="" if row["end"] else _years_after(row["snapshot_date"]),
        )


def _office(role_type: str, position: str) -> str:
    """Wikidata's role type, with the two ministers that matter most told apart."""
    if role_type == "minister" and FOREIGN.search(position):
        return "foreign_minister"
    if role_type == "minister" and DEFENCE.search(position):
        return "defence_minister"
    return role_type


def _years_after(day: str) -> str:
    found = date.fromisoformat(day_from(day))
    return found.replace(year=found.year + WIKIDATA_TRUST_YEARS).isoformat()


def _igo_of_position(position: str) -> str:
    """'Secretary-General of the United Nations' -> UN, from the IGO names wirewatch knows."""
    for name, code in plover_lexicon().igos.items():
        if code != "NGO" and re.search(rf"\b{re.escape(name)}\b", position):
            return code
    return "IGO"


def phoenix_entries(path: Path) -> Iterator[ActorEntry]:
    """Persons with their dated and default roles; organisations, companies and NGOs.

    The file has a row per name x code line; an entry gets one row per code
    line, its headword as the name and its other names as aliases."""
    lines: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for row in _rows(path):
        lines[(row["entry_id"], row["code"], row["start"], row["end"], row["role_kind"])].append(
            row
        )
    for rows in lines.values():
        rows.sort(key=lambda row: row["is_primary"] != "1")
        entry = _phoenix_entry(rows[0])
        if entry is not None:
            names = dict.fromkeys(row["name"].strip().rstrip(")") for row in rows)
            yield replace(entry, aliases=tuple(name for name in names if name != entry.name))


def _phoenix_entry(row: dict[str, str]) -> ActorEntry | None:
    code, kind_of = row["code"], row["actor_type"]
    person = row["is_person"] == "1" and kind_of in {"state", "igo", "state-historic"}
    dated = row["role_kind"] == "dated"
    common = ActorEntry(
        name=row["name"].strip().rstrip(")"),
        start=row["start"] if dated else "",
        end=row["end"] if dated else "",
        source=f"phoenix:{row['entry_id']}",
        person=f"phoenix:{row['entry_id']}",
        trusted_until=PHOENIX_TRUSTED_UNTIL if dated and not row["end"] else "",
    )
    if person and kind_of == "igo":
        organisation = _phoenix_igo(code)
        return replace(
            common,
            organisation=organisation,
            role=f"{organisation} official",
            role_type="igo_official" if dated else "notable",
        )
    if person and row["country"]:
        sector = row["sector"][:3]
        office = dated and sector != "ELI"  # ELI ranges are placeholder careers: "a notable"
        return replace(
            common,
            country=row["country"],
            sector=sector,
            role_type="phoenix_role" if office else "notable",
        )
    if row["is_person"] == "1" or row["role_kind"] != "default":
        return None
    return _phoenix_organisation(row, common)


def _phoenix_organisation(row: dict[str, str], common: ActorEntry) -> ActorEntry | None:
    code, kind_of = row["code"], row["actor_type"]
    if kind_of == "igo":
        return replace(common, organisation=_phoenix_igo(code), kind="igo")
    country = code[3:6] if ISO3.match(code[3:6]) and code[3:6] in gazetteer().common_names else ""
    if kind_of == "mnc":
        return replace(common, country=country, sector="BUS", kind="company")
    if kind_of == "ngo":
        return replace(common, country=country, organisation="NGO", sector="NGO", kind="ngo")
    if kind_of == "state" and row["sector"] and row["country"] and not _is_place(common.name):
        return replace(common, country=row["country"], sector=row["sector"][:3], kind="agency")
    return None


def _phoenix_igo(code: str) -> str:
    rest = code[3:]
    for suffix, organisation in PHOENIX_IGO_SUFFIXES:
        if suffix in rest[3:] or rest[:3] == suffix:
            return organisation
    return "UN" if rest.startswith("UNO") else "IGO"


def _is_place(name: str) -> bool:
    places = gazetteer()
    return bool(
        places.country_of_name(name)
        or places.country_of_demonym(name)
        or places.country_of_capital(name)
    )


def join_persons(entries: list[ActorEntry]) -> list[ActorEntry]:
    """One person id for rows of one person: the same full name and country in any source."""
    owner: dict[tuple[str, str], str] = {}
    merged: dict[str, str] = {}
    for entry in entries:
        if entry.kind != "person":
            continue
        key = (actor_key(entry.name), entry.country or entry.organisation)
        found = owner.setdefault(key, merged.get(entry.person, entry.person))
        merged.setdefault(entry.person, found)
    return [
        replace(entry, person=merged.get(entry.person, entry.person))
        if entry.kind == "person"
        else entry
        for entry in entries
    ]


NATIONAL_HEADS = frozenset({"head_of_state", "head_of_government"})
EX_OFFICIO_DAYS = 31
DAY_LENGTH = len("YYYY-MM-DD")


def close_superseded_terms(entries: list[ActorEntry]) -> list[ActorEntry]:
    """A team-written holder of a national office ends an older holder's open term of it, and
    a term whose end is known only to the year or month ('2019 to 2022') at his start; the
    offices a leader took with the closed premiership end with it."""
    successions: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for entry in entries:
        if entry.source.startswith("team:") and entry.kind == "person" and entry.start:
            successions[(entry.country, entry.role_type)].append(
                (day_from(entry.start), entry.person)
            )
    closed = []
    heads_ended: dict[tuple[str, str], list[tuple[date, str]]] = defaultdict(list)
    for entry in entries:
        later = [
            start
            for start, person in successions.get((entry.country, entry.role_type), [])
            if person != entry.person and start > day_from(entry.start)
        ]
        if entry.end:  # a year or a month: only a successor within it
            later = [start for start in later if start <= day_from(entry.end, end=True)]
        if later and len(entry.end) < DAY_LENGTH and entry.note != "not a national office":
            end = (date.fromisoformat(min(later)) - timedelta(days=1)).isoformat()
            entry = replace(
                entry, end=end, trusted_until="", note=(entry.note + " closed by successor").strip()
            )
            if entry.role_type in NATIONAL_HEADS:
                begun = date.fromisoformat(day_from(entry.start))
                heads_ended[(entry.person, entry.country)].append((begun, end))
        closed.append(entry)
    return [_close_if_held_with(entry, heads_ended) for entry in closed]


def _close_if_held_with(
    entry: ActorEntry, heads_ended: dict[tuple[str, str], list[tuple[date, str]]]
) -> ActorEntry:
    """An office a leader took with his premiership or presidency ('First Lord of the
    Treasury') ends with it: an open term begun within a month of a closed one of his."""
    terms = heads_ended.get((entry.person, entry.country))
    if not terms or entry.end or not entry.start or entry.note == "not a national office":
        return entry
    begun = date.fromisoformat(day_from(entry.start))
    near = [end for start, end in terms if abs((begun - start).days) <= EX_OFFICIO_DAYS]
    if not near:
        return entry
    note = (entry.note + " closed with office").strip()
    return replace(entry, end=min(near), trusted_until="", note=note)


def agent_sectors(path: Path) -> dict[str, str]:
    """Phoenix's agent nouns ('riot police', 'insurgents', 'defence ministry') and the sector
    each names; a phrase with two codes ('security forces': COP or MIL) is left out, and so
    are word stems and prefix codes."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in _rows(path):
        if row["attach"] == "suffix" and row["form"] != "stem" and row["primary_sector"]:
            found[row["agent"]].add(row["primary_sector"])
    return {agent: sectors.pop() for agent, sectors in found.items() if len(sectors) == 1}


def write_base(entries: list[ActorEntry], output: Path, agents: dict[str, str]) -> None:
    """The entries and their keys in one SQLite database, gzipped (16 MB -> 4 MB in the wheel)."""
    given = _given_names(entries)
    with sqlite3.connect(":memory:") as db:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO meta VALUES (?, ?)", ("licence", LICENCE))
        for number, entry in enumerate(entries, start=1):
            db.execute(
                "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    number,
                    entry.person or entry.source,
                    entry.name,
                    entry.country,
                    entry.organisation,
                    entry.sector,
                    entry.role,
                    entry.role_type,
                    entry.start,
                    entry.end,
                    entry.kind,
                    entry.note,
                    entry.source,
                    entry.trusted_until,
                    "|".join(entry.aliases),
                ),
            )
            db.executemany(
                "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
                [(key, number, how) for key, how in entry_keys(entry)],
            )
        db.executemany("INSERT INTO given_names VALUES (?)", [(name,) for name in sorted(given)])
        db.executemany("INSERT INTO agents VALUES (?, ?)", sorted(agents.items()))
        db.commit()
        db.execute("VACUUM")
        output.write_bytes(gzip.compress(db.serialize(), compresslevel=9, mtime=0))


def _given_names(entries: list[ActorEntry]) -> set[str]:
    """First names of three or more persons: never read alone as a surname ('Hassan')."""
    firsts = {
        (entry.person, key.split()[0])
        for entry in entries
        if entry.kind == "person"
        and len((key := actor_key(entry.name)).split()) > 1
        and entry.country not in FAMILY_NAME_FIRST
    }
    counts = Counter(first for _, first in firsts)
    return {name for name, count in counts.items() if count >= 3}


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, person TEXT, name TEXT, country TEXT, organisation TEXT, sector TEXT,
    role TEXT, role_type TEXT, start TEXT, "end" TEXT, kind TEXT, note TEXT, source TEXT,
    trusted_until TEXT, aliases TEXT
);
CREATE TABLE names (key TEXT, entry INTEGER, how TEXT, PRIMARY KEY (key, entry)) WITHOUT ROWID;
CREATE TABLE given_names (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE agents (agent TEXT PRIMARY KEY, sector TEXT) WITHOUT ROWID;
"""

if __name__ == "__main__":
    raise SystemExit(main())
