"""The operator's details, the processing profile, and the register's other settings.

The window's settings, the first-run wizard and the CLI's `operator` commands all
come here: contact details are normalised by intake's rules, the record is checked by
the domain, and every key is one of the store's declared settings.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.operator import operator_record
from app.domain.profile import check_profile
from app.intake.contacts import clean_contacts
from app.store import Register
from app.store.paths import user_data_dir
from app.store.settings import SETTINGS

from . import UserError


class FileReadError(UserError):
    """A file the user named cannot be read (missing, not JSON)."""


def build_operator(*, name: str | None, id_number: str | None, address: str | None,
                   email: str | None = None, phone: str | None = None,
                   signatory: str | None = None) -> dict[str, Any]:
    """The operator's record from what was typed (normalised and checked), not yet saved."""
    email, phone, _ = clean_contacts(email, phone, None)
    return operator_record(name=name, id_number=id_number, address=address, email=email,
                           phone=phone, signatory=signatory)


def set_operator(register: Register, **fields: Any) -> dict[str, Any]:
    """Check and save the operator's details (see `build_operator` for the fields)."""
    return register.set_setting("operator", build_operator(**fields))


def set_profile(register: Register, profile: Any) -> dict[str, Any]:
    """Check and save the processing profile."""
    return register.set_setting("profile", check_profile(profile))


def read_profile_file(path: str | Path) -> Any:
    """The JSON of a processing-profile file (not yet checked)."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FileReadError("file_unreadable", path=str(path), reason=exc.strerror) from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FileReadError("file_not_json", path=str(path), line=exc.lineno,
                            reason=exc.msg) from None


def settings(register: Register) -> dict[str, Any]:
    """Every register setting with its current value."""
    return {key: register.get_setting(key) for key in SETTINGS}


def save_settings(register: Register, changes: dict[str, Any]) -> None:
    """Check every changed value first, then save them (nothing is saved if one is bad)."""
    checked = {key: SETTINGS[key].check(value) for key, value in changes.items()}
    for key, value in checked.items():
        register.set_setting(key, value)


def default_letter_language(register: Register) -> str:
    """The language new phone requests, letters and exports start with."""
    return str(register.get_setting("default_letter_language"))


def backup_folder(register: Register) -> Path:
    """Where the daily encrypted backups go: the chosen folder, else the user data folder."""
    chosen = register.get_setting("backup_folder")
    return Path(chosen).expanduser() if chosen else user_data_dir() / "backups"


def add_calendar_override(register: Register, day: date, kind: str,
                          note: str | None = None) -> dict[str, Any]:
    """Mark *day* as an extra day off or working day (next year's transfers, a corrected
    holiday); open requests keep the dates they were given."""
    return register.add_calendar_override(day, kind, note)


def calendar_overrides(register: Register) -> list[dict[str, Any]]:
    """The operator's calendar overrides, by date."""
    return register.list_calendar_overrides()
