"""Backups stay encrypted, round-trip every table, and restore refuses what is not a backup."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.store import NotARegisterError, Register, StoreError, WrongSecretError
from app.store._sqlcipher import quote_key, sqlcipher3
from app.store.backup import auto_backup, backup_register, list_backups
from app.store.restore import restore_register
from tests.builders import ALMATY, PASSPHRASE, add_request, new_register, said


def _dump(reg: Register) -> dict[str, list]:
    tables = [r[0] for r in reg.db.execute(
        "select name from sqlite_master where type='table' and name not like 'requests_fts%'"
        " order by name")]
    return {t: reg.db.execute(f"select * from [{t}] order by rowid").fetchall() for t in tables}


def _filled(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg, types=["access", "deletion"])
    reg.record_identity(rid, "email_match", "passed")
    reg.record_action(rid, "deleted", "done")
    reg.set_setting("operator", {"name": "ИП Тест", "id": "860315300146"})
    reg.add_calendar_override(datetime(2027, 1, 8).date(), "holiday", "decree")
    add_request(reg, name="Second")
    return reg


def test_a_backup_round_trip_is_identical_in_every_table(tmp_path):
    reg = _filled(tmp_path)
    before = _dump(reg)
    out = tmp_path / "b.otinish-backup"
    backup_register(reg, out)
    add_request(reg, name="After the backup")
    reg.close()
    result = restore_register(tmp_path / "register.otinish", out, PASSPHRASE)
    assert result["requests"] == 2 and result["safety_copy"]
    with Register.open(tmp_path / "register.otinish", PASSPHRASE) as again:
        assert _dump(again) == before
        assert again.check()["audit"] == "ok"
        assert [r["requester"]["name"] for r in again.list_requests(search="ахметова")]
    # The safety copy holds the register as it was just before the restore.
    with Register.open(result["safety_copy"], PASSPHRASE) as safety:
        assert "After the backup" in [r["requester"]["name"] for r in safety.list_requests()]


def test_a_backup_is_encrypted_with_the_register_key(tmp_path):
    reg = _filled(tmp_path)
    out = tmp_path / "b.otinish-backup"
    backup_register(reg, out)
    reg.close()
    assert b"\xd0\x90\xd1\x85\xd0\xbc" not in out.read_bytes()  # "Ахм" in UTF-8
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(out).execute("select * from sqlite_master").fetchall()
    with pytest.raises(StoreError) as raised:
        reg2 = Register.open(tmp_path / "register.otinish", PASSPHRASE)
        try:
            backup_register(reg2, out)
        finally:
            reg2.close()
    assert re.search("already exists", said(raised.value))


def test_restore_refuses_a_file_that_is_not_a_backup_or_has_another_key(tmp_path):
    new_register(tmp_path).close()
    target = tmp_path / "register.otinish"
    junk = tmp_path / "junk.otinish-backup"
    junk.write_bytes(b"not a database at all" * 200)
    with pytest.raises(WrongSecretError) as raised:
        restore_register(target, junk, PASSPHRASE)
    assert re.search("nothing was changed", said(raised.value))
    other = Register.create(tmp_path / "other.otinish", "another key")
    backup_register(other, tmp_path / "other.otinish-backup")
    other.close()
    with pytest.raises(WrongSecretError):
        restore_register(target, tmp_path / "other.otinish-backup", PASSPHRASE)
    plain = tmp_path / "plain.otinish-backup"
    conn = sqlite3.connect(plain)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises((WrongSecretError, NotARegisterError)):
        restore_register(target, plain, PASSPHRASE)
    with Register.open(target, PASSPHRASE) as reg:
        assert reg.check()["integrity"] == "ok"


def test_automatic_backups_are_daily_and_rotated(tmp_path):
    moments = [datetime(2026, 11, 1, 9, tzinfo=ALMATY)]
    reg = new_register(tmp_path, clock=lambda: moments[0])
    add_request(reg)
    folder = tmp_path / "backups"
    made = []
    for day in range(6):
        moments[0] = datetime(2026, 11, 1 + day, 9, tzinfo=ALMATY)
        first = auto_backup(reg, folder, keep=3)
        assert first is not None
        # Same day again: no second backup (the file's mtime is "now" in real time, so
        # pretend it is old by setting its mtime to the register clock).
        import os

        os.utime(first, (moments[0].timestamp(), moments[0].timestamp()))
        assert auto_backup(reg, folder, keep=3, every=timedelta(hours=12)) is None
        made.append(first)
    kept = list_backups(folder, reg.path)
    assert kept == sorted(made, reverse=True)[:3]
    reg.close()


def test_registers_sharing_a_backup_folder_rotate_only_their_own(tmp_path):
    moments = [datetime(2026, 11, 1, 9, tzinfo=ALMATY)]
    first = new_register(tmp_path, "first.otinish", clock=lambda: moments[0])
    other = new_register(tmp_path, "first-other.otinish", clock=lambda: moments[0])
    folder = tmp_path / "backups"
    theirs = auto_backup(other, folder, keep=1)
    for day in range(3):
        moments[0] = datetime(2026, 11, 2 + day, 9, tzinfo=ALMATY)
        made = auto_backup(first, folder, keep=1)
        assert made is not None
        os.utime(made, (moments[0].timestamp(), moments[0].timestamp()))
    assert theirs.exists()  # never rotated away by another register's backups
    assert list_backups(folder, first.path) == [made]
    assert list_backups(folder, other.path) == [theirs]
    first.close()
    other.close()


def test_a_migration_takes_a_backup_first(tmp_path, monkeypatch):
    from app.store import schema

    reg = new_register(tmp_path)
    add_request(reg)
    reg.close()

    @schema.migrations(name="m999_test_only")
    def m999(db):
        db["scratch"].create({"id": int}, pk="id")

    try:
        with Register.open(tmp_path / "register.otinish", PASSPHRASE) as again:
            assert again.db["scratch"].exists()
        backups = list(tmp_path.glob("register.otinish.before-m999_test_only-*.backup"))
        assert len(backups) == 1
        # Read the backup raw (opening it as a register would migrate it too).
        conn = sqlcipher3.connect(str(backups[0]))
        conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
        tables = {r[0] for r in conn.execute("select name from sqlite_master")}
        assert "scratch" not in tables and "requests" in tables
        assert conn.execute("select count(*) from requests").fetchone() == (1,)
        conn.close()
    finally:
        schema.migrations._migrations = [m for m in schema.migrations._migrations
                                         if m.name != "m999_test_only"]

