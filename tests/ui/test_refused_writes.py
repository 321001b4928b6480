"""Story (issue 19): saving a copy over a file open in Word says to close it there.

The window wrote the copy itself and said the system's bare words ("Permission
denied"); it now saves through the service, which names the cause, owner-only.
"""

from __future__ import annotations

from tests.letters.test_refusals import refusing
from tests.services.test_import_email import _eml


def test_saving_an_original_over_a_file_open_in_word_says_to_close_it(window, answers,
                                                                      register, tmp_path):
    from app.services.requests import import_email, read_email

    eml = tmp_path / "request.eml"
    eml.write_bytes(_eml())
    rid = import_email(register, read_email(eml)).request_id
    [attachment] = register.get_request(rid)["attachments"]
    target = tmp_path / "saved.eml"
    target.write_bytes(b"old")
    (tmp_path / "~$saved.eml").write_bytes(b"owner")
    answers.values["ask_save_file"] = target
    with refusing(target):
        window.letters.save_attachment(attachment)
    [said] = answers.said("tell_error")
    assert said == (f"{target} is open in Word or Excel, which keeps it from being replaced; "
                    "close it there and try again.")
    assert target.read_bytes() == b"old"


def test_a_letters_folder_that_refuses_offers_another_folder_and_keeps_it(
        window, answers, register, tmp_path, monkeypatch):
    from app.letters import refusals
    from tests.builders import add_request
    from tests.letters.test_letters import OPERATOR, PROFILE

    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", PROFILE)
    documents = tmp_path / "Documents"
    refused = documents / "Otinish" / "letters"
    refused.mkdir(parents=True)
    register.set_setting("letters_dir", str(refused))
    # As Windows would say it: access denied in Documents (Controlled Folder Access).
    monkeypatch.setattr(refusals, "WINDOWS", True)
    monkeypatch.setattr(refusals, "protected_folders", lambda: [documents])
    rid = add_request(register)
    window.refresh(select_id=rid)
    elsewhere = tmp_path / "letters here"
    elsewhere.mkdir()
    answers.values["offer"] = True  # "Choose another folder…"
    answers.values["ask_folder"] = elsewhere
    answers.dialog("LetterDialog", lambda dialog: dialog.set_kind("acknowledgement"))
    with refusing(refused):
        window.commands.letter.trigger()
    [said] = answers.said("offer")
    assert "Controlled Folder Access" in said and str(refused) in said
    assert register.get_setting("letters_dir") == str(elsewhere)
    [made] = register.get_request(rid)["letters"]
    assert list(elsewhere.rglob(made["file_name"]))


def test_an_evidence_pack_over_a_file_open_elsewhere_offers_another_file(
        window, answers, register, tmp_path, qtbot, opened):
    from tests.builders import add_request

    rid = add_request(register)
    window.refresh(select_id=rid)
    held = tmp_path / "pack.zip"
    held.write_bytes(b"old")
    (tmp_path / "~$pack.zip").write_bytes(b"owner")
    other = tmp_path / "pack (2).zip"
    targets = iter([held, other])
    answers.values["confirm"] = True
    answers.values["ask_save_file"] = lambda *args: next(targets)
    answers.values["offer"] = True  # "Choose another file…"
    with refusing(held), qtbot.waitSignal(window.jobs.finished, timeout=20000,
                                          check_params_cb=lambda how: how == "done"):
        window.commands.evidence.trigger()
    [said] = answers.said("offer")
    assert said.startswith(f"{held} is open in Word or Excel")
    assert held.read_bytes() == b"old" and other.is_file()
    assert opened == [("show", other)]
