"""Retention purge, the one-program lock, integrity on open, and changing the key."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from app.store import Register, StoreError, WrongSecretError, audit
from app.store.lock import RegisterLockedError
from tests.builders import ALMATY, PASSPHRASE, add_request, fixed_clock, new_register, said

ROOT = Path(__file__).resolve().parents[2]


def _closed_request(reg, name, closed_on):
    moments = [datetime(*closed_on, 10, tzinfo=ALMATY)]
    reg._clock = lambda: moments[0]
    rid = add_request(reg, name=name, email=f"{name.split()[0].lower()}@example.kz",
                      text=f"Текст от {name}", received=moments[0])
    reg.record_identity(rid, "email_match", "passed", "matched the address on file")
    reg.record_action(rid, "searched", f"Searched CRM for {name}")
    reg.close_request(rid, "fulfilled")
    return rid


def test_purge_erases_personal_data_of_old_closed_requests_only(tmp_path):
    reg = new_register(tmp_path)
    old = _closed_request(reg, "Старый Заявитель", (2022, 5, 10))
    recent = _closed_request(reg, "Недавний Заявитель", (2025, 5, 10))
    reg._clock = fixed_clock(2026, 11, 23)
    open_one = add_request(reg, name="Открытый Заявитель",
                           received=datetime(2021, 1, 5, 9, tzinfo=ALMATY))

    dry = reg.purge_closed_before(date(2023, 11, 23), dry_run=True)
    assert dry["purged"] == 1 and dry["dry_run"]
    assert reg.get_request(old)["requester"]["name"] == "Старый Заявитель"

    result = reg.purge_closed_before(date(2023, 11, 23))
    assert result["purged"] == 1
    purged = reg.get_request(old)
    assert purged["requester"] == {"name": "[purged]", "email": None, "phone": None,
                                   "iin": None}
    assert purged["text"] is None
    assert purged["identity_checks"][0]["note"] is None
    assert all(a["note"] == "[purged]" for a in purged["actions"])
    # Kept for statistics.
    assert (purged["number"], purged["status"], purged["outcome"]) == (
        "IN-2022-0001", "closed", "fulfilled")
    assert purged["received"].startswith("2022-05-10")
    assert [i["type"] for i in purged["items"]] == ["access"]
    # Untouched.
    assert reg.get_request(recent)["requester"]["name"] == "Недавний Заявитель"
    assert reg.get_request(open_one)["requester"]["name"] == "Открытый Заявитель"
    # Not findable any more, no old state left in the audit log, chain still verifiable.
    assert reg.list_requests(search="Старый") == []
    leftovers = reg.db.execute(
        "select count(*) from events where data like '%Старый%'").fetchone()[0]
    assert leftovers == 0
    assert reg.check()["audit"] == "ok"
    purge_events = reg.db.execute(
        "select count(*) from events where entity = 'register' and action = ?",
        [audit.encode_action("purge")]
    ).fetchone()[0]
    assert purge_events == 1
    assert reg.purge_closed_before(date(2023, 11, 23))["purged"] == 0
    reg.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert "Старый".encode() not in data


def test_retention_cutoff_follows_the_setting(tmp_path):
    reg = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    assert reg.retention_cutoff() == date(2023, 11, 23)
    reg.set_setting("retention_years", 5)
    assert reg.retention_cutoff() == date(2021, 11, 23)
    reg.close()


def _hold_open_in_another_process(path: Path):
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from app.store import Register
        reg = Register.open({str(path)!r}, {PASSPHRASE!r})
        print("OPEN", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"OPEN", proc.stderr.read()
    return proc


def test_a_second_program_on_the_same_register_is_refused(tmp_path):
    new_register(tmp_path).close()
    path = tmp_path / "register.otinish"
    proc = _hold_open_in_another_process(path)
    try:
        with pytest.raises(RegisterLockedError) as info:
            Register.open(path, PASSPHRASE)
        assert "open in another Otinish window or program" in said(info.value)
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    with Register.open(path, PASSPHRASE) as reg:  # free again once the other one ends
        assert reg.check()["integrity"] == "ok"


def test_the_same_program_may_open_the_register_twice(tmp_path):
    reg = new_register(tmp_path)
    second = Register.open(tmp_path / "register.otinish", PASSPHRASE)
    add_request(second)
    second.close()
    assert len(reg.list_requests()) == 1
    reg.close()


def test_a_damaged_register_is_opened_read_only(tmp_path):
    reg = new_register(tmp_path)
    for i in range(200):
        add_request(reg, name=f"Заявитель {i}", text="x" * 500)
    reg.close()
    path = tmp_path / "register.otinish"
    (tmp_path / "register.otinish.lock").write_text('{"state": "open"}')  # as after a crash
    data = bytearray(path.read_bytes())
    page = 4096
    # Flip bytes in the middle of a data page: SQLCipher's HMAC marks the page bad.
    middle = (len(data) // page // 2) * page + 100
    data[middle:middle + 16] = bytes(16)
    path.write_bytes(bytes(data))
    try:
        damaged = Register.open(path, PASSPHRASE)
    except StoreError as exc:  # damage in the schema page: refused outright, one sentence
        assert "damaged" in str(exc) or "not an Otinish register" in str(exc)
        pytest.fail(f"expected a read-only register, got: {exc}")
    try:
        assert damaged.damaged
        with pytest.raises(StoreError) as raised:
            add_request(damaged)
        assert re.search("integrity check", said(raised.value))
    finally:
        damaged.close()


def test_rekey_changes_the_passphrase_without_losing_anything(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg)
    reg.rekey("a new passphrase")
    add_request(reg, name="After rekey")
    reg.close()
    path = tmp_path / "register.otinish"
    with pytest.raises(WrongSecretError):
        Register.open(path, PASSPHRASE)
    with Register.open(path, "a new passphrase") as again:
        assert len(again.list_requests()) == 2
        assert again.check() == {"integrity": "ok", "audit": "ok", "problems": []}


def test_the_daily_integrity_check_is_due_after_a_day_and_clears(tmp_path):
    reg = new_register(tmp_path)
    reg.close()
    path = tmp_path / "register.otinish"
    lock_file = tmp_path / "register.otinish.lock"
    lock_file.write_text('{"state": "closed", "checked": "2020-01-01T00:00:00+00:00"}')
    with Register.open(path, PASSPHRASE) as again:
        assert again.integrity_check_due
        assert again.daily_check() is None
        assert not again.integrity_check_due
    with Register.open(path, PASSPHRASE) as third:
        assert not third.integrity_check_due
