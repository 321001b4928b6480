"""The words of the default letters, one module per letter language (`texts/<code>.py`).

Each language module holds `COMMON` (letterhead contacts, references, closing), `APPEAL`
(the sentence on where to complain) and `BODIES` (each kind's body as blocks, see
`blocks.py`). The languages are those `app.languages` marks as letter languages, and a
language's module is found by its code, so a new letter language is a row there plus a
new file here. `COMMON`, `APPEAL` and `BODIES` below gather all languages in the shapes
the builder has always offered: `COMMON[lang]`, `APPEAL[lang]`, `BODIES[kind][lang]`.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from app.languages import LETTER_LANGUAGES
from letter_templates.texts.blocks import Block


def for_language(lang: str) -> ModuleType:
    """The module with the words of *lang* (`COMMON`, `APPEAL`, `BODIES`)."""
    return import_module(f"{__name__}.{lang}")


COMMON: dict[str, dict[str, str]] = {
    lang: for_language(lang).COMMON for lang in LETTER_LANGUAGES}
APPEAL: dict[str, str] = {lang: for_language(lang).APPEAL for lang in LETTER_LANGUAGES}
# By kind first, then language: the order the texts were first written in, and the one a
# reviewer comparing the languages of one letter wants.
BODIES: dict[str, dict[str, list[Block]]] = {
    kind: {lang: for_language(lang).BODIES[kind] for lang in LETTER_LANGUAGES}
    for kind in for_language(LETTER_LANGUAGES[0]).BODIES
}
