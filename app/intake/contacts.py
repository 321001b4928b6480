"""A requester's contact details as the register keeps them: one form, checked.

Email addresses are lowercased, phone numbers put in E.164 (so `+7 701 555 12 34` and
`87015551234` match as duplicates), an IIN checked by its check digit. A bad value is
refused with a problem naming it, before anything is written.
"""

from __future__ import annotations

from app.domain.errors import DomainError
from app.domain.identifiers import check_id

from .phone import normalize_email, normalize_phone


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
            raise DomainError("invalid_iin", value=iin.strip(), reason=result.problem)
        if result.kind != "IIN":
            # A valid BIN names a company; a requester is a person.
            raise DomainError("iin_is_a_bin", value=iin.strip())
        clean_iin = iin.strip()
    return norm_email, norm_phone, clean_iin
