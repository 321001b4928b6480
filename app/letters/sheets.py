"""What the register export and the inspection report share: text a cell can hold, a
small streaming XLSX writer, and the landscape page of their DOCX tables.

The XLSX writer writes SpreadsheetML itself (ECMA-376: a zip of XML parts), row by row:
every text is an inline string cell (never a formula, a link or a number guessed from
text), dates and times are typed date cells, and the header row can be frozen. Each
sheet's rows go to a file in the *scratch* folder it is given (the output's private
folder beside the target, app/letters/outputs.py), so memory stays flat whatever the
number of rows; at :meth:`Workbook.close` the parts are zipped into the output. Every
zip entry carries one fixed time, so the same rows give the same bytes.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain.text_clean import clean_text, has_unsafe

from .errors import LetterError

#: The one time every zip entry carries (the earliest a zip file can hold).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: Excel's limit of characters (UTF-16 code units) in one cell.
CELL_LIMIT = 32767
#: What ends a text cut to Excel's limit, so a reader sees that something is missing.
TRUNCATED_MARK = " […]"
#: The zip compression level of every part: zlib's fastest. A register's rows compress
#: about 9:1 where the default level (6) gets 12:1, in about half the time.
ZIP_LEVEL = 1
#: Numbers Excel holds exactly (its 15 significant digits); a larger one, an infinity or
#: NaN is written as text.
_EXACT = 10 ** 15
#: Excel's limits of a sheet.
MAX_ROWS, MAX_COLUMNS = 1048576, 16384

#: Characters XML 1.0 cannot hold at all and UTF-8 cannot encode (a lone surrogate):
#: written as U+FFFD, the replacement character. Control characters are removed before
#: (app/domain/text_clean.py).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
#: Rows gathered before they are written to the sheet's scratch file.
_ROWS_PER_WRITE = 500
#: Cell styles (the cellXfs of styles.xml, in this order).
BOLD, DATETIME, DATE = 1, 2, 3
#: Day 0 of Excel's 1900 date system as a proleptic Gregorian ordinal (1899-12-30; right
#: from 1900-03-01 on, past Excel's phantom 29 February 1900).
_EPOCH = date(1899, 12, 30).toordinal()
_FIRST_DAY = date(1900, 3, 1)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def cell_text(value: str) -> str:
    """Text a spreadsheet or document can hold: no control or bidi characters (a NUL in a
    name would break the whole XLSX or DOCX file)."""
    return clean_text(value) if has_unsafe(value) else value


def fit_cell(text: str) -> str:
    """*text* cut to Excel's cell limit, ending with :data:`TRUNCATED_MARK` when cut."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) <= 2 * CELL_LIMIT:
        return text
    keep = units[:2 * (CELL_LIMIT - len(TRUNCATED_MARK))].decode("utf-16-le", "surrogatepass")
    if keep and "\ud800" <= keep[-1] <= "\udbff":  # half of a pair cut in two
        keep = keep[:-1]
    return keep + TRUNCATED_MARK


#: Excel reads "_xHHHH_" in a text as the character U+HHHH: a text that holds one keeps
#: it by escaping its underscore (_x005F_), as Excel itself writes it.
_EXCEL_ESCAPE = re.compile("(_x[0-9A-Fa-f]{4}_)")


def _escape(text: str) -> str:
    """*text* as XML element content that Excel reads back as *text*."""
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    return _NOT_XML.sub("\ufffd", _escape(cell_text(text)).replace('"', "&quot;"))


