"""Story: a bug in the window is said in one sentence and logged for support, without
personal data.

Before, an exception in a Qt slot of the frozen windowed app vanished (no console), and
the background jobs logged tracebacks whose messages could hold a requester's name.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

from app.ui import support_log

SECRET = "Секретбаева Тайна"


def _boom() -> None:
    raise ValueError(f"no request for {SECRET}")


def test_the_hook_logs_type_and_place_not_the_message(tmp_path):
    told = []
    path = support_log.install(lambda kind, where: told.append((kind, where)), tmp_path)
    try:
        try:
            _boom()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        support_log.uninstall()
    text = path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text
    assert "test_support_log.py" in text and "in _boom" in text
    assert SECRET not in text and "no request" not in text
    assert told == [("ValueError", path)]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_an_exception_in_a_qt_slot_reaches_the_log_in_a_real_process(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from app.ui import support_log

        app = QApplication([])
        from pathlib import Path
        support_log.install(lambda kind, where: print("told", kind), Path({str(tmp_path)!r}))
        def slot():
            raise KeyError({SECRET!r})
        QTimer.singleShot(0, slot)
        QTimer.singleShot(300, app.quit)
        app.exec()
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
                          cwd=os.getcwd())
    assert "told KeyError" in done.stdout, done.stderr
    text = (tmp_path / support_log.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.KeyError" in text and "in slot" in text
    assert SECRET not in text
