"""A throwaway Dovecot IMAP server for the tests (see PITFALLS.md, "A real IMAP server").

Started with its own config in a temp folder, listening on 127.0.0.1 only, one
passwd-file user `op` with a Maildir; plain IMAP on one port and implicit TLS (a
self-signed certificate) on another; stopped by the pid in base_dir/master.pid.
Messages are delivered by writing Maildir files; a file's mtime is the message's
INTERNALDATE.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from tests.mail.servers import DOVECOT, Certificate, free_port, wait_for_port
from tests.portable import IS_ROOT

USER, PASSWORD = "op", "dove-Pw-4711"
MAIL_UID = 65534  # nobody: Dovecot refuses uid 0 for a mail user

CONFIG = """
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 0
mail_location = maildir:~/Maildir
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = {root}/passwd
}}
ssl = {ssl}
{ssl_lines}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""


@dataclass
class Dovecot:
    root: Path
    port: int
    tls_port: int
    user: str = USER
    password: str = PASSWORD

    @property
    def maildir(self) -> Path:
        return self.root / "mail" / USER / "Maildir"

    def folder(self, name: str = "INBOX") -> Path:
        return self.maildir if name == "INBOX" else self.maildir / f".{name}"

    def deliver(self, data: bytes, *, arrived: float | None = None,
                folder: str = "INBOX") -> Path:
        """Put a message in a folder as a mail server would (new/), arrived at *arrived*
        (epoch seconds: the INTERNALDATE)."""
        base = self.folder(folder)
        for sub in ("new", "cur", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
            os.chown(base / sub, MAIL_UID, MAIL_UID)
        os.chown(base, MAIL_UID, MAIL_UID)
        name = f"{int(time.time())}.{uuid.uuid4().hex}.test"
        path = base / "new" / name
        path.write_bytes(data)
        os.chown(path, MAIL_UID, MAIL_UID)
        if arrived is not None:
            os.utime(path, (arrived, arrived))
        return path

    def files(self, folder: str = "INBOX") -> dict[str, tuple[bytes, float]]:
        """Every message file of a folder: name -> (bytes, mtime), to show nothing changed
        (Maildir keeps flags such as \\Seen in the file name)."""
        base = self.folder(folder)
        return {str(p.relative_to(base)): (p.read_bytes(), p.stat().st_mtime)
                for sub in ("new", "cur") for p in sorted((base / sub).glob("*"))}

    def renumber(self, folder: str = "INBOX") -> None:
        """Make the server give the folder a new UIDVALIDITY (its UID list and indexes
        go, as after a server move)."""
        base = self.folder(folder)
        for p in list(base.glob("dovecot*")):
            p.unlink()
        # Dovecot takes the current time as the new UIDVALIDITY: make it differ.
        time.sleep(1.1)


def available() -> bool:
    return DOVECOT is not None and IS_ROOT


@contextlib.contextmanager
def dovecot(root: Path, certificate: Certificate):
    """Run Dovecot from *root* (created) until the block ends."""
    root.mkdir(parents=True, exist_ok=True)
    for folder in (root, *root.parents):
        if folder == Path("/"):
            break
        with contextlib.suppress(OSError):
            os.chmod(folder, os.stat(folder).st_mode | 0o755)
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir(exist_ok=True)
    home = root / "mail" / USER
    (home / "Maildir").mkdir(parents=True, exist_ok=True)
    for p in (root / "mail", home, home / "Maildir"):
        os.chown(p, MAIL_UID, MAIL_UID)
    (root / "passwd").write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{MAIL_UID}:{MAIL_UID}::{home}\n")
    server = Dovecot(root, free_port(), free_port())
    ssl_lines = f"ssl_cert = <{certificate.cert}\nssl_key = <{certificate.key}"
    conf = root / "dovecot.conf"
    conf.write_text(CONFIG.format(root=root, ssl="yes", ssl_lines=ssl_lines,
                                  port=server.port, tls_port=server.tls_port))
    # The daemon keeps its inherited stdout and stderr: never a pipe we would wait on.
    with open(root / "start.log", "wb") as log:
        proc = subprocess.run([DOVECOT, "-c", str(conf)], stdout=log, stderr=log,
                              stdin=subprocess.DEVNULL, timeout=30)
    if proc.returncode != 0:
        raise RuntimeError(f"dovecot did not start: {(root / 'start.log').read_text()}")
    try:
        wait_for_port(server.port)
        wait_for_port(server.tls_port)
        yield server
    finally:
        pid_file = root / "run" / "master.pid"
        with contextlib.suppress(OSError, ValueError):
            pid = int(pid_file.read_text().strip())
            os.kill(pid, signal.SIGTERM)
            for _ in range(100):
                try:
                    os.kill(pid, 0)
                except OSError:
                    break
                time.sleep(0.05)
