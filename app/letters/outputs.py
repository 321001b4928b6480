"""Writing a file the operator asked for (an export, an evidence pack) safely.

An output never replaces what it should not: an existing file only when the operator
confirmed it (`overwrite`: the CLI's --force, the window's save dialog), and never,
even then, the register itself, its lock/WAL/SHM/journal files, a backup (`*.backup`,
`*.otinish-backup`, anything in the backup folder), another register (`*.otinish`), or
anything that is not an ordinary file (a device such as /dev/null, a folder, a link).

Everything is written inside a private scratch folder beside the target (owner-only,
named `.otinish-partial-*`), then renamed into place; the scratch folder is removed
afterwards whatever happens. So no plaintext ever goes to the system temp folder, a
failure leaves no partial file, and a crash (kill -9, power loss) leaves only a
recognisable scratch folder that :func:`remove_partial_outputs` removes at the next
start. Outputs are owner-only (0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from app.store.paths import partial_prefix, remove_abandoned_partials

from . import refusals
from .errors import LetterError

#: The name every scratch folder of an output in progress starts with.
PARTIAL_PREFIX = ".otinish-partial-"
#: File names an output never replaces: registers, backups and the files SQLite and the
#: register's lock keep beside a register.
PROTECTED_SUFFIXES = (".otinish", ".otinish-backup", ".backup", ".lock", "-wal", "-shm",
                      "-journal")

#: Writes the output to the open file; may put scratch files in the folder it is given.
Writer = Callable[[BinaryIO, Path], None]


def _is_protected(target: Path, register_path: Path | None,
                  backup_dirs: Sequence[Path]) -> bool:
    name = target.name.lower()
    if name.endswith(PROTECTED_SUFFIXES) or ".otinish-backup" in name:
        return True
    real = target.resolve()
    if register_path is not None:
        register = Path(register_path).resolve()
        if real == register or str(real).startswith(str(register) + "-") \
                or real == register.with_name(register.name + ".lock"):
            return True
        with contextlib.suppress(OSError):
            if target.exists() and os.path.samefile(target, register):  # a hard link
                return True
    for folder in backup_dirs:
        with contextlib.suppress(OSError):
            if real.parent == Path(folder).expanduser().resolve():
                return True
    return False


def check_target(target: Path, *, overwrite: bool = False, register_path: Path | None = None,
                 backup_dirs: Sequence[Path] = ()) -> Path:
    """Refuse a target an output must not write to; return it as a Path.

    *register_path* and *backup_dirs* name what must never be replaced, whatever
    *overwrite* says.
    """
    target = Path(target)
    if _is_protected(target, register_path, backup_dirs):
        raise LetterError("output_protected", path=str(target))
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise LetterError("export_write_failed", path=str(target), reason=exc.strerror) \
            from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise LetterError("export_target_is_folder", path=str(target))
        if not stat.S_ISREG(info.st_mode):
            raise LetterError("output_not_a_file", path=str(target))
        if not overwrite:
            raise LetterError("output_exists", path=str(target))
    if not target.parent.is_dir():
        raise LetterError("folder_missing", path=str(target.parent))
    return target


def refused(target: Path, exc: OSError) -> LetterError | None:
    """The problem naming why writing *target* was refused, when the cause is known (the
    file open in Word or Excel, held by another program, Controlled Folder Access)."""
    why = refusals.cause(exc, target)
    if why == refusals.OPEN_IN_OFFICE:
        return LetterError("output_open_in_office", path=str(target))
    if why == refusals.IN_USE:
        return LetterError("output_in_use", path=str(target))
    if why == refusals.CONTROLLED_FOLDER:
        return LetterError("export_folder_controlled", path=str(target.parent))
    return None


def _failed(target: Path, exc: OSError) -> LetterError:
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return LetterError("export_disk_full", path=str(target))
    return refused(target, exc) or LetterError("export_write_failed", path=str(target),
                                               reason=exc.strerror or str(exc))


def _place(tmp: Path, target: Path, overwrite: bool) -> None:
    """Rename *tmp* to *target*; without *overwrite*, never replace a file that appeared
    meanwhile (a hard link fails if the name exists; where links are not supported, as on
    FAT drives, a last check and a rename)."""
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise LetterError("output_exists", path=str(target)) from None
    except OSError:
        if os.path.lexists(target):
            raise LetterError("output_exists", path=str(target)) from None
        os.replace(tmp, target)
    else:
        os.unlink(tmp)


def write_output(target: Path, write: Writer, *, overwrite: bool = False,
                 register_path: Path | None = None, backup_dirs: Sequence[Path] = ()) -> None:
    """Write an output file at *target* through a scratch folder beside it (see the module)."""
    target = check_target(target, overwrite=overwrite, register_path=register_path,
                          backup_dirs=backup_dirs)
    try:
        remove_abandoned_partials(target.parent)  # what a killed export left here
        # Named with this process's id: a later start removes it only once we are gone.
        scratch = Path(tempfile.mkdtemp(prefix=partial_prefix(), dir=target.parent))  # 0700
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise LetterError("export_disk_full", path=str(target)) from None
        raise refused(target, exc) or LetterError(
            "export_folder_unwritable", path=str(target.parent), reason=exc.strerror) \
            from None
    tmp = scratch / "output"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as f:
            write(f, scratch)
            f.flush()
            os.fsync(f.fileno())
        _place(tmp, target, overwrite)
    except OSError as exc:
        raise _failed(target, exc) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def remove_partial_outputs(folder: Path) -> int:
    """Remove what an interrupted output left in *folder* (its `.otinish-partial-<pid>-*`
    scratch folders whose program is gone, never a running export's); return how many.

    Call it at start for the folders outputs go to.
    """
    return len(remove_abandoned_partials(Path(folder)))
