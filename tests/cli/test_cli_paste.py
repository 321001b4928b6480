"""The CLI's `paste-email`: an email copied as text becomes a request like an .eml; text that
is no email is one sentence on stderr and nothing is stored."""

from __future__ import annotations

import io

import pytest

from tests.builders import new_register
from tests.cli.helpers import run_cli

PASTED = """From: Aigerim Akhmetova <aigerim@outlook.com>
Sent: Wednesday, November 25, 2026 10:14 AM
To: info@romashka.kz
Subject: Удаление данных

Прошу удалить мой аккаунт и мои данные. Мой телефон +7 705 123 45 67.
"""


@pytest.fixture
def db(tmp_path, monkeypatch):
    from tests.builders import PASSPHRASE

    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    new_register(tmp_path).close()
    return str(tmp_path / "register.otinish")


def test_paste_email_from_a_text_file(db, capsys, tmp_path):
    text = tmp_path / "mail.txt"
    text.write_text(PASTED, encoding="utf-8")
    out = run_cli(capsys, "--db", db, "--json", "paste-email", str(text)).json
    assert out["received"] == "2026-11-25T10:14:00+05:00"
    assert out["requester"]["email"] == "aigerim@outlook.com"
    assert out["requester"]["phone"] == "+77051234567"


def test_paste_email_from_stdin_with_the_sender_and_time_typed(db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Прошу удалить мои данные."))
    out = run_cli(capsys, "--db", db, "--json", "paste-email", "--from", "a@b.kz",
                  "--received", "2026-11-20T09:30").json
    assert out["received"] == "2026-11-20T09:30:00+05:00"
    assert any("the one you typed" in w for w in out["warnings"])


def test_text_that_is_no_email_is_one_sentence_and_nothing_is_stored(db, capsys,
                                                                      monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Прошу удалить мои данные."))
    refused = run_cli(capsys, "--db", db, "paste-email", "--received", "2026-11-20")
    assert refused.code == 2
    assert refused.err.strip().splitlines() == [
        "otinish: The pasted text does not say who wrote it: type the sender's email address "
        "or name."]
    assert "[]" in run_cli(capsys, "--db", db, "--json", "list").out
