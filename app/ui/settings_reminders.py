"""Settings: reminders. When the daily reminder comes, whether notifications and calendar
events name the requester, whether closing the window keeps Otinish in the tray, and
whether it starts at login.

The reminder time and the names are register settings (`reminder_time`,
`reminder_names`, saved with the others when the dialog is accepted); keeping running
is this computer's user's choice (QSettings), and starting at login is what the system
holds (`services.autostart`: an XDG autostart entry, the Run key, a LaunchAgent). Where
the desktop has no tray, the tab says so: the reminder then comes when Otinish starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QTimeEdit, QWidget

from app.domain.reminders import parse_reminder_time
from app.services import autostart
from app.store import Register

from . import tray
from .common import note_label


class RemindersTab(QWidget):
    """The Reminders tab of the settings."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersTab")
        saved = parse_reminder_time(register.get_setting("reminder_time"))
        self.saved_names = bool(register.get_setting("reminder_names"))
        self.time = QTimeEdit(QTime(saved.hour, saved.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time_note = note_label()
        self.names = QCheckBox()
        self.names.setChecked(self.saved_names)
        self.keep_running = QCheckBox()
        self.keep_running.setChecked(tray.keep_running())
        self.at_login = QCheckBox()
        self.at_login.setChecked(autostart.enabled())
        self.has_tray = tray.tray_available()
        self.keep_running.setEnabled(self.has_tray)
        self.tray_note = note_label(kind="hint" if self.has_tray else "warning")
        self.time_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.time_label, self.time)
        form.addRow("", self.time_note)
        form.addRow("", self.names)
        form.addRow("", self.keep_running)
        form.addRow("", self.at_login)
        form.addRow("", self.tray_note)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.time_label.setText(self.tr("Daily reminder at"))
        self.time_note.setText(self.tr(
            "On each working day of the Kazakh calendar (weekends and public holidays have "
            "none), and whenever Otinish starts: what is due today, overdue, or due by the "
            "next working day."))
        self.names.setText(self.tr("Name the requester in notifications and calendar events "
                                   "(a lock screen or a shared calendar is not private)"))
        self.keep_running.setText(self.tr("Closing the window keeps Otinish running in the "
                                          "tray (the register stays open and locked)"))
        self.at_login.setText(self.tr("Start Otinish at login, minimised"))
        if self.has_tray:
            self.tray_note.setText(self.tr(
                "A scheduled task can remind you without Otinish running: the command "
                "“otinish-cli remind” (see the README)."))
        else:
            self.tray_note.setText(self.tr(
                "This desktop has no system tray: Otinish cannot keep running in it. The "
                "reminder comes when Otinish starts (start it at login), and a scheduled "
                "task can run “otinish-cli remind”."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def changes(self) -> dict[str, Any]:
        """The register settings this tab changes (`services.operator.save_settings`)."""
        return {"reminder_time": self.time.time().toString("HH:mm"),
                "reminder_names": self.names.isChecked()}

    def apply_here(self) -> None:
        """This computer's choices: keep running in the tray; start at login."""
        if self.has_tray:
            tray.set_keep_running(self.keep_running.isChecked())
        if self.at_login.isChecked() != autostart.enabled():
            if self.at_login.isChecked():
                autostart.enable()
            else:
                autostart.disable()
