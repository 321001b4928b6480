"""Reading a dropped email file (.eml or Outlook .msg) into the fields a new request needs.

The operator drags a mail onto the window; this module turns the file into a
:class:`ParsedEmail`: who sent it, when (in Asia/Almaty time, which the deadlines count in),
the subject, readable body text, and the original bytes with their SHA-256 so the register
keeps exactly what arrived. Real mail is messy (wrong or unknown charsets, missing headers,
truncated MIME, HTML-only bodies), so everything that can be read is read, what had to be
guessed is reported in ``warnings``, and a file that is not an email at all is refused with an
:class:`IntakeError` that says so in one sentence. Files over ``MAX_EMAIL_BYTES`` (25 MB, the
common mail-server limit) are refused from their size on disk, before any byte is read.
Attachments are not extracted yet; only the body text is needed to register a request.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import logging
import math
import os
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.errors import MessageError
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup

from app.intake.errors import IntakeError
from app.intake.phone import normalize_email

logger = logging.getLogger(__name__)


def _where(exc: BaseException) -> str:
    """The innermost code location of an exception (file:line), for a log without data."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    return f"{os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"

MAX_EMAIL_BYTES = 25 * 1024 * 1024
ALMATY = ZoneInfo("Asia/Almaty")

_MB = 1024 * 1024
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
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ParsedEmail:
    """An email file read into the fields a new request needs."""

    kind: str  # "eml" or "msg"
    filename: str  # base name of the file
    sender_name: str  # decoded display name; "" if none
    sender_email: str  # lowercased address; "" if none
    subject: str
    received: datetime  # timezone-aware, Asia/Almaty
    text: str  # readable body text, stripped; never empty
    raw: bytes = field(repr=False)  # the original file bytes, unchanged; too big to print
    sha256: str  # hex SHA-256 of raw
    warnings: tuple[str, ...] = ()


def parse_email_file(path: str | os.PathLike[str]) -> ParsedEmail:
    """Read an .eml or .msg file (chosen by extension, any case) into a :class:`ParsedEmail`.

    Raises :class:`IntakeError` for another extension, a missing or unreadable file, a folder,
    an empty file, a file over ``MAX_EMAIL_BYTES`` (checked with ``os.stat`` before reading),
    and a file that is not an email. When the mail has no usable date, the file's modification
    time is used and a warning says so.
    """
    file_path = Path(path)
    name = file_path.name or str(path)
    extension = file_path.suffix.lower()
    if extension not in (".eml", ".msg"):
        raise IntakeError(
            f"The file '{name}' is not an email file: only .eml and .msg files can be imported.",
            name,
        )
    try:
        info = os.stat(file_path)
    except FileNotFoundError:
        raise IntakeError(f"The file '{name}' does not exist.", name) from None
    except OSError as exc:
        raise IntakeError(f"The file '{name}' cannot be opened: {exc.strerror}.", name) from None
    except ValueError:  # a NUL character in the path
        raise IntakeError(f"The file name '{name}' is not valid.", name) from None
    if stat.S_ISDIR(info.st_mode):
        raise IntakeError(f"'{name}' is a folder, not an email file.", name)
    if not stat.S_ISREG(info.st_mode):
        raise IntakeError(f"'{name}' is not a regular file and cannot be imported.", name)
    _check_size(info.st_size, name)
    try:
        with open(file_path, "rb") as handle:
            # Read one byte past the limit: a file that grew after stat() is still refused.
            data = handle.read(MAX_EMAIL_BYTES + 1)
    except OSError as exc:
        raise IntakeError(f"The file '{name}' cannot be read: {exc.strerror}.", name) from None
    _check_size(len(data), name)

    mtime = datetime.fromtimestamp(info.st_mtime, tz=ALMATY)
    fallback = (mtime, "The email has no valid date; the file's modification time is used.")
    if extension == ".eml":
        return _parse_eml(data, name, fallback)
    return _parse_msg(data, name, fallback)


def parse_eml_bytes(data: bytes, filename: str = "message.eml") -> ParsedEmail:
    """Parse the bytes of an RFC 5322 message (.eml) into a :class:`ParsedEmail`.

    Without a usable Date header the current time is used and a warning says so. Raises
    :class:`IntakeError` for empty or oversized data and for data that is not an email.
    """
    _check_size(len(data), filename)
    return _parse_eml(data, filename, _now_fallback())


def parse_msg_bytes(data: bytes, filename: str = "message.msg") -> ParsedEmail:
    """Parse the bytes of an Outlook .msg file into a :class:`ParsedEmail` (same shape as .eml).

    Without a usable send or delivery time the current time is used and a warning says so.
    Raises :class:`IntakeError` for empty or oversized data and for data that is not an
    Outlook message.
    """
    _check_size(len(data), filename)
    return _parse_msg(data, filename, _now_fallback())


# --- shared -----------------------------------------------------------------------------------


def _check_size(size: int, name: str) -> None:
    if size == 0:
        raise IntakeError(f"The file '{name}' is empty.", name)
    if size > MAX_EMAIL_BYTES:
        # Round up so a file just over the limit never reads as "25.0 MB".
        shown = math.ceil(size / _MB * 10) / 10
        raise IntakeError(
            f"The file '{name}' is {shown:.1f} MB; emails over "
            f"{MAX_EMAIL_BYTES // _MB} MB are not imported.",
            name,
        )


def _now_fallback() -> tuple[datetime, str]:
    return (
        datetime.now(tz=ALMATY),
        "The email has no valid date; the time of import is used.",
    )


@contextlib.contextmanager
def _parse_boundary(name: str, what: str) -> Iterator[None]:
    """Turn anything a parser raises into one IntakeError sentence naming the file.

    This is the only broad catch in intake. The traceback is logged, so a bug in our code or a
    library still shows up in the log instead of disappearing behind the user-facing message.
    """
    try:
        yield
    except IntakeError:
        raise
    except Exception as exc:
        # Logs hold no personal data: no file name, no message text, only where it failed.
        logger.warning("Parsing an email failed: %s at %s", type(exc).__name__,
                       _where(exc))
        raise IntakeError(
            f"The file '{name}' could not be read as {what}: it is damaged or in a format "
            "Otinish does not understand.",
            name,
        ) from exc


def _finish(
    *,
    kind: str,
    name: str,
    data: bytes,
    sender_name: str,
    sender_email: str,
    subject: str,
    received: datetime | None,
    body: str,
    body_is_binary: bool,
    fallback: tuple[datetime, str],
    warnings: list[str],
) -> ParsedEmail:
    """Apply the acceptance rules shared by .eml and .msg and build the result."""
    has_sender = bool(sender_name or sender_email)
    if not has_sender and (not body or body_is_binary):
        raise IntakeError(
            f"The file '{name}' is not an email message: it has no sender and no readable text.",
            name,
        )
    if not sender_email:
        warnings.append("The email has no sender address.")
    text = body
    if not text:
        if not subject:
            raise IntakeError(
                f"The email '{name}' has nothing to read: its text and subject are both empty.",
                name,
            )
        # A request sent with only a subject ("Удалите мои данные") is still a request.
        text = subject
        warnings.append("The email has no body text; its subject is used as the text.")
    if received is None:
        received = fallback[0]
        warnings.append(fallback[1])
    elif received > datetime.now(tz=UTC) + timedelta(days=1):
        # A sender's clock or a forged Date can be wrong; deadlines count from this time.
        warnings.append("The email's date is in the future; check the time it was received.")
    return ParsedEmail(
        kind=kind,
        filename=name,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject,
        received=received.astimezone(ALMATY),
        text=text,
        raw=data,
        sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(dict.fromkeys(warnings)),  # drop repeats, keep order
    )


def _to_almaty(moment: datetime | None) -> datetime | None:
    """Return an aware Almaty time, or None if the moment cannot be represented."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        # RFC 5322 "-0000" means UTC with no statement about the sender's zone.
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(ALMATY)
    except (OverflowError, ValueError):
        return None


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")


def _unescape_surrogates(value: str) -> str:
    """Recover raw 8-bit bytes the email parser kept as surrogates, reading them as UTF-8.

    Many mailers put unencoded UTF-8 into headers; the stdlib keeps such bytes as lone
    surrogates, which cannot be stored or displayed.
    """
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")


def _clean_line(value: str) -> str:
    value = _CONTROL_CHARS.sub(" ", _unescape_surrogates(value))
    return " ".join(value.split())


def _clean_text(value: str) -> str:
    value = _unescape_surrogates(value).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\xa0", " ")
    value = _CONTROL_CHARS.sub("", value)
    lines = [line.rstrip() for line in value.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _looks_binary(text: str) -> bool:
    """Whether decoded text is mostly undecodable bytes or control codes (a binary file)."""
    if not text:
        return False
    if "\x00" in text:
        return True
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r"))
    return bad / len(text) > 0.1


# Python codecs that are not character sets, whatever a mail claims.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})


def _codec_for(charset: str | None) -> str | None:
    """Return a usable Python text codec name for a declared charset, or None."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset.strip().strip('"').lower())
        # Some codecs (base64, zlib, rot13) are not text encodings and cannot decode bytes.
        b"".decode(codec.name)
    except (LookupError, ValueError, TypeError, UnicodeError):
        return None
    return None if codec.name.replace("_", "-") in _NOT_CHARSETS else codec.name


def _decode_bytes(data: bytes, charset: str | None, warnings: list[str]) -> str:
    """Decode body bytes with the declared charset, falling back without ever raising."""
    codec = _codec_for(charset)
    # UTF-8 is tried second because it is the usual truth behind a wrong label ("us-ascii" on
    # Cyrillic text) and, unlike a single-byte guess, it fails loudly when it is wrong.
    candidates = [c for c in (codec, "utf-8") if c]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeError, LookupError):
            continue
    if charset and codec is None:
        warnings.append(
            f"The email declares an unknown character set ({_clean_line(charset)[:40]}); "
            "unreadable characters were replaced."
        )
    else:
        warnings.append("Part of the text was not valid in its character set and was replaced.")
    try:
        return data.decode(codec or "utf-8", errors="replace")
    except (UnicodeError, LookupError):
        return data.decode("utf-8", errors="replace")


