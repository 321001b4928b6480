"""Exports of the register and evidence packs of one request, with progress and cancel.

Both are plain files with personal data in them, written only where the operator
asks (through a temporary file, so a cancelled or failed export leaves nothing).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from app.letters import exports
from app.store import Register, witness

from .operator import backup_folder, default_letter_language, rule_rows
from .progress import Progress, counted

FORMATS = exports.FORMATS


def remove_partial_outputs(folder: Path) -> int:
    """Remove what an export or evidence pack interrupted by a crash left in *folder*
    (call at start, before any export begins); return how many."""
    from app.letters.outputs import remove_partial_outputs as remove

    return remove(Path(folder))


def export_count(register: Register, *, date_from: date | None = None,
                 date_to: date | None = None, status: str | None = None) -> int:
    """How many requests an export with these filters holds."""
    return register.export_count(date_from=date_from, date_to=date_to, status=status)


def export_register(register: Register, fmt: str, out: Path, *, date_from: date | None = None,
                    date_to: date | None = None, status: str | None = None,
                    lang: str | None = None, progress: Progress | None = None,
                    overwrite: bool = False) -> dict[str, Any]:
    """Export the register as CSV, XLSX or a DOCX journal (headings in *lang*, by default
    the register's letter language); *progress* may cancel it. An existing *out* is
    replaced only with *overwrite* (the operator confirmed), and never the register, its
    files or a backup."""
    total = export_count(register, date_from=date_from, date_to=date_to, status=status) \
        if progress is not None else 0
    return exports.export_register(
        register, fmt, Path(out), date_from=date_from, date_to=date_to, status=status,
        lang=lang or default_letter_language(register),
        observe=(lambda rows: counted(rows, total, progress)) if progress else None,
        rules=rule_rows(register), overwrite=overwrite,
        backup_dirs=[backup_folder(register)])


def evidence_pack(register: Register, request_id: int, out: Path, *,
                  progress: Progress | None = None, overwrite: bool = False
                  ) -> dict[str, Any]:
    """A ZIP with everything about one request and a manifest of sha256 sums (*out* is
    checked as an export's target is)."""
    if progress is not None:
        progress.step(0, 1)
    # The deadline rules of the request's rights, the app's and any the operator added,
    # so an inspector reads the basis of every date in the pack.
    types = {i["type"] for i in register.get_request(request_id)["items"]}
    rules = [r for r in rule_rows(register) if r["type"] in types]
    extra = {"rules.json": json.dumps(rules, ensure_ascii=False, indent=2).encode("utf-8")}
    # Issue 14: the exact messages the letters went out in (or were drafted as).
    for mail in register.letter_mails(request_id):
        if mail["content"] is not None:
            extra[f"mail/{mail['number']}_{mail['via']}_{mail['id']}.eml"] = \
                bytes(mail["content"])
    # The head of the audit chain and what its witness outside the file says, so the pack
    # can be tied to the register (and to an inspection report) on a later day.
    extra["audit_head.json"] = json.dumps(witness.statement(register), ensure_ascii=False,
                                          indent=2).encode("utf-8")
    result = exports.evidence_pack(register, request_id, Path(out), extra=extra,
                                   overwrite=overwrite, backup_dirs=[backup_folder(register)])
    if progress is not None:
        progress.step(1, 1)
    return result
