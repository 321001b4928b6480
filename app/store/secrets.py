"""Where the register's secret comes from: environment, OS keychain, or a prompt.

Order: the `OTINISH_PASSPHRASE` environment variable, then the OS keychain (via
`keyring`), then a prompt supplied by the caller (the GUI's dialog or a terminal).
With no keychain backend the user is told and asked for a passphrase; the secret is
never written anywhere in plain text.

A register's keychain entries are found by its identity (the random salt at the start
of its file, identity.py: account `register:<hex>`), so a register moved, renamed or
copied (a backup made by copying the file) opens with no prompt. Registers made before
identities, and a register not created yet, have their entries under their full path;
the first opening for writing moves them under the identity (`adopt`).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import identity, keychain_marks
from .errors import SecretUnavailableError

ENV_VAR = "OTINISH_PASSPHRASE"
KEYRING_SERVICE = "Otinish register"

#: Asks the user for a passphrase; gets the code of what to say (each face words it).
Prompt = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Secret:
    """A secret for one register and where it came from ("env", "keyring" or "prompt")."""

    value: str
    source: str


def _path_account(path: Path) -> str:
    return str(Path(path).resolve())


def _accounts(path: Path) -> list[str]:
    """Where the register's entries may be, in the order tried: under its identity, then
    under its path (made before identities, or before the file existed)."""
    ident = identity.of(path)
    return ([identity.account(ident)] if ident else []) + [_path_account(path)]


def _home(path: Path, ident: str | None = None) -> str:
    """Where a new entry for the register goes: under *ident* or the file's identity, or
    under its path while it has none."""
    ident = ident or identity.of(path)
    return identity.account(ident) if ident else _path_account(path)


def _entry(account: str, kind: str | None = None) -> str:
    return f"{account} ({kind})" if kind else account


def _get(accounts: list[str], kind: str | None = None) -> str | None:
    """The first entry of *kind* under *accounts*; None when none (or no keychain)."""
    for account in accounts:
        try:
            value = _keyring().get_password(KEYRING_SERVICE, _entry(account, kind))
        except _errors():
            return None
        if value:
            return value
    return None


def _set(account: str, kind: str | None, value: str) -> bool:
    try:
        _keyring().set_password(KEYRING_SERVICE, _entry(account, kind), value)
    except _errors():
        return False
    return True


def _delete(account: str, kind: str | None = None) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, _entry(account, kind))
    except _errors():
        pass


def _keyring() -> Any:
    # keyring discovers its backends through entry points (~50 ms); only pay for it when
    # the secret is not given in the environment.
    import keyring

    return keyring


def _errors() -> type[Exception]:
    """What a keychain may raise. Not only keyring's own errors: Windows' Credential
    Manager raises `pywintypes.error` (e.g. 1312 under a scheduled task or `runas`), a
    broken D-Bus session an OSError, macOS a denied prompt as something else again. Any
    of them means "the keychain cannot be used now", never a crash."""
    return Exception


def keyring_available() -> bool:
    """Tell whether a real OS keychain backend is present (not the 'fail' backend)."""
    keyring, KeyringError = _keyring(), _errors()  # noqa: N806
    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def keyring_backend_name() -> str:
    """A short name of the keyring backend in use, for diagnostics."""
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def read_from_keyring(path: Path) -> str | None:
    """Return the key stored for the register at *path*, or None."""
    return _get(_accounts(path))


def store_in_keyring(path: Path, value: str) -> bool:
    """Store the key for the register at *path* in the keychain (under its identity; under
    its path while the file does not exist yet); False when no keychain can take it."""
    if not _set(_home(path), None, value):
        return False
    keychain_marks.mark(path)
    return True


def forget_in_keyring(path: Path) -> None:
    """Remove the key of the register at *path* from the keychain, if it is there."""
    for account in _accounts(path):
        _delete(account)
    keychain_marks.unmark(path)


#: Beside the register's own entry: the new key while a rekey is under way ("pending"),
#: the keys it had before, newest first ("previous"), which restoring an older backup
#: tries, and its recovery passphrase ("recovery").
PENDING, PREVIOUS, RECOVERY = "pending", "previous", "recovery"
KINDS = (None, PENDING, PREVIOUS, RECOVERY)


def adopt(path: Path, value: str) -> bool:
    """After *value* opened the register at *path*: its entries are kept under its
    identity, and those under its path (a register made before identities, or just
    created) are moved there. False when the keychain refused (nothing was lost: the
    path entries stay)."""
    ident = identity.of(path)
    if not ident:
        return False
    home, old = identity.account(ident), _path_account(path)
    kept = _get([home])
    if kept == value and _get([old]) is None:
        keychain_marks.mark(path, ident)  # the usual case: two reads, nothing to move
        return True
    if kept != value and not _set(home, None, value):
        return False
    for kind in (PREVIOUS, RECOVERY):
        moved = _get([old], kind)
        if moved and not _get([home], kind) and not _set(home, kind, moved):
            return False
    if _get([home]) != value:
        return False
    for kind in (None, PREVIOUS, RECOVERY):
        _delete(old, kind)
    keychain_marks.unmark(path)
    keychain_marks.mark(path, ident)
    return True


def forget_identity(ident: str) -> None:
    """Drop every entry kept for a file with identity *ident* that was never written (a
    rekey that stopped before replacing the register)."""
    for kind in KINDS:
        _delete(identity.account(ident), kind)
    keychain_marks.unmark(ident=ident)


def read_pending(path: Path) -> str | None:
    """The new key of a rekey of the register at *path* that may not have finished, or
    None. It is kept under the identity of the file the rekey writes."""
    return _get(_accounts(path), PENDING)


def store_pending(path: Path, value: str, *, ident: str | None = None) -> bool:
    """Keep the new key of a rekey about to start, under *ident* (the identity of the file
    the rekey will write); False when the keychain refuses."""
    home = _home(path, ident)
    if not _set(home, PENDING, value) or _get([home], PENDING) != value:
        return False
    # Should the keychain be out of reach later, the new file is still known as a
    # keychain register (no passphrase is asked for).
    keychain_marks.mark(path, ident)
    return True


def forget_pending(path: Path) -> None:
    """Drop the pending key (the rekey finished, or never touched the file)."""
    for account in _accounts(path):
        _delete(account, PENDING)


def previous_keys(path: Path, *, ident: str | None = None) -> list[str]:
    """The keys the register at *path* (or with identity *ident*) had before, newest
    first."""
    raw = _get([identity.account(ident)] if ident else _accounts(path), PREVIOUS)
    try:
        keys = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def remember_previous(path: Path, value: str, *, ident: str | None = None) -> bool:
    """Add *value* to the previous keys of the register at *path*, kept under *ident*
    (the identity a rekey is about to give it) or its own; False when the keychain
    refuses."""
    keys = [value] + [k for k in previous_keys(path) if k != value]
    if not _set(_home(path, ident), PREVIOUS, json.dumps(keys)):
        return False
    return value in previous_keys(path, ident=ident or identity.of(path))


def read_recovery_passphrase(path: Path) -> str | None:
    """The recovery passphrase of the register at *path* (so a rekey can renew its file)."""
    return _get(_accounts(path), RECOVERY)


def store_recovery_passphrase(path: Path, value: str, *, ident: str | None = None) -> bool:
    """Keep the recovery passphrase (under *ident*, the identity a rekey is about to give
    the register, or its own); False when the keychain refuses."""
    return _set(_home(path, ident), RECOVERY, value)


def new_random_key() -> str:
    """A random key for a register whose secret lives in the keychain (256 bits)."""
    return secrets.token_urlsafe(32)


def secret_for_new_register(path: Path, prompt: Prompt | None = None) -> Secret:
    """Choose the secret for a register about to be created at *path*.

    The environment passphrase wins; otherwise a random key goes into the keychain;
    with no keychain, the prompt is asked for a passphrase.
    """
    env = os.environ.get(ENV_VAR)
    if env:
        return Secret(env, "env")
    if keyring_available():
        key = new_random_key()
        if store_in_keyring(path, key):
            return Secret(key, "keyring")
    if prompt is not None:
        value = prompt("no_keychain_choose_passphrase")
        if value:
            return Secret(value, "prompt")
    raise SecretUnavailableError("no_keychain_for_new", env=ENV_VAR)


def secret_for_existing_register(path: Path, prompt: Prompt | None = None) -> Secret:
    """Find the secret that opens the existing register at *path*."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Secret(env, "env")
    stored = read_from_keyring(path) or read_pending(path)
    if stored:
        return Secret(stored, "keyring")
    if keychain_marks.is_marked(path):
        # Its key is a random one in the keychain: there is no passphrase to ask for.
        from .recovery import recovery_path

        if _keychain_locked(path):
            raise SecretUnavailableError("keychain_key_locked", path=str(path))

        if recovery_path(path).exists():
            raise SecretUnavailableError("keychain_key_unreachable_recovery", path=str(path))
        raise SecretUnavailableError("keychain_key_unreachable", path=str(path))
    if prompt is not None:
        value = prompt("enter_passphrase")
        if value:
            return Secret(value, "prompt")
    if _keychain_locked(path):
        raise SecretUnavailableError("keychain_locked", env=ENV_VAR)
    raise SecretUnavailableError("key_not_in_keychain", env=ENV_VAR)


def _keychain_locked(path: Path) -> bool:
    """Whether the keychain gave no key because it is locked (not because it lacks it)."""
    from keyring.errors import KeyringLocked

    try:
        _keyring().get_password(KEYRING_SERVICE, _home(path))
    except KeyringLocked:
        return True
    except Exception:  # noqa: BLE001 - any other failure is not "locked"
        pass
    return False
