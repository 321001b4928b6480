"""The register file is encrypted: wrong secrets fail cleanly, no personal data in the bytes."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.store import NotARegisterError, Register, RegisterExistsError, WrongSecretError
from app.store._sqlcipher import quote_key, sqlcipher3
from tests.builders import PASSPHRASE, add_request, new_register, said

SECRETS = ["Жумабаева Сауле", "saule.private@example.kz", "77017778899", "ПАСПОРТ-СЕКРЕТ"]


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_passphrase_is_refused_and_leaves_the_file_untouched(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg)
    reg.close()
    path = tmp_path / "register.otinish"
    before = _digest(path)
    with pytest.raises(WrongSecretError) as info:
        Register.open(path, "not the passphrase")
    assert "does not open the register" in said(info.value)
    assert "\n" not in said(info.value)
    assert _digest(path) == before
    with Register.open(path, PASSPHRASE) as again:
        assert len(again.list_requests()) == 1


def test_the_stdlib_sqlite3_cannot_read_the_register(tmp_path):
    new_register(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "register.otinish")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("select * from sqlite_master").fetchall()


def test_a_standard_sqlcipher_connection_opens_it_with_the_passphrase(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg, name="Ерлан Жумабаев")
    reg.close()
    conn = sqlcipher3.connect(str(tmp_path / "register.otinish"))
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    assert conn.execute("select requester_name from requests").fetchone() == ("Ерлан Жумабаев",)


@pytest.mark.parametrize("closed", [False, True], ids=["while-open", "after-close"])
def test_no_personal_data_in_plain_text_in_the_file_wal_or_journal(tmp_path, closed):
    reg = new_register(tmp_path)
    add_request(reg, name=SECRETS[0], email=SECRETS[1], phone="+" + SECRETS[2],
                text=f"Удалите мои данные. {SECRETS[3]}")
    if closed:
        reg.close()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("register.otinish")]
    assert files, "the register file should exist"
    if not closed:
        assert any(p.name.endswith("-wal") for p in files), "WAL mode should be on"
    for p in files:
        data = p.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in data, f"{secret!r} found in {p.name}"
    if not closed:
        reg.close()


def test_init_refuses_to_overwrite_an_existing_file(tmp_path):
    new_register(tmp_path).close()
    with pytest.raises(RegisterExistsError):
        new_register(tmp_path)


def test_a_file_that_is_not_a_register_is_refused(tmp_path):
    path = tmp_path / "notes.otinish"
    path.write_bytes(b"just some notes, not a database" * 100)
    with pytest.raises((NotARegisterError, WrongSecretError)):
        Register.open(path, PASSPHRASE)
    assert path.read_bytes() == b"just some notes, not a database" * 100
