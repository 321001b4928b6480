"""The languages Otinish speaks: one row per language, read by the window, letters and CLI.

A row says what the language is called in itself, which CLDR locale writes its dates,
which proofing language Word marks in letters, and whether it is an interface language,
a letter language, or both. A new interface language is one row here plus one Qt
catalog (`resources/translations/otinish_<code>.ts`); a new letter language is one row
plus its words (`app/letters/names.py`, each rule's citation in `app/domain/rules.py`)
and its templates. This module imports nothing of the project, so every layer may read it.
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    """One language and what each part of the app needs to know about it."""

    code: str
    #: The language's name in itself, so a user finds their own in any interface.
    autonym: str
    #: Babel/CLDR locale for dates and plurals; also Qt's locale name.
    locale: str
    #: Word's proofing language for text in letters (w:lang).
    word_lang: str
    #: The Babel pattern of a date in a letter: Kazakh official letters write
    #: "2026 жылғы 20 наурыз"; CLDR's long form is "2026 ж. 20 наурыз".
    letter_date_pattern: str
    interface: bool
    letters: bool


LANGUAGE_ROWS: tuple[Language, ...] = (
    Language("kk", "Қазақша", "kk_KZ", "kk-KZ", "y 'жылғы' d MMMM", interface=True,
             letters=True),
    Language("ru", "Русский", "ru_RU", "ru-RU", "long", interface=True, letters=True),
    Language("en", "English", "en_GB", "en-GB", "long", interface=True, letters=True),
)

BY_CODE: dict[str, Language] = {row.code: row for row in LANGUAGE_ROWS}

#: Languages the window can be shown in, in the order they are offered.
INTERFACE_LANGUAGES: tuple[str, ...] = tuple(r.code for r in LANGUAGE_ROWS if r.interface)
#: Languages letters, exports and requests can be in.
LETTER_LANGUAGES: tuple[str, ...] = tuple(r.code for r in LANGUAGE_ROWS if r.letters)

#: The interface language when the system's is not one of ours.
DEFAULT_INTERFACE_LANGUAGE = "en"
#: The language of new requests, letters and exports until the operator chooses one:
#: most requests our operators receive are in Russian.
DEFAULT_LETTER_LANGUAGE = "ru"


def language(code: str) -> Language:
    """The row of *code*; KeyError names the known codes."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise KeyError(f"Unknown language '{code}'; known: {', '.join(BY_CODE)}.") from None
