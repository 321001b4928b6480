"""The window's frame is on the screen before the key, the modules and the first page
(issue 18): the first window exposed is the frame, shown before the register, the main
window's modules or the holiday calendar were loaded; then the main window takes its
place, size and position."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.ui.frame import StartFrame
from tests.builders import PASSPHRASE, new_register

ROOT = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, *extra: str) -> dict:
    """Start the app on a new register in a process of its own (tests/ui/frame_probe.py)
    and return what the probe saw."""
    new_register(tmp_path, "office.otinish").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OTINISH_PASSPHRASE": PASSPHRASE,
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "frame_probe.py"),
                           str(tmp_path / "office.otinish"), *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_frame_is_shown_before_the_register_is_opened(tmp_path):
    seen = _probe(tmp_path)
    assert seen["first"] == {"title": "Otinish — office", "loaded": []}
    assert seen["window"]["title"] == "Otinish — office" and seen["window"]["visible"]
    assert seen["window"]["windows"] == ["Otinish — office"]  # the frame is gone


def test_closing_the_frame_while_the_register_opens_ends_the_start(tmp_path):
    from app.store import lock

    seen = _probe(tmp_path, "--close-frame")
    assert seen["code"] == 0 and "window" not in seen  # no main window came up
    assert not lock.crashed(lock.peek(tmp_path / "office.otinish"))  # closed cleanly


def test_the_window_takes_the_frames_place_and_size(qapp, tmp_path):
    frame = StartFrame(tmp_path / "office.otinish")
    frame.show_now()
    frame.setGeometry(40, 50, 700, 500)  # moved and resized while the key was derived
    window = QMainWindow()
    frame.hand_over(window)
    assert window.isVisible() and not frame.isVisible()
    assert (window.width(), window.height()) == (700, 500)
    window.close()
