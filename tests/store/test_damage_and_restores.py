"""Damage that stays known, restores that write what they verified, a wrong passphrase
that changes nothing, the right cause named for files that are not registers."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import NotARegisterError, Register, StoreError, WrongSecretError
from app.store.backup import auto_backup, backup_register, list_backups
from app.store.restore import restore_register
from tests.builders import PASSPHRASE, add_request, new_register, said

from .holders import Holder


def _register(folder: Path, n: int, name: str = "register.otinish") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    reg = new_register(folder, name)
    for i in range(n):
        add_request(reg, name=f"Заявитель {i}")
    reg.close()
    return folder / name


def _crashed_with_wal(path: Path, adds: int) -> None:
    """A writer adds *adds* requests and is killed -9: they are only in the -wal."""
    holder = Holder(path, adds)
    holder.kill()
    if adds:
        assert Path(str(path) + "-wal").stat().st_size > 0


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


# ------------------------------------------------------------------ restores
def test_a_restore_from_a_file_with_a_pending_wal_writes_what_it_counted(tmp_path):
    source = _register(tmp_path / "src", 12)
    _crashed_with_wal(source, 5)
    target = _register(tmp_path / "dst", 1)
    out = restore_register(target, source, PASSPHRASE)
    assert out["requests"] == 17
    with Register.open(target, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 17
        assert reg.check()["integrity"] == "ok"


@pytest.mark.parametrize("folder", ["a#b", "what?", "per%20cent", "all #?%41"])
def test_a_restore_from_a_folder_with_uri_characters_works(tmp_path, folder):
    target = _register(tmp_path / folder, 4)
    with Register.open(target, PASSPHRASE) as reg:
        backup_register(reg, tmp_path / folder / "copy.otinish-backup")
        add_request(reg)
    out = restore_register(target, tmp_path / folder / "copy.otinish-backup", PASSPHRASE)
    assert out["requests"] == 4
    with Register.open(target, PASSPHRASE, read_only=True) as reg:
        assert len(reg.list_requests()) == 4


# ------------------------------------------------------------------ damage
def test_damage_found_after_a_crash_keeps_the_register_read_only_until_restored(tmp_path):
    path = _register(tmp_path, 30)
    with Register.open(path, PASSPHRASE) as reg:
        backup_register(reg, tmp_path / "good.otinish-backup")
    _crashed_with_wal(path, 0)
    _flip(path, 4096 * 5 + 2000)
    for _ in range(2):  # run after run, not only the first one after the crash
        with Register.open(path, PASSPHRASE) as reg:
            assert reg.damaged
            with pytest.raises(StoreError) as info:
                add_request(reg)
            assert info.value.code == "register_damaged_read_only"
            with pytest.raises(StoreError) as refused:
                backup_register(reg, tmp_path / "bad.otinish-backup")
            assert refused.value.code == "backup_of_damaged_register"
    assert not (tmp_path / "bad.otinish-backup").exists()
    out = restore_register(path, tmp_path / "good.otinish-backup", PASSPHRASE)
    assert out["requests"] == 30
    with Register.open(path, PASSPHRASE) as reg:
        assert not reg.damaged
        add_request(reg)


def test_a_backup_of_an_unnoticed_damaged_register_is_refused(tmp_path):
    path = _register(tmp_path, 30)
    _flip(path, 4096 * 5 + 2000)  # the lock state says: closed cleanly, checked today
    with Register.open(path, PASSPHRASE) as reg:
        assert not reg.damaged
        with pytest.raises(StoreError) as info:
            backup_register(reg, tmp_path / "b.otinish-backup")
        assert info.value.code == "backup_of_damaged_register"
        assert reg.damaged
    assert not (tmp_path / "b.otinish-backup").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".otinish")]
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.damaged  # remembered


def test_a_check_that_passes_clears_a_damaged_mark(tmp_path):
    from app.store import lock

    path = _register(tmp_path, 2)
    assert lock.mark_damaged(path, "a read failed")
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.damaged == "a read failed"
        assert reg.check()["integrity"] == "ok"
        add_request(reg)
    with Register.open(path, PASSPHRASE) as reg:
        assert not reg.damaged


# ------------------------------------------------------------------ wrong passphrase
def test_a_wrong_passphrase_changes_nothing_on_disk(tmp_path):
    path = _register(tmp_path, 5)
    _crashed_with_wal(path, 3)
    files = [path, Path(str(path) + "-wal"), Path(str(path) + ".lock")]
    before = _digest(*files)
    for wrong in ("wrong passphrase", "x'" + "00" * 32 + "'"):
        with pytest.raises(WrongSecretError):
            Register.open(path, wrong)
        assert _digest(*files) == before
    with pytest.raises(WrongSecretError):
        Register.open(path, "wrong passphrase", read_only=True)
    assert _digest(*files) == before
    with Register.open(path, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 8


def test_a_wrong_passphrase_leaves_a_clean_lock_state_clean(tmp_path):
    path = _register(tmp_path, 1)
    lock_file = Path(str(path) + ".lock")
    before = lock_file.read_bytes()
    with pytest.raises(WrongSecretError):
        Register.open(path, "wrong passphrase")
    assert lock_file.read_bytes() == before


# ------------------------------------------------------------------ the right cause
@pytest.fixture
def plain_sqlite(tmp_path):
    path = tmp_path / "plain.otinish"
    conn = sqlite3.connect(path)
    conn.execute("create table requests (id integer)")
    conn.commit()
    conn.close()
    return path


def test_a_plain_sqlite_file_is_not_called_a_wrong_passphrase(plain_sqlite):
    with pytest.raises(NotARegisterError) as info:
        Register.open(plain_sqlite, PASSPHRASE)
    assert info.value.code == "not_a_register_or_damaged"
    assert "passphrase" not in said(info.value)


def test_a_cut_file_is_not_called_a_wrong_passphrase(tmp_path):
    path = _register(tmp_path, 10)
    for size in (1000, 4096 * 2 + 100, 0):
        path.write_bytes(path.read_bytes()[:size] if size else b"")
        with pytest.raises(NotARegisterError) as info:
            Register.open(path, PASSPHRASE)
        assert info.value.code == "not_a_register_or_damaged", size


def test_a_device_is_not_called_a_wrong_passphrase(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    for read_only in (False, True):
        with pytest.raises(NotARegisterError) as info:
            Register.open("/dev/full", PASSPHRASE, read_only=read_only)
        assert info.value.code == "not_a_register_or_damaged"


# ------------------------------------------------------------------ temporary files
def test_partial_files_of_an_interrupted_operation_are_removed_at_the_next_open(tmp_path):
    path = _register(tmp_path, 1)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = tmp_path / f".otinish-partial-{dead}-abc123"
    left.write_bytes(b"\0" * 65536)
    (tmp_path / f".otinish-partial-{dead}-abc123-journal").write_bytes(b"x")
    live = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                            stdin=subprocess.PIPE)
    busy = tmp_path / f".otinish-partial-{live.pid}-def456"
    busy.write_bytes(b"in progress")
    try:
        Register.open(path, PASSPHRASE).close()
        assert not left.exists()
        assert not (tmp_path / f".otinish-partial-{dead}-abc123-journal").exists()
        assert busy.exists()  # its program is still at work
    finally:
        live.communicate(b"")


def test_a_backup_and_a_restore_leave_no_partial_files(tmp_path):
    path = _register(tmp_path, 3)
    with Register.open(path, PASSPHRASE) as reg:
        backup_register(reg, tmp_path / "b.otinish-backup")
    restore_register(path, tmp_path / "b.otinish-backup", PASSPHRASE)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".otinish")]


# ------------------------------------------------------------------ daily backups
def test_daily_backups_of_same_named_registers_in_different_folders_do_not_collide(tmp_path):
    backups = tmp_path / "backups"
    made = []
    for folder in ("office", "home"):
        with Register.open(_register(tmp_path / folder, 2), PASSPHRASE) as reg:
            made.append(auto_backup(reg, backups))
    assert all(made) and made[0] != made[1]
    assert list_backups(backups, tmp_path / "office" / "register.otinish") == [made[0]]
    assert list_backups(backups, tmp_path / "home" / "register.otinish") == [made[1]]
