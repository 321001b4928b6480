"""Ending like a desktop app: every way a desktop ends a program closes the register.

A logout, a shutdown or `kill` sends SIGTERM (a closed terminal SIGHUP, Ctrl+C SIGINT);
the session manager first asks the program to save (`commitDataRequest`); on Windows a
logoff only emits `aboutToQuit`. Without a handler the process ends with the register
open, the lock says "open", and the next start treats it as a crash and runs the full
integrity check before the window appears.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop
is C++: the C-level handler writes the signal number to a socket (`signal.set_wakeup_fd`)
that a QSocketNotifier watches, so the loop wakes, Python runs the handler, and the
handler asks the window to close (its closeEvent cancels and waits for a running job)
and the loop to end; `app.__main__` then closes the register and the lock says
"closed".
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

#: The signals that mean "end now, cleanly" (SIGHUP and SIGTERM do not exist on Windows).
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                       if hasattr(signal, name))


class Shutdown(QObject):
    """Closes the windows and ends the event loop when the desktop or a signal says so.

    *close_register* is called once, whichever way the program ends (the caller's
    `register.close()` is idempotent too, so the normal path may call it again).
    """

    def __init__(self, app: QApplication, close_register: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._close_register = close_register
        self.ending = False
        # A pipe (not a socket pair: `socket` costs ~7 ms of the start before the frame).
        self._reader: int | None = None
        self._writer: int | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous: dict[int, Any] = {}
        self._install_signals()
        # The session manager's "the session is ending" (X11 session, Windows
        # WM_QUERYENDSESSION, macOS terminate): nothing is asked, the register is closed.
        app.commitDataRequest.connect(self._session_ending)
        # A Windows logoff may end the loop without closing any window.
        app.aboutToQuit.connect(self._about_to_quit)

    # ----------------------------------------------------------------- signals
    def _install_signals(self) -> None:
        if sys.platform != "win32":
            self._reader, self._writer = os.pipe()
            for end in (self._reader, self._writer):
                os.set_blocking(end, False)
            signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        else:  # pragma: no cover - Windows: no wakeup socket for Qt; a timer wakes Python
            timer = QTimer(self)
            timer.timeout.connect(lambda: None)
            timer.start(250)
        for number in ENDING_SIGNALS:
            self._previous[number] = signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader is not None and os.read(self._reader, 64):
                pass

    def _on_signal(self, number: int, _frame: Any) -> None:
        # Runs between two Python bytecodes: only schedule the work on the event loop.
        QTimer.singleShot(0, self.end)

    def uninstall(self) -> None:
        """Give the signals back (tests run several apps in one process)."""
        for number, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, previous)
        self._previous.clear()
        if self._writer is not None:
            with contextlib.suppress(ValueError):
                signal.set_wakeup_fd(-1)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        for end in (self._reader, self._writer):
            if end is not None:
                with contextlib.suppress(OSError):
                    os.close(end)
        self._reader = self._writer = None

    # ----------------------------------------------------------------- ending
    def end(self) -> None:
        """Close every window (each stops its running job) and end the event loop."""
        if self.ending:
            return
        self.ending = True
        for widget in QApplication.topLevelWidgets():
            # The session ends: the window closes for good, not into the tray.
            reminders = getattr(widget, "reminders", None)
            if reminders is not None:
                reminders.quitting = True
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        # exit() returns from app.exec(); `aboutToQuit` and then app.__main__ close the
        # register (not here: a timer of the closing window may still read it).
        # exit() ends every running event loop, a modal dialog's included.
        self._app.exit(0)

    def _session_ending(self, _manager: Any) -> None:
        self.end()

    def _about_to_quit(self) -> None:
        self._close_register()
