"""Story (issue 19): a register's identity is the salt at the start of its file.

The keychain finds a register's key by it (test_keychain_identity.py runs that with a
real keychain); these check the identity itself: it is what SQLCipher uses as the
salt (no plaintext header moved it), a backup and a restore keep it, and a rekey gives
the file the identity chosen for it before the file changes.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.store import Register, identity
from app.store.backup import backup_register
from app.store.restore import restore_register
from tests.builders import PASSPHRASE, add_request, new_register


def test_the_identity_is_the_salt_sqlcipher_keeps_at_the_start_of_the_file(tmp_path):
    reg = new_register(tmp_path)
    try:
        salt = reg.conn.execute("PRAGMA cipher_salt").fetchone()[0]
    finally:
        reg.close()
    assert identity.of(tmp_path / "register.otinish") == salt.lower()
    assert len(salt) == 32


def test_a_missing_file_a_plain_sqlite_file_and_a_short_one_have_no_identity(tmp_path):
    assert identity.of(tmp_path / "none.otinish") is None
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t (x)").connection.close()
    assert identity.of(plain) is None
    (tmp_path / "short").write_bytes(b"abc")
    assert identity.of(tmp_path / "short") is None


def test_a_backup_and_a_restore_keep_the_registers_identity(tmp_path):
    reg = new_register(tmp_path)
    path = tmp_path / "register.otinish"
    add_request(reg)
    out = tmp_path / "b.otinish-backup"
    backup_register(reg, out)
    reg.close()
    assert identity.of(out) == identity.of(path)
    before = identity.of(path)
    restore_register(path, out, PASSPHRASE)
    assert identity.of(path) == before
    Register.open(path, PASSPHRASE).close()


def test_a_rekey_gives_the_file_the_identity_chosen_first(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg)
    chosen = identity.new()
    reg.rekey("x'" + "7a" * 32 + "'", chosen)
    reg.close()
    path = tmp_path / "register.otinish"
    assert identity.of(path) == chosen
    with Register.open(path, "x'" + "7a" * 32 + "'") as again:
        assert again.db["requests"].count == 1


def test_an_identity_that_is_not_32_hex_digits_is_refused():
    with pytest.raises(ValueError):
        identity.salt_pragma("x'; drop table requests; --")
