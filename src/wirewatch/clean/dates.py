"""Publication times written out in a page's header ("Thursday 29 December 2022 10:08 GMT").

dateutil reads the many orders and spellings; this module decides whether a
line *is* a date line (and not a sentence that mentions a date), keeps the
time zone when the page gives one, and says whether the time is the
publication or the last update.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from ..data import load_table

MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
HAS_DATE = re.compile(
    rf"\b(?:(?:{MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})|"
    r"\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{4}\b)",
    re.IGNORECASE,
)
HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HAS_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
ISO_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
UPDATE_WORDS = re.compile(r"\b(updated?|modified|edited|last changed)\b", re.IGNORECASE)
# Words allowed around a date on a date line; anything else means a sentence.
FILLER_WORDS = frozenset(
    [
        "published",
        "updated",
        "update",
        "last",
        "first",
        "posted",
        "on",
        "at",
        "am",
        "pm",
        "by",
        "modified",
        "date",
        "time",
        "created",
        "edited",
        "and",
        "the",
        "of",
    ]
)
MAX_OTHER_WORDS = 2
MAX_LINE_WORDS = 16


class PageDate(NamedTuple):
    """A date found on a line: ISO 8601 value and whether it is an update time."""

    value: str
    is_update: bool


@lru_cache(maxsize=1)
def timezone_offsets() -> dict[str, int]:
    """Abbreviation -> offset in seconds, from ``data/timezones.tsv``."""
    return {name: int(float(hours) * 3600) for name, hours in load_table("timezones.tsv")}


def parse_date_line(text: str) -> PageDate | None:
    """The date a short header line states, or None if the line is not a date line."""
    if len(text.split()) > MAX_LINE_WORDS or not (HAS_DATE.search(text) and HAS_YEAR.search(text)):
        return None
    iso = _parse_iso_date(text)
    if iso:
        rest = (ISO_DATE.sub(" ", text),)
        return (
            PageDate(iso, bool(UPDATE_WORDS.search(text)))
            if _count_other_words(rest) <= MAX_OTHER_WORDS
            else None
        )
    try:
        with warnings.catch_warnings():  # an unknown zone name ("UK") leaves the time naive
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            moment, skipped = dateutil_parser.parse(
                text, fuzzy_with_tokens=True, tzinfos=timezone_offsets(), dayfirst=True
            )
    except (ValueError, OverflowError):
        return None
    if _count_other_words(skipped) > MAX_OTHER_WORDS:
        return None
    return PageDate(
        _to_iso(moment, with_time=bool(HAS_TIME.search(text))), bool(UPDATE_WORDS.search(text))
    )


def _parse_iso_date(text: str) -> str | None:
    """An ISO 8601 date or datetime inside the line (dateutil would read 05-01 day first)."""
    match = ISO_DATE.search(text)
    if not match:
        return None
    try:
        moment = datetime.fromisoformat(match.group(0).replace("Z", "+00:00"))
    except ValueError:
        return None
    return _to_iso(moment, with_time="T" in match.group(0) or " " in match.group(0).strip())


def _count_other_words(skipped: tuple[str, ...]) -> int:
    words = re.findall(r"[^\W\d_]+", " ".join(skipped).lower())
    weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    return sum(word not in FILLER_WORDS and word not in weekdays for word in words)


def _to_iso(moment: datetime, *, with_time: bool) -> str:
    if not with_time:
        return moment.date().isoformat()
    if moment.tzinfo is not None:
        offset = moment.utcoffset() or timedelta(0)
        moment = moment.replace(tzinfo=timezone(offset))
    return moment.isoformat()


def parse_iso(value: str) -> str:
    """Validate and normalise a user-given ISO 8601 date or datetime."""
    return (
        datetime.fromisoformat(value).isoformat()
        if "T" in value
        else (datetime.fromisoformat(value).date().isoformat())
    )
