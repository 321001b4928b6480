"""The command line of issue 14: `smtp set`, `reply`, `mail ...` print one JSON object."""

from __future__ import annotations

import email
import os
from email import policy

import pytest

from app.store.mail_secrets import MAIL_ENV_VAR
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli
from tests.mail import dovecot, servers
from tests.mail.conftest import REQUEST_EML


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    """A register with the request of REQUEST_EML and its acknowledgement OUT-2026-0001."""
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    eml = tmp_path / "request.eml"
    eml.write_bytes(REQUEST_EML)
    for args in (("init",),
                 ("operator", "set", "--name", "ИП Жумабаев Е.", "--id", "860315300146",
                  "--address", "Астана", "--email", "info@example.kz", "--phone",
                  "+77015550000"),
                 ("import-email", str(eml)),
                 ("letter", "1", "--kind", "acknowledgement", "--out",
                  str(tmp_path / "letters"))):
        result = run_cli(capsys, "--db", path, *args)
        assert result.code == 0, result.err
    return path


def test_reply_by_smtp_prints_the_message_id_and_records_the_letter_as_sent(
        db, capsys, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, "smtp-secret")
    with servers.smtp_server() as server:
        result = run_cli(capsys, "--db", db, "--json", "smtp", "set", "--host", "127.0.0.1",
                         "--port", str(server.port), "--tls", "none", "--user", server.user,
                         "--from", "privacy@example.kz")
        assert result.code == 0, result.err
        assert result.json["password"] == "env"
        result = run_cli(capsys, "--db", db, "--json", "reply", "OUT-2026-0001", "--smtp")
    assert result.code == 0, result.err
    out = result.json
    assert out["message_id"].startswith("<") and out["via"] == "email"
    msg = email.message_from_bytes(server.received[0]["data"], policy=policy.default)
    assert msg["Message-ID"] == out["message_id"]
    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert shown["letters"][0]["sent_via"] == "email"


def test_reply_as_a_draft_prints_its_path_and_leaves_the_letter_prepared(db, capsys, tmp_path):
    target = tmp_path / "draft.eml"
    result = run_cli(capsys, "--db", db, "--json", "reply", "OUT-2026-0001", "--eml",
                     str(target))
    assert result.code == 0, result.err
    assert result.json["path"] == str(target) and result.json["sent_at"] is None
    assert b"X-Unsent: 1" in target.read_bytes()
    assert run_cli(capsys, "--db", db, "--json", "show", "1").json["letters"][0][
        "sent_at"] is None


def test_reply_without_smtp_set_is_one_sentence(db, capsys, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, "x")
    result = run_cli(capsys, "--db", db, "reply", "OUT-2026-0001", "--smtp")
    assert result.code == 2
    assert result.err.strip() == ("otinish: No SMTP server is set up; run 'smtp set' first, "
                                  "or save a draft with --eml.")


@pytest.mark.skipif(
    not dovecot.available() and os.environ.get("CI") != "true",
    reason="needs Dovecot run as root (apt: dovecot-imapd); runs in CI")
def test_mail_set_fetch_queue_accept_dismiss(db, capsys, monkeypatch, tmp_path, certificate):
    from tests.mail.test_mailbox import ARRIVED, message

    with dovecot.dovecot(tmp_path / "dovecot", certificate) as server:
        monkeypatch.setenv(MAIL_ENV_VAR, server.password)
        server.deliver(message(1), arrived=ARRIVED.timestamp())
        server.deliver(message(2, body="Прошу исправить мою фамилию в ваших данных."))
        result = run_cli(capsys, "--db", db, "--json", "mail", "set", "--host", "127.0.0.1",
                         "--port", str(server.port), "--tls", "none", "--user", server.user,
                         "--folder", "INBOX", "--filter", "Персональные данные")
        assert result.code == 0, result.err
        assert result.json["mailbox"]["folders"] == ["INBOX"]
        fetched = run_cli(capsys, "--db", db, "--json", "mail", "fetch")
        assert fetched.code == 0, fetched.err
    assert fetched.json["new"] == 2 and len(fetched.json["queued"]) == 2
    queue = run_cli(capsys, "--db", db, "--json", "mail", "queue").json["messages"]
    assert [set(m) for m in queue] == [{"id", "from", "subject", "arrived", "types",
                                        "lang"}] * 2
    first, second = queue
    accepted = run_cli(capsys, "--db", db, "--json", "mail", "accept", str(first["id"]),
                       "--type", "deletion", "--lang", "ru")
    assert accepted.code == 0, accepted.err
    assert accepted.json["received"] == "2026-11-21T10:15:00+05:00"
    assert accepted.json["number"] == "IN-2026-0002"
    dismissed = run_cli(capsys, "--db", db, "--json", "mail", "dismiss", str(second["id"]),
                        "--reason", "duplicate of a call")
    assert dismissed.code == 0, dismissed.err
    assert run_cli(capsys, "--db", db, "--json", "mail", "queue").json == {"messages": []}
    again = run_cli(capsys, "--db", db, "mail", "dismiss", str(second["id"]), "--reason", "x")
    assert again.code == 2 and again.err.strip() == f"otinish: Message {second['id']} was " \
                                                    "already dismissed."


def test_mail_fetch_before_mail_set_is_one_sentence(db, capsys):
    result = run_cli(capsys, "--db", db, "mail", "fetch")
    assert result.code == 2
    assert result.err.strip() == "otinish: No mailbox is set up; run 'mail set' first."
