"""Wrong things are kept out loudly at import: a text file that is not a message is refused in
one sentence, and a message already in the register comes in again only with a reason.

Given/when/then in each test, on a real register; questions answered through `answers`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.intake.eml_builder import build_eml

pytestmark = pytest.mark.gui


def write_eml(folder: Path, name: str, **kwargs) -> Path:
    path = folder / name
    path.write_bytes(build_eml(**kwargs))
    return path


@pytest.fixture
def imported(window, answers, register, tmp_path):
    """One email imported through the window, and its file."""
    path = write_eml(tmp_path, "request.eml", sender="Иван Петров <ivan@example.kz>",
                     body="Прошу удалить мои персональные данные.")
    answers.dialog("ImportEmailDialog", lambda dialog: None)
    window.intake.import_files([path])
    [row] = register.list_requests()
    return path, row


def test_a_text_file_named_eml_is_refused_in_one_sentence(window, answers, register, tmp_path):
    fake = tmp_path / "fake.eml"
    fake.write_text("Just some notes, not an email at all.\n", encoding="utf-8")
    window.intake.import_files([fake])
    assert register.list_requests() == []
    [said] = answers.said("tell_error")
    assert said == "The file fake.eml is not an email message: it has neither a sender nor a date."


def test_a_message_already_imported_is_skipped_unless_a_reason_is_given(window, answers,
                                                                        register, imported):
    path, first = imported
    reasons = iter([None, "The requester asked us to treat it as a new request"])
    asked = []
    answers.values["ask_text"] = lambda parent, title, label: asked.append(label) or \
        next(reasons)
    # When the same file comes again and the operator gives no reason, it is skipped
    window.intake.import_files([path])
    assert len(register.list_requests()) == 1
    assert "already in the register as IN-2026-0001" in asked[0]
    assert "was not imported" in window.statusBar().currentMessage()
    assert window.panel.request["id"] == first["id"]
    # When they give a reason, it is imported again, and the new request keeps why
    window.intake.import_files([path])
    assert len(register.list_requests()) == 2
    newest = register.get_request(window.panel.request["id"])
    assert newest["number"] == "IN-2026-0002"
    assert any("treat it as a new request" in a["note"] for a in newest["actions"])


def test_the_many_files_summary_names_the_messages_not_imported_again(window, answers, register,
                                                                      imported, tmp_path, qtbot):
    path, _ = imported
    other = write_eml(tmp_path, "other.eml", sender="Анна <anna@example.kz>",
                      body="Какие мои данные вы храните?")
    answers.values["ask_open_files"] = [path, other]
    answers.values["ask_text"] = None  # no reason: the repeated message is skipped
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.commands.import_email.trigger()
    [question] = answers.said("ask_text")
    assert question == "Import again?"
    [summary] = answers.said("tell_info")
    assert "1 email imported." in summary and "• IN-2026-0002 ← other.eml" in summary
    assert "1 message already in the register, not imported again:" in summary
    assert "• request.eml = IN-2026-0001" in summary
    assert len(register.list_requests()) == 2


def test_the_many_files_import_brings_a_repeat_in_again_with_a_reason(window, answers, register,
                                                                      imported, tmp_path, qtbot):
    path, _ = imported
    other = write_eml(tmp_path, "other.eml", sender="Анна <anna@example.kz>",
                      body="Какие мои данные вы храните?")
    answers.values["ask_open_files"] = [path, other]
    answers.values["ask_text"] = "Sent again after the answer; a new request"
    with qtbot.waitSignal(window.jobs.finished, timeout=20000):
        window.commands.import_email.trigger()
    [summary] = answers.said("tell_info")
    assert "2 emails imported." in summary
    assert "← request.eml (imported again" in summary
    assert len(register.list_requests()) == 3
