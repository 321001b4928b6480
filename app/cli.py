"""The command line over the same services as the window: `python -m app.cli`.

Global options come before the command: `--db PATH` (default: the register in the
user data folder) and `--json` (print exactly one JSON object on stdout). Errors a
user can cause exit with code 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from app.domain.calendar import OVERRIDE_KINDS, WorkingCalendar
from app.domain.errors import DomainError
from app.domain.identifiers import check_id
from app.domain.vocab import (
    ACTION_KINDS,
    CHANNELS,
    IDENTITY_METHODS,
    IDENTITY_RESULTS,
    LANGUAGES,
    OUTCOMES,
    REQUEST_TYPES,
    STATUSES,
)
from app.letters.kinds import LETTER_KINDS
from app.store import Register, StoreError
from app.store._sqlcipher import DatabaseError
from app.store.errors import RegisterExistsError
from app.store.paths import default_register_path
from app.store.register import ALMATY
from app.store.secrets import (
    ENV_VAR,
    keyring_available,
    secret_for_existing_register,
    secret_for_new_register,
)

USER_ERROR = 2
EXPORT_FORMATS = ("csv", "xlsx", "docx")
# Kept here (not imported from app.letters.names) so `--help` stays fast; a test checks
# that both lists agree.
REFUSAL_GROUND_CODES = ("identity_not_confirmed", "not_in_writing", "documents_missing",
                        "processing_required_by_law", "unfulfilled_obligation", "no_data_held",
                        "rights_of_others")


class UserError(Exception):
    """A problem with what the user asked for; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line (with the allowed values)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"otinish: {message}\n")
        raise SystemExit(USER_ERROR)


# ------------------------------------------------------------------ parsing values
def parse_day(text: str) -> date:
    """Parse YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def parse_received(text: str) -> datetime:
    """Parse YYYY-MM-DD or YYYY-MM-DDTHH:MM as Asia/Almaty local time."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return value.replace(tzinfo=ALMATY) if value.tzinfo is None else value.astimezone(ALMATY)


def _tty_prompt(message: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{message}\nPassphrase: ")


def _new_passphrase_prompt(message: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"{message}\nPassphrase: ")
    if first != getpass.getpass("Repeat the passphrase: "):
        raise UserError("The two passphrases differ; nothing was created.")
    return first


# ------------------------------------------------------------------ output
def _emit(args: argparse.Namespace, obj: dict[str, Any], text: Callable[[], str]) -> None:
    if args.json:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(text().rstrip("\n") + "\n")


def _request_line(r: dict[str, Any]) -> str:
    types = ",".join(i["type"] for i in r["items"])
    due = r["due"] or "-"
    left = r.get("working_days_left")
    flag = " OVERDUE" if r.get("overdue") else ""
    left_text = f" ({left} wd left)" if left is not None and left >= 0 else ""
    return (f"{r['id']:>5}  {r['number']}  {r['received'][:16]}  {r['channel']:<9} "
            f"{r['status']:<17} due {due}{left_text}{flag}  {types}  {r['requester']['name']}")


def _request_text(r: dict[str, Any]) -> str:
    lines = [_request_line(r)]
    req = r["requester"]
    lines.append(f"  requester: {req['name']}  email: {req['email'] or '-'}  "
                 f"phone: {req['phone'] or '-'}  IIN: {req['iin'] or '-'}  lang: {r['lang']}")
    for item in r["items"]:
        state = "done" if item["done"] else f"due {item['due']}"
        lines.append(f"  - {item['type']}: {state}  [{item['basis']}]")
    for c in r.get("identity_checks", []):
        lines.append(f"  identity: {c['method']} {c['result']} {c['at']} {c['note'] or ''}")
    for a in r.get("actions", []):
        lines.append(f"  action: {a['kind']} {a['at']} {a['note']}")
    for w in r.get("warnings", []):
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


# ------------------------------------------------------------------ register access
def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_register_path()


def _open(args: argparse.Namespace) -> Register:
    path = _db_path(args)
    secret = secret_for_existing_register(path, _tty_prompt)
    return Register.open(path, secret.value)


def _with_register(fn: Callable[[Register, argparse.Namespace], None]
                   ) -> Callable[[argparse.Namespace], None]:
    def run(args: argparse.Namespace) -> None:
        reg = _open(args)
        try:
            fn(reg, args)
        finally:
            reg.close()
    return run


# ------------------------------------------------------------------ commands
def cmd_init(args: argparse.Namespace) -> None:
    path = _db_path(args)
    if path.exists():
        raise RegisterExistsError(
            f"A register already exists at '{path}'; nothing was changed.")
    secret = secret_for_new_register(path, _new_passphrase_prompt)
    Register.create(path, secret.value).close()
    where = {"env": f"the passphrase in {ENV_VAR}", "keyring": "a key in the system keychain",
             "prompt": "your passphrase"}[secret.source]
    _emit(args, {"path": str(path), "key": secret.source},
          lambda: f"Created the register {path}, encrypted with {where}.")


def _operator_set(reg: Register, args: argparse.Namespace) -> None:
    from app.intake.service import clean_contacts

    result = check_id(args.id)
    if not result.valid:
        raise DomainError(f"'{args.id}' is not a valid IIN or BIN: {result.reason}")
    email, phone, _ = clean_contacts(args.email, args.phone, None)
    operator = {"name": args.name.strip(), "id": args.id.strip(), "id_kind": result.kind,
                "address": args.address.strip(), "email": email, "phone": phone,
                "signatory": (args.signatory or "").strip() or None}
    reg.set_operator(operator)
    _emit(args, {"operator": operator}, lambda: f"Operator saved: {operator['name']} "
          f"({result.kind} {operator['id']}).")


def _operator_show(reg: Register, args: argparse.Namespace) -> None:
    operator = reg.get_operator()
    _emit(args, {"operator": operator}, lambda: "\n".join(
        f"{k}: {v}" for k, v in (operator or {}).items()) or "No operator details yet.")


def _operator_profile(reg: Register, args: argparse.Namespace) -> None:
    from app.letters.context import check_profile

    try:
        raw = Path(args.file).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"Cannot read '{args.file}': {exc.strerror}.") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UserError(f"'{args.file}' is not valid JSON (line {exc.lineno}: {exc.msg}).") \
            from None
    profile = reg.set_profile(check_profile(data))
    _emit(args, {"profile": profile}, lambda: "Processing profile saved.")


