"""Keeping the register sound, in the window: the daily integrity check, the retention
purge offered at start, restoring a backup, and a register file the system asks us to open.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.store import Register, StoreError
from app.store.backup import backup_register
from tests.builders import ALMATY, PASSPHRASE, add_request, new_register

pytestmark = pytest.mark.gui


# ------------------------------------------------------------------------- integrity
def test_the_daily_integrity_check_runs_off_the_gui_thread_and_locks_a_damaged_register(
        window, register, monkeypatch, qtbot):
    # Given a register whose last full check is over a day old, and a file that fails it
    threads = []

    def damaged(self):
        threads.append(threading.current_thread())
        return "Page 7: btreeInitPage() returns error code 11"

    monkeypatch.setattr(Register, "integrity_problem", damaged)
    register.integrity_check_due = True
    # When the window runs the day's checks
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.checks.after_start()
    assert finished.args == ["done"]
    # Then the check ran once, on a worker thread, and the window's register is read-only
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert register.damaged.startswith("Page 7")
    attention = window.notices.attention
    assert attention.isVisible() and "read-only" in attention.text.text()
    assert attention.show_button.text() == "Restore from backup…"
    with pytest.raises(StoreError):
        add_request(register)
    # And nothing else is offered on a damaged register
    assert window.notices.retention.isHidden()


def test_a_sound_register_passes_the_daily_check_quietly(window, register, monkeypatch,
                                                         qtbot):
    calls = []
    original = Register.integrity_problem

    def checked(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(Register, "integrity_problem", checked)
    register.integrity_check_due = True
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.checks.after_start()
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.checks.after_start()  # once a day: a second start of the checks does not repeat it
    assert calls == [1]
    assert register.damaged is None and not register.integrity_check_due
    assert window.notices.attention.isHidden() and window.jobs.job is None
    add_request(register)  # still writable


# ------------------------------------------------------------------------- retention
def old_closed_request(register) -> int:
    rid = add_request(register, name="Ерлан Жумабаев",
                      received=datetime(2020, 3, 2, 10, tzinfo=ALMATY))
    register.close_request(rid, "fulfilled")
    register.db.execute("update requests set closed_at = '2021-01-10T10:00:00+05:00' "
                        "where id = ?", [rid])
    return rid


def test_requests_past_the_retention_period_are_offered_for_purging(window, register,
                                                                    answers, qtbot):
    # Given a request closed in 2021 (over three years ago) and an open one
    old = old_closed_request(register)
    recent = add_request(register, name="Айгерим Ахметова")
    # When the window starts its day (the count is made off the GUI thread)
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.checks.after_start()
    assert not window.jobs.label.isVisible()  # brief: the status bar does not flash
    # Then a notice offers to review and purge
    assert window.notices.retention.isVisible()
    assert window.notices.retention.text.text().startswith(
        "1 closed request is past the retention period (3 years)")
    assert window.notices.retention.show_button.text() == "Review and purge…"
    # And the confirmation says what would go; saying no changes nothing
    answers.values["confirm"] = False
    window.notices.retention.show_button.click()
    [question] = answers.said("confirm")
    assert "1 request closed before 23/11/2023 (IN-2020-0001)" in question
    assert register.get_request(old)["requester"]["name"] == "Ерлан Жумабаев"
    # When the operator agrees, the purge runs and the notice goes
    answers.values["confirm"] = True
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.notices.retention.show_button.click()
    assert finished.args == ["done"]
    assert register.get_request(old)["requester"]["name"] == "[purged]"
    assert register.get_request(recent)["requester"]["name"] == "Айгерим Ахметова"
    assert window.notices.retention.isHidden()


def test_no_purge_is_offered_on_a_read_only_register(window, register):
    old_closed_request(register)
    register.mark_damaged("test")
    window.notices.show_purge_notice()
    assert window.notices.retention.isHidden()


# ------------------------------------------------------------------------- restore
def test_a_backup_is_restored_in_the_window_and_a_safety_copy_kept(window, register, answers,
                                                                   qtbot, tmp_path):
    # Given a backup with one request, and a register that has since got a second
    add_request(register, name="Ерлан Жумабаев")
    backup = tmp_path / "monday.otinish-backup"
    backup_register(register, backup)
    add_request(register, name="Later Person")
    window.refresh()
    window.open_dashboard()
    assert window.views_model.count("all") == 2
    answers.values["ask_open_file"] = backup
    answers.values["confirm"] = True
    # When the operator restores it from the menu
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.restore.trigger()
    assert finished.args == ["done"]
    [question] = answers.said("confirm")
    assert "with the backup monday.otinish-backup" in question and "holds 1 request" in question
    assert "safety copy" in question
    # Then the window shows the restored register, open again and writable
    assert window.register is not register
    assert [r["requester"]["name"] for r in window.register.list_requests()] == [
        "Ерлан Жумабаев"]
    assert window.views_model.count("all") == 1 and window.model.total == 1
    assert window.dashboard is None and window.centralWidget().isEnabled()
    assert window.commands.phone.isEnabled() and window.commands.restore.isEnabled()
    add_request(window.register, name="After the restore")
    # And the register as it was before is kept, and said where
    [news] = answers.said("tell_info")
    safety = next(tmp_path.glob("register.otinish.before-restore-*"))
    assert str(safety) in news
    kept = Register.open(safety, PASSPHRASE)
    try:
        assert len(kept.list_requests()) == 2
    finally:
        kept.close()


def test_a_backup_of_another_register_is_refused_and_nothing_changes(window, register, answers,
                                                                     tmp_path):
    add_request(register)
    other = Register.create(tmp_path / "other.otinish", "another key")
    foreign = tmp_path / "other.otinish-backup"
    backup_register(other, foreign)
    other.close()
    answers.values["ask_open_file"] = foreign
    window.commands.restore.trigger()
    [error] = answers.said("tell_error")
    assert "not a backup made with this register's key" in error
    assert answers.said("confirm") == []
    assert window.register is register and len(register.list_requests()) == 1


# ------------------------------------------------------------------------- opening files
def main_window():
    [window] = [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "mainWindow" and w.isVisible()]
    return window


def close_all() -> int:
    for w in QApplication.topLevelWidgets():
        w.close()
    return 0


def test_a_register_double_clicked_in_the_finder_is_opened(tmp_path, monkeypatch, answers,
                                                           qapp):
    from app import __main__ as start

    # Given the window open on one register, and another with its own passphrase
    new_register(tmp_path, name="office.otinish").close()
    branch = Register.create(tmp_path / "branch.otinish", "branch passphrase")
    add_request(branch)
    branch.close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    answers.values["ask_passphrase"] = "branch passphrase"
    seen = {}

    def fake_exec():
        window = main_window()
        office = window.register
        # When the system asks the app to open the other file (macOS sends an event)
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(tmp_path / "branch.otinish")))
        QCoreApplication.processEvents()
        seen.update(title=window.windowTitle(), requests=window.views_model.count("all"),
                    office_closed=office._closed)
        return close_all()

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert start.main(["--db", str(tmp_path / "office.otinish")]) == 0
    # Then its passphrase was asked the usual way, and the window shows it instead
    [message] = [m for k, m in answers.asked if k == "ask_passphrase"]
    assert "does not open the register branch.otinish" in message
    assert seen == {"title": "Otinish — branch", "requests": 1, "office_closed": True}


def test_a_register_the_app_is_started_for_is_the_one_opened(tmp_path, monkeypatch, answers,
                                                             qapp):
    from app import __main__ as start

    new_register(tmp_path, name="office.otinish").close()
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    titles = []

    def fake_exec():
        titles.append(main_window().windowTitle())
        return close_all()

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    # The system's request arrives as the app starts, before any window exists
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(tmp_path / "office.otinish")))
    assert start.main([]) == 0
    assert titles == ["Otinish — office"]


def test_a_register_is_not_swapped_under_an_open_dialog(window, register, answers, tmp_path,
                                                        monkeypatch):
    new_register(tmp_path, name="branch.otinish").close()
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: window))
    assert not window.switching.open_register_file(tmp_path / "branch.otinish")
    assert "Finish what is open in the window first" in answers.said("tell_error")[0]
    assert window.register is register and not register._closed


def test_the_users_work_waits_for_the_days_checks(window, register, answers, tmp_path,
                                                  monkeypatch, qtbot):
    # Given the day's integrity check still running (slowly) in the background
    release = threading.Event()
    original = Register.integrity_problem

    def slow(self):
        release.wait(10)
        return original(self)

    monkeypatch.setattr(Register, "integrity_problem", slow)
    register.integrity_check_due = True
    add_request(register)
    window.checks.after_start()
    assert window.jobs.job is not None
    # When the operator backs up meanwhile, it is not refused: it follows the check
    target = tmp_path / "copy.otinish-backup"
    answers.values["ask_save_file"] = target
    window.commands.backup.trigger()
    assert answers.said("tell_error") == []
    release.set()
    qtbot.waitUntil(lambda: target.is_file() and window.jobs.job is None, timeout=20000)


def test_a_history_that_differs_from_its_witness_is_said_first(window, register):
    from app.store.errors import StoreError as Problem
    from app.ui import messages

    register.witness_problem = Problem("witness_history_shorter", events=3, witnessed=5)
    window.notices.show_start_notice()
    assert window.notices.attention.isVisible()
    assert messages.word(register.witness_problem) in window.notices.attention.text.text()
