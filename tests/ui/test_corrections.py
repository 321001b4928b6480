"""Correcting a request in the open, from the window: edit its details and rights, void what was
recorded by mistake, and read each correction in the history with its before and after.

Given/when/then in each test, on a real register; dialogs are answered by filling their
fields and letting their own `accept()` do the work, questions through `answers`.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.services import requests
from app.ui.models import RequestTableModel
from tests.builders import ALMATY, add_request

pytestmark = pytest.mark.gui


@pytest.fixture
def logged(window, register):
    rid = add_request(register, types=["deletion"], name="Ерлан Жумабаев",
                      email="erlan@example.kz", phone="+77015551234",
                      received=datetime(2026, 11, 20, 15, tzinfo=ALMATY))
    window.refresh(select_id=rid)
    return rid


def history(window) -> list[str]:
    return [what for _, what in window.panel.timeline_lines]


def test_the_edit_dialog_changes_the_email_and_adds_a_right_and_keeps_a_bad_phone(
        window, answers, register, logged):
    # Given the operator editing the request (Ctrl+E, in the Request menu)
    assert window.commands.edit.shortcut() == QKeySequence("Ctrl+E")
    assert window.commands.edit.text() == "&Edit…"
    assert window.commands.edit in window.commands.menu_request.actions()

    def edit(dialog):
        assert dialog.email.text() == "erlan@example.kz"
        # When they correct the email, add a right and mistype the phone
        dialog.email.setText("erlan.zh@example.kz")
        dialog.add_type.setCurrentIndex(dialog.add_type.findData("access"))
        dialog.add_chosen()
        dialog.phone.setText("not a phone")
        dialog.accept()
        # Then the phone is refused in one sentence in the dialog, nothing is written,
        # and nothing typed is lost
        assert not dialog.problem.isHidden()
        assert "is not a phone number" in dialog.problem.text()
        assert dialog.phone.hasFocus() or not dialog.isVisible()
        assert register.get_request(logged)["requester"]["email"] == "erlan@example.kz"
        assert dialog.email.text() == "erlan.zh@example.kz" and dialog.to_add == ["access"]
        dialog.phone.setText("8 701 555 00 00")

    answers.dialog("EditRequestDialog", edit)
    window.commands.edit.trigger()
    # And once corrected, every change is written
    view = register.get_request(logged)
    assert view["requester"]["email"] == "erlan.zh@example.kz"
    assert view["requester"]["phone"] == "+77015550000"
    assert [i["type"] for i in view["items"]] == ["deletion", "access"]
    assert window.statusBar().currentMessage().startswith("IN-2026-0001 corrected: email, phone")
    assert window.panel.form_values["email"].text() == "erlan.zh@example.kz"
    # And the history tells the before and after
    lines = history(window)
    assert ("Edited: email — erlan@example.kz → erlan.zh@example.kz; "
            "phone — +77015551234 → +77015550000") in lines
    assert any(line.startswith("Right added: Access to personal data, due ") for line in lines)


def test_a_right_is_removed_with_a_reason_and_shown_struck_through(window, answers, register,
                                                                   logged):
    requests.add_right(register, logged, "access")
    window.refresh()
    answers.values["ask_text"] = "The caller only asked what we hold"

    def remove(dialog):
        [item] = [dialog.rights.item(i) for i in range(dialog.rights.count())
                  if dialog.rights.item(i).data(Qt.ItemDataRole.UserRole) == "deletion"]
        dialog.rights.setCurrentItem(item)
        dialog.remove_button.click()
        assert "to be removed" in dialog.rights.currentItem().text()

    answers.dialog("EditRequestDialog", remove)
    window.commands.edit.trigger()
    [deletion, _access] = register.get_request(logged)["items"]
    assert deletion["removed"]
    row = window.panel.items.topLevelItem(0)
    assert row.font(0).strikeOut() and row.text(2) == "removed"
    assert row.toolTip(0) == "Removed: The caller only asked what we hold"
    assert "Right removed: Destruction (deletion) of personal data — The caller only asked " \
        "what we hold" in history(window)


def test_a_double_click_on_a_row_opens_the_edit_dialog(window, answers, logged):
    answers.dialog("EditRequestDialog", lambda dialog: False)
    table = window.table
    rect = table.visualRect(window.model.index(0, RequestTableModel.COLUMNS.index("requester")))
    for click in (QTest.mouseClick, QTest.mouseDClick):  # a double click follows a click
        click(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
              rect.center())
    assert ("run_dialog", "EditRequestDialog") in answers.asked


def test_a_request_registered_by_mistake_is_voided_and_still_listed(window, answers, register,
                                                                    logged):
    # When the operator voids it, with the reason
    asked = []
    answers.values["ask_text"] = lambda parent, title, label: asked.append(label) or \
        "Registered twice by mistake"
    window.commands.void.trigger()
    # Then the question warned it stays listed but no longer counts
    [question] = asked
    assert "stays listed" in question and "no statistic" in question
    # And it is closed as voided, still listed under All, and says why in its history
    view = register.get_request(logged)
    assert view["status"] == "closed" and view["outcome"] == "voided"
    assert window.views_model.count("all") == 1
    assert "voided (registered by mistake)" in window.panel.due_line.text()
    assert history(window)[-1] == "Request voided — Registered twice by mistake"
    assert not window.commands.void.isEnabled()
    assert "voided" in window.statusBar().currentMessage()


def test_an_action_and_a_check_are_voided_with_a_reason(window, answers, register, logged):
    # Given an identity check and a deletion recorded by mistake
    requests.record_identity(register, logged, "phone_callback", "passed")
    requests.record_action(register, logged, "deleted", "Erased in the CRM")
    window.refresh()
    assert register.get_request(logged)["items"][0]["done"]
    work = window.panel.work
    answers.values["ask_text"] = "Recorded on the wrong request"
    # When the operator voids the action from its list
    work.actions.setCurrentItem(work.actions.topLevelItem(0))
    assert work.void_action.isEnabled()
    work.void_action.click()
    # Then it stays, struck through with its reason, and the right it fulfilled opens again
    view = register.get_request(logged)
    assert view["actions"][0]["voided"] and not view["items"][0]["done"]
    row = work.actions.topLevelItem(0)
    assert row.font(1).strikeOut() and row.toolTip(1) == "Voided: Recorded on the wrong request"
    work.actions.setCurrentItem(row)
    assert not work.void_action.isEnabled()
    # And so for the identity check
    work.checks.setCurrentItem(work.checks.topLevelItem(0))
    work.void_check.click()
    assert register.get_request(logged)["identity_checks"][0]["voided"]
    lines = history(window)
    assert "Voided: action (destruction of personal data) — Recorded on the wrong request" \
        in lines
    assert "Voided: identity check (call back to the number on file) — Recorded on the wrong " \
        "request" in lines
    assert window.panel.checks_title.text() == "Identity checks"  # a voided one is not counted


def test_the_history_shows_an_edit_of_the_address_and_its_form(window, answers, register,
                                                               logged):
    requests.edit_request(register, logged, postal_address="Астана, ул. Мира 5",
                          address_form="male")
    window.refresh()
    assert window.panel.form_values["address_form"].text() == "Male («Уважаемый …»)"
    assert history(window)[-1] == ("Edited: postal address — (none) → Астана, ул. Мира 5; "
                                   "form of address — (none) → Male («Уважаемый …»)")


def test_context_menus_offer_edit_and_void(window, answers, register, logged):
    requests.record_action(register, logged, "searched", "CRM")
    window.refresh()
    shown: list[list[str]] = []
    answers.values["run_menu"] = lambda menu, at: shown.append(
        [a.text() for a in menu.actions() if not a.isSeparator()])
    # The register table's menu, on the row clicked
    table = window.table
    window.commands.table_menu(table.visualRect(window.model.index(0, 0)).center())
    assert {"&Edit…", "&Void request…", "Record &identity check…"} <= set(shown[-1])
    # The actions list's menu
    actions = window.panel.work.actions
    actions.customContextMenuRequested.emit(actions.visualItemRect(
        actions.topLevelItem(0)).center())
    assert shown[-1] == ["Void…"]
