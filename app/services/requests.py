"""Requests from intake to closing: log, import an email, check identity, act, close, reopen.

Intake values are normalised here (phone to E.164, email lowercased, IIN checked),
types and language detected when the operator did not say, the duplicate warning
computed, then the store writes and the domain's workflow decides the status. An
imported email is read once (`read_email`), shown to the operator, and the very same
parsed message is what `import_email` keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain import notes
from app.domain.errors import DomainError, Notice
from app.domain.identifiers import check_id
from app.domain.text_clean import clean_line, clean_text
from app.domain.vocab import REQUEST_TYPES, require_one_of
from app.domain.workflow import suggested_action, suggested_identity_method
from app.intake.contacts import clean_contacts, find_name, find_phone
from app.intake.detect import detect_language, detect_types
from app.intake.email_parse import ParsedEmail, parse_email_file
from app.intake.pasted import parse_pasted
from app.intake.phone import format_phone
from app.store import Register

__all__ = ["Duplicate", "EmailDraft", "Logged", "close_request", "detect", "find_duplicates",
           "format_phone",
           "import_email", "log_request", "read_email", "read_pasted", "record_action",
           "record_identity", "reopen_request", "suggested_action", "suggested_identity_method"]


#: A request closed this many days ago still counts for the duplicate warning: people
#: often write again soon after an answer.
RECENTLY_CLOSED_DAYS = 30


@dataclass(frozen=True)
class Duplicate:
    """An open (or recently closed) request from the same person: its number, what matched."""

    request_id: int
    number: str
    same: str  # "email" or "phone"
    closed: bool = False

    @property
    def notice(self) -> Notice:
        """The warning, as a value each face words."""
        if self.closed:
            return Notice("possible_duplicate_closed", {"number": self.number, "same": self.same})
        return Notice("possible_duplicate", {"number": self.number, "same": self.same})


@dataclass
class Logged:
    """The request just written, and what the operator should know about it."""

    request_id: int
    warnings: list[Notice] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def _line(value: Any) -> Any:
    """A one-line value as typed, without control or bidi characters (None stays None)."""
    return clean_line(value) if isinstance(value, str) else value


def _text(value: Any) -> Any:
    """Free text as typed, without control or bidi characters (newlines stay)."""
    return clean_text(value) if isinstance(value, str) else value


def detect(text: str) -> tuple[list[str], str]:
    """The rights and the language a request's text suggests, for the operator to confirm."""
    return detect_types(text), detect_language(text)


def find_duplicates(register: Register, email: str | None, phone: str | None,
                    exclude: int | None = None) -> list[Duplicate]:
    """Open requests from the same email or phone (values as the operator typed them)."""
    from app.intake.phone import normalize_email, normalize_phone

    email = normalize_email(email) if email and email.strip() else None
    phone = normalize_phone(phone) if phone and phone.strip() else None
    since = register.today() - timedelta(days=RECENTLY_CLOSED_DAYS)
    found = []
    for other in register.requests_matching(email, phone, closed_since=since):
        if other["id"] == exclude:
            continue
        same = "email" if email and other["email"] == email else "phone"
        found.append(Duplicate(other["id"], other["number"], same,
                               other["status"] == "closed"))
    return found


