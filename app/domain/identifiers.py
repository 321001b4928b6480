"""Kazakh IIN (individual) and BIN (legal entity) numbers: structure and check digit.

IIN = YYMMDD, a century/sex digit (1-6; 0 for some foreigners), 4 serial digits
and a check digit; since 2013 the first digits need not encode the birth date or the
century, so only the check digit refuses a number (a date that does not read as one
is a warning), and the app never infers sex from an IIN. BIN = YYMM, a type digit
(4 resident, 5 non-resident, 6 joint IP), an attribute digit (0-3), 5 serial digits and
a check digit. The check digit
algorithm is the same for both (see kz-rules.md, "Identifiers").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import Notice

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True)
class IdCheck:
    """The result of checking a 12-digit number: valid or not, which kind, and why not."""

    valid: bool
    kind: str | None  # "IIN", "BIN" or None when the kind cannot be told
    #: Why not, as a code ("id_wrong_check_digit"); None when valid.
    reason: str | None
    #: Something that looks wrong but is not a reason to refuse (an IIN whose date or
    #: century digit does not read as a birth date: since 2013 they need not), or None.
    warning: str | None = None

    @property
    def notice(self) -> Notice | None:
        """The warning, as a value each face words; None when there is none."""
        return Notice(self.warning, {"kind": self.kind or "IIN"}) if self.warning else None

    @property
    def problem(self) -> Notice | None:
        """Why the number is not valid, as a value each face words; None when valid."""
        return None if self.valid or self.reason is None else Notice(
            self.reason, {"kind": self.kind or "IIN/BIN"})


def check_digit(first_eleven: str) -> int | None:
    """Return the check digit for 11 digits, or None when the algorithm gives none."""
    digits = [int(c) for c in first_eleven]
    s = sum(w * d for w, d in zip(_WEIGHTS_1, digits, strict=True)) % 11
    if s == 10:
        s = sum(w * d for w, d in zip(_WEIGHTS_2, digits, strict=True)) % 11
        if s == 10:
            return None
    return s


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def check_id(number: str) -> IdCheck:
    """Check an IIN or BIN and tell which of the two it is."""
    raw = (number or "").strip()
    if len(raw) != 12 or not raw.isascii() or not raw.isdigit():
        return IdCheck(False, None, "id_not_12_digits")
    kind = "BIN" if raw[4] in "456" else "IIN"
    warning = None
    if kind == "IIN":
        # Since 2013 an IIN's digits are not guaranteed to encode the birth date or the
        # century (Ministry of Justice, 2019): only the check digit is the hard rule.
        century_digit = int(raw[6])
        yy, mm, dd = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
        if century_digit not in _CENTURY and century_digit != 0:
            warning = "iin_century_digit"
        else:
            # Digit 0 (some foreigners) gives no century: 2000 is a leap year, so any real
            # day-and-month passes.
            year = _CENTURY.get(century_digit, 2000) + yy
            if not _real_date(year, mm, dd):
                warning = "iin_birth_date"
    else:
        if not 1 <= int(raw[2:4]) <= 12:
            return IdCheck(False, kind, "bin_month")
        if raw[5] not in "0123":
            return IdCheck(False, kind, "bin_attribute")
    expected = check_digit(raw[:11])
    if expected is None:
        return IdCheck(False, kind, "id_no_check_digit")
    if expected != int(raw[11]):
        return IdCheck(False, kind, "id_wrong_check_digit")
    return IdCheck(True, kind, None, warning)


def message_id_key(value: str | None) -> str | None:
    """A mail's Message-ID as the register compares it: `<id@host>` with whitespace and
    folding removed, case kept (Message-IDs are exact); None when there is none."""
    text = "".join((value or "").split())
    return text or None
