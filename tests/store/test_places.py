"""Story (issue 19): a register on a network folder or inside OneDrive is recognised.

WAL needs shared memory a network file system does not give, so a register there is
opened with the rollback journal and an exclusive lock; OneDrive syncs a file while it
is open (conflict copies, online-only placeholders). The classifiers are fed recorded
/proc/self/mountinfo lines, Windows paths and environment values; the journal is read
back from a real register opened on a folder a recorded mountinfo puts on SMB.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Register, places
from tests.builders import PASSPHRASE, add_request, new_register

ROOT = Path(__file__).resolve().parents[2]

#: Lines as Linux writes them (proc(5)): an overlay root, a Samba share with a space in
#: its mount point (\040), NFS, sshfs, WSL's 9p drive, a local disk inside a share.
RECORDED = r"""
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 0:30 / / rw,relatime master:1 - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w
90 27 0:51 / /mnt/office\040share rw,relatime shared:44 - cifs //nas/office rw,vers=3.1.1
91 27 0:52 / /srv/nfs rw,relatime - nfs4 nas:/export rw,vers=4.2
92 27 0:53 / /home/asel/remote rw,nosuid,nodev,relatime - fuse.sshfs asel@host:/data rw
93 27 0:54 / /mnt/c rw,noatime - 9p drvfs rw,aname=drvfs;path=C:\
94 90 8:1 / /mnt/office\040share/local rw,relatime - ext4 /dev/sda1 rw
"""


@pytest.mark.parametrize(("path", "kind", "network"), [
    ("/mnt/office share/Otinish/register.otinish", "cifs", True),
    ("/srv/nfs/register.otinish", "nfs4", True),
    ("/home/asel/remote/a/b.otinish", "fuse.sshfs", True),
    ("/mnt/c/Users/Асель/register.otinish", "9p", True),
    ("/mnt/office share/local/register.otinish", "ext4", False),  # the longest mount wins
    ("/mnt/office sharealike/register.otinish", "overlay", False),  # not inside the share
    ("/home/asel/register.otinish", "overlay", False),
])
def test_the_mount_type_comes_from_the_longest_mount_point_holding_the_path(path, kind,
                                                                           network):
    assert places.mount_type(path, RECORDED) == kind
    assert places.on_network(path, windows=False, mountinfo=RECORDED) is network


@pytest.mark.parametrize(("path", "network"), [
    (r"\\nas\office\register.otinish", True),
    ("//nas/office/register.otinish", True),
    (r"\\?\UNC\nas\office\register.otinish", True),
    (r"Z:\Otinish\register.otinish", True),  # a mapped drive: Windows says remote
    (r"C:\Users\Асель\AppData\Roaming\Otinish\register.otinish", False),
    (r"\\?\C:\Users\Асель\register.otinish", False),
    (r"\\?\Z:\register.otinish", True),
])
def test_windows_paths_on_the_network(path, network):
    kinds = {"C:\\": 3, "Z:\\": places.DRIVE_REMOTE}  # DRIVE_FIXED, DRIVE_REMOTE
    assert places.on_network(path, windows=True, drive_type=kinds.__getitem__) is network


@pytest.mark.parametrize(("path", "env", "inside"), [
    (r"C:\Users\Асель\OneDrive\Documents\register.otinish",
     {"OneDrive": r"C:\Users\Асель\OneDrive"}, True),
    (r"C:\Users\asel\ТОО Әлем\Otinish\register.otinish",
     {"OneDriveCommercial": r"C:\Users\asel\ТОО Әлем"}, True),  # a renamed business folder
    (r"C:\Users\asel\OneDrive - ТОО Әлем\Otinish\register.otinish", {}, True),
    ("/Users/asel/Library/CloudStorage/OneDrive-Personal/register.otinish", {}, True),
    (r"c:\users\асель\onedrive\register.otinish", {"OneDriveConsumer": r"C:\Users\Асель\OneDrive"},
     True),
    (r"C:\Users\Асель\AppData\Roaming\Otinish\register.otinish",
     {"OneDrive": r"C:\Users\Асель\OneDrive"}, False),
    (r"C:\Users\Асель\OneDriveless.txt\x", {}, True),  # a folder named so: said, harmless
    ("/home/asel/Documents/register.otinish", {"OneDrive": ""}, False),
])
def test_onedrive_by_its_variables_or_a_folder_named_onedrive(path, env, inside):
    assert places.in_onedrive(path, env) is inside


@pytest.fixture
def on_smb(tmp_path, monkeypatch):
    """A folder a recorded mountinfo puts on an SMB share (what Linux would write)."""
    share = tmp_path / "share"
    share.mkdir()
    recorded = tmp_path / "mountinfo"
    recorded.write_text(f"27 1 0:30 / / rw - overlay overlay rw\n"
                        f"90 27 0:51 / {share} rw,relatime - cifs //nas/office rw\n",
                        encoding="utf-8")
    monkeypatch.setenv(places.TEST_MOUNTINFO_ENV, str(recorded))
    return share


def test_a_register_on_a_network_folder_uses_the_rollback_journal_and_an_exclusive_lock(
        on_smb, tmp_path):
    reg = new_register(on_smb)
    try:
        assert reg.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert reg.conn.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
        add_request(reg)
    finally:
        reg.close()
    # A register made on this computer (WAL) and moved to the share changes over.
    local = tmp_path / "local"
    local.mkdir()
    here = new_register(local)
    assert here.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    add_request(here)
    here.close()
    shutil.move(str(local / "register.otinish"), str(on_smb / "moved.otinish"))
    with Register.open(on_smb / "moved.otinish", PASSPHRASE) as moved:
        assert moved.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert moved.db["requests"].count == 1
    assert not any(p.name.endswith(("-wal", "-shm")) for p in on_smb.iterdir())


def test_elsewhere_the_register_keeps_wal(tmp_path, monkeypatch):
    recorded = tmp_path / "mountinfo"
    recorded.write_text("27 1 0:30 / / rw - ext4 /dev/sda1 rw\n", encoding="utf-8")
    monkeypatch.setenv(places.TEST_MOUNTINFO_ENV, str(recorded))
    with new_register(tmp_path) as reg:
        assert reg.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _cli(db: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *args],
                          cwd=ROOT, env={**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE, **env},
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_the_command_line_refuses_a_new_register_there_unless_forced_and_then_warns(
        on_smb, tmp_path):
    env = {places.TEST_MOUNTINFO_ENV: os.environ[places.TEST_MOUNTINFO_ENV]}
    db = on_smb / "register.otinish"
    refused = _cli(db, "init", env=env)
    assert refused.returncode == 2 and not db.exists()
    assert refused.stderr.strip() == (
        f"otinish: '{db}' is on a network folder, where a register can be damaged and is "
        "opened for one program at a time; choose a folder on this computer, or add --force "
        "to create it there anyway.")
    made = _cli(db, "init", "--force", env=env)
    assert made.returncode == 0, made.stderr
    listed = _cli(db, "--json", "list", env=env)
    assert listed.returncode == 0
    assert listed.stderr.count("otinish: warning: ") == 1
    assert "is on a network folder" in listed.stderr


def test_the_command_line_refuses_a_new_register_inside_onedrive(tmp_path):
    cloud = tmp_path / "cloud"
    cloud.mkdir()
    db = cloud / "register.otinish"
    refused = _cli(db, "init", env={"OneDrive": str(cloud)})
    assert refused.returncode == 2 and not db.exists()
    assert "is inside OneDrive" in refused.stderr and "--force" in refused.stderr
    assert _cli(db, "init", "--force", env={"OneDrive": str(cloud)}).returncode == 0
    listed = _cli(db, "list", env={"OneDrive": str(cloud)})
    assert "otinish: warning: The register" in listed.stderr
    assert "conflict copies" in listed.stderr
