"""Every modal question the app asks goes through here, so tests can answer them.

Tests replace these functions (monkeypatch) and never hang on a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ask", text)


def ask_passphrase(parent: QWidget | None, message: str) -> str | None:
    """Ask for a passphrase; None when the user cancels."""
    text, ok = QInputDialog.getText(parent, _tr("Register passphrase"), message,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_new_passphrase(parent: QWidget | None, message: str) -> str | None:
    """Ask for a new passphrase twice until both entries match; None when cancelled."""
    while True:
        first = ask_passphrase(parent, message)
        if first is None:
            return None
        second = ask_passphrase(parent, _tr("Type the same passphrase again."))
        if second is None:
            return None
        if first == second:
            return first
        tell_error(parent, _tr("The two passphrases differ; please type them again."))


def tell_error(parent: QWidget | None, message: str) -> None:
    """Show one sentence about something that went wrong."""
    QMessageBox.warning(parent, _tr("Otinish"), message)
