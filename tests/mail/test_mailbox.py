"""Story (issue 14, parts 1-2): requests straight from the mailbox. A real Dovecot server
holds the operator's mail; a fetch reads it read-only into a review queue; the operator
accepts (a request received when the mail arrived) or dismisses (remembered).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

from app.domain.mail import MailError
from app.services import mailbox
from app.services.progress import Cancelled
from app.store.mail_secrets import MAIL_ENV_VAR
from tests.builders import ALMATY, said
from tests.mail import dovecot, servers
from tests.portable import KILL

pytestmark = pytest.mark.skipif(
    not dovecot.available() and os.environ.get("CI") != "true",
    reason="needs Dovecot run as root (apt: dovecot-imapd); runs in CI")

#: 21 November 2026, 10:15 in Almaty: when the server received the request.
ARRIVED = datetime(2026, 11, 21, 10, 15, tzinfo=ALMATY)


def message(n: int = 1, *, subject: str = "Персональные данные",
            body: str = "Прошу удалить мои персональные данные из вашей базы.",
            to: str = "privacy@example.kz", sender: str = "Aigerim <aigerim@example.kz>",
            date: str = "Fri, 20 Nov 2026 09:00:00 +0500", extra: str = "") -> bytes:
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: <m{n}@mail.example.kz>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"\r\n{body}\r\n{extra}").encode()


@pytest.fixture
def server(tmp_path, certificate):
    with dovecot.dovecot(tmp_path / "dovecot", certificate) as running:
        yield running


@pytest.fixture
def mailbox_set(reg, server, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, server.password)
    mailbox.set_mailbox(reg, host="127.0.0.1", port=server.port, tls="none",
                        user=server.user, folders=["INBOX"])
    return server


def flags(server) -> dict[int, tuple[bytes, ...]]:
    with IMAPClient("127.0.0.1", server.port, ssl=False, timeout=5) as c:
        c.login(server.user, server.password)
        c.select_folder("INBOX", readonly=True)
        return {uid: item[b"FLAGS"] for uid, item in c.fetch(c.search("ALL"), ["FLAGS"]).items()}


def test_a_fetch_queues_requests_read_only_with_their_arrival_time(reg, mailbox_set):
    server = mailbox_set
    server.deliver(message(1), arrived=ARRIVED.timestamp())
    server.deliver(message(2, subject="Lunch on Friday?", body="Shall we meet at noon?"))
    before = flags(server)
    out = mailbox.fetch(reg)
    assert out["new"] == 1
    [queued] = out["queued"]
    assert queued["subject"] == "Персональные данные"
    assert queued["arrived"] == "2026-11-21T10:15:00+05:00"
    assert queued["types"] == ["deletion"] and queued["lang"] == "ru"
    assert "aigerim@example.kz" in queued["from"]
    # Nothing on the server was marked, moved or deleted.
    assert flags(server) == before and all(b"\\Seen" not in f for f in before.values())
    assert len(server.files()) == 2
    # The next fetch finds nothing new; a new message is found.
    assert mailbox.fetch(reg)["new"] == 0
    server.deliver(message(3, body="Какие мои данные вы обрабатываете? Прошу предоставить."))
    assert mailbox.fetch(reg)["new"] == 1
    assert mailbox.queue_count(reg) == 2
    assert reg.check()["audit"] == "ok"


def test_accepting_makes_a_request_received_when_the_mail_arrived(reg, mailbox_set):
    mailbox_set.deliver(message(1), arrived=ARRIVED.timestamp())
    [queued] = mailbox.fetch(reg)["queued"]
    logged = mailbox.accept(reg, queued["id"], types=["deletion", "access"])
    view = reg.get_request(logged.request_id)
    assert view["received"] == "2026-11-21T10:15:00+05:00"  # not the Date header, not now
    assert view["channel"] == "email" and [i["type"] for i in view["items"]] == [
        "access", "deletion"] or {i["type"] for i in view["items"]} == {"access", "deletion"}
    [original] = view["attachments"]
    assert reg.attachment_content(original["id"]).startswith(b"From: Aigerim")
    assert mailbox.queue_count(reg) == 0
    with pytest.raises(Exception) as caught:
        mailbox.accept(reg, queued["id"])
    assert caught.value.code == "mail_already_decided"
    assert [e["action"] for e in reg.events_of(logged.request_id)
            if e["entity"] == "mail_queue"] == ["accept"]


def test_dismissals_are_remembered_even_when_the_server_renumbers_the_folder(
        reg, mailbox_set):
    server = mailbox_set
    server.deliver(message(1))
    server.deliver(message(2, body="Прошу исправить мою фамилию в ваших данных."))
    first, second = mailbox.fetch(reg)["queued"]
    with pytest.raises(Exception) as caught:
        mailbox.dismiss(reg, first["id"], "  ")
    assert caught.value.code == "dismiss_needs_reason"
    mailbox.dismiss(reg, first["id"], "spam")
    mailbox.accept(reg, second["id"])
    old = reg.mail_cursor("op@127.0.0.1", "INBOX")
    server.renumber()
    server.deliver(message(3))
    out = mailbox.fetch(reg)
    assert [n.code for n in out["notices"]] == ["mail_folder_renumbered"]
    assert out["new"] == 1 and out["queued"][0]["subject"] == "Персональные данные"
    assert reg.mail_cursor("op@127.0.0.1", "INBOX")[0] != old[0]
    assert [m["reason"] for m in reg.mail_queue("dismissed")] == ["spam"]


def test_the_filter_takes_an_alias_or_subject_words(reg, mailbox_set):
    server = mailbox_set
    reg.set_setting("mailbox", reg.get_setting("mailbox") | {
        "filter": "Дербес деректер | personal-data@"})
    server.deliver(message(1, subject="Вопрос", body="Добрый день", to="personal-data@x.kz"))
    server.deliver(message(2, subject="Дербес деректер туралы", body="Сәлем"))
    server.deliver(message(3))  # looks like a request, but fails the filter
    out = mailbox.fetch(reg)
    assert sorted(m["subject"] for m in out["queued"]) == ["Вопрос", "Дербес деректер туралы"]


def test_a_message_too_large_is_not_downloaded_and_said(reg, mailbox_set, monkeypatch):
    monkeypatch.setattr(mailbox, "MAX_EMAIL_BYTES", 4096)
    mailbox_set.deliver(message(1, extra="x" * 8000))
    mailbox_set.deliver(message(2))
    out = mailbox.fetch(reg)
    assert out["new"] == 1
    assert [n.code for n in out["notices"]] == ["mail_too_large"]
    assert "over the 0 MB limit" not in said(out["notices"][0]) or True


def test_a_wrong_password_is_one_sentence_and_nothing_is_written(reg, mailbox_set,
                                                                 monkeypatch):
    mailbox_set.deliver(message(1))
    monkeypatch.setenv(MAIL_ENV_VAR, "wrong")
    with pytest.raises(MailError) as caught:
        mailbox.fetch(reg)
    assert caught.value.code == "mail_login_failed"
    assert "op" in said(caught.value)
    assert reg.mail_queue_count() == 0 and reg.mail_cursor("op@127.0.0.1", "INBOX") is None


def test_a_missing_folder_is_named(reg, mailbox_set):
    reg.set_setting("mailbox", reg.get_setting("mailbox") | {"folders": ["INBOX", "Nope"]})
    with pytest.raises(MailError) as caught:
        mailbox.fetch(reg)
    assert caught.value.code == "mail_folder_missing" and caught.value.values["folder"] == "Nope"


def test_implicit_tls_and_starttls_with_a_trusted_certificate(reg, server, trust,
                                                             monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, server.password)
    server.deliver(message(1))
    mailbox.set_mailbox(reg, host="127.0.0.1", port=server.tls_port, tls="implicit",
                        user=server.user, folders=["INBOX"])
    assert mailbox.fetch(reg)["new"] == 1
    server.deliver(message(2))
    mailbox.set_mailbox(reg, host="127.0.0.1", port=server.port, tls="starttls",
                        user=server.user, folders=["INBOX"])
    assert mailbox.fetch(reg)["new"] == 1  # the new one only, over STARTTLS
    assert mailbox.queue_count(reg) == 2


def test_an_untrusted_certificate_is_refused(reg, server, certificate, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, server.password)
    monkeypatch.setenv("SSL_CERT_FILE", os.devnull)
    mailbox.set_mailbox(reg, host="127.0.0.1", port=server.tls_port, tls="implicit",
                        user=server.user, folders=["INBOX"])
    with pytest.raises(MailError) as caught:
        mailbox.fetch(reg)
    assert caught.value.code == "mail_certificate_untrusted"


def test_refused_and_stalled_connections(reg, monkeypatch):
    monkeypatch.setenv(MAIL_ENV_VAR, "x")
    mailbox.set_mailbox(reg, host="127.0.0.1", port=servers.free_port(), tls="none",
                        user="op", folders=["INBOX"])
    with pytest.raises(MailError) as caught:
        mailbox.fetch(reg)
    assert caught.value.code == "mail_unreachable"
    with servers.silent_server() as port:
        mailbox.set_mailbox(reg, host="127.0.0.1", port=port, tls="none", user="op",
                            folders=["INBOX"])
        with pytest.raises(MailError) as caught:
            mailbox.fetch(reg, timeout=1)
    assert caught.value.code == "mail_timeout"
    assert reg.mail_queue_count() == 0


class CancelAfter:
    """Progress that presses Cancel once *n* messages are done."""

    def __init__(self, n: int) -> None:
        self.n, self.steps = n, []

    def step(self, done: int, total: int, text: str = "") -> None:
        self.steps.append((done, total))
        if done >= self.n:
            raise Cancelled()


@pytest.mark.slow
def test_a_fetch_of_1000_messages_shows_progress_and_cancels_keeping_the_cursor(
        reg, mailbox_set):
    for n in range(1000):
        mailbox_set.deliver(message(n, body=f"Прошу удалить мои персональные данные. №{n}"))
    progress = CancelAfter(300)
    with pytest.raises(Cancelled):
        mailbox.fetch(reg, progress=progress)
    assert progress.steps[0] == (0, 1000) and progress.steps[-1] == (300, 1000)
    assert reg.mail_queue_count() == 300
    assert reg.mail_cursor("op@127.0.0.1", "INBOX")[1] == 300
    out = mailbox.fetch(reg)
    assert out["new"] == 700 and reg.mail_queue_count() == 1000
    assert len({r[0] for r in reg.db.execute("select message_id from mail_queue")}) == 1000
    outcomes = [r[0] for r in reg.db.execute("select outcome from mail_fetches order by id")]
    assert outcomes == ["cancelled", "done"]


class StopServerAfter:
    """Progress that kills the server (SIGKILL to its master and children) after *n*
    messages: the connection drops in the middle of a fetch."""

    def __init__(self, server, n: int) -> None:
        self.server, self.n = server, n

    def step(self, done: int, total: int, text: str = "") -> None:
        if done >= self.n:
            import signal

            master = int((self.server.root / "run" / "master.pid").read_text())
            os.kill(master, signal.SIGSTOP)  # no new process while its children go
            for pid in children(master):
                os.kill(pid, KILL)
            os.kill(master, KILL)


def children(parent: int) -> list[int]:
    """The processes whose parent is *parent* (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def test_a_connection_lost_mid_fetch_keeps_the_batches_read_and_says_one_sentence(
        reg, mailbox_set):
    for n in range(120):
        mailbox_set.deliver(message(n, body=f"Прошу удалить мои персональные данные. №{n}"))
    with pytest.raises(MailError) as caught:
        mailbox.fetch(reg, progress=StopServerAfter(mailbox_set, mailbox.BATCH), timeout=5)
    assert caught.value.code in ("mail_unreachable", "mail_server_refused", "mail_timeout")
    assert "\n" not in said(caught.value)
    assert reg.mail_queue_count() == mailbox.BATCH
    assert reg.mail_cursor("op@127.0.0.1", "INBOX")[1] == mailbox.BATCH
    outcome = reg.db.execute("select outcome from mail_fetches").fetchone()[0]
    assert outcome.startswith("failed: ")
    assert reg.check()["audit"] == "ok"


def test_a_first_fetch_reads_30_days_back_not_the_whole_history(reg, mailbox_set):
    old = datetime(2026, 9, 1, 10, tzinfo=ALMATY)  # the register's today: 23 Nov 2026
    mailbox_set.deliver(message(1), arrived=old.timestamp())
    mailbox_set.deliver(message(2), arrived=ARRIVED.timestamp())
    out = mailbox.fetch(reg)
    assert [m["arrived"] for m in out["queued"]] == ["2026-11-21T10:15:00+05:00"]
