"""What a failed connection to a mail server means, as one `MailError` code.

Used by the mailbox reader (IMAP, this layer) and by the SMTP sending (services): a
wrong password, a TLS failure (a certificate the system does not trust, a server
without TLS), a timeout, an unknown host, an unreachable server.
"""

from __future__ import annotations

import socket
import ssl

from app.domain.mail import MailError


def connection_problem(exc: BaseException, *, host: str, port: int, user: str = "",
                       login_failed: bool = False) -> MailError:
    """The one sentence's code for a failed connection to a mail server.

    Only classifies the exception (the network work is the caller's): a wrong password,
    a TLS failure (a certificate the system does not trust, a server without TLS), a
    timeout, an unreachable server. The server's own words are not kept: they may name
    the user, and the code says what to do.
    """
    if login_failed:
        return MailError("mail_login_failed", user=user, host=host, port=port)
    # A library may wrap the socket's error ("connection unexpectedly closed: timed out").
    cause = exc
    while cause.__context__ is not None and not isinstance(cause, (TimeoutError, ssl.SSLError)):
        cause = cause.__context__
    if isinstance(cause, (TimeoutError, socket.timeout, ssl.SSLError, ConnectionError)):
        exc = cause
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return MailError("mail_timeout", host=host, port=port)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError("mail_certificate_untrusted", host=host, port=port)
    if isinstance(exc, ssl.SSLError):
        return MailError("mail_tls_failed", host=host, port=port)
    if isinstance(exc, socket.gaierror):
        return MailError("mail_host_unknown", host=host, port=port)
    if isinstance(exc, (ConnectionError, OSError)):
        return MailError("mail_unreachable", host=host, port=port)
    return MailError("mail_server_refused", host=host, port=port)
