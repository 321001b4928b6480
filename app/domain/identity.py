"""Identity checks: the methods, the results, and what a note may hold.

Art. 7(10) bans keeping copies of identity documents: the register records how
identity was checked, by whom and when, and at most the document type and the
last 4 digits of its number. A note with a longer number is refused; a phone number
called back, an email address matched or a date are not document numbers and may stay.
"""

from __future__ import annotations

import re

from .errors import DomainError
from .vocab import IDENTITY_METHODS, IDENTITY_RESULTS, require_one_of

_LONG_NUMBER = re.compile(r"\d(?:[\s\-./]*\d){4,}")
# Dates are harmless in a note ("checked 20.03.2026"); they are removed before the check.
_DATE = re.compile(r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b")
# An email address matched is not an ID number either ("answered from aigerim1987@mail.kz").
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _without_contacts(note: str) -> str:
    """The note with dates, email addresses and phone numbers taken out: a number called
    back or an address matched is how identity was checked, not an ID document."""
    import phonenumbers

    text = _EMAIL.sub(" ", _DATE.sub(" ", note))
    spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "KZ")]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


def check_identity_record(method: str, result: str, note: str | None) -> None:
    """Raise a DomainError unless the identity check may be stored as given."""
    require_one_of(method, IDENTITY_METHODS, "unknown_identity_method")
    require_one_of(result, IDENTITY_RESULTS, "unknown_identity_result")
    if note and _LONG_NUMBER.search(_without_contacts(note)):
        raise DomainError("identity_note_long_number")
