"""Story (issue 14, part 3): a prepared letter goes to the requester as a reply by email,
threaded under their request, as a draft .eml or through the operator's SMTP server, and
the register keeps the exact message that went out. Real aiosmtpd servers, real sockets.
"""

from __future__ import annotations

import email
import os
import stat
import zipfile
from email import policy

import pytest

from app.domain.mail import MailError
from app.services import exports, reply
from app.store.mail_secrets import MAIL_ENV_VAR
from tests.builders import add_request, said
from tests.mail import servers


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)


def smtp_setting(reg, server, tls="none", password=None):
    return reply.set_smtp(reg, host="127.0.0.1", port=server.port, tls=tls, user=server.user,
                          sender="privacy@example.kz", password=password)


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, "smtp-secret")


def test_a_reply_sent_by_smtp_threads_under_the_request_and_is_recorded_as_sent(
        reg, letter, password):
    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        out = reply.send_reply(reg, letter.number, with_original=True)
    assert len(server.received) == 1
    got = server.received[0]
    msg = parsed(got["data"])
    assert got["to"] == ["aigerim@example.kz"] and got["from"] == "privacy@example.kz"
    assert msg["Subject"] == "Re: Персональные данные"
    assert msg["In-Reply-To"] == "<req-0001@mail.example.kz>"
    assert msg["References"] == "<req-0001@mail.example.kz>"
    assert msg["Message-ID"] == out["message_id"]
    assert "X-Unsent" not in msg
    assert "Aigerim" in msg["To"] and "aigerim@example.kz" in msg["To"]
    body = msg.get_body(("plain",)).get_content()
    assert "IN-2026-0001" in body and letter.number in body and "Жумабаев" in body
    files = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert files[letter.path.name] == reg.letter_content(1)
    assert b"<req-0001@mail.example.kz>" in files["request.eml"]
    # Recorded as sent by email, now, with the Message-ID and the exact bytes received.
    view = reg.get_request(1)
    assert view["letters"][0]["sent_via"] == "email"
    assert view["letters"][0]["sent_at"] == out["sent_at"]
    kept = reg.letter_mails(1)
    assert [(m["via"], m["message_id"]) for m in kept] == [("smtp", out["message_id"])]
    assert kept[0]["content"].replace(b"\r\n", b"\n") == got["data"].replace(b"\r\n", b"\n")
    assert reg.check()["audit"] == "ok"


def test_the_sent_message_goes_into_the_evidence_pack(reg, letter, password, tmp_path):
    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        out = reply.send_reply(reg, letter.number)
    exports.evidence_pack(reg, 1, tmp_path / "pack.zip")
    with zipfile.ZipFile(tmp_path / "pack.zip") as z:
        mails = [n for n in z.namelist() if n.startswith("mail/")]
        assert len(mails) == 1
        assert out["message_id"].encode() in z.read(mails[0])


def test_a_draft_eml_opens_as_a_draft_and_the_letter_is_not_yet_sent(reg, letter, tmp_path):
    target = tmp_path / "reply.eml"
    out = reply.save_draft(reg, letter.number, target)
    assert out["path"] == str(target) and out["sent_at"] is None
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    msg = parsed(target.read_bytes())
    assert msg["X-Unsent"] == "1"
    assert msg["In-Reply-To"] == "<req-0001@mail.example.kz>"
    assert msg["Subject"] == "Re: Персональные данные"
    assert "info@example.kz" in msg["From"]  # no SMTP set: the operator's own address
    assert reg.get_request(1)["letters"][0]["sent_at"] is None
    assert reg.letter_mails(1)[0]["via"] == "draft"
    # Never over an existing file.
    with pytest.raises(Exception) as caught:
        reply.save_draft(reg, letter.number, target)
    assert caught.value.code == "reply_file_exists"


def test_a_request_not_made_by_email_gets_a_subject_in_the_letter_language(reg, tmp_path):
    from app.services import letters

    rid = add_request(reg, channel="phone", lang="kk", email="erlan@example.kz")
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    reply.save_draft(reg, made.number, tmp_path / "r.eml")
    msg = parsed((tmp_path / "r.eml").read_bytes())
    assert msg["Subject"] == "IN-2026-0001 өтінішке жауап"
    assert "In-Reply-To" not in msg
    assert "Сәлеметсіз бе" in msg.get_body(("plain",)).get_content()


def test_the_operator_writes_the_body_per_language(reg, letter, tmp_path):
    reg.set_setting("reply_bodies", {"ru": "Добрый день! Ответ на {number}: {letter}. {x}"})
    reply.save_draft(reg, letter.number, tmp_path / "r.eml")
    body = parsed((tmp_path / "r.eml").read_bytes()).get_body(("plain",)).get_content()
    assert body.strip() == f"Добрый день! Ответ на IN-2026-0001: {letter.number}. {{x}}"


