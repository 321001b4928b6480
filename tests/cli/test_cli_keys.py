"""The CLI's `rekey`, `check`, `recovery` and `recover`: what they print, in one sentence
when refused (issue 17)."""

from __future__ import annotations

import pytest

from app.store._sqlcipher import quote_key, sqlcipher3
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli

NEW = "x'" + "7a" * 32 + "'"


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    for name in ("Первый", "Второй"):
        assert run_cli(capsys, "--db", path, "add", "--channel", "email", "--type", "access",
                       "--name", name).code == 0
    return path


def test_rekey_says_what_happened_to_older_backups(db, capsys, monkeypatch):
    monkeypatch.setenv("OTINISH_NEW_PASSPHRASE", NEW)
    out = run_cli(capsys, "--db", db, "--json", "rekey")
    assert out.code == 0, out.err
    assert out.json["key"] == "passphrase" and out.json["old_key_kept"] is False
    assert "OTINISH_BACKUP_PASSPHRASE" in out.json["old_backups"]
    monkeypatch.setenv("OTINISH_PASSPHRASE", NEW)
    assert run_cli(capsys, "--db", db, "check").code == 0


def test_check_fails_on_a_search_index_missing_a_request(db, capsys):
    conn = sqlcipher3.connect(db)
    conn.isolation_level = None
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    conn.execute("delete from requests_fts_docsize where id = 1")
    conn.close()
    out = run_cli(capsys, "--db", db, "--json", "check")
    assert out.code == 1
    assert "search index: holds 1 of 2 requests" in out.json["problems"]


def test_recovery_needs_a_keychain_and_recover_a_recovery_file(db, capsys, monkeypatch):
    refused = run_cli(capsys, "--db", db, "recovery")
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "system keychain" in refused.err
    monkeypatch.setenv("OTINISH_RECOVERY_PASSPHRASE", "whatever")
    missing = run_cli(capsys, "--db", db, "recover")
    assert missing.code == 2 and "There is no recovery file" in missing.err
