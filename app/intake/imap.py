"""Reading the operator's mailbox over IMAP, read-only (IMAPClient does the protocol).

Folders are opened with EXAMINE and messages read with BODY.PEEK, so nothing on the
server is marked read, moved or deleted; this module sends no STORE, COPY, MOVE or
EXPUNGE. A folder is read by UID after the last one seen (the caller keeps the cursor:
UIDVALIDITY and the last UID). Each message's headers and size come first, so an
oversized message is never downloaded and a filter can pass over the rest. Every
failure is one `MailError` code: wrong password, TLS, timeout, unreachable, no such
folder.
"""

from __future__ import annotations

import contextlib
import imaplib
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.parser import HeaderParser
from email.policy import compat32
from typing import Any

from app.domain.clock import ALMATY
from app.domain.identifiers import message_id_key
from app.domain.mail import MailError
from app.intake.mail_net import connection_problem

#: Seconds to wait for the server at each step before giving up.
TIMEOUT = 30.0
#: The headers read before a message is downloaded: who it was sent to and its subject
#: (for the filter), and its Message-ID (to skip what the register already holds).
_HEADERS = "TO CC DELIVERED-TO X-ORIGINAL-TO SUBJECT MESSAGE-ID"


@dataclass(frozen=True)
class Header:
    """What is known of a message before it is downloaded."""

    uid: int
    size: int
    arrived: datetime  # INTERNALDATE: when the server received it, Almaty time
    recipients: str
    subject: str
    message_id: str | None


def _decoded(value: Any) -> str:
    from email.header import decode_header, make_header

    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError):
        return str(value)


class Mailbox:
    """One read-only IMAP session; use as a context manager."""

    def __init__(self, setting: dict[str, Any], password: str, *,
                 timeout: float = TIMEOUT) -> None:
        self.setting = setting
        self.password = password
        self.timeout = timeout
        self.client: Any = None
        self.folder: str | None = None

    # ------------------------------------------------------------------ errors
    @contextlib.contextmanager
    def _guard(self, folder: str | None = None) -> Iterator[None]:
        from imapclient.exceptions import IMAPClientError, LoginError

        host, port = self.setting["host"], int(self.setting["port"])
        try:
            yield
        except MailError:
            raise
        except LoginError as exc:
            raise connection_problem(exc, host=host, port=port, user=self.setting["user"],
                                     login_failed=True) from None
        except (ssl.SSLError, TimeoutError, OSError) as exc:
            raise connection_problem(exc, host=host, port=port) from None
        except imaplib.IMAP4.abort as exc:  # the connection broke off (a timeout inside)
            raise connection_problem(exc, host=host, port=port) from None
        except (IMAPClientError, imaplib.IMAP4.error) as exc:
            if folder is not None and _no_such_folder(exc):
                raise MailError("mail_folder_missing", folder=folder) from None
            raise connection_problem(exc, host=host, port=port) from None

    # ------------------------------------------------------------------ session
    def __enter__(self) -> Mailbox:
        from imapclient import IMAPClient

        tls = self.setting["tls"]
        context = ssl.create_default_context()
        try:
            self._connect(IMAPClient, tls, context)
        except BaseException:
            self.__exit__()  # a refused login or STARTTLS leaves no socket open
            raise
        return self

    def _connect(self, client_class: Any, tls: str, context: ssl.SSLContext) -> None:
        with self._guard():
            self.client = client_class(self.setting["host"], port=int(self.setting["port"]),
                                     ssl=tls == "implicit", ssl_context=context,
                                     timeout=self.timeout)
            # INTERNALDATE with its own offset, not converted to this computer's zone.
            self.client.normalise_times = False
            if tls == "starttls":
                if b"STARTTLS" not in self.client.capabilities():
                    raise MailError("mail_starttls_unsupported", host=self.setting["host"],
                                    port=int(self.setting["port"]))
                self.client.starttls(context)
            self.client.login(self.setting["user"], self.password)

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.logout()
            with contextlib.suppress(Exception):
                self.client.shutdown()

    def examine(self, folder: str) -> int:
        """Open *folder* read-only (EXAMINE); return its UIDVALIDITY. A refusal that is not
        "no such folder" (a busy server's temporary NO) is tried once more."""
        from imapclient.exceptions import IMAPClientError

        try:
            info = self.client.select_folder(folder, readonly=True)
        except (IMAPClientError, imaplib.IMAP4.error) as exc:
            if _no_such_folder(exc):
                raise MailError("mail_folder_missing", folder=folder) from None
            time.sleep(RETRY_SECONDS)
            with self._guard(folder):
                info = self.client.select_folder(folder, readonly=True)
        except Exception:
            with self._guard(folder):
                raise
        self.folder = folder
        return int(info[b"UIDVALIDITY"])

    def uids_after(self, last_uid: int, since: date | None = None) -> list[int]:
        """UIDs above *last_uid* in the open folder (arrived on or after *since*)."""
        criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        with self._guard():
            found = self.client.search(criteria)
        # "n:*" always matches the last message, even when its UID is below n.
        return sorted(int(u) for u in found if int(u) > last_uid)

    def headers(self, uids: list[int]) -> list[Header]:
        """Size, arrival and the filter's headers of *uids*, in UID order (nothing marked)."""
        if not uids:
            return []
        with self._guard():
            data = self.client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE",
                                            f"BODY.PEEK[HEADER.FIELDS ({_HEADERS})]"])
        out = []
        for uid in sorted(data):
            item = data[uid]
            raw = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
            # Raw 8-bit headers are UTF-8 in practice; encoded words are decoded below.
            head = HeaderParser(policy=compat32).parsestr(
                bytes(raw or b"").decode("utf-8", "replace"))
            arrived = item.get(b"INTERNALDATE")
            if not isinstance(arrived, datetime):
                arrived = datetime.now(ALMATY)
            elif arrived.tzinfo is None:
                arrived = arrived.replace(tzinfo=ALMATY)
            recipients = " ".join(_decoded(head.get(h)) for h in
                                  ("To", "Cc", "Delivered-To", "X-Original-To"))
            message_id = message_id_key(str(head.get("Message-ID") or ""))
            out.append(Header(int(uid), int(item.get(b"RFC822.SIZE") or 0),
                              arrived.astimezone(ALMATY), recipients,
                              _decoded(head.get("Subject")), message_id))
        return out

    def bodies(self, uids: list[int]) -> dict[int, bytes]:
        """The whole messages of *uids*, exactly as the server holds them (BODY.PEEK[])."""
        if not uids:
            return {}
        with self._guard():
            data = self.client.fetch(uids, ["BODY.PEEK[]"])
        return {int(uid): bytes(item.get(b"BODY[]") or b"") for uid, item in data.items()}


#: How long to wait before trying a temporarily refused EXAMINE again.
RETRY_SECONDS = 0.5


def _no_such_folder(exc: BaseException) -> bool:
    """Whether the server's NO says the folder does not exist (RFC 5530's NONEXISTENT, or
    the words servers use), not some other refusal."""
    text = str(exc).lower()
    return "nonexistent" in text or "doesn't exist" in text or "does not exist" in text \
        or "no such" in text or "unknown mailbox" in text
