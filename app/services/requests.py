"""Requests from intake to closing: log, import an email, check identity, act, close, reopen.

Intake values are normalised here (phone to E.164, email lowercased, IIN checked),
types and language detected when the operator did not say, the duplicate warning
computed, then the store writes and the domain's workflow decides the status. An
imported email is read once (`read_email`), shown to the operator, and the very same
parsed message is what `import_email` keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.errors import Notice
from app.domain.vocab import REQUEST_TYPES, require_one_of
from app.domain.workflow import suggested_action, suggested_identity_method
from app.intake.contacts import clean_contacts
from app.intake.detect import detect_language, detect_types
from app.intake.email_parse import ParsedEmail, parse_email_file
from app.store import Register

__all__ = ["Duplicate", "EmailDraft", "Logged", "close_request", "detect", "find_duplicates",
           "import_email", "log_request", "read_email", "record_action", "record_identity",
           "reopen_request", "suggested_action", "suggested_identity_method"]


@dataclass(frozen=True)
class Duplicate:
    """An open request from the same person: its number and what matched."""

    request_id: int
    number: str
    same: str  # "email" or "phone"

    @property
    def notice(self) -> Notice:
        """The warning, as a value each face words."""
        return Notice("possible_duplicate", {"number": self.number, "same": self.same})


@dataclass
class Logged:
    """The request just written, and what the operator should know about it."""

    request_id: int
    warnings: list[Notice] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def detect(text: str) -> tuple[list[str], str]:
    """The rights and the language a request's text suggests, for the operator to confirm."""
    return detect_types(text), detect_language(text)


def find_duplicates(register: Register, email: str | None, phone: str | None,
                    exclude: int | None = None) -> list[Duplicate]:
    """Open requests from the same email or phone (values as the operator typed them)."""
    from app.intake.phone import normalize_email, normalize_phone

    email = normalize_email(email) if email and email.strip() else None
    phone = normalize_phone(phone) if phone and phone.strip() else None
    found = []
    for other in register.open_requests_matching(email, phone):
        if other["id"] == exclude:
            continue
        same = "email" if email and other["email"] == email else "phone"
        found.append(Duplicate(other["id"], other["number"], same))
    return found


def log_request(
    register: Register,
    *,
    channel: str,
    types: list[str] | None,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    iin: str | None = None,
    lang: str | None = None,
    received: datetime | None = None,
    text: str | None = None,
    summary: str | None = None,
    attachment: dict[str, Any] | None = None,
) -> Logged:
    """Log a request from any channel; types and language are detected when not given."""
    email, phone, iin = clean_contacts(email, phone, iin)
    for t in types or []:
        require_one_of(t, REQUEST_TYPES, "unknown_request_type")
    chosen_types = list(types) if types else detect_types(text or "")
    chosen_lang = lang or detect_language(" ".join(filter(None, [text, name])))
    duplicates = find_duplicates(register, email, phone)
    rid = register.add_request(
        channel=channel, types=chosen_types, name=name, email=email, phone=phone, iin=iin,
        lang=chosen_lang, received=received, text=text, summary=summary,
        attachment=attachment,
    )
    return Logged(rid, [d.notice for d in duplicates], duplicates)


@dataclass(frozen=True)
class EmailDraft:
    """An email read for the operator to confirm: the message and what was detected."""

    mail: ParsedEmail
    types: list[str]
    lang: str

    @property
    def name(self) -> str:
        """The requester's name as the message gives it (display name, else address)."""
        return self.mail.sender_name or self.mail.sender_email or self.mail.filename


def read_email(path: str | Path) -> EmailDraft:
    """Read an .eml or .msg file and detect its types and language (nothing is stored)."""
    mail = parse_email_file(path)
    words = f"{mail.subject}\n{mail.text}"
    return EmailDraft(mail, detect_types(words), detect_language(words))


def import_email(
    register: Register,
    draft: EmailDraft,
    *,
    types: list[str] | None = None,
    lang: str | None = None,
    name: str | None = None,
) -> Logged:
    """Keep the email the operator confirmed as a request, with its original inside.

    *types*, *lang* and *name* are the operator's choices; what was detected stands
    where they gave none.
    """
    mail = draft.mail
    logged = log_request(
        register,
        channel="email",
        types=types or draft.types,
        name=(name or "").strip() or draft.name,
        email=mail.sender_email or None,
        lang=lang or draft.lang,
        received=mail.received,
        text=mail.text,
        summary=mail.subject or None,
        attachment={"file_name": mail.filename, "kind": f"original_{mail.kind}",
                    "content": mail.raw},
    )
    logged.warnings[:0] = [w if isinstance(w, Notice) else Notice(str(w)) for w in mail.warnings]
    return logged


def record_identity(register: Register, request_id: int, method: str, result: str,
                    note: str | None = None, checked_by: str | None = None) -> int:
    """Record an identity check (the workflow moves the status)."""
    return register.record_identity(request_id, method, result, note, checked_by)


def record_action(register: Register, request_id: int, kind: str, note: str,
                  by: str | None = None) -> int:
    """Record something done for the request (the rights it fulfils are done)."""
    return register.record_action(request_id, kind, note, by)


def close_request(register: Register, request_id: int, outcome: str,
                  reason: str | None = None) -> None:
    """Close an open request with an outcome."""
    register.close_request(request_id, outcome, reason)


def reopen_request(register: Register, request_id: int, reason: str | None) -> None:
    """Reopen a closed request with a reason."""
    register.reopen_request(request_id, reason)
