"""Encrypted backups of the register, automatic rotation, and restoring one.

A backup is a page-for-page copy made with SQLite's online backup API while the
register stays open, so it is consistent and stays encrypted with the register's
own key and with its own salt, i.e. its identity (identity.py): the keychain entry
that opens the register opens its backups too. Restoring keeps a safety copy of the
current register first and refuses a file that is not a backup of a register or whose
key does not match.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from . import identity
from ._sqlcipher import DatabaseError, quote_key, sqlcipher3
from .errors import NotARegisterError, StoreError, WrongSecretError
from .paths import file_uri, partial_prefix, remove_abandoned_partials


class OpenRegister(Protocol):
    """What a backup needs of an open register (no import of the register: no cycle)."""

    path: Path
    conn: Any
    secret: str | None
    damaged: str | None

    def now(self) -> datetime: ...

    def mark_damaged(self, problem: str) -> None: ...

BACKUP_SUFFIX = ".otinish-backup"
DEFAULT_KEEP = 14


def backup_register(register: OpenRegister, out: Path) -> dict[str, Any]:
    """Copy the open register to *out*, encrypted with the same key; never overwrite."""
    out = Path(out)
    if out.exists():
        raise StoreError("backup_exists", path=str(out))
    if not out.parent.is_dir():
        raise StoreError("folder_missing", path=str(out.parent))
    if register.secret is None:
        raise StoreError("backup_without_secret")
    _refuse_damaged(register)
    remove_abandoned_partials(out.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=partial_prefix(), dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError("folder_unwritable", path=str(out.parent), reason=exc.strerror) \
            from None
    try:
        target = sqlcipher3.connect(tmp)
        try:
            target.execute(f"PRAGMA key = {quote_key(register.secret)}")
            _keep_identity(target, register.conn.execute("PRAGMA cipher_salt").fetchone())
            register.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            _check_copy(register, target)
        finally:
            target.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError | DatabaseError):
            raise
        _refuse_if_damage(register, exc)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError("backup_failed", path=str(out), reason=reason) from None
    with contextlib.suppress(DatabaseError):
        _witness_beside(register, out)
    return {"path": str(out), "size": out.stat().st_size}


def _witness_beside(register: OpenRegister, out: Path) -> None:
    """The head of the audit chain the backup holds, beside it (witness.beside_path)."""
    from . import witness

    witness.write_beside(out, witness.register_id(register.conn), witness.head(register.conn))


def _refuse_damaged(register: OpenRegister) -> None:
    """A damaged register is not backed up: restoring such a copy would be refused."""
    if getattr(register, "damaged", None):
        raise StoreError("backup_of_damaged_register", path=str(register.path))


def _refuse_if_damage(register: OpenRegister, exc: BaseException) -> None:
    """A read of the register that failed because the file is damaged marks it so."""
    text = str(exc)
    if isinstance(exc, DatabaseError) and any(
            sign in text for sign in ("malformed", "not a database", "corrupt")):
        register.mark_damaged(text)
        raise StoreError("backup_of_damaged_register", path=str(register.path)) from None


def _check_copy(register: OpenRegister, copy: Any) -> None:
    """Verify the fresh copy as a restore will; a failure marks the register damaged."""
    try:
        rows = [r[0] for r in copy.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:  # a damaged page or table the check cannot even read
        rows = [str(exc)]
    if rows != ["ok"]:
        register.mark_damaged("; ".join(rows[:5]))
        raise StoreError("backup_of_damaged_register", path=str(register.path))


def _open_backup(path: Path, secret: str) -> Any:
    """A read-only connection to a verified backup (key, tables, integrity); or raise."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("backup_missing", path=str(path))
    try:
        conn = sqlcipher3.connect(file_uri(path, mode="ro"), uri=True)
    except DatabaseError as exc:
        raise NotARegisterError("not_a_backup", path=str(path)) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(secret)}")
        try:
            tables = {r[0] for r in conn.execute(
                "select name from sqlite_master where type = 'table'")}
        except DatabaseError:
            raise WrongSecretError("backup_wrong_key", path=str(path)) from None
        if not {"requests", "events", "_sqlite_migrations"} <= tables:
            raise NotARegisterError("not_a_backup", path=str(path))
        try:
            sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except DatabaseError:
            sound = False
        if not sound:
            raise NotARegisterError("backup_damaged", path=str(path))
    except BaseException:
        conn.close()
        raise
    return conn


