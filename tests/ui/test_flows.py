"""The operator's day, walked through the window: log, import, check, act, write, close, find.

Given/when/then in each test; dialogs are answered by filling their fields and letting
their own `accept()` do the work, so the real services run on a real register.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest

from app.ui import i18n
from app.ui.models import RequestTableModel
from tests.builders import ALMATY, add_request
from tests.intake.eml_builder import build_eml
from tests.ui.conftest import OPERATOR

pytestmark = pytest.mark.gui

COLS = RequestTableModel.COLUMNS


def shown_numbers(window) -> list[str]:
    model = window.model
    return [model.index(r, COLS.index("number")).data() for r in range(model.rowCount())]


def choose_view(window, view: str) -> None:
    """Click a view in the list on the left."""
    index = window.views_model.index(window.views_model.row_of(view))
    rect = window.view_list.visualRect(index)
    QTest.mouseClick(window.view_list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())


def write_eml(folder: Path, name: str, **kwargs) -> Path:
    path = folder / name
    path.write_bytes(build_eml(**kwargs))
    return path


def drop(window, paths: list[Path]) -> bool:
    """Drag files over the window and drop them; True when the window accepted the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(400, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event.isAccepted()


# ------------------------------------------------------------------------- intake
def test_a_phone_request_logged_while_on_the_call_shows_under_due(window, answers, qtbot):
    # Given the operator on the phone with someone who wants their account deleted
    def fill(dialog):
        assert dialog.channel.currentData() == "phone"
        dialog.name.setText("Айгерим Ахметова")
        dialog.phone.setText("8 701 555 12 34")
        dialog.text.setPlainText("Удалите, пожалуйста, мой аккаунт и мои данные")
        dialog._detect()  # what the typing pause does
        # then the detected right and its due date are shown for confirmation
        assert dialog.types.chosen() == ["deletion"]
        assert dialog.lang.currentData() == "ru"
        assert "24/11/2026" in dialog.due.text()

    answers.dialog("NewRequestDialog", fill)
    # When they press Ctrl+N and confirm
    window.commands.phone.trigger()
    # Then the request is in the register, selected, and listed under "due within 3 days"
    [row] = window.register.list_requests()
    assert row["channel"] == "phone" and row["requester"]["phone"] == "+77015551234"
    assert window.panel.request["id"] == row["id"]
    choose_view(window, "due_soon")
    assert window.model.view == "due_soon"
    assert shown_numbers(window) == [row["number"]]
    assert window.views_model.count("due_soon") == 1
    assert window.view_count.text() == "1 request"


def test_a_mistake_in_the_dialog_is_said_and_nothing_is_lost(window, answers):
    def fill(dialog):
        dialog.name.setText("Ерлан")
        dialog.phone.setText("not a phone")
        dialog.types.set_chosen(["access"], by_user=True)

    answers.dialog("NewRequestDialog", fill)
    window.commands.written.trigger()
    assert window.register.list_requests() == []
    [message] = answers.said("tell_error")
    assert "is not a phone number" in message


def test_the_duplicate_warning_appears_as_the_phone_is_typed(window, answers, register):
    add_request(register, phone="+77015551234", email=None)
    window.refresh()

    def fill(dialog):
        dialog.phone.setText("87015551234")
        dialog._check_duplicates()
        assert not dialog.duplicates.isHidden()
        assert "IN-2026-0001" in dialog.duplicates.text()
        return False  # cancel

    answers.dialog("NewRequestDialog", fill)
    window.commands.phone.trigger()
    assert len(register.list_requests()) == 1


def test_a_dropped_email_is_confirmed_then_logged(window, answers, tmp_path, qtbot):
    # Given an email asking for deletion, dropped anywhere on the window
    path = write_eml(tmp_path, "request.eml", subject="Удаление данных",
                     body="Прошу удалить мои персональные данные и аккаунт.",
                     sender="Иван Петров <ivan@example.kz>",
                     date="Fri, 20 Nov 2026 10:00:00 +0500")

    def confirm(dialog):
        # Then the dialog shows the detected right and language for confirmation
        assert dialog.types.chosen() == ["deletion"]
        assert dialog.lang.currentData() == "ru"
        assert "ivan@example.kz" in dialog.sender.text()
        assert dialog.due.dates == {"deletion": "2026-11-23"}
        # And the name the mailbox shows can be corrected to the person's full name
        assert dialog.name.text() == "Иван Петров"
        dialog.name.setText("Петров Иван Сергеевич")

    answers.dialog("ImportEmailDialog", confirm)
    assert drop(window, [path])
    qtbot.waitUntil(lambda: bool(window.register.list_requests()), timeout=5000)
    [row] = window.register.list_requests()
    assert row["channel"] == "email" and row["requester"]["email"] == "ivan@example.kz"
    assert row["requester"]["name"] == "Петров Иван Сергеевич"
    assert window.register.get_request(row["id"])["attachments"][0]["file_name"] == \
        "request.eml"
    assert window.panel.request["id"] == row["id"]


def test_other_files_are_not_taken(window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/photo.jpg")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_several_emails_are_imported_in_the_background(window, answers, tmp_path, qtbot):
    paths = [write_eml(tmp_path, f"m{i}.eml", sender=f"Person {i} <p{i}@example.kz>",
                       body="What data do you hold about me? Please send me a copy of my data.")
             for i in range(3)]
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"")
    answers.values["ask_open_files"] = paths + [broken]
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.import_email.trigger()
    assert finished.args == ["done"]
    assert len(window.register.list_requests()) == 3
    [summary] = answers.said("tell_info")
    assert "3 emails imported" in summary and "broken.eml" in summary
    assert window.views_model.count("open") == 3


def test_a_second_email_from_the_same_sender_is_flagged_in_the_summary(window, answers,
                                                                        tmp_path, qtbot):
    # Two different messages from one sender (the very same file twice is refused instead)
    paths = [write_eml(tmp_path, f"{n}.eml", sender="Иван Петров <ivan@example.kz>", body=body)
             for n, body in (("first", "Прошу удалить мои персональные данные."),
                             ("again", "Напоминаю: прошу удалить мои данные."))]
    answers.values["ask_open_files"] = paths
    i18n.install("ru")
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.commands.import_email.trigger()
    [summary] = answers.said("tell_info")
    assert "• IN-2026-0002 ← again.eml (Возможный дубликат: у открытого обращения IN-2026-0001 " \
        "та же эл. почта.)" in summary


# ------------------------------------------------------------------------- working on it
@pytest.fixture
def logged(window, register):
    rid = add_request(register, types=["deletion"], name="Ерлан Жумабаев",
                      received=datetime(2026, 11, 20, 15, tzinfo=ALMATY))
    window.refresh(select_id=rid)
    return rid


def test_identity_then_action_then_letter_then_close(window, answers, register, logged,
                                                     opened, tmp_path):
    register.set_setting("operator", OPERATOR)
    register.set_setting("letters_dir", str(tmp_path / "letters"))
    assert window.panel.step_texts()[0] == "Acknowledge receipt"

    # When the identity is confirmed by a call back
    def identity(dialog):
        dialog.method.setCurrentIndex(dialog.method.findData("phone_callback"))
        dialog.result_.setCurrentIndex(dialog.result_.findData("passed"))

    answers.dialog("IdentityDialog", identity)
    [step] = [b for b in window.panel.step_buttons if b.text() == "Record identity check"]
    step.click()  # the panel's next-step button
    view = register.get_request(logged)
    assert view["status"] == "in_progress"
    assert view["identity_checks"][0]["method"] == "phone_callback"
    identity = window.model.index(window.model.row_of(logged), COLS.index("identity"))
    assert identity.data(Qt.ItemDataRole.ToolTipRole) == "Identity: Confirmed"

    # And the data are deleted
    def action(dialog):
        assert dialog.kind.currentData() == "deleted"  # suggested by the open right
        dialog.note.setPlainText("Account erased in the CRM")

    answers.dialog("ActionDialog", action)
    window.commands.action.trigger()
    view = register.get_request(logged)
    assert view["items"][0]["done"] and view["actions"][0]["note"] == "Account erased in the CRM"
    assert "Write the reply" in window.panel.step_texts()

    # Then the reply letter is previewed, made and opened
    def letter(dialog):
        assert dialog.kind.currentData() == "deletion_done"
        dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
        dialog.update_preview()
        text = dialog.preview.toPlainText()
        assert "Ерлан Жумабаев" in text and "ТОО «Ромашка»" in text
        assert dialog.problem.isHidden()

    answers.dialog("LetterDialog", letter)
    window.commands.letter.trigger()
    [made] = register.get_request(logged)["letters"]
    assert made["kind"] == "deletion_done" and made["sent_at"] is None
    [(how, path)] = opened
    assert how == "open" and path.is_file() and path.name == made["file_name"]
    assert window.letters.letter_path(made) == path
    # The letter is only prepared: the request is not answered until it is sent
    assert "prepared, not sent yet" in window.statusBar().currentMessage()
    assert register.get_request(logged)["status"] == "in_progress"
    assert window.panel.step_texts()[0] == "Send the reply prepared on 23/11/2026"
    answers.dialog("SentDialog", lambda d: d.via.setCurrentIndex(d.via.findData("email")))
    window.panel.step_buttons[0].click()
    assert register.get_request(logged)["status"] == "answered"

    # And the request is closed
    answers.dialog("CloseDialog", lambda d: d.outcome.setCurrentIndex(
        d.outcome.findData("fulfilled")))
    window.commands.close.trigger()
    assert register.get_request(logged)["status"] == "closed"
    assert window.views_model.count("closed") == 1
    assert not window.commands.close.isEnabled() and window.commands.reopen.isEnabled()
    assert window.panel.step_texts() == ["Reopen", "Evidence pack"]
    history = [what for _, what in window.panel.timeline_lines]
    assert history[0].startswith("Request logged")
    assert any(h.startswith("Letter OUT-2026-0001") for h in history)
    assert history[-1] == "Status: Closed"


def test_a_letter_needing_the_operator_says_so_before_any_number(window, answers, register,
                                                                  logged):
    def letter(dialog):
        dialog.update_preview()
        assert "Settings" in dialog.problem.text()

    answers.dialog("LetterDialog", letter)
    window.commands.letter.trigger()
    assert register.get_request(logged)["letters"] == []
    assert "Settings, tab Operator" in answers.said("tell_error")[0]


def test_a_letter_whose_file_moved_can_be_saved_from_the_register(window, answers, register,
                                                                   logged, opened, tmp_path):
    register.set_setting("operator", OPERATOR)
    register.set_setting("letters_dir", str(tmp_path / "letters"))
    answers.dialog("LetterDialog", lambda d: None)
    window.commands.letter.trigger()
    [made] = register.get_request(logged)["letters"]
    window.letters.letter_path(made).unlink()
    answers.values["confirm"] = True
    answers.values["ask_save_file"] = tmp_path / "copy.docx"
    window.panel.open_letter.click()
    assert (tmp_path / "copy.docx").read_bytes() == register.letter_content(made["id"])
    assert opened[-1] == ("open", tmp_path / "copy.docx")


def test_reopening_asks_for_a_reason(window, answers, register, logged):
    register.close_request(logged, "withdrawn_by_requester")
    window.refresh()
    answers.values["ask_text"] = "The requester wrote again"
    window.commands.reopen.trigger()
    assert register.get_request(logged)["status"] == "in_progress"


def test_an_identity_note_with_a_full_document_number_is_refused(window, answers, register,
                                                                logged):
    def identity(dialog):
        dialog.note.setText("ID card 012345678")

    answers.dialog("IdentityDialog", identity)
    window.commands.identity.trigger()
    assert register.get_request(logged)["identity_checks"] == []
    assert "last 4 digits" in answers.said("tell_error")[0]


# ------------------------------------------------------------------------- finding
def test_search_filters_as_you_type(window, register, qtbot):
    add_request(register, name="Айгерим Ахметова", email="aigerim@example.kz")
    add_request(register, name="John Smith", email="john@example.com", phone="+77770001122")
    window.refresh()
    assert window.model.rowCount() == 2
    qtbot.keyClicks(window.search, "aiger")  # the start of her email address
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.model.index(0, COLS.index("requester")).data() == "Айгерим Ахметова"
    window.search.setText("ахмет")  # Cyrillic, any case (QTest types ASCII only)
    qtbot.waitUntil(lambda: window.view_count.text() == "1 found", timeout=2000)
    window.search.setText("john@example")
    qtbot.waitUntil(lambda: window.model.index(0, COLS.index("requester")).data()
                    == "John Smith", timeout=2000)
    window.search.setText("zzz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    assert window.table_stack.currentWidget() is window.empty
    assert "zzz" in window.empty.text()


def test_the_start_notice_says_what_is_overdue(window, register, answers):
    add_request(register, types=["deletion"], received=datetime(2026, 11, 18, tzinfo=ALMATY))
    window.refresh()
    window.notices.show_start_notice()
    assert window.notices.attention.isVisible()
    assert "1 request overdue" in window.notices.attention.text.text()
    window.notices.attention.show_button.click()
    assert window.model.view == "overdue"


# ------------------------------------------------------------------------- exports
def test_export_warns_it_is_plain_then_writes_in_the_background(window, answers, register,
                                                                logged, tmp_path, qtbot):
    target = tmp_path / "out" / "register.xlsx"
    target.parent.mkdir()

    def options(dialog):
        assert "not encrypted" in dialog.warning.text()
        dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))

    answers.dialog("ExportDialog", options)
    answers.values["ask_save_file"] = target
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.export.trigger()
    assert finished.args == ["done"]
    assert target.is_file() and target.stat().st_size > 0
    assert "plain file" in answers.said("tell_info")[0]


