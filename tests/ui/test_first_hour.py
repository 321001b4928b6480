"""A new user's first hour: the empty register's three ways in, pasting an email copied from
webmail, Help → Guide and About.

Dialogs are answered by filling their fields and letting their own `accept()` run, so the
real services write to a real register.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from tests.builders import add_request

pytestmark = pytest.mark.gui

MAILRU = """-------- Пересылаемое сообщение --------
От кого: Айгерим <aigerim@mail.ru>
Кому: info@romashka.kz
Дата: Среда, 18 ноября 2026, 10:14 +05:00
Тема: Удаление данных

Здравствуйте! Меня зовут Айгерим Ахметова. Прошу удалить мой аккаунт и мои данные.
Мой телефон +7 705 123 45 67.
"""


def test_a_pasted_email_goes_through_the_usual_import_dialog(window, answers):
    # Given an email copied from mail.ru, headers and all
    def paste(dialog):
        dialog.text.setPlainText(MAILRU)
        dialog.look()  # what the typing pause does
        # then the dialog says what the headers give, and asks for nothing more
        assert "aigerim@mail.ru" in dialog.found.text()
        assert "18/11/2026" in dialog.found.text()
        assert not dialog.form.isRowVisible(0) and not dialog.form.isRowVisible(1)

    def confirm(dialog):
        # the usual import dialog: types, language, and the name and phone the text gives
        assert dialog.types.chosen() == ["deletion"]
        assert dialog.lang.currentData() == "ru"
        # the mailbox says "Айгерим", the text "Айгерим Ахметова": the fuller name is offered
        assert dialog.name.text() == "Айгерим Ахметова"
        assert "+7" in dialog.phone.text() and not dialog.found.isHidden()
        assert "18/11/2026 10:14" in dialog.when.text()

    answers.dialog("PasteEmailDialog", paste)
    answers.dialog("ImportEmailDialog", confirm)
    # When the operator chooses Register → Paste email
    window.commands.paste_email.trigger()
    # Then the request is in the register as an emailed one, received when the mail says
    [row] = window.register.list_requests()
    request = window.register.get_request(row["id"])
    assert request["channel"] == "email"
    assert request["received"] == "2026-11-18T10:14:00+05:00"
    assert request["requester"]["name"] == "Айгерим Ахметова"
    assert request["requester"]["email"] == "aigerim@mail.ru"
    assert request["requester"]["phone"] == "+77051234567"
    assert window.register.attachment_content(request["attachments"][0]["id"]) == \
        MAILRU.encode()
    assert window.panel.request["id"] == row["id"]


def test_the_body_alone_takes_the_typed_sender_and_time_and_says_so(window, answers):
    def paste(dialog):
        dialog.text.setPlainText("Прошу сообщить, какие мои персональные данные вы храните.")
        dialog.look()
        assert dialog.form.isRowVisible(0) and dialog.form.isRowVisible(1)
        dialog.sender.setText("ivan@example.kz")
        dialog.received.setDateTime(QDateTime.fromString("20.11.2026 09:30",
                                                         "dd.MM.yyyy HH:mm"))

    def confirm(dialog):
        assert "the received time is the one you typed" in dialog.parse_notes.text()
        assert dialog.types.chosen() == ["access"]

    answers.dialog("PasteEmailDialog", paste)
    answers.dialog("ImportEmailDialog", confirm)
    window.commands.paste_email.trigger()
    [row] = window.register.list_requests()
    request = window.register.get_request(row["id"])
    assert request["received"] == "2026-11-20T09:30:00+05:00"
    assert request["requester"]["email"] == "ivan@example.kz"


def test_text_that_is_no_email_is_said_in_one_sentence_and_nothing_is_saved(window, answers):
    def paste(dialog):
        dialog.text.setPlainText("Прошу удалить мои данные")  # no sender anywhere
        dialog.accept()
        assert dialog.result() == 0 and dialog.draft is None  # not accepted, text kept
        assert dialog.text.toPlainText() == "Прошу удалить мои данные"
        return False  # then the operator cancels

    answers.dialog("PasteEmailDialog", paste)
    window.commands.paste_email.trigger()
    [said] = answers.said("tell_error")
    assert said == ("The pasted text does not say who wrote it: type the sender's email "
                    "address or name.")
    assert window.register.list_requests() == []


# --------------------------------------------------------------------- the empty register
def test_the_empty_register_offers_the_three_ways_in_as_buttons(window, answers):
    page = window.empty
    assert window.table_stack.currentWidget() is page
    assert page.ways.isVisible()
    # Import an email file: the file chooser
    answers.values["ask_open_files"] = []
    page.import_button.click()
    assert [kind for kind, _ in answers.asked] == ["ask_open_files"]
    # Paste an email: the paste dialog
    answers.dialog("PasteEmailDialog", lambda dialog: False)
    page.paste_button.click()
    # Log a phone call: the phone request dialog
    answers.dialog("NewRequestDialog", lambda dialog: dialog.mode == "phone" and False)
    page.phone_button.click()
    assert [m for k, m in answers.asked if k == "run_dialog"] == ["PasteEmailDialog",
                                                                   "NewRequestDialog"]


def test_an_empty_view_of_a_register_with_requests_shows_no_buttons(window):
    add_request(window.register)
    window.refresh()
    window.set_view("overdue")
    assert window.table_stack.currentWidget() is window.empty
    assert window.empty.text() == "Nothing is overdue."
    assert not window.empty.ways.isVisible()


# --------------------------------------------------------------------- help
GUIDE_HEADINGS = {"en": "Otinish guide", "ru": "Руководство Otinish",
                  "kk": "Otinish нұсқаулығы"}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_help_guide_opens_in_the_interface_language_with_its_pictures(window, lang):
    i18n.install(lang)
    assert window.commands.guide.shortcut() == QKeySequence("F1")
    window.commands.guide.trigger()
    dialog = window.guide_dialog
    assert dialog.isVisible() and dialog.lang == lang
    page = Path(dialog.browser.source().toLocalFile())
    assert page.parent.name == lang
    assert GUIDE_HEADINGS[lang] in dialog.browser.toPlainText()
    images = re.findall(r'<img[^>]*src="([^"]+)"', page.read_text(encoding="utf-8"))
    assert len(images) >= 5
    for src in images:
        picture = QImage(str(page.parent / src))
        assert not picture.isNull(), src
        # and the browser has it too (an image it cannot find is drawn as a blank)
        resource = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource,
                                               QUrl(src))
        assert not QImage.fromData(resource).isNull(), src


def test_every_guide_page_exists_in_each_language_and_links_stay_inside():
    from app.ui.guide import GUIDE

    pages = {lang: sorted(p.name for p in (GUIDE / lang).glob("*.html"))
             for lang in ("kk", "ru", "en")}
    assert pages["kk"] == pages["ru"] == pages["en"] and "index.html" in pages["en"]
    for lang in pages:
        for name in pages[lang]:
            html = (GUIDE / lang / name).read_text(encoding="utf-8")
            for link in re.findall(r'href="([^"#]+)', html):
                assert link.startswith("https://") or (GUIDE / lang / link).is_file(), link


def test_about_names_the_version_license_register_and_data_folder(window, answers):
    from app.store.paths import user_data_dir

    window.commands.about.trigger()
    [said] = answers.said("tell_info")
    assert "Otinish 0.1.0" in said
    assert "GPL-3.0-or-later" in said
    assert f"Register: {window.register.path}" in said
    assert f"Data folder: {user_data_dir()}" in said


def test_from_a_pasted_email_to_the_acknowledgement_opened_in_word(window, register, answers,
                                                                    opened):
    """The new user's path after the wizard: paste, confirm, the panel's first step, make."""
    from tests.ui.conftest import OPERATOR

    register.set_setting("operator", OPERATOR)  # what the wizard's operator page stores
    answers.dialog("PasteEmailDialog", lambda dialog: dialog.text.setPlainText(MAILRU))
    answers.dialog("ImportEmailDialog", lambda dialog: None)
    window.empty.paste_button.click()
    # The panel's first next step is the acknowledgement, and the letter dialog opens on it
    assert window.panel.step_buttons[0].isEnabled()

    def letter(dialog):
        assert dialog.kind.currentData() == "acknowledgement"
        assert dialog.lang.currentData() == "ru"

    answers.dialog("LetterDialog", letter)
    window.panel.step_buttons[0].click()
    [row] = register.list_requests()
    [made] = register.get_request(row["id"])["letters"]
    assert made["kind"] == "acknowledgement" and made["sent_at"] is None
    [(how, path)] = opened
    assert how == "open" and path.name == made["file_name"]
    # and the status bar says where it is and that it is not sent yet
    message = window.statusBar().currentMessage()
    assert str(path) in message and "prepared, not sent yet" in message


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_new_user_makes_the_first_acknowledgement_in_eight_steps(answers, opened,
                                                                    monkeypatch, lang):
    """From a fresh home folder: the wizard, the empty register's Paste button, the import,
    the panel's first step, the letter opened in Word. Each user action is one step."""
    from app import __main__ as start
    from app.store import secrets

    stored: dict[str, str] = {}
    monkeypatch.setattr(secrets, "keyring_available", lambda: True)
    monkeypatch.setattr(secrets, "store_in_keyring",
                        lambda path, value: stored.setdefault(str(path), value) is not None)
    monkeypatch.setattr(secrets, "read_from_keyring", lambda path: stored.get(str(path)))
    steps: list[str] = []

    def wizard(dialog):
        steps.append("welcome: language, Next")
        form = dialog.operator.form
        form.name.setText("ИП Жумабаев Е.К.")
        form.id.setText("860315300109")
        form.address.setText("Астана, ул. Мира 1")
        form.signatory.setText("Е.К. Жумабаев")
        steps.append("operator: details, Next")
        assert dialog.key.mode() == "keyring"
        steps.append("key: in the keychain, Finish")

    answers.dialog("FirstRunWizard", wizard)
    answers.dialog("PasteEmailDialog", lambda d: (steps.append("paste, Next"),
                                                  d.text.setPlainText(MAILRU)) and None)
    answers.dialog("ImportEmailDialog", lambda d: steps.append("check, OK") and None)
    answers.dialog("LetterDialog", lambda d: (steps.append("Make and open"),
                                              d.kind.currentData() == "acknowledgement")
                   and None)
    seen = {}

    def fake_exec():
        [window] = [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible()]
        assert window.table_stack.currentWidget() is window.empty and window.empty.ways.isVisible()
        steps.append("the empty register's Paste an email button")
        window.empty.paste_button.click()
        steps.append("the panel's first step: acknowledgement")
        window.panel.step_buttons[0].click()
        [row] = window.register.list_requests()
        seen["letters"] = window.register.get_request(row["id"])["letters"]
        for w in QApplication.topLevelWidgets():
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert start.main(["--lang", lang]) == 0
    [letter] = seen["letters"]
    assert letter["kind"] == "acknowledgement"
    assert [how for how, _ in opened] == ["open"] and opened[0][1].name == letter["file_name"]
    assert len(steps) == 8, steps


def test_the_phone_number_the_text_gives_finds_an_open_request_of_the_same_person(window,
                                                                                   answers):
    add_request(window.register, email=None, phone="+77051234567")
    number = window.register.list_requests()[0]["number"]

    def confirm(dialog):
        assert not dialog.duplicates.isHidden()
        assert number in dialog.duplicates.text()
        return False

    answers.dialog("PasteEmailDialog", lambda dialog: dialog.text.setPlainText(MAILRU))
    answers.dialog("ImportEmailDialog", confirm)
    window.commands.paste_email.trigger()
