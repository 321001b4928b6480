"""One lock per file (symlinks, hard links, a lock file in the way), with real processes."""

from __future__ import annotations

import os

import pytest

from app.store import Register, RegisterLockedError, StoreError
from app.store.backup import backup_register
from app.store.restore import restore_register
from tests.builders import PASSPHRASE, add_request, new_register, said

from .holders import holding


@pytest.fixture(autouse=True)
def short_wait(monkeypatch):
    monkeypatch.setenv("OTINISH_LOCK_WAIT", "0.3")


@pytest.fixture
def register(tmp_path):
    reg = new_register(tmp_path)
    for i in range(3):
        add_request(reg, name=f"Заявитель {i}")
    reg.close()
    return tmp_path / "register.otinish"


def test_a_symlink_to_a_register_shares_its_lock(register, tmp_path):
    link = tmp_path / "link.otinish"
    link.symlink_to(register)
    with holding(register), pytest.raises(RegisterLockedError):
        Register.open(link, PASSPHRASE)
    with holding(link), pytest.raises(RegisterLockedError):
        Register.open(register, PASSPHRASE)


def test_a_restore_through_a_symlink_while_a_writer_holds_the_register_loses_nothing(
        register, tmp_path):
    with Register.open(register, PASSPHRASE) as reg:
        backup_register(reg, tmp_path / "old.otinish-backup")
    link = tmp_path / "link.otinish"
    link.symlink_to(register)
    with holding(register, adds=6) as writer:
        with pytest.raises(RegisterLockedError):
            restore_register(link, tmp_path / "old.otinish-backup", PASSPHRASE)
    with Register.open(register, PASSPHRASE) as reg:
        stored = {r["id"] for r in reg.list_requests()}
        assert set(writer.acknowledged) <= stored and len(stored) == 9
        assert reg.check()["integrity"] == "ok"
    # With nobody holding it, a restore through the symlink replaces the file it names.
    out = restore_register(link, tmp_path / "old.otinish-backup", PASSPHRASE)
    assert out["requests"] == 3
    assert link.is_symlink() and link.resolve() == register.resolve()
    with Register.open(register, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 3


def test_a_restore_is_refused_while_this_program_has_the_register_open(register, tmp_path):
    with Register.open(register, PASSPHRASE) as reg:
        backup_register(reg, tmp_path / "b.otinish-backup")
        with pytest.raises(RegisterLockedError):
            restore_register(register, tmp_path / "b.otinish-backup", PASSPHRASE)
        add_request(reg)
    with Register.open(register, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 4


def test_a_register_with_a_hard_link_is_refused_with_one_sentence(register, tmp_path):
    other = tmp_path / "other.otinish"
    os.link(register, other)
    for name in (register, other):
        with pytest.raises(StoreError) as info:
            Register.open(name, PASSPHRASE)
        assert info.value.code == "register_hard_linked"
        assert "\n" not in said(info.value) and "hard link" in said(info.value)
    with pytest.raises(StoreError):
        restore_register(other, tmp_path / "missing.otinish-backup", PASSPHRASE)
    other.unlink()
    Register.open(register, PASSPHRASE).close()


def test_a_lock_file_that_is_not_ours_is_left_alone(register, tmp_path):
    lock_file = tmp_path / "register.otinish.lock"
    lock_file.write_text("my notes, not a lock\n")
    with pytest.raises(StoreError) as info:
        Register.open(register, PASSPHRASE)
    assert info.value.code == "lock_file_not_ours" and "\n" not in said(info.value)
    assert lock_file.read_text() == "my notes, not a lock\n"


def test_a_symlink_in_place_of_the_lock_file_is_not_followed(register, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    lock_file = tmp_path / "register.otinish.lock"
    lock_file.unlink()
    lock_file.symlink_to(precious)
    with pytest.raises(StoreError) as info:
        Register.open(register, PASSPHRASE)
    assert info.value.code == "lock_file_not_ours"
    assert precious.read_text() == "keep me"
    lock_file.unlink()
    dangling = tmp_path / "register.otinish.lock"
    dangling.symlink_to(tmp_path / "would-be-created")
    with pytest.raises(StoreError):
        Register.open(register, PASSPHRASE)
    assert not (tmp_path / "would-be-created").exists()


def test_a_writer_waits_for_the_lock_then_gets_it(register, monkeypatch):
    monkeypatch.setenv("OTINISH_LOCK_WAIT", "20")
    import threading

    holder_ctx = holding(register)
    holder = holder_ctx.__enter__()
    timer = threading.Timer(0.5, lambda: holder_ctx.__exit__(None, None, None))
    timer.start()
    try:
        with Register.open(register, PASSPHRASE) as reg:  # waits for the holder to close
            add_request(reg)
            assert len(reg.list_requests()) == 4
    finally:
        timer.join()
    assert holder.proc.returncode == 0


def test_a_reader_beside_a_writer_writes_nothing(register, tmp_path):
    lock_file = tmp_path / "register.otinish.lock"
    with holding(register, adds=2) as writer:
        state = lock_file.read_bytes()
        with Register.open(register, PASSPHRASE, read_only=True) as reader:
            assert {r["id"] for r in reader.list_requests()} >= set(writer.acknowledged)
            with pytest.raises(StoreError) as info:
                add_request(reader)
            assert info.value.code == "register_read_only"
        assert lock_file.read_bytes() == state
    with Register.open(register, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 5


def test_the_lock_of_a_killed_writer_is_free_at_once(register):
    from .holders import Holder

    Holder(register, adds=1).kill()
    with Register.open(register, PASSPHRASE, wait=0) as reg:
        assert len(reg.list_requests()) == 4
