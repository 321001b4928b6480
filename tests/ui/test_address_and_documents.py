"""How letters greet the requester is chosen at intake, never guessed; a correction waits for its
supporting documents, and the day they arrive moves its due date.

Given/when/then in each test, on a real register; dialogs are answered through `answers`.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from docx import Document
from PySide6.QtCore import QDate

from app.services import letters
from tests.builders import ALMATY, add_request
from tests.intake.eml_builder import build_eml
from tests.ui.conftest import OPERATOR

pytestmark = pytest.mark.gui


def test_the_form_of_address_chosen_at_intake_greets_in_the_russian_letter(
        window, answers, register, tmp_path):
    register.set_setting("operator", OPERATOR)
    register.set_setting("letters_dir", str(tmp_path / "letters"))

    def fill(dialog):
        # Given a written request; the form of address is neutral until the operator chooses
        assert dialog.address.address_form.currentData() == "neutral"
        assert "«Уважаемая …!»" in dialog.address.hint.text()
        assert "never guessed" in dialog.address.hint.text()
        dialog.name.setText("Алия Сапарова")
        dialog.email.setText("aliya@example.kz")
        dialog.text.setPlainText("Прошу сообщить, какие мои персональные данные вы храните.")
        dialog.types.set_chosen(["access"], by_user=True)
        # When the operator chooses the female form and gives the postal address
        forms = dialog.address.address_form
        forms.setCurrentIndex(forms.findData("female"))
        dialog.address.postal_address.setText("г. Астана, ул. Мира 5, кв. 2")

    answers.dialog("NewRequestDialog", fill)
    window.commands.written.trigger()
    # Then the register keeps both, and the panel shows them
    request = register.get_request(window.current_id)
    assert request["address_form"] == "female"
    assert request["postal_address"] == "г. Астана, ул. Мира 5, кв. 2"
    assert window.panel.form_values["address_form"].text() == "Female («Уважаемая …»)"
    # And a Russian letter greets her so
    letter = letters.make_letter(register, request["id"], "acknowledgement", lang="ru")
    text = "\n".join(p.text for p in Document(str(letter.path)).paragraphs)
    assert "Уважаемая Алия Сапарова!" in text.replace("\u00a0", " ")


def test_an_imported_email_keeps_the_form_of_address_and_the_address(window, answers,
                                                                     register, tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(build_eml(sender="Иван Петров <ivan@example.kz>",
                               body="Прошу удалить мои персональные данные."))

    def confirm(dialog):
        forms = dialog.address.address_form
        forms.setCurrentIndex(forms.findData("male"))
        dialog.address.postal_address.setText("г. Алматы, ул. Абая 1")

    answers.dialog("ImportEmailDialog", confirm)
    window.intake.import_files([path])
    [row] = register.list_requests()
    request = register.get_request(row["id"])
    assert (request["address_form"], request["postal_address"]) == ("male",
                                                                     "г. Алматы, ул. Абая 1")


def test_an_email_imported_with_the_neutral_form_writes_no_edit(window, answers, register,
                                                               tmp_path):
    path = tmp_path / "request.eml"
    path.write_bytes(build_eml(sender="Иван Петров <ivan@example.kz>",
                               body="Прошу удалить мои персональные данные."))
    answers.dialog("ImportEmailDialog", lambda dialog: None)
    window.intake.import_files([path])
    [row] = register.list_requests()
    assert not any("Edited" in what for _, what in window.panel.timeline_lines)
    assert register.get_request(row["id"])["address_form"] is None


def test_the_day_the_documents_arrive_moves_the_corrections_due_date(window, answers,
                                                                     register):
    # Given a correction received on Monday 16 November, its documents not yet in
    rid = add_request(register, types=["correction", "access"],
                      received=datetime(2026, 11, 16, 10, tzinfo=ALMATY))
    window.refresh(select_id=rid)
    panel = window.panel
    correction = panel.items.topLevelItem(0)
    # Then it reads as waiting, due meanwhile as counted from the receipt
    assert correction.text(2) == "waiting for the supporting documents"
    assert correction.text(1) == "17/11/2026"
    assert "counted from the receipt" in correction.toolTip(1)
    assert not panel.documents.isHidden() and window.commands.documents.isEnabled()
    assert window.commands.documents in window.commands.menu_request.actions()
    assert window.commands.documents.shortcut().toString() == "Ctrl+Shift+D"

    def fill(dialog):
        # The date offered is today, never before the receipt nor in the future
        assert dialog.day.date() == QDate(2026, 11, 23)
        assert dialog.day.minimumDate() == QDate(2026, 11, 16)
        assert dialog.day.maximumDate() == QDate(2026, 11, 23)
        assert dialog.explain.text().startswith("The period of correction (change and addition)")
        # When the operator records that they came on Friday 20 November
        dialog.day.setDate(QDate(2026, 11, 20))

    answers.dialog("DocumentsDialog", fill)
    panel.documents.click()
    # Then the correction is due the next working day after that, Monday 23 November
    view = register.get_request(rid)
    assert [(i["type"], i["due"], i["waiting"]) for i in view["items"]] == [
        ("correction", "2026-11-23", False), ("access", "2026-11-19", False)]
    correction = panel.items.topLevelItem(0)
    assert (correction.text(1), correction.text(2)) == ("23/11/2026", "open")
    assert panel.documents.isHidden() and not window.commands.documents.isEnabled()
    assert window.statusBar().currentMessage() == (
        "Supporting documents of IN-2026-0001 recorded as received on 20/11/2026; due "
        "23/11/2026.")


def test_a_request_with_nothing_waiting_offers_no_documents_action(window, register):
    rid = add_request(register, types=["access"])
    window.refresh(select_id=rid)
    assert window.panel.documents.isHidden()
    assert not window.commands.documents.isEnabled()
