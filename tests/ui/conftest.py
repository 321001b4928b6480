"""Fixtures for the window's tests: a real register in a temp folder, every question answered.

No test can hang on a dialog: every function of `app.ui.ask` is replaced by one that
fails loudly unless the test answered it (`answers`). Our own dialogs are answered by
class name: the test fills the fields and the real `accept()` runs. An answer the test
gave for a dialog or question that never came fails the test too: a test whose
dialog is never shown checks nothing. QSettings, the user data folder and Documents all
point into the test's temporary folder, and nothing is ever opened in another program
(`opened` records what would have been).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QDialog

from app.ui import ask, desktop, i18n
from tests.builders import PASSPHRASE, fixed_clock, new_register

ASK_FUNCTIONS = ("ask_passphrase", "ask_new_passphrase", "tell_error", "tell_info", "confirm",
                 "offer", "ask_text", "ask_open_files", "ask_open_file", "ask_save_file",
                 "ask_folder", "run_menu", "run_dialog")


@dataclass
class Answers:
    """What the test answers, and what was asked."""

    dialogs: dict[str, Callable[[QDialog], Any]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    asked: list[tuple[str, Any]] = field(default_factory=list)

    def dialog(self, name: str, fill: Callable[[QDialog], Any]) -> None:
        """Answer the dialog class *name*: *fill* sets its fields; return False to cancel."""
        self.dialogs[name] = fill

    def said(self, kind: str) -> list[Any]:
        """Every message shown with *kind* ("tell_error", "tell_info", ...)."""
        return [message for k, message in self.asked if k == kind]

    def unused(self) -> list[str]:
        """The answers given for a dialog or question that was never shown."""
        shown = {message for kind, message in self.asked if kind == "run_dialog"}
        asked = {kind for kind, _ in self.asked}
        return ([f"dialog {name}" for name in self.dialogs if name not in shown]
                + [f"question {name}" for name in self.values if name not in asked])

    def check_all_used(self) -> None:
        """Fail when an answer was never needed (the dialog it was for never came)."""
        unused = self.unused()
        if unused:
            raise AssertionError("Answered but never asked: " + ", ".join(unused))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so a fixture knows whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def qapp_cls():
    """The app's own QApplication, which takes the files the system asks it to open."""
    from app.ui.opening import OtinishApplication

    return OtinishApplication


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    """QSettings, data and documents folders in tmp; the interface in English."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    # No notification reaches the developer's own desktop (a test sets up its own bus).
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    qapp.setOrganizationName("Otinish")
    qapp.setApplicationName("Otinish")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(home / "config"))
    i18n.install("en")
    yield home
    i18n.install("en")


@pytest.fixture
def answers(monkeypatch, request) -> Iterator[Answers]:
    """Replace every modal question; unanswered ones fail the test instead of hanging, and
    so do answers to questions never asked (checked when the test has passed)."""
    state = Answers()

    def make(name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            state.asked.append((name, args[1] if len(args) > 1 else args))
            if name in ("tell_error", "tell_info"):
                return None
            if name not in state.values:
                raise AssertionError(f"Unexpected question {name}: {args[1:]}")
            value = state.values[name]
            return value(*args) if callable(value) else value
        return answer

    for name in ASK_FUNCTIONS[:-1]:
        monkeypatch.setattr(ask, name, make(name))

    def run_dialog(dialog: QDialog) -> bool:
        name = type(dialog).__name__
        state.asked.append(("run_dialog", name))
        fill = state.dialogs.get(name)
        if fill is None:
            raise AssertionError(f"Unexpected dialog {name}")
        if fill(dialog) is False:
            dialog.reject()
            return False
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(ask, "run_dialog", run_dialog)
    yield state
    report = getattr(request.node, "report_call", None)
    if report is not None and report.passed:  # a failed test has said what went wrong
        state.check_all_used()


@pytest.fixture
def opened(monkeypatch) -> list[tuple[str, Path]]:
    """Files the app would have opened or shown in a file manager."""
    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(desktop, "open_path", lambda p: calls.append(("open", Path(p))) or True)
    monkeypatch.setattr(desktop, "show_in_folder",
                        lambda p: calls.append(("show", Path(p))) or True)
    return calls


@pytest.fixture
def register(tmp_path):
    """A new register whose clock says Monday 23 November 2026, 10:00 in Almaty."""
    reg = new_register(tmp_path, clock=fixed_clock())
    yield reg
    reg.close()


@pytest.fixture
def window(qtbot, register, answers, opened):
    """The main window on the register, with a worker source for background jobs."""
    from app.ui.main_window import MainWindow
    from app.ui.workers import RegisterSource

    win = MainWindow(register, RegisterSource(register.path, PASSPHRASE, fixed_clock()))
    win.checks.start_timer.stop()  # the day's checks run when a test calls after_start()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    # Dialogs the window let go of are deleted now, before the register closes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    win.register.close()  # another register than the fixture's after a restore


OPERATOR = {"name": "ТОО «Ромашка»", "id": "180540012343", "id_kind": "BIN",
            "address": "г. Астана, ул. Мира 1", "email": "info@romashka.kz",
            "phone": "+77172000000", "signatory": "Директор, Ахметов А.А."}
