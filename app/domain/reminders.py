"""When to remind the operator, and of what: pure rules over open rights and the calendar.

The register lists the open rights with their due dates; these functions sort them into
"overdue", "due today" and "due by the next working day", decide on which days and at
what time the daily reminder falls (working days of the Kazakh calendar only: a public
holiday or a weekend gets no reminder), which rights became overdue since the last look,
and when a calendar file's alarms ring (the working day before the due date and the
morning of it). No Qt, no I/O: the window's tray, the `remind` command and the calendar
export all ask here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .calendar import WorkingCalendar
from .clock import ALMATY
from .errors import DomainError

#: The daily reminder's time when the operator has not chosen one (Almaty time).
DEFAULT_REMINDER_TIME = time(9, 0)


@dataclass(frozen=True, order=True)
class DueRight:
    """One open right of one request and the day it is due."""

    due: date
    number: str
    type: str
    request_id: int = 0

    def as_dict(self) -> dict[str, str]:
        """The shape the command line prints: number, type, due."""
        return {"number": self.number, "type": self.type, "due": self.due.isoformat()}


@dataclass(frozen=True)
class Agenda:
    """What is overdue, due today and due by the next working day, as of one day."""

    today: date
    next_working_day: date
    overdue: tuple[DueRight, ...] = ()
    due_today: tuple[DueRight, ...] = ()
    due_next_working_day: tuple[DueRight, ...] = ()

    @property
    def urgent(self) -> bool:
        """True when something is due today or overdue (the `remind` exit code 1)."""
        return bool(self.overdue or self.due_today)

    @property
    def anything(self) -> bool:
        """True when a reminder has something to say."""
        return bool(self.urgent or self.due_next_working_day)

    def first(self) -> DueRight | None:
        """The right a reminder names: the most overdue, else the first due today, else
        the first due next."""
        for group in (self.overdue, self.due_today, self.due_next_working_day):
            if group:
                return group[0]
        return None

    def as_dict(self) -> dict[str, list[dict[str, str]]]:
        """The `remind` command's JSON object."""
        return {"due_today": [r.as_dict() for r in self.due_today],
                "due_next_working_day": [r.as_dict() for r in self.due_next_working_day],
                "overdue": [r.as_dict() for r in self.overdue]}


def agenda(rights: Iterable[DueRight], today: date, calendar: WorkingCalendar) -> Agenda:
    """Sort open rights into overdue, due today, and due after today up to the next working
    day (a right due on a day off before it counts there too); later ones are left out."""
    next_day = calendar.add_working_days(today, 1)
    ordered = sorted(rights)
    return Agenda(
        today=today, next_working_day=next_day,
        overdue=tuple(r for r in ordered if r.due < today),
        due_today=tuple(r for r in ordered if r.due == today),
        due_next_working_day=tuple(r for r in ordered if today < r.due <= next_day))


def newly_overdue(before: Agenda | None, after: Agenda) -> list[DueRight]:
    """Rights overdue in *after* that were not overdue in *before* (none on the first look:
    the reminder at start names them already)."""
    if before is None:
        return []
    known = {(r.request_id, r.number, r.type) for r in before.overdue}
    return [r for r in after.overdue if (r.request_id, r.number, r.type) not in known]


def parse_reminder_time(value: object) -> time:
    """A reminder time from "HH:MM" (24-hour); anything else is refused with one code."""
    text = str(value or "").strip()
    try:
        hours, minutes = text.split(":")
        parsed = time(int(hours), int(minutes))
    except ValueError:
        raise DomainError("reminder_time_invalid", value=text) from None
    if len(minutes) != 2:
        raise DomainError("reminder_time_invalid", value=text)
    return parsed


def previous_working_day(day: date, calendar: WorkingCalendar) -> date:
    """The last working day before *day*."""
    day -= timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def next_reminder(after: datetime, at: time, calendar: WorkingCalendar) -> datetime:
    """The first daily reminder strictly after *after*: *at* o'clock (Almaty) on a working
    day. A weekend or a public holiday gets none; the next working day gets it."""
    moment = after.astimezone(ALMATY)
    day = moment.date()
    while True:
        candidate = datetime.combine(day, at, tzinfo=ALMATY)
        if candidate > moment and calendar.is_working_day(day):
            return candidate
        day += timedelta(days=1)


def reminder_days(start: date, end: date, calendar: WorkingCalendar) -> list[date]:
    """The days from *start* to *end* (inclusive) that get the daily reminder."""
    days = []
    day = start
    while day <= end:
        if calendar.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def alarm_moments(due: date, at: time, calendar: WorkingCalendar) -> tuple[datetime, datetime]:
    """When a calendar event's two alarms ring: *at* o'clock (Almaty) on the working day
    before *due*, and on the morning of *due* itself."""
    return (datetime.combine(previous_working_day(due, calendar), at, tzinfo=ALMATY),
            datetime.combine(due, at, tzinfo=ALMATY))
