"""Incidents: register a breach, describe it, make its notice and the subjects' letter.

One function per user operation, shared by the window and the command line. The notice
to the authorized body is due by the dated rule (one working day from detection, counted
like a request's period); `open_incidents_due` is what the attention banner and the
daily reminder read.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.clock import local
from app.domain.errors import DomainError, Notice
from app.domain.incidents import NOTICE, SUBJECTS_LETTER, notice_due
from app.store import Register, StoreError
from app.store.incidents import PURGED_TEXTS

from .letters import _other_language, _write_new_file, letters_dir


@dataclass(frozen=True)
class IncidentLetter:
    """A breach letter just made (prepared: "sent" is recorded separately)."""

    path: Path
    number: str
    kind: str
    lang: str
    sha256: str
    warnings: tuple[Notice, ...] = ()


def add_incident(register: Register, *, detected: datetime, what: str | None,
                 cause: str | None = None, categories: str | None = None,
                 subjects: int | str | None = None, measures: str | None = None,
                 notify_body: str | None = None, why: str | None = None,
                 notify_subjects: str | None = None, why_subjects: str | None = None
                 ) -> dict[str, Any]:
    """Register a breach detected at *detected* (local time when naive); return its id,
    number, detection time, the notice's due date and the rule's basis."""
    iid = register.add_incident({
        "what": what, "cause": cause, "categories": categories, "subjects_count": subjects,
        "measures": measures, "notify_body": notify_body, "notify_body_why": why,
        "notify_subjects": notify_subjects, "notify_subjects_why": why_subjects,
    }, detected=local(detected))
    row = register.get_incident(iid)
    return {"id": iid, "number": row["number"], "detected": row["detected_at"],
            "due": row["due"], "basis": row["basis"]}


def update_incident(register: Register, incident_id: int, **values: Any) -> dict[str, Any]:
    """Change what is known of an open incident (None leaves a field as it is)."""
    register.update_incident(incident_id, values)
    return register.get_incident(incident_id)


def add_subject(register: Register, incident_id: int, *, name: str | None = None,
                iin: str | None = None, phone: str | None = None) -> int:
    """Keep one affected subject the notice names (full name and/or IIN and/or mobile)."""
    from app.intake.contacts import clean_contacts

    _, stored, _ = clean_contacts(None, phone, None)
    return register.add_incident_subject(incident_id, name, iin, stored)


def open_incidents_due(register: Register, today: date | None = None) -> list[dict[str, Any]]:
    """Open incidents whose notice to the authorized body is due *today* or overdue (and not
    yet recorded as sent, and not decided unnecessary), earliest first; each has
    `urgency` "today" or "overdue". For the attention banner and the daily reminder."""
    return register.incidents_due(today or register.today())


def due_for(register: Register, detected: datetime) -> dict[str, Any]:
    """When a notice of a breach detected at *detected* would be due (no register write)."""
    due = notice_due(register.calendar(), local(detected).date())
    return {"due": due.due.isoformat(), "basis": due.basis}


def set_responsible(register: Register, *, name: str | None, position: str | None = None,
                    phone: str | None = None, email: str | None = None) -> dict[str, Any]:
    """Save the person responsible for organising the processing (an operator setting)."""
    from app.intake.contacts import clean_contacts

    email, phone, _ = clean_contacts(email, phone, None)
    return register.set_setting("responsible", {"name": name, "position": position,
                                                "phone": phone, "email": email})


def _folder(register: Register, incident: dict[str, Any], out_dir: Path | None) -> Path:
    base = Path(out_dir) if out_dir is not None else letters_dir(register)
    return base / incident["detected_at"][:4] / incident["number"]


def make_incident_letter(register: Register, incident_id: int, code: str, *, lang: str,
                         out_dir: Path | None = None, templates_dir: Path | None = None
                         ) -> IncidentLetter:
    """Make the notice (*code* "incident_notice") or the subjects' letter
    ("incident_subjects") in *lang*; save it (0600, never overwritten) and keep its copy
    with a new outgoing number.

    The notice needs what the Rules ask of it: the measures taken (refused without them);
    without a responsible person it says none is appointed, with a warning.
    """
    from app.intake.phone import format_phone
    from app.letters import incidents as words

    from .operator import letter_requisites

    incident = register.get_incident(incident_id)
    path_template = words.template_path(code, lang, templates_dir)
    if code == NOTICE and not incident.get("measures"):
        raise DomainError("incident_measures_missing", number=incident["number"])
    operator, _, notices = letter_requisites(register, lang)
    notices = [n for n in notices if n.code != "profile_fallback"]
    responsible = register.get_setting("responsible")
    if responsible is None:
        notices.append(Notice("responsible_missing"))
    if code == NOTICE and not incident["subjects"]:
        notices.append(Notice("incident_subjects_missing"))
    # What the operator typed is printed as typed: said when it reads as another language.
    for field in PURGED_TEXTS:
        written = _other_language(incident.get(field), lang)
        if written:
            notices.append(Notice("incident_text_language_differs",
                                  {"lang": lang, "written": written, "text": incident[field]}))
    folder = _folder(register, incident, out_dir)
    for attempt in range(2):
        number = register.peek_number("OUT", register.today().year)
        context = words.build_context(
            code, lang, incident=incident, operator=operator, responsible=responsible,
            number=number, today=register.today(), show_phone=format_phone,
            number_format=register.get_setting("letter_number_format"),
            authorized_body=register.get_setting("authorized_body").get(lang),
            executor=register.get_setting("executor"))
        content = words.render(path_template, context)
        path = folder / f"{number}_{code}_{lang}.docx"
        _write_new_file(path, content)
        try:
            kept = register.record_incident_letter(incident_id, kind=code, lang=lang,
                                                   number=number, file_name=path.name,
                                                   content=content)
        except StoreError as exc:
            with contextlib.suppress(OSError):
                path.unlink()
            if exc.code == "letter_number_taken" and attempt == 0:
                continue
            raise
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return IncidentLetter(path, kept["number"], code, lang, kept["sha256"],
                              tuple(notices))
    raise AssertionError("unreachable")  # pragma: no cover


def make_notice(register: Register, incident_id: int, *, lang: str,
                out_dir: Path | None = None) -> IncidentLetter:
    """The notice to the authorized body (kk or ru)."""
    return make_incident_letter(register, incident_id, NOTICE, lang=lang, out_dir=out_dir)


def make_subjects_letter(register: Register, incident_id: int, *, lang: str,
                         out_dir: Path | None = None) -> IncidentLetter:
    """The notification of the affected subjects (kk, ru or en)."""
    return make_incident_letter(register, incident_id, SUBJECTS_LETTER, lang=lang,
                                out_dir=out_dir)


def record_sent(register: Register, number: str, *, via: str,
                at: datetime | None = None) -> dict[str, Any]:
    """Record that the incident letter *number* was sent (*via*, at *at*, default now)."""
    return register.record_incident_sent(number, via=via, at=at)


def close_incident(register: Register, incident_id: int) -> dict[str, Any]:
    """Close an open incident."""
    register.close_incident(incident_id)
    return register.get_incident(incident_id)


#: The columns of an incidents export (the affected subjects stay out: they go only into
#: the notice).
EXPORT_COLUMNS: tuple[str, ...] = (
    "number", "detected_at", "what", "cause", "categories", "subjects_count", "measures",
    "notify_body", "notify_body_why", "notify_subjects", "notify_subjects_why", "due",
    "notice_number", "notice_sent_at", "status", "closed_at", "basis")


def export_rows(register: Register) -> list[dict[str, Any]]:
    """One row per incident, oldest first, with its notice's number and sending."""
    rows = []
    for item in reversed(register.list_incidents()):
        full = register.get_incident(item["id"])
        notices = [x for x in full["letters"] if x["kind"] == NOTICE]
        sent = [x for x in notices if x["sent_at"]]
        notice = (sent or notices or [None])[0]
        rows.append({**{k: item.get(k) for k in EXPORT_COLUMNS},
                     "notice_number": notice["number"] if notice else None,
                     "notice_sent_at": notice["sent_at"] if notice else None})
    return rows


def export_incidents(register: Register, path: Path) -> dict[str, Any]:
    """Write the incidents to *path* (.csv or .xlsx), owner-only (0600), never over a file
    that exists; return the path and the count. Text is text: an XLSX cell is a string
    cell, a CSV cell that would start a formula gets an apostrophe (a breach's description
    typed as "=HYPERLINK(...)" is not a formula in Excel)."""
    import csv
    import io

    from app.letters.exports import csv_cell
    from app.letters.outputs import write_output
    from app.letters.sheets import Workbook

    path = Path(path)
    rows = export_rows(register)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DomainError("incident_export_format", value=path.suffix or path.name)

    def write(f: Any, scratch: Path) -> None:
        if suffix == ".xlsx":
            with Workbook(f, scratch) as book:
                sheet = book.add_sheet("incidents")
                sheet.header(EXPORT_COLUMNS)
                for row in rows:
                    sheet.append([row[c] for c in EXPORT_COLUMNS])
            return
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else csv_cell(str(row[c]))
                             for c in EXPORT_COLUMNS])
        f.write(("\ufeff" + text.getvalue()).encode("utf-8"))  # BOM: Excel reads UTF-8

    write_output(path, write, register_path=register.path)
    return {"path": str(path), "count": len(rows)}
