"""Reply by email: a prepared letter to the requester, as a draft (.eml) or through SMTP.

A draft needs no credentials: it is written where the operator chose, opened in the
default mail client, and the letter counts as sent once the operator says it went
(`letters.record_sent`). Sent through the operator's SMTP server, the letter is recorded
as sent by email at that moment, with the Message-ID, and the exact message is kept in
the register (and goes into the evidence pack). Nothing is sent, and nothing recorded,
unless the operator asks.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from email.utils import formataddr
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, Notice
from app.domain.mail import MailError
from app.letters import pdf as pdf_converter
from app.letters import refusals
from app.letters.errors import LetterError
from app.letters.kinds import kind
from app.letters.reply_mail import (
    DOCX_TYPE,
    Attachment,
    Reply,
    build_message,
    reply_body,
    reply_subject,
)
from app.store import Register
from app.store.mail_secrets import mail_password, store_mail_password

from . import smtp
from .letters import _write_new_file, letter_path
from .operator import letter_requisites


@dataclass(frozen=True)
class ReplyPlan:
    """What "Reply by email" will send, for the operator to see before choosing."""

    number: str
    lang: str
    recipient: str
    recipient_name: str
    sender: str
    subject: str
    body: str
    in_reply_to: str | None
    has_original: bool
    #: "LibreOffice" when a PDF can be made here, else None (the .docx goes alone).
    pdf_converter: str | None
    smtp_ready: bool


# ------------------------------------------------------------------ settings
def set_smtp(register: Register, *, host: str, port: int | None, tls: str, user: str,
             sender: str, password: str | None = None) -> dict[str, Any]:
    """Save the SMTP server (no password in the register); a password given goes into
    the OS keychain. Returns the setting and where the password will come from."""
    saved = register.set_setting("smtp", {"host": host, "port": port, "tls": tls,
                                          "user": user, "from": sender})
    kept = bool(password) and store_mail_password("smtp", saved, password or "")
    return {"smtp": saved, "password": "keyring" if kept else mail_password("smtp", saved)[1]}


# ------------------------------------------------------------------ planning
def _letter(register: Register, number: str) -> tuple[dict[str, Any], dict[str, Any]]:
    found = register.letter_by_number(number)
    request = register.get_request(found["request_id"])
    letter = next(x for x in request["letters"] if x["id"] == found["id"])
    if letter["sent_at"]:
        raise DomainError("letter_already_sent", number=letter["number"])
    return request, letter


def plan_reply(register: Register, number: str, *, body: str | None = None,
               subject: str | None = None) -> ReplyPlan:
    """The reply to the letter *number* as it would go: to, subject, body, threading."""
    request, letter = _letter(register, number)
    recipient = request["requester"].get("email")
    if not recipient:
        raise DomainError("reply_no_email", number=request["number"])
    lang = letter["lang"]
    operator = letter_requisites(register, lang)[0] or {}
    smtp_setting = register.get_setting("smtp")
    sender = (smtp_setting or {}).get("from") or (register.get_operator() or {}).get(
        "email") or ""
    if sender and operator.get("name"):
        sender = formataddr((operator["name"], sender))
    original_subject = request.get("summary") if request["channel"] == "email" else None
    values = {"number": request["number"], "letter": letter["number"],
              "operator": operator.get("name") or ""}
    return ReplyPlan(
        number=letter["number"], lang=lang, recipient=recipient,
        recipient_name=request["requester"]["name"] or "", sender=sender,
        subject=(subject or "").strip() or reply_subject(original_subject, lang,
                                                         request["number"]),
        body=(body or "").strip() or reply_body(
            register.get_setting("reply_bodies").get(lang), lang, values),
        in_reply_to=register.original_message_id(request["id"]),
        has_original=any(a["kind"].startswith("original") for a in request["attachments"]),
        pdf_converter=pdf_converter.converter(), smtp_ready=smtp_setting is not None)


def _attachments(register: Register, number: str, *, pdf: bool, with_original: bool
                 ) -> tuple[list[Attachment], list[Notice]]:
    request, letter = _letter(register, number)
    content = register.letter_content(letter["id"])
    files = [Attachment(letter["file_name"], content, *DOCX_TYPE)]
    notices: list[Notice] = []
    if pdf:
        made = _pdf(register, request, letter, content)
        if made is None:
            notices.append(Notice("reply_pdf_unavailable", {"number": letter["number"]}))
        else:
            files.append(Attachment(made.name, made.read_bytes(), "application", "pdf"))
    if with_original:
        for att in request["attachments"]:
            if att["kind"].startswith("original"):
                files.append(Attachment(att["file_name"], register.attachment_content(
                    att["id"])))
                break
    return files, notices


def _pdf(register: Register, request: dict[str, Any], letter: dict[str, Any],
         content: bytes) -> Path | None:
    """The letter as PDF, made beside its .docx (the register's copy is written back
    there first if the file was moved away)."""
    if pdf_converter.converter() is None:
        return None
    path = letter_path(register, request, letter)
    if not path.exists():
        with contextlib.suppress(LetterError):
            _write_new_file(path, content)
    return pdf_converter.to_pdf(path) if path.exists() else None


def _message(register: Register, number: str, *, pdf: bool, with_original: bool,
             body: str | None, subject: str | None, draft: bool
             ) -> tuple[ReplyPlan, bytes, str, list[Notice]]:
    plan = plan_reply(register, number, body=body, subject=subject)
    files, notices = _attachments(register, number, pdf=pdf, with_original=with_original)
    msg = build_message(Reply(plan.sender, plan.recipient, plan.recipient_name, plan.subject,
                              plan.body, tuple(files), plan.in_reply_to),
                        now=register.now(), draft=draft)
    return plan, msg.as_bytes(), str(msg["Message-ID"]), notices


# ------------------------------------------------------------------ the two ways
def save_draft(register: Register, number: str, path: Path, *, pdf: bool = False,
               with_original: bool = False, body: str | None = None,
               subject: str | None = None) -> dict[str, Any]:
    """Write the reply as a draft .eml (X-Unsent: 1) at *path* (owner-only; never over an
    existing file) and keep it in the register. The letter is not yet sent."""
    plan, content, message_id, notices = _message(
        register, number, pdf=pdf, with_original=with_original, body=body, subject=subject,
        draft=True)
    path = Path(path).expanduser()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    except FileExistsError:
        raise DomainError("reply_file_exists", path=str(path)) from None
    except OSError as exc:
        raise _draft_refused(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise _draft_refused(path, exc) from None
    letter = register.letter_by_number(number)
    register.record_mail_draft(letter["id"], message_id=message_id, recipient=plan.recipient,
                               content=content)
    return {"path": str(path), "message_id": message_id, "number": plan.number,
            "to": plan.recipient, "subject": plan.subject, "sent_at": None,
            "pdf": _pdf_name(pdf, notices), "warnings": notices}


def _draft_refused(path: Path, exc: OSError) -> Exception:
    """Why the draft could not be written: a full disk, Windows' Controlled Folder Access
    (app/letters/refusals.py), else the system's own words."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return LetterError("export_disk_full", path=str(path))
    if refusals.cause(exc, path) == refusals.CONTROLLED_FOLDER:
        return LetterError("export_folder_controlled", path=str(path.parent))
    return DomainError("reply_file_unwritable", path=str(path), reason=exc.strerror or "")


