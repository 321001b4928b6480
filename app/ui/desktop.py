"""Handing files to the rest of the desktop: open a letter in the word processor, show a folder.

Kept in one small module so tests replace `open_path` and `show_in_folder` and nothing
launches. `open_file` and `show_file` are what the window calls: when the system
cannot do it (no program for .docx, no file manager), they say so in one sentence with
the path, and opening offers to show the file in its folder instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from . import ask


def open_path(path: Path) -> bool:
    """Open *path* with the system's default program (Word, LibreOffice, a file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def explorer_select(path: Path) -> str:
    """Explorer's command line that selects *path*: one quoted argument after "/select,"
    (Explorer splits an unquoted path at a comma, so «Иванов, письмо.docx» failed)."""
    return f'explorer /select,"{path}"'


def show_in_folder(path: Path) -> bool:
    """Show *path* selected in the file manager (or open its folder where that is not possible)."""
    path = Path(path)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only (the command is tested)
            subprocess.Popen(explorer_select(path))  # noqa: S603
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])  # noqa: S603,S607
            return True
    except OSError:
        pass
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_file(parent: QWidget | None, path: Path) -> bool:
    """Show *path* in the file manager; when it cannot be shown, say so with the folder."""
    if show_in_folder(path):
        return True
    folder = path if path.is_dir() else path.parent
    ask.tell_error(parent, QCoreApplication.translate(
        "desktop", "The folder {0} could not be shown: open it in your file manager.")
        .format(folder))
    return False


def open_file(parent: QWidget | None, path: Path) -> bool:
    """Open *path*; when no program opens it, say so with the path and offer its folder."""
    if open_path(path):
        return True
    if path.is_dir():
        ask.tell_error(parent, QCoreApplication.translate(
            "desktop", "The folder {0} could not be opened: open it in your file manager.")
            .format(path))
        return False
    message = QCoreApplication.translate(
        "desktop", "{0} could not be opened: no program on this computer opens this kind of "
                   "file. It is saved; open it from its folder.").format(path)
    if ask.offer(parent, message, QCoreApplication.translate("desktop", "Show in folder")):
        show_file(parent, path)
    return False
