"""The window's frame, shown the moment the program starts (issue 18).

Opening the register derives its key (SQLCipher's PBKDF2, about 0.1 s), and the main
window's modules and first page take a few tenths more; a desktop app shows its window
before that work, not after. This frame is an empty main window with the app's name,
the size and place the window had last time. It imports only Qt and holds no text or
widget (a first text loads the font database, ~40 ms; Qt's namespace costs ~30 ms), so
it is on the screen at about the cost of a bare Qt window; the main window takes its
place (with any move or resize made meanwhile) once it is built.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow

from . import window_state


class StartFrame(QMainWindow):
    """An empty main window where the real one will be."""

    def __init__(self, register: Path) -> None:
        super().__init__()
        #: The user closed the frame while the register was being opened: the start ends.
        self.closed_by_user = False
        from app.store.paths import REGISTER_FILE_NAME

        # The window's own title, where no translation is needed yet (the register set
        # up at the first start is "my register" in the interface language: later).
        self.setWindowTitle("Otinish" if register.name == REGISTER_FILE_NAME
                            else f"Otinish — {register.stem}")
        window_state.restore_geometry(self)

    def show_now(self, wait: float = 0.5) -> None:
        """Show the frame and let it be exposed and painted before the work that follows
        blocks the loop (a window server maps a window a moment after `show`); at most
        *wait* seconds."""
        self.show()
        app = QApplication.instance()
        if app is None:
            return
        app.processEvents()
        handle = self.windowHandle()
        deadline = time.monotonic() + wait
        while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
            time.sleep(0.002)
            app.processEvents()
        app.processEvents()  # the paint that follows the exposure

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.closed_by_user = True
        event.accept()

    def hand_over(self, window: Any) -> None:
        """*window* takes the frame's place: its size and place (moved meanwhile or not),
        maximised if the frame was; then the frame goes."""
        window.restoreGeometry(self.saveGeometry())
        window.show()
        self.hide()
        self.deleteLater()
