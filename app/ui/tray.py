"""Reminders that reach the operator when the window is closed: the tray icon and the
desktop notifications.

The tray icon (where the desktop has a tray) shows how many requests are due today or
overdue: the same counts as the window's two views (`services.reminders.counts`). Its
menu opens the window, logs a call, imports an email, exports the deadlines to a
calendar, quits. A notification comes at start and at the operator's reminder time on
each working day of the Kazakh calendar (`domain.reminders.next_reminder`), and when a
right becomes overdue while the app runs; clicking it opens that request. It names the
count and the right, not the requester, unless the operator opted in (a lock screen is
not private). With "keep running in the tray" on, closing the window hides it: the
register stays open, and locked against a second copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from app.domain.reminders import Agenda, DueRight, newly_overdue, next_reminder
from app.services import USER_ERRORS, reminders
from app.store._sqlcipher import DatabaseError

from . import i18n, icons
from .notify import Notifier

if TYPE_CHECKING:
    from .main_window import MainWindow

#: QSettings keys: this computer's user's choices (not the register's).
KEEP_RUNNING_KEY = "tray/keep_running"
EXPLAINED_KEY = "tray/explained"
#: How often the running app looks for rights that became overdue (and the new day).
LOOK_EVERY_MS = 60_000
#: The longest single wait of the daily timer (a timer is an int of ms; re-planned after).
LONGEST_WAIT_MS = 6 * 3600 * 1000


log = logging.getLogger(__name__)
T = TypeVar("T")


def quietly(work: Callable[[], T]) -> T | None:
    """Run *work* for a reminder; a problem (a register being switched, a damaged file) is
    logged by its kind only and the reminder skipped: a timer never opens a message box."""
    try:
        return work()
    except (*USER_ERRORS, DatabaseError) as exc:
        log.info("reminder skipped: %s", type(exc).__name__)
        return None


def tray_available() -> bool:
    """Whether this desktop has a system tray."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def keep_running() -> bool:
    """Whether closing the window keeps Otinish in the tray (on by default)."""
    return bool(QSettings().value(KEEP_RUNNING_KEY, True, type=bool))


def set_keep_running(on: bool) -> None:
    """Remember whether closing the window keeps Otinish in the tray."""
    QSettings().setValue(KEEP_RUNNING_KEY, bool(on))


