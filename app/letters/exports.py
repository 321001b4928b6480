"""Register exports (CSV, XLSX, a DOCX journal) and the evidence pack of one request.

Exports are plain files with personal data in them: the operator asks for them and
the UI marks them as unencrypted. Each is written in a private scratch folder beside
the target and renamed into place (app/letters/outputs.py), so a failure never leaves
half a file, nothing goes to the system temp folder, and an existing file, the
register or a backup is never replaced unasked.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain.text_clean import clean_value
from app.languages import DEFAULT_LETTER_LANGUAGE
from app.store import NotFoundError, Register

from . import names
from .context import format_day
from .errors import LetterError
from .kinds import KINDS
from .outputs import check_target, write_output
from .sheets import Workbook, cell_text, landscape_document

FORMATS = ("csv", "xlsx", "docx")


def kind_title(code: str, lang: str) -> str:
    """A letter kind's heading in *lang*, or its code for a kind no longer declared."""
    return KINDS[code].titles[lang] if code in KINDS else code

COLUMNS = ("number", "received", "channel", "requester", "email", "phone", "types", "lang",
           "identity", "status", "outcome", "due", "closed")
HEADINGS: dict[str, dict[str, str]] = {
    "ru": {"number": "Вх. №", "received": "Получено", "channel": "Канал",
           "requester": "Заявитель", "email": "Эл. почта", "phone": "Телефон",
           "types": "Требования", "lang": "Язык", "identity": "Проверка личности",
           "status": "Статус", "outcome": "Результат", "due": "Срок",
           "closed": "Закрыто", "title": "Журнал обращений субъектов персональных данных",
           "actions": "Действия", "letters": "Письма", "text": "Текст обращения",
           "prepared": "составлено", "sent": "отправлено", "not_sent": "не отправлено",
           "voided": "аннулировано"},
    "kk": {"number": "Кіріс №", "received": "Алынды", "channel": "Арна",
           "requester": "Өтініш беруші", "email": "Эл. пошта", "phone": "Телефон",
           "types": "Талаптар", "lang": "Тіл", "identity": "Жеке басын тексеру",
           "status": "Мәртебе", "outcome": "Нәтиже", "due": "Мерзім", "closed": "Жабылды",
           "title": "Дербес деректер субъектілерінің өтініштерін тіркеу журналы",
           "actions": "Әрекеттер", "letters": "Хаттар", "text": "Өтініштің мәтіні",
           "prepared": "жасалды", "sent": "жіберілді", "not_sent": "жіберілмеген",
           "voided": "күші жойылды"},
    "en": {"number": "In. No.", "received": "Received", "channel": "Channel",
           "requester": "Requester", "email": "Email", "phone": "Phone",
           "types": "Rights requested", "lang": "Language", "identity": "Identity check",
           "status": "Status", "outcome": "Outcome", "due": "Due", "closed": "Closed",
           "title": "Register of data-subject requests",
           "actions": "Actions", "letters": "Letters", "text": "Text of the request",
           "prepared": "prepared", "sent": "sent", "not_sent": "not sent",
           "voided": "voided"},
}


