"""Which registers keep their key in the system keychain: a list outside the registers.

A register whose key is a random one in the keychain has no passphrase. When the
keychain cannot be reached (locked, its service not running, another computer) the
register alone cannot say how it was locked, and Otinish used to ask for "the
passphrase" the user never set. This small list in the user's settings folder (the
registers' identities (the random salt at the start of each file, see identity.py;
the path for a register made before identities or not made yet), no key, no personal
data) lets the start say what is really wrong, wherever the file was moved.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import platformdirs

from . import identity
from .paths import APP_NAME

FILE_NAME = "keychain-registers.json"


def _file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def _keys(path: Path) -> list[str]:
    """What may name the register at *path* in the list: its identity, its path."""
    ident = identity.of(path)
    return ([identity.account(ident)] if ident else []) + [_key(path)]


def _read() -> list[str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [p for p in data if isinstance(p, str)] if isinstance(data, list) else []


def _write(paths: list[str]) -> None:
    target = _file()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".keychain-registers-", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(sorted(set(paths)), f, ensure_ascii=False, indent=0)
            os.replace(tmp, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def mark(path: Path, ident: str | None = None) -> None:
    """Remember that the register at *path* (or the one with identity *ident*) keeps its
    key in the keychain."""
    entry = identity.account(ident) if ident else _keys(path)[0]
    known = _read()
    if entry not in known:
        _write([*known, entry])


def unmark(path: Path | None = None, ident: str | None = None) -> None:
    """Forget it (the key is a passphrase now, the register is gone, or the path mark
    became an identity mark): every name of the register at *path*, or *ident*'s."""
    gone = set(_keys(path) if path is not None else []) | (
        {identity.account(ident)} if ident else set())
    known = _read()
    if gone & set(known):
        _write([p for p in known if p not in gone])


def is_marked(path: Path) -> bool:
    """Whether the register at *path* was made (or rekeyed) with its key in the keychain."""
    return bool(set(_keys(path)) & set(_read()))
