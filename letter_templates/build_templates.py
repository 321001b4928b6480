"""Build the default letter templates: one .docx per letter kind and language (33 files).

Run `python letter_templates/build_templates.py` (from any folder) to rewrite the files
next to this script; `build(out_dir)` writes them elsewhere (the tests do). The words
live in `letter_templates/texts/<lang>.py`, one file per language for a lawyer or
translator; the look lives in `letter_templates/layout.py` for a designer. This module
only ties them together, and keeps the names older code imported from it. The fields
each kind may use are listed in app/letters/kinds.py; the tests render every template
with StrictUndefined and check that the shipped files are the ones built here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # run as a script from anywhere: find app/ and us
    sys.path.insert(0, str(HERE.parent))

from app.languages import LETTER_LANGUAGES as LANGS  # noqa: E402
from app.letters.kinds import KINDS  # noqa: E402
from letter_templates.layout import BUILT, FONT, build_document, title  # noqa: E402
from letter_templates.texts import APPEAL, BODIES, COMMON  # noqa: E402
from letter_templates.texts.blocks import NOTE  # noqa: E402

__all__ = ["APPEAL", "BODIES", "BUILT", "COMMON", "FONT", "HERE", "LANGS", "NOTE", "build",
           "build_document", "main", "title"]


def build(out_dir: Path) -> list[Path]:
    """Write every kind in every language to *out_dir*; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        for lang in LANGS:
            path = out_dir / f"{kind}.{lang}.docx"
            build_document(kind, lang).save(str(path))
            written.append(path)
    return written


def main() -> None:
    """Rewrite the shipped templates next to this script."""
    paths = build(HERE)
    print(f"Wrote {len(paths)} templates to {HERE}")


if __name__ == "__main__":
    main()
