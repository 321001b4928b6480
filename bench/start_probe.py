"""Start a window in a fresh process and print "SHOWN <ms since start> <peak RSS KB>".

`bare`: an empty PySide6 QMainWindow (the baseline). `app`: Otinish as `python -m app
--db PATH` starts it (`app.__main__.main`). SHOWN is the moment the first top-level
window is exposed on the screen, for both; for `app` a second line "READY <ms> <KB>"
follows when the main window is up with its first page. With `stay` as the third
argument the app keeps running after READY (the benchmark then ends it with SIGTERM or
SIGKILL, to time the start that follows).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _stamp(what: str) -> None:
    ms = (time.perf_counter() - T0) * 1000
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{what} {ms:.1f} {rss}", flush=True)


def main() -> None:
    what, db = sys.argv[1], sys.argv[2]
    stay = len(sys.argv) > 3 and sys.argv[3] == "stay"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if what == "bare":
        app = QApplication(sys.argv[:1])
    else:
        from app.ui.opening import OtinishApplication

        app = OtinishApplication(["otinish"])

    class FirstExpose(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if not self.seen and event.type() == QEvent.Type.Expose and \
                    getattr(obj, "isWindowType", lambda: False)() and obj.isVisible():
                self.seen = True
                _stamp("SHOWN")
                if what == "bare":
                    QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstExpose()
    app.installEventFilter(watcher)
    if what == "bare":
        window = QMainWindow()
        window.setWindowTitle("Otinish")
        window.resize(1000, 600)
        window.show()
        app.exec()
        return

    from app.__main__ import main as app_main

    def ready(window) -> None:
        def up() -> None:
            _stamp("READY")
            if not stay:
                window.close()
                app.quit()
        QTimer.singleShot(0, up)

    raise SystemExit(app_main(["--db", db], on_window=ready))


if __name__ == "__main__":
    main()
