"""What a question to the corpus may ask, checked once for the CLI, the API and the pages.

Every filter a user types (a PLOVER type, a modality, a date, a period) goes
through the functions here, so ``--type BOMB``, ``?type=BOMB`` and the form's
field are refused with the same message, instead of one of them silently
answering nothing.  The spans of TIMEX3 values ("2019-W46-WE", "2019-11",
"2019-Q4") live here too: the timeline and the drill-down behind each bar
must agree on which events a period holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import get_args

from ..errors import QueryError
from ..model import Modality, PloverType

PERIODS = ("day", "week", "month", "year")
EVENT_TYPES = frozenset(get_args(PloverType))
MODALITIES = tuple(m.value for m in Modality)
QUERY_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
SEASON_MONTHS = {"WI": (1, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # northern, TIMEX3


def checked_date(value: str | None, name: str = "date") -> str | None:
    """A filter's date as given (YYYY, YYYY-MM or YYYY-MM-DD, a real day), else QueryError:
    'yesterday' and '2022-13-45' are refused, not read as no filter."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    match = QUERY_DATE.fullmatch(text)
    if match is None:
        raise QueryError(f"{name} {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise QueryError(f"{name} {text!r} is not a day of the calendar ({error})") from error
    return text


def checked_type(value: str | None) -> str | None:
    """A PLOVER event type in capitals ('assault' -> 'ASSAULT'), else QueryError."""
    if value is None or not value.strip():
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise QueryError(
            f"type {value.strip()!r} is not a PLOVER type: use one of {', '.join(sorted(EVENT_TYPES))}"
        )
    return upper


def checked_modality(value: str | None) -> str | None:
    """A modality in lower case ('Claimed' -> 'claimed'), else QueryError."""
    if value is None or not value.strip():
        return None
    lower = value.strip().lower()
    if lower not in MODALITIES:
        raise QueryError(
            f"modality {value.strip()!r} is unknown: use one of {', '.join(MODALITIES)}"
        )
    return lower


def checked_period(value: str) -> str:
    if value not in PERIODS:
        raise QueryError(f"period {value!r} is unknown: use one of {', '.join(PERIODS)}")
    return value


@dataclass(frozen=True)
class EventFilter:
    """The filters of ``wirewatch events``, the timeline, the API and the events page; checked
    when made (a bad value raises QueryError) and normalised (types in capitals)."""

    actor: str | None = None  # a country or organisation code (PRK, UN), or an actor's name
    target: str | None = None
    type: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    modality: str | None = None  # of the mention; for real-world events, of any of them
    limit: int = 100
    offset: int = 0
    either_way: bool = False  # between actor and target either way round; actor alone: either side
    happened_only: bool = False  # events that happened: no plan, threat, maybe or denial
    asserted_only: bool = False  # events some article states in its own voice
    on: str | None = None  # exactly this date value ('2019-W46'): a timeline band's events
    abroad: bool = False  # between two countries: actor and target known and not the same

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "type", checked_type(self.type))
        set_(self, "modality", checked_modality(self.modality))
        set_(self, "since", checked_date(self.since, "since"))
        set_(self, "until", checked_date(self.until, "until"))
        if self.on is not None and date_span(self.on) is None:
            raise QueryError(f"on {self.on!r} is not a date value (2019-11-12, 2019-W46, 2019-11)")
        for name in ("actor", "target"):
            value = getattr(self, name)
            set_(self, name, value.strip() or None if isinstance(value, str) else value)
        if self.since and self.until and self.since[: len(self.until)] > self.until:
            raise QueryError(f"since {self.since} is after until {self.until}")
        if self.limit < 1 or self.offset < 0:
            raise QueryError(
                f"limit {self.limit} / offset {self.offset}: use limit >= 1, offset >= 0"
            )


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date covers: a day, an ISO week ('2019-W46'), its
    weekend ('2019-W46-WE'), a month, a quarter, a half, a season or a year; None for what
    names no stretch of the calendar (decades, 'PRESENT_REF', a malformed value)."""
    if not value:
        return None
    try:
        return _span(value.strip())
    except ValueError:  # "2022-02-30", "2019-W54"
        return None


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        day = dt.date.fromisoformat(value[:10])
        return day, day
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        if week.group(3):
            return dt.date.fromisocalendar(year, number, 6), dt.date.fromisocalendar(
                year, number, 7
            )
        return dt.date.fromisocalendar(year, number, 1), dt.date.fromisocalendar(year, number, 7)
    month = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if month:
        return _months(int(month.group(1)), int(month.group(2)), int(month.group(2)))
    part = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|WI|SP|SU|FA)", value)
    if part:
        year, name = int(part.group(1)), part.group(2)
        if name[0] == "Q":
            first = 3 * int(name[1]) - 2
            return _months(year, first, first + 2)
        if name[0] == "H":
            first = 6 * int(name[1]) - 5
            return _months(year, first, first + 5)
        return _months(year, *SEASON_MONTHS[name])
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end = dt.date(year + 1, 1, 1) if last == 12 else dt.date(year, last + 1, 1)
    return dt.date(year, first, 1), end - dt.timedelta(days=1)


def period_of(day: dt.date, by: str) -> str:
    """The name of the period a day falls in: '2022-12-26', '2022-W52', '2022-12' or '2022'."""
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()[: {"day": 10, "month": 7, "year": 4}[checked_period(by)]]
