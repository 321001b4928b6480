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

from app.domain.errors import DomainError, Notice
from app.domain.operator import operator_record
from app.domain.profile import check_profile
from app.domain.text_clean import clean_value
from app.intake.contacts import clean_contacts
from app.languages import DEFAULT_LETTER_LANGUAGE
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
    return register.set_setting("operator", build_operator(**clean_value(fields)))


def set_profile(register: Register, profile: Any, lang: str | None = None) -> dict[str, Any]:
    """Check and save the processing profile (of the letter language *lang*; without one,
    the register's own, which every language falls back to)."""
    clean = check_profile(clean_value(profile))
    if lang is None or lang == DEFAULT_LETTER_LANGUAGE:
        return register.set_setting("profile", clean)
    register.set_setting("profiles", {**register.get_setting("profiles"), lang: clean})
    return clean


def set_requisites(register: Register, lang: str, *, name: str | None, address: str | None,
                   signatory: str | None = None) -> dict[str, Any]:
    """The operator's name, address and signatory as letters in *lang* write them (for the
    register's own language, see `set_operator`)."""
    if register.get_operator() is None:
        raise DomainError("operator_missing")
    record = clean_value({"name": name, "address": address, "signatory": signatory})
    saved = register.set_setting("requisites",
                                 {**register.get_setting("requisites"), lang: record})
    return saved[lang]


def letter_requisites(register: Register, lang: str
                      ) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list[Notice]]:
    """The operator's record and profile as a letter in *lang* uses them, and a notice for
    each that falls back to another language (a letter never mixes them silently)."""
    base, profile = register.get_operator(), register.get_profile()
    notices: list[Notice] = []
    own = DEFAULT_LETTER_LANGUAGE
    if base is not None and lang != own:
        translated = register.get_setting("requisites").get(lang)
        if translated:
            # A value left empty in this language keeps the record's own (a signatory).
            base = {**base, **{k: v for k, v in translated.items() if v}}
        else:
            notices.append(Notice("requisites_fallback", {"lang": lang, "used": own}))
    if profile is not None and lang != own:
        translated_profile = register.get_setting("profiles").get(lang)
        if translated_profile:
            profile = translated_profile
        else:
            notices.append(Notice("profile_fallback", {"lang": lang, "used": own}))
    return base, profile, notices


def read_profile_file(path: str | Path) -> Any:
    """The JSON of a processing-profile file (not yet checked)."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FileReadError("file_not_utf8", path=str(path)) from None
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
    return register.add_calendar_override(day, kind, clean_value(note))


def calendar_overrides(register: Register) -> list[dict[str, Any]]:
    """The operator's calendar overrides, by date."""
    return register.list_calendar_overrides()


# ------------------------------------------------------------------ deadline rules
def rule_rows(register: Register | None = None) -> list[dict[str, Any]]:
    """Every deadline rule, the app's and the operator's, as rows to read (oldest first per
    type): type, dates in force, period, what starts the clock, basis, citations, source."""
    from app.domain.rules import DEADLINE_RULES

    added = register.added_rules() if register is not None else []
    rows = []
    for origin, rules in (("app", DEADLINE_RULES), ("operator", added)):
        for rule in rules:
            later = [r.effective_from for r in DEADLINE_RULES
                     if origin == "app" and r.type == rule.type
                     and r.effective_from > rule.effective_from]
            rows.append({"type": rule.type, "from": rule.effective_from.isoformat(),
                         "until": (min(later).isoformat() if later else None),
                         "count": rule.count, "unit": rule.unit,
                         "clock_start": rule.clock_start, "basis_kind": rule.basis_kind,
                         "citation": dict(rule.citation), "note": rule.note,
                         "source": rule.source, "added_by": origin})
    return sorted(rows, key=lambda r: (r["type"], r["from"], r["added_by"]))


def add_rule(register: Register, **record: Any) -> dict[str, Any]:
    """Add a deadline rule (type, count, unit, effective_from, basis_kind, citation per
    letter language, source). Requests received from its date on are counted by it too;
    where it gives an earlier date it binds, and letters cite both. Requests already
    registered keep their dates."""
    from app.domain.rules import check_added_rule

    clean = check_added_rule(clean_value(record))
    register.set_setting("added_rules", [*register.get_setting("added_rules"), clean])
    return clean
