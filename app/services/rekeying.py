"""Changing a register's key so that no step can strand the data, and what it means for
the backups made before.

The order makes every moment safe, a kill -9 included:
1. the new secret is made durable first: a new random key goes into the keychain as
   the register's *pending* key (a new passphrase is the user's to keep), and the old
   key joins the register's *previous* keys there, which restoring an older backup
   tries (old backups stay encrypted with it);
2. the file is re-encrypted as a verified copy renamed over it (store/rekey.py): until
   the rename the old key opens it, after it the new one;
3. only then does the new key become the register's keychain entry and the pending
   one is dropped. If that last step is refused or interrupted, opening finds the
   pending key and finishes the job (`open_pending`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.store import Register, StoreError
from app.store import secrets as keys
from app.store.rekey import pause_point, remove_leftover
from app.store.secrets import Secret


def rekey(register: Register, *, keyring: bool,
          new_passphrase: Callable[[], str | None] | None = None) -> dict[str, Any]:
    """Re-encrypt *register* with a new random key kept in the keychain, or a new passphrase.

    Returns where the new secret is kept (`key`: "keyring" or "passphrase"), whether the
    old key was kept for the older backups (`old_key_kept`), and `warning`, a code, when
    the new key could only be left as the pending entry.
    """
    if register.damaged:
        raise StoreError("rekey_damaged")
    path, old = register.path, register.secret or ""
    has_keychain = keys.keyring_available()
    warning = None
    if keyring:
        if not has_keychain:
            raise StoreError("rekey_no_keychain")
        new = keys.new_random_key()
        pause_point("keychain")
        if not keys.store_pending(register.path, new):
            raise StoreError("rekey_keychain_refused")
        if not keys.remember_previous(path, old):
            keys.forget_pending(path)
            raise StoreError("rekey_keychain_refused")
        from .recovery import renew_after_rekey, renew_before_rekey

        recovery = renew_before_rekey(register, new)
        try:
            register.rekey(new)
        except StoreError:
            keys.forget_pending(path)  # refused before the rename: the old key opens it
            raise
        if keys.store_in_keyring(path, new) and keys.read_from_keyring(path) == new:
            keys.forget_pending(path)
        else:
            warning = "rekey_key_left_pending"
        if recovery:
            renew_after_rekey(register)
        return {"key": "keyring", "old_key_kept": True, "warning": warning,
                "recovery_renewed": recovery}
    new = new_passphrase() if new_passphrase else None
    if not new:
        raise StoreError("rekey_passphrase_missing")
    kept = has_keychain and keys.remember_previous(path, old)
    if not kept and keys.read_from_keyring(path) == old:
        # The old key is a random one only the keychain knows: without it kept, every
        # backup made so far would be lost. Nothing was changed.
        raise StoreError("rekey_keychain_refused")
    register.rekey(new)
    keys.forget_in_keyring(path)
    return {"key": "passphrase", "old_key_kept": bool(kept), "warning": None,
            "recovery_renewed": None}


def open_pending(path: Any, opened: Callable[[Secret], Register]) -> Register | None:
    """Open the register with the pending key of a rekey the keychain step of which did
    not finish, and finish it (the pending key becomes the register's entry); None when
    there is no pending key or it does not open the file either."""
    pending = keys.read_pending(path)
    if not pending:
        return None
    from app.store import WrongSecretError

    try:
        register = opened(Secret(pending, "keyring"))
    except WrongSecretError:
        return None
    if keys.store_in_keyring(path, pending):
        keys.forget_pending(path)
    return register


def tidy_after_open(register: Register, secret: Secret) -> None:
    """After the register opened (its lock is held now): a re-encrypted copy left by a
    rekey interrupted before the rename is stale; so is a pending key that did not open
    it, while one that did becomes the register's keychain entry."""
    remove_leftover(register.path)
    if secret.source != "keyring":
        return
    pending = keys.read_pending(register.path)
    if pending is None:
        return
    if pending != secret.value:
        keys.forget_pending(register.path)
    elif keys.store_in_keyring(register.path, pending):
        keys.forget_pending(register.path)
