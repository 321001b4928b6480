"""Story: on a real X screen the window says its name once and is known as "otinish".

Qt adds the application's display name after every window title when one is set; ours
already begin with "Otinish — ", so the title bar read «Otinish — office — Otinish». The
window class is what the desktop entry's StartupWMClass names, not "__main__.py".
Runs the app as a user starts it, on Xvfb, and reads the title the window manager sees.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time

import pytest

from tests.builders import PASSPHRASE, new_register

TOOLS = shutil.which("Xvfb") and shutil.which("xdotool")
pytestmark = pytest.mark.skipif(
    not TOOLS and os.environ.get("CI") != "true",
    reason="needs Xvfb and xdotool (apt: xvfb xdotool); runs in CI")


def _wait_for(command: list[str], env: dict[str, str], seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = subprocess.run(command, env=env, capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
        time.sleep(0.3)
    return ""


def test_the_title_bar_names_the_register_once_and_the_class_is_otinish(tmp_path):
    assert TOOLS, "Xvfb and xdotool must be installed in CI"
    new_register(tmp_path, "office.otinish").close()
    display = f":{random.randint(200, 400)}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "OTINISH_PASSPHRASE": PASSPHRASE}
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        time.sleep(1)
        app = subprocess.Popen([sys.executable, "-m", "app", "--db",
                                str(tmp_path / "office.otinish")], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        window = _wait_for(["xdotool", "search", "--onlyvisible", "--classname", "otinish"],
                           env).splitlines()
        assert window, "no visible window of class otinish"
        title = subprocess.run(["xdotool", "getwindowname", window[0]], env=env,
                               capture_output=True, text=True).stdout.strip()
        assert title == "Otinish — office"
    finally:
        if app is not None:
            app.terminate()
            app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
