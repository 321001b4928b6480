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