def _letter(reg: Register, args: argparse.Namespace) -> None:
    from app.letters.service import make_letter

    letter = make_letter(reg, reg.resolve_id(args.id), args.kind, lang=args.lang,
                         out_dir=Path(args.out).expanduser() if args.out else None,
                         note=args.note, grounds=args.ground)
    out = {"path": str(letter.path), "number": letter.number, "kind": letter.kind,
           "lang": letter.lang, "sha256": letter.sha256}
    _emit(args, out, lambda: f"{letter.number}: {letter.path}")


def _export(reg: Register, args: argparse.Namespace) -> None:
    from app.letters.exports import export_register

    out = export_register(reg, args.format, Path(args.out).expanduser(),
                          date_from=args.date_from, date_to=args.date_to, status=args.status,
                          lang=args.lang)
    _emit(args, out, lambda: f"Exported {out['requests']} request(s) to {out['path']} "
          "(a plain, unencrypted file).")


def _evidence(reg: Register, args: argparse.Namespace) -> None:
    from app.letters.exports import evidence_pack

    out = evidence_pack(reg, reg.resolve_id(args.id), Path(args.out).expanduser())
    _emit(args, out, lambda: f"Evidence pack of {out['request']} written to {out['path']} "
          "(a plain, unencrypted file).")


def _backup(reg: Register, args: argparse.Namespace) -> None:
    from app.store.backup import backup_register

    out = backup_register(reg, Path(args.out).expanduser())
    _emit(args, out, lambda: f"Backed up to {out['path']} (encrypted with the register's key).")


def cmd_restore(args: argparse.Namespace) -> None:
    from app.store.backup import restore_register

    path = _db_path(args)
    secret = secret_for_existing_register(path, _tty_prompt)
    out = restore_register(path, Path(args.file).expanduser(), secret.value)
    _emit(args, out, lambda: f"Restored {out['requests']} request(s) from {out['restored']}; "
          f"the previous register was kept as {out['safety_copy']}.")


def _purge(reg: Register, args: argparse.Namespace) -> None:
    out = reg.purge_closed_before(args.closed_before, dry_run=args.dry_run)
    verb = "Would purge" if args.dry_run else "Purged"
    _emit(args, out, lambda: f"{verb} the personal data of {out['purged']} closed request(s) "
          f"closed before {out['closed_before']}.")


