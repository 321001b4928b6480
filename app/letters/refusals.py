"""Why the system refused to write a file, when the refusal has a cause we can name.

A bare "access denied" leaves the operator guessing. The usual causes on Windows:
- the file is open in Word or Excel: Office keeps a lock file `~$name` beside it, and
  Windows refuses to replace the file (access denied, or a sharing violation);
- another program holds the file (a sharing violation, winerror 32 or 33);
- Controlled Folder Access (Windows Security, ransomware protection) refuses programs it
  does not know writes into Documents, Desktop, Pictures, Videos and Music.
`cause` tells which, from the error the system gave and what lies beside the target;
the caller turns it into its own problem code (each face words it). No Qt, no writes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

#: Windows' error numbers (winerror) for a file another program holds.
SHARING_VIOLATION, LOCK_VIOLATION = 32, 33
ACCESS_DENIED = 5

#: Whether this is Windows, where Controlled Folder Access exists (a test of another
#: system sets it to see what Windows would say).
WINDOWS = sys.platform == "win32"
#: What `cause` returns.
OPEN_IN_OFFICE, IN_USE, CONTROLLED_FOLDER = "open_in_office", "in_use", "controlled_folder"


def office_lock_files(target: Path) -> list[Path]:
    """Where Word, Excel and PowerPoint put the owner file of *target* while it is open:
    `~$` and the name (Excel), or with the name's first one or two characters replaced
    (Word, for longer names)."""
    name = Path(target).name
    names = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}"}
    return [Path(target).with_name(n) for n in sorted(names) if len(n) > 2]


def open_in_office(target: Path) -> bool:
    """Whether an Office lock file of *target* sits beside it (the file is open there)."""
    return any(p.is_file() for p in office_lock_files(target))


def protected_folders() -> list[Path]:
    """The folders Controlled Folder Access protects by default, as this user has them
    (Documents may be redirected, e.g. to OneDrive: platformdirs asks Windows)."""
    import platformdirs

    found = []
    for where in ("documents", "desktop", "pictures", "videos", "music"):
        try:
            found.append(Path(getattr(platformdirs, f"user_{where}_dir")()))
        except (OSError, ValueError, AttributeError):  # pragma: no cover - an odd system
            continue
    return found


def _inside(path: Path, folders: Sequence[Path]) -> bool:
    try:
        real = Path(path).expanduser().resolve()
    except OSError:  # pragma: no cover
        real = Path(path)
    for folder in folders:
        try:
            root = Path(folder).expanduser().resolve()
        except OSError:  # pragma: no cover
            continue
        if real == root or root in real.parents:
            return True
    return False


def cause(exc: OSError, target: Path, *, windows: bool | None = None,
          protected: Sequence[Path] | None = None) -> str | None:
    """Why writing *target* failed with *exc*: `OPEN_IN_OFFICE`, `IN_USE`,
    `CONTROLLED_FOLDER`, or None when nothing more can be said than the error's words.

    *windows* (default: whether this is Windows) and *protected* (default:
    `protected_folders()`) let a test on another system ask what Windows would say.
    """
    windows = WINDOWS if windows is None else windows
    winerror = getattr(exc, "winerror", None)
    busy = winerror in (SHARING_VIOLATION, LOCK_VIOLATION)
    denied = isinstance(exc, PermissionError) or winerror == ACCESS_DENIED
    if not (busy or denied):
        return None
    if open_in_office(target):
        return OPEN_IN_OFFICE
    if busy:
        return IN_USE
    if windows and _inside(target, protected_folders() if protected is None else protected):
        return CONTROLLED_FOLDER
    return None
