"""The rules every dropped mail file goes through, whatever its format.

A file is refused before it is read when it is not an .eml or .msg, missing, a folder, empty or
over ``MAX_EMAIL_BYTES`` (25 MB, the common mail-server limit). After the .eml or .msg reader
has pulled out the sender, subject, date and body, :func:`finish` applies the acceptance rules
both formats share (a mail needs a sender or readable text; a subject can stand in for an empty
body; a missing date falls back to the file's or the import's time) and builds the
:class:`ParsedEmail`, with times in Asia/Almaty, where the deadlines count. Problems the user
can fix are raised as :class:`IntakeError` codes and guesses are reported as
:class:`~app.domain.errors.Notice` values; neither carries a sentence.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.clock import ALMATY
from app.domain.errors import Notice
from app.domain.identifiers import message_id_key
from app.intake.errors import IntakeError

logger = logging.getLogger(__name__)

MAX_EMAIL_BYTES = 25 * 1024 * 1024

_MB = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: The time a mail without a usable date is taken as received, and the notice saying so.
Fallback = tuple[datetime, Notice]


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
    warnings: tuple[Notice, ...] = ()
    #: The Message-ID header (normalised), so the same message is not imported twice.
    message_id: str | None = None


@dataclass(frozen=True)
class EmailFile:
    """A mail file read from disk and checked, not yet parsed."""

    kind: str  # "eml" or "msg", from the extension
    name: str  # base name of the file
    data: bytes = field(repr=False)
    fallback: Fallback  # the file's modification time, for a mail without a date


def read_email_file(path: str | os.PathLike[str]) -> EmailFile:
    """Read an .eml or .msg file (chosen by extension, any case) after checking it.

    Raises :class:`IntakeError` for another extension, a missing or unreadable file, a folder,
    an empty file and a file over ``MAX_EMAIL_BYTES`` (checked with ``os.stat`` before reading).
    """
    file_path = Path(path)
    name = file_path.name or str(path)
    extension = file_path.suffix.lower()
    if extension not in (".eml", ".msg"):
        raise IntakeError("not_an_email_file", filename=name, file=name)
    try:
        info = os.stat(file_path)
    except FileNotFoundError:
        raise IntakeError("email_file_missing", filename=name, file=name) from None
    except OSError as exc:
        raise IntakeError("email_file_unopenable", filename=name, file=name,
                          reason=exc.strerror) from None
    except ValueError:  # a NUL character in the path
        raise IntakeError("email_file_name_invalid", filename=name, file=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise IntakeError("email_file_is_folder", filename=name, file=name)
    if not stat.S_ISREG(info.st_mode):
        raise IntakeError("email_file_not_regular", filename=name, file=name)
    check_size(info.st_size, name)
    try:
        with open(file_path, "rb") as handle:
            # Read one byte past the limit: a file that grew after stat() is still refused.
            data = handle.read(MAX_EMAIL_BYTES + 1)
    except OSError as exc:
        raise IntakeError("email_file_unreadable", filename=name, file=name,
                          reason=exc.strerror) from None
    check_size(len(data), name)
    mtime = datetime.fromtimestamp(info.st_mtime, tz=ALMATY)
    return EmailFile(extension[1:], name, data, (mtime, Notice("email_date_from_file_time")))


def check_size(size: int, name: str) -> None:
    """Refuse an empty mail or one over ``MAX_EMAIL_BYTES``."""
    if size == 0:
        raise IntakeError("email_empty", filename=name, file=name)
    if size > MAX_EMAIL_BYTES:
        # Round up so a file just over the limit never reads as "25.0 MB".
        shown = math.ceil(size / _MB * 10) / 10
        raise IntakeError("email_too_large", filename=name, file=name, size_mb=shown,
                          limit_mb=MAX_EMAIL_BYTES // _MB)


def now_fallback() -> Fallback:
    """The fallback for mail bytes that come without a file: the time of import."""
    return datetime.now(tz=ALMATY), Notice("email_date_from_import_time")


def _where(exc: BaseException) -> str:
    """The innermost code location of an exception (file:line), for a log without data."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    return f"{os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"


@contextlib.contextmanager
def parse_boundary(name: str, kind: str) -> Iterator[None]:
    """Turn anything a parser raises into one IntakeError naming the file.

    This is the only broad catch in intake. The traceback is logged, so a bug in our code or a
    library still shows up in the log instead of disappearing behind the user-facing message.
    ``kind`` is "eml" or "msg": the user is told which kind of message could not be read.
    """
    try:
        yield
    except IntakeError:
        raise
    except Exception as exc:
        # Logs hold no personal data: no file name, no message text, only where it failed.
        logger.warning("Parsing an email failed: %s at %s", type(exc).__name__,
                       _where(exc))
        if kind == "msg":
            raise IntakeError("msg_damaged", filename=name, file=name) from exc
        raise IntakeError("eml_damaged", filename=name, file=name) from exc


def finish(
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
    fallback: Fallback,
    warnings: list[Notice],
    message_id: str | None = None,
    has_headers: bool = True,
) -> ParsedEmail:
    """Apply the acceptance rules shared by .eml and .msg and build the result.

    A message has a From or a Date header of its own (RFC 5322), *has_headers*; a text
    file renamed .eml has neither and is refused rather than becoming a request.
    """
    has_sender = bool(sender_name or sender_email)
    if not has_sender and (not body or body_is_binary):
        raise IntakeError("not_an_email", filename=name, file=name)
    if not has_headers:
        raise IntakeError("not_a_message", filename=name, file=name)
    if not sender_email:
        warnings.append(Notice("email_no_sender_address"))
    text = body
    if not text:
        if not subject:
            raise IntakeError("email_nothing_to_read", filename=name, file=name)
        # A request sent with only a subject ("Удалите мои данные") is still a request.
        text = subject
        warnings.append(Notice("email_subject_as_text"))
    if received is None:
        received = fallback[0]
        warnings.append(fallback[1])
    elif received > datetime.now(tz=UTC) + timedelta(days=1):
        # A sender's clock or a forged Date can be wrong; deadlines count from this time.
        warnings.append(Notice("email_date_in_future"))
    # A Notice holds a dict and cannot be hashed, so repeats are dropped by equality.
    unique: list[Notice] = []
    for warning in warnings:
        if warning not in unique:
            unique.append(warning)
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
        warnings=tuple(unique),
        message_id=message_id_key(message_id),
    )


def to_almaty(moment: datetime | None) -> datetime | None:
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
