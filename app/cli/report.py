"""The command line's `report`: the inspection pack of a period (a reading command).

Registered from parser.py; it calls app/services/report.py and prints the files written
and the main figures (one JSON object with --json).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.vocab import LANGUAGES
from app.services import report
from app.store import Register

from .output import emit


def run(reg: Register, args: argparse.Namespace) -> None:
    out = report.make_report(reg, args.date_from, args.date_to, args.lang,
                             Path(args.out).expanduser(), overwrite=args.force)
    late = sum(v["late"] for v in out["on_time"].values())
    emit(args, out, lambda: "\n".join([
        f"Report written: {out['docx']} and {out['xlsx']} (plain, unencrypted files).",
        f"{out['requests']} request(s), {late} right(s) late, {out['incidents']} incident(s).",
        f"Check: {out['check']}; audit head {out['audit_head']} ({out['events']} events)."]))


def register_command(sub: Any, reading: Callable[..., Any],
                     parse_day: Callable[[str], Any]) -> None:
    """Add `report` to the CLI's sub-commands (it only reads the register)."""
    s = sub.add_parser("report", help="the inspection pack of a period: a .docx report and "
                       "its .xlsx annex in one language")
    s.add_argument("--from", dest="date_from", required=True, type=parse_day,
                   help="YYYY-MM-DD, the first day of receipt")
    s.add_argument("--to", dest="date_to", required=True, type=parse_day,
                   help="YYYY-MM-DD, the last day of receipt")
    s.add_argument("--lang", required=True, choices=LANGUAGES)
    s.add_argument("--out", required=True, help="the folder the two files go to")
    s.add_argument("--force", action="store_true", help="replace the files of an earlier "
                   "report of the same period and language")
    s.set_defaults(func=reading(run))
