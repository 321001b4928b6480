"""Reading a dropped email file (.eml or Outlook .msg) into the fields a new request needs.

This is the entry point the window, the command line and the import service call: it checks
and reads the file (:mod:`app.intake.mail_common`), hands the bytes to the .eml reader
(:mod:`app.intake.eml`) or the .msg reader (:mod:`app.intake.msg`) by extension, and returns a
:class:`ParsedEmail`: who sent it, when (in Asia/Almaty time), the subject, readable body text,
the original bytes with their SHA-256, and :class:`~app.domain.errors.Notice` warnings for what
had to be guessed. A file that cannot be taken in is refused with an :class:`IntakeError` code.
"""

from __future__ import annotations

import os

from app.intake.eml import parse_eml
from app.intake.mail_common import (
    ALMATY,
    MAX_EMAIL_BYTES,
    ParsedEmail,
    check_size,
    now_fallback,
    read_email_file,
)
from app.intake.msg import parse_msg

__all__ = [
    "ALMATY",
    "MAX_EMAIL_BYTES",
    "ParsedEmail",
    "parse_email_file",
    "parse_eml_bytes",
    "parse_msg_bytes",
]


def parse_email_file(path: str | os.PathLike[str]) -> ParsedEmail:
    """Read an .eml or .msg file (chosen by extension, any case) into a :class:`ParsedEmail`.

    Raises :class:`IntakeError` for another extension, a missing or unreadable file, a folder,
    an empty file, a file over ``MAX_EMAIL_BYTES`` (checked with ``os.stat`` before reading),
    and a file that is not an email. When the mail has no usable date, the file's modification
    time is used and a warning says so.
    """
    file = read_email_file(path)
    if file.kind == "eml":
        return parse_eml(file.data, file.name, file.fallback)
    return parse_msg(file.data, file.name, file.fallback)


def parse_eml_bytes(data: bytes, filename: str = "message.eml") -> ParsedEmail:
    """Parse the bytes of an RFC 5322 message (.eml) into a :class:`ParsedEmail`.

    Without a usable Date header the current time is used and a warning says so. Raises
    :class:`IntakeError` for empty or oversized data and for data that is not an email.
    """
    check_size(len(data), filename)
    return parse_eml(data, filename, now_fallback())


def parse_msg_bytes(data: bytes, filename: str = "message.msg") -> ParsedEmail:
    """Parse the bytes of an Outlook .msg file into a :class:`ParsedEmail` (same shape as .eml).

    Without a usable send or delivery time the current time is used and a warning says so.
    Raises :class:`IntakeError` for empty or oversized data and for data that is not an
    Outlook message.
    """
    check_size(len(data), filename)
    return parse_msg(data, filename, now_fallback())
