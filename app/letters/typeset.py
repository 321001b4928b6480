"""Keeping numbers, dates and citations on one line in a letter.

A justified Kazakh or Russian paragraph breaks lines at any space and after any hyphen,
so «IN-⏎2026-0001» or «24-бабы 1-⏎тармағының» happen (shared/domain/glossary.md:
"Keep a number or a citation on one line"). Here a hyphen that touches a digit becomes
the non-breaking hyphen U+2011, and the space between a number and the word it belongs
to («статьи 25», «8) тармақшасы», «20 марта 2026 г.», «2013 жылғы 21 мамырдағы»)
becomes a no-break space, and so does the space before a dash, which never starts a
line. A long citation may still break between its parts, which a reader expects; never
inside one. Only our own words and the numbers and dates the app
writes pass through here: the operator's notes are printed as typed.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
#: The non-breaking hyphen: looks like "-", never ends a line.
NBHY = "\u2011"

# A hyphen next to a digit: 19-1, 24-бабы, 94-V, 2026-0001, 2-тармағының.
_HYPHEN = re.compile(r"(?<=\d)-(?=\w)|(?<=\w)-(?=\d)")
# A word that introduces a number: «статьи 25», «подпункт 8)», "Article 8(7)", «№ 94-V».
_LABELS = ("статья|статьи|статье|статьёй|статей|статьями|пункт|пункта|пункте|пунктом|пункты|"
           "пунктов|подпункт|подпункта|подпунктом|подпункты|подпунктов|часть|части|"
           "Article|Articles|paragraph|paragraphs|No\\.|№")
_BEFORE_NUMBER = re.compile(rf"(?<![\w.])({_LABELS}) (?=\d)")
# A Kazakh subparagraph comes after its number: «8) тармақшасы», «2)–4) тармақшалары».
_KK_SUBPARAGRAPH = re.compile(r"(?<=\d\)) (?=тармақша)")
_MONTHS = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
           "декабря|January|February|March|April|May|June|July|August|September|October|"
           "November|December|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
           "қазан|қараша|желтоқсан")
# The parts of a date: «21 мая», «мая 2013», «2013 года», «2026 г.», «2013 жылғы 21».
_DAY_MONTH = re.compile(rf"(\b\d{{1,2}}) (?=(?:{_MONTHS}))")
_MONTH_YEAR = re.compile(rf"((?:{_MONTHS})) (?=\d{{4}}\b)")
_YEAR_WORD = re.compile(r"(?<=\b\d{4}) (?=года\b|г\.|жылғы\b)")
_KK_YEAR_DAY = re.compile(r"(?<=жылғы) (?=\d)")
# A dash never starts a line: «(далее – Закон)», «обязательства, – в течение».
_BEFORE_DASH = re.compile(r" (?=[–—] )")
# A number never starts a line apart from its word or its pair: «2‑тармағының 8)», «10 Abai
# Ave», «пункты 2 и 3», «2 және 3‑тармақтары», "19-1(2) and (3)".
_BEFORE_SUBPARAGRAPH = re.compile(r"(?<=\w) (?=\d{1,2}\)(?!\())")
# A number before a Latin word ("10 Abai Ave", "paragraph 16 of"): a Kazakh or Russian
# citation keeps its breaks between parts («пункта 2 | статьи 25 | Закона»).
_NUMBER_WORD = re.compile(r"(?<![\w.,])(\d{1,4}) (?=[A-Za-z])")
_PAIR = re.compile(r"(?<=[\d)]) (и|және|and) (?=[\d(])")
# Where a line may break with no space: "25(2)⏎(8)", «2)–⏎4)»: a word joiner (U+2060,
# zero width) forbids it.
WJ = "\u2060"
_NO_SPACE_BREAK = re.compile(r"(?<=\d\))(?=\()|(?<=[\d)])(?=–\d)|(?<=[\d)]–)(?=\d)")
# Jinja's own tags are left exactly as written.
_TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\})", re.DOTALL)


def _bind(text: str) -> str:
    text = _HYPHEN.sub(NBHY, text)
    text = _PAIR.sub(lambda m: NBSP + m.group(1) + NBSP, text)
    for pattern in (_BEFORE_NUMBER, _DAY_MONTH, _MONTH_YEAR, _NUMBER_WORD):  # the space binds
        text = pattern.sub(lambda m: m.group(1) + NBSP, text)
    for pattern in (_KK_SUBPARAGRAPH, _YEAR_WORD, _KK_YEAR_DAY, _BEFORE_DASH,
                    _BEFORE_SUBPARAGRAPH):
        text = pattern.sub(NBSP, text)
    return _NO_SPACE_BREAK.sub(WJ, text)


def keep_together(text: str) -> str:
    """*text* with its numbers, provisions and dates bound so that no line breaks them.

    Jinja tags inside *text* (a template's words) are left untouched.
    """
    parts = _TAG.split(text)
    return "".join(part if i % 2 else _bind(part) for i, part in enumerate(parts))


# A register number's prefix: OUT-2026-0001, IN-2026-0002 (the letter says «Исх. №»).
_PREFIX = re.compile(r"^[A-Z]+-(?=\d)")


def shown_number(number: str, number_format: str | None = None) -> str:
    """A register number as a letter prints it: no Latin prefix, a non-breaking hyphen.

    "OUT-2026-0001" -> "2026‑0001": «Исх. №» / «Шығыс №» / "Ref." already say which way
    the letter went, and OUT/IN would be Latin letters in a Cyrillic letter. With the
    operator's *number_format* ("{seq}/{year}", "01-{seq:03d}") the year and the counter
    are written their way.
    """
    if number_format:
        parts = number.split("-")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            number = number_format.format(year=int(parts[1]), seq=int(parts[2]))
    return _PREFIX.sub("", number).replace("-", NBHY)


# A name written surname first: «Сейтқали А.Б.», «Иванов А. С.», "Smith J.".
_SURNAME_INITIALS = re.compile(
    r"^(?P<surname>[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*)\s+"
    r"(?P<initials>[^\W\d_]\.(?:\s?[^\W\d_]\.)?)$")
_INITIALS_SURNAME = re.compile(
    r"^(?P<initials>[^\W\d_]\.(?:\s?[^\W\d_]\.)?)\s*"
    r"(?P<surname>[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*)$")


def initials_first(name: str) -> str:
    """A signatory's name with the initials before the surname: «А.Б. Сейтқали».

    Only the two unambiguous shapes are changed, a surname with one or two initials
    after it or before it; a full name ("Айгерим Сапарова", «Сапарова Айгерим
    Ерлановна») is left as typed, since nothing tells which word is the surname. The
    initials are written without a space between them (the glossary's «А.Б.») and kept on
    the surname's line.
    """
    text = " ".join(name.split())
    match = _SURNAME_INITIALS.match(text) or _INITIALS_SURNAME.match(text)
    if not match:
        return name
    initials = match.group("initials").replace(" ", "")
    return f"{initials}{NBSP}{match.group('surname')}"
