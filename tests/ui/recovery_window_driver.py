"""Runs inside dbus-run-session with an unlocked gnome-keyring (test_recovery_window.py).

Makes a register whose key is in the keychain, opens the window on it (offscreen),
chooses Register → Recovery passphrase…, agrees, and reads the passphrase the window
shows; then forgets the keychain entry (a lost keychain) and gets the key back with
the passphrase through the service the start's "Use the recovery passphrase…" uses.
Prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(["otinish"])
    app.setOrganizationName("OtinishTest")
    from app.services import registers
    from app.services.recovery import recover
    from app.store import Register, secrets
    from app.ui import ask
    from app.ui.main_window import MainWindow
    from app.ui.workers import RegisterSource

    db = Path(sys.argv[1])
    opened = registers.open_or_create(db, prompt=lambda *_: None, prompt_new=lambda *_: None)
    register = opened.register
    told: list[tuple[str, str]] = []
    ask.confirm = lambda parent, message, yes=None: told.append(("confirm", message)) or True
    ask.tell_info = lambda parent, message: told.append(("info", message))
    ask.tell_error = lambda parent, message: told.append(("error", message))
    window = MainWindow(register, RegisterSource(register.path, opened.secret.value),
                        auto_backup=False)
    notice_before = not window.notices.recovery.isHidden()
    window.commands.recovery.trigger()
    notice_after = not window.notices.recovery.isHidden()
    info = [m for kind, m in told if kind == "info"]
    phrase = None
    if info:
        lines = [ln.strip() for ln in info[0].splitlines() if ln.strip()]
        phrase = lines[1] if len(lines) > 1 else None
    key = opened.secret.value
    from app.services import keeping
    from app.store import recovery

    backup = db.parent / "backups" / "office-backup.otinish"
    backup.parent.mkdir()
    keeping.backup(register, backup)
    window.close()
    register.close()
    secrets.forget_in_keyring(db)  # the keychain is lost
    lost = secrets.read_from_keyring(db)
    # The register moves (another folder, another name) with its recovery file.
    moved = db.parent / "elsewhere" / "moved.otinish"
    moved.parent.mkdir()
    db.rename(moved)
    recovery.recovery_path(db).rename(recovery.recovery_path(moved))
    back = recover(moved, phrase) if phrase else None
    reopened = secrets.read_from_keyring(moved)
    ok = backup_ok = False
    if reopened:
        Register.open(moved, reopened).close()
        ok = True
        # The backup has the register's identity: the key put back opens it too.
        found = secrets.read_from_keyring(backup)
        if found:
            Register.open(backup, found).close()
            backup_ok = True
    shown = bool(phrase and re.fullmatch(r"[\w-]{20,}", phrase))
    print(json.dumps({"told": told, "phrase_shown": shown, "lost": lost,
                      "recovered": bool(back), "same_key": reopened == key, "opened": ok,
                      "backup_opened": backup_ok, "notice": [notice_before, notice_after]},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
