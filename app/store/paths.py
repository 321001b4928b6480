"""Where the register lives by default, and the names Otinish gives files beside it.

The user data folder comes from platformdirs. Every SQLite URI built from a path is
built here (`file_uri`), escaped, so a folder named with `#`, `?` or `%` works.
Temporary files of a backup, restore or migration have one recognisable name
(`.otinish-partial-<pid>-...`), so the next open removes those a dead program left.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from pathlib import Path

APP_NAME = "Otinish"
REGISTER_FILE_NAME = "register.otinish"
#: The name every temporary file of a backup, restore or migration starts with.
PARTIAL_PREFIX = ".otinish-partial-"
#: On systems where a pid cannot be asked after, a partial file this old is abandoned.
_ABANDONED_AFTER = 24 * 3600


def user_data_dir() -> Path:
    """The per-user folder for Otinish's data (register, templates, backups)."""
    import platformdirs  # not at import: ~9 ms of the start before the frame

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    """The register used when no --db is given."""
    return user_data_dir() / REGISTER_FILE_NAME


def file_uri(path: Path | str, **params: str) -> str:
    """An SQLite URI for *path*, every special character escaped, with *params*."""
    uri = Path(os.path.abspath(path)).as_uri()
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def partial_prefix() -> str:
    """The prefix of this process's temporary files (`mkstemp(prefix=...)`)."""
    return f"{PARTIAL_PREFIX}{os.getpid()}-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_abandoned_partials(folder: Path) -> list[Path]:
    """Delete the temporary files in *folder* whose program is gone; return them."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(PARTIAL_PREFIX):
            continue
        pid_text = name[len(PARTIAL_PREFIX):].split("-", 1)[0]
        if not pid_text.isdigit():
            continue
        if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) ends a process there
            with contextlib.suppress(OSError):
                if time.time() - entry.stat().st_mtime < _ABANDONED_AFTER:
                    continue
        elif _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if entry.is_symlink():
                continue
            if entry.is_file():
                entry.unlink()
                removed.append(entry)
            elif entry.is_dir():  # an export's scratch folder (app/letters/outputs.py)
                shutil.rmtree(entry)
                removed.append(entry)
    return removed
