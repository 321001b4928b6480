"""Keeping the register safe: backups by hand and every day, restoring one, the retention purge.

Backups are encrypted copies made while the register stays open; restoring keeps a
safety copy of the current register first; the purge erases the personal data of
requests closed longer ago than the retention setting (always asked for, never
automatic).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.store import Register, WrongSecretError, witness
from app.store import backup as backups
from app.store import secrets as keys
from app.store.rekey import reencrypt_backup
from app.store.restore import restore_register

from .operator import backup_folder

BACKUP_SUFFIX = backups.BACKUP_SUFFIX


def backup(register: Register, out: Path) -> dict[str, Any]:
    """An encrypted copy of the register at *out* (never overwritten)."""
    return backups.backup_register(register, Path(out).expanduser())


def daily_backup(register: Register, folder: Path | None = None) -> Path | None:
    """Today's automatic backup into the backup folder, unless one is fresh; old ones rotate."""
    return backups.auto_backup(register, folder or backup_folder(register))


def list_backups(register: Register) -> list[Path]:
    """This register's automatic backups, newest first."""
    return backups.list_backups(backup_folder(register), register.path)


def _backup_key(backup_file: Path, secret: str, register_path: Path | None,
                older: Sequence[str]) -> tuple[dict[str, Any], str]:
    """What the backup holds and the key that opens it; refused when its history differs
    from the witness written beside it when it was made (it was edited since)."""
    info, used = _backup_opens(backup_file, secret, register_path, older)
    problem = witness.backup_problem(backup_file, used)
    if problem is not None:
        raise problem
    return info, used


def _backup_opens(backup_file: Path, secret: str, register_path: Path | None,
                  older: Sequence[str]) -> tuple[dict[str, Any], str]:
    """What the backup holds and the key that opens it: the register's own, else one of
    its previous keys (kept in the keychain by a rekey), else one the user gave."""
    try:
        return backups.verify_backup(backup_file, secret), secret
    except WrongSecretError:
        candidates = [*(keys.previous_keys(register_path) if register_path else []), *older]
        for old in candidates:
            if not old or old == secret:
                continue
            try:
                return backups.verify_backup(backup_file, old), old
            except WrongSecretError:
                continue
        raise


def verify_backup(path: Path, secret: str, register_path: Path | None = None,
                  older: Sequence[str] = ()) -> dict[str, Any]:
    """What a backup holds, if this register's key (or one it had before) opens it."""
    info, used = _backup_key(Path(path), secret, register_path, older)
    return {**info, "earlier_key": used != secret}


def restore(path: Path, backup_file: Path, secret: str, older: Sequence[str] = ()
            ) -> dict[str, Any]:
    """Replace the (closed) register at *path* with *backup_file*, keeping a safety copy.

    A backup made before a rekey opens with one of the register's previous keys (or one
    in *older*): it is first copied re-encrypted with the current *secret*, so the
    restored register opens as before.
    """
    path, backup_file = Path(path), Path(backup_file).expanduser()
    _, used = _backup_key(backup_file, secret, path, older)
    if used == secret:
        return {**restore_register(path, backup_file, secret), "earlier_key": False}
    copy = reencrypt_backup(backup_file, used, path.parent, secret)
    try:
        out = restore_register(path, copy, secret)
    finally:
        copy.unlink(missing_ok=True)
    return {**out, "restored": str(backup_file), "earlier_key": True}


def purge(register: Register, closed_before: date | None = None, *, dry_run: bool = False
          ) -> dict[str, Any]:
    """Erase the personal data of requests closed before the date (default: the retention
    setting's cutoff)."""
    cutoff = closed_before or register.retention_cutoff()
    result = register.purge_closed_before(cutoff, dry_run=dry_run)
    # Closed incidents past the period go the same way (app/store/incidents.py).
    result["incidents"] = register.purge_incidents_closed_before(cutoff, dry_run=dry_run)
    return result


def purge_due(register: Register) -> list[tuple[int, str]]:
    """The closed requests past the retention period (what a purge would erase now)."""
    return register.purge_candidates(register.retention_cutoff())