def test_no_email_address_no_reply(reg, tmp_path):
    from app.services import letters

    rid = add_request(reg, channel="phone", email=None)
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    with pytest.raises(Exception) as caught:
        reply.save_draft(reg, made.number, tmp_path / "r.eml")
    assert caught.value.code == "reply_no_email"
    assert not (tmp_path / "r.eml").exists()


def test_a_wrong_password_is_one_sentence_and_nothing_is_recorded(reg, letter, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, "wrong")
    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        with pytest.raises(MailError) as caught:
            reply.send_reply(reg, letter.number)
    assert caught.value.code == "mail_login_failed"
    assert "op@example.kz" in said(caught.value) and "\n" not in said(caught.value)
    assert server.received == []
    assert reg.get_request(1)["letters"][0]["sent_at"] is None
    assert reg.letter_mails(1) == []


def test_no_password_anywhere_says_where_to_put_it(reg, letter, monkeypatch):
    monkeypatch.delenv(MAIL_ENV_VAR, raising=False)
    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        with pytest.raises(MailError) as caught:
            reply.send_reply(reg, letter.number)
    assert caught.value.code == "mail_password_missing"


def test_a_server_that_refuses_the_connection(reg, letter, password):
    port = servers.free_port()
    reg.set_setting("smtp", {"host": "127.0.0.1", "port": port, "tls": "none",
                             "user": "op", "from": "privacy@example.kz"})
    with pytest.raises(MailError) as caught:
        reply.send_reply(reg, letter.number)
    assert caught.value.code == "mail_unreachable"
    assert reg.get_request(1)["letters"][0]["sent_at"] is None


def test_a_server_that_stalls_times_out(reg, letter, password):
    with servers.silent_server() as port:
        reg.set_setting("smtp", {"host": "127.0.0.1", "port": port, "tls": "none",
                                 "user": "op", "from": "privacy@example.kz"})
        with pytest.raises(MailError) as caught:
            reply.send_reply(reg, letter.number, timeout=1)
    assert caught.value.code == "mail_timeout"
    assert reg.letter_mails(1) == []


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_tls_implicit_and_starttls(reg, letter, password, trust, tls):
    with servers.smtp_server(tls=tls, certificate=trust) as server:
        smtp_setting(reg, server, tls=tls)
        reply.send_reply(reg, letter.number)
    assert len(server.received) == 1


def test_a_certificate_the_system_does_not_trust_is_refused(reg, letter, password,
                                                             certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", os.devnull)
    with servers.smtp_server(tls="implicit", certificate=certificate) as server:
        smtp_setting(reg, server, tls="implicit")
        with pytest.raises(MailError) as caught:
            reply.send_reply(reg, letter.number)
    assert caught.value.code == "mail_certificate_untrusted"
    assert server.received == []


def test_an_already_sent_letter_is_not_sent_again(reg, letter, password):
    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        reply.send_reply(reg, letter.number)
        with pytest.raises(Exception) as caught:
            reply.send_reply(reg, letter.number)
    assert caught.value.code == "letter_already_sent"
    assert len(server.received) == 1


@pytest.mark.slow
@pytest.mark.skipif(
    reply.pdf_converter.converter() is None and os.environ.get("CI") != "true",
    reason="needs LibreOffice (apt: libreoffice-writer-nogui); runs in CI")
def test_a_pdf_goes_with_the_docx_when_libreoffice_converts_it(reg, letter, tmp_path):
    out = reply.save_draft(reg, letter.number, tmp_path / "r.eml", pdf=True)
    assert out["pdf"] == "LibreOffice" and out["warnings"] == []
    msg = parsed((tmp_path / "r.eml").read_bytes())
    files = {p.get_filename(): p for p in msg.iter_attachments()}
    pdf = files[letter.path.with_suffix(".pdf").name]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(letter.path.with_suffix(".pdf")).st_mode) == 0o600


def test_the_retention_purge_erases_the_sent_message_and_the_queue_trace(reg, letter,
                                                                         password, tmp_path):
    from datetime import date

    from app.services import keeping, requests

    with servers.smtp_server() as server:
        smtp_setting(reg, server)
        reply.send_reply(reg, letter.number)
    reg.queue_mail_batch("op@h", "INBOX", 1, 1, [{
        "uid": 1, "message_id": "<q@x>", "arrived": reg.now(), "sender": "A <a@x.kz>",
        "subject": "Персональные данные", "types": ["access"], "lang": "ru",
        "content": b"From: a@x.kz\r\n\r\nhi\r\n"}])
    reg.mark_mail_accepted(1, 1)
    requests.close_request(reg, 1, "fulfilled")
    keeping.purge(reg, date(2030, 1, 1))
    [mail] = reg.letter_mails(1)
    assert mail["content"] is None and mail["recipient"] is None
    row = reg.mail_message(1)
    assert row["sender"] != "A <a@x.kz>" and row["subject"] is None
    assert reg.check()["audit"] == "ok"