_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
)  # fmt: skip
_DROPPED_TAGS = ("script", "style", "head", "title", "noscript", "template", "svg", "object")


def _html_to_text(html: str | bytes) -> str:
    """Turn an HTML mail body into readable plain text.

    Paragraphs and line breaks are kept as blank lines and newlines; scripts, styles and the
    document head are dropped; table cells on one row are separated by spaces.
    """
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup("br"):
        tag.replace_with("\n")
    for tag in soup(["td", "th"]):
        tag.insert_after(" ")
    for tag in soup(_BLOCK_TAGS):
        gap = "\n\n" if tag.name in ("p", "blockquote", "h1", "h2", "h3", "table") else "\n"
        tag.insert_before(gap)
        tag.insert_after(gap)
    text = soup.get_text()
    # HTML source line breaks are not text line breaks: collapse runs of spaces within lines,
    # but keep the newlines produced above.
    lines = [" ".join(line.split()) for line in text.replace("\xa0", " ").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- .eml -------------------------------------------------------------------------------------


def _parse_eml(data: bytes, name: str, fallback: tuple[datetime, str]) -> ParsedEmail:
    if data.startswith(_OLE_MAGIC):
        raise IntakeError(
            f"The file '{name}' is an Outlook .msg message saved with an .eml extension; "
            "rename it to .msg and import it again.",
            name,
        )
    with _parse_boundary(name, "an email message"):
        try:
            # Parse a copy with over-long Content-* headers cut; ``raw`` keeps the original.
            message = BytesParser(policy=policy.default).parsebytes(_cut_mime_headers(data))
        except RecursionError:
            # The parser reads Content-Type while splitting the parts; see _DATA_ERRORS.
            raise IntakeError(
                f"The file '{name}' is damaged: its MIME headers are nested too deeply to read.",
                name,
            ) from None
        warnings: list[str] = []
        sender_name, sender_email = _eml_sender(message)
        subject = _clean_line(_eml_unstructured(message, "subject"))
        received = _to_almaty(_eml_date(message))
        raw_body, _from_plain = _best_text(message, 0, warnings)
        body = _clean_text(raw_body)
        return _finish(
            kind="eml",
            name=name,
            data=data,
            sender_name=sender_name,
            sender_email=sender_email,
            subject=subject,
            received=received,
            body=body,
            body_is_binary=_looks_binary(raw_body) or b"\x00" in data,
            fallback=fallback,
            warnings=warnings,
        )


def _cut_mime_headers(data: bytes) -> bytes:
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
            parts.append(_decode_bytes(chunk, charset, []))
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


def _eml_sender(message: Message) -> tuple[str, str]:
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
        email = normalize_email(_clean_line(address))
        if email:
            return _clean_line(display).strip("\"'<> "), email
    # No usable address: keep whatever names the sender ("From: Petrov I." with no address).
    display, address = candidates[0]
    return _clean_line(display or address).strip("\"'<> "), ""


def _eml_date(message: Message) -> datetime | None:
    raw = _raw_header(message, "date")
    if raw is None:
        return None
    try:
        header = policy.default.header_fetch_parse("date", raw)
    except _DATA_ERRORS:
        return None
    moment = getattr(header, "datetime", None)
    return moment if isinstance(moment, datetime) else None


def _best_text(part: Message, depth: int, warnings: list[str]) -> tuple[str, bool]:
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
    text = _decode_bytes(payload, part.get_content_charset(), warnings)
    if subtype == "html":
        return _html_to_text(text), False
    return text, True


# --- .msg -------------------------------------------------------------------------------------

# MAPI property tags (MS-OXPROPS): property id in the high 16 bits, type in the low 16 bits.
_PR_CLIENT_SUBMIT_TIME = 0x00390040
_PR_MESSAGE_DELIVERY_TIME = 0x0E060040
_PR_MESSAGE_CODEPAGE = 0x3FFD0003
_PR_INTERNET_CPID = 0x3FDE0003
# Windows code pages whose Python codec is not simply "cp<number>".
_CODE_PAGES = {20866: "koi8-r", 21866: "koi8-u", 28591: "latin-1", 28595: "iso8859-5",
               28605: "iso8859-15", 65001: "utf-8"}  # fmt: skip


def _parse_msg(data: bytes, name: str, fallback: tuple[datetime, str]) -> ParsedEmail:
    if not data.startswith(_OLE_MAGIC):
        raise IntakeError(
            f"The file '{name}' is not an Outlook message: a .msg file must be saved by Outlook.",
            name,
        )
    with _parse_boundary(name, "an Outlook message"):
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
                raise IntakeError(
                    f"The file '{name}' is not a readable Outlook message: it is damaged or "
                    "another kind of Office file.",
                    name,
                )
            return _read_msg(msg, data, name, fallback)
        finally:
            msg.close()


def _read_msg(msg: Any, data: bytes, name: str, fallback: tuple[datetime, str]) -> ParsedEmail:
    """Read the fields of an opened extract_msg message.

    Strings are decoded here from the raw streams, with replacement, because extract_msg
    decodes strictly and one damaged property would otherwise cost the whole mail.
    """
    warnings: list[str] = []
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
            return _decode_bytes(raw, ansi, warnings).rstrip("\x00")
        return ""

    sender_name = _clean_line(string("0C1A") or string("0042"))
    sender_email = ""
    # The SMTP properties come first: PR_SENDER_EMAIL_ADDRESS holds an Exchange X.500 path
    # instead of an address for mail sent inside an Exchange organisation.
    for prop in ("5D01", "0C1F", "5D02", "0065"):
        sender_email = normalize_email(_clean_line(string(prop))) or ""
        if sender_email:
            break
    headers = _msg_transport_headers(string("007D"))
    if headers is not None and not (sender_name and sender_email):
        header_name, header_email = _eml_sender(headers)
        sender_name = sender_name or header_name
        sender_email = sender_email or header_email

    subject = _clean_line(string("0037"))
    received = None
    for tag in (_PR_CLIENT_SUBMIT_TIME, _PR_MESSAGE_DELIVERY_TIME):
        received = _to_almaty(_filetime(_msg_property(properties, tag)))
        if received is not None:
            break
    if received is None and headers is not None:
        received = _to_almaty(_eml_date(headers))

    raw_body = string("1000")
    if not raw_body.strip():
        html = msg.getStream("__substg1.0_10130102") or string("1013")
        if html:
            raw_body = _html_to_text(html)
    if not raw_body.strip() and msg.getStream("__substg1.0_10090102"):
        raw_body = _msg_rtf_text(msg, name, warnings)
    body = _clean_text(raw_body)
    return _finish(
        kind="msg",
        name=name,
        data=data,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject,
        received=received,
        body=body,
        body_is_binary=_looks_binary(raw_body),
        fallback=fallback,
        warnings=warnings,
    )


def _msg_transport_headers(text: str) -> Message | None:
    """Parse the internet headers Outlook keeps for received mail, if there are any."""
    if not text.strip():
        return None
    raw = _cut_mime_headers(text.encode("utf-8", "surrogateescape"))
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


def _msg_rtf_text(msg: Any, name: str, warnings: list[str]) -> str:
    """Return the text of an RTF-only .msg body, through extract_msg's RTF de-encapsulation."""
    try:
        body = getattr(msg, "body", None)
        if isinstance(body, str) and body.strip():
            return body
        html = getattr(msg, "htmlBody", None)
        if html:
            return _html_to_text(html)
    except Exception:
        # RTF in the wild is often malformed; the sender and subject are still worth keeping,
        # so log the problem with its traceback and go on without the body.
        logger.warning("Could not read an RTF body")
        warnings.append("The email's formatted (RTF) text could not be read.")
    return ""
