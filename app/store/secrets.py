"""Where the register's secret comes from: environment, OS keychain, or a prompt.

Order: the `OTINISH_PASSPHRASE` environment variable, then the OS keychain (via
`keyring`, one entry per register path), then a prompt supplied by the caller (the
GUI's dialog or a terminal). With no keychain backend the user is told and asked
for a passphrase; the secret is never written anywhere in plain text.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import keychain_marks
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


def _account(path: Path) -> str:
    return str(Path(path).resolve())


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
    try:
        return _keyring().get_password(KEYRING_SERVICE, _account(path))
    except _errors():
        return None


def store_in_keyring(path: Path, value: str) -> bool:
    """Store the key for *path* in the keychain; False when no keychain can take it."""
    try:
        _keyring().set_password(KEYRING_SERVICE, _account(path), value)
    except _errors():
        return False
    keychain_marks.mark(path)
    return True


def forget_in_keyring(path: Path) -> None:
    """Remove the key for *path* from the keychain, if it is there."""
    try:
        _keyring().delete_password(KEYRING_SERVICE, _account(path))
    except _errors():
        pass
    keychain_marks.unmark(path)


#: Beside the register's own entry: the new key while a rekey is under way ("pending"),
#: and the keys it had before, newest first ("previous"), which restoring an older
#: backup tries.
PENDING, PREVIOUS = "pending", "previous"


def _entry(path: Path, kind: str) -> str:
    return f"{_account(path)} ({kind})"


def read_pending(path: Path) -> str | None:
    """The new key of a rekey of *path* that may not have finished, or None."""
    try:
        return _keyring().get_password(KEYRING_SERVICE, _entry(path, PENDING))
    except _errors():
        return None


def store_pending(path: Path, value: str) -> bool:
    """Keep the new key of a rekey about to start; False when the keychain refuses."""
    try:
        _keyring().set_password(KEYRING_SERVICE, _entry(path, PENDING), value)
    except _errors():
        return False
    return read_pending(path) == value


def forget_pending(path: Path) -> None:
    """Drop the pending key (the rekey finished, or never touched the file)."""
    try:
        _keyring().delete_password(KEYRING_SERVICE, _entry(path, PENDING))
    except _errors():
        pass


def previous_keys(path: Path) -> list[str]:
    """The keys the register at *path* had before, newest first."""
    try:
        raw = _keyring().get_password(KEYRING_SERVICE, _entry(path, PREVIOUS))
    except _errors():
        return []
    try:
        keys = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def remember_previous(path: Path, value: str) -> bool:
    """Add *value* to the register's previous keys; False when the keychain refuses."""
    keys = [value] + [k for k in previous_keys(path) if k != value]
    try:
        _keyring().set_password(KEYRING_SERVICE, _entry(path, PREVIOUS), json.dumps(keys))
    except _errors():
        return False
    return value in previous_keys(path)


RECOVERY = "recovery"


def read_recovery_passphrase(path: Path) -> str | None:
    """The recovery passphrase of the register at *path* (so a rekey can renew its file)."""
    try:
        return _keyring().get_password(KEYRING_SERVICE, _entry(path, RECOVERY))
    except _errors():
        return None


def store_recovery_passphrase(path: Path, value: str) -> bool:
    """Keep the recovery passphrase; False when the keychain refuses."""
    try:
        _keyring().set_password(KEYRING_SERVICE, _entry(path, RECOVERY), value)
    except _errors():
        return False
    return True


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
        _keyring().get_password(KEYRING_SERVICE, _account(path))
    except KeyringLocked:
        return True
    except Exception:  # noqa: BLE001 - any other failure is not "locked"
        pass
    return False
