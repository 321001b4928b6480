"""The first start (wizard), opening with --db and OTINISH_PASSPHRASE, and a light start-up."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication

from app.store import Register
from app.ui import i18n
from app.ui.wizard import run_first_run
from tests.builders import PASSPHRASE, new_register

pytestmark = pytest.mark.gui


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_the_wizard_sets_up_languages_operator_and_a_passphrase(tmp_path, answers):
    path = tmp_path / "new" / "register.otinish"

    def fill(wizard):
        # Given a first start on a computer without a keychain
        pick(wizard.welcome.ui_lang, "ru")  # the interface switches at once
        assert i18n.current() == "ru"
        pick(wizard.welcome.letter_lang, "kk")
        form = wizard.operator.form
        form.name.setText("ИП Жумабаев Е.К.")
        form.id.setText("86031530010")
        assert form.id_state.objectName() == "hint"  # still typing
        form.id.setText("860315300109")
        assert form.id_state.objectName() == "ok"
        assert not wizard.operator.isComplete()  # no address yet
        form.address.setText("Астана, ул. Мира 1")
        # A sole proprietor signs in person: the owner's full name, never the trade name
        assert not wizard.operator.isComplete()
        assert form.signatory_hint.objectName() == "error"
        form.signatory.setText("ИП Жумабаев Е.К.")  # the trade name
        assert not wizard.operator.isComplete()
        assert form.signatory_hint.text() == form.problem() != ""
        form.signatory.setText("Е.К. Жумабаев")
        assert wizard.operator.isComplete()
        assert wizard.key.mode() == "passphrase"
        assert "нет системного хранилища" in wizard.key.explain.text()
        wizard.key.passphrase.setText("correct horse")
        wizard.key.repeat.setText("correct hors")
        assert not wizard.key.isComplete()
        wizard.key.repeat.setText("correct horse")
        assert wizard.key.isComplete()

    answers.dialog("FirstRunWizard", fill)
    opened = run_first_run(path)
    register = opened.register
    try:
        assert opened.secret.value == "correct horse"
        assert register.get_operator()["id_kind"] == "IIN"
        assert register.get_operator()["signatory"] == "Е.К. Жумабаев"
        assert register.get_setting("default_letter_language") == "kk"
        assert i18n.saved_language() == "ru"
    finally:
        register.close()
    Register.open(path, "correct horse").close()


def test_the_wizard_keeps_a_random_key_in_a_working_keychain(tmp_path, answers, monkeypatch):
    from app.store import secrets

    stored = {}
    monkeypatch.setattr(secrets, "keyring_available", lambda: True)
    monkeypatch.setattr(secrets, "store_in_keyring",
                        lambda path, value: stored.setdefault(str(path), value) is not None)

    def fill(wizard):
        assert wizard.key.mode() == "keyring" and wizard.key.fields.isHidden()

    answers.dialog("FirstRunWizard", fill)
    opened = run_first_run(tmp_path / "k.otinish")
    assert opened.register.get_operator() is None  # the operator page was left empty
    opened.register.close()
    secret = opened.secret.value
    assert stored == {str(tmp_path / "k.otinish"): secret} and len(secret) > 30


def test_differing_passphrases_are_refused_and_nothing_is_created(tmp_path, answers):
    def fill(wizard):
        wizard.key.passphrase.setText("correct horse")
        wizard.key.repeat.setText("something else")

    answers.dialog("FirstRunWizard", fill)
    assert run_first_run(tmp_path / "x.otinish") is None
    assert not (tmp_path / "x.otinish").exists()
    assert "differ" in answers.said("tell_error")[0]


def test_the_app_honours_db_and_the_passphrase_variable(tmp_path, monkeypatch, answers):
    from app import __main__ as start

    new_register(tmp_path, name="office.otinish").close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    seen = []

    def fake_exec():
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible())
        for w in QApplication.topLevelWidgets():
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert start.main(["--db", str(tmp_path / "office.otinish"), "--lang", "kk"]) == 0
    assert seen == ["Otinish — office"]
    assert i18n.current() == "kk"


def test_a_wrong_passphrase_from_the_environment_is_asked_again(tmp_path, monkeypatch, answers):
    from app import __main__ as start

    new_register(tmp_path).close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", "wrong")
    answers.values["ask_passphrase"] = None  # the user gives up
    assert start.main(["--db", str(tmp_path / "register.otinish")]) == 2
    [message] = [m for k, m in answers.asked if k == "ask_passphrase"]
    assert "does not open the register register.otinish" in message


def test_the_window_starts_without_the_heavy_libraries(tmp_path):
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "os.environ['PYTHON_KEYRING_BACKEND'] = 'keyring.backends.fail.Keyring';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from app.store import Register; from app.ui.main_window import MainWindow;"
        "from tests.builders import add_request;"
        "r = Register.create(sys.argv[1], 'x'); add_request(r); w = MainWindow(r); w.show();"
        "w.table.selectRow(0); app.processEvents();"
        "print(','.join(m for m in ('docxtpl', 'docx', 'extract_msg', 'openpyxl', 'bs4',"
        " 'PySide6.QtCharts') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "r.otinish")],
                         capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""


# ------------------------------------------------------------------------- the demo register
def test_the_wizard_opens_a_demo_register_filled_in_the_background(tmp_path, monkeypatch,
                                                                   answers, qtbot):
    from app import __main__ as start
    from app.services import demo as demo_register
    from app.store.paths import default_register_path

    monkeypatch.setattr(demo_register, "DEMO_SIZE", 40)

    def fill(wizard):
        # Given a first start: the welcome page offers the demo and says how it is locked
        button = wizard.welcome.demo_button
        assert not button.isHidden()
        assert "40 invented requests" in button.description()
        assert "“demo”" in button.description()
        # When the user chooses it
        button.click()

    answers.dialog("FirstRunWizard", fill)
    seen = {}

    threads = []
    fill_demo = demo_register.fill_demo

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return fill_demo(*args, **kwargs)

    monkeypatch.setattr(demo_register, "fill_demo", recorded)

    def fake_exec():
        [window] = [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible()]
        with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
            pass  # once the window is up, it fills the demo in the background
        seen.update(title=window.windowTitle(), path=window.register.path, how=finished.args,
                    notice=window.notices.demo.text.text(), job=window.jobs.job,
                    shown=window.views_model.count("all"),
                    empty=window.table_stack.currentWidget() is window.empty)
        for w in QApplication.topLevelWidgets():
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert start.main([]) == 0
    # Then the window shows the demo, filled off the GUI thread, in its own file
    assert seen["title"] == "Otinish — demo" and seen["how"] == ["done"]
    assert seen["path"] == demo_register.demo_path() and seen["job"] is None
    assert seen["shown"] == 40 and not seen["empty"]
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert "passphrase “demo”" in seen["notice"]
    assert not default_register_path().exists()  # the real register is not created
    demo = Register.open(demo_register.demo_path(), "demo")
    try:
        assert len(demo.list_requests(limit=100)) == 40
        assert demo.get_operator() is not None  # letters can be made at once
    finally:
        demo.close()


def test_leaving_the_demo_sets_up_ones_own_register(tmp_path, answers, qtbot):
    from app.services.demo import open_demo
    from app.ui.main_window import MainWindow
    from app.ui.workers import RegisterSource

    opened = open_demo()
    demo = opened.register
    window = MainWindow(demo, RegisterSource(demo.path, opened.secret.value),
                        setup_path=tmp_path / "mine.otinish")
    qtbot.addWidget(window)
    window.show()
    assert window.notices.demo.isVisible()
    window.checks.backup_daily()  # never a backup of the demo among the real ones
    assert window.jobs.job is None

    def fill(wizard):
        assert wizard.welcome.demo_button.isHidden()  # no demo offered from the demo
        wizard.key.passphrase.setText("correct horse")
        wizard.key.repeat.setText("correct horse")

    answers.dialog("FirstRunWizard", fill)
    window.notices.demo.show_button.click()
    try:
        assert window.register.path == tmp_path / "mine.otinish"
        assert window.windowTitle() == "Otinish — mine"
        assert window.notices.demo.isHidden() and demo._closed
    finally:
        window.close()
        window.register.close()
