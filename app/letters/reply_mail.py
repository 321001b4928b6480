"""A reply by email: the message that carries a prepared letter to the requester.

To the requester; Subject «Re: <original subject>» when the request came by email, else
a subject in the letter's language; `In-Reply-To`/`References` from the original's
Message-ID, so the reply threads under the request in the requester's mail client; a
short body in the letter's language (the operator may write their own per language);
the letter attached (.docx, and a PDF when one was made), optionally the original
request. A draft carries `X-Unsent: 1`, so Outlook and Thunderbird open it as a draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

#: The default body per letter language; {number} is the request's inbound number,
#: {letter} the letter's outgoing number, {operator} the operator's name.
DEFAULT_BODIES: dict[str, str] = {
    "kk": "Сәлеметсіз бе!\n\nСіздің {number} өтінішіңізге жауап ретінде {letter} хатты "
          "жолдаймыз (қосымшада).\n\nҚұрметпен,\n{operator}",
    "ru": "Здравствуйте!\n\nВ ответ на Ваше обращение {number} направляем письмо {letter} "
          "(во вложении).\n\nС уважением,\n{operator}",
    "en": "Hello,\n\nIn reply to your request {number}, please find our letter {letter} "
          "attached.\n\nKind regards,\n{operator}",
}
#: The subject when the request did not come by email (or had no subject).
DEFAULT_SUBJECTS: dict[str, str] = {
    "kk": "{number} өтінішке жауап",
    "ru": "Ответ на обращение {number}",
    "en": "Reply to your request {number}",
}
PLACEHOLDERS = ("number", "letter", "operator")
_REPLY_PREFIX = re.compile(r"^\s*(re|ответ|отв|жауап)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Attachment:
    """A file attached to the reply: its name, bytes and MIME type."""

    name: str
    content: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"


@dataclass(frozen=True)
class Reply:
    """What a reply says, before it becomes a message."""

    sender: str
    recipient: str
    recipient_name: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...]
    in_reply_to: str | None = None


def fill(template: str, values: dict[str, str]) -> str:
    """The template with {number}, {letter} and {operator} filled; other braces stay as
    written (an operator's text is data, not a format)."""
    text = template
    for key in PLACEHOLDERS:
        text = text.replace("{" + key + "}", values.get(key, ""))
    return text


def reply_subject(original_subject: str | None, lang: str, number: str) -> str:
    """«Re: <original subject>», or the subject in the letter's language."""
    subject = " ".join((original_subject or "").split())
    if subject:
        return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"
    return fill(DEFAULT_SUBJECTS.get(lang, DEFAULT_SUBJECTS["en"]), {"number": number})


def reply_body(template: str | None, lang: str, values: dict[str, str]) -> str:
    """The short body: the operator's template for *lang*, else the default."""
    return fill(template or DEFAULT_BODIES.get(lang, DEFAULT_BODIES["en"]), values)


def domain_of(address: str) -> str:
    """The domain part of an address, for the Message-ID (localhost without one)."""
    return address.rpartition("@")[2] or "localhost"


def build_message(reply: Reply, *, now: datetime, draft: bool) -> EmailMessage:
    """The reply as a MIME message with a fresh Message-ID (CRLF line ends, as sent)."""
    msg = EmailMessage(policy=SMTP)
    if reply.sender:
        msg["From"] = reply.sender
    msg["To"] = formataddr((reply.recipient_name, reply.recipient)) \
        if reply.recipient_name else reply.recipient
    msg["Subject"] = reply.subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=domain_of(reply.sender))
    if reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
        msg["References"] = reply.in_reply_to
    if draft:
        msg["X-Unsent"] = "1"
    msg.set_content(reply.body)
    for att in reply.attachments:
        msg.add_attachment(att.content, maintype=att.maintype, subtype=att.subtype,
                           filename=att.name)
    return msg