def test_a_cancelled_export_leaves_no_file(window, answers, logged, tmp_path, qtbot,
                                           monkeypatch):
    import threading

    from app.services import exports

    target = tmp_path / "register.csv"
    answers.dialog("ExportDialog", lambda d: d.fmt.setCurrentIndex(d.fmt.findData("csv")))
    answers.values["ask_save_file"] = target
    # The export of one request would often end before the click: it waits for it.
    clicked, export = threading.Event(), exports.export_register
    monkeypatch.setattr(exports, "export_register",
                        lambda *args, **kwargs: clicked.wait(10) and export(*args, **kwargs))
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.export.trigger()
        window.jobs.cancel_button.click()
        clicked.set()
    assert finished.args == ["cancelled"]
    assert not target.exists() and list(tmp_path.glob(".otinish-*")) == []


def test_the_evidence_pack_is_written_in_the_background(window, answers, logged, tmp_path,
                                                       qtbot, opened):
    target = tmp_path / "pack.zip"
    answers.values["confirm"] = True
    answers.values["ask_save_file"] = target
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.commands.evidence.trigger()
    assert target.is_file()
    assert opened == [("show", target)]


def test_the_dashboard_opens_with_its_figures(window, register, logged):
    window.commands.dashboard.trigger()
    board = window.dashboard
    assert board.isVisible()
    assert board.cards[0].value.text() == "1"
    assert board.chart.series()


