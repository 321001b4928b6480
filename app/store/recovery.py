"""A recovery passphrase for a register whose key lives in the keychain.

A keychain can be lost (a new computer, a reset profile): the register's random key
with it. On request the key is also kept in `<register>.recovery`, a small SQLCipher
file beside the register encrypted with a recovery passphrase shown to the user once.
With that passphrase `recover` reads the key back into the keychain. The recovery
passphrase itself is kept in the keychain too, so a later rekey can rewrite the file
with the new key; the file holds nothing but the key.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from ._sqlcipher import DatabaseError, quote_key, sqlcipher3
from .errors import StoreError, WrongSecretError
from .paths import file_uri

SUFFIX = ".recovery"


def recovery_path(register_path: Path) -> Path:
    """The recovery file of the register at *register_path*."""
    return Path(str(register_path) + SUFFIX)


def new_recovery_passphrase() -> str:
    """Six groups of five letters and digits: about 150 bits, easy to write down."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(6))


def write(register_path: Path, keys: list[str], passphrase: str) -> Path:
    """Keep *keys* (the register's key, and during a rekey the one before) in the recovery
    file, encrypted with *passphrase*, replacing the file whole."""
    target = recovery_path(register_path)
    fd, name = tempfile.mkstemp(prefix=".otinish-recovery-", dir=target.parent)
    os.close(fd)
    try:
        conn = sqlcipher3.connect(name)
        try:
            conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
            conn.execute("create table recovery (key text not null)")
            conn.executemany("insert into recovery (key) values (?)", [[k] for k in keys])
            conn.commit()
        finally:
            conn.close()
        os.chmod(name, 0o600)
        with open(name, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(name, target)
    except (OSError, DatabaseError) as exc:
        with contextlib.suppress(OSError):
            os.unlink(name)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError("recovery_unwritable", path=str(target), reason=reason) from None
    return target


def read(register_path: Path, passphrase: str) -> list[str]:
    """The keys kept in the recovery file; WrongSecretError when *passphrase* does not open
    it."""
    target = recovery_path(register_path)
    if not target.is_file():
        raise StoreError("recovery_missing", path=str(target))
    conn = sqlcipher3.connect(file_uri(Path(target), mode="ro"), uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        rows = [r[0] for r in conn.execute("select key from recovery order by rowid")]
    except DatabaseError:
        raise WrongSecretError("recovery_wrong_passphrase", path=str(target)) from None
    finally:
        conn.close()
    return [str(k) for k in rows]
