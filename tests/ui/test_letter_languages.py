"""Letters in the letter's language: the operator's requisites and profile per language in
Settings, the letter dialog's warning before a letter falls back to the Russian ones, the
owner who signs for a sole proprietor, and the authorized body a refusal names.

Given/when/then in each test, on a real register; dialogs are answered through `answers`.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from docx import Document

from app.services import letters
from app.ui.settings_operator import LANGS
from tests.builders import ALMATY, add_request
from tests.ui.conftest import OPERATOR

pytestmark = pytest.mark.gui

PROFILE = {"data_categories": ["ФИО", "email"], "purposes": ["договор"],
           "sources": ["субъект"], "recipients": ["хостинг"], "methods": "автоматизированная",
           "retention": "3 года", "cross_border": "нет"}
KK = {"name": "«Ромашка» ЖШС", "address": "Астана қ., Бейбітшілік к-сі, 1",
      "signatory": "А.А. Ахметов", "position": "Директор"}


@pytest.fixture
def operator(register, tmp_path):
    """The operator (Russian only), the profile and the letters folder are set."""
    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", PROFILE)
    register.set_setting("letters_dir", str(tmp_path / "letters"))


def text_of(path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    # Letters keep initials and numbers on one line with no-break spaces.
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\u00a0", " ")


def test_kazakh_requisites_filled_in_from_the_letter_dialog_reach_the_kazakh_letter(
        window, answers, register, operator, opened):
    # Given a request, and requisites in Russian only
    rid = add_request(register, types=["access"],
                      received=datetime(2026, 11, 20, 11, tzinfo=ALMATY))
    window.refresh(select_id=rid)

    def settings(dialog):
        # Then Settings opens on the Operator tab, at the Kazakh sub-tab, which says so
        tab = dialog.operator_tab
        assert dialog.tabs.currentWidget() is tab
        assert tab.langs.currentIndex() == LANGS.index("kk")
        assert "will use the Russian requisites" in tab.states["kk"].text()
        # When the operator fills in the Kazakh requisites
        form = tab.requisites["kk"]
        for key, value in KK.items():
            getattr(form, key).setText(value)
        assert "carry these requisites" in tab.states["kk"].text()

    def letter(dialog):
        # When the operator chooses an acknowledgement in Kazakh
        dialog.set_kind("acknowledgement")
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
        dialog.update_preview()
        # Then the dialog warns, before the letter is made, that it falls back to Russian
        assert dialog.warning_texts() == [
            "The operator's requisites are not filled in for this language (Kazakh) yet: the "
            "letter uses those in another language (Russian)."]
        assert "ТОО «Ромашка»" in dialog.preview.toPlainText()
        # When they follow the warning's button to Settings and fill the language in
        answers.dialog("SettingsDialog", settings)
        dialog.warning_buttons["requisites_fallback"].click()
        # Then the warning is gone and the preview carries the Kazakh requisites
        assert dialog.warning_texts() == []
        assert "«Ромашка» ЖШС" in dialog.preview.toPlainText()

    answers.dialog("LetterDialog", letter)
    window.commands.letter.trigger()
    # And the letter made reads them back from the .docx: the Kazakh name, address and
    # signatory, not the Russian ones
    assert register.get_setting("requisites")["kk"] == {
        "name": "«Ромашка» ЖШС", "address": "Астана қ., Бейбітшілік к-сі, 1",
        "signatory": "Директор, А.А. Ахметов"}
    [made] = register.get_request(rid)["letters"]
    assert made["lang"] == "kk"
    text = text_of(letters.letter_path(register, register.get_request(rid), made))
    assert "«Ромашка» ЖШС" in text and "Астана қ., Бейбітшілік к-сі, 1" in text
    assert "А.А. Ахметов" in text
    assert "ТОО «Ромашка»" not in text and "г. Астана" not in text
    assert [n.code for n in letters.letter_warnings(register, rid, "acknowledgement", "kk")] \
        == []


def test_the_letter_dialog_warns_when_the_profile_of_the_language_is_missing(
        window, answers, register, operator):
    register.set_setting("requisites", {"en": {"name": "Romashka LLP",
                                               "address": "1 Mira St, Astana"}})
    rid = add_request(register, types=["access"])

    def letter(dialog):
        dialog.set_kind("access_response")
        dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
        dialog.update_preview()
        # Then only the profile falls back, and its button leads to the profile tab
        assert list(dialog.warning_labels) == ["profile_fallback"]
        assert dialog.warning_buttons["profile_fallback"].text() == "Fill in the profile…"
        # And a paragraph in Russian in an English letter is said too, as it is typed
        dialog.note.setPlainText("Ваши данные хранятся в нашей CRM системе")
        dialog.update_preview()
        assert "note_language_differs" in dialog.warning_labels
        return False

    answers.dialog("LetterDialog", letter)
    window.refresh(select_id=rid)
    window.commands.letter.trigger()


def test_a_sole_proprietor_is_signed_by_the_owner_in_every_language(window, answers, register):
    def settings(dialog):
        form = dialog.operator
        # Given a sole proprietor trading under a name, with no signatory
        form.name.setText("Keremet Labs")
        form.id.setText("860315300109")
        form.address.setText("г. Алматы, пр. Абая, 10")
        assert form.signatory_hint.objectName() == "error"
        # When the operator saves, the window refuses: the letter would sign with the
        # trade name
        dialog.accept()
        assert answers.said("tell_error")[-1] == ("A sole proprietor signs letters in "
                                                  "person: give the owner's full name as "
                                                  "the signatory.")
        form.signatory.setText("Keremet Labs")
        dialog.accept()
        assert answers.said("tell_error")[-1] == ("Give the owner's full name as the "
                                                  "signatory, not the trade name.")
        form.signatory.setText("Е.К. Жумабаев")
        # And the same in English
        english = dialog.operator_tab.requisites["en"]
        english.name.setText("Keremet Labs")
        english.address.setText("10 Abay Ave, Almaty")
        dialog.accept()
        assert answers.said("tell_error")[-1] == ("A sole proprietor signs letters in "
                                                  "person: give the owner's full name in "
                                                  "English too.")
        assert dialog.operator_tab.langs.currentIndex() == LANGS.index("en")
        assert register.get_operator() is None  # nothing was saved meanwhile
        english.signatory.setText("Ye.K. Zhumabayev")

    answers.dialog("SettingsDialog", settings)
    window.commands.settings.trigger()
    assert register.get_operator()["signatory"] == "Е.К. Жумабаев"
    assert register.get_setting("requisites")["en"]["signatory"] == "Ye.K. Zhumabayev"


def test_the_profile_per_language_and_the_authorized_body_are_saved_and_emptied(
        window, answers, register, operator):
    def fill(dialog):
        kk = dialog.profile.forms["kk"]
        for key in ("data_categories", "purposes", "sources", "recipients"):
            kk.fields[key].setPlainText("бір\nекі")
        for key in ("methods", "retention", "cross_border"):
            kk.fields[key].setText("мәтін")
        assert "list this profile" in dialog.profile.states["kk"].text()
        body = dialog.letters.body
        assert body["ru"].placeholderText().startswith("Комитет информационной безопасности")
        body["ru"].setText("Комитет по защите персональных данных")

    answers.dialog("SettingsDialog", fill)
    window.commands.settings.trigger()
    assert register.get_setting("profiles")["kk"]["purposes"] == ["бір", "екі"]
    assert register.get_setting("authorized_body") == {
        "ru": "Комитет по защите персональных данных"}
    assert register.get_profile() == PROFILE  # the register's own is unchanged

    def empty(dialog):
        for field in dialog.profile.forms["kk"].fields.values():
            field.clear()
        assert "will list the Russian profile" in dialog.profile.states["kk"].text()
        dialog.letters.body["ru"].clear()

    answers.dialog("SettingsDialog", empty)
    window.commands.settings.trigger()
    assert register.get_setting("profiles") == {}
    assert register.get_setting("authorized_body") == {}
