"""Breaches of personal-data security ("incidents"): what one holds, and its notice's clock.

A breach is not a request, but it runs on the same clock: the authorized body is to be
notified within one working day of detection, counted like a request's period (from the
day after the day of detection, working days only). The period and its citation are a
dated rule row (rules.INCIDENT_RULES); this module only checks what the operator types
and applies the row. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .calendar import WorkingCalendar
from .deadlines import rule_due
from .errors import DomainError
from .rules import INCIDENT_RULES, DeadlineRule, incident_rule_for

#: An incident is open until the operator closes it; closed ones are purged by retention.
INCIDENT_STATUSES: tuple[str, ...] = ("open", "closed")
#: Whether a notice is needed: the operator's decision, always with its reason.
YES_NO: tuple[str, ...] = ("yes", "no")
#: The letters an incident may have: the notice to the authorized body, and the
#: notification of the affected subjects.
NOTICE = "incident_notice"
SUBJECTS_LETTER = "incident_subjects"
INCIDENT_LETTERS: tuple[str, ...] = (NOTICE, SUBJECTS_LETTER)
#: The fields of the responsible person (an operator setting): «лицо, ответственное за
#: организацию обработки персональных данных».
RESPONSIBLE_FIELDS: tuple[str, ...] = ("name", "position", "phone", "email")
#: The longest text one field of an incident may hold (a description, not a file).
MAX_TEXT = 4000


@dataclass(frozen=True)
class NoticeDue:
    """When the notice to the authorized body is due, and the rule that says so."""

    due: date
    rule: DeadlineRule

    @property
    def basis(self) -> str:
        """The one-line English basis kept with the incident."""
        return self.rule.basis


def notice_due(calendar: WorkingCalendar, detected: date,
               rules: Sequence[DeadlineRule] = INCIDENT_RULES) -> NoticeDue:
    """The last day for the notice of a breach detected on *detected*."""
    rule = incident_rule_for(detected, rules)
    return NoticeDue(rule_due(calendar, rule, detected), rule)


def _text(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise DomainError("incident_text_too_long", limit=MAX_TEXT)
    return text


def _yes_no(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value is True or value is False:
        return "yes" if value else "no"
    text = str(value).strip().lower()
    if text not in YES_NO:
        raise DomainError("incident_yes_no_invalid", value=str(value),
                          allowed=", ".join(YES_NO))
    return text


def incident_fields(values: Mapping[str, Any], *, detected: datetime | None = None,
                    now: datetime | None = None) -> dict[str, Any]:
    """The operator's description of a breach, checked; DomainError on a missing or bad one.

    Required: what happened. A decision on a notice ("yes"/"no") needs its reason
    ("why"). The detection time may not be in the future.
    """
    what = _text(values.get("what"))
    if what is None:
        raise DomainError("incident_what_missing")
    out: dict[str, Any] = {"what": what}
    for key in ("cause", "categories", "measures", "notify_body_why", "notify_subjects_why"):
        out[key] = _text(values.get(key))
    subjects = values.get("subjects_count")
    if subjects in (None, ""):
        out["subjects_count"] = None
    else:
        try:
            out["subjects_count"] = int(subjects)
        except (TypeError, ValueError):
            raise DomainError("incident_subjects_invalid", value=str(subjects)) from None
        if not 0 <= out["subjects_count"] <= 100_000_000:
            raise DomainError("incident_subjects_invalid", value=str(subjects))
    for key in ("notify_body", "notify_subjects"):
        out[key] = _yes_no(values.get(key))
        if out[key] and not out[f"{key}_why"]:
            raise DomainError("incident_reason_missing")
    if detected is not None and now is not None and detected > now:
        raise DomainError("incident_detected_in_future", value=detected.isoformat())
    return out


def affected_subject(name: Any, iin: Any = None, phone: Any = None) -> dict[str, Any]:
    """One affected subject as the notice needs them: full name and/or IIN and/or mobile
    number (at least one); the IIN is checked when given."""
    from .identifiers import check_id

    row = {"name": _text(name), "iin": _text(iin), "phone": _text(phone)}
    if not any(row.values()):
        raise DomainError("incident_subject_empty")
    if row["iin"]:
        result = check_id(row["iin"])
        if not result.valid or result.kind != "IIN":
            raise DomainError("incident_subject_iin_invalid", value=row["iin"])
    return row


def responsible_record(value: Any) -> dict[str, Any] | None:
    """The responsible person's record checked (None clears it); a name and at least one
    way to reach them (phone or email) are required."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - set(RESPONSIBLE_FIELDS):
        raise DomainError("responsible_invalid")
    record = {key: str(value.get(key) or "").strip() or None for key in RESPONSIBLE_FIELDS}
    if not record["name"]:
        raise DomainError("responsible_name_missing")
    if not (record["phone"] or record["email"]):
        raise DomainError("responsible_contact_missing")
    return record


def urgency(due: date | None, today: date, status: str) -> str | None:
    """"overdue", "today" or None for an incident's notice on *today*."""
    if status != "open" or due is None:
        return None
    if due < today:
        return "overdue"
    return "today" if due == today else None
