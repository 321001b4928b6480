"""Story: a logout, a shutdown or `kill` ends Otinish, and the register is closed cleanly.

Before, SIGTERM ended the process with the register open: the lock said "open", so the
next start took it for a crash and ran the full integrity check (seconds at 100,000
requests) before the window appeared. Runs the app as a user starts it, in its own
process, and reads the lock file it leaves.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.lock import lock_path
from tests.builders import PASSPHRASE, new_register

XVFB = shutil.which("Xvfb") and shutil.which("xdotool")


def _state(register: Path) -> str | None:
    try:
        return json.loads(lock_path(register).read_text(encoding="utf-8")).get("state")
    except (OSError, ValueError):
        return None


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "OTINISH_PASSPHRASE": PASSPHRASE,
            **extra}


def _start(register: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "app", "--db", str(register)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_open(app: subprocess.Popen[bytes], register: Path) -> None:
    deadline = time.monotonic() + 60
    while _state(register) != "open":
        assert app.poll() is None, app.stderr.read().decode() if app.stderr else ""
        assert time.monotonic() < deadline, "the app never opened the register"
        time.sleep(0.2)
    time.sleep(1.5)  # the window is up and its event loop running


@pytest.mark.parametrize("ending", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_closes_the_register_and_the_next_start_is_not_a_crash(tmp_path, ending):
    register = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    app = _start(register, _env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    try:
        _wait_open(app, register)
        app.send_signal(getattr(signal, ending))
        code = app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
    assert code == 0, app.stderr.read().decode() if app.stderr else code
    assert _state(register) == "closed"


@pytest.mark.skipif(not XVFB and os.environ.get("CI") != "true",
                    reason="needs Xvfb and xdotool (apt: xvfb xdotool); runs in CI")
def test_sigterm_to_the_window_on_a_real_x_screen_closes_the_register(tmp_path):
    assert XVFB, "Xvfb and xdotool must be installed in CI"
    register = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    display = f":{random.randint(401, 600)}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = _env(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = None
    try:
        time.sleep(1)
        app = _start(register, env)
        deadline = time.monotonic() + 60
        while not subprocess.run(["xdotool", "search", "--onlyvisible", "--classname",
                                  "otinish"], env=env, capture_output=True).stdout.strip():
            assert app.poll() is None and time.monotonic() < deadline, "no window"
            time.sleep(0.3)
        app.terminate()
        code = app.wait(30)
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        xvfb.terminate()
        xvfb.wait(10)
    assert code == 0
    assert _state(register) == "closed"
