"""Why a request's command is disabled: one sentence per command, shown in its tooltip.

A greyed-out button with no word on why is a dead end; the toolbar's and the menu's
tooltips (and the status bar, for the menu) now say what is missing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.workflow import is_open

REASONS = {
    "pick": QT_TRANSLATE_NOOP("reasons", "Select a request in the list first."),
    "closed": QT_TRANSLATE_NOOP("reasons", "This request is closed; reopen it first."),
    "open": QT_TRANSLATE_NOOP("reasons", "This request is open."),
    "no_waiting": QT_TRANSLATE_NOOP("reasons", "No right of this request is waiting for "
                                               "supporting documents."),
    "no_letter": QT_TRANSLATE_NOOP("reasons", "No letter has been prepared for this request "
                                              "yet."),
    "all_sent": QT_TRANSLATE_NOOP("reasons", "Every letter of this request is already "
                                             "recorded as sent."),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("reasons", REASONS[key])


def why_disabled(request: dict[str, Any] | None) -> dict[str, str]:
    """Command name -> why it cannot be used for *request* now (only disabled ones)."""
    if request is None:
        pick = _tr("pick")
        return dict.fromkeys(("identity", "action", "documents", "letter", "mark_sent",
                              "edit", "void", "close", "reopen", "evidence"), pick)
    reasons: dict[str, str] = {}
    if not is_open(request["status"]):
        closed = _tr("closed")
        reasons.update(dict.fromkeys(("identity", "action", "close", "void", "documents"),
                                     closed))
    else:
        reasons["reopen"] = _tr("open")
        if not any(item.get("waiting") for item in request["items"]):
            reasons["documents"] = _tr("no_waiting")
    letters = request.get("letters", [])
    if not letters:
        reasons["mark_sent"] = _tr("no_letter")
    elif all(letter.get("sent_at") for letter in letters):
        reasons["mark_sent"] = _tr("all_sent")
    return reasons