def log_request(
    register: Register,
    *,
    channel: str,
    types: list[str] | None,
    name: str,
    email: str | None = None,
    phone: str | None = None,
    iin: str | None = None,
    lang: str | None = None,
    received: datetime | None = None,
    text: str | None = None,
    summary: str | None = None,
    attachment: dict[str, Any] | None = None,
    postal_address: str | None = None,
    address_form: str | None = None,
) -> Logged:
    """Log a request from any channel; types and language are detected when not given.

    *address_form* (male, female, neutral) is how letters greet the requester; it is
    the operator's choice, never guessed.
    """
    name, email, phone, iin = (_line(v) for v in (name, email, phone, iin))
    text, summary, postal_address = (_text(v) for v in (text, summary, postal_address))
    email, phone, iin = clean_contacts(email, phone, iin)
    notices = [check_id(iin).notice] if iin else []
    for t in types or []:
        require_one_of(t, REQUEST_TYPES, "unknown_request_type")
    chosen_types = list(types) if types else detect_types(text or "")
    chosen_lang = lang or detect_language(" ".join(filter(None, [text, name])))
    duplicates = find_duplicates(register, email, phone)
    rid = register.add_request(
        channel=channel, types=chosen_types, name=name, email=email, phone=phone, iin=iin,
        lang=chosen_lang, received=received, text=text, summary=summary,
        attachment=attachment, postal_address=postal_address, address_form=address_form,
    )
    return Logged(rid, [n for n in notices if n] + [d.notice for d in duplicates], duplicates)


@dataclass(frozen=True)
class EmailDraft:
    """An email read for the operator to confirm: the message and what was detected."""

    mail: ParsedEmail
    types: list[str]
    lang: str
    #: The name and phone number the text gives ("меня зовут …", "+7 705 …"), to offer.
    found_name: str | None = None
    found_phone: str | None = None

    @property
    def name(self) -> str:
        """The requester's name as the message gives it (display name, else address)."""
        return self.mail.sender_name or self.mail.sender_email or self.mail.filename


def _draft(mail: ParsedEmail) -> EmailDraft:
    words = f"{mail.subject}\n{mail.text}"
    return EmailDraft(mail, detect_types(words), detect_language(words),
                      find_name(mail.text), find_phone(mail.text))


def read_email(path: str | Path) -> EmailDraft:
    """Read an .eml or .msg file and detect its types and language (nothing is stored)."""
    return _draft(parse_email_file(path))


def read_email_bytes(data: bytes, filename: str) -> EmailDraft:
    """Read an email handed over as bytes (a message dragged out of Outlook, which gives no
    file) the same way as a file; .msg or .eml by the name's extension."""
    from app.intake.email_parse import parse_eml_bytes, parse_msg_bytes

    parse = parse_msg_bytes if filename.lower().endswith(".msg") else parse_eml_bytes
    return _draft(parse(data, filename))


def read_pasted(text: str, sender: str = "", received: datetime | None = None) -> EmailDraft:
    """Read an email pasted as text (headers and body, or the body with the sender and the
    time typed), the same way as a file; nothing is stored."""
    return _draft(parse_pasted(text, sender=sender, received=received))


def already_imported(register: Register, draft: EmailDraft) -> dict[str, Any] | None:
    """The request that already holds this message (same file, or same Message-ID)."""
    return register.original_with(draft.mail.sha256, draft.mail.message_id)


def import_email(
    register: Register,
    draft: EmailDraft,
    *,
    types: list[str] | None = None,
    lang: str | None = None,
    name: str | None = None,
    again: str | None = None,
    postal_address: str | None = None,
    address_form: str | None = None,
    phone: str | None = None,
) -> Logged:
    """Keep the email the operator confirmed as a request, with its original inside.

    *types*, *lang*, *name* and *phone* are the operator's choices; what was detected stands
    where they gave none. A message already in the register (open or closed) is refused
    with that request's number, unless the operator imports it *again* for a reason,
    which the new request's history keeps.
    """
    mail = draft.mail
    existing = already_imported(register, draft)
    again = _text(again)
    if existing is not None and not (again and again.strip()):
        raise DomainError("email_already_imported", number=existing["number"],
                          file=mail.filename)
    logged = log_request(
        register,
        channel="email",
        types=types or draft.types,
        name=(name or "").strip() or draft.name,
        email=mail.sender_email or None,
        phone=phone,
        lang=lang or draft.lang,
        received=mail.received,
        text=mail.text,
        summary=mail.subject or None,
        attachment={"file_name": mail.filename, "kind": f"original_{mail.kind}",
                    "content": mail.raw, "message_id": mail.message_id},
        postal_address=postal_address, address_form=address_form,
    )
    if existing is not None:
        register.note(logged.request_id, notes.write(notes.IMPORTED_AGAIN,
                                                     number=existing["number"],
                                                     reason=again or ""))
    logged.warnings[:0] = list(mail.warnings)
    return logged


