"""Build the breach letters' templates: letter_templates/incidents/<kind>.<lang>.docx.

Run `python letter_templates/build_incident_templates.py`; `build(out_dir)` writes them
elsewhere (the tests do, and check the shipped files are these). The look is the one of
every letter (layout.py: page, styles, letterhead, signature); only the references
differ: an outgoing number and no inbound one, since nobody asked.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # run as a script from anywhere: find app/ and us
    sys.path.insert(0, str(HERE.parent))

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from app.languages import language  # noqa: E402
from app.letters.incidents import LANGUAGES, TITLES  # noqa: E402
from letter_templates import layout  # noqa: E402
from letter_templates.texts import for_language  # noqa: E402
from letter_templates.texts.incidents import BODIES, FIELD  # noqa: E402

OUT = HERE / "incidents"


def _references(doc, common: dict[str, str], to_body: bool) -> None:
    doc.add_paragraph(style="Letter Reference")
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Cm(8.5), layout.TEXT_WIDTH - Cm(8.5))
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = width
        cell.width = width
    left, right = table.rows[0].cells
    left.paragraphs[0].style = doc.styles["Letter Reference"]
    left.paragraphs[0].add_run(layout._typeset(common["outgoing"]))
    right.paragraphs[0].style = doc.styles["Letter Addressee"]
    if to_body:
        right.paragraphs[0].add_run("{{ addressee.name }}")


def _body(doc, kind: str, blocks) -> None:
    for block in blocks:
        if isinstance(block, tuple) and block[0] == FIELD:
            _, condition, label, value = block
            layout._control(doc, "{%p if " + condition + " %}")
            paragraph = layout._add(doc, "Letter Body", value, bold_prefix=label)
            paragraph.paragraph_format.space_before = Pt(3)
            layout._control(doc, "{%p endif %}")
        else:
            layout._block(doc, kind, block)


def build_document(kind: str, lang: str):
    """The template of one breach letter in one language, as a python-docx Document."""
    doc = Document()
    layout._page(doc)
    layout._styles(doc, lang)
    layout._page_numbers(doc)
    common = for_language(lang).COMMON
    layout._letterhead(doc, common)
    _references(doc, common, to_body=kind == "incident_notice")
    layout._add(doc, "Letter Title", TITLES[kind][lang])
    if kind != "incident_notice":
        layout._add(doc, "Letter Salutation", "{{ addressee.salutation }}")
    _body(doc, kind, BODIES[kind][lang])
    layout._signature(doc, lang, common)
    props = doc.core_properties
    props.author = props.last_modified_by = "Otinish"
    props.title = TITLES[kind][lang]
    props.subject = f"{kind}.{lang}"
    props.comments = ("Otinish letter template. Keep the fields in double curly brackets and "
                      "the tag lines intact; app/letters/incidents.py lists the fields.")
    props.language = language(lang).word_lang
    props.created = props.modified = layout.BUILT
    props.revision = 1
    return doc


def build(out_dir: Path = OUT) -> list[Path]:
    """Write every breach letter in each of its languages to *out_dir*."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, langs in LANGUAGES.items():
        for lang in langs:
            path = out_dir / f"{kind}.{lang}.docx"
            build_document(kind, lang).save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    print(f"Wrote {len(build())} templates to {OUT}")
