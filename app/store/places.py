"""Where a register lives: on a network file system, or inside a OneDrive folder.

SQLite's WAL mode needs shared memory between the programs using the file, which a
network file system (SMB, NFS, sshfs ...) does not give; its locks there can also be
stale or ignored. A register found on one is opened with the rollback journal
(`journal_mode=DELETE`) and an exclusive lock held while it is open
(`locking_mode=EXCLUSIVE`): one program at a time, no shared memory. OneDrive (and the
like) syncs the file while it is open: it makes "conflict copies", and a file set to
"free up space" is only a placeholder until it is downloaded. Both are said to the user
(`notices`), and creating a register there needs a confirmation (services/registers.py).

Detection: on Linux the mount's type from /proc/self/mountinfo; on Windows a UNC path
(`\\\\server\\share`) or a drive Windows reports as remote (`GetDriveTypeW`); OneDrive by
its environment variables (`OneDrive`, `OneDriveCommercial`, `OneDriveConsumer`) or a
folder whose name starts with "OneDrive" (`OneDrive - Company`, macOS's
`Library/CloudStorage/OneDrive-Personal`). No Qt; only reading.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from app.domain.errors import Notice

#: File system types (mountinfo's) that live on another machine.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "orangefs", "pvfs2", "ocfs2", "gfs2", "davfs",
    "coda", "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.davfs2", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.cephfs",
    "fuse.juicefs", "sshfs",
})
#: The environment variables in which Windows' OneDrive client names its folders.
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
#: GetDriveTypeW's answer for a network drive.
DRIVE_REMOTE = 4
MOUNTINFO = "/proc/self/mountinfo"
#: A recorded mountinfo file read instead of the system's, so a test (and its
#: subprocesses) can put a folder on a "network" (like OTINISH_TEST_PAUSE_AT in rekey.py).
TEST_MOUNTINFO_ENV = "OTINISH_TEST_MOUNTINFO"


def _unescape(field: str) -> str:
    """A mountinfo path: space, tab, newline and backslash are written as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of /proc/self/mountinfo (proc(5):
    `id parent major:minor root mount-point options [optional...] - type source super`)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:]:
            continue
        sep = fields.index("-", 6)
        if len(fields) > sep + 1 and len(fields) > 4:
            mounts.append((_unescape(fields[4]), fields[sep + 1]))
    return mounts


def _read_mountinfo() -> str | None:
    try:
        with open(os.environ.get(TEST_MOUNTINFO_ENV) or MOUNTINFO, encoding="utf-8",
                  errors="surrogateescape") as f:
            return f.read()
    except OSError:
        return None


def mount_type(path: Path | str, mountinfo: str | None = None) -> str | None:
    """The file system type of the mount holding *path* (Linux), or None when unknown.
    The path need not exist yet (a register about to be created)."""
    text = mountinfo if mountinfo is not None else _read_mountinfo()
    if not text:
        return None
    real = os.path.realpath(os.path.abspath(path))
    best, kind = "", None
    for point, fstype in parse_mountinfo(text):
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind


def is_network_fs(fstype: str | None) -> bool:
    """Whether a mount of type *fstype* is on another machine."""
    return bool(fstype) and (fstype in NETWORK_FILE_SYSTEMS
                             or fstype.removeprefix("fuse.") in NETWORK_FILE_SYSTEMS)


def _drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


def windows_network_path(path: str, drive_type: Callable[[str], int] | None = None) -> bool:
    """Whether *path* (a Windows path) is on the network: a UNC path (`\\\\server\\share`,
    `\\\\?\\UNC\\server\\share`), or on a drive Windows reports as remote (a mapped drive)."""
    drive = ntpath.splitdrive(path)[0].replace("/", "\\")
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return True
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        drive = drive[4:]  # a device path to a drive letter: \\?\C:
    elif drive.startswith("\\\\"):
        return True
    if len(drive) != 2 or drive[1] != ":":
        return False
    return (drive_type or _drive_type)(drive + "\\") == DRIVE_REMOTE


def on_network(path: Path | str, *, windows: bool | None = None,
               mountinfo: str | None = None,
               drive_type: Callable[[str], int] | None = None) -> bool:
    """Whether *path* is on a network file system (see the module)."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        return windows_network_path(str(path), drive_type)
    return is_network_fs(mount_type(path, mountinfo))


def in_onedrive(path: Path | str, env: Mapping[str, str] | None = None) -> bool:
    """Whether *path* is inside a OneDrive folder (see the module)."""
    env = os.environ if env is None else env
    text = str(path) if ntpath.splitdrive(str(path))[0] else os.path.abspath(path)
    folded = text.replace("\\", "/").casefold().rstrip("/")
    for name in ONEDRIVE_VARIABLES:
        root = (env.get(name) or "").replace("\\", "/").casefold().rstrip("/")
        if root and (folded == root or folded.startswith(root + "/")):
            return True
    return any(part.startswith("onedrive") for part in folded.split("/"))


def journal_mode(path: Path | str) -> str:
    """The journal the register at *path* is opened with: WAL, or DELETE on a network."""
    return "DELETE" if on_network(path) else "WAL"


def notices(path: Path | str) -> list[Notice]:
    """What the user should know about where the register at *path* is (said once when
    it is opened: the CLI on stderr, the window in a notice)."""
    found = []
    if on_network(path):
        found.append(Notice("register_on_network", {"path": str(path)}))
    if in_onedrive(path):
        found.append(Notice("register_in_onedrive", {"path": str(path)}))
    return found
