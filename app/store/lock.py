"""One program at a time per register: an OS file lock beside the register file.

A second Otinish process (a second window, or the CLI while the window is open) is
refused with one sentence instead of interleaving writes. Within one process the
lock is shared (the window's background workers open the same register). The OS
drops the lock when a process dies, so a crash never leaves a stale lock. The lock
file also remembers whether the register was closed cleanly and when it was last
fully checked: after a crash the (slow, seconds at 100,000 requests) integrity check
runs before anything is written; the daily check is left to the caller, who can run
it in the background.
It holds no personal data.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .errors import RegisterLockedError, StoreError

CHECK_EVERY = timedelta(days=1)


_lock = threading.Lock()
_held: dict[str, list[Any]] = {}  # resolved path -> [file object, reference count]


def lock_path(register_path: Path) -> Path:
    """The lock file of a register: `<register>.lock`."""
    return Path(str(register_path) + ".lock")


def _try_lock(f: Any) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def acquire(register_path: Path) -> dict[str, Any]:
    """Take the lock (or share this process's); return the state the last user left."""
    key = str(Path(register_path).resolve())
    with _lock:
        if key in _held:
            _held[key][1] += 1
            return {"state": "open-here"}
        path = lock_path(register_path)
        try:
            f = open(path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        except OSError as exc:
            raise StoreError("lock_file_unwritable", path=str(path), reason=exc.strerror) \
                from None
        if not _try_lock(f):
            f.close()
            raise RegisterLockedError("register_locked", path=str(register_path))
        f.seek(0)
        try:
            previous = json.loads(f.read().decode("utf-8") or "{}")
        except (ValueError, UnicodeDecodeError):
            previous = {}
        _held[key] = [f, 1]
    _write_state(key, {**previous, "state": "open", "pid": os.getpid()})
    return previous


def _write_state(key: str, state: dict[str, Any]) -> None:
    f = _held[key][0]
    data = json.dumps(state).encode("utf-8")
    f.seek(0)
    f.truncate()
    f.write(data)
    f.flush()


def crashed(previous: dict[str, Any]) -> bool:
    """Whether the last program using the register ended without closing it."""
    return previous.get("state") not in ("closed", "open-here")


def check_overdue(previous: dict[str, Any]) -> bool:
    """Whether the last full integrity check is over a day old (or never happened)."""
    if previous.get("state") == "open-here":
        return False
    try:
        checked = datetime.fromisoformat(previous["checked"])
    except (KeyError, TypeError, ValueError):
        return True
    return datetime.now(UTC) - checked > CHECK_EVERY


def mark_checked(register_path: Path) -> None:
    """Remember that a full integrity check passed now."""
    key = str(Path(register_path).resolve())
    with _lock:
        if key in _held:
            _write_state(key, {"state": "open", "pid": os.getpid(),
                               "checked": datetime.now(UTC).isoformat()})


def release(register_path: Path, *, clean: bool = True) -> None:
    """Give back this process's use of the lock; the last one records a clean close."""
    key = str(Path(register_path).resolve())
    with _lock:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        f = entry[0]
        try:
            f.seek(0)
            previous = json.loads(f.read().decode("utf-8") or "{}")
        except (ValueError, UnicodeDecodeError):
            previous = {}
        if clean:
            _write_state(key, {"state": "closed", "checked": previous.get("checked")})
        del _held[key]
        f.close()  # closing drops the OS lock
