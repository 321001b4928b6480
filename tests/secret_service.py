"""The skip marker of the tests that need a real Secret Service: they run under
dbus-run-session with gnome-keyring, may skip on a laptop without them, and must run in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
MISSING = [tool for tool in NEEDED if shutil.which(tool) is None]

NEEDS_SECRET_SERVICE = pytest.mark.skipif(
    bool(MISSING) and os.environ.get("CI") != "true",
    reason=f"needs {', '.join(MISSING)} (apt: dbus gnome-keyring); runs in CI",
)

_UNLOCK_AND_RUN = """
set -e
echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"{python}" "{driver}" "$ARG"
"""


def run_driver(driver: Path, home: Path, arg: Path, timeout: float = 400,
               **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run *driver* (a Python script, given *arg*) in its own D-Bus session with an
    unlocked gnome-keyring, with *home* as its home and XDG folders; no passphrase from
    the environment and no keyring backend pinned, as a user's desktop has."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OTINISH_PASSPHRASE", "PYTHON_KEYRING_BACKEND")}
    env.update({"ARG": str(arg), "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                "XDG_CONFIG_HOME": str(home / "config"), "XDG_RUNTIME_DIR": str(home),
                **extra_env})
    script = _UNLOCK_AND_RUN.format(python=sys.executable, driver=driver)
    return subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
