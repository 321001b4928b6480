"""Runs inside dbus-run-session with an unlocked gnome-keyring (test_rekey_keychain.py).

Drives the real CLI through `rekey --keyring` while the keychain is locked, locked half
way, or the process is killed at a step, and prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import secretstorage  # noqa: E402
from secretstorage.util import DBusAddressWrapper, format_secret, open_session  # noqa: E402

from tests.portable import KILL  # noqa: E402

UNLOCK_PASSWORD = b"test-unlock"


def cli(db: Path, *args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *args],
                          cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    return {"code": proc.returncode, "out": proc.stdout, "err": proc.stderr}


def collection() -> secretstorage.Collection:
    return secretstorage.get_default_collection(secretstorage.dbus_init())


def lock() -> None:
    collection().lock()


def unlock() -> None:
    """Unlock the login keyring without a prompt (gnome-keyring's own interface)."""
    bus = secretstorage.dbus_init()
    coll = secretstorage.get_default_collection(bus)
    session = open_session(bus)
    DBusAddressWrapper("/org/freedesktop/secrets",
                       "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                       bus).call("UnlockWithMasterPassword", "o(oayays)",
                                 coll.collection_path,
                                 format_secret(session, UNLOCK_PASSWORD, "text/plain"))


def entries(db: Path) -> dict[str, object]:
    from app.store import secrets as keys

    # getattr: the driver also runs against the code before pending keys existed.
    pending = getattr(keys, "read_pending", lambda _: None)
    previous = getattr(keys, "previous_keys", lambda _: [])
    return {"main": keys.read_from_keyring(db), "pending": pending(db),
            "previous": len(previous(db))}


def rekey_paused(db: Path, step: str, then: str) -> dict[str, object]:
    """Run `rekey --keyring`, pause it at *step*, then kill it or lock and go on."""
    marker = db.with_name(f"paused-{step}-{then}")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db), "rekey",
                             "--keyring"], cwd=ROOT,
                            env={**os.environ, "OTINISH_TEST_PAUSE_AT": f"{step}:{marker}"},
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            out, err = proc.communicate()
            return {"code": proc.returncode, "out": out, "err": "never paused: " + err}
        time.sleep(0.05)
    if then == "kill":
        os.kill(proc.pid, KILL)
    else:
        lock()
        marker.unlink()
    out, err = proc.communicate(timeout=120)
    return {"code": proc.returncode, "out": out, "err": err}


def main() -> None:
    db = Path(sys.argv[1])
    seen: dict[str, object] = {}
    seen["init"] = cli(db, "--json", "init", "--recovery")
    phrase = json.loads(seen["init"]["out"]).get("recovery_passphrase", "")
    cli(db, "add", "--channel", "email", "--type", "access", "--name", "Before rekeys")
    backup = db.with_name("before.otinish-backup")
    seen["backup"] = cli(db, "backup", "--out", str(backup))
    first = entries(db)

    # 1. The keychain is locked once the register is open, before the new key is kept:
    # it refuses; nothing changes.
    seen["locked_rekey"] = rekey_paused(db, "keychain", "lock")
    unlock()
    seen["after_locked"] = {**cli(db, "--json", "list"), **entries(db),
                            "same_key": entries(db)["main"] == first["main"]}

    # 2. Locked half way (after the file is verified, before the keychain takes the key).
    seen["half_way"] = rekey_paused(db, "verified", "lock")
    unlock()
    seen["after_half_way"] = {**cli(db, "--json", "list"), **entries(db)}

    # 3. Killed (kill -9) after the copy was made, and after the file was replaced.
    for step in ("exported", "replaced"):
        seen[f"killed_{step}"] = rekey_paused(db, step, "kill")
        # A reading command never tidies the keychain (a rekey may be running in another
        # program); the next opening for writing does: the calendar override is one.
        listed = cli(db, "--json", "list")
        cli(db, "calendar", "add", "--date", "2030-01-02", "--kind", "holiday")
        seen[f"after_killed_{step}"] = {**listed, **entries(db)}

    # 4. A full rekey, then the backup made before all of them is restored.
    seen["rekey"] = cli(db, "rekey", "--keyring")
    cli(db, "add", "--channel", "email", "--type", "access", "--name", "After rekeys")
    seen["restore"] = cli(db, "restore", str(backup))
    seen["after_restore"] = cli(db, "--json", "list")
    seen["check"] = cli(db, "check")

    # 5. The keychain loses the register's key: the recovery passphrase puts it back (the
    # recovery file followed every rekey).
    import keyring

    from app.store import identity
    from app.store.secrets import KEYRING_SERVICE

    keyring.delete_password(KEYRING_SERVICE, identity.account(identity.of(db) or ""))
    seen["lost"] = cli(db, "--json", "list")
    seen["recover_wrong"] = cli(db, "recover", env={"OTINISH_RECOVERY_PASSPHRASE": "nope"})
    seen["recover"] = cli(db, "recover", env={"OTINISH_RECOVERY_PASSPHRASE": phrase})
    seen["after_recover"] = cli(db, "--json", "list")
    seen["recovery_file_holds_key"] = any(
        (entries(db)["main"] or "?").encode() in p.read_bytes()
        for p in db.parent.iterdir() if p.is_file())
    print("RESULT " + json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main()
