"""Starting the app: the window opens on a register, a wrong passphrase can be retried."""

from __future__ import annotations

import pytest

from app.__main__ import open_or_create
from app.ui import ask
from app.ui.main_window import MainWindow
from tests.builders import PASSPHRASE, add_request, new_register

pytestmark = pytest.mark.gui


def test_the_window_is_titled_otinish_and_lists_the_register(qtbot, tmp_path, monkeypatch):
    reg = new_register(tmp_path)
    add_request(reg, name="Ерлан Жумабаев")
    reg.close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    opened = open_or_create(tmp_path / "register.otinish")
    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Otinish")
    model = window.table.model()
    assert model.rowCount() == 1
    requester = model.COLUMNS.index("requester")
    assert model.index(0, requester).data() == "Ерлан Жумабаев"
    opened.close()


def test_a_wrong_passphrase_is_said_plainly_and_can_be_retried(tmp_path, monkeypatch):
    new_register(tmp_path).close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", "wrong")
    asked: list[str] = []

    def answer(parent, message):
        asked.append(message)
        return PASSPHRASE

    monkeypatch.setattr(ask, "ask_passphrase", answer)
    reg = open_or_create(tmp_path / "register.otinish")
    assert reg is not None
    assert len(asked) == 1 and "does not open the register" in asked[0]
    reg.close()


def test_cancelling_the_passphrase_dialog_opens_nothing(tmp_path, monkeypatch):
    new_register(tmp_path).close()
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    monkeypatch.setattr(ask, "ask_passphrase", lambda parent, message: None)
    assert open_or_create(tmp_path / "register.otinish") is None


def test_first_run_without_keychain_creates_the_register_with_the_chosen_passphrase(
        tmp_path, monkeypatch):
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    monkeypatch.setattr(ask, "ask_new_passphrase", lambda parent, message: "chosen pass")
    path = tmp_path / "sub" / "register.otinish"
    reg = open_or_create(path)
    assert reg is not None and path.exists()
    reg.close()
    from app.store import Register

    Register.open(path, "chosen pass").close()


def test_a_long_session_does_not_wear_out_none(tmp_path):
    # PySide6 6.12.0 under Python 3.11 takes a reference from None at every Qt call that
    # returns nothing; without the guard in app.ui this process aborts (none_dealloc).
    import subprocess
    import sys

    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; import app.ui;"
            "from PySide6.QtWidgets import QApplication, QLabel; a = QApplication([]);"
            "label = QLabel()\n"
            "for _ in range(200_000): label.setText('x')\n"
            "print('alive')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "alive", out.stderr[-300:]
