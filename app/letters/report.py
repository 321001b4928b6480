"""The inspection pack's files: a .docx report and its .xlsx annex, in kk, ru or en.

The figures come from app/services/report.py as codes and values; this module words them
(app/letters/report_words.py and names.py) and writes the files through the safe output
writer (app/letters/outputs.py). The same figures give the same bytes: document
properties are fixed to the report's day, and every zip entry carries one fixed time.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from copy import deepcopy
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain import notes
from app.domain.rules import WORKING_DAYS
from app.domain.text_clean import clean_value

from . import names
from .context import format_day
from .outputs import check_target, write_output
from .report_words import WORDS
from .sheets import ZIP_TIME, Workbook, cell_text, landscape_document

TIMELINESS = ("on_time", "answered_late", "open_late", "pending", "withdrawn")


# ------------------------------------------------------------------ wording
def _day(value: str | None, lang: str) -> str:
    return format_day(value, lang) if value else ""


def _moment(value: str | None, lang: str) -> str:
    """A moment as the report's readers write it: 05.01.2026 09:00 in kk and ru (as the
    letters do), 2026-01-05 09:00 in English (no day/month ambiguity)."""
    if not value:
        return ""
    day, clock = value[:10], value[11:16]
    if lang in ("kk", "ru"):
        day = f"{day[8:10]}.{day[5:7]}.{day[:4]}"
    return f"{day} {clock}".strip()


def _note(note: str | None, lang: str) -> str:
    """An action's note: the app's own notes in the report's language, the operator's as
    typed."""
    parsed = notes.parse(note)
    if parsed is None:
        return note or ""
    code, values = parsed
    return WORDS[lang][f"note_{code}"].format(**values)


def _explanation(item: dict[str, Any], lang: str) -> str:
    lines = [f"{_moment(a['at'], lang)}: {names.ACTION_KIND_NAMES[lang][a['kind']]}"
             + (f" — {_note(a['note'], lang)}" if a["note"] else "")
             for a in item["explanation"]]
    return "; ".join(lines) or WORDS[lang]["no_explanation"]


def _reply(item: dict[str, Any], lang: str) -> str:
    w = WORDS[lang]
    if item["reply"] is None:
        return w["no_reply"]
    return w["sent_on"].format(number=item["reply"], day=_day(item["sent_at"], lang))


def _grounds(letter: dict[str, Any], lang: str) -> str:
    if letter["grounds"] is None:
        return WORDS[lang]["no_copy"]
    if not letter["grounds"]:
        return WORDS[lang]["grounds_unread"]
    return "; ".join(f"{names.REFUSAL_GROUNDS[g][lang]['text']} "
                     f"({names.REFUSAL_GROUNDS[g][lang]['citation']})"
                     for g in letter["grounds"])


def _refusal_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    w, rows = WORDS[lang], []
    for r in data["refusals"]:
        types = ", ".join(names.TYPE_NAMES[lang][t] for t in r["types"]) or w["none"]
        if not r["letters"]:
            rows.append([r["number"], types, w["no_letter"], ""])
        for le in r["letters"]:
            sent = (w["sent_on"].format(number=le["number"], day=_day(le["sent_at"], lang))
                    if le["sent_at"] else f"{le['number']}, {w['not_sent']}")
            rows.append([r["number"], types, sent, _grounds(le, lang)])
    return rows


def _notice(incident: dict[str, Any], lang: str) -> str:
    w = WORDS[lang]
    if incident["notify_body"] == "no":
        return w["notice_not_needed"].format(why=incident["notify_body_why"] or w["none"])
    if not incident["notices"]:
        return w["no_notice"]
    return "; ".join(w["notice_sent"].format(number=n["number"], day=_day(n["sent_at"], lang))
                     if n["sent_at"] else w["notice_unsent"].format(number=n["number"])
                     for n in incident["notices"])


def _incident_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    w = WORDS[lang]
    return [[i["number"], _moment(i["detected_at"], lang), i["what"] or "", _day(i["due"], lang),
             _notice(i, lang),
             w["incident_closed"].format(day=_day(i["closed_at"], lang))
             if i["status"] == "closed" else w["incident_open"]]
            for i in data["incidents"]]


def _rule_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    w = WORDS[lang]
    basis = {"law": w["law"], "bylaw": w["bylaw"], "operator": w["operator_rule"]}
    return [[names.TYPE_NAMES[lang][r["type"]],
             _day(r["from"], lang) + (f" — {_day(r['until'], lang)}" if r["until"] else ""),
             names.period_nominative(r["count"], r["unit"] == WORKING_DAYS, lang),
             basis.get(r["basis_kind"], r["basis_kind"]), r["citation"].get(lang, "")]
            for r in data["rules"] if r["until"] is None or r["until"] > data["from"]]


def _journal_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    w = WORDS[lang]
    return [[r["number"], _moment(r["received_at"], lang), names.CHANNEL_NAMES[lang][r["channel"]],
             r["requester_name"] or "",
             "; ".join(names.TYPE_NAMES[lang][t] for t in r["types"]),
             names.STATUS_NAMES[lang][r["status"]],
             names.OUTCOME_NAMES[lang][r["outcome"]] if r["outcome"] else w["open"],
             _moment(r["closed_at"], lang)]
            for r in data["journal"]]


def _journal_heads(lang: str) -> list[str]:
    w = WORDS[lang]
    return [w["number"], w["received"], w["channel"], w["requester"], w["rights"],
            w["request_status"], w["outcome"], w["closed"]]


def _late_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    return [[i["number"], names.TYPE_NAMES[lang][i["type"]], _day(i["due"], lang),
             _reply(i, lang), _explanation(i, lang)] for i in data["late"]]


def _timeliness_rows(data: dict[str, Any], lang: str) -> list[list[Any]]:
    return [[names.TYPE_NAMES[lang][t]] + [v[k] for k in TIMELINESS]
            for t, v in data["on_time"].items()]


#: The check's problem lines (app/store/audit_chain.py, audit_states.py) and how the
#: report words them.
_PROBLEMS = (
    (re.compile(r"^event (\d+): does not follow the previous event$"), "p_chain"),
    (re.compile(r"^event (\d+): content does not match its hash$"), "p_hash"),
    (re.compile(r"^events (\d+)-(\d+): content does not match their hash$"), "p_hashes"),
    (re.compile(r"^event (\d+): a write ends without its hash$"), "p_unsealed"),
    (re.compile(r"^(\w+) (\S+): not in the audit log$"), "p_unlogged"),
    (re.compile(r"^(\w+) (\S+): differs from its last audited state$"), "p_changed"),
    (re.compile(r"^(\w+) (\S+): deleted outside the app$"), "p_deleted"),
)


def _problem(line: str, lang: str) -> str:
    for pattern, key in _PROBLEMS:
        match = pattern.match(line)
        if match:
            return WORDS[lang][key].format(*match.groups())
    return WORDS[lang]["p_other"]


def _check_lines(data: dict[str, Any], lang: str) -> list[str]:
    """The check's result: a damaged file, the problems of the audit trail (the witness
    outside the file is said on a line of its own), or a pass."""
    w, check = WORDS[lang], data["check"]
    problems = [p for p in check["problems"] if not p.startswith("witness:")]
    if check["integrity"] != "ok":
        first = w["integrity_failed"]
    elif problems or check["witness_problem"]:
        said = list(dict.fromkeys(_problem(p, lang) for p in problems[:10]))
        if check["witness_problem"]:
            said.append(w["p_witness"])
        first = w["check_failed"].format(problems="; ".join(said))
    else:
        first = w["check_ok"]
    witness = (w["witness_ok"] if check["witness_matches"] else
               w["witness_differs"] if check["witness_problem"] else w["witness_none"])
    return [first, witness, w["head"].format(head=check["head"]),
            w["events"].format(events=check["events"]), w["tie"]]


def _heading_lines(data: dict[str, Any], lang: str) -> list[str]:
    """The report's title, then the operator and the responsible person."""
    w = WORDS[lang]
    op = data["operator"] or {}
    if op.get("id"):
        label = names.ID_LABELS[lang].get(op.get("id_kind") or "", "")
        op = {**op, "id": f"{label} {op['id']}".strip()}
    resp = data["responsible"] or {}
    return [w["title"],
            f"{w['operator']}: " + (", ".join(str(op[k]) for k in (
                "name", "id", "address", "email", "phone") if op.get(k)) or w["not_set"]),
            f"{w['responsible']}: " + (", ".join(str(resp[k]) for k in (
                "name", "position", "phone", "email") if resp.get(k)) or w["not_appointed"])]


