"""Reading an email the operator pasted: for people whose webmail cannot save an .eml.

What is pasted comes in one of three shapes, and each becomes the same
:class:`~app.intake.mail_common.ParsedEmail` a dropped .eml does (so the import dialog,
duplicates and the register's original are the same path):

* a message's source (Gmail's "Show original", "Show message source" elsewhere): real
  headers (Received, Return-Path, MIME-Version, ...) then the body, read by the .eml reader
  itself; Gmail's summary table above the source is skipped;
* a header block as the webmail shows or forwards it, then the text: Gmail's and Outlook's
  ``From: / Sent: / To: / Subject:`` (``От: / Отправлено: / Кому: / Тема:`` in Russian),
  mail.ru's ``От кого: / Кому: / Дата: / Тема:``, Yandex's ``25.11.2026, 10:14, "Name"
  <a@ya.ru>:`` line, Kazakh labels (``Кімнен: / Күні: / Тақырыбы:``);
* the body text alone, with the sender and the date typed by the operator.

The received time is the date in the pasted headers; without one, it is the time the operator
typed, and a notice says so. No sender anywhere, no readable text, or no date at all is refused
with one :class:`~app.domain.errors.DomainError` code (as a bad contact is: there is no file to
name), before anything is stored; a message's source that cannot be read is the .eml reader's
:class:`~app.intake.errors.IntakeError`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parseaddr

from app.domain.errors import DomainError, Notice
from app.intake.eml import parse_eml
from app.intake.mail_common import MAX_EMAIL_BYTES, ParsedEmail, finish
from app.intake.mail_text import clean_line, clean_text, looks_binary
from app.intake.pasted_dates import parse_when
from app.intake.phone import normalize_email

#: The name the pasted text is kept under in the register (and shown in the import dialog).
PASTED_NAME = "pasted-email.txt"
PASTED_SOURCE_NAME = "pasted-email.eml"  # a message's source, kept as the .eml it is

_NO_DATE = datetime(1970, 1, 1, tzinfo=UTC)
_NO_DATE_NOTICE = Notice("pasted_no_date")
# Headers only a message's source has: pasted from "Show original" when one starts a line.
_SOURCE_START = re.compile(
    r"(?im)^(?:delivered-to|return-path|received|arc-seal|arc-message-signature|"
    r"arc-authentication-results|dkim-signature|authentication-results|received-spf|"
    r"x-received|x-google-smtp-source|mime-version|message-id|x-mailer|x-yandex-[a-z-]+|"
    r"x-mailru-[a-z-]+):[ \t]*\S")
# The labels of the header blocks webmails show, by what they name.
_LABELS = {
    "from": ("from", "от", "от кого", "отправитель", "кімнен", "жіберуші", "кімнен келді"),
    "date": ("date", "sent", "дата", "отправлено", "отправлено в", "күні", "жіберілді",
             "жіберілген", "created at"),
    "subject": ("subject", "тема", "тақырып", "тақырыбы"),
    "other": ("to", "cc", "bcc", "reply-to", "кому", "копия", "скрытая копия", "кімге",
              "көшірме", "ответить", "importance", "важность", "message id", "mailed-by",
              "signed-by", "security"),
}
_LABEL_OF = {word: key for key, words in _LABELS.items() for word in words}
_LABEL_LINE = re.compile(r"^\s*\*?([^\W\d][\w \-]{0,24}?)\*?\s*:[ \t]*(.*)$")
# Lines that introduce a forwarded or quoted message, in the webmails' languages.
_INTRO = re.compile(
    r"(?i)^\s*(?:original message|message id\s.*)$|"
    r"^\s*-{2,}\s*(?:forwarded message|original message|пересылаемое сообщение|"
    r"исходное сообщение|переадресованное сообщение|начало переадресованного сообщения|"
    r"жіберілген хат|бастапқы хат)\s*-*\s*$")
# Yandex, Mail.ru's quotes and Gmail's quotes put the date and the sender on one line:
# «25.11.2026, 10:14, "Name" <a@ya.ru>:», «Понедельник, 30 ноября 2026, 9:12 +05:00 от Name
# <a@mail.ru>:», «On Mon, Nov 30, 2026 at 9:12 AM Name <a@gmail.com> wrote:».
_DATE_SENDER = re.compile(
    r"^\s*(?:on\s+)?(?P<date>.*?\d{4}.*?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:gmt|utc)?\s*[+-]\d{2}:?\d{2})?)\s*(?:,|\bот\b|\bfrom\b)?\s*"
    r"(?P<sender>[^<>]*<[^<>\s]+@[^<>\s]+>)\s*(?:wrote|написала?|жазды)?\s*:?\s*$",
    re.IGNORECASE)


def parse_pasted(text: str, *, sender: str = "", received: datetime | None = None
                 ) -> ParsedEmail:
    """Read pasted email text; *sender* and *received* are what the operator typed.

    Raises :class:`DomainError`: ``pasted_empty``, ``pasted_too_large``, ``pasted_not_text``,
    ``pasted_no_sender``, ``pasted_no_date``.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise DomainError("pasted_empty")
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > MAX_EMAIL_BYTES:
        raise DomainError("pasted_too_large", limit_mb=MAX_EMAIL_BYTES // (1024 * 1024))
    if looks_binary(text) or sum(ch.isalpha() for ch in text) < 3:
        raise DomainError("pasted_not_text")
    source = _SOURCE_START.search(text)
    if source is not None:
        mail = _from_source(text[source.start():], received)
    else:
        mail = _from_block(text, data, received)
    return _with_typed_sender(mail, sender)


def _fallback(received: datetime | None) -> tuple[datetime, Notice]:
    if received is None:
        raise DomainError("pasted_no_date")
    return received, Notice("pasted_date_typed")


def _from_source(source: str, received: datetime | None) -> ParsedEmail:
    data = source.encode("utf-8", "surrogatepass")
    # Without a typed time the source must carry its own Date: a stand-in marks its absence.
    fallback = _fallback(received) if received is not None else (_NO_DATE, _NO_DATE_NOTICE)
    mail = parse_eml(data, PASTED_SOURCE_NAME, fallback)
    if _NO_DATE_NOTICE in mail.warnings:
        raise DomainError("pasted_no_date")
    return mail


def _from_block(text: str, data: bytes, received: datetime | None) -> ParsedEmail:
    found, body = _header_block(text)
    warnings: list[Notice] = []
    name, email = _sender(found.get("from", ""))
    moment = parse_when(found["date"]) if found.get("date") else None
    if found.get("date") and moment is None:
        warnings.append(Notice("pasted_date_unreadable", {"value": found["date"][:80]}))
    if moment is None:
        moment, notice = _fallback(received)
        warnings.append(notice)
    body_text = clean_text(body)
    return finish(kind="pasted", name=PASTED_NAME, data=data, sender_name=name,
                  sender_email=email, subject=clean_line(found.get("subject", "")),
                  received=moment, body=body_text, body_is_binary=False,
                  fallback=(moment, Notice("pasted_date_typed")), warnings=warnings,
                  message_id=None, has_headers=True)


def _header_block(text: str) -> tuple[dict[str, str], str]:
    """The labelled header fields of the first header block, and the text around it.

    A block counts at the start of the paste, or right under a "Forwarded message" line; one
    further down is a quote inside the requester's own text ("On … wrote:" above an earlier
    letter), not the headers of this email. Without a block, nothing is found and the whole
    text is the body. Text before the block (a note above a forwarded message) stays in the
    body: nothing pasted is lost.
    """
    lines = text.split("\n")

    def around(start: int, end: int) -> str:
        before = [line for line in lines[:start] if not _INTRO.match(line)]
        return "\n".join([*before, "", *lines[end:]])

    at_start = True  # nothing but blank and "Forwarded message" lines so far
    intro_above = False  # the line above (blank lines aside) introduces a message
    for start, line in enumerate(lines):
        if not line.strip():
            continue
        if _INTRO.match(line):
            intro_above = True
            continue
        if not (at_start or intro_above):
            return {}, text
        at_start = intro_above = False
        dated = _DATE_SENDER.match(line)
        if dated:
            return ({"date": dated.group("date"), "from": dated.group("sender")},
                    around(start, start + 1))
        if _label(line) is None:
            continue  # the requester's text, or a note above a forwarded message
        found: dict[str, str] = {}
        end = start
        current = None
        while end < len(lines):
            item = _label(lines[end])
            if item is not None:
                current, value = item
                found.setdefault(current, value)
            elif lines[end].startswith((" ", "\t")) and lines[end].strip() and current:
                found[current] += " " + lines[end].strip()  # a folded header line
            else:
                break
            end += 1
        if "from" in found and len(found) >= 2:
            return found, around(start, end)
        # A header block names the sender and something more (a date, a subject): a lone
        # "Дата: …" or "Кому: …" line is the requester's text, never read as a header.
        break
    return {}, text


def _label(line: str) -> tuple[str, str] | None:
    """(what the label names, its value) for a header line ("От кого: ..."), else None."""
    match = _LABEL_LINE.match(line)
    if not match:
        return None
    key = _LABEL_OF.get(" ".join(match.group(1).lower().split()))
    return (key, match.group(2).strip()) if key else None


def _sender(value: str) -> tuple[str, str]:
    """(display name, address) from a From value; each "" when absent."""
    value = clean_line(value)
    if not value:
        return "", ""
    name, address = parseaddr(value)
    email = normalize_email(address) or ""
    if not email:
        # mail.ru shows "Айгерим Ахметова a@mail.ru" without brackets.
        words = value.replace("<", " ").replace(">", " ").split()
        emails = [normalize_email(w) for w in words if "@" in w]
        email = next((e for e in emails if e), "")
        name = " ".join(w for w in words if "@" not in w)
    return clean_line(name).strip("\"'<> "), email


def _with_typed_sender(mail: ParsedEmail, typed: str) -> ParsedEmail:
    """The typed sender where the pasted text names none; refused when neither does."""
    typed_name, typed_email = _sender(typed)
    if typed.strip() and not typed_email and "@" not in typed:
        typed_name = clean_line(typed)
    name = mail.sender_name or typed_name
    email = mail.sender_email or typed_email
    if not (name or email):
        raise DomainError("pasted_no_sender")
    if (name, email) == (mail.sender_name, mail.sender_email):
        return mail
    warnings = tuple(w for w in mail.warnings if w.code != "email_no_sender_address")
    if not email:
        warnings += (Notice("email_no_sender_address"),)
    return replace(mail, sender_name=name, sender_email=email, warnings=warnings)
