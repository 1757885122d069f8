"""Who a name stands for on a given day: lookups in the built actor base and users' files.

The base (``data/actors.sqlite.gz``, built by :mod:`.build`) is unpacked into
memory on first use (about 0.15 s) and queried by key: a lookup takes tens
of microseconds.  The rules, from the base's README and CAMEO practice:

- a role counts only within its dates, and an open end only as far as its
  source is believed (Phoenix to 2014, a Wikidata snapshot for two years);
  after his term a person keeps his country, not his office;
- a full name matches its entries; a name in one word is a surname, used only
  when one person with it holds an office on the day and the article names
  his country (or he is a head of state or government and nobody else with
  that name holds any office then); given names never match alone;
- several persons under one name: the one whose country the article names,
  else none.  A wrong country is worse than no country;
- a user's file overrides the base for every name it lists.
"""

from __future__ import annotations

import gzip
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..annotate.gazetteer import gazetteer
from ..errors import SettingsError
from .keys import actor_key, entry_keys
from .table import ActorEntry, day_from, read_entries

# Which of a person's roles on one day describes him (README, "several roles on one date").
ROLE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "foreign_minister": 2,
    "defence_minister": 2,
    "deputy_head_of_government": 3,
    "minister": 3,
    "igo_official": 3,
    "military_chief": 4,
    "phoenix_role": 5,
    "junior_minister": 5,
    "legislature_officer": 5,
    "judicial": 5,
    "central_bank": 5,
    "police_chief": 5,
    "opposition_leader": 6,
    "party_official": 6,
    "diplomat": 6,
    "subnational": 6,
    "head_of_state_representative": 6,
    "other": 7,
    "commander_in_chief": 8,  # ex officio: the president is GOV, not MIL
    "spouse_of_leader": 9,
    "notable": 10,
}
LEADERS = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
MIN_SURNAME_LETTERS = 4
COLUMNS = (
    'person, name, country, organisation, sector, role, role_type, start, "end", kind, note, '
    "source, trusted_until, aliases"
)


@dataclass(frozen=True)
class ActorMatch:
    """What the base says a name is on a day, and why."""

    name: str
    country: str | None
    organisation: str | None
    sector: str | None  # only while in office
    role: str | None
    start: str
    end: str
    in_office: bool
    kind: str
    source: str
    matched_by: str  # "full name", "surname", "organisation name"

    @property
    def origin(self) -> str:
        """'user' for a user's file, else 'base'."""
        return "user" if self.source.startswith("user:") else "base"


class ActorBase:
    """The shipped base, plus users' files that override it name by name."""

    def __init__(self, path: Path | None = None, user_files: Sequence[str | Path] = ()) -> None:
        path = path or Path(str(files("wirewatch"))) / "data" / "actors.sqlite.gz"
        if not path.exists():
            raise SettingsError(
                "the actor base is missing; rebuild it with `make actors`", source=str(path)
            )
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()  # one connection, shared by the web server's threads
        self._db.deserialize(gzip.decompress(path.read_bytes()))  # about 0.15 s, once
        self._given = {row[0] for row in self._db.execute("SELECT name FROM given_names")}
        self._agents = dict(self._db.execute("SELECT agent, sector FROM agents").fetchall())
        self._user: dict[str, list[tuple[str, ActorEntry]]] = defaultdict(list)
        for user_file in user_files:
            for entry in read_entries(Path(user_file), f"user:{user_file}"):
                person = entry.person or f"user:{actor_key(entry.name)}:{entry.country}"
                for key, how in entry_keys(entry):
                    self._user[key].append((how, replace(entry, person=person)))

    def person(
        self,
        name: str,
        on: date | None,
        article_countries: Iterable[str] = (),
        offices: Iterable[str] = (),
    ) -> ActorMatch | None:
        """The person ``name`` stands for on day ``on``, or None when the base cannot tell.

        ``article_countries`` are the countries and organisations the article names;
        ``offices`` the role types its titles give him ('President Bush': head_of_state),
        which confirm a surname as his country would."""
        key = actor_key(name)
        if not key:
            return None
        countries = frozenset(article_countries)
        if " " in key:
            entries = self._entries(key, ("full", "partial"), kinds={"person"})
            tokens = key.split()
            if not entries and len(tokens) > 2:  # "Omar Hassan al-Bashir": first and last name
                entries = self._entries(
                    f"{tokens[0]} {tokens[-1]}", ("full", "partial"), {"person"}
                )
            return _decide(entries, on, countries, "full name")
        if key in self._given or _is_place(key):
            return None
        entries = self._entries(key, ("surname",), kinds={"person"})
        return _decide_surname(entries, key, on, countries, frozenset(offices))

    def agent_sector(self, phrase: str) -> str | None:
        """The sector a generic noun phrase names in Phoenix's agents dictionary ('riot police':
        COP), lower case, singular or plural."""
        return self._agents.get(phrase.lower())

    def organisation(self, name: str) -> ActorMatch | None:
        """The organisation, outlet, company or group ``name`` stands for, if only one.

        A generic institution ("the Senate", "Parliament", "the Supreme Court": a noun of
        the agents dictionary) has no country of its own; Phoenix files it under one."""
        key = actor_key(name)
        if key in self._agents:
            return None
        entries = self._entries(key, ("full", "surname"), kinds=None) if key else []
        entries = [entry for entry in entries if entry.kind != "person"]
        found = {(entry.country, entry.organisation) for entry in entries}
        if len(found) != 1:
            return None
        return _match(entries[0], None, "organisation name")

    def candidates(self, name: str) -> list[ActorEntry]:
        """Every entry a name is keyed to (for ``wirewatch actors``), in date order."""
        key = actor_key(name)
        entries = self._entries(key, ("full", "partial", "surname"), kinds=None) if key else []
        return sorted(entries, key=lambda entry: (day_from(entry.start) or "0000", entry.source))

    def _entries(self, key: str, hows: tuple[str, ...], kinds: set[str] | None) -> list[ActorEntry]:
        if key in self._user:
            found = [entry for how, entry in self._user[key] if how in hows]
        else:
            marks = ",".join("?" * len(hows))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {COLUMNS} FROM entries JOIN names ON names.entry = entries.id "
                    f"WHERE names.key = ? AND names.how IN ({marks})",
                    (key, *hows),
                ).fetchall()
            found = [_entry_of(row) for row in rows]
        return [entry for entry in found if kinds is None or entry.kind in kinds]