def _rekey(reg: Register, args: argparse.Namespace) -> None:
    from app.store import secrets as sec

    if args.keyring:
        if not sec.keyring_available():
            raise UserError("No system keychain is available; give a new passphrase instead.")
        new, source = sec.new_random_key(), "keyring"
    else:
        new = os.environ.get("OTINISH_NEW_PASSPHRASE") or _new_passphrase_prompt(
            "Choose the new passphrase of the register.")
        if not new:
            raise UserError("Give the new passphrase in OTINISH_NEW_PASSPHRASE (or run in a "
                            "terminal to be asked).")
        source = "passphrase"
    reg.rekey(new)
    if source == "keyring":
        if not sec.store_in_keyring(reg.path, new):  # pragma: no cover - keychain vanished
            raise UserError("The key changed but the keychain refused it; run rekey again.")
    else:
        sec.forget_in_keyring(reg.path)
    _emit(args, {"rekeyed": True, "key": source}, lambda: "The register's key was changed.")


def cmd_demo(args: argparse.Namespace) -> None:
    from app import demo

    path = _db_path(args)
    if path.exists():
        reg = _open(args)
    else:
        reg = Register.create(path, secret_for_new_register(path, _new_passphrase_prompt).value)
    show = sys.stderr.isatty() and not args.json
    width = 40

    def progress(done: int) -> None:
        if show:
            filled = width * done // max(args.size, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{args.size}")
            sys.stderr.flush()

    try:
        written = demo.fill(reg, args.size, seed=args.seed, progress=progress)
    finally:
        reg.close()
    if show:
        sys.stderr.write("\n")
    _emit(args, {"path": str(path), "requests": written, "seed": args.seed},
          lambda: f"Wrote {written} demo requests to {path}.")


def _add(reg: Register, args: argparse.Namespace) -> None:
    from app.intake.service import log_request

    logged = log_request(
        reg, channel=args.channel, types=args.type, name=args.name, email=args.email,
        phone=args.phone, iin=args.iin, lang=args.lang, received=args.received,
        text=args.text)
    view = reg.get_request(logged.request_id)
    out = _short_view(view) | {"warnings": logged.warnings}
    _emit(args, out, lambda: _request_text(out))


def _short_view(view: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "number", "received", "channel", "lang", "status", "outcome", "closed_at",
            "due", "working_days_left", "overdue", "requester", "summary", "items")
    return {k: view[k] for k in keep}


def _import_email(reg: Register, args: argparse.Namespace) -> None:
    from app.intake.service import import_email

    logged = import_email(reg, args.file, types=args.type, lang=args.lang)
    view = reg.get_request(logged.request_id)
    out = _short_view(view) | {"warnings": logged.warnings}
    _emit(args, out, lambda: _request_text(out))


def _list(reg: Register, args: argparse.Namespace) -> None:
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be zero or more.")
    rows = reg.list_requests(status=args.status, overdue=args.overdue, search=args.search,
                             limit=args.limit)
    _emit(args, {"requests": rows}, lambda: "\n".join(_request_line(r) for r in rows)
          or "No requests match.")


def _show(reg: Register, args: argparse.Namespace) -> None:
    view = reg.get_request(reg.resolve_id(args.id))
    _emit(args, view, lambda: _request_text(view))