# ------------------------------------------------------------------------- language
def test_switching_the_language_in_settings_changes_the_window(window, answers, register):
    assert window.commands.menu_register.title() == "&Register"

    def to(lang):
        def fill(dialog):
            dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData(lang))
        return fill

    answers.dialog("SettingsDialog", to("ru"))
    window.commands.settings.trigger()
    assert i18n.current() == "ru"
    assert window.commands.menu_register.title() == "&Реестр"
    assert window.commands.phone.iconText() == "Звонок"
    assert window.views_model.index(0).data() == "Срок сегодня"
    answers.dialog("SettingsDialog", to("kk"))
    window.commands.settings.trigger()
    assert window.commands.menu_register.title() == "&Тізілім"
    assert i18n.saved_language() == "kk"


def test_settings_store_operator_profile_calendar_and_keeping(window, answers, register):
    def fill(dialog):
        f = dialog.operator
        f.name.setText(OPERATOR["name"])
        f.id.setText("180540012343")
        assert f.id_state.text() == "A valid BIN: the operator is a legal entity."
        f.address.setText(OPERATOR["address"])
        dialog.profile_fields["data_categories"].setPlainText("name\nemail")
        for key in ("purposes", "sources", "recipients"):
            dialog.profile_fields[key].setPlainText("one")
        for key in ("methods", "retention", "cross_border"):
            dialog.profile_fields[key].setText("text")
        dialog.override_date.setDate(dialog.override_date.date().addDays(5))
        dialog._add_override()
        dialog.retention.setValue(5)

    answers.dialog("SettingsDialog", fill)
    window.commands.settings.trigger()
    assert register.get_operator()["id_kind"] == "BIN"
    assert register.get_profile()["data_categories"] == ["name", "email"]
    assert len(register.list_calendar_overrides()) == 1
    assert register.retention_years() == 5


