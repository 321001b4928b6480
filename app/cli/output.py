"""How the command line prints: exactly one JSON object with --json, else readable lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from app.domain.text_clean import clean_text, clean_value

from .messages import word


def emit(args: argparse.Namespace, obj: dict[str, Any], text: Callable[[], str]) -> None:
    """Print *obj* as one JSON line (--json) or *text()* for a person; never a control or
    bidi character (a register may hold them from before they were refused)."""
    if args.json:
        sys.stdout.write(json.dumps(clean_value(obj), ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(clean_text(text()).rstrip("\n") + "\n")


def request_line(r: dict[str, Any]) -> str:
    """One request on one line."""
    types = ",".join(i["type"] for i in r["items"])
    due = r["due"] or "-"
    left = r.get("working_days_left")
    flag = " OVERDUE" if r.get("overdue") else ""
    left_text = f" ({left} wd left)" if left is not None and left >= 0 else ""
    return (f"{r['id']:>5}  {r['number']}  {r['received'][:16]}  {r['channel']:<9} "
            f"{r['status']:<17} due {due}{left_text}{flag}  {types}  {r['requester']['name']}")


def request_text(r: dict[str, Any]) -> str:
    """A request with its rights, checks, actions and warnings."""
    lines = [request_line(r)]
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


def short_view(view: dict[str, Any], warnings: list[Any] = ()) -> dict[str, Any]:
    """The request fields `add` and `import-email` print, with their warnings worded."""
    keep = ("id", "number", "received", "channel", "lang", "status", "outcome", "closed_at",
            "due", "working_days_left", "overdue", "requester", "summary", "items",
            "postal_address", "address_form")
    return {k: view[k] for k in keep} | {"warnings": [word(w) for w in warnings]}


def say_witness_problem(reg: Any) -> None:
    """Tell, on stderr, that the register's history differs from its witness outside the
    file (the command still runs: `check` says more)."""
    if reg.witness_problem is not None:
        sys.stderr.write(f"otinish: warning: {word(reg.witness_problem)}\n")


def say_place(reg: Any) -> None:
    """Tell, on stderr, where the register is when that needs care (a network file
    system, OneDrive; app/store/places.py)."""
    from app.services.registers import place_notices

    for notice in place_notices(reg):
        sys.stderr.write(f"otinish: warning: {word(notice)}\n")


def say_recovery(out: dict[str, Any]) -> str:
    """A new recovery passphrase, shown this once."""
    return (f"Recovery passphrase (shown only now; write it down and keep it apart from "
            f"this computer): {out['recovery_passphrase']}\nWith it, 'recover' puts the "
            f"register's key back into a new keychain. Its file: {out['path']}")
