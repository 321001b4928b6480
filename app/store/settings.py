"""The register's settings: one table of every key, its default, its type and its check.

Settings about the operator and the register live in the register itself (encrypted,
audited, travelling with backups); the window's own state (geometry, the interface
language) lives in QSettings. The window, the first-run wizard and the CLI all read
and write through this table, so a key is declared once and a bad value is refused
the same way everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DomainError
from app.domain.incidents import responsible_record
from app.domain.mail import check_mailbox, check_smtp
from app.domain.operator import OPERATOR_FIELDS
from app.domain.profile import check_profile
from app.domain.reminders import DEFAULT_REMINDER_TIME, parse_reminder_time
from app.domain.rules import DeadlineRule, added_rule, check_added_rule
from app.domain.vocab import LANGUAGES
from app.languages import DEFAULT_LETTER_LANGUAGE

from .connection import Connection
from .errors import StoreError


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise DomainError("unknown_language", value=str(value), allowed=", ".join(LANGUAGES))
    return str(value)


def _folder(value: Any) -> str | None:
    text = str(value or "").strip()
    return text or None


#: How many years closed requests may be kept (the settings window offers this range).
RETENTION_YEARS_RANGE = (1, 75)


def _years(value: Any) -> int:
    try:
        years = int(value)
    except (TypeError, ValueError):
        raise DomainError("retention_years_invalid", value=str(value)) from None
    if not RETENTION_YEARS_RANGE[0] <= years <= RETENTION_YEARS_RANGE[1]:
        raise DomainError("retention_years_invalid", value=str(value))
    return years


def _operator(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - set(OPERATOR_FIELDS) or not value.get("id"):
        raise DomainError("operator_record_invalid")
    return dict(value)


def _profile(value: Any) -> dict[str, Any] | None:
    return None if value is None else check_profile(value)


def _by_language(check: Any) -> Any:
    """A {language: record} check: every key a letter language, every record checked."""
    def by_language(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise DomainError("operator_record_invalid")
        for lang in value:
            if lang not in LANGUAGES:
                raise DomainError("unknown_language", value=str(lang),
                                  allowed=", ".join(LANGUAGES))
        return {lang: check(record) for lang, record in value.items()}
    return by_language


def _text(value: Any) -> str:
    text = str(value or "").strip()
    if not text:
        raise DomainError("setting_text_empty")
    return text


def _executor(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"name", "phone"}:
        raise DomainError("setting_text_empty")
    if not str(value.get("name") or "").strip():
        return None
    return {"name": str(value["name"]).strip(),
            "phone": str(value.get("phone") or "").strip() or None}


def _number_format(value: Any) -> str:
    text = str(value or "").strip()
    if "{seq" not in text:
        raise DomainError("number_format_invalid", value=text)
    try:
        # Only {year} and {seq} with simple specs: no attributes, indexes or nested
        # widths (a format is data the operator types, not code).
        sample = text.format(year=2026, seq=99999)
    except Exception:  # noqa: BLE001 - any formatting failure means "not a format"
        raise DomainError("number_format_invalid", value=text) from None
    if any(ch in text for ch in ".[") or text.count("{") > 4 or len(sample) > 40:
        raise DomainError("number_format_invalid", value=text)
    return text


def _clock_time(value: Any) -> str:
    return parse_reminder_time(value).strftime("%H:%M")


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise DomainError("setting_flag_invalid", value=str(value))
    return value


def _added_rules(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise DomainError("rule_invalid")
    return [check_added_rule(record) for record in value]


def _requisites(value: Any) -> dict[str, Any]:
    """An operator's name, address and signatory in one language."""
    if not isinstance(value, dict) or set(value) - {"name", "address", "signatory"} or \
            not str(value.get("name") or "").strip() or \
            not str(value.get("address") or "").strip():
        raise DomainError("operator_record_invalid")
    return {"name": str(value["name"]).strip(), "address": str(value["address"]).strip(),
            "signatory": str(value.get("signatory") or "").strip() or None}


@dataclass(frozen=True)
class Setting:
    """One register setting: its key, its default and the check a new value goes through."""

    key: str
    default: Any
    check: Callable[[Any], Any]
    #: What it holds, for docs and the CLI: "text", "folder", "years", "record".
    kind: str