def test_an_invalid_bin_is_flagged_as_typed_and_refused(window, answers, register):
    def fill(dialog):
        dialog.operator.name.setText("ТОО X")
        dialog.operator.id.setText("180540012344")
        assert dialog.operator.id_state.objectName() == "error"
        dialog.operator.address.setText("Астана")

    answers.dialog("SettingsDialog", fill)
    window.commands.settings.trigger()
    assert register.get_operator() is None
    assert "is not a valid IIN or BIN: The check digit of this BIN is wrong" in \
        answers.said("tell_error")[0]


# ------------------------------------------------------------------------- keeping data
def test_a_backup_is_made_in_the_background_and_opens_with_the_same_key(
        window, answers, register, logged, tmp_path, qtbot):
    from app.store import Register
    from tests.builders import PASSPHRASE

    target = tmp_path / "copy.otinish-backup"
    answers.values["ask_save_file"] = target
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.backup.trigger()
    assert finished.args == ["done"]
    copy = Register.open(target, PASSPHRASE)
    try:
        assert len(copy.list_requests()) == 1
    finally:
        copy.close()


def test_the_daily_backup_goes_to_the_chosen_folder(window, register, tmp_path, qtbot):
    register.set_setting("backup_folder", str(tmp_path / "backups"))
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.checks.backup_daily()
    assert len(list((tmp_path / "backups").glob("auto-*.otinish-backup"))) == 1


def test_old_closed_requests_are_purged_from_settings(window, answers, register):
    old = add_request(register, received=datetime(2020, 3, 2, 10, tzinfo=ALMATY))
    register.close_request(old, "fulfilled")  # closed "today": not old enough
    register.db.execute("update requests set closed_at = '2021-01-10T10:00:00+05:00'")
    answers.values["confirm"] = True

    def fill(dialog):
        assert dialog.purge_note.text() == "1 closed request past the period."
        dialog.purge_button.click()
        assert dialog.purged and not dialog.purge_button.isEnabled()

    answers.dialog("SettingsDialog", fill)
    window.commands.settings.trigger()
    assert register.get_request(old)["requester"]["name"] == "[purged]"
