"""The command line's reminders: `remind` for a scheduled task, `calendar export` (.ics).

`remind` prints what is overdue, due today and due by the next working day, and exits 1
when anything is due today or overdue (0 otherwise), so a daily scheduled task (Task
Scheduler, launchd, a systemd timer, cron) can raise the alarm without the window.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.domain.reminders import DueRight
from app.services import reminders
from app.store import Register

from .output import emit

#: `remind`'s exit code when something is due today or overdue.
SOMETHING_DUE = 1


def _lines(title: str, rights: tuple[DueRight, ...]) -> list[str]:
    if not rights:
        return []
    return [f"{title} ({len(rights)}):"] + [
        f"  {r.number}  {r.type:<14} due {r.due.isoformat()}" for r in rights]


def remind(reg: Register, args: argparse.Namespace) -> None:
    agenda = reminders.agenda_of(reg)

    def text() -> str:
        lines = (_lines("Overdue", agenda.overdue) + _lines("Due today", agenda.due_today)
                 + _lines(f"Due by the next working day ({agenda.next_working_day})",
                          agenda.due_next_working_day))
        return "\n".join(lines) or "Nothing is due today or by the next working day."

    emit(args, agenda.as_dict(), text)
    args.exit_code = SOMETHING_DUE if agenda.urgent else 0


def calendar_export(reg: Register, args: argparse.Namespace) -> None:
    from app.services import ical  # icalendar loads only for an export

    rid = reg.resolve_id(args.request) if args.request else None
    out = ical.export_calendar(reg, Path(args.out), with_names=args.with_names,
                               request_id=rid)
    emit(args, out, lambda: f"Wrote {out['events']} deadline(s) and {out['cancelled']} "
         f"cancellation(s) to {out['path']}; import it into your calendar (importing a "
         "newer file updates the same events).")


def register_commands(sub: argparse._SubParsersAction, calendar_sub: argparse._SubParsersAction,
                      reg) -> None:  # noqa: ANN001 - the CLI's with_register wrapper
    """Add `remind` and `calendar export` to the parser."""
    s = sub.add_parser("remind", help="what is overdue, due today and due by the next "
                       "working day; exit code 1 when anything is due today or overdue")
    s.set_defaults(func=reg(remind))
    s = calendar_sub.add_parser("export", help="write the open rights' due dates to an "
                                "iCalendar file (.ics) for your calendar")
    s.add_argument("--out", required=True, help="the .ics file (an earlier export is replaced)")
    s.add_argument("--with-names", action="store_true", default=None,
                   help="name the requester in the events (default: the register's "
                        "reminder_names setting, off unless you opted in; a shared calendar "
                        "is not private)")
    s.add_argument("--request", metavar="ID", help="only this request (id or inbound number)")
    s.set_defaults(func=reg(calendar_export))
