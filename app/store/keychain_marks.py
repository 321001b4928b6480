"""Which registers keep their key in the system keychain: a list outside the registers.

A register whose key is a random one in the keychain has no passphrase. When the
keychain cannot be reached (locked, its service not running, another computer) the
register alone cannot say how it was locked, and Otinish used to ask for "the
passphrase" the user never set. This small list in the user's settings folder (the
registers' paths, no key, no personal data) lets the start say what is really wrong.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import platformdirs

from .paths import APP_NAME

FILE_NAME = "keychain-registers.json"


def _file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


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


def mark(path: Path) -> None:
    """Remember that the register at *path* keeps its key in the keychain."""
    known = _read()
    if _key(path) not in known:
        _write([*known, _key(path)])


def unmark(path: Path) -> None:
    """Forget it (the key is a passphrase now, or the register is gone)."""
    known = _read()
    if _key(path) in known:
        _write([p for p in known if p != _key(path)])


def is_marked(path: Path) -> bool:
    """Whether the register at *path* was made (or rekeyed) with its key in the keychain."""
    return _key(path) in _read()
