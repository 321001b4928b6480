"""Story: "Reset to defaults" leaves Word's lock files alone and says which template it
could not move (open in Word), instead of failing half-way with a traceback."""

from __future__ import annotations

from app.ui.settings_letters import LettersTab


def test_reset_moves_the_templates_and_leaves_word_lock_files(qtbot, register, tmp_path,
                                                              answers):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "acknowledgement.ru.docx").write_bytes(b"mine")
    (folder / "refusal.ru.docx").write_bytes(b"mine too")
    (folder / "~$knowledgement.ru.docx").write_bytes(b"lock")
    # The second cannot be moved: its place in "replaced" is taken by a folder.
    stamp = register.now().strftime("%Y%m%d-%H%M%S")
    blocked = folder / "replaced" / f"refusal.ru.{stamp}.docx"
    (blocked / "inside").mkdir(parents=True)
    tab = LettersTab(register, folder)
    qtbot.addWidget(tab)
    answers.values["confirm"] = True
    tab._reset_templates()
    confirm = [args for name, args in answers.asked if name == "confirm"]
    assert "2" in confirm[0]  # two templates of the user's, not the lock file
    assert (folder / "~$knowledgement.ru.docx").exists()
    assert not (folder / "acknowledgement.ru.docx").exists()
    assert (folder / "refusal.ru.docx").exists()
    errors = [args for name, args in answers.asked if name == "tell_error"]
    assert errors and "refusal.ru.docx" in errors[0]
