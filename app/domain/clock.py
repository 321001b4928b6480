"""Register time: every date and moment in Otinish is Almaty's (UTC+5 since 1 March 2024).

Receipt times, due dates, letter dates and the audit trail are all local to
Kazakhstan, whatever the computer's own time zone; `tzdata` is a dependency so that
Windows, which has no time-zone database, knows Asia/Almaty too.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

ALMATY = ZoneInfo("Asia/Almaty")


def local(moment: datetime) -> datetime:
    """*moment* in Almaty time; a naive moment is taken as Almaty time already."""
    return moment.replace(tzinfo=ALMATY) if moment.tzinfo is None else moment.astimezone(ALMATY)


def years_before(day: date, years: int) -> date:
    """The same day *years* earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
