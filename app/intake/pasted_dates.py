"""Reading the date a webmail shows above a message, in the forms people copy it.

Gmail, Outlook, mail.ru and Yandex each write the moment their own way and in the reader's
language: ``Wed, 25 Nov 2026 10:14:03 +0500`` (a message's source), ``Wed, Nov 25, 2026 at
10:14 AM``, ``Wednesday, November 25, 2026 10:14 AM``, ``25 ноября 2026 г., 10:14``,
``Среда, 25 ноября 2026, 10:14 +05:00``, ``25.11.2026, 10:14``, ``2026 ж. 25 қараша,
10:14``. A moment without a zone is the operator's local time (Asia/Almaty, as the webmail
shows it on their computer). A date the text does not fully give (no year, "today", "вчера")
is not guessed: None, and the operator types it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from app.domain.clock import ALMATY

# The first three letters of each month's name, by month, in Kazakh, Russian and English.
# None of the Kazakh stems is a Russian or English one (мамыр/маусым against май/мая/мар).
_MONTH_STEMS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
    "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8,
    "қыр": 9, "қаз": 10, "қар": 11, "жел": 12,
}  # fmt: skip
# Weekdays whose first letters are a month's: Kazakh "сенбі" (Saturday) is not "сентябрь".
_NOT_MONTHS = frozenset({"сенбі"})
_WORD = re.compile(r"[^\W\d_]+")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?!\d)",
                   re.IGNORECASE)
_ZONE = re.compile(r"(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$|\b(?:gmt|utc)\s*$",
                   re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A message's source writes its Date the RFC 5322 way: "Wed, 25 Nov 2026 10:14:03 +0500".
_RFC = re.compile(r"^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
                  r"(?:\s+(?:[+-]\d{4}|[a-z]{1,5}))?$", re.IGNORECASE)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})\b")


def parse_when(text: str) -> datetime | None:
    """The moment in *text*, aware (Asia/Almaty when it names no zone); None when unsure."""
    text = " ".join(text.split())
    if not text or len(text) > 200:
        return None
    # "(Delivered after 2 seconds)", "(GMT+05:00) Astana": remarks in brackets carry no date.
    text = re.sub(r"\([^)]*\)", " ", text).strip()
    if _RFC.match(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        # "-0000" is UTC with nothing said about the sender's zone (RFC 5322).
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return _parse_loose(text)


def _parse_loose(text: str) -> datetime | None:
    lowered = text.lower()
    time_match = _TIME.search(lowered)
    hour = minute = second = 0
    rest = lowered
    zone: tzinfo = ALMATY
    if time_match:
        hour, minute = int(time_match.group(1)), int(time_match.group(2))
        second = int(time_match.group(3) or 0)
        meridiem = (time_match.group(4) or "").replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        after = lowered[time_match.end():].strip(" ,")
        zone_match = _ZONE.match(after) if after else None
        if zone_match:
            zone = _zone(zone_match)
        rest = lowered[:time_match.start()] + " " + lowered[time_match.end():]
    day_month_year = _date_parts(rest)
    if day_month_year is None:
        return None
    day, month, year = day_month_year
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def _zone(match: re.Match[str]) -> tzinfo:
    if match.group(1) is None:
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
    return timezone(sign * offset)


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """(day, month, year) from the date part of *text*, or None."""
    found = _ISO.search(text)
    if found:
        return int(found.group(3)), int(found.group(2)), int(found.group(1))
    found = _NUMERIC.search(text)
    if found:
        return int(found.group(1)), int(found.group(2)), int(found.group(3))
    month = None
    month_end = 0
    for word in _WORD.finditer(text):
        stem = word.group(0)[:3]
        if stem in _MONTH_STEMS and word.group(0) not in _NOT_MONTHS:
            month, month_end = _MONTH_STEMS[stem], word.end()
            break
    year_match = _YEAR.search(text)
    if month is None or year_match is None:
        return None
    year = int(year_match.group(1))
    # The day is the number that is not the year: "25 ноября 2026", "Nov 25, 2026",
    # "2026 ж. 25 қараша". Prefer the number nearest after the month's name ("Nov 25").
    days = [m for m in _DAY.finditer(text) if m.span() != year_match.span()]
    if not days:
        return None
    after = [m for m in days if m.start() >= month_end]
    before = [m for m in days if m.start() < month_end]
    chosen = (before[-1] if before else after[0])
    return int(chosen.group(1)), month, year