def _write_counts(book: Workbook, data: dict[str, Any], lang: str) -> None:
    """The counts sheet: by right, by channel, by outcome, one block under another."""
    w = WORDS[lang]
    sheet = book.add_sheet(w["sheet_counts"])
    sheet.set_column(0, 0, 60)
    sheet.append([w["counts_line"].format(**{k: data[k] for k in (
        "requests", "counted", "voided", "rights")})])
    for title, rows in _count_sections(data, lang):
        sheet.append([])
        sheet.header([title, w["count"]])
        for row in rows:
            sheet.append(row)


def _count_sections(data: dict[str, Any], lang: str) -> list[tuple[str, list[list[Any]]]]:
    w = WORDS[lang]
    outcome = {**names.OUTCOME_NAMES[lang], "open": w["open"]}
    return [(w["by_type"], [[names.TYPE_NAMES[lang][k], n] for k, n in data["by_type"].items()]),
            (w["by_channel"], [[names.CHANNEL_NAMES[lang][k], n]
                               for k, n in data["by_channel"].items()]),
            (w["by_outcome"], [[outcome[k], n] for k, n in data["by_outcome"].items()])]


# ------------------------------------------------------------------ files
def _fixed_zip(raw: bytes) -> bytes:
    """The same zip with every entry at one fixed time, in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _table(doc: Any, heads: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A table with a bold header row. Rows are copies of one row element with their
    texts set (python-docx's own add_row takes seconds for a few thousand rows)."""
    from docx.oxml.ns import qn

    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, heads, strict=True):
        cell.text = cell_text(head)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    if not rows:
        return
    model = table.add_row()
    for cell in model.cells:
        cell.text = "-"
    base = deepcopy(model._tr)
    table._tbl.remove(model._tr)
    for row in rows:
        tr = deepcopy(base)
        texts = list(tr.iter(qn("w:t")))
        for t, value in zip(texts, row, strict=True):
            t.text = " ".join(cell_text(str(value)).splitlines())
            t.set(qn("xml:space"), "preserve")
        table._tbl.append(tr)


