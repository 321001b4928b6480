"""The known traps of sqlite-utils on a SQLCipher connection stay fixed (PITFALLS.md)."""

from __future__ import annotations

import stat

import pytest

from app.store import Register, StoreError
from app.store._sqlcipher import OperationalError, sqlite_utils
from tests.builders import PASSPHRASE, add_request, new_register, said
from tests.portable import IS_ROOT


def test_sqlite_utils_uses_the_sqlcipher_driver():
    from sqlite_utils import utils

    assert utils.OperationalError is OperationalError


def test_drop_ignore_works_on_a_missing_table(tmp_path):
    reg = new_register(tmp_path)
    reg.db["missing"].drop(ignore=True)  # raised OperationalError before the fix
    reg.close()


def test_insert_returning_works(tmp_path):
    reg = new_register(tmp_path)
    reg.db["scratch"].create({"id": int, "name": str}, pk="id")
    rows = list(reg.db.query("insert into scratch (name) values (?) returning id", ["x"]))
    assert rows == [{"id": 1}]
    reg.close()


def test_a_driver_error_inside_a_write_rolls_everything_back(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg)
    events_before = reg.db["events"].count
    with pytest.raises(OperationalError):
        with reg._write():
            reg.db.execute("update requests set status = 'in_progress'")
            reg.db.execute("insert into no_such_table values (1)")
    assert reg.list_requests()[0]["status"] == "received"
    assert reg.db["events"].count == events_before
    reg.close()


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_a_read_only_register_gives_one_sentence_and_saves_nothing(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg)
    reg.close()
    path = tmp_path / "register.otinish"
    for p in tmp_path.iterdir():
        p.chmod(stat.S_IREAD)
    tmp_path.chmod(stat.S_IREAD | stat.S_IEXEC)
    try:
        with pytest.raises(StoreError) as info:
            reg = Register.open(path, PASSPHRASE)
            add_request(reg)
        assert "\n" not in said(info.value)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
        for p in tmp_path.iterdir():
            p.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_connection_gives_one_sentence_and_saves_nothing(tmp_path):
    """Works as root too: the connection itself is made read-only."""
    reg = new_register(tmp_path)
    add_request(reg)
    reg.db.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError) as info:
        add_request(reg, name="Второй")
    assert "read-only" in said(info.value)
    reg.db.execute("PRAGMA query_only = OFF")
    assert [r["requester"]["name"] for r in reg.list_requests()] == ["Ахметова Айгерим"]
    reg.close()


def test_migrations_are_recorded_and_not_reapplied(tmp_path):
    reg = new_register(tmp_path)
    applied = [m.name for m in sqlite_utils.Migrations("otinish").applied(reg.db)]
    assert applied[:3] == ["m001_initial", "m002_sort_indexes", "m003_due_sort_indexes"]
    reg.close()
    with Register.open(tmp_path / "register.otinish", PASSPHRASE) as again:
        rows = list(again.db["_sqlite_migrations"].rows)
        assert len(rows) == len(applied)