#: What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet reads as text: one that would start a formula gets a
    leading apostrophe (the OWASP convention; Excel hides it, a phone "+7 705…" reads
    "'+7 705…" in a text editor)."""
    value = cell_text(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _row_values(row: dict[str, Any], lang: str) -> dict[str, Any]:
    identity = ""
    if row["identity"]:
        method, result = row["identity"].split(":", 1)
        identity = (f"{names.IDENTITY_METHOD_NAMES[lang][method]}: "
                    f"{names.IDENTITY_RESULT_NAMES[lang][result]}")
    return {
        "number": row["number"],
        "received": datetime.fromisoformat(row["received_at"]),
        "channel": names.CHANNEL_NAMES[lang][row["channel"]],
        "requester": row["requester_name"] or "",
        "email": row["requester_email"] or "",
        "phone": row["requester_phone"] or "",
        "types": "; ".join(names.TYPE_NAMES[lang][t] for t in (row["types"] or "").split(",")
                           if t),
        "lang": row["lang"],
        "identity": identity,
        "status": names.STATUS_NAMES[lang][row["status"]],
        "outcome": names.OUTCOME_NAMES[lang][row["outcome"]] if row["outcome"] else "",
        "due": date.fromisoformat(row["due"]) if row["due"] else None,
        "closed": datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else None,
    }


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


#: The CSV field separator per headings' language: Excel on a Russian or Kazakh Windows
#: splits on ";" (its list separator, since "," is the decimal mark there), so a
#: comma-separated file opened there is one column.
CSV_DELIMITERS = {"ru": ";", "kk": ";", "en": ","}


def _write_csv(rows: Iterable[dict[str, Any]], lang: str, f: BinaryIO) -> int:
    """Cells that would start a formula are written as text (see :func:`csv_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITERS.get(lang, ","))
    writer.writerow([HEADINGS[lang][c] for c in COLUMNS])
    f.write(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    n = 0
    for row in rows:
        values = _row_values(row, lang)
        writer.writerow([csv_cell(_text(values[c])) for c in COLUMNS])
        n += 1
        if n % 1000 == 0:
            f.write(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()
    f.write(buffer.getvalue().encode("utf-8"))
    return n


#: The columns of the deadline rules sheet, per language.
RULE_HEADINGS: dict[str, tuple[str, ...]] = {
    "ru": ("Требование", "Действует с", "Срок", "Единица", "Основание", "Ссылка", "Источник",
           "Кем добавлено"),
    "kk": ("Талап", "Күшіне енген күні", "Мерзім", "Бірлік", "Негіз", "Сілтеме", "Дереккөз",
           "Кім қосты"),
    "en": ("Right", "In force from", "Period", "Unit", "Basis", "Citation", "Source",
           "Added by"),
}


def _write_rules(book: Workbook, rules: Sequence[dict[str, Any]], lang: str) -> None:
    """A second sheet: every deadline rule the dates rest on (the app's and the operator's),
    so an inspector reading the export can check each date's basis."""
    sheet = book.add_sheet({"ru": "Сроки", "kk": "Мерзімдер", "en": "Deadlines"}[lang])
    sheet.header(RULE_HEADINGS[lang])
    for r in rules:
        sheet.append([names.TYPE_NAMES[lang][r["type"]], r["from"], r["count"], r["unit"],
                      r["basis_kind"], r["citation"][lang], r["source"], r["added_by"]])


#: The register sheet's column widths in characters (14 for the others).
XLSX_WIDTHS = {"number": 14, "received": 17, "requester": 28, "email": 26, "types": 40,
               "identity": 24, "due": 12, "closed": 17}


def _write_xlsx(rows: Iterable[dict[str, Any]], lang: str, f: BinaryIO, scratch: Path,
                rules: Sequence[dict[str, Any]] = ()) -> int:
    """Stream the rows into an XLSX file (app/letters/sheets.py): memory stays flat, and
    the rows wait in *scratch*, the output's private folder beside the target."""
    with Workbook(f, scratch) as book:
        sheet = book.add_sheet(HEADINGS[lang]["title"])
        sheet.freeze_panes(1)
        for i, c in enumerate(COLUMNS):
            sheet.set_column(i, i, XLSX_WIDTHS.get(c, 14))
        sheet.header(HEADINGS[lang][c] for c in COLUMNS)
        append = sheet.append
        n = 0
        for row in rows:
            values = _row_values(row, lang)
            append([values[c] for c in COLUMNS])
            n += 1
        if rules:
            _write_rules(book, rules, lang)
    return n


def _write_docx(rows: Iterable[dict[str, Any]], lang: str, f: BinaryIO,
                subtitle: str) -> int:
    doc = landscape_document()
    doc.add_heading(HEADINGS[lang]["title"], level=1)
    if subtitle:
        doc.add_paragraph(subtitle)
    cols = [c for c in COLUMNS if c not in ("lang",)]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, c in zip(table.rows[0].cells, cols, strict=True):
        cell.text = cell_text(HEADINGS[lang][c])
        for run in cell.paragraphs[0].runs:
            run.bold = True
    n = 0
    for row in rows:
        values = _row_values(row, lang)
        cells = table.add_row().cells
        for cell, c in zip(cells, cols, strict=True):
            cell.text = cell_text(_text(values[c]))
        n += 1
    buffer = io.BytesIO()
    doc.save(buffer)
    f.write(buffer.getbuffer())
    return n


def export_register(
    register: Register,
    fmt: str,
    out: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    status: str | None = None,
    lang: str = DEFAULT_LETTER_LANGUAGE,
    observe: Callable[[Iterator[dict[str, Any]]], Iterable[dict[str, Any]]] | None = None,
    rules: Sequence[dict[str, Any]] | None = None,
    overwrite: bool = False,
    backup_dirs: Sequence[Path] = (),
) -> dict[str, Any]:
    """Export the register (filtered) as CSV, XLSX or a DOCX journal; return a summary.

    *observe* wraps the rows as they stream (progress, cancelling); *rules* (the deadline
    rules, app's and operator's) go on a second sheet of an XLSX export. An existing file
    is replaced only with *overwrite*, and never the register or a backup (see
    app/letters/outputs.py). A cell that would start a formula is text: a string cell in
    XLSX, a leading apostrophe in CSV (the OWASP convention).
    """
    if fmt not in FORMATS:
        raise LetterError("unknown_export_format", value=fmt, allowed=", ".join(FORMATS))
    if date_from and date_to and date_from > date_to:
        raise LetterError("period_reversed")
    rows: Iterable[dict[str, Any]] = register.export_rows(
        date_from=date_from, date_to=date_to, status=status)
    if observe is not None:
        rows = observe(iter(rows))
    count = 0

    def write(f: BinaryIO, scratch: Path) -> None:
        nonlocal count
        if fmt == "csv":
            count = _write_csv(rows, lang, f)
        elif fmt == "xlsx":
            count = _write_xlsx(rows, lang, f, scratch, rules or ())
        else:
            period = " — ".join(format_day(d, lang) for d in (date_from, date_to) if d)
            count = _write_docx(rows, lang, f, period)

    write_output(Path(out), write, overwrite=overwrite, register_path=register.path,
                 backup_dirs=backup_dirs)
    return {"path": str(out), "format": fmt, "requests": count}


# ---------------------------------------------------------------- evidence pack
def _summary_docx(view: dict[str, Any], operator: dict[str, Any] | None, lang: str) -> bytes:
    # What the register holds may carry control characters from before they were refused:
    # a document cannot (python-docx refuses them), so they go.
    view, operator = clean_value(view), clean_value(operator)
    doc = landscape_document()
    h = HEADINGS[lang]
    doc.add_heading(f"{view['number']} — {view['requester']['name']}", level=1)
    if operator:
        doc.add_paragraph(f"{operator['name']}, {operator['id']}")
    facts = [
        (h["received"], view["received"]),
        (h["channel"], names.CHANNEL_NAMES[lang][view["channel"]]),
        (h["requester"], view["requester"]["name"]),
        (h["email"], view["requester"]["email"] or ""),
        (h["phone"], view["requester"]["phone"] or ""),
        (h["status"], names.STATUS_NAMES[lang][view["status"]]),
        (h["outcome"], names.OUTCOME_NAMES[lang][view["outcome"]] if view["outcome"] else ""),
        (h["closed"], view["closed_at"] or ""),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(value)
    sections = [
        (h["types"], [f"{names.TYPE_NAMES[lang][i['type']]}: {i['due']} — {i['basis']}"
                      + (f" ({i['done_at']})" if i["done"] else "") for i in view["items"]]),
        (h["identity"], [f"{c['at']}: {names.IDENTITY_METHOD_NAMES[lang][c['method']]} — "
                         f"{names.IDENTITY_RESULT_NAMES[lang][c['result']]} {c['note'] or ''}"
                         for c in view["identity_checks"]]),
        (h["actions"], [f"{a['at']}: {names.ACTION_KIND_NAMES[lang][a['kind']]} — {a['note']}"
                        + (f" [{h['voided']}: {a['void_reason']}]" if a.get("voided") else "")
                        for a in view["actions"]]),
        (h["letters"], [f"{le['number']} — {kind_title(le['kind'], lang)} "
                        f"({names.LANGUAGE_NAMES[lang][le['lang']]}); {h['prepared']} "
                        f"{le['created_at']}; "
                        + (f"{h['sent']} {le['sent_at']} "
                           f"({names.SENT_VIA_NAMES[lang][le['sent_via']]})"
                           if le.get("sent_at") else h["not_sent"])
                        + f"; sha256 {le['sha256']}" for le in view["letters"]]),
    ]
    for title, lines in sections:
        doc.add_heading(title, level=2)
        for line in lines or ["—"]:
            doc.add_paragraph(line, style="List Bullet")
    if view.get("text"):
        doc.add_heading(h["text"], level=2)
        doc.add_paragraph(view["text"])
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def evidence_pack(register: Register, request_id: int, out: Path, *, lang: str | None = None,
                  extra: dict[str, bytes] | None = None, overwrite: bool = False,
                  backup_dirs: Sequence[Path] = ()) -> dict[str, Any]:
    """Write a ZIP with everything about one request and a manifest of sha256 sums;
    *extra* files (name -> bytes) go in too. The target is checked as an export's is."""
    check_target(Path(out), overwrite=overwrite, register_path=register.path,
                 backup_dirs=backup_dirs)
    view = register.get_request(request_id)
    lang = lang or view["lang"]
    files: dict[str, bytes] = dict(extra or {})
    missing = []
    for letter in view["letters"]:
        try:
            files[f"letters/{letter['file_name']}"] = register.letter_content(letter["id"])
        except NotFoundError:
            missing.append(letter["number"])
    for att in view["attachments"]:
        files[f"originals/{att['id']}_{att['file_name']}"] = register.attachment_content(
            att["id"])
    files["summary.docx"] = _summary_docx(view, register.get_operator(), lang)
    events = register.events_of(request_id)
    files["events.json"] = json.dumps(events, ensure_ascii=False, indent=2).encode("utf-8")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(events[0]) if events else ["id"])
    writer.writeheader()
    writer.writerows({k: csv_cell(v) if isinstance(v, str) else v for k, v in e.items()}
                     for e in events)
    files["events.csv"] = buffer.getvalue().encode("utf-8-sig")
    # An attachment keeps the name it came with; unpacked on Windows, `a:b?.eml` would
    # be refused: every member gets a name Windows takes, unique there (member_names.py).
    from .member_names import safe_members

    files = safe_members(files, taken=("manifest.json", "SHA256SUMS"))
    manifest = {
        "request": view["number"],
        "created_at": register.now().isoformat(timespec="seconds"),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
        "letters_without_copy": missing,
    }
    sums = "".join(f"{digest}  {name}\n" for name, digest in manifest["files"].items())

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(name, data)
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        z.writestr("SHA256SUMS", sums)

    def write(f: BinaryIO, scratch: Path) -> None:
        f.write(buffer.getbuffer())

    write_output(Path(out), write, overwrite=overwrite, register_path=register.path,
                 backup_dirs=backup_dirs)
    return {"path": str(out), "request": view["number"], "files": len(files) + 2}
