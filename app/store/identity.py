"""A register's identity: the random salt at the start of its file, readable without the key.

SQLCipher 4 writes a random 16-byte salt as the first 16 bytes of an encrypted file
(nothing here sets `cipher_plaintext_header_size`, which would move it). A file
copied, moved or renamed keeps it; so does a backup or a restore, which write the
register's own salt on purpose (backup.py, restore.py). The keychain entry of a
register is kept under this identity (secrets.py), so moving the register, or opening
a copy of it, finds its key with no prompt. A rekey writes a new file with a new salt
that it chooses first (rekey.py), so the keys can follow it before the file changes.
"""

from __future__ import annotations

import secrets
from pathlib import Path

#: The length of SQLCipher 4's salt, at the very start of the file.
SALT_SIZE = 16
#: How a keychain account names a register by its identity.
ACCOUNT_PREFIX = "register:"
_SQLITE_HEADER = b"SQLite format 3\x00"


def of(path: Path | str) -> str | None:
    """The identity (the salt in hex) of the register file at *path*, or None when there
    is no such file yet, it is too short, or it is a plain (unencrypted) SQLite file."""
    try:
        with open(path, "rb") as f:
            head = f.read(SALT_SIZE)
    except OSError:
        return None
    if len(head) < SALT_SIZE or head == _SQLITE_HEADER or not head.strip(b"\x00"):
        return None
    return head.hex()


def new() -> str:
    """A new random identity, for the file a rekey is about to write."""
    return secrets.token_hex(SALT_SIZE)


def account(identity: str) -> str:
    """The keychain account of the register with *identity*."""
    return f"{ACCOUNT_PREFIX}{identity}"


def salt_pragma(identity: str, schema: str | None = None) -> str:
    """The statement that makes SQLCipher write *identity* as the salt of a new file
    (before its first page is written); *schema* names an attached database."""
    if len(identity) != 2 * SALT_SIZE or any(c not in "0123456789abcdef" for c in identity):
        raise ValueError("an identity is 32 lowercase hex digits")
    prefix = f"{schema}." if schema else ""
    return f"PRAGMA {prefix}cipher_salt = \"x'{identity}'\""
