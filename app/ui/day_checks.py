"""What each day needs from the window, once it is up: the integrity check, the retention count,
the daily backup, the demo register filled, and a refresh when midnight passes.

All of it runs as the window's own quiet jobs (`jobs.JobRunner`) on a second connection,
so the window is drawn first and never waits; the user's own work queues behind a
running check instead of being refused. The timers stop whenever the register shown
is closed (a restore, a switch) or the window closes, and start again with the next one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from app.services import demo
from app.store import views

from . import messages

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow

#: The day's checks start this long after the window opens (it is drawn first).
START_CHECKS_MS = 300
#: The daily backup waits a little longer: the checks go first.
BACKUP_AFTER_MS = 2000
#: How often the window looks whether the day changed (due dates move at midnight).
NEW_DAY_EVERY_MS = 60_000


class DayChecks(QObject):
    """The day's checks of the register the window shows."""

    def __init__(self, window: MainWindow, auto_backup: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.auto_backup = auto_backup
        self.start_timer = QTimer(self, singleShot=True, interval=START_CHECKS_MS)
        self.start_timer.timeout.connect(self.after_start)
        self.backup_timer = QTimer(self, singleShot=True, interval=BACKUP_AFTER_MS)
        self.backup_timer.timeout.connect(lambda: window.jobs.when_idle(self.backup_daily))
        self.day_timer = QTimer(self, interval=NEW_DAY_EVERY_MS)
        self.day_timer.timeout.connect(self._check_new_day)

    def start(self) -> None:
        """Plan the day's checks of the register now shown."""
        self.day_timer.start()
        self.start_timer.start()
        if self.auto_backup:
            self.backup_timer.start()

    def stop(self) -> None:
        """Nothing more for this register (it is being closed)."""
        for timer in (self.start_timer, self.backup_timer, self.day_timer):
            timer.stop()

    # ------------------------------------------------------------------ the checks
    def after_start(self) -> None:
        """What the day needs, once the window is up: the demo filled, or the day's checks."""
        register = self.window.register
        if demo.is_demo(register.path) and not register.damaged and not register.check_pending \
                and views.count(register, "all") == 0:
            self.window.jobs.when_idle(self.fill_demo)
        else:
            self.window.jobs.when_idle(self.check_day)

    def check_day(self) -> None:
        """The day's checks, on a second connection off the GUI thread: the full integrity
        check when it is due (seconds on a large register), then the closed requests past
        the retention period (offered for purging)."""
        window = self.window
        if window.register.damaged:
            window.notices.retention.hide()
            return
        # After a crash the register opened read-only with its check left to us.
        pending = window.register.check_pending
        due = window.register.integrity_check_due or pending
        window.register.integrity_check_due = False  # once: a repeated start does not rerun

        def work(register: Register, ctx: Any) -> tuple[str | None, int]:
            ctx.step(0, 0, "")
            problem = None
            if due:
                # A second connection in this process is never "due" itself: this one runs it.
                register.integrity_check_due = True
                problem = register.daily_check()
            past = 0 if problem else len(register.purge_candidates(register.retention_cutoff()))
            return problem, past

        def done(result: tuple[str | None, int]) -> None:
            problem, past = result
            if pending:
                window.register.end_pending_check(problem)
                window.refresh()
                if not problem:
                    window.statusBar().showMessage(self.tr(
                        "The register passed its check: it can be changed again."), 10000)
                    window.notices.show_start_notice()
            if problem:
                window.register.mark_damaged(problem)
                window.notices.show_start_notice()
                window.statusBar().showMessage(self.tr("The register failed its integrity "
                                                       "check."), 10000)
            window.notices.show_purge_notice(past)

        def failed(exc: BaseException) -> None:  # the worker could not even open the file
            if due:
                done((messages.word(exc), 0))

        window.jobs.run(self.tr("Checking the register's integrity…"), work, done, quiet=True,
                        cancellable=False, on_failed=failed, silent=not due)

    def fill_demo(self, size: int | None = None) -> bool:
        """Fill the (empty) demo register with invented requests, in the background."""
        window = self.window
        if views.count(window.register, "all"):  # filled already (a repeated start)
            return False
        total = size or demo.DEMO_SIZE

        def work(register: Register, ctx: Any) -> tuple[int, int]:
            ctx.step(0, total, "")
            n = demo.fill_demo(register, total, progress=lambda n: ctx.step(n, total, ""))
            return n, len(register.purge_candidates(register.retention_cutoff()))

        def done(result: tuple[int, int]) -> None:
            n, past = result
            window.set_empty_note(None)
            window.refresh()
            window.notices.show_start_notice()
            window.notices.show_purge_notice(past)
            window.statusBar().showMessage(self.tr("The demo register holds %Ln invented "
                                                   "request(s).", "", n), 10000)

        def ended(_how: str) -> bool:
            window.set_empty_note(None)
            return True

        window.set_empty_note(self.tr("Filling the demo register with invented requests…"))
        started = window.jobs.run(self.tr("Filling the demo register…"), work, done,
                                  cancellable=False, on_end=ended)
        if not started:
            window.set_empty_note(None)
        return started

    def backup_daily(self) -> None:
        """Once a day, an encrypted backup into the backup folder (in the background)."""
        window = self.window
        # Never the demo: its copies would rotate the real register's backups away.
        register = window.register
        if register.damaged or register.check_pending or window.source is None \
                or not window.isVisible() or demo.is_demo(register.path):
            return

        def work(register: Register, ctx: Any) -> Path | None:
            from app.services import keeping

            ctx.step(0, 1, "")
            return keeping.daily_backup(register)

        def done(path: Path | None) -> None:
            if path:
                window.statusBar().showMessage(self.tr("Daily backup saved: {0}").format(path),
                                               8000)

        window.jobs.run(self.tr("Backing up the register…"), work, done, quiet=True)

    def _check_new_day(self) -> None:
        bounds = getattr(self.window.model, "_bounds", None)
        if bounds is not None and bounds.today != self.window.register.today():
            self.window.refresh()
