"""Normalising the contact details people give, so the same person is found again.

Requesters write phone numbers as "8 (701) 555-12-34", "+7 701 555 12 34" or "87015551234",
and email addresses with stray spaces and capitals. The register stores one canonical form
(E.164 for phones, lowercase for email) so that duplicate detection and the identity check
("call back the number on file") compare like with like. Kazakhstan is the default region:
a number written without a country code is read as a Kazakh number.
"""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "KZ"


def normalize_phone(raw: str) -> str | None:
    """Return the phone number in E.164 form ("+77015551234"), or None if it is not one.

    A number without a country code is read as Kazakh, so the domestic "8 701 ..." prefix works.
    None is returned for empty input, text that is not a number, and numbers whose length is not
    possible for their country.
    """
    if not raw or not raw.strip():
        return None
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(raw: str) -> str | None:
    """Return the address stripped and lowercased, or None if it is clearly not an address.

    "Clearly not" means empty, containing whitespace, or not exactly one "@" with text on both
    sides. Angle brackets and a "mailto:" prefix, as copied from a mail client, are removed.
    """
    if not raw:
        return None
    address = raw.strip()
    if address.startswith("<") and address.endswith(">"):
        address = address[1:-1].strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:") :].strip()
    if not address or any(ch.isspace() for ch in address):
        return None
    local, sep, domain = address.partition("@")
    if not sep or not local or not domain or "@" in domain:
        return None
    return address.lower()
