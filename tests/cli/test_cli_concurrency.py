"""The command line beside another program that has the register open, on a damaged
register, and on read-only media: real processes throughout."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.store import Register
from tests.builders import PASSPHRASE, add_request, new_register
from tests.portable import IS_ROOT
from tests.store.holders import holding

from .helpers import ROOT, run_cli_process


@pytest.fixture
def db(tmp_path):
    reg = new_register(tmp_path)
    for i in range(5):
        add_request(reg, name=f"Заявитель {i}")
    reg.close()
    return tmp_path / "register.otinish"


def _one_sentence(err: str) -> None:
    assert err.startswith("otinish: ") and err.count("\n") == 1 and "Traceback" not in err


def test_reading_commands_work_while_another_program_writes(db, tmp_path):
    with holding(db, adds=3) as writer:
        assert writer.acknowledged
        runs = {
            "list": run_cli_process("--db", str(db), "--json", "list"),
            "show": run_cli_process("--db", str(db), "--json", "show", "1"),
            "check": run_cli_process("--db", str(db), "--json", "check"),
            "export": run_cli_process("--db", str(db), "--json", "export", "--format", "csv",
                                      "--out", str(tmp_path / "r.csv")),
            "evidence": run_cli_process("--db", str(db), "--json", "evidence", "1", "--out",
                                        str(tmp_path / "e.zip")),
            "backup": run_cli_process("--db", str(db), "--json", "backup", "--out",
                                      str(tmp_path / "b.otinish-backup")),
            "rules": run_cli_process("--db", str(db), "--json", "rules", "list"),
        }
        for name, result in runs.items():
            assert result.code == 0, f"{name}: {result.err}"
        assert len(runs["list"].json["requests"]) == 8  # the writer's commits included
        assert runs["check"].json["integrity"] == "ok"
        refused = run_cli_process("--db", str(db), "add", "--channel", "email", "--type",
                                  "access", "--name", "Refused", env={"OTINISH_LOCK_WAIT": "0.5"})
        assert refused.code == 2
        _one_sentence(refused.err)
        assert "open in another" in refused.err
    with Register.open(db, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 8
        assert reg.check()["integrity"] == "ok"


def test_concurrent_writers_wait_for_each_other(db):
    def add(n: int):
        return run_cli_process("--db", str(db), "--json", "add", "--channel", "email",
                               "--type", "access", "--name", f"Concurrent {n}",
                               env={"OTINISH_LOCK_WAIT": "60"})

    def read(n: int):
        return run_cli_process("--db", str(db), "--json", "list")

    with ThreadPoolExecutor(max_workers=12) as pool:
        writes = list(pool.map(add, range(8)))
        reads = list(pool.map(read, range(4)))
    failed = [r.err for r in writes + reads if r.code != 0]
    assert not failed
    with Register.open(db, PASSPHRASE) as reg:
        assert len(reg.list_requests()) == 13


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_register_refuses_writes_from_the_cli_once_a_read_found_it(tmp_path):
    reg = new_register(tmp_path)
    for i in range(50):
        add_request(reg, name=f"N {i}")
    reg.close()
    db = tmp_path / "register.otinish"
    _flip(db, 4096 * 7 + 2000)  # the lock state says: closed cleanly, checked today
    listed = run_cli_process("--db", str(db), "list")
    assert listed.code == 2 and "damaged" in listed.err
    _one_sentence(listed.err)
    for _ in range(2):  # refused run after run
        added = run_cli_process("--db", str(db), "add", "--channel", "email", "--type",
                                "access", "--name", "Must not be written")
        assert added.code == 2 and "integrity check" in added.err, added.err
        _one_sentence(added.err)
    backed = run_cli_process("--db", str(db), "backup", "--out", str(tmp_path / "b.bak"))
    assert backed.code == 2 and "not backed up" in backed.err
    assert not (tmp_path / "b.bak").exists()
    checked = run_cli_process("--db", str(db), "check")
    assert checked.code != 0
    added = run_cli_process("--db", str(db), "add", "--channel", "email", "--type",
                            "access", "--name", "Must not be written")
    assert added.code == 2


def _mount_read_only_media(folder: Path) -> None:
    """A real read-only file system (tmpfs remounted ro); needs root."""
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], check=True,
                   capture_output=True)


@pytest.fixture
def media(tmp_path):
    if not IS_ROOT:
        pytest.skip("mounting a read-only file system needs root")
    folder = tmp_path / "media"
    try:
        _mount_read_only_media(folder)
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False, capture_output=True)


def test_a_register_on_read_only_media_can_be_read(media):
    reg = new_register(media)
    add_request(reg, name="On a CD")
    reg.close()
    subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True, capture_output=True)
    listed = run_cli_process("--db", str(media / "register.otinish"), "--json", "list")
    assert listed.code == 0, listed.err
    assert "On a CD" in listed.out
    added = run_cli_process("--db", str(media / "register.otinish"), "add", "--channel",
                            "email", "--type", "access", "--name", "Nope")
    assert added.code == 2
    _one_sentence(added.err)


def test_a_restore_through_the_cli_from_a_folder_with_a_hash_sign(db, tmp_path):
    folder = tmp_path / "backups #1?"
    folder.mkdir()
    made = run_cli_process("--db", str(db), "backup", "--out", str(folder / "b%20.bak"))
    assert made.code == 0, made.err
    restored = run_cli_process("--db", str(db), "--json", "restore", str(folder / "b%20.bak"))
    assert restored.code == 0, restored.err
    assert restored.json["requests"] == 5


LOCKED_KEYCHAIN = """
set -e
echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
PY="{python}"
$PY -m app.cli --db "$DB" --json init
$PY -c "
import secretstorage
conn = secretstorage.dbus_init()
secretstorage.get_default_collection(conn).lock()
"
$PY -m app.cli --db "$DB" list || true
"""


def test_a_locked_keychain_is_named_as_locked(tmp_path):
    import shutil

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    db = tmp_path / "register.otinish"
    env = {k: v for k, v in os.environ.items()
           if k not in ("OTINISH_PASSPHRASE", "PYTHON_KEYRING_BACKEND")}
    env.update({"DB": str(db), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
                "XDG_RUNTIME_DIR": str(tmp_path)})
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", LOCKED_KEYCHAIN.format(python=sys.executable)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert '"key": "keyring"' in proc.stdout, proc.stderr
    assert "otinish: The system keychain is locked" in proc.stderr
    assert "not in the system keychain" not in proc.stderr
