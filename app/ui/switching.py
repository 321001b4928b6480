"""Changing the register the window shows: after a restore, when the system asks us to open a
`.otinish` file, and when the user leaves the demo for their own register.

`detach` closes the register and disables everything that could use it; `attach` shows
another (or the same, reopened) register: every model, panel and notice reads it
afresh and the day's checks are planned for it. Opening goes through `opening`, so a
passphrase is asked and retried the usual way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from . import ask
from .common import guarded
from .workers import RegisterSource

if TYPE_CHECKING:
    from app.store import Register

    from .main_window import MainWindow


class Switching(QObject):
    """Closes the register shown and shows another."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def detach(self) -> None:
        """Close the register and let nothing use it until `attach`."""
        window = self.window
        window.checks.stop()
        window.stop_search()
        window.close_dashboard()
        window.set_enabled(False)
        window.register.close()

    def attach(self, register: Register, source: RegisterSource | None = None) -> None:
        """Show *register* from now on: every model, panel and notice read it afresh."""
        window = self.window
        window.register = register
        if source is not None:
            window.source = source
        window.model.register = register
        window.current_id = None
        window.set_enabled(True)
        window.set_empty_note(None)
        window.clear_search()
        window.retranslate()
        window.refresh()
        window.notices.show_all()  # retention is counted again by the day's checks
        window.checks.start()

    def switch_register(self, register: Register, source: RegisterSource) -> None:
        """Close the register shown and show *register* instead."""
        self.window.jobs.forget_waiting()
        self.detach()
        self.attach(register, source)

    def open_register_file(self, path: Path | str) -> bool:
        """Open another register file (the system asked us to: a double-click in the Finder)."""
        from .opening import open_register

        window = self.window
        path = Path(path)
        window.raise_()
        window.activateWindow()
        if path.resolve() == window.register.path.resolve():
            return True
        if not path.is_file():
            ask.tell_error(window, self.tr("There is no register at {0}.").format(path))
            return False
        if QApplication.activeModalWidget() is not None:  # a dialog is using this register
            ask.tell_error(window, self.tr("Finish what is open in the window first, then "
                                           "open {0} again.").format(path.name))
            return False
        if not window.jobs.may_start():
            return False
        clock = window.source.clock if window.source is not None else None
        ok, opened = guarded(window, lambda: open_register(path, window, clock))
        if not ok or opened is None:
            return False
        self.switch_register(opened.register, RegisterSource(path, opened.secret.value, clock))
        window.statusBar().showMessage(self.tr("Opened {0}").format(path), 8000)
        return True

    def set_up_own_register(self) -> None:
        """Leave the demo: set up the user's own register (the first-run questions)."""
        from app.services import demo
        from app.store.paths import default_register_path

        from .opening import open_register
        from .wizard import run_first_run

        window = self.window
        if not window.jobs.may_start():
            return
        path = window.setup_path or default_register_path()
        if demo.is_demo(path):
            path = default_register_path()
        clock = window.source.clock if window.source is not None else None
        if path.exists():
            ok, opened = guarded(window, lambda: open_register(path, window, clock))
        else:
            ok, opened = guarded(window, lambda: run_first_run(path, window, clock,
                                                               offer_demo=False))
        if not ok or opened is None:
            return
        self.switch_register(opened.register,
                             RegisterSource(opened.register.path, opened.secret.value, clock))