def _identity(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    reg.record_identity(rid, args.method, args.result, args.note)
    view = reg.get_request(rid)
    _emit(args, view, lambda: _request_text(view))


def _action(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    reg.record_action(rid, args.kind, args.note)
    view = reg.get_request(rid)
    _emit(args, view, lambda: _request_text(view))


def _close(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    reg.close_request(rid, args.outcome, args.reason)
    view = reg.get_request(rid)
    _emit(args, view, lambda: _request_text(view))


def _reopen(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    reg.reopen_request(rid, args.reason)
    view = reg.get_request(rid)
    _emit(args, view, lambda: _request_text(view))


def cmd_due(args: argparse.Namespace) -> None:
    """Due date on the public calendar (no register, so no operator overrides)."""
    calendar = WorkingCalendar()
    due, basis = calendar.due_date(args.type, args.received)
    from app.domain.rules import rule_for

    rule = rule_for(args.type, args.received)
    out = {"type": args.type, "received": args.received.isoformat(), "due": due.isoformat(),
           "working_days": rule.days, "basis": basis}
    _emit(args, out, lambda: f"{args.type} received {args.received}: due {due} ({basis})")


def cmd_check_id(args: argparse.Namespace) -> int:
    result = check_id(args.number)
    out = {"valid": result.valid, "kind": result.kind, "reason": result.reason}
    _emit(args, out, lambda: f"valid {result.kind}" if result.valid else
          f"invalid: {result.reason}")
    return 0 if result.valid else 1


def _calendar_add(reg: Register, args: argparse.Namespace) -> None:
    row = reg.add_calendar_override(args.date, args.kind, args.note)
    _emit(args, row, lambda: f"{row['date']}: {row['kind']} {row['note']}")


def _calendar_list(reg: Register, args: argparse.Namespace) -> None:
    rows = reg.list_calendar_overrides()
    _emit(args, {"overrides": rows}, lambda: "\n".join(
        f"{r['date']}  {r['kind']:<8} {r['note']}" for r in rows) or "No overrides.")


def _check(reg: Register, args: argparse.Namespace) -> None:
    result = reg.check()
    _emit(args, result, lambda: f"integrity: {result['integrity']}\naudit: {result['audit']}")
    args.exit_code = 0 if result["integrity"] == "ok" and result["audit"] == "ok" else 1


def cmd_info(args: argparse.Namespace) -> None:
    path = _db_path(args)
    out = {"db": str(path), "exists": path.exists(), "keyring": keyring_available()}
    _emit(args, out, lambda: "\n".join(f"{k}: {v}" for k, v in out.items()))


# ------------------------------------------------------------------ the parser
def build_parser() -> argparse.ArgumentParser:
    """The CLI's argument parser (one sub-command per service)."""
    p = _Parser(prog="otinish-cli", description="Otinish: the register of data-subject "
                "requests, from a terminal.")
    p.add_argument("--db", help="register file (default: the one in the user data folder)")
    p.add_argument("--json", action="store_true", help="print exactly one JSON object")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("init", help="create the register")
    s.set_defaults(func=cmd_init)

    op = sub.add_parser("operator", help="the operator's details")
    op_sub = op.add_subparsers(dest="operator_command", required=True, parser_class=_Parser)
    s = op_sub.add_parser("set")
    s.add_argument("--name", required=True)
    s.add_argument("--id", required=True, help="IIN (sole proprietor) or BIN (LLP)")
    s.add_argument("--address", required=True)
    s.add_argument("--email", required=True)
    s.add_argument("--phone", required=True)
    s.add_argument("--signatory")
    s.set_defaults(func=_with_register(_operator_set))
    s = op_sub.add_parser("show")
    s.set_defaults(func=_with_register(_operator_show))
    s = op_sub.add_parser("profile", help="set the processing profile from a JSON file")
    s.add_argument("--file", required=True)
    s.set_defaults(func=_with_register(_operator_profile))

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
    s.set_defaults(func=_with_register(_add))

    s = sub.add_parser("import-email", help="import an .eml or .msg file")
    s.add_argument("file")
    s.add_argument("--type", action="append", choices=REQUEST_TYPES)
    s.add_argument("--lang", choices=LANGUAGES)
    s.set_defaults(func=_with_register(_import_email))

    s = sub.add_parser("list", help="list requests")
    s.add_argument("--status", choices=STATUSES)
    s.add_argument("--overdue", action="store_true")
    s.add_argument("--search")
    s.add_argument("--limit", type=int)
    s.set_defaults(func=_with_register(_list))

    s = sub.add_parser("show", help="show one request")
    s.add_argument("id", help="id or inbound number (IN-YYYY-NNNN)")
    s.set_defaults(func=_with_register(_show))

    s = sub.add_parser("identity", help="record an identity check")
    s.add_argument("id")
    s.add_argument("--method", required=True, choices=IDENTITY_METHODS)
    s.add_argument("--result", required=True, choices=IDENTITY_RESULTS)
    s.add_argument("--note", help="document type and at most its last 4 digits")
    s.set_defaults(func=_with_register(_identity))

    s = sub.add_parser("action", help="record what was done")
    s.add_argument("id")
    s.add_argument("--kind", required=True, choices=ACTION_KINDS)
    s.add_argument("--note", required=True)
    s.set_defaults(func=_with_register(_action))

    s = sub.add_parser("close", help="close a request with an outcome")
    s.add_argument("id")
    s.add_argument("--outcome", required=True, choices=OUTCOMES)
    s.add_argument("--reason")
    s.set_defaults(func=_with_register(_close))

    s = sub.add_parser("reopen", help="reopen a closed request")
    s.add_argument("id")
    s.add_argument("--reason", required=True)
    s.set_defaults(func=_with_register(_reopen))

    s = sub.add_parser("letter", help="make a letter for a request (.docx)")
    s.add_argument("id")
    s.add_argument("--kind", required=True, choices=LETTER_KINDS)
    s.add_argument("--lang", choices=LANGUAGES, help="default: the request's language")
    s.add_argument("--out", help="folder (default: Documents/Otinish/letters)")
    s.add_argument("--note", help="your own paragraph (required for refusal, objection_result)")
    s.add_argument("--ground", action="append", choices=REFUSAL_GROUND_CODES,
                   help="a refusal's ground; repeat for several")
    s.set_defaults(func=_with_register(_letter))

    s = sub.add_parser("export", help="export the register (a plain file)")
    s.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    s.add_argument("--out", required=True)
    s.add_argument("--from", dest="date_from", type=parse_day)
    s.add_argument("--to", dest="date_to", type=parse_day)
    s.add_argument("--status", choices=STATUSES)
    s.add_argument("--lang", choices=LANGUAGES, default="ru", help="headings' language")
    s.set_defaults(func=_with_register(_export))

    s = sub.add_parser("evidence", help="a ZIP with everything about one request")
    s.add_argument("id")
    s.add_argument("--out", required=True)
    s.set_defaults(func=_with_register(_evidence))

    s = sub.add_parser("backup", help="an encrypted copy of the register")
    s.add_argument("--out", required=True)
    s.set_defaults(func=_with_register(_backup))

    s = sub.add_parser("restore", help="replace the register with a backup (a safety copy "
                       "of the current one is kept)")
    s.add_argument("file")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("purge", help="erase personal data of requests closed before a date")
    s.add_argument("--closed-before", required=True, type=parse_day)
    s.add_argument("--dry-run", action="store_true")
    s.set_defaults(func=_with_register(_purge))

    s = sub.add_parser("rekey", help="change the register's passphrase or key "
                       "(new passphrase from OTINISH_NEW_PASSPHRASE or a prompt)")
    s.add_argument("--keyring", action="store_true",
                   help="use a new random key kept in the system keychain")
    s.set_defaults(func=_with_register(_rekey))

    s = sub.add_parser("demo", help="fill a new or empty register with realistic demo requests")
    s.add_argument("--size", type=int, default=200)
    s.add_argument("--seed", type=int, default=1)
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("due", help="compute a due date (no register needed)")
    s.add_argument("--type", required=True, choices=REQUEST_TYPES)
    s.add_argument("--received", required=True, type=parse_day)
    s.set_defaults(func=cmd_due)

    s = sub.add_parser("check-id", help="validate an IIN or BIN")
    s.add_argument("number")
    s.set_defaults(func=cmd_check_id)

    cal = sub.add_parser("calendar", help="the operator's calendar overrides")
    cal_sub = cal.add_subparsers(dest="calendar_command", required=True, parser_class=_Parser)
    s = cal_sub.add_parser("add")
    s.add_argument("--date", required=True, type=parse_day)
    s.add_argument("--kind", required=True, choices=OVERRIDE_KINDS)
    s.add_argument("--note")
    s.set_defaults(func=_with_register(_calendar_add))
    s = cal_sub.add_parser("list")
    s.set_defaults(func=_with_register(_calendar_list))

    s = sub.add_parser("check", help="verify the file and the audit trail")
    s.set_defaults(func=_with_register(_check))

    s = sub.add_parser("info", help="where the register is and whether a keychain exists")
    s.set_defaults(func=cmd_info)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    from app.intake.errors import IntakeError
    from app.letters.errors import LetterError

    args = build_parser().parse_args(argv)
    args.exit_code = 0
    try:
        code = args.func(args)
    except (StoreError, DomainError, IntakeError, LetterError, UserError) as exc:
        sys.stderr.write(f"otinish: {exc}\n")
        return USER_ERROR
    except DatabaseError as exc:
        sys.stderr.write(f"otinish: the register file is damaged ({exc}); restore the newest "
                         "backup with 'restore'.\n")
        return USER_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("otinish: interrupted; nothing more was saved.\n")
        return 130
    return code if isinstance(code, int) else args.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
