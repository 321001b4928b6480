"""Deadlines to the operator's own calendar: an iCalendar (.ics) file of the open rights.

One all-day event per open right on its due date, with two alarms (the working day
before and the morning of the due date, at the reminder time). Each right keeps one UID
(its item id and a tag of the register), so importing a newer file into a calendar
updates the events instead of adding copies; SEQUENCE counts the right's recorded
changes, so it grows whenever the right changed, and a right done or removed since is
written as CANCELLED so calendars take it away. Events name the request's number and the
right only; the requester's name and contacts go in when the operator asks
(`with_names`). The file is owner-only (0600), written through a temporary file, and
never replaces a file that is not a calendar (the register least of all).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar

from app.domain.errors import UserError
from app.domain.reminders import alarm_moments
from app.letters import names
from app.store import Register
from app.store.audit import ENTITY_CODES, hexof

from .operator import default_letter_language
from .reminders import OPEN_RIGHT, reminder_time

__all__ = ["CANCEL_LOOKBACK_DAYS", "CalendarExportError", "export_calendar"]

#: Rights done or removed within this many days (or due since) are written as CANCELLED,
#: so a calendar that got them from an earlier export removes them; older ones are left
#: out (the file stays small however long the register).
CANCEL_LOOKBACK_DAYS = 366
PRODID = "-//Otinish//Deadlines//EN"
_CALENDAR_START = b"BEGIN:VCALENDAR"


class CalendarExportError(UserError):
    """A calendar file that cannot or must not be written."""


@dataclass(frozen=True)
class _Right:
    item_id: int
    number: str
    type: str
    due: date
    open: bool
    revisions: int
    name: str | None
    email: str | None
    phone: str | None


def _register_tag(register: Register) -> str:
    """A short tag unique to this register (its first audit event's hash), for the UIDs."""
    row = register.db.execute("select hash from events where hash is not null order by id"
                              " limit 1").fetchone()
    return (hexof(row[0]) or "")[:12] if row else "register"


def _rights(register: Register, request_id: int | None) -> list[_Right]:
    since = (register.today() - timedelta(days=CANCEL_LOOKBACK_DAYS)).isoformat()
    where, params = [], []
    if request_id is None:
        # Open rights, and rights closed recently enough to be cancelled in a calendar.
        where.append(f"(({OPEN_RIGHT}) or i.due >= ? or coalesce(i.done_at, '') >= ?"
                     " or coalesce(r.closed_at, '') >= ?)")
        params += [since, since, since]
    else:
        where.append("r.id = ?")
        params.append(request_id)
    sql = (
        f"select i.id, r.number, i.type, i.due, {OPEN_RIGHT} as open,"
        f" (select count(*) from events e where e.entity = {ENTITY_CODES['request_items']}"
        "   and e.entity_id = i.id)"
        " + (select count(*) from voids v where v.entity = 'request_items'"
        "   and v.entity_id = i.id),"
        " r.requester_name, r.requester_email, r.requester_phone"
        " from request_items i join requests r on r.id = i.request_id"
        " where " + " and ".join(where) + " order by i.due, r.number, i.id")
    return [_Right(item_id=r[0], number=r[1], type=r[2], due=date.fromisoformat(r[3]),
                   open=bool(r[4]), revisions=max(int(r[5]) - 1, 0), name=r[6], email=r[7],
                   phone=r[8])
            for r in register.db.execute(sql, params)]


def _event(right: _Right, *, tag: str, lang: str, stamp: datetime, at: time,
           register: Register, with_names: bool) -> icalendar.Event:
    short = names.SHORT_TYPE_NAMES[lang].get(right.type, right.type)
    full = names.TYPE_NAMES[lang].get(right.type, right.type)
    event = icalendar.Event()
    event.add("uid", f"{right.item_id}-{tag}@otinish")
    event.add("dtstamp", stamp)
    event.add("sequence", right.revisions)
    event.add("dtstart", right.due)
    event.add("dtend", right.due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Otinish"])
    summary = f"{right.number}: {short}"
    description = [f"{right.number}: {full}"]
    if with_names:
        if right.name:
            summary += f" — {right.name}"
        description += [v for v in (right.name, right.email, right.phone) if v]
    event.add("summary", summary)
    event.add("description", "\n".join(description))
    event.add("status", "CONFIRMED" if right.open else "CANCELLED")
    if right.open:
        for moment in alarm_moments(right.due, at, register.calendar()):
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            # An absolute trigger says so (RFC 5545 3.8.6.3), or clients read a duration.
            alarm.add("trigger", moment.astimezone(UTC), parameters={"VALUE": "DATE-TIME"})
            event.add_component(alarm)
    return event


def _check_target(register: Register, out: Path) -> None:
    if out.is_dir():
        raise CalendarExportError("export_target_is_folder", path=str(out))
    if not out.parent.is_dir():
        raise CalendarExportError("folder_missing", path=str(out.parent))
    if not out.exists():
        return
    with contextlib.suppress(OSError):
        if out.samefile(register.path):
            raise CalendarExportError("calendar_target_is_register", path=str(out))
    try:
        with out.open("rb") as f:
            head = f.read(len(_CALENDAR_START) + 3).lstrip(b"\xef\xbb\xbf")
    except OSError as exc:
        raise CalendarExportError("export_write_failed", path=str(out),
                                  reason=exc.strerror) from None
    if not head.startswith(_CALENDAR_START):
        raise CalendarExportError("calendar_target_not_calendar", path=str(out))


def _write(out: Path, data: bytes) -> None:
    """Owner-only (mkstemp makes the file 0600), through a temporary file in the same
    folder, then renamed into place."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".otinish-", suffix=".ics", dir=out.parent)
    except OSError as exc:
        raise CalendarExportError("export_folder_unwritable", path=str(out.parent),
                                  reason=exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise CalendarExportError("export_write_failed", path=str(out),
                                  reason=exc.strerror) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def export_calendar(register: Register, out: Path, *, with_names: bool | None = None,
                    request_id: int | None = None, lang: str | None = None
                    ) -> dict[str, Any]:
    """Write the deadlines (of every open right, or of one request's rights) to *out*.

    *with_names* None follows the register's `reminder_names` setting; *lang* names the
    rights (default: the register's letter language). Returns the path and how many
    events are due dates ("events") and how many cancel earlier ones ("cancelled").
    """
    out = Path(out).expanduser()
    _check_target(register, out)
    if with_names is None:
        with_names = bool(register.get_setting("reminder_names"))
    lang = lang if lang in names.TYPE_NAMES else default_letter_language(register)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Otinish")
    stamp = register.now().astimezone(UTC).replace(microsecond=0)
    tag, at = _register_tag(register), reminder_time(register)
    rights = _rights(register, request_id)
    for right in rights:
        calendar.add_component(_event(right, tag=tag, lang=lang, stamp=stamp, at=at,
                                      register=register, with_names=with_names))
    _write(out, calendar.to_ical())
    opened = sum(1 for r in rights if r.open)
    return {"path": str(out), "events": opened, "cancelled": len(rights) - opened}
