"""Story: a register whose key is in the keychain never asks for a passphrase it does not
have; when the keychain cannot be reached, the start says so and how to get back in.

Before, the window asked for "the passphrase" (there is none: the key is a random one in
the keychain) and the command line said to set OTINISH_PASSPHRASE.
"""

from __future__ import annotations

import pytest

from app.store import SecretUnavailableError, keychain_marks
from app.store import secrets as keys
from app.store.recovery import recovery_path
from tests.builders import new_register


def _never(code: str) -> str:
    raise AssertionError(f"asked for a passphrase ({code})")


def test_a_keychain_register_whose_keychain_is_gone_is_said_not_asked(tmp_path, monkeypatch):
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    path = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    keychain_marks.mark(path)
    with pytest.raises(SecretUnavailableError) as said:
        keys.secret_for_existing_register(path, _never)
    assert said.value.code == "keychain_key_unreachable"
    recovery_path(path).write_bytes(b"x")  # a recovery file beside it: say that way in
    with pytest.raises(SecretUnavailableError) as said:
        keys.secret_for_existing_register(path, _never)
    assert said.value.code == "keychain_key_unreachable_recovery"


def test_a_passphrase_register_is_still_asked(tmp_path, monkeypatch):
    monkeypatch.delenv("OTINISH_PASSPHRASE", raising=False)
    path = tmp_path / "office.otinish"
    new_register(tmp_path, "office.otinish").close()
    asked = []
    secret = keys.secret_for_existing_register(path, lambda code: asked.append(code) or "p")
    assert asked == ["enter_passphrase"] and secret.source == "prompt"


def test_forgetting_the_key_forgets_the_mark(tmp_path):
    path = tmp_path / "office.otinish"
    keychain_marks.mark(path)
    assert keychain_marks.is_marked(path)
    keys.forget_in_keyring(path)
    assert not keychain_marks.is_marked(path)