def _entry_of(row: tuple[str, ...]) -> ActorEntry:
    person, name, country, organisation, sector, role, role_type, start, end = row[:9]
    kind, note, source, trusted_until, aliases = row[9:]
    return ActorEntry(
        name=name,
        country=country,
        organisation=organisation,
        sector=sector,
        role=role,
        role_type=role_type,
        start=start,
        end=end,
        kind=kind,
        note=note,
        aliases=tuple(aliases.split("|")) if aliases else (),
        source=source,
        person=person,
        trusted_until=trusted_until,
    )


def in_office(entry: ActorEntry, on: date) -> bool:
    """Whether the role covers the day, an open end only as far as its source is believed."""
    if entry.role_type == "notable" or not entry.start and not entry.end:
        return False
    day = on.isoformat()
    end = day_from(entry.end, end=True) if entry.end else entry.trusted_until
    return (not entry.start or day_from(entry.start) <= day) and (not end or day <= end)


def _decide(
    entries: list[ActorEntry], on: date | None, countries: frozenset[str], how: str
) -> ActorMatch | None:
    """One person's role on the day; else the one country all the name's persons share, when
    the article names it (a former minister of that name may be someone else's namesake)."""
    if not entries:
        return None
    if on is not None:
        holding = [entry for entry in entries if in_office(entry, on)]
        chosen = _one_side(holding, countries)
        if chosen is not None:
            return _match(chosen, on, how)
        if holding:
            return None  # two office holders of different countries share the name
    sides = {_side(entry) for entry in entries if _side(entry)}
    if on is not None:
        started = {_side(e) for e in entries if _side(e) and day_from(e.start) <= on.isoformat()}
        sides = started or sides
    if len(sides) != 1 or (on is not None and not sides <= countries):
        return None  # out of office on the day: only the article's countries confirm a namesake
    entry = next(entry for entry in entries if _side(entry) in sides)
    return _match(entry, None, how)


def _decide_surname(
    entries: list[ActorEntry],
    key: str,
    on: date | None,
    countries: frozenset[str],
    offices: frozenset[str] = frozenset(),
) -> ActorMatch | None:
    """A surname alone: the office holders of one side on the day, confirmed by the article;
    else, when every person of that name is of one country, that country without an office."""
    if not entries:
        return None
    holding = [entry for entry in entries if on is not None and in_office(entry, on)]
    if len({_side(entry) for entry in holding}) > 1:
        holding = [entry for entry in holding if _side(entry) in countries]
    if holding and len({_side(entry) for entry in holding}) == 1:
        chosen = _ranked(holding)[0]
        confirmed = _side(chosen) in countries or chosen.role_type in offices
        sole_leader = chosen.role_type in LEADERS and {_side(e) for e in entries} == {_side(chosen)}
        short = len(key) < MIN_SURNAME_LETTERS and chosen.role_type not in LEADERS
        if (confirmed or sole_leader) and not short:
            return _match(chosen, on, "surname")
        return None
    if holding or len(key) < MIN_SURNAME_LETTERS:
        return None
    sides = {entry.country for entry in entries} - {""}
    if len(sides) > 1:
        sides &= countries
    if len(sides) == 1 and (on is None or sides <= countries):
        return _match(next(e for e in entries if e.country in sides), None, "surname")
    return None


def _one_side(holding: list[ActorEntry], countries: frozenset[str]) -> ActorEntry | None:
    """The top role of the one side (country or organisation) the holders agree on."""
    if not holding:
        return None
    sides = {_side(entry) for entry in holding}
    if len(sides) > 1:
        holding = [entry for entry in holding if _side(entry) in countries]
        sides = {_side(entry) for entry in holding}
    if len(sides) != 1 and len({entry.person for entry in holding}) != 1:
        return None
    return _ranked(holding)[0] if holding else None


def _side(entry: ActorEntry) -> str:
    return entry.country or entry.organisation


def _ranked(entries: list[ActorEntry]) -> list[ActorEntry]:
    """Most telling role first; a state office before an IGO one on a tie."""
    return sorted(
        entries,
        key=lambda e: (ROLE_RANK.get(e.role_type, 7), not e.country, e.note != "", e.source),
    )


def _match(entry: ActorEntry, on: date | None, how: str) -> ActorMatch:
    holding = on is not None and in_office(entry, on)
    return ActorMatch(
        name=entry.name,
        country=entry.country or None,
        organisation=(entry.organisation or None) if holding or entry.kind != "person" else None,
        sector=(entry.sector or None) if holding or entry.kind != "person" else None,
        role=entry.role or None,
        start=entry.start,
        end=entry.end,
        in_office=holding,
        kind=entry.kind,
        source=entry.source,
        matched_by=how,
    )


def _is_place(key: str) -> bool:
    places = gazetteer()
    return bool(places.country_of_name(key) or places.country_of_capital(key))


@lru_cache(maxsize=4)
def actor_base(user_files: tuple[str, ...] = ()) -> ActorBase:
    """The base with the users' files, opened once per process."""
    return ActorBase(user_files=user_files)
