"""The look of the default letters: page, styles, letterhead, references, body, signature.

`build_document(kind, lang)` lays out the words of `letter_templates/texts/` as one
python-docx Document; a designer changes the letters' appearance here and the texts stay
untouched. Every paragraph gets a named style ("Letter ..."), so an operator can also
restyle a letter in Word. Jinja tags are written here, never typed in Word, so they hold
no smart quotes and each sits inside one run (PITFALLS.md, docxtpl); paragraph-level tags
(`{%p ... %}`) stand alone in their own paragraph, which docxtpl removes on rendering, so
conditions and loops leave no blank lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from app.languages import language
from app.letters.kinds import KINDS
from app.letters.typeset import keep_together
from letter_templates.texts import for_language
from letter_templates.texts.blocks import IF, LABEL, LIST, NOTE, Block

FONT = "Times New Roman"
# Core properties are fixed so that a rebuild gives the same document parts.
BUILT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = Cm(3.0), Cm(1.5), Cm(2.0), Cm(2.0)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 16.5 cm
INDENT = Cm(1.25)  # the first-line indent of Kazakh and Russian business letters
LIST_INDENT = Cm(1.25)
LIST_HANG = Cm(0.5)


def title(kind: str, lang: str) -> str:
    """The title of a letter of *kind* in *lang*: its heading and its document title."""
    return KINDS[kind].titles[lang]


def _set_run_fonts(rpr_owner: Any, size: float, lang: str) -> None:
    """Times New Roman for every script, and the proofing language of the letter."""
    font = rpr_owner.font
    font.name = FONT
    font.size = Pt(size)
    rpr = rpr_owner.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), language(lang).word_lang)


def _paragraph_style(doc: Any, name: str, lang: str, *, size: float = 12, bold: bool = False,
                     align: Any = WD_ALIGN_PARAGRAPH.LEFT, before: float = 0,
                     after: float = 0, first_line: Any = None, left: Any = None,
                     keep_next: bool = False) -> Any:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    _set_run_fonts(style, size, lang)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    if first_line is not None:
        fmt.first_line_indent = first_line
    if left is not None:
        fmt.left_indent = left
    return style


def _styles(doc: Any, lang: str) -> None:
    """Named paragraph styles, so an operator can restyle a whole letter in Word."""
    normal = doc.styles["Normal"]
    _set_run_fonts(normal, 12, lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    justified = lang in ("ru", "kk")
    body_align = WD_ALIGN_PARAGRAPH.JUSTIFY if justified else WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(doc, "Letterhead Name", lang, size=13, bold=True,
                     align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    _paragraph_style(doc, "Letterhead", lang, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, "Letter Reference", lang, size=11)
    _paragraph_style(doc, "Letter Addressee", lang, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph_style(doc, "Letter Title", lang, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     before=18, after=12, keep_next=True)
    # Kazakh and Russian letters centre the greeting; a British letter puts it on the left.
    _paragraph_style(doc, "Letter Salutation", lang, after=12, keep_next=True,
                     align=WD_ALIGN_PARAGRAPH.LEFT if lang == "en" else WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, "Letter Body", lang, align=body_align, after=6,
                     first_line=INDENT if justified else None)
    _paragraph_style(doc, "Letter Label", lang, bold=True, align=body_align, before=3,
                     after=3, first_line=INDENT if justified else None, keep_next=True)
    list_style = _paragraph_style(doc, "Letter List", lang, align=body_align, after=3,
                                  left=LIST_INDENT + (LIST_HANG if justified else 0),
                                  first_line=-LIST_HANG)
    list_style.paragraph_format.tab_stops.add_tab_stop(
        LIST_INDENT + (LIST_HANG if justified else 0))
    _paragraph_style(doc, "Letter Page Number", lang, size=10,
                     align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, "Letter Closing", lang, before=18, after=0, keep_next=True)
    signature = _paragraph_style(doc, "Letter Signature", lang, before=12, keep_next=True)
    signature.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    signature.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


def _add(doc_or_cell: Any, style: str, text: str = "", bold_prefix: str = "") -> Any:
    """A paragraph whose text (tags and all) is one run, so no tag is ever split."""
    paragraph = doc_or_cell.add_paragraph(style=style)
    if bold_prefix:
        paragraph.add_run(_typeset(bold_prefix)).bold = True
        paragraph.add_run(_typeset(text)).bold = False
    elif text:
        paragraph.add_run(_typeset(text))
    return paragraph


def _control(doc: Any, tag: str) -> None:
    """A paragraph-level Jinja tag, alone in its paragraph (docxtpl drops the paragraph)."""
    doc.add_paragraph(tag, style="Letter Body")


def _typeset(text: str) -> str:
    # "№ 12", «Исх. № 12» and «вх. № 12» must not break across lines (the number itself
    # comes bound from the context); tags never contain these words.
    for words in ("№ ", "Исх. №", "вх. №", "No. "):
        text = text.replace(words, words.replace(" ", "\u00a0"))
    # Provisions and dates in our own words: «статьи 24», «24-бабы», "Article 8(7)".
    return keep_together(text)


def _bottom_border(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM


def _page_numbers(doc: Any) -> None:
    """The page number at the foot of every page but the first: a one-page letter carries
    none, a longer one is numbered from its second page on, in Arabic numerals alone (the
    Kazakh and Russian office rule; an English reader needs no more either). The number
    is Word's PAGE field, so it is right however the letter flows."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    # The first page's footer is defined, and empty: no reader falls back to the other one.
    section.first_page_footer.is_linked_to_previous = False
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = doc.styles["Letter Page Number"]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "2"  # what a reader that does not update fields shows until it does
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)


