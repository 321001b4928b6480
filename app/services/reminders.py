"""What to remind the operator of: the open rights by due date, and the tray's counts.

"Due today" and "overdue" mean what the window's views mean (`app.store.views`): the
tray's count is taken from the very same view counts, and the rights a reminder lists
are the open rights (not done, not removed) of the requests those views hold. The
schedule itself (which days, what time, what became overdue) is the domain's
(`app.domain.reminders`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.domain.reminders import Agenda, DueRight, agenda, parse_reminder_time
from app.store import Register, views

__all__ = ["BREACH_NOTICE", "Counts", "OPEN_RIGHT", "agenda_of", "counts", "notices_due",
           "open_rights", "reminder_time"]

#: An open right: its request is not closed, it is not done and not removed by mistake.
#: The same condition as the views' `r.status != 'closed'`, item by item.
OPEN_RIGHT = ("r.status != 'closed' and i.done_at is null and not exists (select 1 from"
              " voids v where v.entity = 'request_items' and v.entity_id = i.id)")


@dataclass(frozen=True)
class Counts:
    """Requests due today and overdue: the numbers of the window's two views."""

    due_today: int
    overdue: int
    #: Breach notices to the authorized body due today or overdue (not a view's count).
    notices: int = 0

    @property
    def total(self) -> int:
        """What the tray shows."""
        return self.due_today + self.overdue + self.notices


def counts(register: Register, bounds: views.Bounds | None = None) -> Counts:
    """The window's "Due today" and "Overdue" view counts (one declaration: the views'),
    and the breach notices due."""
    bounds = bounds or views.Bounds.of(register)
    return Counts(due_today=views.count(register, "due_today", bounds=bounds),
                  overdue=views.count(register, "overdue", bounds=bounds),
                  notices=len(register.incidents_due(register.today())))


def open_rights(register: Register, *, until: date | None = None,
                request_id: int | None = None) -> list[DueRight]:
    """Open rights due on or before *until* (all when None), of one request or all."""
    where, params = [OPEN_RIGHT], []
    if until is not None:
        # A request's due date is its earliest open right's: its index narrows the search.
        where.append("r.due <= ? and i.due <= ?")
        params += [until.isoformat(), until.isoformat()]
    if request_id is not None:
        where.append("r.id = ?")
        params.append(request_id)
    rows = register.db.execute(
        "select i.due, r.number, i.type, r.id from request_items i"
        " join requests r on r.id = i.request_id where " + " and ".join(where) +
        " order by i.due, r.number, i.id", params).fetchall()
    return [DueRight(date.fromisoformat(d), number, kind, rid) for d, number, kind, rid in rows]


#: The "type" of a breach notice to the authorized body in a reminder (not a request's right).
BREACH_NOTICE = "breach_notice"


def notices_due(register: Register) -> list[DueRight]:
    """Breach notices to the authorized body due today or overdue, as reminder items (the
    incident's number; no request to open, so request_id 0)."""
    return [DueRight(date.fromisoformat(row["due"]), row["number"], BREACH_NOTICE)
            for row in register.incidents_due(register.today())]


def agenda_of(register: Register) -> Agenda:
    """Overdue, due today and due by the next working day, on the register's calendar:
    the open rights of requests, and the breach notices due."""
    today = register.today()
    calendar = register.calendar()
    items = open_rights(register, until=calendar.add_working_days(today, 1))
    return agenda(items + notices_due(register), today, calendar)


def reminder_time(register: Register) -> time:
    """The daily reminder's time (Almaty) from the register's settings."""
    return parse_reminder_time(register.get_setting("reminder_time"))
