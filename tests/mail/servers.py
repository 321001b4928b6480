"""Real mail servers for the tests: aiosmtpd in this process, Dovecot as a child process,
a self-signed certificate made with openssl, a server that accepts and then says nothing.

Nothing here is a mock: the app talks SMTP and IMAP over 127.0.0.1 sockets to real
servers, and the tests assert on what the servers received or hold.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------ certificates
@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert), str(self.key))
        return ctx


def self_signed(folder: Path) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost (openssl)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    os.chmod(key, 0o644)  # Dovecot's config process reads it as root; the test owns it
    return Certificate(cert, key)


# ------------------------------------------------------------------ SMTP
@dataclass
class SmtpServer:
    """An aiosmtpd server: what it received (exact bytes, envelope) and its login."""

    port: int
    user: str = "op@example.kz"
    password: str = "smtp-secret"
    received: list[dict[str, Any]] = field(default_factory=list)


@contextlib.contextmanager
def smtp_server(*, tls: str = "none", certificate: Certificate | None = None):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    server = SmtpServer(free_port())

    class Handler:
        async def handle_DATA(self, _server, session, envelope):  # noqa: N802
            server.received.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                    "data": envelope.original_content})
            return "250 OK"

    def authenticator(_server, _session, _envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and \
            auth_data.login.decode() == server.user and \
            auth_data.password.decode() == server.password
        return AuthResult(success=ok, handled=False)

    kwargs: dict[str, Any] = {"authenticator": authenticator, "auth_require_tls": False}
    if tls == "implicit":
        kwargs["ssl_context"] = certificate.server_context()
    elif tls == "starttls":
        kwargs["tls_context"] = certificate.server_context()
        kwargs["require_starttls"] = True
    controller = Controller(Handler(), hostname="127.0.0.1", port=server.port, **kwargs)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


# ------------------------------------------------------------------ a stalling server
@contextlib.contextmanager
def silent_server():
    """Accepts connections and never says a word (a server that stalls)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(sock.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        sock.close()


def wait_for_port(port: int, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
