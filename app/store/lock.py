"""One writing program at a time per register file: an OS file lock beside the file.

The lock belongs to the file, not to the name it was opened by: the path is resolved
(symlinks followed) and a register with a second name on the disk (a hard link) is
refused, so two names can never give two writers. A second writer (the CLI while the
window is open) waits a few seconds (`OTINISH_LOCK_WAIT`, default 5) and is then
refused with one sentence; readers do not take the lock at all (see
`Connection.open(read_only=True)`). Within one process the lock is shared (the
window's background workers open the same register). The OS drops the lock when a
process dies, so a crash never leaves a stale lock.

The lock file is created without following links and is only ever written when its
content is our own state: a file in the way is left alone and refused. The state
remembers whether the register was closed cleanly, when it was last fully checked
and whether the last check found it damaged: after a crash the (slow) integrity
check runs before anything is written, and a damaged register stays read-only,
run after run, until a full check passes or a backup is restored.
It holds no personal data.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .errors import RegisterLockedError, StoreError

CHECK_EVERY = timedelta(days=1)
#: Seconds a writer waits for another program to give the register back.
WAIT_ENV = "OTINISH_LOCK_WAIT"
DEFAULT_WAIT = 5.0
_POLL = 0.05
#: The states our lock file can hold; anything else in the file is not ours.
_STATES = ("open", "closed")


_lock = threading.Lock()
# resolved path -> {"f": fd, "n": reference count, "raw": the bytes found at acquisition}
_held: dict[str, dict[str, Any]] = {}


def register_file(register_path: Path) -> Path:
    """The register's own file: symlinks followed; refuse a file with several names."""
    resolved = Path(os.path.realpath(register_path))
    try:
        st = resolved.stat()
    except FileNotFoundError:
        return resolved
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        raise StoreError("register_hard_linked", path=str(register_path), links=st.st_nlink)
    return resolved


def _key(register_path: Path) -> str:
    return os.path.realpath(register_path)


def held_here(register_path: Path) -> bool:
    """Whether this process has the register open for writing."""
    with _lock:
        return _key(register_path) in _held


def lock_path(register_path: Path) -> Path:
    """The lock file of a register: `<register>.lock` beside its resolved file."""
    return Path(str(register_file(register_path)) + ".lock")


def wait_seconds() -> float:
    """How long a writer waits for the lock (`OTINISH_LOCK_WAIT`, default 5 seconds)."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _parse(raw: bytes) -> dict[str, Any] | None:
    """Our lock state from the file's bytes; {} for an empty file; None when not ours."""
    if not raw:
        return {}
    try:
        state = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(state, dict) or state.get("state") not in _STATES:
        return None
    return state


def _read_all(f: io.FileIO) -> bytes:
    f.seek(0)
    return f.read(1 << 20) or b""  # a lock state is tiny: a bigger file is not ours


def _open_lock_file(path: Path, *, create: bool) -> io.FileIO | None:
    """Open the lock file without following a link; None when absent and not *create*."""
    flags = (os.O_RDWR | os.O_CREAT if create else os.O_RDONLY) \
        | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileNotFoundError:
        if create:
            raise StoreError("lock_file_unwritable", path=str(path),
                             reason=os.strerror(errno.ENOENT)) from None
        return None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):
            raise StoreError("lock_file_not_ours", path=str(path)) from None
        if not create and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return None
        raise StoreError("lock_file_unwritable", path=str(path), reason=exc.strerror) \
            from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        os.close(fd)
        raise StoreError("lock_file_not_ours", path=str(path))
    return io.FileIO(fd, "r+" if create else "r", closefd=True)


