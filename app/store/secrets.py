"""Where the register's secret comes from: environment, OS keychain, or a prompt.

Order: the `OTINISH_PASSPHRASE` environment variable, then the OS keychain (via
`keyring`, one entry per register path), then a prompt supplied by the caller (the
GUI's dialog or a terminal). With no keychain backend the user is told and asked
for a passphrase; the secret is never written anywhere in plain text.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    from keyring.errors import KeyringError

    return KeyringError


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
    return True


def forget_in_keyring(path: Path) -> None:
    """Remove the key for *path* from the keychain, if it is there."""
    try:
        _keyring().delete_password(KEYRING_SERVICE, _account(path))
    except _errors():
        pass


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
    stored = read_from_keyring(path)
    if stored:
        return Secret(stored, "keyring")
    if prompt is not None:
        value = prompt("enter_passphrase")
        if value:
            return Secret(value, "prompt")
    if _keychain_locked(path):
        raise SecretUnavailableError("keychain_locked", env=ENV_VAR)
    raise SecretUnavailableError("key_not_in_keychain", env=ENV_VAR)


def _keychain_locked(path: Path) -> bool:
    """Whether the keychain gave no key because it is locked (not because it lacks it)."""
    from keyring.errors import KeyringError, KeyringLocked

    try:
        _keyring().get_password(KEYRING_SERVICE, _account(path))
    except KeyringLocked:
        return True
    except KeyringError:
        pass
    return False
