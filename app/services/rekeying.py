"""Changing a register's key so that no step can strand the data, and what it means for
the backups made before.

The keychain finds a register by its identity, the salt at the start of its file
(store/identity.py); the re-encrypted file has a new one, chosen here first, so every
entry can be made under it before the file changes. The order makes every moment safe,
a kill -9 included:
1. the new secret is made durable first: a new random key goes into the keychain as
   the *pending* key of the new identity (a new passphrase is the user's to keep), the
   old key joins its *previous* keys there, which restoring an older backup tries (old
   backups stay encrypted with it), and the recovery passphrase goes along;
2. the file is re-encrypted as a verified copy with the new identity renamed over it
   (store/rekey.py): until the rename the old key opens it (found under the old
   identity), after it the new one (the pending key of the new identity);
3. only then does the new key become the new identity's keychain entry and the pending
   one is dropped. If that last step is refused or interrupted, opening finds the
   pending key and finishes the job (`open_pending`, `tidy_after_open`).
The old identity's entry stays: a copy of the file made before (same salt) opens with it.
A rekey refused before the rename drops what it made under the new identity; one
killed before the rename leaves those entries unused (they open no file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.store import Register, StoreError, identity
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
    new_id = identity.new()  # the identity of the re-encrypted file
    warning = None
    if keyring:
        if not has_keychain:
            raise StoreError("rekey_no_keychain")
        new = keys.new_random_key()
        pause_point("keychain")
        if not keys.store_pending(register.path, new, ident=new_id):
            keys.forget_identity(new_id)
            raise StoreError("rekey_keychain_refused")
        if not keys.remember_previous(path, old, ident=new_id):
            keys.forget_identity(new_id)
            raise StoreError("rekey_keychain_refused")
        from .recovery import renew_after_rekey, renew_before_rekey

        recovery = renew_before_rekey(register, new, new_id)
        try:
            register.rekey(new, new_id)
        except StoreError:
            keys.forget_identity(new_id)  # refused before the rename: the old key opens it
            raise
        if keys.store_in_keyring(path, new) and keys.read_from_keyring(path) == new:
            keys.forget_pending(path)
            keys.adopt(path, new)  # an entry left under the path would be stale now
        else:
            warning = "rekey_key_left_pending"
        if recovery:
            renew_after_rekey(register)
        return {"key": "keyring", "old_key_kept": True, "warning": warning,
                "recovery_renewed": recovery}
    new = new_passphrase() if new_passphrase else None
    if not new:
        raise StoreError("rekey_passphrase_missing")
    kept = has_keychain and keys.remember_previous(path, old, ident=new_id)
    if not kept and keys.read_from_keyring(path) == old:
        # The old key is a random one only the keychain knows: without it kept, every
        # backup made so far would be lost. Nothing was changed.
        raise StoreError("rekey_keychain_refused")
    try:
        register.rekey(new, new_id)
    except StoreError:
        if kept:
            keys.forget_identity(new_id)
        raise
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


def finish_if_pending(path: Any, value: str) -> None:
    """The register opened (read-only: nothing else is tidied) with *value*, its pending
    key: the rekey's last step was not done, and the key proved itself; do it."""
    if keys.read_from_keyring(path) != value and keys.read_pending(path) == value \
            and keys.store_in_keyring(path, value):
        keys.forget_pending(path)


def tidy_after_open(register: Register, secret: Secret) -> None:
    """After the register opened (its lock is held now): a re-encrypted copy left by a
    rekey interrupted before the rename is stale; so is a pending key that did not open
    it, while one that did becomes the register's keychain entry. A key found under the
    register's path (made before identities, or a register just created) moves under
    its identity, so that moving the file later keeps it."""
    remove_leftover(register.path)
    if secret.source != "keyring":
        return
    pending = keys.read_pending(register.path)
    if pending is not None:
        if pending != secret.value:
            keys.forget_pending(register.path)
        elif keys.store_in_keyring(register.path, pending):
            keys.forget_pending(register.path)
    keys.adopt(register.path, secret.value)