#: Every register setting. `operator` and `profile` are records with their own forms.
SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("operator", None, _operator, "record"),
    Setting("profile", None, _profile, "record"),
    #: The operator's name, address and signatory in other letter languages than the
    #: record's own (a Kazakh letter carries Kazakh requisites: «"Алма Софт" ЖШС»).
    Setting("requisites", {}, _by_language(_requisites), "records"),
    #: The processing profile in other letter languages.
    Setting("profiles", {}, _by_language(check_profile), "records"),
    #: Deadline rules the operator added (a stricter reading, a newer law), each with its
    #: citation in every letter language; see app/domain/rules.py.
    Setting("added_rules", [], _added_rules, "records"),
    #: The authorized body refusals name for an appeal, per letter language, when its name
    #: changed (a ministry is renamed); unset: the default in app/letters/names.py.
    Setting("authorized_body", {}, _by_language(_text), "texts"),
    #: Who prepares letters, printed under the signature («Исп.: …, тел. …»); None: no line.
    Setting("executor", None, _executor, "record"),
    #: The person responsible for organising the processing of personal data (a breach
    #: notice gives their contacts): {"name", "position", "phone", "email"}; None: unset.
    Setting("responsible", None, responsible_record, "record"),
    #: How outgoing numbers are printed in letters: {year} and the counter {seq} (the
    #: register keeps OUT-YYYY-NNNN), e.g. "{seq}/{year}" -> 12/2026.
    Setting("letter_number_format", "{year}-{seq:04d}", _number_format, "text"),
    #: The language new phone requests and exports start with.
    Setting("default_letter_language", DEFAULT_LETTER_LANGUAGE, _language, "language"),
    #: Where letters are saved; None means Documents/Otinish/letters.
    Setting("letters_dir", None, _folder, "folder"),
    #: How long closed requests are kept (the operators in our market state 3 years).
    Setting("retention_years", 3, _years, "years"),
    #: Where the daily encrypted backups go; None means the user data folder.
    Setting("backup_folder", None, _folder, "folder"),
    #: When the daily reminder comes on working days ("HH:MM", Almaty time).
    Setting("reminder_time", DEFAULT_REMINDER_TIME.strftime("%H:%M"), _clock_time, "time"),
    #: Whether notifications and calendar events name the requester (a lock screen and a
    #: shared calendar are not private: off unless the operator opts in).
    Setting("reminder_names", False, _flag, "flag"),
    #: The operator's mailbox read for requests (IMAP, read-only); None: never read.
    Setting("mailbox", None, check_mailbox, "record"),
    #: The operator's SMTP server replies are sent through; None: drafts (.eml) only.
    Setting("smtp", None, check_smtp, "record"),
    #: The short body of a reply by email, per letter language, when the operator wrote
    #: their own; unset: the default in app/letters/reply_mail.py.
    Setting("reply_bodies", {}, _by_language(_text), "texts"),
)}


def setting(key: str) -> Setting:
    """The declaration of *key*; an unknown key is a programming error."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise StoreError("unknown_setting", key=key, allowed=", ".join(SETTINGS)) from None


class Settings(Connection):
    """The settings part of a register (mixed into `Register`)."""

    def get_setting(self, key: str) -> Any:
        """The value of *key*, or its declared default."""
        declared = setting(key)
        row = self.db.execute("select value from settings where key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else declared.default

    def set_setting(self, key: str, value: Any) -> Any:
        """Check and store *value* (audited); return it as stored. Unchanged: nothing written."""
        clean = setting(key).check(value)
        row = self.db.execute("select value from settings where key = ?", [key]).fetchone()
        if row is not None and json.loads(row[0]) == clean:
            return clean
        with self._write():
            before = self._row("settings", key)
            self.db["settings"].upsert(
                {"key": key, "value": json.dumps(clean, ensure_ascii=False)}, pk="key")
            self._audit_row("settings", key, "update" if row is not None else "create", None,
                            before=before)
        return clean

    def get_operator(self) -> dict[str, Any] | None:
        """The operator's details, or None before they are set."""
        return self.get_setting("operator")

    def get_profile(self) -> dict[str, Any] | None:
        """The processing profile used in information replies, or None."""
        return self.get_setting("profile")

    def added_rules(self) -> list[DeadlineRule]:
        """The deadline rules the operator added, as rules."""
        return [added_rule(record) for record in self.get_setting("added_rules")]
