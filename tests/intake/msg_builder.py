"""A test data builder for small Outlook .msg files, so .msg parsing is tested on real bytes.

No .msg sample ships with our dependencies, and Outlook is not available in CI. A .msg file is
a Compound File Binary (CFB/OLE2) container holding MAPI properties as streams [MS-OXMSG]:
each string property is a ``__substg1.0_<id><type>`` stream, and the fixed-size ones (times,
flags, code page) are 16-byte entries in ``__properties_version1.0``. This module lays out
those streams itself; the CFB container is written with ``extract_msg.OleWriter``, the public
OLE writer that ships with extract-msg (reading goes through the separate olefile package, so
the test does not read back what the same code wrote). Only what a plain received email needs
is produced: subject, sender, plain/HTML body, transport headers and the two time stamps.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime

from extract_msg import OleWriter

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_BINARY = 0x0102

PR_MESSAGE_CLASS = 0x001A
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_TRANSPORT_MESSAGE_HEADERS = 0x007D
PR_SENDER_NAME = 0x0C1A
PR_SENDER_ADDRTYPE = 0x0C1E
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_MESSAGE_FLAGS = 0x0E07
PR_BODY = 0x1000
PR_HTML = 0x1013
PR_RTF_COMPRESSED = 0x1009
PR_STORE_SUPPORT_MASK = 0x340D
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_SENDER_SMTP_ADDRESS = 0x5D01

STORE_UNICODE_OK = 0x00040000
MSGFLAG_READ = 0x0001
_PROP_READABLE_WRITABLE = 0x00000006
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def filetime(moment: datetime) -> int:
    """Return a timezone-aware datetime as a FILETIME (100 ns ticks since 1601-01-01 UTC)."""
    delta = moment - _FILETIME_EPOCH
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def build_msg(
    *,
    subject: str = "",
    body: str | None = None,
    html: bytes | None = None,
    rtf_compressed: bytes | None = None,
    sender_name: str = "",
    sender_email: str = "",
    smtp_address: str | None = None,
    submit_time: datetime | None = None,
    delivery_time: datetime | None = None,
    transport_headers: str | None = None,
    message_class: str = "IPM.Note",
    ansi_code_page: int | None = None,
) -> bytes:
    """Return the bytes of a .msg file holding the given properties.

    Strings are written as Unicode (PT_UNICODE) unless ``ansi_code_page`` is given; then they
    are 8-bit strings (PT_STRING8) in that Windows code page, as older Outlook versions wrote
    them, and PR_MESSAGE_CODEPAGE says which one. ``rtf_compressed`` is an RTF body already
    compressed as Outlook stores it (MS-OXRTFCP, e.g. with ``compressed_rtf.compress``).
    """
    string_type = PT_UNICODE if ansi_code_page is None else PT_STRING8
    codec = "utf-16-le" if ansi_code_page is None else f"cp{ansi_code_page}"
    streams: dict[str, bytes] = {}
    entries: list[bytes] = []

    def variable(prop_id: int, prop_type: int, data: bytes) -> None:
        streams[f"__substg1.0_{prop_id:04X}{prop_type:04X}"] = data
        size = len(data)
        if prop_type == PT_UNICODE:
            size += 2  # the size counts the terminating null, which the stream leaves out
        elif prop_type == PT_STRING8:
            size += 1
        entries.append(
            struct.pack("<IIII", (prop_id << 16) | prop_type, _PROP_READABLE_WRITABLE, size, 0)
        )

    def fixed(prop_id: int, prop_type: int, value: int) -> None:
        entries.append(
            struct.pack("<IIQ", (prop_id << 16) | prop_type, _PROP_READABLE_WRITABLE, value)
        )

    def text(prop_id: int, value: str) -> None:
        variable(prop_id, string_type, value.encode(codec))

    text(PR_MESSAGE_CLASS, message_class)
    if subject:
        text(PR_SUBJECT, subject)
    if sender_name:
        text(PR_SENDER_NAME, sender_name)
    if sender_email:
        text(PR_SENDER_ADDRTYPE, "SMTP")
        text(PR_SENDER_EMAIL_ADDRESS, sender_email)
    if smtp_address is not None:
        text(PR_SENDER_SMTP_ADDRESS, smtp_address)
    if body is not None:
        text(PR_BODY, body)
    if html is not None:
        variable(PR_HTML, PT_BINARY, html)
    if rtf_compressed is not None:
        variable(PR_RTF_COMPRESSED, PT_BINARY, rtf_compressed)
    if transport_headers is not None:
        text(PR_TRANSPORT_MESSAGE_HEADERS, transport_headers)
    if submit_time is not None:
        fixed(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME, filetime(submit_time))
    if delivery_time is not None:
        fixed(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME, filetime(delivery_time))
    fixed(PR_MESSAGE_FLAGS, PT_LONG, MSGFLAG_READ)
    if ansi_code_page is None:
        fixed(PR_STORE_SUPPORT_MASK, PT_LONG, STORE_UNICODE_OK)
    else:
        fixed(PR_STORE_SUPPORT_MASK, PT_LONG, 0)
        fixed(PR_MESSAGE_CODEPAGE, PT_LONG, ansi_code_page)

    # Top-level message header: 8 reserved bytes, next recipient id, next attachment id,
    # recipient count, attachment count, 8 reserved bytes.
    header = struct.pack("<8xIIII8x", 0, 0, 0, 0)
    writer = OleWriter()
    writer.addEntry("__properties_version1.0", data=header + b"".join(entries))
    for name, data in streams.items():
        writer.addEntry(name, data=data)
    # Outlook always writes the named-property map; an empty one is valid.
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", data=b"")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
