"""Every modal question the app asks goes through here, so tests can answer them.

Tests replace these functions (monkeypatch) and never hang on a dialog. Callers use
them as `ask.run_dialog(...)`, never `from ask import ...`, so the patch is seen.
A dialog of our own is shown with `run_dialog`: it validates and does its work in
`accept()`, so a test fills its fields, calls `accept()` and the real path runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)


def ask_passphrase(parent: QWidget | None, message: str) -> str | None:
    """Ask for a passphrase; None when the user cancels."""
    title = QCoreApplication.translate("ask", "Register passphrase")
    text, ok = QInputDialog.getText(parent, title, message, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_new_passphrase(parent: QWidget | None, message: str) -> str | None:
    """Ask for a new passphrase twice until both entries match; None when cancelled."""
    while True:
        first = ask_passphrase(parent, message)
        if first is None:
            return None
        second = ask_passphrase(parent, QCoreApplication.translate(
            "ask", "Type the same passphrase again."))
        if second is None:
            return None
        if first == second:
            return first
        tell_error(parent, QCoreApplication.translate(
            "ask", "The two passphrases differ; please type them again."))


def tell_error(parent: QWidget | None, message: str) -> None:
    """Show one sentence about something that went wrong."""
    QMessageBox.warning(parent, QCoreApplication.translate("ask", "Otinish"), message)


def tell_info(parent: QWidget | None, message: str) -> None:
    """Show one short piece of news (an import summary, where a file went)."""
    QMessageBox.information(parent, QCoreApplication.translate("ask", "Otinish"), message)


def offer(parent: QWidget | None, message: str, action_text: str) -> bool:
    """Say what went wrong, with a button for what can be done instead; True when pressed."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ask", "Otinish"),
                      message, QMessageBox.StandardButton.Close, parent)
    action = box.addButton(action_text, QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(action)
    box.exec()
    return box.clickedButton() is action


def confirm(parent: QWidget | None, message: str, yes_text: str | None = None) -> bool:
    """Ask a yes/no question; True when the user agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ask", "Otinish"),
                      message,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text (a reason); None when cancelled or left empty."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def documents_folder() -> Path:
    """Where a file dialog starts when nothing better is known: the user's Documents."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def ask_open_files(parent: QWidget | None, title: str, filters: str,
                   start: Path | None = None) -> list[Path]:
    """Choose one or more files to open; an empty list when cancelled."""
    files, _ = QFileDialog.getOpenFileNames(parent, title, str(start or documents_folder()),
                                            filters)
    return [Path(f) for f in files]


def ask_open_file(parent: QWidget | None, title: str, filters: str,
                  start: Path | None = None) -> Path | None:
    """Choose one file to open (a backup); None when cancelled. *start* may name a file."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or documents_folder()), filters)
    return Path(name) if name else None


def ask_save_file(parent: QWidget | None, title: str, suggested: Path,
                  filters: str) -> Path | None:
    """Choose where to save a file; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def ask_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Choose a folder; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start or documents_folder()))
    return Path(name) if name else None


def run_menu(menu: QMenu, at: QPoint) -> QAction | None:
    """Show a context menu at the screen point *at*; the action chosen, None when dismissed."""
    return menu.exec(at)


def run_dialog(dialog: QDialog) -> bool:
    """Show one of our dialogs modally; True when it was accepted (its work is done)."""
    return dialog.exec() == QDialog.DialogCode.Accepted
