"""Requests straight from the mailbox: fetch (read-only) into a review queue, accept or
dismiss (issue 14).

Opt-in: nothing is read until the operator saves a mailbox. A fetch reads each folder
after its cursor (UIDVALIDITY + last UID; a renumbered folder is read again from
`FIRST_FETCH_DAYS` back, and what the register already holds is skipped by
Message-ID), in batches: each batch's messages and the cursor after it are written
together, so Cancel, a dropped connection or a crash keeps every batch before it and
nothing half-written. Messages that look like requests (the filter, or the type
detection of `app.intake.detect`) wait in the queue; the operator accepts one (it
becomes a request received at its arrival on the server, INTERNALDATE, with its
original kept encrypted) or dismisses it with a reason. Every fetch, accept and
dismiss is audited.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from app.domain.errors import DomainError, Notice
from app.domain.mail import MailError, matches_filter
from app.intake.detect import detect_language, detect_types
from app.intake.email_parse import MAX_EMAIL_BYTES, parse_eml_bytes
from app.intake.errors import IntakeError
from app.intake.imap import TIMEOUT, Mailbox
from app.store import Register
from app.store.mail_secrets import mail_password, store_mail_password

from .progress import Cancelled, NoProgress, Progress
from .requests import EmailDraft, Logged, import_email

#: A folder read for the first time (or renumbered by the server) is read this far back:
#: a request older than that is past its deadline and was surely seen in the mail client.
FIRST_FETCH_DAYS = 30
#: Messages per batch: one transaction, one progress step, one place to cancel.
BATCH = 50


def set_mailbox(register: Register, *, host: str, port: int | None, tls: str, user: str,
                folders: list[str], filter_text: str | None = None, interval: int = 0,
                password: str | None = None) -> dict[str, Any]:
    """Save the mailbox to read (no password in the register; one given goes into the
    OS keychain). Returns the setting and where the password will come from."""
    saved = register.set_setting("mailbox", {
        "host": host, "port": port, "tls": tls, "user": user, "folders": folders,
        "filter": filter_text, "interval": interval})
    kept = bool(password) and store_mail_password("imap", saved, password or "")
    return {"mailbox": saved,
            "password": "keyring" if kept else mail_password("imap", saved)[1]}


def account_of(setting: dict[str, Any]) -> str:
    """The mailbox's name in the cursors: user@host."""
    return f"{setting['user']}@{setting['host']}"


def fetch(register: Register, *, progress: Progress | None = None,
          timeout: float = TIMEOUT) -> dict[str, Any]:
    """Read the new messages of every folder into the queue (read-only on the server).

    Returns {"new": N, "queued": [queue rows], "skipped": N, "notices": [Notice]}.
    Raises `Cancelled` (after keeping the batches done) or a `MailError`.
    """
    setting = register.get_setting("mailbox")
    if setting is None:
        raise DomainError("mailbox_not_set")
    password, _ = mail_password("imap", setting)
    if not password:
        raise MailError("mail_password_missing", user=setting["user"], host=setting["host"])
    progress = progress or NoProgress()
    account = account_of(setting)
    since = register.today() - timedelta(days=FIRST_FETCH_DAYS)
    queued: list[int] = []
    notices: list[Notice] = []
    skipped = 0
    outcome = "done"
    try:
        with Mailbox(setting, password, timeout=timeout) as box:
            plan = []
            for folder in setting["folders"]:
                validity = box.examine(folder)
                cursor = register.mail_cursor(account, folder)
                if cursor is not None and cursor[0] != validity:
                    notices.append(Notice("mail_folder_renumbered", {"folder": folder}))
                    cursor = None
                after = cursor[1] if cursor else 0
                uids = box.uids_after(after, None if cursor else since)
                plan.append((folder, validity, uids))
            total = sum(len(u) for _, _, u in plan)
            done = 0
            progress.step(0, total)
            for folder, validity, uids in plan:
                box.examine(folder)
                for start in range(0, len(uids), BATCH):
                    batch = uids[start:start + BATCH]
                    rows, passed, notes = _batch(register, setting, box, folder, batch)
                    skipped += passed
                    notices += notes
                    queued += register.queue_mail_batch(account, folder, validity, batch[-1],
                                                        rows)
                    done += len(batch)
                    progress.step(done, total)
    except (Cancelled, KeyboardInterrupt):
        outcome = "cancelled"
        raise
    except MailError as exc:
        outcome = f"failed: {exc.code}"
        raise
    finally:
        register.record_mail_fetch(account, list(setting["folders"]), len(queued), skipped,
                                   outcome)
    rows = {r["id"]: r for r in register.mail_queue()}
    return {"new": len(queued), "queued": [_public(rows[i]) for i in queued if i in rows],
            "skipped": skipped, "notices": notices}


