"""Changing the register's key without ever leaving a file no known key opens.

`PRAGMA rekey` rewrites the file in place and, when the disk fills half way, fails
without a word (seen: the old key no longer opens it, the new one neither). Instead
the register is exported into a copy beside it encrypted with the new key
(`sqlcipher_export`), the copy is reopened with the new key and checked (integrity,
the same rows in every table), flushed to disk, and only then renamed over the
register in one step. Until the rename the old key opens the file; after it, the new
one. Whoever calls this keeps the new key safe *before* (services/rekeying.py). The
copy is a new file with a new salt, i.e. a new identity (identity.py); the caller
chooses it first, so the keychain entries can be made under it before the rename.

`OTINISH_TEST_PAUSE_AT=<step>:<marker file>` makes the process create the marker and
wait at that step until the marker is deleted, so a test can kill it there (kill -9),
or change something (lock the keychain) and let it go on.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from . import identity
from ._sqlcipher import DatabaseError, quote_key, sqlcipher3
from .errors import StoreError

PAUSE_ENV = "OTINISH_TEST_PAUSE_AT"


def pause_point(step: str) -> None:
    """Wait here if a test asked to (see the module's docstring)."""
    wanted = os.environ.get(PAUSE_ENV, "")
    name, _, marker = wanted.partition(":")
    if name == step and marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        deadline = time.monotonic() + 120
        while Path(marker).exists() and time.monotonic() < deadline:
            time.sleep(0.05)


def copy_path(register_path: Path) -> Path:
    """The re-encrypted copy being made beside the register."""
    return register_path.with_name(f".{register_path.name}.rekeyed")


def remove_leftover(register_path: Path) -> None:
    """Delete a copy an interrupted rekey left (it never replaced the register)."""
    with contextlib.suppress(OSError):
        copy_path(register_path).unlink()


def row_counts(conn: Any) -> dict[str, int]:
    """Rows in every table of the database (the search index's shadow tables included)."""
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type = 'table' and sql not like "
        "'CREATE VIRTUAL TABLE%' order by name")]
    return {name: conn.execute(f'select count(*) from "{name}"').fetchone()[0]
            for name in names}


def export_copy(conn: Any, target: Path, new_secret: str, salt: str | None = None) -> None:
    """Write everything *conn* holds into a new file *target* encrypted with *new_secret*
    (with the identity *salt* when given, else a random one)."""
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {quote_key(new_secret)}", [str(target)])
    try:
        if salt:
            conn.execute(identity.salt_pragma(salt, "rekeyed"))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
    finally:
        conn.execute("DETACH DATABASE rekeyed")


def verify_copy(target: Path, secret: str, expected: dict[str, int],
                salt: str | None = None) -> None:
    """Open *target* with *secret* and check it holds what it should (and has the identity
    *salt*, when given); raise if not."""
    if salt and identity.of(target) != salt:
        raise DatabaseError("the re-encrypted copy does not have the identity chosen for it")
    conn = sqlcipher3.connect(str(target))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(secret)}")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseError("the re-encrypted copy failed its integrity check")
        if row_counts(conn) != expected:
            raise DatabaseError("the re-encrypted copy does not hold every row")
    finally:
        conn.close()


def fsync_path(path: Path) -> None:
    """Flush a file or a folder to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_reencrypted(register: Any, new_secret: str, salt: str | None = None
                             ) -> dict[str, int]:
    """Re-encrypt the open *register* with *new_secret* (copy, verify, rename), giving the
    file the identity *salt* (identity.py) when given; return the rows per table. On
    failure before the rename the file is untouched and still opens with the old secret;
    StoreError says why."""
    path = Path(register.path)
    copy = copy_path(path)
    remove_leftover(path)
    conn = register.conn
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = row_counts(conn)
        export_copy(conn, copy, new_secret, salt)
        pause_point("exported")
        verify_copy(copy, new_secret, expected, salt)
        os.chmod(copy, path.stat().st_mode & 0o777)  # the register keeps its permissions
        fsync_path(copy)
    except (OSError, DatabaseError) as exc:
        remove_leftover(path)
        reason = getattr(exc, "strerror", None) or str(exc)
        if "full" in reason or "No space" in reason:
            raise StoreError("rekey_disk_full", path=str(path)) from None
        raise StoreError("rekey_failed", path=str(path), reason=reason) from None
    pause_point("verified")
    conn.close()
    try:
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + suffix)
        os.replace(copy, path)
        fsync_path(path.parent)
    except OSError as exc:
        remove_leftover(path)
        register._reconnect(register.secret)
        raise StoreError("rekey_failed", path=str(path), reason=exc.strerror) from None
    pause_point("replaced")
    register._reconnect(new_secret)
    return expected


def reencrypt_backup(backup: Path, old_secret: str, folder: Path, new_secret: str) -> Path:
    """A verified copy of *backup* (encrypted with *old_secret*) encrypted with *new_secret*,
    made in *folder*; the caller deletes it once used. The backup itself is only read."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".otinish-rekeyed-backup-", dir=folder)
    os.close(fd)
    target = Path(name)
    target.unlink()  # sqlcipher_export writes a new file there
    conn = sqlcipher3.connect(str(backup))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(old_secret)}")
        expected = row_counts(conn)
        export_copy(conn, target, new_secret)
        verify_copy(target, new_secret, expected)
        fsync_path(target)
    except (OSError, DatabaseError) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError("backup_reencrypt_failed", path=str(backup), reason=reason) from None
    finally:
        conn.close()
    return target
