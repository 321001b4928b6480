"""Story (issue 19): the window says where a register needs care, asks before making one
there, and Settings says where letters go and why.

A register inside OneDrive (or on a network folder) is said in a notice; the first run
asks before creating one there; with Documents in OneDrive, letters go to a folder on
this computer unless some were already made in Documents, and Settings says so.
"""

from __future__ import annotations

import pytest

from app.services import letters as letter_service
from app.ui.wizard import run_first_run

pytestmark = pytest.mark.gui


def test_a_register_inside_onedrive_is_said_in_a_notice(window, register, monkeypatch):
    assert not window.notices.place.isVisible()
    monkeypatch.setenv("OneDrive", str(register.path.parent))
    window.notices.show_all()
    assert window.notices.place.isVisible()
    text = window.notices.place.text.text()
    assert text.startswith(f"The register {register.path} is inside OneDrive")
    assert "conflict copies" in text


def _passphrase(wizard):
    wizard.key.passphrase.setText("correct horse")
    wizard.key.repeat.setText("correct horse")


def test_the_first_run_asks_before_making_a_register_inside_onedrive(tmp_path, answers,
                                                                   monkeypatch):
    cloud = tmp_path / "OneDrive - ТОО Әлем"
    cloud.mkdir()
    path = cloud / "register.otinish"
    answers.dialog("FirstRunWizard", _passphrase)
    answers.values["confirm"] = False
    assert run_first_run(path, offer_demo=False) is None
    assert not path.exists()
    [asked] = answers.said("confirm")
    assert "is inside OneDrive" in asked and asked.endswith("Create the register there anyway?")
    answers.values["confirm"] = True
    opened = run_first_run(path, offer_demo=False)
    assert opened is not None and path.exists()
    opened.register.close()


def test_with_documents_in_onedrive_letters_go_to_this_computer_and_settings_says_why(
        tmp_path, monkeypatch, isolated):
    documents = isolated / "OneDrive" / "Documents"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    folder, why = letter_service.letters_place(None)
    assert why == letter_service.LOCAL_NOT_CLOUD
    assert folder == isolated / "data" / "Otinish" / "letters"
    # Letters already made in Documents stay together there (said, not moved).
    (documents / "Otinish" / "letters").mkdir(parents=True)
    assert letter_service.letters_place(None) == (documents / "Otinish" / "letters",
                                                  letter_service.CLOUD_ALREADY)
    # Documents on this computer: as before.
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(isolated / "Documents"))
    assert letter_service.letters_place(None) == (
        isolated / "Documents" / "Otinish" / "letters", letter_service.DOCUMENTS)


def test_settings_says_where_letters_go_and_why(window, register, isolated, monkeypatch):
    from app.ui.settings_letters import LettersTab

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(isolated / "OneDrive" / "Documents"))
    tab = LettersTab(register, isolated / "templates")
    note = tab.letters_note.text()
    assert note.startswith(f"Letters go to {isolated / 'data' / 'Otinish' / 'letters'}, on "
                           "this computer: your Documents folder is in OneDrive")
    tab.deleteLater()


def test_on_a_network_folder_the_windows_jobs_use_its_own_connection(tmp_path, monkeypatch):
    from app.store import places
    from app.ui.workers import RegisterSource

    share = tmp_path / "share"
    recorded = tmp_path / "mountinfo"
    recorded.write_text(f"27 1 0:30 / / rw - ext4 /dev/sda1 rw\n"
                        f"90 27 0:51 / {share} rw - cifs //nas/office rw\n", encoding="utf-8")
    monkeypatch.setenv(places.TEST_MOUNTINFO_ENV, str(recorded))
    # The window's connection holds the file exclusively there: a second one would wait.
    assert not RegisterSource(share / "register.otinish", "k").can_open_another()
    assert RegisterSource(tmp_path / "register.otinish", "k").can_open_another()
