"""The command line's arguments: one sub-command per service, choices from the declarations."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import NoReturn

from app.domain.calendar import OVERRIDE_KINDS
from app.domain.clock import local
from app.domain.text_clean import clean_line
from app.domain.vocab import (
    ACTION_KINDS,
    ADDRESS_FORMS,
    CHANNELS,
    IDENTITY_METHODS,
    IDENTITY_RESULTS,
    LANGUAGES,
    OUTCOMES,
    REQUEST_TYPES,
    SENT_VIA,
    STATUSES,
)
from app.languages import DEFAULT_LETTER_LANGUAGE
from app.letters.kinds import letter_kinds
from app.letters.names import REFUSAL_GROUNDS

from . import commands as c
from . import incidents as incident_commands
from . import key_commands as k
from . import reminders
from . import report as report_command

USER_ERROR = 2
EXPORT_FORMATS = ("csv", "xlsx", "docx")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line (with the allowed values)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"otinish: {message}\n")
        raise SystemExit(USER_ERROR)


#: The years a date on the command line may fall in (a typo such as 9999 is refused
#: here, before any date arithmetic overflows).
FIRST_YEAR, LAST_YEAR = 2000, 2100
#: The largest integer SQLite stores (a larger id or limit cannot match anything).
MAX_INT = 2**63 - 1


def _shown(text: str) -> str:
    """An argument as an error message may quote it: one line, no control characters,
    not overly long."""
    text = clean_line(text)
    return text if len(text) <= 40 else text[:40] + "…"


def _in_years(value: date, text: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"'{_shown(text)}' is outside the years {FIRST_YEAR}-{LAST_YEAR}")


def parse_day(text: str) -> date:
    """Parse YYYY-MM-DD (years 2000-2100)."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{_shown(text)}' is not a date (YYYY-MM-DD)") \
            from None
    _in_years(value, text)
    return value


def parse_received(text: str) -> datetime:
    """Parse YYYY-MM-DD or YYYY-MM-DDTHH:MM (years 2000-2100) as Asia/Almaty local time."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{_shown(text)}' is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") \
            from None
    _in_years(value, text)
    return local(value)


def whole_number(low: int = 0, high: int = MAX_INT) -> Callable[[str], int]:
    """An argparse type: an integer from *low* to *high*."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{_shown(text)}' is not a whole number") \
                from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{_shown(text)} is not between {low} and {high}")
        return value
    parse.__name__ = "whole number"
    return parse


def request_ref(text: str) -> str:
    """A request's id (a number SQLite can hold) or its inbound number (IN-YYYY-NNNN)."""
    text = clean_line(text).strip()
    if text.isascii() and text.isdigit():
        whole_number(1)(text)
    return text


