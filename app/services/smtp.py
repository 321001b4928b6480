"""Sending a reply through the operator's SMTP server (implicit TLS, STARTTLS or plain).

The exact bytes given are the bytes sent (and the ones the register keeps). Every
failure becomes one `MailError` code: a wrong password, a TLS failure, a timeout, an
unreachable server, a refused recipient or sender.
"""

from __future__ import annotations

import smtplib
import ssl
from typing import Any

from app.domain.mail import MailError
from app.intake.mail_net import connection_problem

#: Seconds to wait for the server at each step before giving up.
TIMEOUT = 30.0


def send(setting: dict[str, Any], password: str | None, *, sender: str,
         recipients: list[str], content: bytes, timeout: float = TIMEOUT) -> None:
    """Send *content* (a whole RFC 5322 message) to *recipients*; raise MailError."""
    host, port, tls = setting["host"], int(setting["port"]), setting["tls"]
    context = ssl.create_default_context()
    try:
        if tls == "implicit":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout,
                                                    context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
        with client:
            client.ehlo()
            if tls == "starttls":
                if not client.has_extn("starttls"):
                    raise MailError("mail_starttls_unsupported", host=host, port=port)
                client.starttls(context=context)
                client.ehlo()
            if password:
                try:
                    client.login(setting["user"], password)
                except smtplib.SMTPAuthenticationError as exc:
                    raise connection_problem(exc, host=host, port=port, user=setting["user"],
                                             login_failed=True) from None
                except smtplib.SMTPNotSupportedError:
                    raise MailError("smtp_auth_unsupported", host=host, port=port) from None
            client.sendmail(sender, recipients, content)
    except MailError:
        raise
    except smtplib.SMTPRecipientsRefused:
        raise MailError("smtp_recipient_refused", recipient=", ".join(recipients)) from None
    except smtplib.SMTPSenderRefused:
        raise MailError("smtp_sender_refused", sender=sender) from None
    except smtplib.SMTPDataError as exc:
        raise MailError("smtp_message_refused", host=host, code=exc.smtp_code) from None
    except smtplib.SMTPServerDisconnected as exc:
        raise connection_problem(exc, host=host, port=port) from None
    except smtplib.SMTPException as exc:
        raise MailError("mail_server_refused", host=host, port=port) from exc
    except OSError as exc:  # refused, unreachable, timeout, TLS
        raise connection_problem(exc, host=host, port=port) from None
