"""TIMEX3 values for English time expressions, resolved against an anchor date.

Pure functions over strings and dates: the words live in
``data/time_words.json``; this module holds the calendar arithmetic
(weeks, quarters, weekdays with tense) and the order in which readings
are tried, most specific first.  ``normalise`` never raises: what it
cannot read gets no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from ..data import load_json

Tense = Literal["past", "present", "future"]
# In a past-tense sentence, a month this close ahead is the coming one.
NEAR_FUTURE_MONTHS = 2


@dataclass(frozen=True)
class Reading:
    """What an expression means: its TIMEX3 type, value, and whether the anchor decided it."""

    type: str
    value: str | None
    relative: bool = False


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    return load_json("time_words.json")


def normalise(text: str, anchor: date | None, tense: Tense = "past") -> Reading | None:
    """The reading of ``text`` (a time expression) on ``anchor``, or None if it is not one."""
    key = _key(text)
    try:
        return _first_reading(key, anchor, tense)
    except (OverflowError, ValueError):  # calendar arithmetic past year 9999 or before year 1
        return Reading("DATE", None, True)


def _first_reading(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    for reader in (
        _reference,
        _set,
        _ordinal_period,
        _numeric_date,
        _written_date,
        _relative_day,
        _weekday,
        _time_of_day,
        _quarter,
        _offset,
        _duration,
        _deictic_unit,
        _season,
        _decade,
    ):
        found = reader(key, anchor, tense)
        if found is not None:
            return found
    return None


def _key(text: str) -> str:
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"[^\w'/:.]+", " ", text)
    text = re.sub(r"\b(on|in|at|during|since|until|by|from|of)\b", " ", text)
    return " ".join(text.replace(".", " ").split())


def _reference(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    bare = key.removeprefix("the ").strip()
    for name, value in (
        ("present_ref", "PRESENT_REF"),
        ("past_ref", "PAST_REF"),
        ("future_ref", "FUTURE_REF"),
    ):
        if key in words()[name] or bare in words()[name]:
            return Reading("DATE", value)
    return None


def _set(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    if key in words()["set_words"]:
        return Reading("SET", words()["set_words"][key])
    match = re.fullmatch(r"(?:every|each) (\w+)", key)
    if match and match.group(1) in words()["weekdays"]:
        return Reading("SET", f"XXXX-WXX-{words()['weekdays'][match.group(1)]}")
    if match and match.group(1).rstrip("s") in words()["units"]:
        letter, is_time = words()["units"][match.group(1).rstrip("s")]
        return Reading("SET", ("PT1" if is_time else "P1") + letter)
    return None


def _ordinal_period(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    """'The first day' (of a meeting the text names): a date, but one only the event can give."""
    match = re.fullmatch(
        r"the (first|second|third|fourth|fifth|last|final|opening|closing) (day|night|week|month|year)",
        key,
    )
    return Reading("DATE", None, True) if match else None


def _numeric_date(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    iso = re.fullmatch(r"(\d{4})/?-?(\d{2})-(\d{2})", key.replace(" ", "-"))
    us = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", key)
    if us:
        month, day, year = int(us.group(1)), int(us.group(2)), _full_year(us.group(3))
        return _date_reading(year, month, day)
    if iso:
        return _date_reading(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    return None


def _written_date(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    """'29 December 2022', 'Dec. 29', 'December 2022', 'March', '2023', "'89"."""
    tokens = [
        token
        for token in key.split()
        if token not in ("the", "of", "mid", "early", "late", "fiscal")
    ]
    months = [words()["months"][t] for t in tokens if t in words()["months"]]
    years = [
        _full_year(t.strip("'"))
        for t in tokens
        if re.fullmatch(r"'?\d{2}|\d{4}", t) and _looks_like_year(t)
    ]
    days = [
        int(re.sub(r"\D", "", t))
        for t in tokens
        if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t) and 1 <= int(re.sub(r"\D", "", t)) <= 31
    ]
    other = [
        t
        for t in tokens
        if t not in words()["months"] and not re.search(r"\d", t) and t not in words()["weekdays"]
    ]
    if other:
        return None
    if months and days:
        year = years[0] if years else _year_for_month(months[0], anchor, tense)
        return (
            _date_reading(year, months[0], days[0], relative=not years)
            if year
            else Reading("DATE", f"XXXX-{months[0]:02d}-{days[0]:02d}")
        )
    if months:
        year = years[0] if years else _year_for_month(months[0], anchor, tense)
        return Reading(
            "DATE",
            f"{year:04d}-{months[0]:02d}" if year else f"XXXX-{months[0]:02d}",
            relative=not years,
        )
    if years and not days and len(tokens) == 1:
        return Reading("DATE", f"{years[0]:04d}")
    return None


def _looks_like_year(token: str) -> bool:
    digits = token.strip("'")
    return (
        len(digits) == 2
        and token.startswith("'")
        or (len(digits) == 4 and 1000 <= int(digits) <= 2200)
    )


def _full_year(text: str) -> int:
    value = int(text)
    if value >= 100:
        return value
    return 1900 + value if value >= 30 else 2000 + value


def _year_for_month(month: int, anchor: date | None, tense: Tense) -> int | None:
    """'In March': the last March (past tense), the next one (future), the nearest one otherwise.

    Past-tense reports often mention what was announced for the next month
    or two ("said it would resume in February"), so a month just ahead stays
    ahead even in the past tense.
    """
    if anchor is None:
        return None
    ahead = (month - anchor.month) % 12  # months until the next such month (0: this month)
    next_year = anchor.year + (1 if month < anchor.month else 0)
    previous_year = anchor.year - (1 if month > anchor.month else 0)
    if tense == "future":
        return next_year
    if tense == "past":
        return next_year if 0 < ahead <= NEAR_FUTURE_MONTHS else previous_year
    return next_year if ahead <= 6 else previous_year


def _date_reading(year: int, month: int, day: int, relative: bool = False) -> Reading | None:
    try:
        return Reading("DATE", date(year, month, day).isoformat(), relative)
    except ValueError:
        return Reading("DATE", None)  # "31 February": a date, but no such day


def _relative_day(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    part = None
    for name, code in words()["parts_of_day"].items():
        if key.endswith(" " + name) or key == name:
            part = code
    base = key
    for name in words()["parts_of_day"]:
        base = re.sub(rf"\s*\b{name}\b$", "", base).strip()
    if base in ("this", "") and part and key != "tonight":
        base = "today"
    if key == "tonight":
        base, part = "today", "NI"
    if base == "last" and part == "NI":
        base = "yesterday"
    offset = words()["relative_days"].get(base)
    if offset is None:
        return None
    if anchor is None:
        return Reading("DATE" if not part else "TIME", None, True)
    day = (anchor + timedelta(days=offset)).isoformat()
    return Reading("TIME", f"{day}T{part}", True) if part else Reading("DATE", day, True)


def _weekday(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    tokens = key.split()
    days = [t for t in tokens if t in words()["weekdays"]]
    if len(days) != 1:
        return None
    rest = [t for t in tokens if t not in words()["weekdays"] and t not in words()["parts_of_day"]]
    if rest not in (
        [],
        ["last"],
        ["next"],
        ["this"],
        ["this", "past"],
        ["this", "coming"],
        ["coming"],
        ["past"],
    ):
        return None
    if anchor is None:
        return Reading("DATE", f"XXXX-WXX-{words()['weekdays'][days[0]]}", True)
    direction: Tense = (
        "future"
        if set(rest) & {"next", "coming"}
        else "past"
        if set(rest) & {"last", "past"}
        else tense
    )
    target = words()["weekdays"][days[0]]
    current = anchor.isoweekday()
    if direction == "future":
        delta = (target - current) % 7
        if delta == 0 and set(rest) & {"next", "coming"}:
            delta = 7  # "next Tuesday" said on a Tuesday; a bare "Tuesday" is today
    else:
        delta = -((current - target) % 7)
        if delta == 0 and "last" in rest:
            delta = -7
    value = (anchor + timedelta(days=delta)).isoformat()
    part = next((words()["parts_of_day"][t] for t in tokens if t in words()["parts_of_day"]), None)
    return Reading("TIME", f"{value}T{part}", True) if part else Reading("DATE", value, True)


def _time_of_day(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(a m|p m|am|pm)?\s*(?:[a-z]{2,4})?", key)
    if not match or (match.group(2) is None and match.group(3) is None):
        if key in ("noon", "midday"):
            return Reading("TIME", f"{anchor.isoformat()}T12:00" if anchor else "T12:00", True)
        if key == "midnight":
            return Reading("TIME", f"{anchor.isoformat()}T24:00" if anchor else "T24:00", True)
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) and match.group(3).replace(" ", "") == "pm" and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    clock = f"T{hour:02d}:{minute:02d}"
    return Reading("TIME", f"{anchor.isoformat()}{clock}" if anchor else clock, True)


def _quarter(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    match = re.fullmatch(r"(?:the )?(?:(\w+) )?(?:fiscal )?(?:quarter|q([1-4]))(?: (\d{4}))?", key)
    if not match:
        return None
    word, digit, year_text = match.groups()
    number = int(digit) if digit else words()["ordinals"].get(word or "", 0)
    year = int(year_text) if year_text else (anchor.year if anchor else None)
    current = (anchor.month - 1) // 3 + 1 if anchor else None
    if number == 0 and word in (None, "latest", "last", "past", "recent", "previous", "same"):
        if anchor is None or current is None:
            return Reading("DATE", None, True)
        number, year = (current - 1, anchor.year) if current > 1 else (4, anchor.year - 1)
    if not number or year is None:
        return None if number == 0 else Reading("DATE", f"XXXX-Q{number}", True)
    if (
        not year_text
        and anchor is not None
        and current is not None
        and tense != "future"
        and number > current
    ):
        year -= 1
    return Reading("DATE", f"{year:04d}-Q{number}", not year_text)


def _offset(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    """'a week ago', 'two years earlier', 'three days later'."""
    match = re.fullmatch(
        r"(?:about |some |nearly |almost |more than )?(\w+) (\w+) (ago|earlier|before|later|from now|hence|back)",
        key,
    )
    if not match:
        return None
    amount = _number(match.group(1))
    unit = match.group(2).rstrip("s") if match.group(2) not in ("days",) else "day"
    if amount is None or unit not in words()["units"]:
        return None
    sign = words()["ago_words"].get(match.group(3), -1)
    letter = words()["units"][unit][0]
    if anchor is None or not float(amount).is_integer():
        return Reading("DATE", None, True)
    if letter == "W":  # "a week ago" names a day, which is what event dating needs
        return Reading("DATE", (anchor + timedelta(weeks=int(amount) * sign)).isoformat(), True)
    return Reading("DATE", _shift(anchor, int(amount) * sign, letter), True)


def _shift(anchor: date, amount: int, letter: str) -> str | None:
    if letter == "D":
        return (anchor + timedelta(days=amount)).isoformat()
    if letter == "W":
        year, week, _ = (anchor + timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if letter == "M":
        months = anchor.year * 12 + anchor.month - 1 + amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if letter == "Y":
        return f"{anchor.year + amount:04d}"
    if letter == "Q":
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + amount
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    return None


def _duration(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    """'five years', 'the past two months', 'the last twenty four hours', 'several days', 'the year'."""
    tokens = key.split()
    while tokens and tokens[0] in (
        "the",
        "a",
        "an",
        "for",
        "about",
        "nearly",
        "almost",
        "some",
        "more",
        "than",
        "over",
        "up",
        "to",
        "first",
        "past",
        "last",
        "next",
        "coming",
        "previous",
        "latest",
        "full",
        "entire",
        "whole",
        "recent",
        "following",
    ):
        if tokens[0] in ("a", "an") and len(tokens) == 2:
            break
        tokens = tokens[1:]
    if not tokens:
        return None
    unit = tokens[-1]
    if unit.rstrip("s") in words()["units"]:
        unit = unit.rstrip("s") if unit not in words()["units"] else unit
    if unit not in words()["units"]:
        return None
    letter, is_time = words()["units"][unit]
    amount_words = tokens[:-1]
    if not amount_words:
        if (
            len(tokens) == 1
            and tokens[0].endswith("s")
            and tokens[0].rstrip("s") in words()["units"]
        ):
            return Reading(
                "DURATION", ("PT" if is_time else "P") + "X" + _unit_letter(letter)
            )  # "for years"
        if key.startswith(("the ", "a ", "an ")) and unit in (
            "year",
            "month",
            "week",
            "day",
            "quarter",
            "decade",
        ):
            return Reading("DURATION", _period(1, letter, is_time))
        return None
    if set(amount_words) & {"next", "last", "this", "early", "late", "mid", "earlier", "later"}:
        return None  # "early next year" is a date
    amount = _number(" ".join(amount_words))
    if amount is None:
        if amount_words[-1] in words()["vague_numbers"] or amount_words[-1] in (
            "several",
            "few",
            "many",
            "some",
        ):
            return Reading("DURATION", ("PT" if is_time else "P") + "X" + _unit_letter(letter))
        return None
    return Reading("DURATION", _period(amount, letter, is_time))


def _period(amount: float, letter: str, is_time: bool) -> str:
    if letter == "Q":
        amount, letter = amount * 3, "M"
    if letter == "2W":
        amount, letter = amount * 2, "W"
    if letter in ("DE", "CE"):
        amount, letter = amount * (10 if letter == "DE" else 100), "Y"
    number = int(amount) if float(amount).is_integer() else amount
    return ("PT" if is_time else "P") + f"{number}{letter}"


def _unit_letter(letter: str) -> str:
    return {"Q": "M", "2W": "W", "DE": "DE", "CE": "CE"}.get(letter, letter)


def _number(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    total = 0.0
    for part in text.split():
        if part not in words()["numbers"]:
            return None
        total += words()["numbers"][part]
    return total if text else None


def _deictic_unit(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    """'this week', 'last year', 'next month', 'earlier this week', 'the past week' (as a date)."""
    match = re.fullmatch(
        r"(earlier |later |early |late |mid |so far |the rest of |the end of |the beginning of |the start of )?(this|last|next|the coming|coming|the past|past|the previous|previous|the current|current|the same) (week|weekend|month|year|quarter|decade|century)",
        key,
    )
    if not match:
        return None
    which, unit = match.group(2).removeprefix("the "), match.group(3)
    if anchor is None:
        return Reading("DATE", None, True)
    step = -1 if which in ("last", "past", "previous") else 1 if which in ("next", "coming") else 0
    letter = words()["units"][unit][0]
    if letter == "WE":
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return Reading("DATE", f"{year:04d}-W{week:02d}-WE", True)
    if letter == "DE":
        return Reading("DATE", f"{(anchor.year // 10 + step):03d}", True)
    if letter == "CE":
        return Reading("DATE", f"{(anchor.year // 100 + step):02d}", True)
    return Reading("DATE", _shift(anchor, step, letter), True)


def _season(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    tokens = key.split()
    seasons = [words()["seasons"][t] for t in tokens if t in words()["seasons"]]
    if len(seasons) != 1:
        return None
    years = [int(t) for t in tokens if re.fullmatch(r"\d{4}", t)]
    if years:
        return Reading("DATE", f"{years[0]:04d}-{seasons[0]}")
    if anchor is None:
        return Reading("DATE", f"XXXX-{seasons[0]}", True)
    year = (
        anchor.year - 1
        if "last" in tokens
        else anchor.year + 1
        if "next" in tokens
        else anchor.year
    )
    return Reading("DATE", f"{year:04d}-{seasons[0]}", True)


def _decade(key: str, anchor: date | None, tense: Tense) -> Reading | None:
    match = re.fullmatch(r"(?:the )?(?:early |mid |late )?(\d{2,3})0'?s", key) or re.fullmatch(
        r"(?:the )?'(\d)0s", key
    )
    if match:
        digits = match.group(1)
        return Reading(
            "DATE",
            digits
            if len(digits) == 3
            else ("19" + digits if len(digits) == 2 else "19" + digits)[:3],
        )
    century = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century", key)
    if century:
        return Reading("DATE", f"{int(century.group(1)) - 1:02d}")
    return None
