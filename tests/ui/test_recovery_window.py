"""Register → Recovery passphrase… (issue 19): the window makes a recovery passphrase for a
register whose key is in the keychain, shows it once, and with it the key comes back when
the keychain is lost, for the register moved elsewhere and for its backups. Runs under
dbus-run-session with a real gnome-keyring."""

from __future__ import annotations

import json
from pathlib import Path

from tests.secret_service import NEEDS_SECRET_SERVICE, run_driver

pytestmark = NEEDS_SECRET_SERVICE

def test_the_window_shows_a_recovery_passphrase_that_opens_a_moved_register_and_backup(
        tmp_path):
    proc = run_driver(Path(__file__).with_name("recovery_window_driver.py"), tmp_path,
                      tmp_path / "office.otinish", timeout=180, QT_QPA_PLATFORM="offscreen")
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
