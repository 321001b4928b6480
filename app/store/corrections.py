"""Facts recorded after the event, and corrections made in the open.

A letter made is only prepared; recording it as sent (when, how) is what answers the
rights it replies to. A request, an identity check, an action or a right registered by
mistake is voided with a reason: the row stays, a `voids` row says why, and the audit
trail shows both. A requester's details are edited as an audited update whose previous
state stays in the trail. The workflow decides what each of these does to the request.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.domain import notes, workflow
from app.domain.clock import ALMATY
from app.domain.deadlines import due_date
from app.domain.errors import DomainError
from app.domain.rules import rule_for
from app.domain.vocab import ADDRESS_FORMS, LANGUAGES, SENT_VIA, require_one_of

from .commands import Commands
from .errors import NotFoundError
from .reads import search_phone


def _require_open_row(row: dict[str, Any]) -> None:
    if row["status"] == "closed":
        raise DomainError("request_closed")


#: The requester's fields an edit may change on the request row, and in its details.
REQUEST_FIELDS = {"name": "requester_name", "email": "requester_email",
                  "phone": "requester_phone", "iin": "requester_iin", "lang": "lang"}
DETAIL_FIELDS = ("postal_address", "address_form")


class Corrections(Commands):
    """Sending, voiding and editing (mixed into `Register`)."""

    # ------------------------------------------------------------------ letters
    def letter_by_number(self, number: str) -> dict[str, Any]:
        """A letter by its outgoing number, with its sending if recorded."""
        row = self.db.execute(
            "select l.id, l.request_id, l.kind, l.number, l.created_at, s.sent_at from letters l"
            " left join letter_sendings s on s.letter_id = l.id where l.number = ? collate "
            "nocase", [number.strip()]).fetchone()
        if row is None:
            raise NotFoundError("letter_number_not_found", number=number.strip())
        return dict(zip(("id", "request_id", "kind", "number", "created_at", "sent_at"), row,
                        strict=True))

    def record_sent(self, letter_id: int, *, via: str, at: datetime | None,
                    effect: workflow.LetterEffect | None) -> dict[str, Any]:
        """Record that a prepared letter reached the requester (*via*, at *at*, default now);
        a reply then answers its rights as of that day."""
        require_one_of(via, SENT_VIA, "unknown_sent_via")
        letter = self.db.execute(
            "select request_id, number, created_at from letters where id = ?",
            [letter_id]).fetchone()
        if letter is None:
            raise NotFoundError("letter_not_found", id=letter_id)
        request_id, number, created_at = letter
        if self.db.execute("select 1 from letter_sendings where letter_id = ?",
                           [letter_id]).fetchone():
            raise DomainError("letter_already_sent", number=number)
        moment = (at or self.now()).astimezone(ALMATY)
        if moment < datetime.fromisoformat(created_at):
            raise DomainError("sent_before_made", number=number)
        if moment > self.now():
            raise DomainError("sent_in_future", number=number)
        _, state = self._state(request_id)
        effects = workflow.letter_sent(state, effect)
        stamp = moment.isoformat(timespec="seconds")
        with self._write():
            sid = self._insert("letter_sendings", {
                "letter_id": letter_id, "request_id": request_id, "sent_at": stamp,
                "via": via, "recorded_at": self._stamp()}, request_id)
            self._apply(request_id, effects, at=stamp)
        return {"id": sid, "letter_id": letter_id, "number": number, "sent_at": stamp,
                "via": via}

    # ------------------------------------------------------------------ voiding
    def _void(self, request_id: int, entity: str, entity_id: int, reason: str) -> None:
        if self.db.execute("select 1 from voids where entity = ? and entity_id = ?",
                           [entity, entity_id]).fetchone():
            raise DomainError("already_voided")
        self._insert("voids", {"request_id": request_id, "entity": entity,
                               "entity_id": entity_id, "reason": reason,
                               "at": self._stamp()}, request_id)

    def void_request(self, request_id: int, reason: str | None) -> None:
        """Close a request registered by mistake as voided, with the reason."""
        _, state = self._state(request_id)
        effects = workflow.voided(state, reason)
        with self._write():
            self._apply(request_id, effects)
            self._note_action(request_id, notes.write(notes.VOIDED, reason=reason or ""))

    def _owned(self, table: str, request_id: int, row_id: int, missing: str
               ) -> dict[str, Any]:
        row = self.db.execute(f"select * from {table} where id = ? and request_id = ?",
                              [row_id, request_id])
        cols = [c[0] for c in row.description]
        found = row.fetchone()
        if found is None:
            raise NotFoundError(missing, id=row_id)
        return dict(zip(cols, found, strict=True))

    def void_identity(self, request_id: int, check_id: int, reason: str | None) -> None:
        """Void an identity check recorded by mistake (it stays, marked, with the reason)."""
        text = workflow.check_reason(reason)
        self._owned("identity_checks", request_id, check_id, "identity_check_not_found")
        with self._write():
            self._void(request_id, "identity_checks", check_id, text)

    def void_action(self, request_id: int, action_id: int, reason: str | None,
                    still_fulfilled: Iterable[str]) -> None:
        """Void an action recorded by mistake; the rights only it fulfilled open again.

        *still_fulfilled*: the types the other actions and the sent replies still fulfil.
        """
        text = workflow.check_reason(reason)
        action = self._owned("actions", request_id, action_id, "action_not_found")
        _, state = self._state(request_id)
        effects = workflow.action_voided(state, action["kind"], still_fulfilled)
        with self._write():
            self._void(request_id, "actions", action_id, text)
            self._apply(request_id, effects)

    # ------------------------------------------------------------------ editing
    def edit_request(self, request_id: int, changes: dict[str, Any]) -> None:
        """Change the requester's details (values already checked and normalised)."""
        row = self._request_row(request_id)
        unknown = set(changes) - set(REQUEST_FIELDS) - set(DETAIL_FIELDS)
        if unknown:
            raise DomainError("unknown_edit_field", field=sorted(unknown)[0])
        if "lang" in changes:
            require_one_of(changes["lang"], LANGUAGES, "unknown_language")
        if changes.get("address_form"):
            require_one_of(changes["address_form"], ADDRESS_FORMS, "unknown_address_form")
        if "name" in changes and not (changes["name"] and str(changes["name"]).strip()):
            raise DomainError("requester_name_missing")
        own = {REQUEST_FIELDS[k]: (v.strip() if isinstance(v, str) else v) or None
               for k, v in changes.items() if k in REQUEST_FIELDS}
        if "requester_phone" in own:
            own["search_phone"] = search_phone(own["requester_phone"])
        own = {k: v for k, v in own.items() if row.get(k) != v}
        details = {k: (changes[k] or None) for k in DETAIL_FIELDS if k in changes}
        current = self.db.execute(
            "select postal_address, address_form from request_details where request_id = ?",
            [request_id]).fetchone()
        if current is not None:
            details = {k: v for k, v in details.items()
                       if v != current[DETAIL_FIELDS.index(k)]}
        elif not any(details.values()):
            details = {}
        with self._write():
            if own:
                self._update("requests", request_id, {**own, "updated_at": self._stamp()},
                             request_id)
            if details:
                exists = self.db.execute("select * from request_details where request_id = ?",
                                         [request_id]).fetchone()
                if exists:
                    self._update("request_details", request_id, details, request_id)
                else:
                    self._insert("request_details", {"request_id": request_id,
                                                     "postal_address": None,
                                                     "address_form": None} | details,
                                 request_id)

    def add_right(self, request_id: int, request_type: str) -> None:
        """Add a right the request asks for (counted from the request's receipt)."""
        row, state = self._state(request_id)
        workflow.right_added(state, request_type)
        received = datetime.fromisoformat(row["received_at"]).date()
        item = due_date(self.calendar(), request_type, received, added=self.added_rules())
        with self._write():
            self._insert("request_items", {
                "request_id": request_id, "type": request_type,
                "due": item.due.isoformat(), "basis": item.basis, "done_at": None,
                "outcome": None}, request_id)
            _, after = self._state(request_id)
            self._apply(request_id, workflow.Effects(due=workflow.due_of(after)))

    def remove_right(self, request_id: int, request_type: str, reason: str | None) -> None:
        """Remove a right registered by mistake (kept, marked, with the reason)."""
        text = workflow.check_reason(reason)
        _, state = self._state(request_id)
        item_id, effects = workflow.right_removed(state, request_type)
        with self._write():
            self._void(request_id, "request_items", item_id, text)
            self._apply(request_id, effects)

    def start_clock(self, request_id: int, event: str, day: date) -> list[str]:
        """Record the day *event* (e.g. the supporting documents received) happened for the
        rights whose clock it starts; their due dates are counted from it. Returns the
        types whose clock started."""
        row, state = self._state(request_id)
        _require_open_row(row)
        received = datetime.fromisoformat(row["received_at"]).date()
        if day < received:
            raise DomainError("clock_before_receipt", date=day.isoformat())
        if day > self.today():
            raise DomainError("clock_in_future", date=day.isoformat())
        targets = [i for i in state.asked if rule_for(i.type, received).clock_start == event]
        if not targets:
            raise DomainError("no_right_waits_for", event=event)
        with self._write():
            for item in targets:
                due = due_date(self.calendar(), item.type, received, day, self.added_rules())
                values = {"item_id": item.id, "request_id": request_id, "event": event,
                          "started_on": day.isoformat(), "recorded_at": self._stamp()}
                if self.db.execute("select 1 from item_clocks where item_id = ?",
                                   [item.id]).fetchone():
                    self._update("item_clocks", item.id, values, request_id)
                else:
                    self._insert("item_clocks", values, request_id)
                self._update("request_items", item.id, {"due": due.due.isoformat()},
                             request_id)
            _, after = self._state(request_id)
            self._apply(request_id, workflow.Effects(due=workflow.due_of(after)))
        return [i.type for i in targets]

    def note(self, request_id: int, text: str) -> None:
        """Keep a note in the request's history (a reason given for a choice)."""
        with self._write():
            self._note_action(request_id, text)
