"""A request's history as the audit log tells it: one wrapped line per event, oldest first.

The audit events (`Register.events_of`) record each row's new state after every write;
this widget turns them into sentences in the interface language ("Right answered:
deletion"), skipping events that change nothing a person would notice. A correction
reads with its before and after, taken from the previous and the new state of the same
row ("Edited: email — a@… → b@…"); a void with its reason; a sending with how it went.
Rows written by an import (the demo register) carry the import's time in the log: each
is told at the moment its row gives (the receipt, the action's own day), oldest first,
and one line then says the import wrote them, and when; nothing is told as an edit.
The lines are shown, never logged: they hold personal data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import notes, rules
from app.domain.clock import local
from app.domain.vocab import VOIDED
from app.store.audit import IMPORT
from app.store.corrections import DETAIL_FIELDS, REQUEST_FIELDS

from . import i18n

#: The details kept beside the request row, by their own column names.
DETAIL_COLUMNS = {field: field for field in DETAIL_FIELDS}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _moment(value: Any) -> datetime | None:
    """An ISO moment (or day) of a row, in Almaty time; None when there is none."""
    try:
        return local(datetime.fromisoformat(str(value))) if value else None
    except ValueError:
        return None


_NEVER = datetime.min.replace(tzinfo=UTC)
#: The order of an import's lines told at the same moment: the request, its rights, the
#: day their clock started, identity, actions, letters, sendings, rights answered, closing.
_IMPORT_RANK = {"requests": 0, "attachments": 1, "request_items": 1, "item_clocks": 2,
                "identity_checks": 3, "actions": 4, "letters": 5, "letter_sendings": 6}


def edits(before: dict[str, Any] | None, after: dict[str, Any],
          columns: dict[str, str]) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for each of *columns* (field -> column) that changed."""
    before = before or {}
    return [(field, before.get(column) or None, after.get(column) or None)
            for field, column in columns.items()
            if (before.get(column) or None) != (after.get(column) or None)]


