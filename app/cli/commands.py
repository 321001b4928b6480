"""The command line's commands: each parses nothing, calls one service, prints its result.

A command gets the parsed arguments (and the open register, for those that need one);
the services do the work, so a command line and a window click do exactly the same.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import due_date
from app.domain.errors import UserError
from app.domain.identifiers import check_id
from app.languages import DEFAULT_LETTER_LANGUAGE
from app.services import exports, keeping, letters, operator, registers, requests
from app.store import Register
from app.store._sqlcipher import DatabaseError
from app.store.paths import default_register_path
from app.store.secrets import ENV_VAR

from .messages import word
from .output import (
    emit,
    request_line,
    request_text,
    say_place,
    say_recovery,
    say_witness_problem,
    short_view,
)


class CliError(UserError):
    """A problem with what was asked on the command line."""


# ------------------------------------------------------------------ prompts
def tty_prompt(code: str) -> str | None:
    """Ask for the passphrase at the terminal (None when not at a terminal)."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{word(UserError(code))}\nPassphrase: ")


def new_passphrase_prompt(code: str) -> str | None:
    """Ask twice for a new passphrase at the terminal (None when not at a terminal)."""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"{word(UserError(code))}\nPassphrase: ")
    if first != getpass.getpass("Repeat the passphrase: "):
        raise CliError("passphrases_differ")
    return first


# ------------------------------------------------------------------ register access
def db_path(args: argparse.Namespace) -> Path:
    """The register the command works on."""
    return Path(args.db).expanduser() if args.db else default_register_path()


def with_register(fn: Callable[[Register, argparse.Namespace], None], *,
                  read_only: bool = False, check: bool = False
                  ) -> Callable[[argparse.Namespace], None]:
    """Run *fn* on the open register, closing it afterwards.

    *read_only* commands read beside a program that has the register open (the
    window, a writer); the others wait for it a few seconds (OTINISH_LOCK_WAIT).
    *check* opens for writing when it can (a passing check is then remembered).
    A driver error showing the file damaged is remembered: writes stay refused
    until a full check passes or a backup is restored.
    """
    def run(args: argparse.Namespace) -> None:
        if check:
            reg = registers.open_for_check(db_path(args), prompt=tty_prompt).register
        else:
            reg = registers.open_register(db_path(args), prompt=tty_prompt,
                                          read_only=read_only).register
            say_witness_problem(reg)
            say_place(reg)
        try:
            fn(reg, args)
        except DatabaseError as exc:
            reg.note_failure(exc)
            raise
        finally:
            reg.close()
    return run


def reading(fn: Callable[[Register, argparse.Namespace], None]
            ) -> Callable[[argparse.Namespace], None]:
    """A command that only reads the register (it runs while the window is open)."""
    return with_register(fn, read_only=True)


def _show_request(reg: Register, args: argparse.Namespace, rid: int) -> None:
    view = reg.get_request(rid)
    emit(args, view, lambda: request_text(view))


# ------------------------------------------------------------------ commands
def cmd_init(args: argparse.Namespace) -> None:
    opened = registers.create_register(db_path(args), prompt=new_passphrase_prompt,
                                       place_confirmed=getattr(args, "force", False))
    recovery = None
    try:
        if getattr(args, "recovery", False) and opened.secret.source == "keyring":
            from app.services.recovery import add_recovery

            recovery = add_recovery(opened.register)
    finally:
        opened.register.close()
    path, source = opened.register.path, opened.secret.source
    where = {"env": f"the passphrase in {ENV_VAR}", "keyring": "a key in the system keychain",
             "prompt": "your passphrase"}[source]
    extra = {"recovery_passphrase": recovery["recovery_passphrase"]} if recovery else {}
    emit(args, {"path": str(path), "key": source, **extra},
         lambda: f"Created the register {path}, encrypted with {where}." + (
             "\n" + say_recovery(recovery) if recovery else ""))


