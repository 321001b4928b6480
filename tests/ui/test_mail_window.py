"""Issue 14 in the window: Settings, Mail; Incoming mail with its count, accept and dismiss;
Reply by email on a prepared letter (sent through a real aiosmtpd server, or a draft)."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from app.services import letters, reply, requests
from app.store.mail_secrets import MAIL_ENV_VAR
from tests.builders import ALMATY
from tests.mail import dovecot, servers
from tests.mail.conftest import REQUEST_EML
from tests.ui.conftest import OPERATOR

pytestmark = pytest.mark.gui


def queue_two(register) -> None:
    """Two messages fetched from the mailbox (as a fetch writes them)."""
    rows = [{"uid": 1, "message_id": "<req-0001@mail.example.kz>",
             "arrived": datetime(2026, 11, 21, 10, 15, tzinfo=ALMATY),
             "sender": "Aigerim <aigerim@example.kz>", "subject": "Персональные данные",
             "types": ["access"], "lang": "ru", "content": REQUEST_EML},
            {"uid": 2, "message_id": "<spam@x>",
             "arrived": datetime(2026, 11, 22, 9, 0, tzinfo=ALMATY),
             "sender": "promo@x.kz", "subject": "Удалите меня из рассылки",
             "types": ["deletion"], "lang": "ru",
             "content": REQUEST_EML.replace(b"req-0001", b"spam")}]
    register.queue_mail_batch("op@imap.example.kz", "INBOX", 7, 2, rows)


def test_incoming_mail_shows_its_count_accepts_at_arrival_and_dismisses_with_a_reason(
        window, answers, register):
    queue_two(register)
    window.refresh()
    assert "(2)" in window.commands.incoming.text()
    badge = window.mail.badge
    assert badge.isVisible() and badge.text() == "Incoming mail: 2 messages to review"
    badge.click()
    dialog = window.mail.dialog
    assert dialog.windowTitle() == "Incoming mail (2)"
    assert dialog.table.item(0, 2).text() == "Персональные данные"
    # Accept the first: the usual import dialog, received when it arrived on the server.
    answers.dialog("AcceptMailDialog", lambda d: None)
    dialog.table.selectRow(0)
    dialog.accept_selected()
    [request] = register.list_requests()
    assert request["received"] == "2026-11-21T10:15:00+05:00"
    assert dialog.windowTitle() == "Incoming mail (1)"
    # Dismiss the other with a reason.
    answers.values["ask_text"] = "spam"
    dialog.dismiss_selected()
    assert dialog.windowTitle() == "Incoming mail (0)"
    assert [m["reason"] for m in register.mail_queue("dismissed")] == ["spam"]
    dialog.close()
    assert "(0)" in window.commands.incoming.text() and not badge.isVisible()


def test_settings_mail_tab_saves_both_servers_without_a_password_in_the_register(
        window, answers, register):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(register, window, tab="mail")
    tab = dialog.mail
    tab.imap.host.setText("imap.yandex.ru")
    tab.imap.user.setText("privacy@example.kz")
    tab.folders.setText("INBOX, Privacy")
    tab.filter.setText("Персональные данные | Дербес деректер")
    tab.interval.setValue(15)
    tab.smtp.host.setText("smtp.yandex.ru")
    tab.smtp.tls.setCurrentIndex(1)  # STARTTLS
    tab.smtp.user.setText("privacy@example.kz")
    tab.sender.setText("privacy@example.kz")
    dialog.accept()
    assert register.get_setting("mailbox") == {
        "host": "imap.yandex.ru", "port": 993, "tls": "implicit",
        "user": "privacy@example.kz", "folders": ["INBOX", "Privacy"],
        "filter": "Персональные данные | Дербес деректер", "interval": 15}
    assert register.get_setting("smtp")["port"] == 587


def test_a_password_typed_where_no_keychain_can_keep_it_is_refused_before_saving(
        window, answers, register):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(register, window, tab="mail")  # the tests' keyring: none
    dialog.mail.imap.host.setText("imap.yandex.ru")
    dialog.mail.imap.user.setText("privacy@example.kz")
    dialog.mail.imap.password.setText("app-password")
    dialog.accept()
    assert answers.said("tell_error") == [
        "This computer has no keychain to keep the mail password, and Otinish never writes "
        "it to a file: leave it empty and set the environment variable "
        "OTINISH_MAIL_PASSWORD instead."]
    assert register.get_setting("mailbox") is None
    dump = b"".join(bytes(r[0] or "", "utf-8") for r in register.db.execute(
        "select value from settings"))
    assert b"app-password" not in dump


def test_a_bad_server_value_is_said_and_nothing_is_saved(window, answers, register):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(register, window, tab="mail")
    dialog.mail.smtp.host.setText("smtp.example.kz")
    dialog.mail.smtp.user.setText("op")
    dialog.mail.sender.setText("not an address")
    dialog.retention.setValue(5)
    dialog.accept()
    assert answers.said("tell_error") == [
        "“not an address” is not a mail address replies can come from."]
    assert register.get_setting("smtp") is None and register.retention_years() == 3


@pytest.fixture
def prepared(window, register, tmp_path):
    register.set_setting("operator", OPERATOR)
    register.set_setting("letters_dir", str(tmp_path / "letters"))
    eml = tmp_path / "request.eml"
    eml.write_bytes(REQUEST_EML)
    rid = requests.import_email(register, requests.read_email(eml)).request_id
    letters.make_letter(register, rid, "acknowledgement")
    window.refresh(select_id=rid)
    window.panel.letters.setCurrentItem(window.panel.letters.topLevelItem(0))
    return rid


def test_reply_by_email_sends_through_smtp_and_records_the_letter_as_sent(
        window, answers, register, prepared, monkeypatch, qtbot):
    monkeypatch.setenv(MAIL_ENV_VAR, "smtp-secret")
    tab = window.panel.letters_tab
    assert tab.reply_mail.isEnabled()
    with servers.smtp_server() as server:
        reply.set_smtp(register, host="127.0.0.1", port=server.port, tls="none",
                       user=server.user, sender="privacy@example.kz")
        answers.dialog("ReplyDialog", lambda d: d.send_button.click())
        with qtbot.waitSignal(window.jobs.finished, timeout=30000) as ended:
            tab.reply_mail.click()
    assert ended.args == ["done"]
    assert len(server.received) == 1
    letter = register.get_request(prepared)["letters"][0]
    assert letter["sent_via"] == "email"
    assert not tab.reply_mail.isEnabled()


def test_reply_as_a_draft_opens_it_and_asks_before_marking_sent(
        window, answers, register, prepared, opened, tmp_path):
    target = tmp_path / "draft.eml"
    answers.values["ask_save_file"] = target
    answers.values["confirm"] = False  # not sent yet

    def fill(d):
        assert not d.send_button.isEnabled()  # no SMTP server set
        d.draft_button.click()

    answers.dialog("ReplyDialog", fill)
    window.panel.letters_tab.reply_mail.click()
    assert target.exists() and ("open", target) in opened
    assert register.get_request(prepared)["letters"][0]["sent_at"] is None


def test_a_draft_refused_in_documents_offers_another_file(
        window, answers, register, prepared, opened, tmp_path, monkeypatch):
    """Windows' Controlled Folder Access refuses the draft in Documents: the window says
    why and offers another file, where the draft is then saved."""
    from app.letters import refusals
    from tests.letters.test_refusals import refusing

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(refusals, "WINDOWS", True)
    monkeypatch.setattr(refusals, "protected_folders", lambda: [documents])
    other = tmp_path / "elsewhere.eml"
    targets = iter([documents / "draft.eml", other])
    answers.values["ask_save_file"] = lambda *args: next(targets)
    answers.values["offer"] = True  # "Choose another file…"
    answers.values["confirm"] = False  # not sent yet
    answers.dialog("ReplyDialog", lambda d: d.draft_button.click())
    with refusing(documents):
        window.panel.letters_tab.reply_mail.click()
    [said] = answers.said("offer")
    assert "Controlled Folder Access" in said and str(documents) in said
    assert other.exists() and ("open", other) in opened
    assert list(documents.iterdir()) == []


@pytest.mark.skipif(
    not dovecot.available() and os.environ.get("CI") != "true",
    reason="needs Dovecot run as root (apt: dovecot-imapd); runs in CI")
def test_check_now_fetches_as_a_window_job_and_the_count_follows(
        window, answers, register, qtbot, tmp_path, monkeypatch):
    from app.services import mailbox
    from tests.mail.test_mailbox import message

    cert = servers.self_signed(tmp_path / "cert")
    with dovecot.dovecot(tmp_path / "dovecot", cert) as server:
        monkeypatch.setenv(MAIL_ENV_VAR, server.password)
        server.deliver(message(1))
        mailbox.set_mailbox(register, host="127.0.0.1", port=server.port, tls="none",
                            user=server.user, folders=["INBOX"])
        window.commands.incoming.trigger()
        with qtbot.waitSignal(window.jobs.finished, timeout=30000) as ended:
            window.mail.dialog.check.click()
    assert ended.args == ["done"]
    assert window.mail.dialog.windowTitle() == "Incoming mail (1)"
    window.mail.dialog.close()
    assert "(1)" in window.commands.incoming.text()


def test_a_failed_sending_is_said_and_the_dialog_comes_back_with_what_was_typed(
        window, answers, register, prepared, monkeypatch, qtbot):
    monkeypatch.setenv(MAIL_ENV_VAR, "wrong")
    typed = []

    def first(d):
        d.body.setPlainText("Мой собственный текст")
        d.send_button.click()

    def second(d):
        typed.append(d.body.toPlainText())
        return False  # the operator cancels this time

    with servers.smtp_server() as server:
        reply.set_smtp(register, host="127.0.0.1", port=server.port, tls="none",
                       user=server.user, sender="privacy@example.kz")
        answers.dialog("ReplyDialog", first)
        with qtbot.waitSignal(window.jobs.finished, timeout=30000) as ended:
            window.panel.letters_tab.reply_mail.click()
            answers.dialog("ReplyDialog", second)
    assert ended.args == ["failed"]
    assert answers.said("tell_error") == [
        "The server 127.0.0.1 refused the user op@example.kz with this password; check the "
        "password (Gmail, Yandex and mail.ru want an app password)."]
    assert typed == ["Мой собственный текст"]
    assert server.received == []
    assert register.get_request(prepared)["letters"][0]["sent_at"] is None


def test_the_mailbox_is_checked_every_so_many_minutes_only_when_chosen(window, register):
    from app.services import mailbox

    window.mail.start_timer()
    assert not window.mail.timer.isActive()  # no mailbox: no network, ever
    mailbox.set_mailbox(register, host="imap.example.kz", port=None, tls="implicit",
                        user="op@example.kz", folders=["INBOX"], interval=15)
    window.mail.start_timer()
    assert window.mail.timer.isActive() and window.mail.timer.interval() == 15 * 60_000
