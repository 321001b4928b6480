"""A requester's contact details as the register keeps them: one form, checked.

Email addresses are lowercased, phone numbers put in E.164 (so `+7 701 555 12 34` and
`87015551234` match as duplicates), an IIN checked by its check digit. A bad value is
refused with a problem naming it, before anything is written.
"""

from __future__ import annotations

import re

import phonenumbers

from app.domain.errors import DomainError
from app.domain.identifiers import check_id

from .phone import DEFAULT_REGION, normalize_email, normalize_phone


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


# --- a name and a phone number the text gives -----------------------------------------------
# A person's name as they write it: two or three capitalised words (Cyrillic, Kazakh or Latin).
_NAME_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)?"
_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
# Kazakh attaches "I am" to the last word: "Мен Айгерим Ахметовамын".
_KK_I_AM = re.compile(r"(?:мын|мін|пын|пін|бын|бін)$")
_INTRODUCTIONS = [
    re.compile(p) for p in (
        rf"(?i:меня\s+зовут)\s+{_NAME}",
        rf"(?i:мое|моё)\s+(?i:имя)\s*[:\-—]?\s*{_NAME}",
        rf"(?i:фио)\s*[:\-—]\s*{_NAME}",
        rf"(?:^|[.!?,]\s+|\n)(?i:я)\s*,?\s+{_NAME}",
        rf"(?i:менің\s+атым)\s+{_NAME}",
        rf"(?:^|[.!?,]\s+|\n)(?i:мен)\s*,?\s+{_NAME}",
        rf"(?i:my\s+name\s+is)\s+{_NAME}",
        rf"(?:^|[.!?,]\s+|\n)I\s+am\s+{_NAME}",
        rf"(?i:с\s+уважением|құрметпен|best\s+regards|kind\s+regards|regards|sincerely)"
        rf"\s*,?\s*\n\s*{_NAME}\s*$",
    )
]  # fmt: skip
# Words a capitalised sentence start may put after "Я"/"Мен" that are not names.
_NOT_NAMES = frozenset({"Прошу", "Хочу", "Требую", "Являюсь", "Сіздерден", "Сізден",
                        "Өтінемін", "Сұраймын", "Would", "Want", "Request"})


def find_name(text: str) -> str | None:
    """The name a requester gives in their text ("меня зовут …", "Мен … атымын",
    "My name is …", a signature after "С уважением,"), or None."""
    for pattern in _INTRODUCTIONS:
        for match in pattern.finditer(text or ""):
            words = match.group("name").split()
            if words[0] in _NOT_NAMES:
                continue
            if words[-1] in ("атымын", "боламын"):
                words = words[:-1]
            words[-1] = _KK_I_AM.sub("", words[-1]) if len(words[-1]) > 5 else words[-1]
            if len(words) >= 2:
                return " ".join(words)
    return None


def find_phone(text: str) -> str | None:
    """The first phone number in *text* ("+7 705 123 45 67", "8 (701) 555-12-34"), in E.164."""
    for match in phonenumbers.PhoneNumberMatcher(text or "", DEFAULT_REGION):
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found = normalize_phone(number)
        if found:
            return found
    return None
