"""Deadlines to the operator's calendar from the window: "Export deadlines to calendar…" (every
open right) and a request's "Add to calendar…" (its rights), as an iCalendar file.

The file names the number and the right only, unless the operator opted in (Settings,
Reminders); it is owner-only and replaces an earlier export of the same name, so
importing it again updates the calendar's events instead of adding copies.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from . import ask, i18n
from .common import guarded

if TYPE_CHECKING:
    from .main_window import MainWindow


class CalendarActions(QObject):
    """The window's two calendar commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_all(self) -> None:
        """Every open right's due date, to a .ics file the operator chooses."""
        self._export(Path.home() / "otinish-deadlines.ics", None)

    def add_request(self) -> None:
        """The selected request's rights, to a .ics file."""
        request = self.window.current_request()
        if request is None:
            return
        self._export(Path.home() / f"otinish-{request['number']}.ics", request["id"])

    def _export(self, suggested: Path, request_id: int | None) -> None:
        window = self.window
        target = ask.ask_save_file(window, self.tr("Export deadlines to calendar"), suggested,
                                   "*.ics")
        if not target:
            return
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        from app.services import ical  # icalendar loads only for an export

        ok, out = guarded(window, lambda: ical.export_calendar(
            window.register, target, request_id=request_id, lang=i18n.names_language()))
        if ok:
            ask.tell_info(window, self.tr(
                "%Ln deadline(s) written to {0}. Open it with your calendar; importing a newer "
                "file updates the same events.", "", out["events"]).format(out["path"]))
