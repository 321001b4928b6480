"""The operator's mail servers as values: what a mailbox (IMAP) or an SMTP setting holds.

Both are opt-in: nothing touches the network until the operator saves one. A setting
holds no password (that lives in the OS keychain, or `OTINISH_MAIL_PASSWORD` for
scripts). The checks here are the one place a server setting is judged, for the
window, the command line and the register alike.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import DomainError, UserError

#: How the connection is protected: TLS from the first byte, STARTTLS, or plain text.
TLS_MODES: tuple[str, ...] = ("implicit", "starttls", "none")
#: The usual port of each protocol and TLS mode.
DEFAULT_PORTS: dict[tuple[str, str], int] = {
    ("imap", "implicit"): 993, ("imap", "starttls"): 143, ("imap", "none"): 143,
    ("smtp", "implicit"): 465, ("smtp", "starttls"): 587, ("smtp", "none"): 25,
}
#: The most folders one mailbox setting may name.
MAX_FOLDERS = 20
#: How often the window may check the mailbox on its own (minutes; 0 = only "Check now").
MAX_INTERVAL_MINUTES = 24 * 60

_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
_HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]+$")


def _server(value: dict[str, Any], protocol: str) -> dict[str, Any]:
    host = str(value.get("host") or "").strip()
    if not host or not _HOST.match(host):
        raise DomainError("mail_host_invalid", value=host)
    tls = str(value.get("tls") or "implicit")
    if tls not in TLS_MODES:
        raise DomainError("mail_tls_mode_unknown", value=tls, allowed=", ".join(TLS_MODES))
    port = value.get("port") or DEFAULT_PORTS[(protocol, tls)]
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise DomainError("mail_port_invalid", value=str(port)) from None
    if not 0 < port < 65536:
        raise DomainError("mail_port_invalid", value=str(port))
    user = str(value.get("user") or "").strip()
    if not user:
        raise DomainError("mail_user_missing")
    return {"host": host, "port": port, "tls": tls, "user": user}


def check_mailbox(value: Any) -> dict[str, Any] | None:
    """A mailbox setting, cleaned: host, port, tls, user, folders, filter, interval."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise DomainError("mail_setting_invalid")
    clean = _server(value, "imap")
    folders = value.get("folders") or ["INBOX"]
    if isinstance(folders, str):
        folders = [folders]
    folders = list(dict.fromkeys(str(f).strip() for f in folders if str(f).strip()))
    if not folders or len(folders) > MAX_FOLDERS:
        raise DomainError("mail_folders_invalid", most=MAX_FOLDERS)
    interval = value.get("interval") or 0
    try:
        interval = int(interval)
    except (TypeError, ValueError):
        interval = -1
    if not 0 <= interval <= MAX_INTERVAL_MINUTES:
        raise DomainError("mail_interval_invalid", most=MAX_INTERVAL_MINUTES)
    text = " ".join(str(value.get("filter") or "").split())
    return clean | {"folders": folders, "filter": text or None, "interval": interval}


def check_smtp(value: Any) -> dict[str, Any] | None:
    """An SMTP setting, cleaned: host, port, tls, user, from (the address replies come from)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise DomainError("mail_setting_invalid")
    clean = _server(value, "smtp")
    sender = str(value.get("from") or "").strip()
    if not _ADDRESS.match(sender):
        raise DomainError("mail_from_invalid", value=sender)
    return clean | {"from": sender}


def filter_words(text: str | None) -> list[str]:
    """The filter as the alternatives it allows: "a | b" or "a, b" or one phrase."""
    if not text:
        return []
    parts = re.split(r"\s*[|;,]\s*", text)
    return [p.casefold() for p in parts if p.strip()]


def matches_filter(text: str | None, recipients: str, subject: str) -> bool:
    """Whether a message passes the mailbox filter: any alternative found in a recipient
    address (an alias such as privacy@) or in the subject (words such as «Персональные
    данные»), case-folded. No filter: every message passes."""
    words = filter_words(text)
    if not words:
        return True
    haystack = f"{recipients}\n{subject}".casefold()
    return any(w in haystack for w in words)


class MailError(UserError):
    """A mail server could not be reached, refused us, or stalled: `code` says which."""
