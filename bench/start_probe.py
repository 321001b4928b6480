"""Start a window in a fresh process and print "SHOWN <ms since start> <peak RSS KB>".

`bare`: an empty PySide6 QMainWindow (the baseline). `app`: Otinish's main window on
the given register, the way `python -m app --db PATH` builds it.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    what, db = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if what == "bare":
        window = QMainWindow()
        window.setWindowTitle("Otinish")
        window.resize(1000, 600)
    else:
        from app.__main__ import open_or_create
        from app.ui.main_window import MainWindow

        register = open_or_create(Path(db))
        window = MainWindow(register)
    window.show()

    def shown() -> None:
        ms = (time.perf_counter() - T0) * 1000
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"SHOWN {ms:.1f} {rss}", flush=True)
        if what != "bare":
            # Close cleanly: a register left open looks like a crash to the next start,
            # which then runs the full integrity check.
            window.close()
            register.close()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    main()