def verify_backup(path: Path, secret: str) -> dict[str, Any]:
    """Open a backup read-only and tell what it holds; raise if it is not one."""
    conn = _open_backup(path, secret)
    try:
        count = conn.execute("select count(*) from requests").fetchone()[0]
    finally:
        conn.close()
    return {"path": str(path), "requests": count}


def _keep_identity(target: Any, salt: Any) -> None:
    """Give the new file *target* the salt (identity) *salt* (hex, or a row holding it)
    before its first page is written; nothing when there is none."""
    salt = salt[0] if isinstance(salt, tuple | list) else salt
    if isinstance(salt, str) and len(salt) == 2 * identity.SALT_SIZE:
        target.execute(identity.salt_pragma(salt.lower()))


def copy_backup(path: Path, secret: str, out: Path, salt: str | None = None) -> int:
    """Write exactly the verified content of the backup at *path* (its pending WAL
    included) to the new file *out*, with the identity *salt* (default: the backup's);
    return the number of requests written."""
    source = _open_backup(path, secret)
    try:
        target = sqlcipher3.connect(str(out))
        try:
            target.execute(f"PRAGMA key = {quote_key(secret)}")
            _keep_identity(target, salt or identity.of(path))
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            return int(target.execute("select count(*) from requests").fetchone()[0])
        finally:
            target.close()
    finally:
        source.close()


def _folder_tag(register_path: Path) -> str:
    """A short hash of the register's resolved folder: same-named registers in different
    folders sharing one backup folder get different backup names."""
    folder = os.path.realpath(Path(register_path).parent)
    return hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def list_backups(folder: Path, register_path: Path | None = None, *,
                 legacy: bool = True) -> list[Path]:
    """Automatic backups in *folder* (of the register at *register_path* only), newest first.

    Several registers may share one backup folder; each one's rotation must only ever
    count and delete its own backups. *legacy* also lists the names of older versions
    (without the folder's hash), which same-named registers shared.
    """
    if not Path(folder).is_dir():
        return []
    stamp = rf"\d{{8}}-\d{{6}}{re.escape(BACKUP_SUFFIX)}"
    if register_path is None:
        pattern = re.compile(rf"auto-.+-{stamp}")
    else:
        stem, tag = re.escape(Path(register_path).stem), _folder_tag(register_path)
        names = [rf"auto-{stem}-{tag}-{stamp}"] + ([rf"auto-{stem}-{stamp}"] if legacy else [])
        pattern = re.compile("|".join(f"(?:{n})" for n in names))
    found = [p for p in Path(folder).iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name[-len(BACKUP_SUFFIX) - 15:], reverse=True)


def auto_backup(register: OpenRegister, folder: Path, *, keep: int = DEFAULT_KEEP,
                every: timedelta = timedelta(days=1)) -> Path | None:
    """Make a daily backup into *folder* if the newest is older than *every*; keep *keep*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    existing = list_backups(folder, register.path, legacy=False)
    now = register.now()
    if existing:
        newest = datetime.fromtimestamp(existing[0].stat().st_mtime, tz=now.tzinfo)
        if now - newest < every:
            return None
    out = folder / (f"auto-{register.path.stem}-{_folder_tag(register.path)}-"
                    f"{now.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}")
    backup_register(register, out)
    for old in list_backups(folder, register.path, legacy=False)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
        with contextlib.suppress(OSError):
            from .witness import beside_path

            beside_path(old).unlink()
    return out
