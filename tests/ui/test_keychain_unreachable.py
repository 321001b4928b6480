"""Story: the window never asks a keychain register for a passphrase it does not have."""

from __future__ import annotations

from app.store import keychain_marks
from app.ui.opening import open_register
from tests.builders import new_register


def test_the_window_says_where_the_key_is_instead_of_asking(tmp_path, monkeypatch, answers):
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    path = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    keychain_marks.mark(path)
    assert open_register(path) is None
    said = answers.said("tell_error")
    assert said and "kept in the system keychain" in said[-1]
    assert not [name for name, _ in answers.asked if name == "ask_passphrase"]
