"""What a letter says beyond its kind: the purposes a withdrawal confirmation names (chosen in
the letter dialog), the outgoing-number format and the executor line (Settings → Letters),
and the search result an access reply rests on (recorded as an action).

Given/when/then in each test, on a real register; dialogs are answered through `answers`,
and each letter made is read back from its .docx.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import letters
from app.ui.letter_dialog import LetterDialog
from app.ui.record_dialogs import ActionDialog
from tests.builders import add_request
from tests.ui.conftest import OPERATOR
from tests.ui.test_letter_languages import PROFILE, text_of

pytestmark = pytest.mark.gui

CONTRACT, NEWSLETTER = "исполнение договора", "рассылка новостей с согласия клиента"
KK_PURPOSES = ["шартты орындау", "клиенттің келісімімен жаңалықтар тарату"]
BAD_FORMAT = ("“{year}” is not a number format: use {year} and the counter {seq}, e.g. "
              "{seq}/{year} or {year}-{seq:04d}.")


@pytest.fixture
def operator(register, tmp_path):
    """The operator, a profile with two purposes, and the letters folder are set."""
    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", {**PROFILE, "purposes": [CONTRACT, NEWSLETTER]})
    register.set_setting("letters_dir", str(tmp_path / "letters"))


def made_text(register, rid: int) -> str:
    """The text of the last letter made for the request, read back from its file."""
    request = register.get_request(rid)
    return text_of(letters.letter_path(register, request, request["letters"][-1]))


def ticks(dialog: LetterDialog) -> dict[str, bool]:
    items = [dialog.purposes.list.item(i) for i in range(dialog.purposes.list.count())]
    return {item.text(): item.checkState() == Qt.CheckState.Checked for item in items}


def test_the_purposes_ticked_in_the_letter_dialog_are_the_ones_the_withdrawal_names(
        window, answers, register, operator):
    # Given a withdrawal of consent, and a Kazakh profile translated line by line
    register.set_setting("profiles", {"kk": {**PROFILE, "purposes": KK_PURPOSES}})
    rid = add_request(register, types=["withdrawal"],
                      text="Отзываю согласие на рассылку новостей.")
    window.refresh(select_id=rid)

    def letter(dialog):
        dialog.set_kind("withdrawal_confirmation")
        dialog.update_preview()
        # Then the profile's purposes are offered, all ticked, with the hint
        assert not dialog.purposes.isHidden()
        assert ticks(dialog) == {CONTRACT: True, NEWSLETTER: True}
        assert "usually those based on consent" in dialog.purposes.hint.text()
        # When nothing is ticked, the letter is not made: it would name every purpose
        dialog.purposes.set_chosen([])
        dialog.update_preview()
        assert dialog.problem.text() == "Tick at least one purpose this withdrawal concerns."
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        # When only the newsletter is ticked, the preview names it alone
        dialog.purposes.set_chosen([NEWSLETTER])
        dialog.update_preview()
        assert dialog.problem.isHidden()
        preview = dialog.preview.toPlainText()
        assert NEWSLETTER in preview and CONTRACT not in preview
        # And in Kazakh the Kazakh purposes are offered, the same one ticked
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
        dialog.update_preview()
        assert ticks(dialog) == {KK_PURPOSES[0]: False, KK_PURPOSES[1]: True}
        assert KK_PURPOSES[1] in dialog.preview.toPlainText()
        # Back in Russian, the choice is kept
        dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
        dialog.update_preview()
        assert ticks(dialog) == {CONTRACT: False, NEWSLETTER: True}
        # And another kind asks for no purposes
        dialog.set_kind("acknowledgement")
        assert dialog.purposes.isHidden() and dialog.chosen_purposes() is None
        dialog.set_kind("withdrawal_confirmation")

    answers.dialog("LetterDialog", letter)
    window.commands.letter.trigger()
    # Then the letter made names the newsletter only
    text = made_text(register, rid)
    assert NEWSLETTER in text and CONTRACT not in text


def test_without_a_profile_no_purposes_are_offered_and_the_preview_says_why(
        qtbot, register, tmp_path):
    register.set_setting("operator", OPERATOR)
    rid = add_request(register, types=["withdrawal"])
    dialog = LetterDialog(register, register.get_request(rid), "withdrawal_confirmation")
    qtbot.addWidget(dialog)
    dialog.update_preview()
    assert dialog.purposes.isHidden() and dialog.chosen_purposes() == []
    assert not dialog.problem.isHidden()


def test_the_number_format_and_executor_saved_in_settings_are_printed_in_a_letter(
        window, answers, register, operator):
    rid = add_request(register, types=["access"])
    window.refresh(select_id=rid)

    def settings(dialog):
        tab = dialog.letters
        # Given the default format, the example shows the next number as letters print it
        assert tab.number_format.text() == "{year}-{seq:04d}"
        assert tab.number_example.text() == "Next letter: Ref. 2026-0001"
        assert "{year}" in tab.number_hint.text() and "{seq}" in tab.number_hint.text()
        # When the operator numbers their letters their own way, the example follows
        tab.number_format.setText("{seq}/{year}")
        assert tab.number_example.text() == "Next letter: Ref. 1/2026"
        # And names who prepares the letters
        tab.executor_name.setText("Жумабаева Д.К.")
        tab.executor_phone.setText("+7 7172 79 00 12")

    answers.dialog("SettingsDialog", settings)
    window.commands.settings.trigger()
    assert register.get_setting("letter_number_format") == "{seq}/{year}"
    assert register.get_setting("executor") == {"name": "Жумабаева Д.К.",
                                                "phone": "+7 7172 79 00 12"}

    answers.dialog("LetterDialog", lambda dialog: dialog.set_kind("acknowledgement"))
    window.commands.letter.trigger()
    # Then the letter carries the number so written and the executor line
    text = made_text(register, rid)
    assert "Исх. № 1/2026" in text
    assert "Исп.: Жумабаева Д.К., тел. +7 7172 79 00 12" in text

    def no_executor(dialog):
        # When the name is emptied, the line goes (the phone alone prints nothing)
        dialog.letters.executor_name.clear()
        assert "2/2026" in dialog.letters.number_example.text()

    answers.dialog("SettingsDialog", no_executor)
    window.commands.settings.trigger()
    assert register.get_setting("executor") is None
    window.commands.letter.trigger()
    assert "Исп.:" not in made_text(register, rid)


@pytest.mark.parametrize("bad", ["{year}", "{seq[0]}"])
def test_a_number_format_that_cannot_be_used_is_said_and_nothing_is_saved(
        window, answers, register, operator, bad):
    def settings(dialog):
        tab = dialog.letters
        tab.executor_name.setText("Жумабаева Д.К.")
        dialog.show_tab("operator")
        # When the format has no counter (or cannot be printed)
        tab.number_format.setText(bad)
        # Then the example says so, as it is typed
        assert tab.number_example.objectName() == "error"
        assert tab.number_example.text() == BAD_FORMAT.replace("“{year}”", f"“{bad}”")
        # And saving says it in one sentence, on the Letters tab, and keeps the dialog open
        dialog.accept()
        assert answers.said("tell_error")[-1] == tab.number_example.text()
        assert dialog.tabs.currentWidget() is tab
        assert dialog.result() == 0
        return False

    answers.dialog("SettingsDialog", settings)
    window.commands.settings.trigger()
    # And nothing was saved, not even the executor typed meanwhile
    assert register.get_setting("letter_number_format") == "{year}-{seq:04d}"
    assert register.get_setting("executor") is None


def test_the_search_result_recorded_as_an_action_says_what_its_note_is_for(
        window, answers, register, operator):
    rid = add_request(register, types=["access"])
    window.refresh(select_id=rid)
    found = "ФИО, email и история заказов в CRM"

    def action(dialog):
        # When the operator records that the data were found
        dialog.kind.setCurrentIndex(dialog.kind.findData("data_found"))
        # Then the note asks for what was found, and the dialog says where it goes
        assert dialog.note.placeholderText() == ("What was found, e.g. name, email and "
                                                 "order history in the CRM")
        assert "access reply lists this note" in dialog.effect.text()
        # And "not found" asks where they searched, and says which letter answers then
        dialog.kind.setCurrentIndex(dialog.kind.findData("data_not_found"))
        assert dialog.note.placeholderText().startswith("Where you searched")
        assert "“No personal data held about you”" in dialog.effect.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("data_found"))
        dialog.note.setPlainText(found)

    answers.dialog("ActionDialog", action)
    window.commands.action.trigger()
    # Then the access reply lists what was found
    answers.dialog("LetterDialog", lambda dialog: dialog.set_kind("access_response"))
    window.commands.letter.trigger()
    assert found in made_text(register, rid)


def test_the_action_dialog_keeps_its_placeholder_for_other_actions(qtbot, register):
    rid = add_request(register, types=["deletion"])
    dialog = ActionDialog(register, register.get_request(rid))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "deleted"
    assert dialog.note.placeholderText().startswith("e.g. Account and order history erased")
    assert dialog.effect.text().startswith("The confirmation letter quotes this note")
    assert "This marks as done: destruction" in dialog.effect.text()