def send_reply(register: Register, number: str, *, pdf: bool = False,
               with_original: bool = False, body: str | None = None,
               subject: str | None = None, timeout: float = smtp.TIMEOUT) -> dict[str, Any]:
    """Send the reply through the operator's SMTP server; on success the letter is
    recorded as sent by email now, with the Message-ID and the exact message kept."""
    setting = register.get_setting("smtp")
    if setting is None:
        raise DomainError("smtp_not_set")
    password, _ = mail_password("smtp", setting)
    if not password:
        raise MailError("mail_password_missing", user=setting["user"], host=setting["host"])
    plan, content, message_id, notices = _message(
        register, number, pdf=pdf, with_original=with_original, body=body, subject=subject,
        draft=False)
    from email.utils import parseaddr

    smtp.send(setting, password, sender=parseaddr(plan.sender)[1] or setting["from"],
              recipients=[plan.recipient], content=content, timeout=timeout)
    letter = register.letter_by_number(number)
    sent = register.record_mail_sent(letter["id"], message_id=message_id,
                                     recipient=plan.recipient, content=content,
                                     at=register.now(), effect=kind(letter["kind"]).effect)
    return sent | {"to": plan.recipient, "subject": plan.subject,
                   "pdf": _pdf_name(pdf, notices), "warnings": notices}


def _pdf_name(asked: bool, notices: list[Notice]) -> str | None:
    if not asked or any(n.code == "reply_pdf_unavailable" for n in notices):
        return None
    return pdf_converter.converter()
