"""Normalising the contact details people give, so the same person is found again.

Requesters write phone numbers as "8 (701) 555-12-34", "+7 701 555 12 34" or "87015551234",
and email addresses with stray spaces and capitals. The register stores one canonical form
(E.164 for phones, lowercase for email) so that duplicate detection and the identity check
("call back the number on file") compare like with like. Kazakhstan is the default region:
a number written without a country code is read as a Kazakh number.

`format_phone` writes a stored number back for a reader: a Kazakh one grouped
"+7 727 200 00 00", bound by no-break spaces so a line never splits it (a number someone
grouped by hand keeps their grouping).
"""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGION = "KZ"
#: Joins the groups of a number as a reader sees it: a line never breaks inside it.
NBSP = "\u00a0"
# A number as the register stores it, or typed with no grouping: "+77272000000".
_UNGROUPED = re.compile(r"\+?\d+")


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


def format_phone(stored: str | None) -> str:
    """A phone number as people read it: a Kazakh number "+7 727 200 00 00" (the groups
    3-3-2-2 joined by no-break spaces), any other number as stored, "" for none.

    Kazakhstan shares the country code +7 with Russia: a number is Kazakh when its
    national number is one of Kazakhstan's (phonenumbers' region "KZ"). Only a number
    written without grouping is grouped: the register's E.164 ("+77272000000") or bare
    digits ("87015551234"). One the operator grouped by hand ("+7 7172 79 00 12", an
    Astana line with its four-digit code) is kept as written, and so is anything that is
    not just a number ("... доб. 12": E.164 would drop the extension).
    """
    if not stored or not stored.strip():
        return ""
    if not _UNGROUPED.fullmatch(stored.strip()):
        return stored
    e164 = normalize_phone(stored)
    if e164 is None:
        return stored
    number = phonenumbers.parse(e164)
    national = str(number.national_number)
    if phonenumbers.region_code_for_number(number) != DEFAULT_REGION or len(national) != 10:
        return stored
    groups = (f"+{number.country_code}", national[:3], national[3:6], national[6:8],
              national[8:])
    return NBSP.join(groups)


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
