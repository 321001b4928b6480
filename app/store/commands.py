"""The register's commands: load a request, apply the workflow's effects, persist, audit.

Every command is one transaction that writes the rows it changes and their audit
events together. What an event does to a request (its status, the rights done, the
due date) is decided by `app.domain.workflow`; this module only loads the state and
writes the effects, so the status machine exists once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from app.domain import notes, workflow
from app.domain.clock import ALMATY
from app.domain.deadlines import items_due
from app.domain.errors import DomainError
from app.domain.vocab import ADDRESS_FORMS, CHANNELS, LANGUAGES, require_one_of
from app.languages import DEFAULT_LETTER_LANGUAGE

from .errors import StoreError
from .reads import Reads, search_phone
from .settings import Settings


class Commands(Reads, Settings):
    """The writing half of a register."""

    # ------------------------------------------------------------------ helpers
    def _state(self, request_id: int) -> tuple[dict[str, Any], workflow.State]:
        row = self._request_row(request_id)
        items = self.db.execute(
            "select i.id, i.type, i.due, i.done_at, exists (select 1 from voids v where"
            " v.entity = 'request_items' and v.entity_id = i.id) from request_items i"
            " where i.request_id = ? order by i.id", [request_id]).fetchall()
        return row, workflow.State.of(row["status"], items)

    def _apply(self, request_id: int, effects: workflow.Effects, at: str | None = None
               ) -> None:
        """Write what the workflow decided (inside the caller's transaction); rights done
        are done *at* the moment given (the sending of a reply), else now."""
        if not effects.touch:
            return
        stamp = self._stamp()
        for item_id, outcome in sorted(effects.done.items()):
            self._update("request_items", item_id, {"done_at": at or stamp,
                                                    "outcome": outcome}, request_id)
        for item_id in effects.reopened:
            self._update("request_items", item_id, {"done_at": None, "outcome": None},
                         request_id)
        changes: dict[str, Any] = {"due": effects.due.isoformat() if effects.due else None}
        if effects.status:
            changes["status"] = effects.status
        if effects.closing:
            changes.update(outcome=effects.closing, closed_at=stamp)
        if effects.reopening:
            changes.update(outcome=None, closed_at=None)
        self._update("requests", request_id, {**changes, "updated_at": stamp}, request_id)

    def _note_action(self, request_id: int, note: str) -> None:
        self._insert("actions", {"request_id": request_id, "kind": "other", "note": note,
                                 "at": self._stamp(), "by": None}, request_id)

    # ------------------------------------------------------------------ requests
    def add_request(
        self,
        *,
        channel: str,
        types: Sequence[str],
        name: str,
        email: str | None = None,
        phone: str | None = None,
        iin: str | None = None,
        lang: str = DEFAULT_LETTER_LANGUAGE,
        received: datetime | None = None,
        text: str | None = None,
        summary: str | None = None,
        representative: str | None = None,
        attachment: dict[str, Any] | None = None,
        postal_address: str | None = None,
        address_form: str | None = None,
    ) -> int:
        """Log a new request with one right per type; return its id.

        Inputs are expected normalised (phone in E.164, email lowercased) by intake.
        """
        self._check_writable()
        require_one_of(channel, CHANNELS, "unknown_channel")
        require_one_of(lang, LANGUAGES, "unknown_language")
        if address_form:
            require_one_of(address_form, ADDRESS_FORMS, "unknown_address_form")
        if not types:
            raise DomainError("types_missing")
        if not (name and name.strip()):
            raise DomainError("requester_name_missing")
        received = (received or self.now()).astimezone(ALMATY)
        items = items_due(self.calendar(), types, received.date(), self.added_rules())
        stamp = self._stamp()
        with self._write():
            number = self._next_number("IN", received.year)
            rid = int(self.db["requests"].insert({
                "number": number,
                "received_at": received.isoformat(timespec="seconds"),
                "received_date": received.date().isoformat(),
                "channel": channel,
                "lang": lang,
                "requester_name": name.strip(),
                "requester_email": email or None,
                "requester_phone": phone or None,
                "requester_iin": iin or None,
                "representative": representative or None,
                "summary": summary or None,
                "text": text or None,
                "search_phone": search_phone(phone),
                "status": "received",
                "outcome": None,
                "closed_at": None,
                "due": min(i.due for i in items).isoformat(),
                "created_at": stamp,
                "updated_at": stamp,
            }).last_pk)
            self._audit_row("requests", rid, "create", rid, before=None)
            if (postal_address or "").strip() or address_form:
                self._insert("request_details", {
                    "request_id": rid, "postal_address": (postal_address or "").strip() or None,
                    "address_form": address_form or None}, rid)
            for item in items:
                self._insert("request_items", {
                    "request_id": rid, "type": item.type, "due": item.due.isoformat(),
                    "basis": item.basis, "done_at": None, "outcome": None,
                }, rid)
            if attachment:
                content = attachment["content"]
                att_id = self._insert("attachments", {
                    "request_id": rid,
                    "file_name": attachment["file_name"],
                    "kind": attachment.get("kind", "original"),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "size": len(content),
                    "content": content,
                    "created_at": stamp,
                }, rid)
                if attachment.get("message_id"):
                    self._insert("mail_ids", {"attachment_id": att_id, "request_id": rid,
                                              "message_id": attachment["message_id"]}, rid)
        return rid

    def record_identity(self, request_id: int, method: str, result: str,
                        note: str | None = None, checked_by: str | None = None) -> int:
        """Record an identity check; the workflow moves the status."""
        row, state = self._state(request_id)
        effects = workflow.identity_recorded(state, method, result, note)
        with self._write():
            cid = self._insert("identity_checks", {
                "request_id": request_id, "method": method, "result": result,
                "checked_by": checked_by, "at": self._stamp(), "note": note or None,
            }, request_id)
            self._apply(request_id, effects)
        return cid

    def record_action(self, request_id: int, kind: str, note: str,
                      by: str | None = None) -> int:
        """Record something done for the request; the rights it fulfils are done."""
        if not (note and note.strip()):
            raise DomainError("action_note_missing")
        _, state = self._state(request_id)
        effects = workflow.action_recorded(state, kind)
        with self._write():
            aid = self._insert("actions", {
                "request_id": request_id, "kind": kind, "note": note.strip(),
                "at": self._stamp(), "by": by,
            }, request_id)
            self._apply(request_id, effects)
        return aid

    def close_request(self, request_id: int, outcome: str, reason: str | None = None) -> None:
        """Close an open request with an outcome; every open right is closed with it."""
        _, state = self._state(request_id)
        effects = workflow.closed(state, outcome)
        with self._write():
            self._apply(request_id, effects)
            if reason and reason.strip():
                self._note_action(request_id, notes.write(notes.CLOSED, reason=reason))

    def reopen_request(self, request_id: int, reason: str | None) -> None:
        """Reopen a closed request (a reason is required); its rights open again."""
        _, state = self._state(request_id)
        effects = workflow.reopened(state, reason)
        with self._write():
            self._apply(request_id, effects)
            self._note_action(request_id, f"Reopened: {(reason or '').strip()}")

    # ------------------------------------------------------------------ letters
    def record_letter(
        self,
        request_id: int,
        *,
        kind: str,
        lang: str,
        number: str,
        file_name: str,
        content: bytes,
    ) -> dict[str, Any]:
        """Keep a letter made with the outgoing *number* (from `peek_number`).

        A letter made is only prepared: it answers nothing until it is recorded as sent
        (`record_sent`), the day it reaches the requester's channel.
        """
        self._request_row(request_id)  # a missing request is the user's NotFoundError
        sha = hashlib.sha256(content).hexdigest()
        with self._write():
            taken = self._next_number("OUT", int(number.split("-")[1]))
            if taken != number:
                raise StoreError("letter_number_taken", number=number)
            lid = self._insert("letters", {
                "request_id": request_id, "kind": kind, "lang": lang, "number": number,
                "file_name": file_name, "sha256": sha, "content": content,
                "created_at": self._stamp(),
            }, request_id)
        return {"id": lid, "number": number, "file_name": file_name, "sha256": sha}

    # ------------------------------------------------------------------ calendar
    def add_calendar_override(self, day: date, kind: str, note: str | None) -> dict[str, Any]:
        """Mark *day* as an extra day off or working day; open requests keep their dates."""
        from app.domain.calendar import WorkingCalendar

        WorkingCalendar({day: kind})  # validates the kind
        with self._write():
            exists = self._row("calendar_overrides", day.isoformat())
            self.db["calendar_overrides"].upsert(
                {"date": day.isoformat(), "kind": kind, "note": note or ""}, pk="date")
            self._audit_row("calendar_overrides", day.isoformat(),
                            "update" if exists else "create", None, before=exists)
        self._calendar = None
        return {"date": day.isoformat(), "kind": kind, "note": note or ""}