def record_identity(register: Register, request_id: int, method: str, result: str,
                    note: str | None = None, checked_by: str | None = None) -> int:
    """Record an identity check (the workflow moves the status)."""
    return register.record_identity(request_id, method, result, _text(note), checked_by)


def record_action(register: Register, request_id: int, kind: str, note: str,
                  by: str | None = None) -> int:
    """Record something done for the request (the rights it fulfils are done)."""
    return register.record_action(request_id, kind, _text(note), by)


def close_request(register: Register, request_id: int, outcome: str,
                  reason: str | None = None) -> None:
    """Close an open request with an outcome."""
    register.close_request(request_id, outcome, _text(reason))


def reopen_request(register: Register, request_id: int, reason: str | None) -> None:
    """Reopen a closed request with a reason."""
    register.reopen_request(request_id, _text(reason))


def documents_received(register: Register, request_id: int, day: date) -> list[str]:
    """Record the day the supporting documents of a correction arrived: its one working
    day is counted from then (Art. 13, Art. 25(2)(8)). Returns the rights it started."""
    from app.domain.rules import DOCUMENTS_RECEIVED

    return register.start_clock(request_id, DOCUMENTS_RECEIVED, day)


# ------------------------------------------------------------------ corrections
def edit_request(register: Register, request_id: int, **changes: Any) -> None:
    """Correct the requester's details: name, email, phone, iin, lang, postal_address,
    address_form (only those given change); contacts are checked as at intake."""
    given = {k: (_text(v) if k == "postal_address" else _line(v))
             for k, v in changes.items() if v is not None}
    if {"email", "phone", "iin"} & set(given):
        email, phone, iin = clean_contacts(given.get("email") or None,
                                           given.get("phone") or None,
                                           given.get("iin") or None)
        for key, value in (("email", email), ("phone", phone), ("iin", iin)):
            if key in given:
                given[key] = value
    register.edit_request(request_id, given)


def add_right(register: Register, request_id: int, request_type: str) -> None:
    """Add a right the request asks for (counted from the request's receipt)."""
    register.add_right(request_id, request_type)


def remove_right(register: Register, request_id: int, request_type: str,
                 reason: str | None) -> None:
    """Remove a right registered by mistake; it stays in the record with the reason."""
    register.remove_right(request_id, request_type, _text(reason))


def void_request(register: Register, request_id: int, reason: str | None) -> None:
    """Void a request registered by mistake: closed as voided, never counted, still listed."""
    register.void_request(request_id, _text(reason))


def void_identity(register: Register, request_id: int, check_id: int,
                  reason: str | None) -> None:
    """Void an identity check recorded by mistake."""
    register.void_identity(request_id, check_id, _text(reason))


def void_action(register: Register, request_id: int, action_id: int,
                reason: str | None) -> None:
    """Void an action recorded by mistake; the rights it alone fulfilled open again."""
    from app.domain.workflow import ACTION_FULFILS
    from app.letters.kinds import kind

    view = register.get_request(request_id)
    still: set[str] = set()
    for action in view["actions"]:
        if action["id"] != action_id and not action["voided"]:
            still |= set(ACTION_FULFILS.get(action["kind"], ()))
    for letter in view["letters"]:
        effect = kind(letter["kind"]).effect if letter.get("sent_at") else None
        if effect is not None:
            still |= set(effect.answers) if effect.answers is not None else {
                i["type"] for i in view["items"]}
    register.void_action(request_id, action_id, _text(reason), still)
