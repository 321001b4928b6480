"""Turning outside things into requests in the register: calls, letters, emails.

This is where intake meets the store: values are normalized (phone to E.164,
email lowercased, IIN checked), types and language detected when the operator
did not say, the duplicate warning computed, and one request written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, Notice
from app.domain.identifiers import check_id
from app.domain.vocab import REQUEST_TYPES, require_one_of
from app.store import Register

from .detect import detect_language, detect_types
from .email_parse import parse_email_file
from .phone import normalize_email, normalize_phone


@dataclass
class Logged:
    """The request just written, and warnings for the operator.

    ``warnings`` holds the parsed mail's notices first, then one sentence per duplicate
    (``Duplicate.sentence``) until duplicates become notices too.
    """

    request_id: int
    warnings: list[Notice | str] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def clean_contacts(email: str | None, phone: str | None, iin: str | None
                   ) -> tuple[str | None, str | None, str | None]:
    """Normalize and validate contact details; raise DomainError on a bad one."""
    norm_email = None
    if email and email.strip():
        norm_email = normalize_email(email)
        if norm_email is None:
            raise DomainError("not_an_email_address", value=email)
    norm_phone = None
    if phone and phone.strip():
        norm_phone = normalize_phone(phone)
        if norm_phone is None:
            raise DomainError("not_a_phone_number", value=phone)
    clean_iin = None
    if iin and iin.strip():
        result = check_id(iin.strip())
        if not result.valid:
            raise DomainError("invalid_iin", value=iin.strip(), reason=result.reason)
        if result.kind != "IIN":
            # A valid BIN names a company; a requester is a person.
            raise DomainError("iin_is_a_bin", value=iin.strip())
        clean_iin = iin.strip()
    return norm_email, norm_phone, clean_iin


@dataclass(frozen=True)
class Duplicate:
    """An open request from the same person: its number and what matched."""

    request_id: int
    number: str
    same: str  # "email" or "phone"

    def sentence(self) -> str:
        """The warning in English (the CLI's wording; the window translates its own)."""
        return f"Possible duplicate: open request {self.number} has the same {self.same}."


def find_duplicates(register: Register, email: str | None, phone: str | None,
                    exclude: int | None = None) -> list[Duplicate]:
    """Open requests from the same email or phone."""
    found = []
    for other in register.open_requests_matching(email, phone):
        if other["id"] == exclude:
            continue
        same = "email" if email and other["email"] == email else "phone"
        found.append(Duplicate(other["id"], other["number"], same))
    return found


def duplicate_warnings(register: Register, email: str | None, phone: str | None,
                       exclude: int | None = None) -> list[str]:
    """One warning sentence per open request from the same email or phone."""
    return [d.sentence() for d in find_duplicates(register, email, phone, exclude)]


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
        require_one_of(t, REQUEST_TYPES, "request type")
    chosen_types = list(types) if types else detect_types(text or "")
    chosen_lang = lang or detect_language(" ".join(filter(None, [text, name])))
    duplicates = find_duplicates(register, email, phone)
    rid = register.add_request(
        channel=channel, types=chosen_types, name=name, email=email, phone=phone, iin=iin,
        lang=chosen_lang, received=received, text=text, summary=summary,
        attachment=attachment,
    )
    warnings: list[Notice | str] = [d.sentence() for d in duplicates]
    return Logged(rid, warnings, duplicates)


def import_email(
    register: Register,
    path: str | Path,
    *,
    types: list[str] | None = None,
    lang: str | None = None,
    name: str | None = None,
) -> Logged:
    """Import one .eml or .msg file as a request; the original is kept inside the register.

    *types*, *lang* and *name* override what was detected (the operator confirmed them).
    """
    mail = parse_email_file(path)
    name = (name or "").strip() or mail.sender_name or mail.sender_email or Path(path).name
    body = mail.text
    logged = log_request(
        register,
        channel="email",
        types=types or detect_types(f"{mail.subject}\n{body}"),
        name=name,
        email=mail.sender_email or None,
        lang=lang or detect_language(f"{mail.subject}\n{body}"),
        received=mail.received,
        text=body,
        summary=mail.subject or None,
        attachment={"file_name": mail.filename, "kind": f"original_{mail.kind}",
                    "content": mail.raw},
    )
    logged.warnings[:0] = list(mail.warnings)
    return logged
