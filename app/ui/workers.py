"""Long work off the GUI thread: importing a pile of emails, exports, evidence packs, restores.

A register (one SQLite connection) is used from one thread at a time, so a job opens
its own second `Register` on the same file with the same secret inside the worker
thread (WAL lets the window keep reading meanwhile) and closes it when done. The
job's context is the services' `Progress`: a service reports its steps to it, and it
raises `Cancelled` at the next step once the user pressed Cancel (an export writes
through a temporary file and renames it, so no half file is ever left). A `Task` is
work that must not hold the register open at all (restoring a backup over it). A job
that fails sends the exception itself, which the window words (`messages.word`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.services import USER_ERRORS
from app.services.progress import Cancelled
from app.store import Register
from app.store.register import Clock

from .support_log import describe

# Not log.exception: an exception's message may hold a name from the register.
log = logging.getLogger(__name__)

__all__ = ["Cancelled", "Job", "JobContext", "JobSignals", "RegisterSource", "Task",
           "run_inline"]


@dataclass(frozen=True)
class RegisterSource:
    """How to open the same register again (for a worker thread)."""

    path: Path
    secret: str
    clock: Clock | None = None

    def open(self) -> Register:
        """A new connection to the register, for the calling thread only."""
        return Register.open(self.path, self.secret, clock=self.clock)

    def can_open_another(self) -> bool:
        """Whether a second connection can work beside the window's: not on a network
        folder, where the window's holds the file exclusively (app/store/places.py)."""
        from app.store import places

        return not places.on_network(self.path)


class JobContext:
    """What a job's work function gets: a `Progress` for the services, and the cancel flag."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raise Cancelled when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, text)


class JobSignals(QObject):
    """Signals of one job; the object lives in the GUI thread, the job emits from its own."""

    progress = Signal(int, int, str)
    done = Signal(object)
    #: The exception itself (a user's problem, or a bug): the window words it.
    failed = Signal(object)
    cancelled = Signal()


Work = Callable[[Register, JobContext], Any]


class Job(QRunnable):
    """One piece of long work on a second connection to the register."""

    def __init__(self, source: RegisterSource, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.context = JobContext(self.signals.progress.emit)
        self._source = source
        self._work = work

    def run(self) -> None:
        """Open the register, do the work, report how it ended (runs in a pool thread)."""
        try:
            register = self._source.open()
        except USER_ERRORS as exc:
            self.signals.failed.emit(exc)
            return
        try:
            result = self._work(register, self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except USER_ERRORS as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: logged with where it happened, said in one line
            log.error("A background job failed\n%s", describe(exc))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            register.close()


class Task(QRunnable):
    """Long work that needs no connection to the register (restoring a backup over it)."""

    def __init__(self, work: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.context = JobContext(self.signals.progress.emit)
        self._work = work

    def run(self) -> None:
        """Do the work and report how it ended (runs in a pool thread)."""
        try:
            result = self._work(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except USER_ERRORS as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: logged with where it happened, said in one line
            log.error("A background task failed\n%s", describe(exc))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_inline(register: Register, work: Work, signals: JobSignals) -> None:
    """Run *work* on the window's own register in the GUI thread (no second source known)."""
    context = JobContext(signals.progress.emit)
    try:
        result = work(register, context)
    except Cancelled:
        signals.cancelled.emit()
    except USER_ERRORS as exc:
        signals.failed.emit(exc)
    else:
        signals.done.emit(result)
