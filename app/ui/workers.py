"""Long work off the GUI thread: importing a pile of emails, exports, evidence packs, restores.

A register (one SQLite connection) is used from one thread at a time, so a job opens
its own second `Register` on the same file with the same secret inside the worker
thread (WAL lets the window keep reading meanwhile) and closes it when done. The
window shows the job's progress and a Cancel button; cancelling is checked between
steps, and a cancelled export removes its temporary file (the exports write through
a temporary file and rename, so no half file is ever left). A `Task` is work that must
not hold the register open at all (restoring a backup over it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from app.domain.errors import DomainError
from app.store import Register, StoreError
from app.store.register import Clock

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed Cancel; the job stops at the next step."""


@dataclass(frozen=True)
class RegisterSource:
    """How to open the same register again (for a worker thread)."""

    path: Path
    secret: str
    clock: Clock | None = None

    def open(self, cls: type[Register] = Register) -> Register:
        """A new connection to the register, for the calling thread only."""
        return cls.open(self.path, self.secret, clock=self.clock)


class JobContext:
    """What a job's work function gets: progress reporting and the cancel flag."""

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


class ObservedRegister(Register):
    """A register whose export rows report progress and honour Cancel (worker threads only)."""

    context: JobContext | None = None
    expected_rows: int = 0

    def export_rows(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """The rows of `Register.export_rows`, with a progress step every 100 rows."""
        for n, row in enumerate(super().export_rows(**filters), start=1):
            if self.context is not None and (n % 100 == 0 or n == 1):
                self.context.step(n, max(n, self.expected_rows))
            yield row


def user_error_types() -> tuple[type[BaseException], ...]:
    """The exceptions a user can cause; shown as one sentence, never a traceback."""
    from app.intake.errors import IntakeError
    from app.letters.errors import LetterError

    return (StoreError, DomainError, IntakeError, LetterError)


class JobSignals(QObject):
    """Signals of one job; the object lives in the GUI thread, the job emits from its own."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


Work = Callable[[Register, JobContext], Any]


class Job(QRunnable):
    """One piece of long work on a second connection to the register."""

    def __init__(self, source: RegisterSource, work: Work,
                 register_cls: type[Register] = Register) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.context = JobContext(self.signals.progress.emit)
        self._source = source
        self._work = work
        self._register_cls = register_cls

    def run(self) -> None:
        """Open the register, do the work, report how it ended (runs in a pool thread)."""
        try:
            register = self._source.open(self._register_cls)
        except user_error_types() as exc:
            self.signals.failed.emit(str(exc))
            return
        try:
            if isinstance(register, ObservedRegister):
                register.context = self.context
            result = self._work(register, self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except user_error_types() as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, and said in one line
            log.exception("A background job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
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
        except user_error_types() as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, and said in one line
            log.exception("A background task failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def run_inline(register: Register, work: Work, signals: JobSignals) -> None:
    """Run *work* on the window's own register in the GUI thread (no second source known)."""
    context = JobContext(signals.progress.emit)
    try:
        result = work(register, context)
    except Cancelled:
        signals.cancelled.emit()
    except user_error_types() as exc:
        signals.failed.emit(str(exc))
    else:
        signals.done.emit(result)
