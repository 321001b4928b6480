"""Mail in and out, as the register keeps it (issue 14).

In: messages fetched from the operator's mailbox wait in `mail_queue` until the
operator accepts one (it becomes a request, received when it arrived on the server) or
dismisses it with a reason; per account and folder, `mail_cursors` holds UIDVALIDITY
and the last UID read. A batch of fetched messages and the cursor after it are written
in one transaction, so a cancelled or failed fetch leaves the cursor at the last batch
kept and nothing half-written. Once decided, a queued message's bytes are dropped (an
accepted one lives on as the request's original; a dismissed one is not kept), the
decision and its Message-ID stay, so the same message is never queued again.

Out: `letter_mails` keeps the exact message a letter was sent in (with its Message-ID),
recorded with the sending in one transaction.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from app.domain import workflow
from app.domain.clock import ALMATY
from app.domain.errors import DomainError

from .corrections import Corrections
from .errors import NotFoundError

QUEUED, ACCEPTED, DISMISSED = "queued", "accepted", "dismissed"
_QUEUE_COLUMNS = ("id", "folder", "message_id", "arrived_at", "sender", "subject", "types",
                  "lang", "size", "status", "reason", "request_id", "fetched_at", "decided_at")


def cursor_key(account: str, folder: str) -> str:
    """The key of one folder's cursor ("user@host" and the folder's name)."""
    return f"{account}\n{folder}"


def _queue_row(row: tuple[Any, ...]) -> dict[str, Any]:
    out = dict(zip(_QUEUE_COLUMNS, row, strict=True))
    out["types"] = json.loads(out["types"] or "[]")
    return out


class MailStore(Corrections):
    """The mail queue, the folders' cursors and the sent messages (mixed into `Register`)."""

    # ------------------------------------------------------------------ cursors
    def mail_cursor(self, account: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID read) of a folder, or None before its first fetch."""
        row = self.db.execute("select uidvalidity, last_uid from mail_cursors where key = ?",
                              [cursor_key(account, folder)]).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def mail_known(self, message_id: str | None, sha256: str | None = None) -> bool:
        """Whether a message is already queued, decided, or imported as a request."""
        if message_id and self.db.execute(
                "select 1 from mail_queue where message_id = ? union all "
                "select 1 from mail_ids where message_id = ? limit 1",
                [message_id, message_id]).fetchone():
            return True
        return bool(sha256 and self.db.execute(
            "select 1 from mail_queue where sha256 = ? union all "
            "select 1 from attachments where sha256 = ? limit 1", [sha256, sha256]).fetchone())

    def queue_mail_batch(self, account: str, folder: str, uidvalidity: int, last_uid: int,
                         messages: list[dict[str, Any]]) -> list[int]:
        """Queue *messages* of one folder and move its cursor to *last_uid*, together.

        Each message: uid, message_id, arrived (aware datetime), sender, subject, types,
        lang, content (bytes). Returns the new queue ids.
        """
        self._check_writable()
        stamp = self._stamp()
        ids = []
        with self._write():
            for m in messages:
                content = bytes(m["content"])
                ids.append(self._insert("mail_queue", {
                    "account": account, "folder": folder, "uidvalidity": uidvalidity,
                    "uid": int(m["uid"]), "message_id": m.get("message_id"),
                    "arrived_at": m["arrived"].astimezone(ALMATY).isoformat(
                        timespec="seconds"),
                    "sender": m.get("sender") or "", "subject": m.get("subject") or "",
                    "types": json.dumps(list(m.get("types") or [])),
                    "lang": m.get("lang"), "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(), "content": content,
                    "status": QUEUED, "reason": None, "request_id": None,
                    "fetched_at": stamp, "decided_at": None}, None))
            key = cursor_key(account, folder)
            exists = self._row("mail_cursors", key)
            self.db["mail_cursors"].upsert(
                {"key": key, "account": account, "folder": folder,
                 "uidvalidity": int(uidvalidity), "last_uid": int(last_uid),
                 "updated_at": stamp}, pk="key")
            self._audit_row("mail_cursors", key, "update" if exists else "create", None,
                            before=exists)
        return ids

    def record_mail_fetch(self, account: str, folders: list[str], new: int, skipped: int,
                          outcome: str) -> int:
        """The audit of one fetch: when, which folders, how many new and skipped, and
        whether it ran to the end ("done") or was cancelled or stopped by a problem."""
        with self._write():
            return self._insert("mail_fetches", {
                "at": self._stamp(), "account": account,
                "folders": json.dumps(folders, ensure_ascii=False), "new": new,
                "skipped": skipped, "outcome": outcome}, None)

    # ------------------------------------------------------------------ the queue
    def mail_queue(self, status: str = QUEUED) -> list[dict[str, Any]]:
        """Queued (or accepted, dismissed) messages, oldest arrival first, without bytes."""
        cur = self.db.execute(
            f"select {', '.join(_QUEUE_COLUMNS)} from mail_queue where status = ? "
            "order by arrived_at, id", [status])
        return [_queue_row(r) for r in cur]

    def mail_queue_count(self) -> int:
        """How many fetched messages await the operator's decision."""
        return int(self.db.execute("select count(*) from mail_queue where status = ?",
                                   [QUEUED]).fetchone()[0])

    def mail_message(self, queue_id: int) -> dict[str, Any]:
        """One queued message with its bytes (`content`; None once decided)."""
        cur = self.db.execute(
            f"select {', '.join(_QUEUE_COLUMNS)}, content from mail_queue where id = ?",
            [queue_id])
        row = cur.fetchone()
        if row is None:
            raise NotFoundError("mail_not_in_queue", id=queue_id)
        out = _queue_row(row[:-1])
        out["content"] = bytes(row[-1]) if row[-1] is not None else None
        return out

    def _undecided(self, queue_id: int) -> dict[str, Any]:
        message = self.mail_message(queue_id)
        if message["status"] != QUEUED:
            raise DomainError("mail_already_decided", id=queue_id, status=message["status"])
        return message

    def dismiss_mail(self, queue_id: int, reason: str | None) -> None:
        """Dismiss a queued message with a reason; its bytes are dropped, the decision and
        its Message-ID stay (a later fetch does not queue it again)."""
        text = " ".join((reason or "").split())
        if not text:
            raise DomainError("dismiss_needs_reason")
        self._undecided(queue_id)
        with self._write():
            self._update("mail_queue", queue_id, {
                "status": DISMISSED, "reason": text, "content": None,
                "decided_at": self._stamp()}, None, action="dismiss")

    def mark_mail_accepted(self, queue_id: int, request_id: int) -> None:
        """Record that a queued message became request *request_id* (its bytes now live on
        as the request's original)."""
        self._undecided(queue_id)
        with self._write():
            self._update("mail_queue", queue_id, {
                "status": ACCEPTED, "request_id": request_id, "content": None,
                "decided_at": self._stamp()}, request_id, action="accept")

    # ------------------------------------------------------------------ mail out
    def record_mail_sent(self, letter_id: int, *, message_id: str, recipient: str,
                         content: bytes, at: datetime,
                         effect: workflow.LetterEffect | None) -> dict[str, Any]:
        """Record a letter sent by email (SMTP): the sending, and the exact message with its
        Message-ID, in one transaction."""
        with self._write():
            sent = self.record_sent(letter_id, via="email", at=at, effect=effect)
            row = self._mail_row(letter_id, "smtp", message_id, recipient, content)
            self._insert("letter_mails", row, row["request_id"])
        return sent | {"message_id": message_id}

    def record_mail_draft(self, letter_id: int, *, message_id: str, recipient: str,
                          content: bytes) -> int:
        """Keep the draft (.eml) a letter was saved as; it is sent once the operator says so."""
        row = self._mail_row(letter_id, "draft", message_id, recipient, content)
        with self._write():
            return self._insert("letter_mails", row, row["request_id"])

    def _mail_row(self, letter_id: int, via: str, message_id: str, recipient: str,
                  content: bytes) -> dict[str, Any]:
        return {"letter_id": letter_id, "request_id": sent_request(self, letter_id),
                "via": via, "message_id": message_id, "recipient": recipient,
                "sha256": hashlib.sha256(content).hexdigest(), "content": content,
                "at": self._stamp()}

    def letter_mails(self, request_id: int) -> list[dict[str, Any]]:
        """The messages a request's letters went out in (or were drafted as), with bytes."""
        cur = self.db.execute(
            "select m.id, l.number, m.via, m.message_id, m.recipient, m.sha256, m.at, "
            "m.content from letter_mails m join letters l on l.id = m.letter_id "
            "where m.request_id = ? order by m.id", [request_id])
        cols = ("id", "number", "via", "message_id", "recipient", "sha256", "at", "content")
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def original_message_id(self, request_id: int) -> str | None:
        """The Message-ID of the email a request came in, if it came by email."""
        row = self.db.execute("select message_id from mail_ids where request_id = ? "
                              "order by attachment_id limit 1", [request_id]).fetchone()
        return row[0] if row else None


def sent_request(register: MailStore, letter_id: int) -> int:
    """The request a letter belongs to."""
    row = register.db.execute("select request_id from letters where id = ?",
                              [letter_id]).fetchone()
    if row is None:
        raise NotFoundError("letter_not_found", id=letter_id)
    return int(row[0])