class Timeline(QTextBrowser):
    """The history tab of the detail panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.setAcceptDrops(False)
        self.lines: list[tuple[str, str]] = []

    def show_events(self, events: list[dict[str, Any]]) -> None:
        """Show *events* (a request's audit events, oldest first)."""
        self.lines = self._lines(events)
        self.setHtml("".join(
            f'<p style="margin: 0 0 8px 0;"><span style="color: #6b7785;">{_html(when)}'
            f"</span><br>{_html(what)}</p>" for when, what in self.lines))

    def _lines(self, events: list[dict[str, Any]]) -> list[tuple[str, str]]:
        """What happened, in order, told from the audit events."""
        lines: list[tuple[str, str]] = []
        # Each row's last state, by table and key (the log keeps keys as text).
        states: dict[tuple[str, Any], dict[str, Any]] = {}
        # The rights written with the request are "requested"; a right written later (the
        # same second or not, once anything else happened) is "added".
        created, creating, voided_at = None, False, None
        edited: tuple[str, list[tuple[str, Any, Any]], int] | None = None  # at, changes, line
        imported: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (event, row) in a row
        clocks: dict[str, tuple[int, dict[str, Any]]] = {}  # item id -> its clock's line
        for e in events:
            data = json.loads(e["data"]) if isinstance(e.get("data"), str) else (e.get("data")
                                                                                or {})
            data = data or {}
            entity, action = e["entity"], e["action"]
            before = states.get((entity, str(e.get("entity_id"))))
            states[(entity, str(e.get("entity_id")))] = data
            if action == IMPORT:
                imported.append((e, data))
                continue
            if imported:
                lines.extend(self._imported(imported, states))
                imported = []
            if entity == "item_clocks":
                clocks[str(data.get("item_id"))] = (len(lines), data)
            elif entity == "request_items" and str(e.get("entity_id")) in clocks and \
                    data.get("due") != (before or {}).get("due"):
                # The clock started moves the right's date: its line tells the new one.
                at, clock = clocks.pop(str(e.get("entity_id")))
                lines[at] = (lines[at][0], self._clock(clock, data))
            if entity == "requests" and action == "create":
                created, creating = e["at"], True
            elif entity not in ("request_items", "attachments", "mail_ids"):
                creating = False
            if entity == "actions" and voided_at == e["at"] and data.get("kind") == "other":
                # The note the store keeps with a voided request: its reason.
                parsed = notes.parse(data.get("note"))
                reason = parsed[1]["reason"] if parsed and parsed[0] == notes.VOIDED \
                    else str(data.get("note") or "")
                when, text = lines[-1]
                lines[-1] = (when, f"{text} — {reason}")
                voided_at = None
                continue
            if (entity == "requests" and action != "create") or entity == "request_details":
                # One correction may change the request row and its details: one line.
                columns = REQUEST_FIELDS if entity == "requests" else DETAIL_COLUMNS
                changed = edits(before, data, columns)
                if changed and edited and edited[0] == e["at"] and edited[2] == len(lines) - 1:
                    edited[1].extend(changed)
                    lines[edited[2]] = (lines[edited[2]][0], self._edited(edited[1]))
                elif changed:
                    edited = (e["at"], changed, len(lines))
                    lines.append((i18n.format_datetime(e["at"]), self._edited(changed)))
            text = self._line(entity, action, data, before, states,
                              creating and e["at"] == created)
            if entity == "requests" and data.get("outcome") == VOIDED and (
                    (before or {}).get("outcome") != VOIDED):
                voided_at = e["at"]
            for line in text:
                lines.append((i18n.format_datetime(e["at"]), line))
        if imported:
            lines.extend(self._imported(imported, states))
        return lines

    def _imported(self, group: list[tuple[dict[str, Any], dict[str, Any]]],
                  states: dict[tuple[str, Any], dict[str, Any]]) -> list[tuple[str, str]]:
        """The lines of the rows one import wrote: each told at the moment its row gives,
        oldest first; then the import itself, at the time the log holds for it."""
        stamp = group[-1][0]["at"]
        told: list[tuple[datetime, int, int, str]] = []

        def tell(value: Any, rank: int, texts: list[str]) -> None:
            moment = _moment(value) or _moment(stamp) or _NEVER
            told.extend((moment, rank, len(told) + n, text) for n, text in enumerate(texts))

        for e, data in group:
            entity = e["entity"]
            request = states.get(("requests", str(e.get("request_id")))) or {}
            rank = _IMPORT_RANK.get(entity, 9)
            if entity in ("requests", "request_items"):
                tell(request.get("received_at") or data.get("received_at"), rank,
                     self._line(entity, "create", data, None, states, True))
                if entity == "request_items" and data.get("done_at") and \
                        data.get("outcome") != VOIDED:
                    tell(data["done_at"], 7, [self.tr(
                        "Right answered: {0}", "handled, including by a reasoned refusal"
                    ).format(i18n.type_name(data.get("type", "")))])
                elif entity == "requests" and data.get("closed_at"):
                    tell(data["closed_at"], 8, [
                        self.tr("Request voided") if data.get("outcome") == VOIDED else
                        self.tr("Status: {0}").format(i18n.status_name(data["status"]))])
                elif entity == "requests" and data.get("status") not in (None, "received"):
                    tell(None, 9, [self.tr("Status: {0}").format(
                        i18n.status_name(data["status"]))])
            elif entity == "item_clocks":
                item = states.get(("request_items", str(data.get("item_id")))) or {}
                tell(data.get("recorded_at") or data.get("started_on"), rank,
                     [self._clock(data, item)])
            else:
                moment = {"identity_checks": "at", "actions": "at", "letters": "created_at",
                          "letter_sendings": "sent_at", "attachments": "created_at"}
                tell(data.get(moment.get(entity, "")), rank,
                     self._line(entity, "create", data, None, states, False))
        lines = [(i18n.format_datetime(moment), text) for moment, _, _, text in sorted(told)]
        lines.append((i18n.format_datetime(stamp), self.tr(
            "Imported into the register; the dates above come from the imported records")))
        return lines

    def _clock(self, clock: dict[str, Any], item: dict[str, Any]) -> str:
        """The day a right's clock started (its documents came), and the date it set."""
        text = (self.tr("Breach found not confirmed on {0}: {1}, due {2}")
                if clock.get("event") == rules.BREACH_NOT_CONFIRMED else
                self.tr("Supporting documents received on {0}: {1}, due {2}"))
        return text.format(i18n.format_date(clock.get("started_on")),
                           i18n.type_name(item.get("type", "")),
                           i18n.format_date(item.get("due")))

    def _line(self, entity: str, action: str, data: dict[str, Any],
              before: dict[str, Any] | None, states: dict[tuple[str, Any], dict[str, Any]],
              at_creation: bool) -> list[str]:
        """The sentences one event makes (none for a change nobody would notice)."""
        if entity == "requests":
            if action == "create":
                return [self.tr("Request logged ({0})").format(
                    i18n.channel_name(data.get("channel", ""), capital=False))]
            said = []  # an edit of the requester's details has its own line (_lines)
            was = (before or {}).get("outcome")
            if data.get("outcome") == VOIDED and was != VOIDED:
                said.append(self.tr("Request voided"))
            elif data.get("status") and data.get("status") != (before or {}).get("status"):
                said.append(self.tr("Status: {0}").format(i18n.status_name(data["status"])))
            return said
        if entity == "request_items":
            name = i18n.type_name(data.get("type", ""))
            if action == "create":
                text = (self.tr("Right requested: {0}, due {1}") if at_creation
                        else self.tr("Right added: {0}, due {1}"))
                return [text.format(name, i18n.format_date(data.get("due")))]
            if data.get("outcome") == VOIDED:
                return []  # closed with the voided request: its own line says so
            was_done = bool((before or {}).get("done_at"))
            if data.get("done_at") and not was_done:
                return [self.tr("Right answered: {0}",
                                "handled, including by a reasoned refusal").format(name)]
            if was_done and not data.get("done_at"):
                return [self.tr("Right open again: {0}").format(name)]
            return []  # a new date (its clock started) is told with the clock's line
        if entity == "identity_checks":
            return [self.tr("Identity check: {0} — {1}").format(
                i18n.identity_method_name(data.get("method", "")),
                i18n.identity_result_name(data.get("result"), capital=False))]
        if entity == "actions":
            text = self.tr("Action: {0}").format(i18n.action_name(data.get("kind", "")))
            note = i18n.note_text(data.get("note"))
            return [text + (f" — {note}" if note else "")]
        if entity == "letters":
            return [self.tr("Letter {0} prepared: {1}").format(
                data.get("number", ""), i18n.letter_kind_name(data.get("kind", "")))]
        if entity == "letter_sendings":
            return [self._sent(data, states)]
        if entity == "voids":
            return [self._void(data, states)]
        if entity == "attachments":
            return [self.tr("Original kept: {0}").format(data.get("file_name", ""))]
        if entity == "item_clocks":
            return [self._clock(data, states.get(("request_items", str(data.get("item_id"))))
                                or {})]
        return []

    def _value(self, field: str, value: Any) -> str:
        """A requester's detail as the history shows it."""
        if value is None:
            return self.tr("(none)", "a detail empty before or after an edit")
        if field == "lang":
            return i18n.language_name(value)
        if field == "address_form":
            return i18n.address_form_name(value)
        return str(value)

    def _edited(self, changed: list[tuple[str, Any, Any]]) -> str:
        """"Edited: email — a@… → b@…; phone — … → …"."""
        return self.tr("Edited: {0}").format("; ".join(
            f"{i18n.edited_field_name(field)} — {self._value(field, old)} → "
            f"{self._value(field, new)}" for field, old, new in changed))

    def _sent(self, data: dict[str, Any], states: dict[tuple[str, Any], dict[str, Any]]
              ) -> str:
        letter = states.get(("letters", str(data.get("letter_id")))) or {}
        text = self.tr("Sent {0} ({1})").format(
            letter.get("number", ""), i18n.sent_via_name(data.get("via"), capital=False))
        sent, recorded = str(data.get("sent_at") or ""), str(data.get("recorded_at") or "")
        if sent[:16] != recorded[:16]:  # recorded later than it went: say when it went
            text += ", " + self.tr("on {0}", "sent on a date").format(
                i18n.format_datetime(sent))
        return text

    def _void(self, data: dict[str, Any], states: dict[tuple[str, Any], dict[str, Any]]
              ) -> str:
        target = states.get((data.get("entity"), str(data.get("entity_id")))) or {}
        reason = data.get("reason") or ""
        if data.get("entity") == "request_items":
            return self.tr("Right removed: {0} — {1}").format(
                i18n.type_name(target.get("type", "")), reason)
        if data.get("entity") == "identity_checks":
            what = self.tr("identity check ({0})").format(
                i18n.identity_method_name(target.get("method", ""), capital=False))
        elif data.get("entity") == "actions":
            what = self.tr("action ({0})").format(
                i18n.action_name(target.get("kind", ""), capital=False))
        else:
            what = str(data.get("entity", ""))
        return self.tr("Voided: {0} — {1}").format(what, reason)
