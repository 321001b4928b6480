"""A 100 MB email is refused by its size, before its content is read."""

from __future__ import annotations

import builtins

import pytest

from app.intake.email_parse import MAX_EMAIL_BYTES, parse_email_file
from app.intake.errors import IntakeError
from app.services.requests import import_email, read_email
from tests.builders import new_register


def test_a_100_mb_email_is_refused_without_reading_it(tmp_path, monkeypatch):
    # Given a 100 MB .eml (sparse, so the test is fast)
    path = tmp_path / "huge.eml"
    with open(path, "wb") as f:
        f.write(b"From: a@b.kz\r\nSubject: big\r\n\r\n")
        f.truncate(100 * 1024 * 1024)
    reg = new_register(tmp_path)
    opened: list[str] = []
    real_open = builtins.open

    def spying_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    # When it is imported, then it is refused with the limit stated, and never opened
    with pytest.raises(IntakeError) as info:
        import_email(reg, read_email(path))
    monkeypatch.undo()
    assert info.value.code == "email_too_large"
    assert (info.value.values["size_mb"], info.value.values["limit_mb"]) == (100.0, 25)
    assert str(path) not in opened
    assert reg.db["requests"].count == 0 and reg.db["events"].count == 0
    reg.close()
    assert MAX_EMAIL_BYTES == 25 * 1024 * 1024


def test_the_limit_is_checked_by_parse_email_file_too(tmp_path):
    path = tmp_path / "big.msg"
    with open(path, "wb") as f:
        f.truncate(MAX_EMAIL_BYTES + 1)
    with pytest.raises(IntakeError) as info:
        parse_email_file(path)
    assert info.value.code == "email_too_large"
    assert info.value.values["limit_mb"] == 25
