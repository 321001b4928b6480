"""Reading an RFC 5322 message (.eml) into a :class:`~app.intake.mail_common.ParsedEmail`.

The stdlib email parser does the MIME work, but it is slow or recursive on hostile input and
strict on bad headers, so this module cuts over-long headers before parsing, reads each header
on its own so that one bad header degrades to its raw text instead of losing the mail, and
walks the MIME tree to a bounded depth preferring plain text over HTML. The sender and date
readers are also used for the internet headers an Outlook .msg keeps.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.errors import MessageError
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr

from app.domain.errors import Notice
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

# Only this much of one header is parsed. The stdlib parser of structured headers (addresses,
# dates, Content-*) is quadratic on some inputs: 16 KB of '"' in From takes seconds, 300 KB
# would hang the window. Real headers are far shorter than these limits.
_HEADER_LIMIT = 16 * 1024  # unstructured (Subject), parsed in linear time
_STRUCTURED_HEADER_LIMIT = 2 * 1024  # From, Date, Content-*
# A Content-* header field with its folded continuation lines, at the start of a line.
_MIME_HEADER_FIELD = re.compile(rb"(?im)^content-[a-z0-9-]*:[^\n]*(?:\n[ \t][^\n]*)*")
# Deeper MIME nesting than this is not mail a person wrote; stop before Python's recursion limit.
_MAX_MIME_DEPTH = 64
# Errors the stdlib email package and the codecs raise on malformed input. Catching only these
# where a single header or part is read lets a bad header degrade to its raw text, while a
# real bug (AttributeError, TypeError, ...) still reaches the boundary and gets logged.
# RecursionError is among them because the stdlib header parser recurses once per nested
# comment: "From: ((((..." a few thousand deep exhausts the stack.
_DATA_ERRORS = (MessageError, ValueError, LookupError, IndexError, RecursionError)


def parse_eml(data: bytes, name: str, fallback: Fallback) -> ParsedEmail:
    """Parse checked .eml bytes; ``fallback`` stands in for a missing or unusable Date."""
    if data.startswith(OLE_MAGIC):
        raise IntakeError("msg_saved_as_eml", filename=name, file=name)
    with parse_boundary(name, "eml"):
        try:
            # Parse a copy with over-long Content-* headers cut; ``raw`` keeps the original.
            message = BytesParser(policy=policy.default).parsebytes(cut_mime_headers(data))
        except RecursionError:
            # The parser reads Content-Type while splitting the parts; see _DATA_ERRORS.
            raise IntakeError("eml_mime_too_deep", filename=name, file=name) from None
        warnings: list[Notice] = []
        sender_name, sender_email = eml_sender(message)
        subject = clean_line(_eml_unstructured(message, "subject"))
        received = to_almaty(eml_date(message))
        raw_body, _from_plain = _best_text(message, 0, warnings)
        body = clean_text(raw_body)
        return finish(
            kind="eml",
            name=name,
            data=data,
            sender_name=sender_name,
            sender_email=sender_email,
            subject=subject,
            received=received,
            body=body,
            body_is_binary=looks_binary(raw_body) or b"\x00" in data,
            fallback=fallback,
            warnings=warnings,
            message_id=_raw_header(message, "message-id"),
            has_headers=any(key.lower() in ("from", "date") for key in message.keys()),
        )


def cut_mime_headers(data: bytes) -> bytes:
    """Return ``data`` with each Content-* header field cut to ``_STRUCTURED_HEADER_LIMIT``.

    The parser itself reads Content-Type while it splits the parts, before any of our limits
    could apply, so over-long ones are cut in the bytes it is given.
    """

    def cut(match: re.Match[bytes]) -> bytes:
        field = match.group(0)
        # rstrip so a cut never ends the field on a line break, which would end the headers.
        return (
            field
            if len(field) <= _STRUCTURED_HEADER_LIMIT
            else field[:_STRUCTURED_HEADER_LIMIT].rstrip()
        )

    return _MIME_HEADER_FIELD.sub(cut, data)


def _raw_header(message: Message, name: str, limit: int = _STRUCTURED_HEADER_LIMIT) -> str | None:
    """Return the first raw value of a header, cut to ``limit`` characters, or None."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return str(value)[:limit]
    return None


def _decode_words(raw: str) -> str:
    """Decode RFC 2047 encoded words by hand, tolerating unknown charsets and bad base64."""
    try:
        chunks = decode_header(raw)
    except _DATA_ERRORS:
        return raw
    parts = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset, []))
        else:
            parts.append(chunk)
    return "".join(parts)


def _eml_unstructured(message: Message, name: str) -> str:
    raw = _raw_header(message, name, _HEADER_LIMIT)
    if raw is None:
        return ""
    try:
        return str(policy.default.header_fetch_parse(name, raw))
    except _DATA_ERRORS:
        return _decode_words(raw)


def eml_sender(message: Message) -> tuple[str, str]:
    """Return (display name, lowercased address) from From, each "" when absent."""
    raw = _raw_header(message, "from")
    if raw is None:
        return "", ""
    candidates: list[tuple[str, str]] = []
    try:
        header = policy.default.header_fetch_parse("from", raw)
        candidates = [(item.display_name, item.addr_spec) for item in header.addresses]
    except (*_DATA_ERRORS, AttributeError, TypeError):
        # Besides the data errors, the stdlib address parser raises AttributeError/TypeError on
        # some malformed names (python/cpython#87667, still open). Only stdlib code runs in this
        # block, so catching them here cannot hide a bug of ours.
        candidates = []
    if not candidates:
        try:
            candidates = [parseaddr(_decode_words(raw))]
        except _DATA_ERRORS:
            return "", ""
    for display, address in candidates:
        email = normalize_email(clean_line(address))
        if email:
            return clean_line(display).strip("\"'<> "), email
    # No usable address: keep whatever names the sender ("From: Petrov I." with no address).
    display, address = candidates[0]
    return clean_line(display or address).strip("\"'<> "), ""


def eml_date(message: Message) -> datetime | None:
    """Return the moment in the Date header, or None when it is missing or unreadable."""
    raw = _raw_header(message, "date")
    if raw is None:
        return None
    try:
        header = policy.default.header_fetch_parse("date", raw)
    except _DATA_ERRORS:
        return None
    moment = getattr(header, "datetime", None)
    return moment if isinstance(moment, datetime) else None


def _best_text(part: Message, depth: int, warnings: list[Notice]) -> tuple[str, bool]:
    """Return (text, came from text/plain) for a MIME part, preferring plain over HTML.

    In multipart/alternative the first child with plain text wins, else the first with any
    text; in other multiparts (mixed, related, ...) the texts of all children are joined, so
    a body split around an inline picture is kept whole. Attachments are skipped.
    """
    if depth > _MAX_MIME_DEPTH:
        return "", False
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return "", False
        results = [_best_text(child, depth + 1, warnings) for child in children]
        if part.get_content_subtype() == "alternative":
            for text, from_plain in results:
                if text.strip() and from_plain:
                    return text, True
            for text, from_plain in results:
                if text.strip():
                    return text, from_plain
            return "", False
        texts = [text for text, _ in results if text.strip()]
        return "\n\n".join(texts), any(plain for text, plain in results if text.strip())
    if part.get_content_maintype() != "text" or part.is_attachment():
        return "", False
    subtype = part.get_content_subtype()
    if subtype not in ("plain", "html"):
        return "", False
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", False
    text = decode_bytes(payload, part.get_content_charset(), warnings)
    if subtype == "html":
        return html_to_text(text, warnings), False
    return text, True