def _batch(register: Register, setting: dict[str, Any], box: Mailbox, folder: str,
           uids: list[int]) -> tuple[list[dict[str, Any]], int, list[Notice]]:
    """The messages of one batch to queue, how many were passed over, and notices."""
    notices = []
    wanted = []
    for head in box.headers(uids):
        if head.size > MAX_EMAIL_BYTES:
            notices.append(Notice("mail_too_large", {
                "folder": folder, "size_mb": round(head.size / 2**20, 1),
                "limit_mb": MAX_EMAIL_BYTES // 2**20}))
            continue
        if register.mail_known(head.message_id):
            continue
        if matches_filter(setting.get("filter"), head.recipients, head.subject):
            wanted.append(head)
    bodies = box.bodies([h.uid for h in wanted])
    rows = []
    seen: set[str] = set()
    for head in wanted:
        data = bodies.get(head.uid) or b""
        try:
            mail = parse_eml_bytes(data, f"mail_{head.uid}.eml")
        except IntakeError:
            continue  # not a mail a person could have written; the mail client still has it
        if mail.message_id and (mail.message_id in seen or register.mail_known(
                mail.message_id, mail.sha256)):
            continue
        words = f"{mail.subject}\n{mail.text}"
        types = detect_types(words)
        if not setting.get("filter") and types == ["other"]:
            continue  # no filter: only what the detection finds a right in
        seen.add(mail.message_id or mail.sha256)
        rows.append({"uid": head.uid, "message_id": mail.message_id, "arrived": head.arrived,
                     "sender": _sender(mail.sender_name, mail.sender_email),
                     "subject": mail.subject, "types": types,
                     "lang": detect_language(words), "content": data})
    return rows, len(uids) - len(rows), notices


def _sender(name: str, address: str) -> str:
    return f"{name} <{address}>" if name and address else (address or name)


def _public(row: dict[str, Any]) -> dict[str, Any]:
    """A queue row as the faces show it."""
    return {"id": row["id"], "from": row["sender"], "subject": row["subject"],
            "arrived": row["arrived_at"], "types": row["types"], "lang": row["lang"]}


def queue(register: Register) -> list[dict[str, Any]]:
    """The messages awaiting the operator's decision, oldest first."""
    return [_public(r) for r in register.mail_queue()]


def queue_count(register: Register) -> int:
    """How many messages await the operator's decision (the view's count)."""
    return register.mail_queue_count()


def read_queued(register: Register, queue_id: int) -> EmailDraft:
    """A queued message as the import dialog shows it: received = arrival on the server."""
    message = register.mail_message(queue_id)
    if message["content"] is None:
        raise DomainError("mail_already_decided", id=queue_id, status=message["status"])
    from datetime import datetime

    mail = parse_eml_bytes(message["content"], f"mail_{queue_id}.eml")
    mail = dataclasses.replace(mail, received=datetime.fromisoformat(message["arrived_at"]))
    return EmailDraft(mail, message["types"] or ["other"], message["lang"] or "ru")


def accept(register: Register, queue_id: int, *, types: list[str] | None = None,
           lang: str | None = None, name: str | None = None, again: str | None = None,
           postal_address: str | None = None, address_form: str | None = None) -> Logged:
    """Accept a queued message as a request (the usual import: types, language,
    duplicates); it is received at its arrival on the server."""
    draft = read_queued(register, queue_id)
    logged = import_email(register, draft, types=types, lang=lang, name=name, again=again,
                          postal_address=postal_address, address_form=address_form)
    register.mark_mail_accepted(queue_id, logged.request_id)
    return logged


def dismiss(register: Register, queue_id: int, reason: str | None) -> None:
    """Dismiss a queued message with a reason (remembered: it is not queued again)."""
    register.dismiss_mail(queue_id, reason)
