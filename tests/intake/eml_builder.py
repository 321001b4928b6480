"""Test data builders for .eml files, made with the stdlib email package instead of fixtures.

Each builder returns the bytes a mail client would save. Headers that must reach the parser
byte for byte (an RFC 2047 name in koi8-r, raw 8-bit UTF-8) are passed as ``raw_headers``
and put in front of the generated ones, because ``EmailMessage`` would re-encode them.
"""

from __future__ import annotations

import base64
import quopri
from collections.abc import Sequence
from email.message import EmailMessage

DEFAULT_DATE = "Mon, 23 Mar 2026 20:30:00 +0000"
DEFAULT_FROM = "Иван Петров <Ivan.Petrov@Example.KZ>"


def encoded_word(text: str, charset: str, encoding: str) -> str:
    """Return ``text`` as one RFC 2047 encoded word ("B" = base64, "Q" = quoted-printable)."""
    data = text.encode(charset)
    if encoding == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = quopri.encodestring(data, header=True).decode("ascii")
    return f"=?{charset}?{encoding}?{payload}?="


def build_eml(
    *,
    body: str | None = "Прошу удалить мои персональные данные.",
    html: str | None = None,
    subject: str | None = "Запрос",
    sender: str | None = DEFAULT_FROM,
    date: str | None = DEFAULT_DATE,
    charset: str = "utf-8",
    cte: str | None = None,
    raw_headers: Sequence[bytes] = (),
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> bytes:
    """Return a mail with a plain body, an HTML body, or both (multipart/alternative).

    ``attachments`` are (file name, content, MIME type) triples; with any, the mail becomes
    multipart/mixed around the body, as mail clients send it.
    """
    message = EmailMessage()
    if sender is not None:
        message["From"] = sender
    message["To"] = "privacy@operator.kz"
    if subject is not None:
        message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    if body is not None:
        message.set_content(body, charset=charset, cte=cte)
        if html is not None:
            message.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        message.set_content(html, subtype="html", charset=charset, cte=cte)
    for name, content, mime_type in attachments:
        maintype, subtype = mime_type.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return b"".join(line + b"\r\n" for line in raw_headers) + bytes(message)


def build_eml_bytes_body(body: bytes, content_type: str, *, sender: str = DEFAULT_FROM) -> bytes:
    """Return a mail whose body bytes and Content-Type header are exactly as given.

    For charsets the stdlib refuses to encode with (unknown or mislabelled ones).
    """
    head = (
        f"From: {sender}\r\nTo: privacy@operator.kz\r\nSubject: test\r\n"
        f"Date: {DEFAULT_DATE}\r\nMIME-Version: 1.0\r\nContent-Type: {content_type}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("utf-8") + body


def nested_mixed_with_attachments(plain: str, html: str) -> bytes:
    """Return multipart/mixed[multipart/alternative[plain, html], PDF, text attachment]."""
    return build_eml(
        body=plain,
        html=html,
        attachments=[
            ("passport.pdf", b"%PDF-1.4 fake scan", "application/pdf"),
            ("notes.txt", "ТЕКСТ ВЛОЖЕНИЯ не тело письма".encode(), "text/plain"),
        ],
    )
