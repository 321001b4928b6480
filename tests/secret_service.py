"""The skip marker of the tests that need a real Secret Service: they run under
dbus-run-session with gnome-keyring, may skip on a laptop without them, and must run in CI."""

from __future__ import annotations

import os
import shutil

import pytest

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
MISSING = [tool for tool in NEEDED if shutil.which(tool) is None]

NEEDS_SECRET_SERVICE = pytest.mark.skipif(
    bool(MISSING) and os.environ.get("CI") != "true",
    reason=f"needs {', '.join(MISSING)} (apt: dbus gnome-keyring); runs in CI",
)
