"""Runs inside dbus-run-session with an unlocked gnome-keyring (test_keychain_identity.py).

Drives the real CLI: a register made with its key in the keychain is moved, renamed,
copied, backed up, rekeyed and renamed again; a register keyed the old way (by its
path) is opened and moved. Prints one JSON line of what it saw. Nothing is typed: a
command that needed a passphrase would fail (stdin is empty).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def cli(db: Path, *args: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *args],
                          cwd=ROOT, env=dict(os.environ), capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    return {"code": proc.returncode, "out": proc.stdout, "err": proc.stderr}


def names(db: Path) -> object:
    listed = cli(db, "--json", "list")
    if listed["code"] != 0:
        return listed
    return [r["requester"]["name"] for r in json.loads(str(listed["out"]))["requests"]]


def identity_of(db: Path) -> str | None:
    """The salt SQLCipher writes at the start of the file (read here, not through the
    app, so that this driver also runs against the code before identities)."""
    return db.read_bytes()[:16].hex() if db.exists() else None


def entries(db: Path) -> dict[str, object]:
    """What the keychain holds for *db*: under its identity and under its path."""
    import keyring

    from app.store import keychain_marks
    from app.store.secrets import KEYRING_SERVICE

    ident = identity_of(db)
    return {"identity": ident,
            "by_identity": keyring.get_password(KEYRING_SERVICE, f"register:{ident}")
            if ident else None,
            "by_path": keyring.get_password(KEYRING_SERVICE, str(db.resolve())),
            "marked": keychain_marks.is_marked(db)}


def main() -> None:
    base = Path(sys.argv[1])
    seen: dict[str, object] = {}

    # 1. Made with the keychain, then the file renamed and its folder moved.
    first = base / "Офис" / "register.otinish"
    first.parent.mkdir()
    seen["init"] = cli(first, "--json", "init")
    cli(first, "add", "--channel", "email", "--type", "access", "--name", "Әсел Ахметова")
    seen["made"] = entries(first)
    moved_folder = base / "Архив 2026"
    shutil.move(str(first.parent), str(moved_folder))
    moved = moved_folder / "old office.otinish"
    (moved_folder / "register.otinish").rename(moved)
    seen["moved"] = names(moved)
    seen["moved_add"] = cli(moved, "add", "--channel", "email", "--type", "access",
                            "--name", "After the move")

    # 2. A copy of the file (a backup by hand) and a backup the app made open with the
    # same entry.
    copy = base / "copy.otinish"
    shutil.copy2(moved, copy)
    seen["copy"] = names(copy)
    backup = base / "made.otinish-backup"
    seen["backup"] = cli(moved, "backup", "--out", str(backup))
    seen["backup_identity_kept"] = entries(backup)["identity"] == entries(moved)["identity"]
    opened_backup = base / "backup opened.otinish"
    if backup.exists():  # (the old code could not make it: the move lost the key)
        shutil.copy2(backup, opened_backup)
        seen["backup_opened"] = names(opened_backup)

    # 3. A rekey gives the file a new identity: the key follows it; renamed after, it
    # opens; the copy made before still opens with the old entry; the backup made before
    # is restored (it opens with a previous key kept under the new identity).
    before = entries(moved)
    seen["rekey"] = cli(moved, "rekey", "--keyring")
    after = entries(moved)
    seen["rekey_new_identity"] = after["identity"] != before["identity"]
    seen["rekey_new_key"] = bool(after["by_identity"]) and \
        after["by_identity"] != before["by_identity"]
    renamed = moved.with_name("after rekey.otinish")
    moved.rename(renamed)
    seen["renamed_after_rekey"] = names(renamed)
    seen["copy_after_rekey"] = names(copy)
    seen["restore"] = cli(renamed, "restore", str(backup))
    seen["restored_identity_kept"] = entries(renamed)["identity"] == after["identity"]
    seen["after_restore"] = names(renamed)

    # 4. A register keyed the old way: its entry under its full path, the mark by path.
    import keyring

    from app.store import keychain_marks
    from app.store.secrets import KEYRING_SERVICE

    old = base / "old" / "register.otinish"
    old.parent.mkdir()
    cli(old, "init")
    cli(old, "add", "--channel", "email", "--type", "access", "--name", "Old style")
    key = entries(old)["by_identity"] or entries(old)["by_path"]
    if entries(old)["by_identity"]:
        keyring.delete_password(KEYRING_SERVICE, f"register:{identity_of(old)}")
    keyring.set_password(KEYRING_SERVICE, str(old.resolve()), str(key))
    keychain_marks.unmark(old)
    keychain_marks._write([*keychain_marks._read(), str(old.resolve())])  # the old mark
    seen["old_before"] = entries(old)
    seen["old_read"] = names(old)  # a reading command opens it, and moves it over
    seen["old_after_read"] = entries(old)
    seen["old_write"] = cli(old, "calendar", "add", "--date", "2030-01-02", "--kind",
                            "holiday")
    seen["old_after_write"] = entries(old)
    # Another one, moved over by the window's way in (an opening for writing).
    other = base / "other" / "register.otinish"
    other.parent.mkdir()
    cli(other, "init")
    other_key = entries(other)["by_identity"]
    if other_key:
        keyring.delete_password(KEYRING_SERVICE, f"register:{identity_of(other)}")
    keyring.set_password(KEYRING_SERVICE, str(other.resolve()), str(other_key))
    seen["other_write"] = cli(other, "calendar", "add", "--date", "2030-01-02", "--kind",
                              "holiday")
    seen["other_after_write"] = entries(other)
    seen["old_key_same"] = entries(old)["by_identity"] == key
    old_moved = base / "old moved.otinish"
    old.rename(old_moved)
    seen["old_moved"] = names(old_moved)
    print("RESULT " + json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
