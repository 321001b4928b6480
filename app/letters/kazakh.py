"""Kazakh case endings for the dates letters write, by vowel harmony and the last sound.

A Kazakh letter cannot put a bare date where Russian uses a preposition: the reference
line reads «2026 жылғы 20 наурыздағы № … өтінішіңізге» (the attributive -дағы/-дегі/
-тағы/-тегі: "of 20 March") and a deadline «2026 жылғы 30 наурыздан кешіктірмей» (the
ablative -дан/-ден/-тан/-тен/-нан/-нен: "not later than"). The ending follows the
month's last vowel (back: а о ұ ы; front: ә ө ү і е) and its last sound (after a
voiceless consonant д becomes т; after a nasal the ablative takes н). Babel writes the
month itself; only the ending is added here (shared/domain/glossary.md, "Letter
conventions").
"""

from __future__ import annotations

from datetime import date

#: The twelve months as Kazakh writes them in a date (the nominative, as CLDR has them).
MONTHS: tuple[str, ...] = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                           "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан")

ATTRIBUTIVE = "attributive"  # наурыздағы: "of (the date)", before a noun
ABLATIVE = "ablative"  # наурыздан: "from / than (the date)", before кешіктірмей
CASES: tuple[str, ...] = (ATTRIBUTIVE, ABLATIVE)

_BACK_VOWELS = set("аоұыя")
_FRONT_VOWELS = set("әөүіеэ")
_VOICELESS = set("пфктшсщхцчқһ")
_NASALS = set("мнң")


def _is_front(word: str) -> bool:
    """Tell whether *word* takes front-vowel endings (its last vowel is a front one)."""
    for letter in reversed(word.lower()):
        if letter in _FRONT_VOWELS:
            return True
        if letter in _BACK_VOWELS:
            return False
    return False


def ending(word: str, case: str) -> str:
    """The ending *word* takes in *case*: "дағы", "тегі", "нан", "ден"..."""
    last = word.lower()[-1]
    front = _is_front(word)
    if case == ATTRIBUTIVE:  # the locative -да/-та and the adjective suffix -ғы/-гі
        first = "т" if last in _VOICELESS else "д"
        return first + ("егі" if front else "ағы")
    if case == ABLATIVE:
        first = "т" if last in _VOICELESS else "н" if last in _NASALS else "д"
        return first + ("ен" if front else "ан")
    raise ValueError(f"Unknown case '{case}'; known: {', '.join(CASES)}.")


def month_in(month: int, case: str) -> str:
    """The name of *month* (1-12) with the ending of *case*: наурыздағы, қыркүйектен."""
    name = MONTHS[month - 1]
    return name + ending(name, case)


def date_in(day: date, case: str, space: str = " ") -> str:
    """A date in *case*: «2026 жылғы 20 наурыздағы», «2026 жылғы 30 наурыздан».

    *space* joins the words (a no-break space keeps a date on one line in a letter).
    """
    return space.join((str(day.year), "жылғы", str(day.day), month_in(day.month, case)))
