"""Register exports (CSV, XLSX, DOCX journal) and the evidence pack of one request."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import zipfile
from datetime import date, datetime

import pytest
from docx import Document
from openpyxl import load_workbook

from app.letters.errors import LetterError
from app.letters.exports import evidence_pack, export_register
from app.services.letters import make_letter
from app.services.requests import import_email, read_email
from tests.builders import ALMATY, add_request, new_register, said
from tests.letters.test_letters import OPERATOR


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    register.set_setting("operator", OPERATOR)
    add_request(register, name="Әйгерім Нұрланқызы", types=["access", "deletion"],
                received=datetime(2026, 1, 10, 9, tzinfo=ALMATY))
    rid = add_request(register, name="Ерлан Жумабаев", received=datetime(2026, 2, 3, 14,
                                                                         tzinfo=ALMATY))
    register.record_identity(rid, "phone_callback", "passed")
    register.close_request(rid, "fulfilled")
    add_request(register, name="John Smith", received=datetime(2026, 3, 1, 9, tzinfo=ALMATY))
    yield register
    register.close()


def test_csv_opens_in_excel_with_cyrillic_intact(reg, tmp_path):
    out = tmp_path / "register.csv"
    result = export_register(reg, "csv", out, lang="ru")
    assert result["requests"] == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    # Excel on a Russian Windows splits on ";" (its list separator), not on ",".
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Вх. №;Получено;Канал;")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Вх. №", "Получено", "Канал", "Заявитель"]
    assert [r[3] for r in rows[1:]] == ["Әйгерім Нұрланқызы", "Ерлан Жумабаев", "John Smith"]


def test_an_english_csv_keeps_commas(reg, tmp_path):
    out = tmp_path / "register.csv"
    export_register(reg, "csv", out, lang="en")
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("In. No.,Received,")


def test_filters_by_period_and_status(reg, tmp_path):
    out = tmp_path / "r.csv"
    assert export_register(reg, "csv", out, date_from=date(2026, 2, 1),
                           date_to=date(2026, 2, 28))["requests"] == 1
    assert export_register(reg, "csv", out, status="closed", overwrite=True)["requests"] == 1
    assert export_register(reg, "csv", out, status="received",
                           overwrite=True)["requests"] == 2
    with pytest.raises(LetterError) as raised:
        export_register(reg, "csv", out, date_from=date(2026, 3, 1), date_to=date(2026, 1, 1))
    assert re.search("after its end", said(raised.value))


def test_xlsx_has_typed_dates_and_a_frozen_header(reg, tmp_path):
    out = tmp_path / "register.xlsx"
    export_register(reg, "xlsx", out, lang="kk")
    ws = load_workbook(out).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Кіріс №"
    assert isinstance(ws["B2"].value, datetime)
    assert ws["B2"].value == datetime(2026, 1, 10, 9, 0)
    due_col = [c.value for c in ws[1]].index("Мерзім") + 1
    assert isinstance(ws.cell(row=2, column=due_col).value, datetime)  # a date cell


def test_docx_journal_is_a_landscape_table_with_headings_in_the_language(reg, tmp_path):
    out = tmp_path / "journal.docx"
    export_register(reg, "docx", out, lang="en")
    doc = Document(str(out))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    table = doc.tables[0]
    assert table.rows[0].cells[0].text == "In. No."
    assert len(table.rows) == 4


def test_an_export_into_a_missing_folder_fails_cleanly(reg, tmp_path):
    with pytest.raises(LetterError) as raised:
        export_register(reg, "csv", tmp_path / "nope" / "r.csv")
    assert re.search("does not exist", said(raised.value))


def test_evidence_pack_holds_letters_originals_summary_events_and_a_manifest(reg, tmp_path):
    from tests.services.test_import_email import _eml

    eml = tmp_path / "req.eml"
    eml.write_bytes(_eml())
    rid = import_email(reg, read_email(eml)).request_id
    letter = make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "letters")
    out = tmp_path / "pack.zip"
    evidence_pack(reg, rid, out)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        assert f"letters/{letter.path.name}" in names
        assert any(n.startswith("originals/") and n.endswith("req.eml") for n in names)
        assert {"summary.docx", "events.json", "events.csv", "manifest.json",
                "SHA256SUMS"} <= names
        manifest = json.loads(z.read("manifest.json"))
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(z.read(name)).hexdigest() == digest
        assert z.read([n for n in names if n.startswith("originals/")][0]) == eml.read_bytes()
        events = json.loads(z.read("events.json"))
        assert events and all("hash" in e for e in events)


def test_the_evidence_summary_says_which_letters_were_sent_in_the_requests_language(reg,
                                                                                     tmp_path):
    import io

    from app.services.letters import record_sent

    rid = add_request(reg, name="Айгерим Ахметова", email="a@example.kz", lang="ru")
    sent = make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "letters")
    make_letter(reg, rid, "identity_request", out_dir=tmp_path / "letters")
    record_sent(reg, sent.number, via="post")
    evidence_pack(reg, rid, tmp_path / "pack.zip")
    with zipfile.ZipFile(tmp_path / "pack.zip") as z:
        summary = Document(io.BytesIO(z.read("summary.docx")))
    text = "\n".join(p.text for p in summary.paragraphs)
    assert "Письма" in text and "Actions" not in text and "Letters" not in text
    [first, second] = [p.text for p in summary.paragraphs if p.text.startswith("OUT-")]
    assert "отправлено" in first and "почт" in first
    assert "не отправлено" in second


def test_the_evidence_pack_holds_the_audit_head_and_its_witness(reg, tmp_path):
    from app.services.exports import evidence_pack as pack_of_the_service

    rid = add_request(reg)
    out = tmp_path / "pack.zip"
    pack_of_the_service(reg, rid, out)
    with zipfile.ZipFile(out) as z:
        head = json.loads(z.read("audit_head.json"))
    last = reg.db.execute("select count(*) from events").fetchone()[0]
    assert head["events"] == last and len(head["head"]) == 64
    assert head["matches"] is True
