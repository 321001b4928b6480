"""Encrypted backups of the register, automatic rotation, and restoring one.

A backup is a page-for-page copy made with SQLite's online backup API while the
register stays open, so it is consistent and stays encrypted with the register's
own key. Restoring keeps a safety copy of the current register first and refuses a
file that is not a backup of a register or whose key does not match.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._sqlcipher import DatabaseError, sqlcipher3
from .errors import NotARegisterError, StoreError, WrongSecretError

if TYPE_CHECKING:
    from .register import Register

BACKUP_SUFFIX = ".otinish-backup"
DEFAULT_KEEP = 14


def _quote(secret: str) -> str:
    return "'" + secret.replace("'", "''") + "'"


def backup_register(register: Register, out: Path) -> dict[str, Any]:
    """Copy the open register to *out*, encrypted with the same key; never overwrite."""
    out = Path(out)
    if out.exists():
        raise StoreError(f"'{out}' already exists; choose a new name for the backup.")
    if not out.parent.is_dir():
        raise StoreError(f"The folder '{out.parent}' does not exist; create it or choose "
                         "another.")
    if register.secret is None:
        raise StoreError("This register was opened without its secret; reopen it to back up.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".otinish-backup-", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"Cannot write to the folder '{out.parent}': {exc.strerror}.") \
            from None
    try:
        target = sqlcipher3.connect(tmp)
        try:
            target.execute(f"PRAGMA key = {_quote(register.secret)}")
            register.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except (OSError, DatabaseError) as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(f"The backup to '{out}' failed ({reason}); nothing was written.") \
            from None
    return {"path": str(out), "size": out.stat().st_size}


def verify_backup(path: Path, secret: str) -> dict[str, Any]:
    """Open a backup read-only and tell what it holds; raise if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"There is no backup file at '{path}'.")
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(secret)}")
        try:
            tables = {r[0] for r in conn.execute(
                "select name from sqlite_master where type = 'table'")}
        except DatabaseError:
            raise WrongSecretError(
                f"'{path}' is not a backup made with this register's key (or not a "
                "register at all); nothing was changed.") from None
        if not {"requests", "events", "_sqlite_migrations"} <= tables:
            raise NotARegisterError(f"'{path}' is not a backup of an Otinish register; "
                                    "nothing was changed.")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise NotARegisterError(f"The backup '{path}' is damaged; choose another one.")
        count = conn.execute("select count(*) from requests").fetchone()[0]
    finally:
        conn.close()
    return {"path": str(path), "requests": count}


def restore_register(target: Path, backup: Path, secret: str,
                     safety_dir: Path | None = None) -> dict[str, Any]:
    """Replace the register at *target* with *backup*, keeping a safety copy first.

    The register must not be open in this or another program (the lock tells).
    """
    from . import lock
    from .register import Register

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
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(f"The restore failed ({exc.strerror}); the register was not "
                             "changed.") from None
    finally:
        lock.release(target)
    return {"restored": str(backup), "requests": info["requests"],
            "safety_copy": str(safety) if safety else None}


def list_backups(folder: Path, register_path: Path | None = None) -> list[Path]:
    """Automatic backups in *folder* (of the register at *register_path* only), newest first.

    Several registers may share one backup folder; each one's rotation must only ever
    count and delete its own backups.
    """
    if not Path(folder).is_dir():
        return []
    stem = re.escape(Path(register_path).stem) if register_path else ".+"
    pattern = re.compile(rf"auto-{stem}-\d{{8}}-\d{{6}}{re.escape(BACKUP_SUFFIX)}")
    found = [p for p in Path(folder).iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name[-len(BACKUP_SUFFIX) - 15:], reverse=True)


def auto_backup(register: Register, folder: Path, *, keep: int = DEFAULT_KEEP,
                every: timedelta = timedelta(days=1)) -> Path | None:
    """Make a daily backup into *folder* if the newest is older than *every*; keep *keep*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    existing = list_backups(folder, register.path)
    now = register.now()
    if existing:
        newest = datetime.fromtimestamp(existing[0].stat().st_mtime, tz=now.tzinfo)
        if now - newest < every:
            return None
    out = folder / f"auto-{register.path.stem}-{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"
    backup_register(register, out)
    for old in list_backups(folder, register.path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return out
