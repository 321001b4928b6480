"""The window's job runner: long work off the GUI thread, one at a time, with progress and Cancel.

Like Anki's `CollectionOp`, an action hands the runner a function of a register and a
`Progress` (the services' protocol) and what to do with the result; the runner opens a
second connection in a worker thread (`workers.Job`), shows the progress and a Cancel
button in the status bar, words a failure in the user's language, refreshes the window
when the job ends, and then runs what waited for it. The window's own quiet jobs (the
day's check, the daily backup) never refuse the user's work: it simply follows them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from . import ask, messages
from .workers import Job, JobContext, JobSignals, Task, run_inline

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow

Work = Callable[["Register", JobContext], Any]
Failed = Callable[[BaseException], None]
#: Runs first however a job ended ("done", "failed", "cancelled"); False stops there
#: (the window has no register to show).
Ended = Callable[[str], bool]


class JobRunner(QObject):
    """Runs one job at a time for the window, and shows it in the status bar."""

    #: Emitted when a job ends: "done", "failed" or "cancelled".
    finished = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Any = None  # the running Job or Task, if any
        self._signals: JobSignals | None = None
        self._waiting: list[Callable[[], Any]] = []  # work waiting for the running job
        self._quiet = False  # the running job is the window's own (a check, a backup)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setFixedWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.widgets = (self.label, self.progress, self.cancel_button)
        for widget in self.widgets:
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.cancel_button.setText(self.tr("Cancel"))

    # ------------------------------------------------------------------ starting
    def run(self, text: str, work: Work, on_done: Callable[[Any], None], *,
            quiet: bool = False, cancellable: bool = True, silent: bool = False,
            on_failed: Failed | None = None, on_end: Ended | None = None) -> bool:
        """Run *work* off the GUI thread; False when another job is running.

        *quiet*: the window's own job (a user's job waits for it instead of being
        refused). *silent*: brief work the status bar need not show. *on_failed* replaces
        the error message; *on_end* runs first however the job ended.
        """
        if self.job is not None and not quiet and self._quiet:
            # A background check or backup is running: the user's work follows it.
            self._waiting.append(lambda: self.run(
                text, work, on_done, quiet=quiet, cancellable=cancellable, silent=silent,
                on_failed=on_failed, on_end=on_end))
            self.window.statusBar().showMessage(
                self.tr("Starting when the current check ends…"), 5000)
            return True
        if not self.may_start(quiet):
            return False
        self._quiet = quiet
        source = self.window.source
        if source is None or not source.can_open_another():
            # No second connection can be opened (no secret known, or the register is on
            # a network folder, held exclusively by the window's): run here, briefly.
            signals = self._begin(text, on_done, cancellable, on_failed, on_end, silent)
            self.job = object()  # a marker while it runs; nothing goes to the pool
            run_inline(self.window.register, work, signals)
            return True
        return self._launch(Job(source, work), text, on_done, cancellable, on_failed, on_end,
                            silent)

    def run_task(self, text: str, work: Callable[[JobContext], Any],
                 on_done: Callable[[Any], None], *, on_failed: Failed | None = None,
                 on_end: Ended | None = None) -> bool:
        """Run *work* (needing no connection to the register) off the GUI thread."""
        if not self.may_start(False):
            return False
        self._quiet = False
        return self._launch(Task(work), text, on_done, False, on_failed, on_end)

    def when_idle(self, work: Callable[[], Any]) -> None:
        """Do *work* now, or as soon as the running job has ended."""
        if self.job is None:
            work()
        else:
            self._waiting.append(work)

    def may_start(self, quiet: bool = False) -> bool:
        """Whether a job may start now; if not, the user is told why (unless *quiet*)."""
        if self.job is None:
            return True
        if not quiet:
            ask.tell_error(self.window, self.tr("Wait for the current task to finish, or "
                                                "cancel it."))
        return False

    def forget_waiting(self) -> None:
        """Drop the work waiting for the running job (the register it was for is gone)."""
        self._waiting.clear()

    def cancel(self) -> None:
        """Ask the running job to stop at its next step."""
        if self.job is not None and hasattr(self.job, "context"):
            self.job.context.cancel()
            self.label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        """Cancel the running job and wait for it (the window closes)."""
        self._waiting.clear()
        if self.job is not None and hasattr(self.job, "context"):
            self.job.context.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)

    # ------------------------------------------------------------------ running
    def _begin(self, text: str, on_done: Callable[[Any], None], cancellable: bool,
               on_failed: Failed | None, on_end: Ended | None, silent: bool = False
               ) -> JobSignals:
        signals = JobSignals(self)
        self._signals = signals
        signals.progress.connect(self._progress)
        signals.done.connect(lambda result: self._end("done", result, on_done, on_failed,
                                                      on_end))
        signals.failed.connect(lambda exc: self._end("failed", exc, on_done, on_failed,
                                                     on_end))
        signals.cancelled.connect(lambda: self._end("cancelled", None, on_done, on_failed,
                                                    on_end))
        if not silent:
            self.label.setText(text)
            self.progress.setRange(0, 0)
            for widget in self.widgets:
                widget.show()
            self.cancel_button.setVisible(cancellable)
        return signals

    def _launch(self, runnable: Job | Task, text: str, on_done: Callable[[Any], None],
                cancellable: bool, on_failed: Failed | None, on_end: Ended | None,
                silent: bool = False) -> bool:
        signals = self._begin(text, on_done, cancellable, on_failed, on_end, silent)
        runnable.signals.progress.connect(signals.progress)
        runnable.signals.done.connect(signals.done)
        runnable.signals.failed.connect(signals.failed)
        runnable.signals.cancelled.connect(signals.cancelled)
        self.job = runnable
        QThreadPool.globalInstance().start(runnable)
        return True

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            self.progress.setToolTip(text)

    def _end(self, how: str, result: Any, on_done: Callable[[Any], None],
             on_failed: Failed | None, on_end: Ended | None) -> None:
        self.job = None
        for widget in self.widgets:
            widget.hide()
        if on_end is not None and not on_end(how):
            self.finished.emit(how)
            return
        self.window.refresh()
        if how == "done":
            on_done(result)
        elif how == "failed":
            if on_failed is not None:
                on_failed(result)
            else:
                ask.tell_error(self.window, messages.word(result))
        elif how == "cancelled":
            self.window.statusBar().showMessage(
                self.tr("Cancelled; nothing was left half-written."), 8000)
        self.finished.emit(how)
        while self.job is None and self._waiting:
            self._waiting.pop(0)()