def docx_bytes(data: dict[str, Any], lang: str, made: datetime, annex: str = "") -> bytes:
    """The report as a .docx (the same *data* and *made* give the same bytes)."""
    data = clean_value(data)
    w = WORDS[lang]
    doc = landscape_document()
    props = doc.core_properties
    props.author = props.last_modified_by = ""
    props.title = w["title"]
    props.created = props.modified = props.last_printed = made
    props.revision = 1
    doc.add_heading(w["title"], level=1)
    doc.add_paragraph(w["period"].format(start=_day(data["from"], lang),
                                         end=_day(data["to"], lang)))
    doc.add_paragraph(w["as_of"].format(day=_day(data["as_of"], lang)))
    for line in _heading_lines(data, lang)[1:]:
        doc.add_paragraph(line)
    if annex:
        doc.add_paragraph(w["annex"].format(name=annex))

    doc.add_heading(w["journal"], level=2)
    doc.add_paragraph(w["journal_note"])
    _table(doc, _journal_heads(lang), _journal_rows(data, lang))

    doc.add_heading(w["counts"], level=2)
    doc.add_paragraph(w["counts_line"].format(**{k: data[k] for k in (
        "requests", "counted", "voided", "rights")}))
    for title, rows in _count_sections(data, lang):
        doc.add_heading(title, level=3)
        _table(doc, [title, w["count"]], rows or [[w["none"], 0]])

    doc.add_heading(w["timeliness"], level=2)
    doc.add_paragraph(w["timeliness_note"])
    _table(doc, [w["right"]] + [w[k] for k in TIMELINESS], _timeliness_rows(data, lang))

    doc.add_heading(w["late"], level=2)
    if data["late"]:
        _table(doc, [w["number"], w["right"], w["due"], w["reply"], w["explanation"]],
               _late_rows(data, lang))
    else:
        doc.add_paragraph(w["late_none"])

    doc.add_heading(w["refusals"], level=2)
    refusals = _refusal_rows(data, lang)
    if refusals:
        _table(doc, [w["number"], w["rights"], w["letter"], w["grounds"]], refusals)
    else:
        doc.add_paragraph(w["refusals_none"])

    doc.add_heading(w["incidents"], level=2)
    if data["incidents"]:
        _table(doc, [w["incident"], w["detected"], w["what"], w["due"], w["notice"],
                     w["status"]], _incident_rows(data, lang))
    else:
        doc.add_paragraph(w["incidents_none"])

    doc.add_heading(w["rules"], level=2)
    _table(doc, [w["right"], w["rule_from"], w["rule_period"], w["basis"], w["citation"]],
           _rule_rows(data, lang))

    doc.add_heading(w["check"], level=2)
    for line in _check_lines(data, lang):
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _write_xlsx(data: dict[str, Any], lang: str, f: BinaryIO, scratch: Path,
                made: datetime) -> None:
    data = clean_value(data)
    w = WORDS[lang]
    sheets: list[tuple[str, list[str], list[list[Any]]]] = [
        (w["sheet_journal"], _journal_heads(lang), _journal_rows(data, lang)),
        (w["sheet_timeliness"], [w["right"]] + [w[k] for k in TIMELINESS],
         _timeliness_rows(data, lang)),
        (w["sheet_late"], [w["number"], w["right"], w["due"], w["reply"], w["explanation"]],
         _late_rows(data, lang)),
        (w["sheet_refusals"], [w["number"], w["rights"], w["letter"], w["grounds"]],
         _refusal_rows(data, lang)),
        (w["sheet_incidents"], [w["incident"], w["detected"], w["what"], w["due"],
                                w["notice"], w["status"]], _incident_rows(data, lang)),
        (w["sheet_rules"], [w["right"], w["rule_from"], w["rule_period"], w["basis"],
                            w["citation"]], _rule_rows(data, lang)),
    ]
    with Workbook(f, scratch, title=w["title"], created=made) as book:
        for title, heads, rows in sheets:
            sheet = book.add_sheet(title)
            sheet.set_column(0, len(heads) - 1, 22)
            sheet.header(heads)
            for row in rows:
                sheet.append(row)
            if title == w["sheet_journal"]:
                _write_counts(book, data, lang)
        sheet = book.add_sheet(w["sheet_check"])
        sheet.set_column(0, 0, 120)
        for line in [w["period"].format(start=data["from"], end=data["to"]),
                     w["as_of"].format(day=data["as_of"]), *_heading_lines(data, lang)[1:],
                     *_check_lines(data, lang)]:
            sheet.append([line])


def check_targets(paths: Sequence[Path], **protect: Any) -> None:
    """Refuse before writing anything when any of the pack's targets cannot be written."""
    for path in paths:
        check_target(path, **protect)


def write_docx(data: dict[str, Any], lang: str, out: Path, *, made: datetime,
               annex: str = "", **protect: Any) -> None:
    """Write the report's .docx at *out* (see app/letters/outputs.py for *protect*)."""
    content = docx_bytes(data, lang, made, annex)
    write_output(Path(out), lambda f, _scratch: f.write(content), **protect)


def write_xlsx(data: dict[str, Any], lang: str, out: Path, *, made: datetime,
               **protect: Any) -> None:
    """Write the report's .xlsx annex at *out*."""
    write_output(Path(out), lambda f, scratch: _write_xlsx(data, lang, f, scratch, made),
                 **protect)