def _letterhead(doc: Any, common: dict[str, str]) -> None:
    _add(doc, "Letterhead Name", "{{ operator.name }}")
    _add(doc, "Letterhead", "{{ operator.id_label }} {{ operator.id }}")
    _add(doc, "Letterhead", "{{ operator.address }}")
    _bottom_border(_add(doc, "Letterhead", common["contacts"]))


def _references(doc: Any, common: dict[str, str]) -> None:
    """Outgoing and inbound numbers on the left, the addressee on the right."""
    doc.add_paragraph(style="Letter Reference")  # a little air under the letterhead
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Cm(10.0), TEXT_WIDTH - Cm(10.0))
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = width  # the grid LibreOffice reads
        cell.width = width  # the cell width Word reads
    left, right = table.rows[0].cells
    left.paragraphs[0].style = doc.styles["Letter Reference"]
    left.paragraphs[0].add_run(_typeset(common["outgoing"]))
    _add(left, "Letter Reference", common["inbound"])
    right.paragraphs[0].style = doc.styles["Letter Addressee"]
    right.paragraphs[0].add_run("{{ addressee.name }}")
    # A letter by post needs the address it goes to, under the name (when it is known).
    right.add_paragraph("{%p if addressee.postal_address %}", style="Letter Addressee")
    _add(right, "Letter Addressee", "{{ addressee.postal_address }}")
    right.add_paragraph("{%p endif %}", style="Letter Addressee")
    right.add_paragraph("{%p if addressee.email %}", style="Letter Addressee")
    _add(right, "Letter Addressee", "{{ addressee.email }}")
    right.add_paragraph("{%p endif %}", style="Letter Addressee")


def _body(doc: Any, kind: str, blocks: list[Block]) -> None:
    after_list = False
    for block in blocks:
        start = len(doc.paragraphs)
        _block(doc, kind, block)
        if after_list:
            # The paragraph after a list gets the air its last item lacks (3 pt after).
            added = [p for p in doc.paragraphs[start:] if not p.text.startswith("{%p")]
            if added and added[0].style.name != "Letter Label":
                added[0].paragraph_format.space_before = Pt(6)
        after_list = isinstance(block, tuple) and block[0] == LIST


def _block(doc: Any, kind: str, block: Block) -> None:
    """The paragraphs of one block of a body."""
    if block == NOTE:
        if KINDS[kind].note_required:
            _add(doc, "Letter Body", "{{ note }}")
        else:
            _control(doc, "{%p if note %}")
            _add(doc, "Letter Body", "{{ note }}")
            _control(doc, "{%p endif %}")
    elif isinstance(block, str):
        _add(doc, "Letter Body", block)
    elif block[0] == LIST:
        _, loop, text = block
        _control(doc, "{%p for " + loop + " %}")
        _add(doc, "Letter List", "–\t" + text)
        _control(doc, "{%p endfor %}")
    elif block[0] == LABEL and len(block) == 2:
        _add(doc, "Letter Label", block[1])
    elif block[0] == LABEL:
        paragraph = _add(doc, "Letter Body", block[2], bold_prefix=block[1])
        paragraph.paragraph_format.space_before = Pt(3)
    elif block[0] == IF:
        _, condition, text = block
        _control(doc, "{%p if " + condition + " %}")
        _add(doc, "Letter Body", text)
        _control(doc, "{%p endif %}")
    else:
        raise ValueError(f"Unknown block in {kind}: {block!r}")


def _keep_tail_with_closing(doc: Any, count: int = 2) -> None:
    """Keep the last paragraphs on the page of the signature, so it never stands alone."""
    content = [p for p in doc.paragraphs if not p.text.startswith("{%p")]
    for paragraph in content[-count:]:
        paragraph.paragraph_format.keep_with_next = True


def _signature(doc: Any, lang: str, common: dict[str, str]) -> None:
    _keep_tail_with_closing(doc)
    _add(doc, "Letter Closing", common["closing"])
    if lang == "en":  # British: signature, then name, then position
        _add(doc, "Letter Signature", "______________________")
        _add(doc, "Letter Reference", "{{ operator.signatory_name }}")
        _add(doc, "Letter Reference", "{{ operator.signatory_position }}")
    else:  # Kazakh and Russian: the position, then the signature line and the name
        # (on one line the position of a sole proprietor leaves no room for a full name)
        _add(doc, "Letter Signature", "{{ operator.signatory_position }}")
        _add(doc, "Letter Signature", "______________\t{{ operator.signatory_name }}")
    # Who prepared the letter (office practice), when the operator names someone.
    _control(doc, "{%p if executor.name %}")
    _add(doc, "Letter Reference", common["executor"])
    _control(doc, "{%p endif %}")


def build_document(kind: str, lang: str) -> Any:
    """The template of one kind in one language, as a python-docx Document."""
    doc = Document()
    _page(doc)
    _styles(doc, lang)
    _page_numbers(doc)
    words = for_language(lang)
    common = words.COMMON
    _letterhead(doc, common)
    _references(doc, common)
    _add(doc, "Letter Title", title(kind, lang))
    _add(doc, "Letter Salutation", "{{ addressee.salutation }}")
    _body(doc, kind, words.BODIES[kind])
    _signature(doc, lang, common)
    props = doc.core_properties
    props.author = props.last_modified_by = "Otinish"
    props.title = title(kind, lang)
    props.subject = f"{kind}.{lang}"
    # No braces here: docxtpl renders the document properties as templates too.
    props.comments = ("Otinish letter template. Keep the fields in double curly brackets and "
                      "the tag lines intact; app/letters/kinds.py lists each kind's fields.")
    props.language = language(lang).word_lang
    props.created = props.modified = BUILT
    props.revision = 1
    return doc
