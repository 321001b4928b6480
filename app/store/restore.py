"""Restoring a backup over the register, keeping a safety copy of the current one first.

Above the register on purpose: restoring opens the current register to copy it, so
it imports `Register`, while backup.py (which the register's migrations use) does not.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from . import lock, witness
from .backup import BACKUP_SUFFIX, backup_register, verify_backup
from .errors import NotARegisterError, StoreError, WrongSecretError
from .register import Register


def restore_register(target: Path, backup: Path, secret: str,
                     safety_dir: Path | None = None) -> dict[str, Any]:
    """Replace the register at *target* with *backup*, keeping a safety copy first.

    The register must not be open in this or another program (the lock tells).
    """
    target, backup = Path(target), Path(backup)
    info = verify_backup(backup, secret)
    lock.acquire(target)
    try:
        safety = None
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = safety_dir or target.parent
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
                    shutil.copy2(target, safety)
                finally:
                    current.close()
            else:
                if current is not None:
                    current.close()
                # Not readable with this key or damaged: keep its raw bytes instead.
                shutil.copy2(target, safety)
        fd, tmp = tempfile.mkstemp(prefix=".otinish-restore-", dir=target.parent)
        os.close(fd)
        try:
            shutil.copyfile(backup, tmp)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(target) + suffix)
            os.replace(tmp, target)
            witness.anchor_file(target, secret)  # the restored history is the one kept now
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError("restore_failed", reason=exc.strerror) from None
    finally:
        lock.release(target)
    return {"restored": str(backup), "requests": info["requests"],
            "safety_copy": str(safety) if safety else None}
