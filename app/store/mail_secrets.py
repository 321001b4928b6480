"""Where the mailbox and SMTP passwords come from: the environment, or the OS keychain.

`OTINISH_MAIL_PASSWORD` (for scripts) wins; otherwise the keychain entry of the
server and user. A password is never written to a file or a setting.
"""

from __future__ import annotations

import os
from typing import Any

MAIL_ENV_VAR = "OTINISH_MAIL_PASSWORD"
KEYRING_SERVICE = "Otinish mail"


def _account(protocol: str, setting: dict[str, Any]) -> str:
    return f"{protocol}:{setting['user']}@{setting['host']}:{setting['port']}"


def mail_password(protocol: str, setting: dict[str, Any]) -> tuple[str | None, str]:
    """(password, where from: "env", "keyring" or "none") for an IMAP or SMTP setting."""
    env = os.environ.get(MAIL_ENV_VAR)
    if env:
        return env, "env"
    import keyring

    try:
        stored = keyring.get_password(KEYRING_SERVICE, _account(protocol, setting))
    except Exception:  # noqa: BLE001 - any keychain failure (see secrets._errors)
        stored = None
    return (stored, "keyring") if stored else (None, "none")


def store_mail_password(protocol: str, setting: dict[str, Any], password: str) -> bool:
    """Keep the password of a server in the keychain; False when no keychain takes it."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _account(protocol, setting), password)
    except Exception:  # noqa: BLE001 - any keychain failure (see secrets._errors)
        return False
    return True