def operator_set(reg: Register, args: argparse.Namespace) -> None:
    signatory = args.signatory
    if args.position:
        signatory = f"{args.position.strip()}, {(args.signatory or '').strip()}"
    if args.lang and args.lang != DEFAULT_LETTER_LANGUAGE:
        saved = operator.set_requisites(reg, args.lang, name=args.name, address=args.address,
                                        signatory=signatory)
        emit(args, {"lang": args.lang, "requisites": saved},
             lambda: f"Operator's {args.lang} requisites saved: {saved['name']}.")
        return
    if not (args.id and args.email and args.phone):
        raise CliError("operator_set_needs_id")
    saved = operator.set_operator(reg, name=args.name, id_number=args.id, address=args.address,
                                  email=args.email, phone=args.phone, signatory=signatory)
    emit(args, {"operator": saved}, lambda: f"Operator saved: {saved['name']} "
         f"({saved['id_kind']} {saved['id']}).")


def operator_show(reg: Register, args: argparse.Namespace) -> None:
    saved = reg.get_operator()
    emit(args, {"operator": saved}, lambda: "\n".join(
        f"{k}: {v}" for k, v in (saved or {}).items()) or "No operator details yet.")


def operator_profile(reg: Register, args: argparse.Namespace) -> None:
    profile = operator.set_profile(reg, operator.read_profile_file(args.file), args.lang)
    emit(args, {"profile": profile, "lang": args.lang or DEFAULT_LETTER_LANGUAGE},
         lambda: "Processing profile saved.")


def letter(reg: Register, args: argparse.Namespace) -> None:
    made = letters.make_letter(reg, reg.resolve_id(args.id), args.kind, lang=args.lang,
                               out_dir=Path(args.out).expanduser() if args.out else None,
                               note=args.note, grounds=args.ground, despite=args.despite,
                               purposes=args.purpose)
    warnings = [word(w) for w in made.warnings]
    out = {"path": str(made.path), "number": made.number, "kind": made.kind,
           "lang": made.lang, "sha256": made.sha256, "sent_at": None, "warnings": warnings}
    emit(args, out, lambda: "\n".join([f"{made.number}: {made.path} (prepared; record it "
                                       f"with 'sent {made.number} --via ...' once sent)"]
                                      + [f"warning: {w}" for w in warnings]))


def sent(reg: Register, args: argparse.Namespace) -> None:
    out = letters.record_sent(reg, args.number, via=args.via, at=args.at)
    emit(args, out, lambda: f"{out['number']}: sent {out['sent_at']} via {out['via']}.")


