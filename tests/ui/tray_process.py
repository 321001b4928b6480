"""Run by test_notifications_on_x.py in its own process on an X screen with a tray host:
the window's tray icon, its count, closing to the tray, Quit. Prints one JSON line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(["otinish"])
    app.setOrganizationName("Otinish")
    app.setApplicationName("Otinish")
    from app.store import views
    from app.ui import tray
    from app.ui.main_window import MainWindow
    from app.ui.workers import RegisterSource
    from tests.builders import PASSPHRASE, fixed_clock, new_register
    from tests.ui.test_reminders import fill

    register = new_register(Path(sys.argv[1]), clock=fixed_clock())
    fill(register)
    window = MainWindow(register, RegisterSource(register.path, PASSPHRASE, fixed_clock()))
    window.checks.stop()
    window.show()
    window.reminders.start(notify=False)
    out: dict = {}

    def look() -> None:
        r = window.reminders
        counts = views.counts(register)
        out.update(available=tray.tray_available(),
                   shown=r.tray is not None and r.tray.isVisible(),
                   tooltip=r.tray.toolTip() if r.tray else None,
                   views=[counts["due_today"], counts["overdue"]],
                   menu=[a.text() for a in r.menu.actions() if not a.isSeparator()]
                   if r.tray else [])
        window.close()  # keeps running in the tray
        out["hidden"] = not window.isVisible()
        out["still_open"] = register.db.execute("select count(*) from requests").fetchone()[0]
        QTimer.singleShot(300, r.quit)

    QTimer.singleShot(1500, look)
    QTimer.singleShot(20_000, app.quit)  # never hang
    out["exit"] = app.exec()
    out["closed_for_good"] = not window.reminders.started
    register.close()
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