def build_parser() -> argparse.ArgumentParser:
    """The CLI's argument parser (one sub-command per service)."""
    p = Parser(prog="otinish-cli", description="Otinish: the register of data-subject "
               "requests, from a terminal.")
    p.add_argument("--db", help="register file (default: the one in the user data folder)")
    p.add_argument("--json", action="store_true", help="print exactly one JSON object")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    reg = c.with_register

    s = sub.add_parser("init", help="create the register")
    s.add_argument("--recovery", action="store_true",
                   help="with a key in the keychain: also make a recovery passphrase (shown "
                        "once) that can put the key back if the keychain is lost")
    s.add_argument("--force", action="store_true",
                   help="create it even on a network folder or inside OneDrive (not "
                        "advised: opened by one program at a time there, or synced while "
                        "open)")
    s.set_defaults(func=c.cmd_init)

    op = sub.add_parser("operator", help="the operator's details")
    op_sub = op.add_subparsers(dest="operator_command", required=True, parser_class=Parser)
    s = op_sub.add_parser("set", help="the operator's details; with --lang kk|en, the name, "
                          "address and signatory as letters in that language write them")
    s.add_argument("--lang", choices=LANGUAGES,
                   help=f"the letter language of these requisites (default "
                        f"{DEFAULT_LETTER_LANGUAGE}, which also sets --id, --email, --phone)")
    s.add_argument("--name", required=True)
    s.add_argument("--id", help="IIN (sole proprietor) or BIN (LLP)")
    s.add_argument("--address", required=True)
    s.add_argument("--email")
    s.add_argument("--phone")
    s.add_argument("--signatory", help='the name, or "Position, Name" ("Директор, А.А. '
                   'Ахметов")')
    s.add_argument("--position", help="the signatory's position (with --signatory NAME)")
    s.set_defaults(func=reg(c.operator_set))
    s = op_sub.add_parser("show")
    s.set_defaults(func=c.reading(c.operator_show))
    s = op_sub.add_parser("profile", help="set the processing profile from a JSON file")
    s.add_argument("--file", required=True)
    s.add_argument("--lang", choices=LANGUAGES, help="the letter language of this profile")
    s.set_defaults(func=reg(c.operator_profile))
    incident_commands.register_operator_commands(op_sub)

    s = sub.add_parser("add", help="log a request")
    s.add_argument("--channel", required=True, choices=CHANNELS)
    s.add_argument("--type", action="append", choices=REQUEST_TYPES,
                   help="request type; repeat for several (detected from --text if omitted)")
    s.add_argument("--name", required=True)
    s.add_argument("--email")
    s.add_argument("--phone")
    s.add_argument("--iin")
    s.add_argument("--lang", choices=LANGUAGES)
    s.add_argument("--received", type=parse_received, help="YYYY-MM-DD[THH:MM], local time")
    s.add_argument("--text")
    s.add_argument("--postal-address")
    s.add_argument("--address-form", choices=ADDRESS_FORMS,
                   help="how letters greet the requester (Russian: Уважаемый / Уважаемая / "
                        "Здравствуйте)")
    s.set_defaults(func=reg(c.add))

    s = sub.add_parser("import-email", help="import an .eml or .msg file")
    s.add_argument("file")
    s.add_argument("--type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--lang", choices=LANGUAGES)
    s.add_argument("--again", action="store_true",
                   help="import a message already in the register (give --reason)")
    s.add_argument("--reason", help="why the message is imported again")
    s.set_defaults(func=reg(c.import_email))

    s = sub.add_parser("paste-email", help="import an email copied as text (webmail), "
                                           "from a text file or standard input")
    s.add_argument("file", nargs="?", help="a text file; standard input when absent or -")
    s.add_argument("--from", dest="sender", help="the sender, when the text does not say")
    s.add_argument("--received", type=parse_received,
                   help="YYYY-MM-DD[THH:MM], local time, when the text has no date")
    s.add_argument("--type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--lang", choices=LANGUAGES)
    s.set_defaults(func=reg(c.paste_email))

    s = sub.add_parser("list", help="list requests")
    s.add_argument("--status", choices=STATUSES)
    s.add_argument("--overdue", action="store_true")
    s.add_argument("--search")
    s.add_argument("--limit", type=whole_number())
    s.set_defaults(func=c.reading(c.list_requests))

    s = sub.add_parser("show", help="show one request")
    s.add_argument("id", type=request_ref, help="id or inbound number (IN-YYYY-NNNN)")
    s.set_defaults(func=c.reading(c.show))

    s = sub.add_parser("identity", help="record an identity check")
    s.add_argument("id", type=request_ref)
    s.add_argument("--method", required=True, choices=IDENTITY_METHODS)
    s.add_argument("--result", required=True, choices=IDENTITY_RESULTS)
    s.add_argument("--note", help="document type and at most its last 4 digits")
    s.set_defaults(func=reg(c.identity))

    s = sub.add_parser("action", help="record what was done")
    s.add_argument("id", type=request_ref)
    s.add_argument("--kind", required=True, choices=ACTION_KINDS)
    s.add_argument("--note", required=True,
                   help="what was done, in the requester's language: letters quote it")
    s.set_defaults(func=reg(c.action))

    s = sub.add_parser("close", help="close a request with an outcome")
    s.add_argument("id", type=request_ref)
    s.add_argument("--outcome", required=True, choices=OUTCOMES)
    s.add_argument("--reason")
    s.set_defaults(func=reg(c.close))

    s = sub.add_parser("reopen", help="reopen a closed request")
    s.add_argument("id", type=request_ref)
    s.add_argument("--reason", required=True)
    s.set_defaults(func=reg(c.reopen))

    s = sub.add_parser("letter", help="make a letter for a request (.docx)")
    s.add_argument("id", type=request_ref)
    s.add_argument("--kind", required=True, choices=letter_kinds())
    s.add_argument("--lang", choices=LANGUAGES, help="default: the request's language")
    s.add_argument("--out", help="folder (default: the letters folder of the settings, else "
                   "Documents/Otinish/letters)")
    s.add_argument("--note", help="your own paragraph (required for refusal, objection_result)")
    s.add_argument("--ground", action="append", choices=tuple(REFUSAL_GROUNDS),
                   help="a refusal's ground; repeat for several")
    s.add_argument("--purpose", action="append", metavar="TEXT",
                   help="a processing purpose a withdrawal confirmation names (from the "
                        "profile); repeat for several (default: all)")
    s.add_argument("--despite", metavar="REASON",
                   help="make it although it contradicts the record (the reason is kept)")
    s.set_defaults(func=reg(c.letter))

    s = sub.add_parser("sent", help="record that a prepared letter was sent (it answers the "
                       "rights it replies to from then)")
    s.add_argument("number", help="the letter's outgoing number")
    s.add_argument("--via", required=True, choices=SENT_VIA)
    s.add_argument("--at", type=parse_received, help="YYYY-MM-DD[THH:MM], local time "
                   "(default: now)")
    s.set_defaults(func=reg(c.sent))

    s = sub.add_parser("edit", help="correct a request (every change is kept in its history)")
    s.add_argument("id", type=request_ref)
    s.add_argument("--name")
    s.add_argument("--email")
    s.add_argument("--phone")
    s.add_argument("--iin")
    s.add_argument("--lang", choices=LANGUAGES)
    s.add_argument("--postal-address")
    s.add_argument("--address-form", choices=ADDRESS_FORMS)
    s.add_argument("--add-type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--remove-type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--reason", help="why a right is removed")
    s.set_defaults(func=reg(c.edit))

    s = sub.add_parser("documents", help="record when the supporting documents of a "
                       "correction arrived (its period is counted from then)")
    s.add_argument("id", type=request_ref)
    s.add_argument("--received", required=True, type=parse_day, help="YYYY-MM-DD")
    s.set_defaults(func=reg(c.documents))

    s = sub.add_parser("void", help="void a request, an identity check or an action recorded "
                       "by mistake (nothing is deleted)")
    s.add_argument("id", type=request_ref)
    group = s.add_mutually_exclusive_group()
    group.add_argument("--identity", type=whole_number(1), metavar="CHECK_ID")
    group.add_argument("--action", type=whole_number(1), metavar="ACTION_ID")
    s.add_argument("--reason", required=True)
    s.set_defaults(func=reg(c.void))

    s = sub.add_parser("export", help="export the register (a plain file)")
    s.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    s.add_argument("--out", required=True)
    s.add_argument("--force", action="store_true", help="replace an existing file at --out "
                   "(never the register, its backups or a device)")
    s.add_argument("--from", dest="date_from", type=parse_day)
    s.add_argument("--to", dest="date_to", type=parse_day)
    s.add_argument("--status", choices=STATUSES)
    s.add_argument("--lang", choices=LANGUAGES,
                   help="headings' language (default: the register's letter language)")
    s.set_defaults(func=c.reading(c.export))

    s = sub.add_parser("evidence", help="a ZIP with everything about one request")
    s.add_argument("id", type=request_ref)
    s.add_argument("--out", required=True)
    s.add_argument("--force", action="store_true", help="replace an existing file at --out "
                   "(never the register, its backups or a device)")
    s.set_defaults(func=c.reading(c.evidence))
    report_command.register_command(sub, c.reading, parse_day)

    s = sub.add_parser("backup", help="an encrypted copy of the register")
    s.add_argument("--out", required=True)
    s.set_defaults(func=c.reading(c.backup))

    s = sub.add_parser("restore", help="replace the register with a backup (a safety copy "
                       "of the current one is kept)")
    s.add_argument("file")
    s.set_defaults(func=c.cmd_restore)

    s = sub.add_parser("purge", help="erase personal data of requests closed before a date")
    s.add_argument("--closed-before", required=True, type=parse_day)
    s.add_argument("--dry-run", action="store_true")
    s.set_defaults(func=reg(c.purge))

    s = sub.add_parser("rekey", help="change the register's passphrase or key "
                       "(new passphrase from OTINISH_NEW_PASSPHRASE or a prompt)")
    s.add_argument("--keyring", action="store_true",
                   help="use a new random key kept in the system keychain")
    s.set_defaults(func=reg(k.rekey))

    s = sub.add_parser("demo", help="fill a new or empty register with realistic demo requests")
    s.add_argument("--size", type=whole_number(0, 1_000_000), default=200)
    s.add_argument("--seed", type=whole_number(0), default=1)
    s.set_defaults(func=c.cmd_demo)

    s = sub.add_parser("due", help="compute a due date (no register needed)")
    s.add_argument("--type", required=True, choices=REQUEST_TYPES)
    s.add_argument("--received", required=True, type=parse_received,
                   help="YYYY-MM-DD[THH:MM], local time")
    s.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LETTER_LANGUAGE,
                   help="language of the citation")
    s.set_defaults(func=c.cmd_due)

    s = sub.add_parser("check-id", help="validate an IIN or BIN")
    s.add_argument("number")
    s.set_defaults(func=c.cmd_check_id)

    cal = sub.add_parser("calendar", help="the operator's calendar overrides")
    cal_sub = cal.add_subparsers(dest="calendar_command", required=True, parser_class=Parser)
    s = cal_sub.add_parser("add")
    s.add_argument("--date", required=True, type=parse_day)
    s.add_argument("--kind", required=True, choices=OVERRIDE_KINDS)
    s.add_argument("--note")
    s.set_defaults(func=reg(c.calendar_add))
    s = cal_sub.add_parser("list")
    s.set_defaults(func=c.reading(c.calendar_list))
    # remind and calendar export only read: they run while the window is open.
    reminders.register_commands(sub, cal_sub, c.reading)

    rules = sub.add_parser("rules", help="the deadline rules: the app's and the ones you add")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=Parser)
    s = rules_sub.add_parser("list")
    s.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LETTER_LANGUAGE)
    s.set_defaults(func=c.reading(c.rules_list))
    s = rules_sub.add_parser("add", help="add a rule (e.g. a stricter period of a newer law); "
                             "where it gives an earlier date it binds, and letters cite both")
    s.add_argument("--type", required=True, choices=REQUEST_TYPES)
    s.add_argument("--days", required=True, type=whole_number(0, 3660))
    s.add_argument("--unit", required=True, choices=("working", "calendar"))
    s.add_argument("--from", dest="date_from", required=True, type=parse_day)
    s.add_argument("--basis", choices=("law", "bylaw", "operator"), default="operator",
                   help="what the period rests on (default: your own target)")
    s.add_argument("--citation-kk", required=True)
    s.add_argument("--citation-ru", required=True)
    s.add_argument("--citation-en", required=True)
    s.add_argument("--source", help="where the rule comes from")
    s.set_defaults(func=reg(c.rules_add))

    incident_commands.register_commands(sub, Parser, parse_received)

    s = sub.add_parser("recovery", help="make a recovery passphrase for a register whose key "
                       "is in the keychain (shown once)")
    s.set_defaults(func=reg(k.recovery))

    s = sub.add_parser("recover", help="put the register's key back into the keychain with "
                       "its recovery passphrase (from OTINISH_RECOVERY_PASSPHRASE or a prompt)")
    s.set_defaults(func=k.cmd_recover)

    s = sub.add_parser("check", help="verify the file, the audit trail, the search index and "
                       "the counters, and compare the history with its witness outside the file")
    s.add_argument("--accept-history", action="store_true",
                   help="witness the history as it is now, after a difference was reported "
                        "and understood")
    s.set_defaults(func=c.with_register(k.check, check=True))

    s = sub.add_parser("info", help="where the register is and whether a keychain exists")
    s.set_defaults(func=c.cmd_info)

    from .mail import register_commands as mail_commands  # issue 14: mail in and out

    mail_commands(sub, reg, Parser)
    return p