def acquire(register_path: Path, *, wait: float | None = None,
            exclusive: bool = False) -> dict[str, Any]:
    """Take the lock (or share this process's); return the state the last user left.

    Another program holding it is waited for up to *wait* seconds (default
    `wait_seconds()`). *exclusive* refuses to share it with this process's own users
    (a restore must not replace a file this program has open).
    """
    key = str(register_file(register_path))
    with _lock:
        if key in _held:
            if exclusive:
                raise RegisterLockedError("register_locked", path=str(register_path))
            _held[key]["n"] += 1
            return {"state": "open-here", "damaged": _current(key).get("damaged")}
        path = Path(key + ".lock")
        f = _open_lock_file(path, create=True)
        assert f is not None
        deadline = time.monotonic() + (wait_seconds() if wait is None else wait)
        while not _try_lock(f.fileno()):
            if time.monotonic() >= deadline:
                f.close()
                raise RegisterLockedError("register_locked", path=str(register_path))
            time.sleep(_POLL)
        raw = _read_all(f)
        previous = _parse(raw)
        if previous is None:
            f.close()  # not our file: never written
            raise StoreError("lock_file_not_ours", path=str(path))
        _held[key] = {"f": f, "n": 1, "raw": raw}
        _write_state(key, {**previous, "state": "open", "pid": os.getpid()})
    return previous


def peek(register_path: Path) -> dict[str, Any]:
    """The lock state as the last writer left it, read without taking the lock."""
    try:
        path = lock_path(register_path)
        f = _open_lock_file(path, create=False)
    except StoreError:
        return {}
    if f is None:
        return {}
    with f:
        return _parse(_read_all(f)) or {}


def _write_state(key: str, state: dict[str, Any]) -> None:
    _write_raw(key, json.dumps(state).encode("utf-8"))


def _write_raw(key: str, data: bytes) -> None:
    f = _held[key]["f"]
    f.seek(0)
    f.truncate()
    f.write(data)


def _current(key: str) -> dict[str, Any]:
    return _parse(_read_all(_held[key]["f"])) or {}


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


def damaged(previous: dict[str, Any]) -> str | None:
    """The problem the last failed integrity check found, or None."""
    problem = previous.get("damaged")
    return str(problem) if problem else None


def mark_checked(register_path: Path) -> None:
    """Remember that a full integrity check passed now (this clears a damaged mark)."""
    key = _key(register_path)
    with _lock:
        if key in _held:
            _write_state(key, {"state": "open", "pid": os.getpid(),
                               "checked": datetime.now(UTC).isoformat()})


def mark_damaged(register_path: Path, problem: str) -> bool:
    """Remember that the register is damaged, so every later run keeps it read-only.

    Written through this process's lock, or by taking it for a moment when no
    program holds it; False when another program holds it (it finds out itself).
    """
    key = _key(register_path)
    with _lock:
        if key in _held:
            _write_state(key, {**_current(key), "damaged": problem})
            return True
    try:
        acquire(register_path, wait=0)
    except StoreError:
        return False
    try:
        with _lock:
            before = _parse(_held[key]["raw"]) or {}
            _held[key]["raw"] = json.dumps(
                {"state": "closed", **before, "damaged": problem}).encode("utf-8")
    finally:
        release(register_path, restore=True)
    return True


def release(register_path: Path, *, clean: bool = True, restore: bool = False,
            fresh: bool = False) -> None:
    """Give back this process's use of the lock; the last one records how it ended.

    *clean* records a clean close (keeping the check date and a damaged mark);
    *restore* puts back exactly what the lock file held before (nothing happened);
    *fresh* records a new file (after a restore): closed, never checked, not damaged.
    """
    key = _key(register_path)
    with _lock:
        entry = _held.get(key)
        if entry is None:
            return
        entry["n"] -= 1
        if entry["n"] > 0:
            return
        if restore:
            _write_raw(key, entry["raw"])
        elif fresh:
            _write_state(key, {"state": "closed"})
        elif clean:
            previous = _current(key)
            state = {"state": "closed", "checked": previous.get("checked")}
            if previous.get("damaged"):
                state["damaged"] = previous["damaged"]
            _write_state(key, state)
        del _held[key]
        entry["f"].close()  # closing drops the OS lock
