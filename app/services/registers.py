"""Registers and their secrets: create one, open one, change its key, check it.

Every way a register comes to exist goes through `create_register` (the CLI's `init`
and `demo`, the first-run wizard, the window's start, the demo register), and every
way one is opened through `open_register`, so where the secret comes from (the
environment, the keychain, a passphrase) is decided in one place.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.store import (
    Register,
    RegisterExistsError,
    RegisterLockedError,
    StoreError,
    WrongSecretError,
    places,
)
from app.store import secrets as keys
from app.store.connection import Clock
from app.store.secrets import Prompt, Secret

#: How the key of a new register is kept: "auto" tries the environment, then the
#: keychain, then asks for a passphrase; the others are the user's explicit choice.
KEY_CHOICES: tuple[str, ...] = ("auto", "env", "keyring", "passphrase")


@dataclass(frozen=True)
class Opened:
    """An open register and the secret that opened it (a worker thread opens it again)."""

    register: Register
    secret: Secret


def new_secret(path: Path, key: str = "auto", passphrase: str | None = None,
               prompt: Prompt | None = None) -> Secret:
    """The secret of a register about to be created at *path*, kept as *key* says."""
    if key == "auto":
        return keys.secret_for_new_register(path, prompt)
    if key == "env":
        value = os.environ.get(keys.ENV_VAR) or ""
        if not value:
            raise StoreError("env_passphrase_missing", env=keys.ENV_VAR)
        return Secret(value, "env")
    if key == "keyring":
        value = keys.new_random_key()
        if not keys.store_in_keyring(path, value):
            raise StoreError("keychain_refused")
        return Secret(value, "keyring")
    if not passphrase:
        raise StoreError("passphrase_missing")
    return Secret(passphrase, "prompt")


def check_place(path: Path) -> None:
    """Refuse a new register on a network file system or inside OneDrive unless the user
    confirmed it (`create_register(..., place_confirmed=True)`): a careful user expects
    to be stopped before putting the register where it can be damaged, duplicated or
    left as a placeholder (store/places.py), and told why."""
    if places.on_network(path.parent):
        raise StoreError("new_register_on_network", path=str(path))
    if places.in_onedrive(path):
        raise StoreError("new_register_in_onedrive", path=str(path))


def create_register(path: str | Path, *, key: str = "auto", passphrase: str | None = None,
                    prompt: Prompt | None = None, clock: Clock | None = None,
                    place_confirmed: bool = False) -> Opened:
    """Create a new register at *path* with its secret; refuse if a file is there, or
    (unless *place_confirmed*) on a network or inside OneDrive (`check_place`)."""
    path = Path(path).expanduser()
    if path.exists():
        raise RegisterExistsError("register_already_exists", path=str(path))
    if not place_confirmed:
        check_place(path)
    secret = new_secret(path, key, passphrase, prompt)
    try:
        register = Register.create(path, secret.value, clock=clock)
    except BaseException:
        if secret.source == "keyring":
            keys.forget_in_keyring(path)
        raise
    if secret.source == "keyring":
        # The key was kept under the path before the file existed; now the file has its
        # identity (its salt), the key follows it, so moving the file keeps it. Refused
        # now, the next opening tries again (the path entry stays till then).
        keys.adopt(path, secret.value)
    return Opened(register, secret)


def open_register(path: str | Path, *, prompt: Prompt | None = None,
                  clock: Clock | None = None, secret: Secret | None = None,
                  read_only: bool = False, defer_check: bool = False) -> Opened:
    """Open the register at *path* with its secret (environment, keychain, or *prompt*).

    *read_only* reads beside a program that has it open (nothing is written).
    *defer_check*: after a crash, open read-only at once and leave the full check to the
    caller's background work (the window), instead of running it first.
    """
    from .rekeying import finish_if_pending, open_pending, tidy_after_open

    path = Path(path).expanduser()
    secret = secret or keys.secret_for_existing_register(path, prompt)

    def open_with(value: str) -> Register:
        return Register.open(path, value, clock=clock, read_only=read_only,
                             defer_check=defer_check)

    try:
        register = open_with(secret.value)
    except WrongSecretError:
        # A rekey may have re-encrypted the file and been stopped before the keychain
        # took its new key: that key waits as the pending entry.
        register = open_pending(path, lambda s: open_with(s.value))
        if register is None:
            raise
        return Opened(register, Secret(register.secret or "", "keyring"))
    if not read_only:
        tidy_after_open(register, secret)
    elif secret.source == "keyring":
        # The file's identity has no key yet, only the pending one of a rekey that was
        # stopped after replacing the file (see rekeying.py); or the key was found under
        # the register's path (made before identities): it moves under the identity now,
        # since the key has just proved to open the file with that identity.
        finish_if_pending(path, secret.value)
        keys.adopt(path, secret.value)
    return Opened(register, secret)


def open_for_check(path: str | Path, *, prompt: Prompt | None = None) -> Opened:
    """Open the register to check it: for writing when no other program has it (a
    passing check is then remembered, and clears a damaged mark), else read-only."""
    path = Path(path).expanduser()
    secret = keys.secret_for_existing_register(path, prompt)
    try:
        return Opened(Register.open(path, secret.value, wait=0), secret)
    except RegisterLockedError:
        return Opened(Register.open(path, secret.value, read_only=True), secret)


def open_or_create(path: str | Path, *, prompt: Prompt | None = None,
                   prompt_new: Prompt | None = None, clock: Clock | None = None,
                   defer_check: bool = False) -> Opened:
    """Open the register at *path*, creating it first when there is none."""
    path = Path(path).expanduser()
    if not path.exists():
        return create_register(path, prompt=prompt_new, clock=clock)
    return open_register(path, prompt=prompt, clock=clock, defer_check=defer_check)


def rekey(register: Register, *, keyring: bool,
          new_passphrase: Callable[[], str | None] | None = None) -> dict[str, Any]:
    """Re-encrypt the register with a new random key in the keychain, or a new passphrase,
    so that no failure strands it (see rekeying.py)."""
    from .rekeying import rekey as rekey_register

    return rekey_register(register, keyring=keyring, new_passphrase=new_passphrase)


def place_notices(register: Register) -> list[Any]:
    """What the user should know about where the open register lives (a network file
    system: opened for one program at a time; OneDrive: conflict copies, placeholders)."""
    return places.notices(register.path)


def info(path: Path) -> dict[str, Any]:
    """Where the register is, whether it exists, and whether a keychain is there."""
    return {"db": str(path), "exists": path.exists(), "keyring": keys.keyring_available()}


def check(register: Register) -> dict[str, Any]:
    """Verify the file and the audit trail."""
    return register.check()