def edit(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    if args.remove_type and not args.reason:
        raise CliError("remove_needs_reason")
    requests.edit_request(reg, rid, name=args.name, email=args.email, phone=args.phone,
                          iin=args.iin, lang=args.lang, postal_address=args.postal_address,
                          address_form=args.address_form)
    for request_type in args.add_type or []:
        requests.add_right(reg, rid, request_type)
    for request_type in args.remove_type or []:
        requests.remove_right(reg, rid, request_type, args.reason)
    _show_request(reg, args, rid)


def documents(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    requests.documents_received(reg, rid, args.received)
    _show_request(reg, args, rid)


def void(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    if args.identity is not None:
        requests.void_identity(reg, rid, args.identity, args.reason)
    elif args.action is not None:
        requests.void_action(reg, rid, args.action, args.reason)
    else:
        requests.void_request(reg, rid, args.reason)
    _show_request(reg, args, rid)


def export(reg: Register, args: argparse.Namespace) -> None:
    out = exports.export_register(reg, args.format, Path(args.out).expanduser(),
                                  date_from=args.date_from, date_to=args.date_to,
                                  status=args.status, lang=args.lang, overwrite=args.force)
    emit(args, out, lambda: f"Exported {out['requests']} request(s) to {out['path']} "
         "(a plain, unencrypted file).")


def evidence(reg: Register, args: argparse.Namespace) -> None:
    out = exports.evidence_pack(reg, reg.resolve_id(args.id), Path(args.out).expanduser(),
                                overwrite=args.force)
    emit(args, out, lambda: f"Evidence pack of {out['request']} written to {out['path']} "
         "(a plain, unencrypted file).")


def backup(reg: Register, args: argparse.Namespace) -> None:
    out = keeping.backup(reg, Path(args.out))
    emit(args, out, lambda: f"Backed up to {out['path']} (encrypted with the register's key).")


def cmd_restore(args: argparse.Namespace) -> None:
    from app.store.secrets import secret_for_existing_register

    path = db_path(args)
    if path.is_dir():
        raise CliError("register_is_folder", path=str(path))
    secret = secret_for_existing_register(path, tty_prompt)
    older = [os.environ.get("OTINISH_BACKUP_PASSPHRASE") or ""]
    out = keeping.restore(path, Path(args.file), secret.value, older=older)
    emit(args, out, lambda: f"Restored {out['requests']} request(s) from {out['restored']}; "
         f"the previous register was kept as {out['safety_copy']}." + (
             " The backup was encrypted with an earlier key; the restored register opens "
             "with the current one." if out["earlier_key"] else ""))


def purge(reg: Register, args: argparse.Namespace) -> None:
    out = keeping.purge(reg, args.closed_before, dry_run=args.dry_run)
    verb = "Would purge" if args.dry_run else "Purged"
    emit(args, out, lambda: f"{verb} the personal data of {out['purged']} closed request(s) "
         f"and {out['incidents']['purged']} closed incident(s) closed before "
         f"{out['closed_before']}.")


def cmd_demo(args: argparse.Namespace) -> None:
    from app.services import demo

    if args.size < 0:
        raise CliError("size_negative")
    path = db_path(args)
    reg = registers.open_or_create(path, prompt=tty_prompt,
                                   prompt_new=new_passphrase_prompt).register
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
    emit(args, {"path": str(path), "requests": written, "seed": args.seed},
         lambda: f"Wrote {written} demo requests to {path}.")


def add(reg: Register, args: argparse.Namespace) -> None:
    logged = requests.log_request(
        reg, channel=args.channel, types=args.type, name=args.name, email=args.email,
        phone=args.phone, iin=args.iin, lang=args.lang, received=args.received,
        text=args.text, postal_address=args.postal_address, address_form=args.address_form)
    out = short_view(reg.get_request(logged.request_id), logged.warnings)
    emit(args, out, lambda: request_text(out))


def import_email(reg: Register, args: argparse.Namespace) -> None:
    if args.again and not args.reason:
        raise CliError("again_needs_reason")
    draft = requests.read_email(args.file)
    logged = requests.import_email(reg, draft, types=args.type, lang=args.lang,
                                   again=args.reason if args.again else None)
    out = short_view(reg.get_request(logged.request_id), logged.warnings)
    emit(args, out, lambda: request_text(out))


def paste_email(reg: Register, args: argparse.Namespace) -> None:
    """Import an email given as text (headers and body, or the body with --from and
    --received), from a text file or standard input: the same path as an .eml."""
    text = sys.stdin.read() if args.file in (None, "-") else _read_text(Path(args.file))
    draft = requests.read_pasted(text, args.sender or "", args.received)
    logged = requests.import_email(reg, draft, types=args.type, lang=args.lang,
                                   phone=draft.found_phone)
    out = short_view(reg.get_request(logged.request_id), logged.warnings)
    emit(args, out, lambda: request_text(out))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise UserError("email_file_missing", file=path.name) from None
    except OSError as exc:
        raise UserError("email_file_unreadable", file=path.name, reason=exc.strerror) from None


def list_requests(reg: Register, args: argparse.Namespace) -> None:
    if args.limit is not None and args.limit < 0:
        raise CliError("limit_negative")
    rows = reg.list_requests(status=args.status, overdue=args.overdue, search=args.search,
                             limit=args.limit)
    emit(args, {"requests": rows}, lambda: "\n".join(request_line(r) for r in rows)
         or "No requests match.")


def show(reg: Register, args: argparse.Namespace) -> None:
    _show_request(reg, args, reg.resolve_id(args.id))


def identity(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    requests.record_identity(reg, rid, args.method, args.result, args.note)
    _show_request(reg, args, rid)


def action(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    requests.record_action(reg, rid, args.kind, args.note)
    _show_request(reg, args, rid)


def close(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    requests.close_request(reg, rid, args.outcome, args.reason)
    _show_request(reg, args, rid)


def reopen(reg: Register, args: argparse.Namespace) -> None:
    rid = reg.resolve_id(args.id)
    requests.reopen_request(reg, rid, args.reason)
    _show_request(reg, args, rid)


def cmd_due(args: argparse.Namespace) -> None:
    """Due date on the public calendar (no register, so no operator overrides)."""
    received = args.received.date()
    item = due_date(WorkingCalendar(), args.type, received)
    rule = item.rule
    out = {"type": args.type, "received": received.isoformat(),
           "due": item.due.isoformat(), "working_days": rule.count, "unit": rule.unit,
           "clock_start": rule.clock_start, "statutory": rule.statutory,
           "basis_kind": rule.basis_kind, "basis": item.basis,
           "citation": rule.cites(args.lang)}
    emit(args, out, lambda: f"{args.type} received {received}: due {item.due} "
         f"({item.basis})")


def rules_list(reg: Register, args: argparse.Namespace) -> None:
    rows = operator.rule_rows(reg)
    lang = args.lang
    emit(args, {"rules": rows}, lambda: "\n".join(
        f"{r['type']:<14} {r['from']}..{r['until'] or '':<10} {r['count']:>3} "
        f"{r['unit'].replace('_', ' '):<13} {r['basis_kind']:<8} {r['citation'][lang]}"
        + (" [added]" if r["added_by"] == "operator" else "") for r in rows))


def rules_add(reg: Register, args: argparse.Namespace) -> None:
    added = operator.add_rule(
        reg, type=args.type, count=args.days, unit=f"{args.unit}_days",
        effective_from=args.date_from.isoformat(), basis_kind=args.basis,
        citation={"kk": args.citation_kk, "ru": args.citation_ru, "en": args.citation_en},
        source=args.source)
    emit(args, {"rule": added}, lambda: f"Rule added: {added['type']}, {added['count']} "
         f"{args.unit} days from {added['effective_from']}.")


def cmd_check_id(args: argparse.Namespace) -> int:
    result = check_id(args.number)
    reason = word(result.problem) if result.problem else None
    warning = word(result.notice) if result.notice else None
    out = {"valid": result.valid, "kind": result.kind, "reason": reason, "warning": warning}
    emit(args, out, lambda: (f"valid {result.kind}" + (f" (warning: {warning})"
                                                        if warning else ""))
         if result.valid else f"invalid: {reason}")
    return 0 if result.valid else 1


def calendar_add(reg: Register, args: argparse.Namespace) -> None:
    row = operator.add_calendar_override(reg, args.date, args.kind, args.note)
    emit(args, row, lambda: f"{row['date']}: {row['kind']} {row['note']}")


def calendar_list(reg: Register, args: argparse.Namespace) -> None:
    rows = operator.calendar_overrides(reg)
    emit(args, {"overrides": rows}, lambda: "\n".join(
        f"{r['date']}  {r['kind']:<8} {r['note']}" for r in rows) or "No overrides.")


def cmd_info(args: argparse.Namespace) -> None:
    out = registers.info(db_path(args))
    emit(args, out, lambda: "\n".join(f"{k}: {v}" for k, v in out.items()))
