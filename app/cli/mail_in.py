"""The mailbox from a terminal: `mail set|fetch|queue|accept|dismiss` (issue 14)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.domain.vocab import LANGUAGES, REQUEST_TYPES
from app.services import mailbox
from app.services.progress import Cancelled
from app.store import Register
from app.store.mail_secrets import MAIL_ENV_VAR

from .messages import word
from .output import emit, request_text, short_view


def register_commands(sub: Any, reg: Any, parser_class: type, server_options: Any) -> None:
    """Add `mail` and its sub-commands to the CLI."""
    mail = sub.add_parser("mail", help="requests straight from the mailbox (read-only)")
    mail_sub = mail.add_subparsers(dest="mail_command", required=True,
                                   parser_class=parser_class)
    s = mail_sub.add_parser("set", help=f"save the mailbox to read (password from "
                            f"{MAIL_ENV_VAR} or the keychain)")
    server_options(s)
    s.add_argument("--folder", action="append", help="a folder to read; repeat for several "
                   "(default INBOX)")
    s.add_argument("--filter", help="only messages to this alias or with these subject words "
                   "(alternatives separated by |)")
    s.add_argument("--interval", type=int, default=0,
                   help="minutes between checks while the window runs (0: only on demand)")
    s.set_defaults(func=reg(mail_set))
    s = mail_sub.add_parser("fetch", help="read new messages into the review queue")
    s.set_defaults(func=reg(mail_fetch))
    s = mail_sub.add_parser("queue", help="the messages awaiting accept or dismiss")
    s.set_defaults(func=reg(mail_queue))
    s = mail_sub.add_parser("accept", help="make a queued message a request (received when "
                            "it arrived on the server)")
    s.add_argument("id", type=int)
    s.add_argument("--type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--lang", choices=LANGUAGES)
    s.set_defaults(func=reg(mail_accept))
    s = mail_sub.add_parser("dismiss", help="dismiss a queued message with a reason")
    s.add_argument("id", type=int)
    s.add_argument("--reason", required=True)
    s.set_defaults(func=reg(mail_dismiss))


def mail_set(register: Register, args: argparse.Namespace) -> None:
    out = mailbox.set_mailbox(register, host=args.host, port=args.port, tls=args.tls,
                              user=args.user, folders=args.folder or ["INBOX"],
                              filter_text=args.filter, interval=args.interval,
                              password=os.environ.get(MAIL_ENV_VAR))
    box = out["mailbox"]
    emit(args, out, lambda: f"Mailbox saved: {box['user']} at {box['host']}:{box['port']} "
         f"({box['tls']}), folders {', '.join(box['folders'])}; password: {out['password']}.")


class _Bar:
    """Progress on stderr when a person watches."""

    def __init__(self, show: bool) -> None:
        self.show = show

    def step(self, done: int, total: int, text: str = "") -> None:
        if self.show:
            sys.stderr.write(f"\rFetching {done}/{total}")
            sys.stderr.flush()


def mail_fetch(register: Register, args: argparse.Namespace) -> None:
    bar = _Bar(sys.stderr.isatty() and not args.json)
    try:
        out = mailbox.fetch(register, progress=bar)
    except (Cancelled, KeyboardInterrupt):
        if bar.show:
            sys.stderr.write("\n")
        sys.stderr.write("otinish: fetch stopped; the messages read so far are kept, the "
                         "next fetch goes on from there.\n")
        args.exit_code = 130
        return
    if bar.show:
        sys.stderr.write("\n")
    out["notices"] = [word(n) for n in out["notices"]]
    emit(args, out, lambda: "\n".join(
        [f"{out['new']} new message(s) queued."]
        + [f"  {m['id']:>4}  {m['arrived'][:16]}  {m['from']}  {m['subject']}"
           for m in out["queued"]] + [f"note: {n}" for n in out["notices"]]))


def mail_queue(register: Register, args: argparse.Namespace) -> None:
    rows = mailbox.queue(register)
    emit(args, {"messages": rows}, lambda: "\n".join(
        f"{m['id']:>4}  {m['arrived'][:16]}  {','.join(m['types'])}  {m['lang']}  "
        f"{m['from']}  {m['subject']}" for m in rows) or "No messages await a decision.")


def mail_accept(register: Register, args: argparse.Namespace) -> None:
    logged = mailbox.accept(register, args.id, types=args.type, lang=args.lang)
    out = short_view(register.get_request(logged.request_id), logged.warnings)
    emit(args, out, lambda: request_text(out))


def mail_dismiss(register: Register, args: argparse.Namespace) -> None:
    mailbox.dismiss(register, args.id, args.reason)
    emit(args, {"dismissed": args.id, "reason": " ".join(args.reason.split())},
         lambda: f"Message {args.id} dismissed.")
