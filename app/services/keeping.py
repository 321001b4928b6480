"""Keeping the register safe: backups by hand and every day, restoring one, the retention purge.

Backups are encrypted copies made while the register stays open; restoring keeps a
safety copy of the current register first; the purge erases the personal data of
requests closed longer ago than the retention setting (always asked for, never
automatic).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.store import Register
from app.store import backup as backups
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


def verify_backup(path: Path, secret: str) -> dict[str, Any]:
    """What a backup holds, if this register's key opens it."""
    return backups.verify_backup(Path(path), secret)


def restore(path: Path, backup_file: Path, secret: str) -> dict[str, Any]:
    """Replace the (closed) register at *path* with *backup_file*, keeping a safety copy."""
    return restore_register(Path(path), Path(backup_file).expanduser(), secret)


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
