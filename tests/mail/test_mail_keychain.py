"""The mail password in a real Secret Service keychain (dbus-run-session + gnome-keyring):
`mail set` keeps the password given once in OTINISH_MAIL_PASSWORD, and a later `mail
fetch` without it reads the mailbox (a real Dovecot) with the password from the keychain;
the password is in no file of the register's folder or home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import PASSPHRASE
from tests.mail import dovecot
from tests.mail.test_mailbox import message

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
missing = [tool for tool in NEEDED if shutil.which(tool) is None]

pytestmark = pytest.mark.skipif(
    (bool(missing) or not dovecot.available()) and os.environ.get("CI") != "true",
    reason=f"needs {', '.join(missing) or 'Dovecot as root'} (apt: dbus gnome-keyring "
           "dovecot-imapd); runs in CI")

SCRIPT = """
set -e
echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
PY="{python}"
$PY -m app.cli --db "$DB" --json init
OTINISH_MAIL_PASSWORD="$MAILPW" $PY -m app.cli --db "$DB" --json mail set --host 127.0.0.1 \
  --port "$PORT" --tls none --user op --folder INBOX
$PY -m app.cli --db "$DB" --json mail fetch
"""


def test_the_mail_password_is_kept_in_the_keychain_and_used_from_there(tmp_path, certificate):
    db = tmp_path / "register.otinish"
    with dovecot.dovecot(tmp_path / "dovecot", certificate) as server:
        server.deliver(message(1))
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHON_KEYRING_BACKEND", "OTINISH_MAIL_PASSWORD")}
        env.update({"DB": str(db), "HOME": str(tmp_path / "home"),
                    "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
                    "XDG_RUNTIME_DIR": str(tmp_path), "OTINISH_PASSPHRASE": PASSPHRASE,
                    "MAILPW": server.password, "PORT": str(server.port)})
        (tmp_path / "home").mkdir()
        proc = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", SCRIPT.format(python=sys.executable)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"password": "keyring"' in proc.stdout
    assert '"new": 1' in proc.stdout
    leaks = [str(p) for p in tmp_path.rglob("*") if p.is_file() and "dovecot" not in p.parts
             and server.password.encode() in p.read_bytes() and p.name != "passwd"]
    assert leaks == []
