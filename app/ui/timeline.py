"""A request's history as the audit log tells it: one wrapped line per event, oldest first.

The audit events (`Register.events_of`) record what each write did to which row; this
widget turns them into sentences in the interface language ("Right answered:
deletion"), skipping events that change nothing a person would notice.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from . import i18n


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        status = None
        for e in events:
            data = json.loads(e["data"]) if isinstance(e.get("data"), str) else (e.get("data")
                                                                                or {})
            data = data or {}
            when = i18n.format_datetime(e["at"])
            entity, action = e["entity"], e["action"]
            text = None
            if entity == "requests":
                new_status = data.get("status")
                if action == "create":
                    text = self.tr("Request logged ({0})").format(
                        i18n.channel_name(data.get("channel", ""), capital=False))
                elif new_status and new_status != status:
                    text = self.tr("Status: {0}").format(i18n.status_name(new_status))
                status = new_status or status
            elif entity == "request_items":
                name = i18n.type_name(data.get("type", ""))
                if action == "create":
                    text = self.tr("Right requested: {0}, due {1}").format(
                        name, i18n.format_date(data.get("due")))
                elif data.get("done_at"):
                    text = self.tr("Right answered: {0}",
                                   "handled, including by a reasoned refusal").format(name)
                else:
                    text = self.tr("Right open again: {0}").format(name)
            elif entity == "identity_checks":
                text = self.tr("Identity check: {0} — {1}").format(
                    i18n.identity_method_name(data.get("method", "")),
                    i18n.identity_result_name(data.get("result"), capital=False))
            elif entity == "actions":
                text = self.tr("Action: {0}").format(i18n.action_name(data.get("kind", "")))
                if data.get("note"):
                    text += f" — {data['note']}"
            elif entity == "letters":
                text = self.tr("Letter {0}: {1}").format(
                    data.get("number", ""), i18n.letter_kind_name(data.get("kind", "")))
            elif entity == "attachments":
                text = self.tr("Original kept: {0}").format(data.get("file_name", ""))
            if text:
                lines.append((when, text))
        return lines
