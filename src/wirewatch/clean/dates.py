"""Publication times written out in a page's header ("Thursday 29 December 2022 10:08 GMT").

dateutil reads the many orders and spellings; this module decides whether a
line *is* a date line (and not a sentence that mentions a date), keeps the
time zone when the page gives one, and says whether the time is the
publication or the last update.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from ..data import load_table
from .blocks import CHARACTERS_PER_UNSPACED_WORD, UNSPACED_CHARACTER

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
DIGIT = re.compile(r"\d")
# A time of day, not the day and month of a dotted date ("21.04.2024").
HAS_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?![./]\d)|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
# A time written with a dot, as British and German papers do ("4.34pm", "16.34 Uhr"), which
# dateutil does not read as one: its dot becomes a colon. Not a dotted date's day and month.
# A year and the time after it run together where a page sets them in elements of their
# own with no space between and the rendering keeps none ("Apr 28 20232:23 PM EDT").
GLUED_YEAR_AND_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)")
DOTTED_TIME = re.compile(r"(?<![\d./])([01]?\d|2[0-3])\.([0-5]\d)(?![\d./])")
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
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Month names of the languages the cleaner's lexicons cover (and English's, for "5. August"),
# as written in dates (Polish in
# the genitive, "14 listopada"), each list January to December; from the languages' own
# spelling, not from any page.  A name that two languages share means the same month.
FOREIGN_MONTHS = (
    "januar|jänner feber|februar märz april mai juni juli august september oktober november"
    " dezember",  # German
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre"
    " diciembre",  # Spanish
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",  # Italian
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar mars|marts april mai|maj juni juli august september oktober november"
    " desember|december",  # Norwegian, Danish
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
    " listopada grudnia",  # Polish
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",  # Turkish
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада"
    " грудня",  # Russian and Ukrainian, as a date writes them (the genitive)
    "ledna února března dubna května června července srpna září října listopadu prosince",
)
_MONTH_NUMBERS = {
    name: number
    for months in FOREIGN_MONTHS
    for number, spellings in enumerate(months.split())
    for name in spellings.split("|")
} | {month.lower(): number for number, month in enumerate(ENGLISH_MONTHS)}
# "22 de outubro de 2010", "5. August 2024", "14 de marzo del 2023": the day, its dot or "de",
# the month's name and the "de" before the year.
FOREIGN_DATE = re.compile(
    r"\b(\d{1,2})(?:\.|\s+de)?\s+("
    + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
    + r")\b(?:\s+del?\b)?",
    re.IGNORECASE,
)
# The words that bring in the time ("a las 10:15", "às 20:13", "alle ore 10:00", "um 8:00"):
# dateutil reads a lone "a" as "a.m." and loses the year before it.
TIME_CONNECTIVE = re.compile(
    r"\s(?:a las|a la|a|à|às|as|alle ore|alle|ore|um|om|kl\.?)\s+(?=\d{1,2}[:.h]\d{2})",
    re.IGNORECASE,
)
# Words around a date in those languages: weekdays, "at", "o'clock", "published", "updated".
FOREIGN_FILLER_WORDS = frozenset(
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
        "um",
        "uhr",
        "am",
        "veröffentlicht",
        "aktualisiert",
        "stand",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "le",
        "à",
        "h",
        "publié",
        "mis",
        "jour",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "a",
        "las",
        "publicado",
        "actualizado",
        "segunda",
        "terça",
        "quarta",
        "quinta",
        "sexta",
        "feira",
        "às",
        "atualizado",
        "em",
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
        "alle",
        "ore",
        "pubblicato",
        "aggiornato",
        "il",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "om",
        "gepubliceerd",
        "bijgewerkt",
        "måndag",
        "tisdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lördag",
        "söndag",
        "kl",
        "publicerad",
        "uppdaterad",
        "mandag",
        "tirsdag",
        "lørdag",
        "søndag",
        "publisert",
        "oppdatert",
        "opdateret",
        "publiceret",
        # "Written" and "posted", as a blog's date line says it ("Geschrieben am 15. April
        # 2025", "Écrit le 3 mars 2024", "Escrito el 14 de marzo de 2023").
        "geschrieben",
        "gepostet",
        "écrit",
        "posté",
        "escrito",
        "scritto",
        "geschreven",
        "geplaatst",
        "skrivet",
        "skrevet",
    ]
)
FOREIGN_UPDATE_WORDS = re.compile(
    r"\b(aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad"
    r"|oppdatert|opdateret|güncelleme|güncellendi|обновлено|оновлено|aktualizováno)\b",
    re.IGNORECASE,
)


# A time of day on a line of its own ("20:24", "7.57 Uhr", "15:10h", "10h30", "11:08 a.m."): the
# hour and minutes in range, a dot only before "Uhr" or "h" (else it is a decimal).
TIME_OF_DAY = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d(?=\s*(?:uhr|h)\b))(?![\d:])"
    r"(?:\s*(?:uhr|h|hrs?|[ap]\.?m\b\.?)(?![^\W\d_]))?",
    re.IGNORECASE,
)
# "Today" and "yesterday" in the same languages, as a time line has them ("heute, 7.57 Uhr",
# "aujourd'hui à 10h", "i dag kl. 12:00"), split into words as the counting splits them.
RELATIVE_DAY_WORDS = frozenset(
    [
        "today",
        "yesterday",
        "heute",
        "gestern",
        "hoy",
        "ayer",
        "aujourd",
        "hui",
        "hier",
        "oggi",
        "ieri",
        "hoje",
        "ontem",
        "vandaag",
        "gisteren",
        "idag",
        "igår",
        "i",
        "dag",
        "går",
        "dzisiaj",
        "dziś",
        "wczoraj",
    ]
)
MAX_TIME_LINE_WORDS = 6
# How long ago the story was published or a comment written, in the same languages ("vor 4
# Stunden", "3 hours ago", "3h ago", "hace 2 horas", "il y a 5 min", "2 ore fa", "3 godziny temu").
RELATIVE_TIME = re.compile(
    r"\b(?:vor\s+\d{1,3}\s+(?:sekunden?|min\w*|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?)"
    r"|\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?"
    r"|years?)\s+ago"
    r"|hace\s+\d{1,3}\s+(?:segundos?|min\w*|horas?|días?|semanas?|mes(?:es)?)"
    r"|il y a\s+\d{1,3}\s+(?:secondes?|min\w*|heures?|jours?|semaines?|mois)"
    r"|há\s+\d{1,3}\s+(?:segundos?|min\w*|horas?|dias?|semanas?|mes(?:es)?)"
    r"|\d{1,3}\s+(?:secondi|minuti|ore|giorni|settimane|mesi)\s+fa"
    r"|\d{1,3}\s+(?:seconden|minuten|uur|dagen|weken|maanden)\s+geleden"
    r"|för\s+\d{1,3}\s+(?:sekunder|minuter|timmar|dagar|veckor|månader)\s+sedan"
    r"|for\s+\d{1,3}\s+(?:sekunder|minutter|timer|dager|dage|uker|uger|måneder)\s+siden"
    r"|\d{1,3}\s+(?:sekund[ęy]?|minut[ay]?|godzin[ęy]?|dni|dzień|tygodni[e]?|miesi[ąę]c\w*)\s+temu)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# Dates as Japanese, Chinese and Korean pages write them ("2025年1月14日 01時28分", "2026년 7월
# 12일 오후 10:09", "입력 2026.07.12 22:09"), read as ISO 8601 before anything else; the
# day without its year in an update's brackets ("(1月14日 01時40分更新)") is dropped, as
# the update's words mark it.
EAST_ASIAN_SIGNS = re.compile(r"[年년月월日일時时시分분]|(?:19|20)\d\d[./]\d")
EAST_ASIAN_DATE = re.compile(
    r"((?:19|20)\d\d)\s*(?:[年년]\s*|[./-])(\d{1,2})\s*(?:[月월]\s*|[./-])(\d{1,2})(?:\s*[日일])?"
    r"(?:\s*\(?[日月火水木金土일월화수목금토]\)?)?"
)
EAST_ASIAN_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")
EAST_ASIAN_TIME = re.compile(
    r"(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*(?:[時时시]\s*|:)(\d{1,2})(?:\s*[分분])?"
)
AFTERNOON = frozenset({"午後", "下午", "오후"})
EAST_ASIAN_FILLER_WORDS = frozenset(
    ["更新", "公開", "配信", "掲載", "发布", "发布时间", "更新时间", "时间", "日期", "来源",
     "來源", "出典", "입력", "수정", "기사입력", "최종수정", "업데이트", "등록", "출처"]
)  # fmt: skip
EAST_ASIAN_UPDATE_WORDS = re.compile(r"更新|수정|업데이트")
# The update's time in brackets after the publication's: "(1月14日 01時40分更新)".
EAST_ASIAN_UPDATE_NOTE = re.compile(r"[(（][^()（）]*(?:更新|수정|업데이트)[^()（）]*[)）]")


class PageDate(NamedTuple):
    """A date found on a line: ISO 8601 value and whether it is an update time."""

    value: str
    is_update: bool


@lru_cache(maxsize=1)
def timezone_offsets() -> dict[str, int]:
    """Abbreviation -> offset in seconds, from ``data/timezones.tsv``."""
    return {name: int(float(hours) * 3600) for name, hours in load_table("timezones.tsv")}


def parse_date_line(text: str) -> PageDate | None:
    """The date a short header line states, or None if the line is not a date line.

    A date written in another language ("sexta-feira, 22 de outubro de 2010 às 20:13",
    "5. August 2024, 20:59 Uhr") is read with its month's English name, and the words
    around it in that language count as the English ones do.
    """
    if len(text.split()) > MAX_LINE_WORDS:
        return None
    text = GLUED_YEAR_AND_TIME.sub(r"\1 \2", text)
    if EAST_ASIAN_SIGNS.search(text):
        text = _east_asian_as_iso(text)
    if _may_be_foreign(text):
        text = TIME_CONNECTIVE.sub(" ", FOREIGN_DATE.sub(_english_date, text))
    if not (HAS_DATE.search(text) and HAS_YEAR.search(text)):
        return None
    text = DOTTED_TIME.sub(r"\1:\2", text)
    iso = _parse_iso_date(text)
    if iso:
        rest = (ISO_DATE.sub(" ", text),)
        return (
            PageDate(iso, _is_update(text)) if _count_other_words(rest) <= MAX_OTHER_WORDS else None
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
    return PageDate(_to_iso(moment, with_time=bool(HAS_TIME.search(text))), _is_update(text))


def is_time_line(text: str) -> bool:
    """Whether a short line states only the time of day the story was published or
    updated (", 20:24 Uhr", "Online seit heute, 7.57 Uhr", "Actualizado a las 15:10h.",
    "Updated 12:45 p.m."): the date is elsewhere in the header, or it is today's; or how
    long ago ("Veröffentlicht/Aktualisiert: Vor 4 Stunden", "hace 2 horas").

    One time, no other figure, and no more words than a date line may have besides
    the fillers and "today" or "yesterday": a score ("85:78") is out of range, a sum
    ("12.50 euros") has no "Uhr", and a sentence has more words.  A time with nothing
    before it or around it but its "Uhr" heads an entry of a live story ("4:14 p.m.").
    """
    words = len(text.split())
    if words > MAX_TIME_LINE_WORDS + 2:
        return False
    if (relative := RELATIVE_TIME.search(text)) is not None:
        return _only_fillers(text[: relative.start()] + " " + text[relative.end() :])
    if words > MAX_TIME_LINE_WORDS:
        return False
    times = list(TIME_OF_DAY.finditer(text))
    if len(times) != 1:
        return False
    before, after = text[: times[0].start()], text[times[0].end() :]
    if DIGIT.search(before) or DIGIT.search(after):
        return False
    if not re.search(r"[^\W\d_]", f"{before} {after}") and not before.strip():
        return False  # a time alone heads a live story's entry ("4:14 p.m."): the zones decide
    return _only_fillers(f"{before} {after}")


def _only_fillers(rest: str) -> bool:
    """Whether what a time line has besides its time is no more than a date line may have:
    fillers, "today", "yesterday", and at most two other words, no figure."""
    if DIGIT.search(rest):
        return False
    words = re.findall(r"[^\W\d_]+", rest.lower())
    return _count_other_words(tuple(w for w in words if w not in RELATIVE_DAY_WORDS)) <= (
        MAX_OTHER_WORDS
    )


def _east_asian_as_iso(text: str) -> str:
    """The line with its East Asian date and time written as ISO 8601 ("2025-01-14 01:28"),
    a day without its year dropped, and the words around them spaced apart."""
    text = EAST_ASIAN_DATE.sub(
        lambda m: f" {m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d} ", text, count=1
    )
    text = EAST_ASIAN_DAY.sub(" ", EAST_ASIAN_UPDATE_NOTE.sub(" ", text))
    return " ".join(EAST_ASIAN_TIME.sub(_clock_time, text, count=1).split())


def _clock_time(match: re.Match[str]) -> str:
    hour, minute = int(match.group(2)), int(match.group(3))
    if match.group(1) in AFTERNOON and hour < 12:
        hour += 12
    return f" {hour:02d}:{minute:02d} " if hour < 24 and minute < 60 else match.group(0)


def _may_be_foreign(text: str) -> bool:
    """Whether the line has a day and a month's name in any of the languages, or a day
    with a dot before the name ("5. August"); digits are looked for first, in C."""
    return DIGIT.search(text) is not None and FOREIGN_DATE.search(text) is not None


def _english_date(match: re.Match[str]) -> str:
    return f"{match.group(1)} {ENGLISH_MONTHS[_MONTH_NUMBERS[match.group(2).lower()]]}"


def _is_update(text: str) -> bool:
    return bool(
        UPDATE_WORDS.search(text)
        or FOREIGN_UPDATE_WORDS.search(text)
        or EAST_ASIAN_UPDATE_WORDS.search(text)
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
    return sum(
        _word_count(word)
        for word in words
        if word not in FILLER_WORDS
        and word not in weekdays
        and word not in FOREIGN_FILLER_WORDS
        and word not in EAST_ASIAN_FILLER_WORDS
    )


def _word_count(word: str) -> int:
    """1, or for a run of Chinese or Japanese characters a word per two of them (they are
    written without spaces: "宮崎県で地震があった" is a clause, "人民网" a name)."""
    if not UNSPACED_CHARACTER.match(word):
        return 1
    return -(-len(word) // CHARACTERS_PER_UNSPACED_WORD)


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


EARLIEST_YEAR = "1900"  # no news page online was published before it
# The day a story's address gives: "/2024/04/28/", "/2025-01-31/", "/20260710/" (a path
# segment of eight figures that is a date).
URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[^\d]|$)"
    r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)"
)


def date_in_url(url: str | None) -> str | None:
    """The publication day a news page's address states, if it states one."""
    match = URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def plausible_date(value: str | None) -> str | None:
    """The date, unless no news page can have it: content systems write placeholders
    ("0001-01-01T00:00:00Z", "1970-01-01") for a date they do not have, and a date after
    tomorrow is a typo or a scheduled embargo. Relative times resolved against such a date
    land in year 1, so the next source (the visible dateline, the URL) is asked instead."""
    if not value or not re.match(r"\d{4}", value):
        return None
    if value[:4] < EARLIEST_YEAR or value.startswith("1970-01-01"):
        return None
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    return None if value[:10] > tomorrow else value
