"""Register → Recovery passphrase… (issue 19): the window makes a recovery passphrase for a
register whose key is in the keychain, shows it once, and with it the key comes back when
the keychain is lost, for the register moved elsewhere and for its backups. Runs under
dbus-run-session with a real gnome-keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.secret_service import NEEDS_SECRET_SERVICE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = NEEDS_SECRET_SERVICE

SCRIPT = """
set -e
echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"{python}" "{driver}" "$DB"
"""


def test_the_window_shows_a_recovery_passphrase_that_opens_a_moved_register_and_backup(
        tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("OTINISH_PASSPHRASE", "PYTHON_KEYRING_BACKEND")}
    env.update({"DB": str(tmp_path / "office.otinish"), "HOME": str(tmp_path),
                "XDG_DATA_HOME": str(tmp_path / "data"),
                "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_RUNTIME_DIR": str(tmp_path),
                "QT_QPA_PLATFORM": "offscreen"})
    script = SCRIPT.format(python=sys.executable,
                           driver=Path(__file__).with_name("recovery_window_driver.py"))
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    # The window said the key was only in the keychain until the passphrase was made.
    assert seen["notice"] == [True, False]
    kinds = [kind for kind, _ in seen["told"]]
    assert kinds == ["confirm", "info"], seen["told"]
    assert "office.otinish.recovery" in seen["told"][1][1]
    assert seen["phrase_shown"] and seen["lost"] is None
    # Moved and renamed with its recovery file, the register opens with the key put back,
    # and so does a backup made before (the same identity, the same key).
    assert seen["recovered"] and seen["same_key"] and seen["opened"]
    assert seen["backup_opened"]
    assert (tmp_path / "elsewhere" / "moved.otinish.recovery").exists()
