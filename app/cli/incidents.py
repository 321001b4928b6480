"""The command line's incident commands: `incident ...` and `operator responsible`.

Registered from parser.py; each command calls one service of app/services/incidents.py
and prints its result (one JSON object with --json).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.domain.incidents import YES_NO
from app.domain.vocab import SENT_VIA
from app.services import incidents
from app.store import Register

from .messages import word
from .output import emit


def _reg(fn: Any) -> Any:
    from .commands import with_register

    return with_register(fn)


def _line(i: dict[str, Any]) -> str:
    flag = {"overdue": " OVERDUE", "today": " DUE TODAY"}.get(i.get("urgency") or "", "")
    return (f"{i['id']:>4}  {i['number']}  {i['detected_at'][:16]}  {i['status']:<6} "
            f"notice due {i['due']}{flag}  {i['what'] or ''}")


def _letter_out(args: argparse.Namespace, made: incidents.IncidentLetter) -> None:
    warnings = [word(w) for w in made.warnings]
    out = {"path": str(made.path), "number": made.number, "kind": made.kind,
           "lang": made.lang, "sha256": made.sha256, "sent_at": None, "warnings": warnings}
    emit(args, out, lambda: "\n".join(
        [f"{made.number}: {made.path} (prepared; record it with 'incident sent "
         f"{made.number} --via ...' once sent)"] + [f"warning: {w}" for w in warnings]))


def add(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.add_incident(
        reg, detected=args.detected, what=args.what, cause=args.cause,
        categories=args.categories, subjects=args.subjects, measures=args.measures,
        notify_body=args.notify_body, why=args.why, notify_subjects=args.notify_subjects,
        why_subjects=args.why_subjects)
    emit(args, out, lambda: f"{out['number']}: notice to the authorized body due "
                            f"{out['due']} [{out['basis']}]")


def update(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.update_incident(
        reg, reg.resolve_incident(args.id), what=args.what, cause=args.cause,
        categories=args.categories, subjects_count=args.subjects, measures=args.measures,
        notify_body=args.notify_body, notify_body_why=args.why,
        notify_subjects=args.notify_subjects, notify_subjects_why=args.why_subjects)
    emit(args, out, lambda: _line(out))


def subject(reg: Register, args: argparse.Namespace) -> None:
    sid = incidents.add_subject(reg, reg.resolve_incident(args.id), name=args.name,
                                iin=args.iin, phone=args.phone)
    emit(args, {"id": sid}, lambda: f"Affected subject {sid} kept.")


def list_(reg: Register, args: argparse.Namespace) -> None:
    rows = reg.list_incidents(status=args.status)
    emit(args, {"incidents": rows, "count": len(rows)},
         lambda: "\n".join(_line(r) for r in rows) or "No incidents.")


def show(reg: Register, args: argparse.Namespace) -> None:
    out = reg.get_incident(reg.resolve_incident(args.id))

    def text() -> str:
        lines = [_line(out), f"  basis: {out['basis']}"]
        for key in ("cause", "categories", "subjects_count", "measures", "notify_body",
                    "notify_body_why", "notify_subjects", "notify_subjects_why"):
            lines.append(f"  {key}: {out[key] if out[key] is not None else '-'}")
        lines += [f"  subject: {s['name'] or '-'}  IIN: {s['iin'] or '-'}  "
                  f"phone: {s['phone'] or '-'}" for s in out["subjects"]]
        lines += [f"  letter: {x['number']} {x['kind']} {x['lang']} sent: {x['sent_at'] or '-'}"
                  for x in out["letters"]]
        return "\n".join(lines)
    emit(args, out, text)


def close(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.close_incident(reg, reg.resolve_incident(args.id))
    emit(args, out, lambda: f"{out['number']}: closed.")


def notice(reg: Register, args: argparse.Namespace) -> None:
    _letter_out(args, incidents.make_notice(
        reg, reg.resolve_incident(args.id), lang=args.lang,
        out_dir=Path(args.out).expanduser() if args.out else None))


def letter(reg: Register, args: argparse.Namespace) -> None:
    _letter_out(args, incidents.make_subjects_letter(
        reg, reg.resolve_incident(args.id), lang=args.lang,
        out_dir=Path(args.out).expanduser() if args.out else None))


def sent(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.record_sent(reg, args.number, via=args.via, at=args.at)
    emit(args, out, lambda: f"{out['number']}: sent {out['sent_at']} via {out['via']}.")


def due(reg: Register, args: argparse.Namespace) -> None:
    rows = incidents.open_incidents_due(reg)
    emit(args, {"incidents": rows, "count": len(rows)},
         lambda: "\n".join(_line(r) for r in rows) or "No incident notice is due.")


def export(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.export_incidents(reg, Path(args.file).expanduser())
    emit(args, out, lambda: f"{out['count']} incident(s) written to {out['path']}.")


def responsible(reg: Register, args: argparse.Namespace) -> None:
    out = incidents.set_responsible(reg, name=args.name, position=args.position,
                                    phone=args.phone, email=args.email)
    emit(args, {"responsible": out}, lambda: "Responsible person saved.")


def _describe(s: argparse.ArgumentParser, *, required: bool) -> None:
    s.add_argument("--what", required=required, help="what happened")
    s.add_argument("--cause")
    s.add_argument("--categories", help="the data categories affected")
    s.add_argument("--subjects", type=int, help="how many subjects are affected")
    s.add_argument("--measures", help="the measures taken to remedy the breach")
    s.add_argument("--notify-body", choices=YES_NO,
                   help="whether the authorized body must be notified (give --why)")
    s.add_argument("--why", help="why the authorized body is (or is not) notified")
    s.add_argument("--notify-subjects", choices=YES_NO,
                   help="whether the subjects must be notified (give --why-subjects)")
    s.add_argument("--why-subjects")


def register_commands(sub: Any, parser_class: type, parse_received: Any) -> None:
    """Add `incident ...` to the CLI's sub-commands."""
    inc = sub.add_parser("incident", help="breaches of personal-data security and their notice")
    inc_sub = inc.add_subparsers(dest="incident_command", required=True,
                                 parser_class=parser_class)
    s = inc_sub.add_parser("add", help="register a breach; the notice is due 1 working day "
                           "after the day of detection")
    s.add_argument("--detected", required=True, type=parse_received,
                   help="YYYY-MM-DDTHH:MM, local time")
    _describe(s, required=True)
    s.set_defaults(func=_reg(add))
    s = inc_sub.add_parser("update", help="change what is known of an open incident")
    s.add_argument("id")
    _describe(s, required=False)
    s.set_defaults(func=_reg(update))
    s = inc_sub.add_parser("subject", help="an affected subject the notice names")
    s.add_argument("id")
    s.add_argument("--name", help="surname, name, patronymic")
    s.add_argument("--iin")
    s.add_argument("--phone", help="mobile number")
    s.set_defaults(func=_reg(subject))
    s = inc_sub.add_parser("list")
    s.add_argument("--status", choices=("open", "closed"))
    s.set_defaults(func=_reg(list_))
    s = inc_sub.add_parser("show")
    s.add_argument("id", help="id or number (INC-YYYY-NNNN)")
    s.set_defaults(func=_reg(show))
    s = inc_sub.add_parser("close")
    s.add_argument("id")
    s.set_defaults(func=_reg(close))
    s = inc_sub.add_parser("due", help="open incidents whose notice is due today or overdue")
    s.set_defaults(func=_reg(due))
    s = inc_sub.add_parser("notice", help="the notice to the authorized body (.docx)")
    s.add_argument("id")
    s.add_argument("--lang", required=True, choices=("kk", "ru"))
    s.add_argument("--out", help="folder (default: the letters folder)")
    s.set_defaults(func=_reg(notice))
    s = inc_sub.add_parser("letter", help="the notification of the affected subjects (.docx)")
    s.add_argument("id")
    s.add_argument("--to-subjects", action="store_true", required=True)
    s.add_argument("--lang", required=True, choices=("kk", "ru", "en"))
    s.add_argument("--out", help="folder (default: the letters folder)")
    s.set_defaults(func=_reg(letter))
    s = inc_sub.add_parser("export", help="write every incident to a .csv or .xlsx file")
    s.add_argument("file")
    s.set_defaults(func=_reg(export))
    s = inc_sub.add_parser("sent", help="record that an incident letter was sent")
    s.add_argument("number", help="outgoing number (OUT-YYYY-NNNN)")
    s.add_argument("--via", required=True, choices=SENT_VIA)
    s.add_argument("--at", type=parse_received, help="YYYY-MM-DD[THH:MM], local time")
    s.set_defaults(func=_reg(sent))


def register_operator_commands(op_sub: Any) -> None:
    """Add `operator responsible` (the person responsible for organising the processing)."""
    s = op_sub.add_parser("responsible", help="the person responsible for organising the "
                          "processing of personal data (named in breach notices)")
    s.add_argument("--name", required=True)
    s.add_argument("--position")
    s.add_argument("--phone")
    s.add_argument("--email")
    s.set_defaults(func=_reg(responsible))