def column_letter(index: int) -> str:
    """The letters of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_LETTERS = [column_letter(i) for i in range(702)]  # A..ZZ; more are made when needed


def _more_letters(count: int) -> None:
    """Make the letters of the first *count* columns (at most Excel's 16,384)."""
    if count > MAX_COLUMNS:
        raise ValueError("more columns than a sheet holds")
    _LETTERS.extend(column_letter(i) for i in range(len(_LETTERS), count))


def excel_serial(value: date) -> float | int | None:
    """*value* as an Excel serial day (a datetime's wall time, its zone dropped), or None
    before 1 March 1900 (such a day is written as text)."""
    day = value.date() if isinstance(value, datetime) else value
    if day < _FIRST_DAY:
        return None
    days = value.toordinal() - _EPOCH
    return days + _day_part(value) if isinstance(value, datetime) else days


def _day_part(moment: datetime) -> float:
    """The part of its day a moment's wall time is (0 at midnight, 0.5 at noon)."""
    return (moment.hour * 3600 + moment.minute * 60 + moment.second
            + moment.microsecond / 1e6) / 86400


class Sheet:
    """One worksheet written row by row (see the module): append rows, then let the
    workbook close. Columns are 0-based, as in :meth:`set_column`."""

    def __init__(self, title: str, path: Path) -> None:
        self.title = title
        self.rows = 0  # rows appended so far (empty ones too)
        self.columns = 0  # the widest row's number of cells
        self.path = path
        self.widths: dict[int, float] = {}
        self.frozen_rows = 0
        self._parts: list[str] = []
        self._file = open(path, "xb")  # noqa: SIM115 - closed by flush(final=True)

    def set_column(self, first: int, last: int, width: float) -> None:
        """Columns *first* to *last* (0-based, inclusive) are *width* characters wide."""
        for col in range(first, last + 1):
            self.widths[col] = width

    def freeze_panes(self, rows: int) -> None:
        """Keep the first *rows* rows in view while scrolling (the header)."""
        self.frozen_rows = rows

    def header(self, titles: Iterable[str]) -> None:
        """A row of bold text cells."""
        self._row(titles, BOLD)

    def append(self, values: Iterable[Any]) -> None:
        """A row of cells: text (str, and anything not a number or a date) as a string
        cell, int and float as numbers, date and datetime as typed dates; None and "" leave
        the cell empty."""
        self._row(values, 0)

    def _row(self, values: Iterable[Any], style: int) -> None:
        """The hot loop of an export: one f-string per cell, no call for a plain text."""
        if self.rows >= MAX_ROWS:
            raise LetterError("xlsx_too_many_rows", limit=MAX_ROWS)
        if not isinstance(values, list | tuple):
            values = list(values)
        if len(values) > len(_LETTERS):
            _more_letters(len(values))
        self.rows += 1
        r = self.rows
        text_style = f' s="{style}"' if style else ""
        out = [f'<row r="{r}">']
        for letter, value in zip(_LETTERS, values, strict=False):  # letters outnumber cells
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                if len(value) > CELL_LIMIT // 2:
                    value = fit_cell(value)
                if "&" in value or "<" in value or ">" in value or "_x" in value:
                    value = _escape(value)
                out.append(f'<c r="{letter}{r}"{text_style} t="inlineStr"><is>'
                           f'<t xml:space="preserve">{value}</t></is></c>')
            elif kind is datetime and value.year >= 1901:  # past Excel's phantom 29 Feb 1900
                out.append(f'<c r="{letter}{r}" s="{DATETIME}"><v>'
                           f'{value.toordinal() - _EPOCH + _day_part(value)!r}</v></c>')
            elif value is not None:
                out.append(self._typed(letter, r, value, text_style))
        out.append("</row>")
        self.columns = max(self.columns, len(values))
        self._parts.append("".join(out))
        if len(self._parts) >= _ROWS_PER_WRITE:
            self.flush()

    @staticmethod
    def _letter(n: int) -> str:
        """The letters of the *n*-th column (1-based)."""
        _more_letters(n)
        return _LETTERS[n - 1]

    def _typed(self, letter: str, r: int, value: Any, text_style: str) -> str:
        """A cell of anything but a plain str or a recent datetime."""
        if isinstance(value, date):
            serial = excel_serial(value)
            if serial is not None:
                style = DATETIME if isinstance(value, datetime) else DATE
                return f'<c r="{letter}{r}" s="{style}"><v>{serial!r}</v></c>'
            value = value.isoformat(" ") if isinstance(value, datetime) else value.isoformat()
        elif isinstance(value, int | float) and not isinstance(value, bool) \
                and value == value and abs(value) < _EXACT:
            return f'<c r="{letter}{r}"{text_style}><v>{value!r}</v></c>'
        text = fit_cell(str(value))
        if not text:
            return ""
        return (f'<c r="{letter}{r}"{text_style} t="inlineStr"><is>'
                f'<t xml:space="preserve">{_escape(text)}</t></is></c>')

    def flush(self, final: bool = False) -> None:
        """Write the rows gathered so far to the scratch file (and close it when *final*).
        Control and bidi characters go here, for a whole batch at once."""
        text = "".join(self._parts)
        self._parts.clear()
        if has_unsafe(text):
            text = clean_text(text)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            data = _NOT_XML.sub("\ufffd", text).encode("utf-8")
        if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:  # U+FFFE, U+FFFF
            data = _NOT_XML.sub("\ufffd", data.decode("utf-8")).encode("utf-8")
        try:
            self._file.write(data)
        finally:
            if final:
                self._file.close()

    def discard(self) -> None:
        """Close the scratch file without writing (after a failure)."""
        self._parts.clear()
        self._file.close()

    def head(self, selected: bool) -> bytes:
        """The part's XML before its rows: dimension, view (frozen header), widths."""
        last = f":{self._letter(self.columns)}{self.rows}" if self.columns else ""
        view = '<sheetView workbookViewId="0"' + (' tabSelected="1"' if selected else "")
        if self.frozen_rows:
            cell = f"A{self.frozen_rows + 1}"
            view += (f'><pane ySplit="{self.frozen_rows}" topLeftCell="{cell}" '
                     f'activePane="bottomLeft" state="frozen"/>'
                     f'<selection pane="bottomLeft" activeCell="{cell}" sqref="{cell}"/>'
                     f"</sheetView>")
        else:
            view += "/>"
        cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{_stored_width(w)}" '
                       f'customWidth="1"/>' for c, w in sorted(self.widths.items()))
        return (f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
                f'<dimension ref="A1{last}"/><sheetViews>{view}</sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>").encode("utf-8")


_TAIL = b"</sheetData></worksheet>"


def _stored_width(width: float) -> float:
    """A width in characters as Excel stores it (with its 5-pixel padding, 7-pixel digits,
    in 1/256 of a character)."""
    return int((width * 7 + 5) / 7 * 256) / 256 if width > 0 else 0


def _sheet_name(title: str, taken: Sequence[str]) -> str:
    """A name Excel accepts: no []:*?/\\, no apostrophe at either end, at most 31
    characters, unique whatever the case."""
    name = re.sub(r"[\[\]:*?/\\]", "_", cell_text(title).replace("\n", " ")).strip("'")[:31]
    name = name or f"Sheet{len(taken) + 1}"
    lowered = {t.lower() for t in taken}
    base, n = name, 2
    while name.lower() in lowered:
        name = f"{base[:31 - len(str(n)) - 3]} ({n})"
        n += 1
    return name


_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>")


class Workbook:
    """An XLSX file written to *f*, its sheets' rows kept in *scratch* until :meth:`close`.

    Use it as a context manager: a failure inside discards the scratch files (the output's
    folder removes them) and writes nothing. *title* and *created* go into the document's
    properties when given (the inspection report's annex).
    """

    def __init__(self, f: BinaryIO, scratch: Path, *, title: str = "",
                 created: datetime | None = None) -> None:
        self._f = f
        self._scratch = Path(scratch)
        self._title = title
        self._created = created
        self.sheets: list[Sheet] = []

    def add_sheet(self, title: str) -> Sheet:
        """A new sheet after the others; the one before is finished (rows go in order)."""
        if self.sheets:
            self.sheets[-1].flush(final=True)
        name = _sheet_name(title, [s.title for s in self.sheets])
        sheet = Sheet(name, self._scratch / f"sheet{len(self.sheets) + 1}.xml")
        self.sheets.append(sheet)
        return sheet

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if kind is None:
            self.close()
        else:
            for sheet in self.sheets:
                sheet.discard()

    def close(self) -> None:
        """Zip the parts into the output."""
        if not self.sheets:
            self.add_sheet("Sheet1")
        self.sheets[-1].flush(final=True)
        count = len(self.sheets)
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                            f'ContentType="{_TYPE}.worksheet+xml"/>'
                            for i in range(1, count + 1))
        props = bool(self._title or self._created)
        if props:
            overrides += ('<Override PartName="/docProps/core.xml" ContentType="application/'
                          'vnd.openxmlformats-package.core-properties+xml"/>')
        parts = {
            "[Content_Types].xml": (
                f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'content-types"><Default Extension="rels" ContentType="application/'
                f'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                f'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                f'ContentType="{_TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" '
                f'ContentType="{_TYPE}.styles+xml"/>{overrides}</Types>'),
            "_rels/.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
                f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                + (f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" '
                   f'Target="docProps/core.xml"/>' if props else "") + "</Relationships>"),
            "xl/workbook.xml": (
                f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews>'
                f'<workbookView activeTab="0"/></bookViews><sheets>'
                + "".join(f'<sheet name="{_attribute(s.title)}" sheetId="{i}" r:id="rId{i}"/>'
                          for i, s in enumerate(self.sheets, 1))
                + "</sheets></workbook>"),
            "xl/_rels/workbook.xml.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
                + "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                          f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, count + 1))
                + f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" '
                  f'Target="styles.xml"/></Relationships>'),
            "xl/styles.xml": _STYLES,
        }
        if props:
            parts["docProps/core.xml"] = self._core()
        with zipfile.ZipFile(self._f, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                z.writestr(_entry(name), text.encode("utf-8"))
            for i, sheet in enumerate(self.sheets, 1):
                head = sheet.head(selected=i == 1)
                entry = _entry(f"xl/worksheets/sheet{i}.xml")
                entry.file_size = len(head) + sheet.path.stat().st_size + len(_TAIL)
                with z.open(entry, "w") as dst, open(sheet.path, "rb") as src:
                    dst.write(head)
                    shutil.copyfileobj(src, dst, 1 << 20)
                    dst.write(_TAIL)

    def _core(self) -> str:
        when = (self._created or datetime(1980, 1, 1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (f'{_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
                f'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
                f'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{_attribute(self._title)}</dc:title><dc:creator></dc:creator>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
                f"</cp:coreProperties>")


def _entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = 0o600 << 16
    # ZipFile's own compresslevel does not reach an entry opened for streaming; Python 3.13
    # names the attribute compress_level, earlier versions _compresslevel.
    setattr(entry, "compress_level" if hasattr(entry, "compress_level") else "_compresslevel",
            ZIP_LEVEL)
    return entry


def landscape_document() -> Any:
    """An empty python-docx document on landscape A4 with 1.5 cm margins, 9 pt text."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    doc.styles["Normal"].font.size = Pt(9)
    return doc
