"""Restoring a backup over the register, keeping a safety copy of the current one first.

Above the register on purpose: restoring opens the current register to copy it, so
it imports `Register`, while backup.py (which the register's migrations use) does not.
The register's own file is replaced (a symlink to it stays a symlink), under its
lock, taken only when no program (this one included) has it open. What is written is
exactly what was verified: SQLite's backup API copies from the connection that
checked the backup, its pending WAL included, and the count is the copy's. The restored
file keeps the identity of the register it replaces (identity.py), so the keychain
entry that opened the register opens it still.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from . import identity, lock, witness
from ._sqlcipher import DatabaseError
from .backup import BACKUP_SUFFIX, backup_register, copy_backup, verify_backup
from .errors import NotARegisterError, StoreError, WrongSecretError
from .paths import partial_prefix, remove_abandoned_partials
from .register import Register


def _raw_copy(target: Path, safety: Path) -> None:
    """Keep the bytes of a register that cannot be read through (its WAL too)."""
    shutil.copy2(target, safety)
    wal = Path(str(target) + "-wal")
    if wal.is_file() and wal.stat().st_size:
        shutil.copy2(wal, Path(str(safety) + "-wal"))


def _safety_copy(target: Path, secret: str, folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = folder / f"{target.name}.before-restore-{stamp}{BACKUP_SUFFIX}"
    try:
        current = Register.open(target, secret)
    except (WrongSecretError, NotARegisterError):
        current = None
    if current is not None and not current.damaged:
        try:
            backup_register(current, safety)
        except StoreError:
            # A register that opened but cannot be read through: keep its bytes.
            if not safety.exists():
                _raw_copy(target, safety)
        finally:
            current.close()
    else:
        if current is not None:
            current.close()
        # Not readable with this key or damaged: keep its raw bytes instead.
        _raw_copy(target, safety)
    return safety


def restore_register(target: Path, backup: Path, secret: str,
                     safety_dir: Path | None = None) -> dict[str, Any]:
    """Replace the register at *target* with *backup*, keeping a safety copy first.

    The register must not be open in this or another program (the lock tells).
    """
    given = Path(target)
    target = lock.register_file(given)
    backup = Path(backup)
    verify_backup(backup, secret)
    keep = identity.of(target)
    lock.acquire(given, exclusive=True)
    restored = False
    try:
        remove_abandoned_partials(target.parent)
        safety = None
        if target.exists():
            safety = _safety_copy(target, secret, safety_dir or target.parent)
        fd, tmp = tempfile.mkstemp(prefix=partial_prefix(), dir=target.parent)
        os.close(fd)
        try:
            count = copy_backup(backup, secret, Path(tmp), salt=keep)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(target) + suffix)
            os.replace(tmp, target)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if isinstance(exc, OSError):
                raise StoreError("restore_failed", reason=exc.strerror) from None
            if isinstance(exc, DatabaseError):
                raise StoreError("restore_failed", reason=str(exc)) from None
            raise
        restored = True
        witness.anchor_file(target, secret)  # the restored history is the one kept now
    finally:
        # A new file: never checked, not damaged; a failed restore changed nothing.
        lock.release(given, fresh=restored, restore=not restored)
    return {"restored": str(backup), "requests": count,
            "safety_copy": str(safety) if safety else None}
