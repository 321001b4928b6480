"""Story (issue 17): changing the register's key never leaves a file no known key opens.

A full disk, a kill -9 at any step, or a backup made before the change: the register
(and every backup) still opens with a key the user has, and the CLI says what happened.
Real parts only: a small tmpfs for the full disk, real processes killed with SIGKILL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import keeping
from app.store import Register, StoreError, WrongSecretError
from app.store.rekey import copy_path
from tests.builders import PASSPHRASE, add_request, new_register, said
from tests.cli.helpers import ROOT, run_cli_process
from tests.portable import KILL

NEW = "x'" + "6f" * 32 + "'"


def _filled(tmp_path: Path, n: int = 3, name: str = "register.otinish") -> Path:
    reg = new_register(tmp_path, name)
    for i in range(n):
        add_request(reg, name=f"Заявитель {i}")
    reg.close()
    return tmp_path / name


def _names(path: Path, secret: str) -> list[str]:
    with Register.open(path, secret) as reg:
        assert reg.check()["audit"] == "ok"
        return [r["requester_name"] for r in reg.db["requests"].rows]


# ------------------------------------------------------------------ a full disk
@pytest.fixture
def small_disk(tmp_path):
    """A real 1 MB tmpfs (we run as root here); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill_disk(folder: Path, leave: int) -> None:
    """Take the free space of *folder*'s file system down to about *leave* bytes."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(folder / "filler", "wb") as f:
        f.write(b"\0" * max(free - leave, 0))


def test_rekey_on_a_nearly_full_disk_changes_nothing_and_says_so(small_disk):
    db = _filled(small_disk, 5)
    size = db.stat().st_size
    _fill_disk(small_disk, leave=min(size // 2, 200_000))
    before = db.read_bytes()

    result = run_cli_process("--db", str(db), "rekey", env={"OTINISH_NEW_PASSPHRASE": NEW})

    assert result.code == 2, result.out + result.err
    assert result.out == ""
    assert result.err.strip() == "otinish: " + said(StoreError("rekey_disk_full",
                                                                path=str(db)))
    assert "Traceback" not in result.err
    assert db.read_bytes() == before
    assert not copy_path(db).exists()
    assert len(_names(db, PASSPHRASE)) == 5
    with pytest.raises(WrongSecretError):
        Register.open(db, NEW)


# ------------------------------------------------------------------ kill -9 at each step
def _rekey_killed_at(db: Path, step: str, tmp_path: Path) -> None:
    marker = tmp_path / f"paused-{step}"
    env = {k: v for k, v in os.environ.items() if k != "OTINISH_PASSPHRASE"}
    env.update({"OTINISH_PASSPHRASE": PASSPHRASE, "OTINISH_NEW_PASSPHRASE": NEW,
                "OTINISH_TEST_PAUSE_AT": f"{step}:{marker}"})
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db), "rekey"],
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the rekey never reached " + step
            time.sleep(0.05)
        os.kill(proc.pid, KILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.mark.parametrize("step, opens_with", [
    ("exported", PASSPHRASE), ("verified", PASSPHRASE), ("replaced", NEW)])
def test_a_rekey_killed_at_any_step_leaves_a_key_that_opens_everything(
        tmp_path, step, opens_with):
    db = _filled(tmp_path)
    _rekey_killed_at(db, step, tmp_path)
    other = NEW if opens_with == PASSPHRASE else PASSPHRASE
    with pytest.raises(WrongSecretError):
        Register.open(db, other)
    assert len(_names(db, opens_with)) == 3
    # The next opening removes the copy a killed rekey left beside the register.
    from app.services.registers import open_register

    os.environ["OTINISH_PASSPHRASE"] = opens_with
    try:
        open_register(db).register.close()
    finally:
        del os.environ["OTINISH_PASSPHRASE"]
    assert not copy_path(db).exists()


# ------------------------------------------------------------------ older backups
def test_a_backup_made_before_a_passphrase_rekey_is_restored_with_the_old_passphrase(
        tmp_path):
    db = _filled(tmp_path)
    backup = tmp_path / "before.otinish-backup"
    with Register.open(db, PASSPHRASE) as reg:
        keeping.backup(reg, backup)
    result = run_cli_process("--db", str(db), "rekey", env={"OTINISH_NEW_PASSPHRASE": NEW})
    assert result.code == 0, result.err
    assert "Backups made before stay encrypted with the old passphrase" in result.out
    with Register.open(db, NEW) as reg:
        add_request(reg, name="After the rekey")

    refused = run_cli_process("--db", str(db), "restore", str(backup), passphrase=NEW)
    assert refused.code == 2 and "Traceback" not in refused.err
    restored = run_cli_process("--db", str(db), "restore", str(backup), passphrase=NEW,
                               env={"OTINISH_BACKUP_PASSPHRASE": PASSPHRASE})
    assert restored.code == 0, restored.err
    assert "encrypted with an earlier key" in restored.out
    # The restored register opens with the current key, and its history is witnessed.
    assert len(_names(db, NEW)) == 3
    listed = run_cli_process("--db", str(db), "list", passphrase=NEW)
    assert listed.code == 0 and "warning" not in listed.err, listed.err


def test_rekey_keeps_the_register_whole_and_writable(tmp_path):
    reg = new_register(tmp_path)
    add_request(reg, name="Before")
    reg.rekey(NEW)
    add_request(reg, name="After")
    assert reg.check() == {"integrity": "ok", "audit": "ok", "problems": []}
    reg.close()
    assert _names(tmp_path / "register.otinish", NEW) == ["Before", "After"]
    with pytest.raises(WrongSecretError):
        Register.open(tmp_path / "register.otinish", PASSPHRASE)


def test_rekey_keeps_the_register_file_owner_only(tmp_path):
    path = _filled(tmp_path, 1)
    path.chmod(0o600)
    with Register.open(path, PASSPHRASE) as reg:
        reg.rekey(NEW)
    assert path.stat().st_mode & 0o777 == 0o600
