"""Mail in and out from a terminal (issue 14): `mail ...`, `smtp set`, `reply`.

Passwords come from `OTINISH_MAIL_PASSWORD` or the OS keychain; `mail set` and
`smtp set` keep a password given in that variable in the keychain when there is one.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.domain.mail import TLS_MODES
from app.services import reply
from app.store import Register
from app.store.mail_secrets import MAIL_ENV_VAR

from .messages import word
from .output import emit


def _server_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--host", required=True)
    s.add_argument("--port", type=int, help="default: the usual port of the TLS mode")
    s.add_argument("--tls", required=True, choices=TLS_MODES)
    s.add_argument("--user", required=True)


def register_commands(sub: Any, reg: Any, parser_class: type) -> None:
    """Add `mail`, `smtp` and `reply` to the CLI (*reg* opens the register around a
    command)."""
    from . import mail_in

    mail_in.register_commands(sub, reg, parser_class, _server_options)

    smtp_p = sub.add_parser("smtp", help="the SMTP server replies are sent through")
    smtp_sub = smtp_p.add_subparsers(dest="smtp_command", required=True,
                                     parser_class=parser_class)
    s = smtp_sub.add_parser("set", help=f"save the SMTP server (password from {MAIL_ENV_VAR} "
                            "or the keychain)")
    _server_options(s)
    s.add_argument("--from", dest="sender", required=True, help="the address replies come from")
    s.set_defaults(func=reg(smtp_set))

    s = sub.add_parser("reply", help="reply to the requester by email with a prepared letter")
    s.add_argument("number", help="the letter's outgoing number")
    s.add_argument("--pdf", action="store_true", help="attach a PDF too (needs LibreOffice)")
    s.add_argument("--with-original", action="store_true",
                   help="attach the original request")
    how = s.add_mutually_exclusive_group(required=True)
    how.add_argument("--eml", metavar="FILE", help="save a draft .eml to open in a mail client "
                     "(record it with 'sent NUMBER --via email' once sent)")
    how.add_argument("--smtp", action="store_true",
                     help="send it now through the SMTP server (recorded as sent)")
    s.set_defaults(func=reg(reply_cmd))


def smtp_set(register: Register, args: argparse.Namespace) -> None:
    out = reply.set_smtp(register, host=args.host, port=args.port, tls=args.tls,
                         user=args.user, sender=args.sender,
                         password=os.environ.get(MAIL_ENV_VAR))
    emit(args, out, lambda: f"SMTP server saved: {out['smtp']['host']}:"
         f"{out['smtp']['port']} ({out['smtp']['tls']}); password: {out['password']}.")


def reply_cmd(register: Register, args: argparse.Namespace) -> None:
    if args.smtp:
        out = reply.send_reply(register, args.number, pdf=args.pdf,
                               with_original=args.with_original)
    else:
        out = reply.save_draft(register, args.number, Path(args.eml), pdf=args.pdf,
                               with_original=args.with_original)
    out["warnings"] = [word(w) for w in out["warnings"]]

    def text() -> str:
        if args.smtp:
            head = f"{out['number']}: sent to {out['to']} at {out['sent_at']} " \
                   f"(Message-ID {out['message_id']})."
        else:
            head = f"{out['number']}: draft saved to {out['path']}; open it in your mail " \
                   f"client, send it, then record it with 'sent {out['number']} --via email'."
        return "\n".join([head] + [f"warning: {w}" for w in out["warnings"]])

    emit(args, out, text)
