"""Reading an Outlook .msg file into the same :class:`~app.intake.mail_common.ParsedEmail` as .eml.

A .msg is an OLE compound file of MAPI properties. extract_msg opens the container, but the
strings and times are read here from the raw property streams: extract_msg decodes strictly
(one damaged property would cost the whole mail) and converts times through the machine's local
zone. The sender falls back to the internet headers Outlook keeps for received mail, and an
RTF-only body goes through extract_msg's de-encapsulation. Attachments are not extracted.
"""

from __future__ import annotations

import io
import logging
import struct
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any

from app.domain.errors import Notice
from app.intake.eml import cut_mime_headers, eml_date, eml_sender
from app.intake.errors import IntakeError
from app.intake.mail_common import (
    OLE_MAGIC,
    Fallback,
    ParsedEmail,
    finish,
    parse_boundary,
    to_almaty,
)
from app.intake.mail_text import clean_line, clean_text, decode_bytes, html_to_text, looks_binary
from app.intake.phone import normalize_email

logger = logging.getLogger(__name__)

_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# MAPI property tags (MS-OXPROPS): property id in the high 16 bits, type in the low 16 bits.
_PR_CLIENT_SUBMIT_TIME = 0x00390040
_PR_MESSAGE_DELIVERY_TIME = 0x0E060040
_PR_MESSAGE_CODEPAGE = 0x3FFD0003
_PR_INTERNET_CPID = 0x3FDE0003
# Windows code pages whose Python codec is not simply "cp<number>".
_CODE_PAGES = {20866: "koi8-r", 21866: "koi8-u", 28591: "latin-1", 28595: "iso8859-5",
               28605: "iso8859-15", 65001: "utf-8"}  # fmt: skip


def parse_msg(data: bytes, name: str, fallback: Fallback) -> ParsedEmail:
    """Parse checked .msg bytes; ``fallback`` stands in for a missing send and delivery time."""
    if not data.startswith(OLE_MAGIC):
        raise IntakeError("not_an_outlook_message", filename=name, file=name)
    with parse_boundary(name, "msg"):
        # Imported here, not at module level: extract_msg pulls in RTF and HTML tooling that
        # would slow the application's start for users who only ever import .eml files.
        import extract_msg
        from extract_msg.enums import ErrorBehavior

        msg = extract_msg.openMsg(
            io.BytesIO(data),
            strict=False,
            delayAttachments=True,
            errorBehavior=ErrorBehavior.SUPPRESS_ALL,
        )
        try:
            if not msg.classType:
                raise IntakeError("outlook_file_not_a_message", filename=name, file=name)
            return _read_msg(msg, data, name, fallback)
        finally:
            msg.close()


def _read_msg(msg: Any, data: bytes, name: str, fallback: Fallback) -> ParsedEmail:
    """Read the fields of an opened extract_msg message.

    Strings are decoded here from the raw streams, with replacement, because extract_msg
    decodes strictly and one damaged property would otherwise cost the whole mail.
    """
    warnings: list[Notice] = []
    properties = msg.getStream("__properties_version1.0") or b""
    code_page = _msg_property(properties, _PR_MESSAGE_CODEPAGE)
    if code_page is None:
        code_page = _msg_property(properties, _PR_INTERNET_CPID)
    ansi = _CODE_PAGES.get(code_page or 0, f"cp{code_page}" if code_page else None)

    def string(prop: str) -> str:
        raw = msg.getStream(f"__substg1.0_{prop}001F")
        if raw is not None:
            return raw.decode("utf-16-le", "replace").rstrip("\x00")
        raw = msg.getStream(f"__substg1.0_{prop}001E")
        if raw is not None:
            return decode_bytes(raw, ansi, warnings).rstrip("\x00")
        return ""

    sender_name = clean_line(string("0C1A") or string("0042"))
    sender_email = ""
    # The SMTP properties come first: PR_SENDER_EMAIL_ADDRESS holds an Exchange X.500 path
    # instead of an address for mail sent inside an Exchange organisation.
    for prop in ("5D01", "0C1F", "5D02", "0065"):
        sender_email = normalize_email(clean_line(string(prop))) or ""
        if sender_email:
            break
    headers = _msg_transport_headers(string("007D"))
    if headers is not None and not (sender_name and sender_email):
        header_name, header_email = eml_sender(headers)
        sender_name = sender_name or header_name
        sender_email = sender_email or header_email

    subject = clean_line(string("0037"))
    received = None
    for tag in (_PR_CLIENT_SUBMIT_TIME, _PR_MESSAGE_DELIVERY_TIME):
        received = to_almaty(_filetime(_msg_property(properties, tag)))
        if received is not None:
            break
    if received is None and headers is not None:
        received = to_almaty(eml_date(headers))

    raw_body = string("1000")
    if not raw_body.strip():
        html = msg.getStream("__substg1.0_10130102") or string("1013")
        if html:
            raw_body = html_to_text(html, warnings)
    if not raw_body.strip() and msg.getStream("__substg1.0_10090102"):
        raw_body = _msg_rtf_text(msg, warnings)
    body = clean_text(raw_body)
    return finish(
        kind="msg",
        name=name,
        data=data,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject,
        received=received,
        body=body,
        body_is_binary=looks_binary(raw_body),
        fallback=fallback,
        warnings=warnings,
        message_id=string("1035") or (str(headers.get("Message-ID") or "")
                                      if headers is not None else None),
    )


def _msg_transport_headers(text: str) -> Message | None:
    """Parse the internet headers Outlook keeps for received mail, if there are any."""
    if not text.strip():
        return None
    raw = cut_mime_headers(text.encode("utf-8", "surrogateescape"))
    return BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)


def _msg_property(properties: bytes, tag: int) -> int | None:
    """Return the 8-byte value of a fixed-size property in the top-level properties stream.

    Read here rather than through extract_msg, whose dates go through the machine's local
    zone (tzlocal) and its own "null date" classes, while a FILETIME is plain UTC.
    """
    # The top-level message's stream has a 32-byte header, then 16-byte entries:
    # tag (4), flags (4), value (8); 4-byte types use the low half of the value.
    for offset in range(32, len(properties) - 15, 16):
        entry_tag, _flags, value = struct.unpack_from("<IIQ", properties, offset)
        if entry_tag == tag:
            return value & 0xFFFFFFFF if tag & 0xFFFF == 0x0003 else value
    return None


def _filetime(value: int | None) -> datetime | None:
    """Convert a FILETIME (100 ns ticks since 1601, UTC) into a datetime; None when unset."""
    # 0 means unset; dates after year 4000 are Outlook's "no date" markers.
    if not value:
        return None
    try:
        moment = _FILETIME_EPOCH + timedelta(microseconds=value // 10)
    except OverflowError:
        return None
    return moment if moment.year < 4000 else None


def _msg_rtf_text(msg: Any, warnings: list[Notice]) -> str:
    """Return the text of an RTF-only .msg body, through extract_msg's RTF de-encapsulation."""
    try:
        body = getattr(msg, "body", None)
        if isinstance(body, str) and body.strip():
            return body
        html = getattr(msg, "htmlBody", None)
        if html:
            return html_to_text(html)
    except Exception:
        # RTF in the wild is often malformed; the sender and subject are still worth keeping,
        # so log the problem with its traceback and go on without the body.
        logger.warning("Could not read an RTF body")
        warnings.append(Notice("email_rtf_unreadable"))
    return ""