@lru_cache(maxsize=16)
def badge_icon(count: int) -> QIcon:
    """The app's icon with *count* in a red disc (the plain icon for 0)."""
    base = icons.icon("otinish")
    if count <= 0:
        return base
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = base.pixmap(size, size)
        if pixmap.isNull():
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = QRect(size * 3 // 8, size * 3 // 8, size * 5 // 8, size * 5 // 8)
        painter.setBrush(QColor("#c62828"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, disc.height() * 2 // 3))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Reminders(QObject):
    """The tray icon, the daily and start-up notifications, and "keep running"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False
        self.started = False
        self.next_at: datetime | None = None
        self._register_path = window.register.path
        self.count = reminders.Counts(0, 0)
        self.last: Agenda | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(icons.icon("otinish"), self)
            self.tray.setObjectName("trayIcon")
            self.tray.activated.connect(self._activated)
            self.menu = self._build_menu()
            self.tray.setContextMenu(self.menu)
        self.notifier = Notifier(self.tray, self)
        self.notifier.clicked.connect(self.open_request)
        self.daily = QTimer(self, singleShot=True)
        self.daily.timeout.connect(self._daily_due)
        self.look = QTimer(self, interval=LOOK_EVERY_MS)
        self.look.timeout.connect(self._tick)
        self.update_count()

    # ------------------------------------------------------------------ the menu
    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName("trayMenu")
        c = self.window.commands
        self.open_action = menu.addAction("", self.show_window)
        menu.addSeparator()
        # The window's own commands, run with the window shown (their dialogs belong to it).
        self.commands = {}
        for command in (c.phone, c.import_email, c.export_calendar):
            self.commands[command] = menu.addAction(
                command.icon(), "", lambda checked=False, a=command: self._with_window(a))
        menu.addSeparator()
        self.quit_action = menu.addAction("", self.quit)
        self.retranslate()
        return menu

    def retranslate(self) -> None:
        """Texts in the interface language."""
        if self.tray is None:
            return
        self.open_action.setText(self.tr("Open Otinish"))
        for command, action in self.commands.items():
            action.setText(command.text())
        self.quit_action.setText(self.tr("Quit"))
        self._show_count()

    def _with_window(self, command: QAction) -> None:
        self.show_window()
        command.trigger()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    # ------------------------------------------------------------------ the count
    def update_count(self, view_counts: dict[str, int] | None = None) -> reminders.Counts:
        """Count what is due today and overdue again (the window's own two view counts;
        *view_counts*: those the window has just read)."""
        if view_counts is not None:
            notices = quietly(lambda: len(reminders.notices_due(self.window.register))) or 0
            self.count = reminders.Counts(view_counts["due_today"], view_counts["overdue"],
                                          notices)
            self._show_count()
            return self.count
        counted = quietly(lambda: reminders.counts(self.window.register))
        if counted is not None:
            self.count = counted
        self._show_count()
        return self.count

    def _show_count(self) -> None:
        if self.tray is None:
            return
        self.tray.setIcon(badge_icon(self.count.total))
        self.tray.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        """"Otinish: 2 due today, 1 overdue", or that nothing is."""
        parts = self.count_parts(self.count.due_today, self.count.overdue)
        if self.count.notices:
            parts.append(self.tr("%Ln breach notice(s) due", "", self.count.notices))
        return "Otinish: " + (", ".join(parts) if parts else self.tr("nothing due today"))

    def count_parts(self, due_today: int, overdue: int, next_day: int = 0) -> list[str]:
        """The counts as words: "2 due today", "1 overdue", "3 due next working day"."""
        parts = []
        if due_today:
            parts.append(self.tr("%Ln due today", "", due_today))
        if overdue:
            parts.append(self.tr("%Ln overdue", "", overdue))
        if next_day:
            parts.append(self.tr("%Ln due next working day", "", next_day))
        return parts

    # ------------------------------------------------------------------ running
    def start(self, *, notify: bool = True) -> None:
        """Show the tray icon, say what is due (at start), plan the daily reminder."""
        self.started = True
        if self.tray is not None:
            self.tray.show()
        self.update_count()
        plan = self._agenda()
        if plan is not None:
            if notify:
                self.notify(plan)
            self.last = plan
        self.plan_daily()
        self.look.start()

    def settings_changed(self) -> None:
        """The reminder time may have changed: plan the next reminder again."""
        if self.started:
            self.plan_daily()

    def stop(self) -> None:
        """No more reminders (the window is closing for good)."""
        self.started = False
        self.daily.stop()
        self.look.stop()
        if self.tray is not None:
            self.tray.hide()
        self.notifier.close()

    def _agenda(self) -> Agenda | None:
        """What is due, of the register shown now (a new register starts afresh)."""
        register = self.window.register
        if register.path != self._register_path:
            self._register_path, self.last = register.path, None
        return quietly(lambda: reminders.agenda_of(register))

    def plan_daily(self) -> datetime | None:
        """Set the timer for the next daily reminder (a working day, at the set time)."""
        register = self.window.register
        at = quietly(lambda: reminders.reminder_time(register))
        if at is None:
            return None
        moment = next_reminder(register.now(), at, register.calendar())
        wait_ms = int((moment - register.now()).total_seconds() * 1000)
        self.daily.start(max(1000, min(wait_ms, LONGEST_WAIT_MS)))
        self.next_at = moment
        return moment

    def _daily_due(self) -> None:
        register = self.window.register
        if self.next_at is not None and register.now() >= self.next_at:
            plan = self._agenda()
            if plan is not None:
                self.update_count()
                self.notify(plan)
                self.last = plan
        self.plan_daily()

    def _tick(self) -> None:
        # Timers do not count a suspended laptop's sleep: the minute's look also catches a
        # daily reminder whose time passed meanwhile.
        if self.next_at is not None and self.window.register.now() >= self.next_at:
            self._daily_due()
        self.look_for_overdue()

    def look_for_overdue(self) -> list[DueRight]:
        """Tell about rights that became overdue since the last look (the day changed)."""
        plan = self._agenda()
        if plan is None:
            return []
        fresh = newly_overdue(self.last, plan)
        self.last = plan
        self.update_count()
        if fresh:
            first = fresh[0]
            self.notifier.show("Otinish", self.tr("%Ln overdue now", "", len(fresh))
                               + " — " + self._name(first), first.request_id,
                               self.tr("Open"))
        return fresh

    # ------------------------------------------------------------------ words
    def _name(self, right: DueRight) -> str:
        """"IN-2026-0042 deletion", with the requester only when the operator opted in."""
        what = (self.tr("breach notice") if right.type == reminders.BREACH_NOTICE
                else i18n.short_type_name(right.type, capital=False))
        text = f"{right.number} {what}"
        register = self.window.register
        if right.request_id and quietly(lambda: register.get_setting("reminder_names")):
            request: Any = quietly(lambda: register.get_request(right.request_id))
            if request and request["requester"]["name"]:
                text += f" ({request['requester']['name']})"
        return text

    def message(self, plan: Agenda) -> str | None:
        """"2 due today, 1 overdue — IN-2026-0042 deletion"; None when nothing is due."""
        first = plan.first()
        if first is None:
            return None
        counted = self.count
        next_day = len({r.number for r in plan.due_next_working_day})
        parts = self.count_parts(counted.due_today, counted.overdue,
                                 0 if plan.urgent else next_day)
        return ", ".join(parts) + " — " + self._name(first)

    def notify(self, plan: Agenda) -> bool:
        """The reminder of *plan*, when it has something to say."""
        text = self.message(plan)
        if text is None:
            return False
        first = plan.first()
        return self.notifier.show("Otinish", text, first.request_id if first else 0,
                                  self.tr("Open"))

    # ------------------------------------------------------------------ the window
    def show_window(self) -> None:
        """Bring the window back from the tray."""
        from .single import bring_forward

        bring_forward(self.window)

    def open_request(self, request_id: int) -> None:
        """A notification was clicked: the window, on that request."""
        self.show_window()
        if request_id:
            self.window.select_request(request_id, switch_view=True)

    def keeps_running(self) -> bool:
        """Whether closing the window now only hides it."""
        return self.tray is not None and keep_running() and not self.quitting

    def hide_to_tray(self) -> None:
        """Hide the window; the first time, say that Otinish is still running."""
        QApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        settings = QSettings()
        if not settings.value(EXPLAINED_KEY, False, type=bool):
            settings.setValue(EXPLAINED_KEY, True)
            self.notifier.show("Otinish", self.tr(
                "Otinish keeps running in the tray to remind you of deadlines. The register "
                "stays open and locked. To quit, use Quit in the tray icon's menu."))

    def quit(self) -> None:
        """Quit for good (the tray menu's Quit)."""
        self.quitting = True
        self.window.close()
        QApplication.quit()
