"""Proving a register file before it is used: what the file is, and that the key opens it.

`inspect` tells a register from a folder, a device, a plain SQLite file or a cut file
before any key is tried (a wrong passphrase is only said of a file that could be a
register); the connect functions key a connection and prove the key, read-only first
where a wrong key must change nothing on disk. Used by `connection.Connection`.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from . import lock, places
from ._sqlcipher import DatabaseError, quote_key, sqlcipher3
from .errors import NotARegisterError, RegisterMissingError, StoreError, WrongSecretError
from .paths import file_uri
from .schema import newer_migrations

#: The first bytes of a plain (unencrypted) SQLite file; an Otinish register starts
#: with random salt instead.
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher 4's page size: a register file is a whole number of pages.
PAGE_SIZE = 4096


def inspect(path: Path) -> Path:
    """The register's own file (symlinks followed), refusing what cannot be a register.

    A missing path, a folder, a device, a plain SQLite file, an empty or a cut file
    are told apart here, before any key is tried: a wrong passphrase is only ever
    said of a file that could be a register.
    """
    if not path.exists():
        raise RegisterMissingError("register_missing", path=str(path))
    if path.is_dir():
        raise NotARegisterError("register_is_folder", path=str(path))
    real = lock.register_file(path)
    st = real.stat()
    if not stat.S_ISREG(st.st_mode):
        raise NotARegisterError("not_a_register_or_damaged", path=str(path))
    try:
        with open(real, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotARegisterError("not_a_register_file", path=str(path),
                                reason=exc.strerror) from None
    wal = Path(str(real) + "-wal")
    pending_wal = wal.is_file() and wal.stat().st_size > 0
    # With a pending WAL (a crash mid-checkpoint) the file's last page may be torn:
    # recovery from the WAL mends it, so only the header can tell then.
    if head == SQLITE_HEADER or (st.st_size % PAGE_SIZE and not pending_wal) \
            or (st.st_size == 0 and not pending_wal):
        raise NotARegisterError("not_a_register_or_damaged", path=str(path))
    return real


def _key_and_prove(conn: Any, path: Path, secret: str) -> None:
    """Give *conn* the key and prove it opens the file; close *conn* on failure."""
    try:
        # SQLCipher logs a wrong key to stderr itself; the user gets our one sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(secret)}")
        conn.execute("select count(*) from sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongSecretError("wrong_secret", path=str(path)) from exc
        raise NotARegisterError("not_a_register_file", path=str(path), reason=str(exc)) \
            from exc


def connect_read_only(path: Path, secret: str) -> Any:
    """A read-only connection (nothing on disk changes, even with a wrong key).

    It reads beside a writer (WAL readers coexist); on read-only media, where the
    WAL index cannot be made, a cleanly closed register is read as immutable.
    """
    try:
        conn = sqlcipher3.connect(file_uri(path, mode="ro"), uri=True, timeout=10,
                                  check_same_thread=False)
        conn.isolation_level = None
        _key_and_prove(conn, path, secret)
    except NotARegisterError:
        if Path(str(path) + "-wal").exists():
            raise
        conn = sqlcipher3.connect(file_uri(path, mode="ro", immutable="1"), uri=True,
                                  check_same_thread=False)
        conn.isolation_level = None
        _key_and_prove(conn, path, secret)
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect(path: Path, secret: str) -> Any:
    """Open *path* for writing with SQLCipher 4 defaults and prove the key works."""
    conn = sqlcipher3.connect(str(path), timeout=10, check_same_thread=False)
    conn.isolation_level = None  # transactions only where we BEGIN them (db.atomic)
    if places.on_network(path):
        # Before the first read: SQLite then keeps a WAL index in memory, not in shared
        # memory a network file system cannot give (places.py); the journal follows.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    _key_and_prove(conn, path, secret)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted personal data is overwritten, not left in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def is_register(conn: Any, path: Path) -> None:
    """Refuse an SQLCipher file that is not a register, or a register a newer Otinish
    wrote (before anything is written); close *conn* then."""
    try:
        if "requests" not in {r[0] for r in conn.execute(
                "select name from sqlite_master where type='table'")}:
            raise NotARegisterError("not_an_otinish_register", path=str(path))
        if newer_migrations(conn):
            raise StoreError("register_from_newer_version", path=str(path))
    except DatabaseError as exc:
        conn.close()
        raise NotARegisterError("register_damaged", path=str(path), reason=str(exc)) from exc
    except BaseException:
        conn.close()
        raise
