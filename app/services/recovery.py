"""A recovery passphrase for a keychain register, and getting the key back with it.

`add_recovery` makes one (shown once to the user) and keeps the register's key in
`<register>.recovery` encrypted with it; `recover` puts the key back into the keychain
when the keychain entry is gone; a rekey renews the file (`renew_after_rekey`).
See app/store/recovery.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.store import Register, StoreError, WrongSecretError, recovery
from app.store import secrets as keys


def add_recovery(register: Register) -> dict[str, Any]:
    """A new recovery passphrase for *register* (show it once); its file beside it."""
    if not keys.keyring_available():
        raise StoreError("recovery_needs_keychain")
    phrase = recovery.new_recovery_passphrase()
    if not keys.store_recovery_passphrase(register.path, phrase):
        raise StoreError("keychain_refused")
    target = recovery.write(register.path, [register.secret or ""], phrase)
    return {"recovery_passphrase": phrase, "path": str(target)}


def renew_before_rekey(register: Register, new: str, new_identity: str | None = None
                       ) -> bool | None:
    """Before a rekey, the recovery file holds both keys (whichever opens the file after a
    crash), and the recovery passphrase is kept under the identity the rekey gives the
    register too; None when the register has no recovery file, False when it could not
    be kept."""
    if not recovery.recovery_path(register.path).exists():
        return None
    phrase = keys.read_recovery_passphrase(register.path)
    if not phrase:
        return False
    if new_identity and not keys.store_recovery_passphrase(register.path, phrase,
                                                           ident=new_identity):
        return False
    try:
        recovery.write(register.path, [new, register.secret or ""], phrase)
    except StoreError:
        return False
    return True


def renew_after_rekey(register: Register) -> None:
    """After a rekey, the recovery file holds the new key only."""
    phrase = keys.read_recovery_passphrase(register.path)
    if phrase and recovery.recovery_path(register.path).exists():
        try:
            recovery.write(register.path, [register.secret or ""], phrase)
        except StoreError:
            pass  # it still holds the new key with the old one


def recover(path: Path, phrase: str) -> dict[str, Any]:
    """Put the register's key back into the keychain from its recovery file."""
    path = Path(path).expanduser()
    for key in recovery.read(path, phrase):
        try:
            Register.open(path, key).close()
        except WrongSecretError:
            continue
        if not keys.store_in_keyring(path, key):
            raise StoreError("keychain_refused")
        keys.store_recovery_passphrase(path, phrase)
        return {"path": str(path), "recovered": True}
    raise StoreError("recovery_stale", path=str(recovery.recovery_path(path)))
