"""Letters from the window are prepared first and answer only once marked as sent; a letter that
contradicts the record needs a reason; a letter with no address to go to says so; a file
no program opens is said with its path.

Given/when/then in each test, on a real register; dialogs are answered by filling their
fields and letting their own `accept()` do the work.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from app.services import letters, requests
from app.ui import desktop
from tests.builders import ALMATY, add_request
from tests.ui.conftest import OPERATOR

pytestmark = pytest.mark.gui

PROFILE = {"data_categories": ["ФИО", "email"], "purposes": ["договор"],
           "sources": ["субъект"], "recipients": ["хостинг"], "methods": "автоматизированная",
           "retention": "3 года", "cross_border": "нет"}


@pytest.fixture
def operator(register, tmp_path):
    """The operator, the profile and the letters folder are set: letters can be made."""
    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", PROFILE)
    register.set_setting("letters_dir", str(tmp_path / "letters"))


@pytest.fixture
def deleted(window, register, operator):
    """A deletion request whose data were deleted, and its reply prepared but not sent."""
    rid = add_request(register, types=["deletion"], name="Ерлан Жумабаев",
                      received=datetime(2026, 11, 20, 15, tzinfo=ALMATY))
    requests.record_identity(register, rid, "phone_callback", "passed")
    requests.record_action(register, rid, "deleted", "Account erased in the CRM")
    letters.make_letter(register, rid, "deletion_done")
    window.refresh(select_id=rid)
    return rid


def test_a_reply_answers_only_once_marked_as_sent_from_the_letters_tab(window, answers,
                                                                      register, deleted):
    # Given a reply prepared, not sent: the request is not answered yet
    tab = window.panel.letters_tab
    row = window.panel.letters.topLevelItem(0)
    assert row.text(1).splitlines() == ["Destruction of your personal data",
                                        "prepared on 23/11/2026"]
    assert "not recorded as sent yet" in tab.letter_about.text()
    assert register.get_request(deleted)["status"] == "in_progress"
    assert tab.mark_sent.isEnabled() and window.commands.mark_sent.isEnabled()
    assert window.panel.step_texts()[0] == "Send the reply prepared on 23/11/2026"

    # When the operator marks it as sent by post, first with a date before it was made
    def sent(dialog):
        assert dialog.via.currentData() == "email"  # the way the request came
        dialog.via.setCurrentIndex(dialog.via.findData("post"))
        dialog.when.setDateTime(QDateTime(2026, 11, 22, 9, 0, 0))
        dialog.accept()
        # then the date is refused in the dialog, and nothing is recorded
        assert "cannot have been sent before it was made" in dialog.problem.text()
        assert register.get_request(deleted)["letters"][0]["sent_at"] is None
        dialog.when.setDateTime(dialog.when.dateTime().addDays(1).addSecs(3600))

    answers.dialog("SentDialog", sent)
    tab.mark_sent.click()
    # Then the sending is recorded, and only now is the request answered
    view = register.get_request(deleted)
    [letter] = view["letters"]
    assert letter["sent_via"] == "post" and letter["sent_at"].startswith("2026-11-23T10:00")
    assert view["status"] == "answered" and view["items"][0]["done"]
    row = window.panel.letters.topLevelItem(0)
    assert row.text(1).splitlines()[1] == "sent on 23/11/2026 (post)"
    assert "Sent on 23/11/2026 10:00 (post); prepared on 23/11/2026 10:00." in \
        tab.letter_about.text()
    assert not tab.mark_sent.isEnabled() and not window.commands.mark_sent.isEnabled()
    assert "OUT-2026-0001 recorded as sent on 23/11/2026 10:00 (post)" in \
        window.statusBar().currentMessage()
    history = [what for _, what in window.panel.timeline_lines]
    assert "Letter OUT-2026-0001 prepared: Destruction of your personal data" in history
    assert "Sent OUT-2026-0001 (post)" in history
    assert history[-1] == "Status: Answered"


def test_the_request_menu_and_the_letters_menu_mark_a_letter_as_sent(window, answers, register,
                                                                   deleted):
    # The letters list's context menu offers it first
    shown = []
    answers.values["run_menu"] = lambda menu, at: shown.append(
        [a.text() for a in menu.actions()])
    letters_list = window.panel.letters
    letters_list.customContextMenuRequested.emit(
        letters_list.visualItemRect(letters_list.topLevelItem(0)).center())
    assert shown == [["Mark as sent…", "Reply by email…", "Open", "Show in folder",
                      "Save a copy…"]]
    # And the Request menu (Ctrl+Shift+S) marks the oldest letter not sent
    answers.dialog("SentDialog", lambda dialog: None)
    assert window.commands.mark_sent.text() == "Mark letter as &sent…"
    assert window.commands.mark_sent in window.commands.menu_request.actions()
    window.commands.mark_sent.trigger()
    assert register.get_request(deleted)["letters"][0]["sent_via"] == "email"


def test_an_access_reply_after_a_deletion_asks_why_before_it_is_made(window, answers, register,
                                                                     operator):
    # Given a request whose data were recorded as destroyed today
    rid = add_request(register, types=["access", "deletion"])
    requests.record_action(register, rid, "deleted", "Deleted in the CRM")
    window.refresh(select_id=rid)
    asked = []

    def why(parent, title, label, *rest):
        asked.append(label)
        return None if len(asked) == 1 else "The requester asked what was held before"

    answers.values["ask_text"] = why

    def letter(dialog):
        dialog.set_kind("access_response")
        # Then the dialog says at once what the letter would contradict
        assert not dialog.conflict.isHidden()
        assert "recorded as destroyed on 23/11/2026" in dialog.conflict.text()
        # When the operator gives no reason, nothing is made and the dialog stays
        dialog.accept()
        assert register.get_request(rid)["letters"] == []

    answers.dialog("LetterDialog", letter)
    window.commands.letter.trigger()
    # When they give one, the letter is made and the reason kept in the history
    assert len(asked) == 2 and "would contradict the record" in asked[0]
    [made] = register.get_request(rid)["letters"]
    assert made["kind"] == "access_response"
    notes = [a["note"] for a in register.get_request(rid)["actions"]]
    assert any("what was held before" in note for note in notes)


def test_a_letter_with_no_address_says_so_and_offers_to_add_one(window, answers, register,
                                                                 operator):
    # Given a phone call: no email, no postal address
    rid = add_request(register, channel="phone", email=None, types=["deletion"])
    window.refresh(select_id=rid)
    answers.dialog("LetterDialog", lambda dialog: dialog.set_kind("acknowledgement"))
    window.commands.letter.trigger()
    # Then a notice says the letter has nowhere to go
    banner = window.notices.letter
    assert banner.isVisible()
    assert "has no email and no postal address" in banner.text.text()
    assert banner.show_button.text() == "Add the address…"

    # When the operator adds the address from the notice
    def address(dialog):
        dialog.postal_address.setText("г. Астана, ул. Мира 5, кв. 12")

    answers.dialog("EditRequestDialog", address)
    banner.show_button.click()
    assert register.get_request(rid)["postal_address"] == "г. Астана, ул. Мира 5, кв. 12"
    assert not banner.isVisible()


def test_a_letter_no_program_opens_is_said_with_its_path(window, answers, register, operator,
                                                         opened, monkeypatch):
    rid = add_request(register)
    window.refresh(select_id=rid)
    monkeypatch.setattr(desktop, "open_path", lambda path: False)
    answers.values["offer"] = True  # "Show in folder"
    answers.dialog("LetterDialog", lambda dialog: dialog.set_kind("acknowledgement"))
    window.commands.letter.trigger()
    [made] = register.get_request(rid)["letters"]
    path = window.letters.letter_path(made)
    [said] = answers.said("offer")
    assert str(path) in said and "could not be opened" in said
    assert opened == [("show", path)]


def test_a_folder_that_cannot_be_shown_is_said(window, answers, monkeypatch, tmp_path):
    monkeypatch.setattr(desktop, "show_in_folder", lambda path: False)
    assert not desktop.show_file(window, tmp_path / "pack.zip")
    assert str(tmp_path) in answers.said("tell_error")[0]
