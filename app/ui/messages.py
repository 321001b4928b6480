"""The window's words for every problem a user can cause, translated like the rest of it.

Layers raise problems as values, a code and its fields (`app.domain.errors`); the
command line words them for a terminal (`app/cli/messages.py`), and this catalog words
the same codes for the window: the same placeholders, but where the terminal names an
option ("--note", "operator set") the window says where to click. `word()` translates
the template (context "problem" in the Qt catalogs), fills it in, words nested
problems, and names code-valued fields (a letter kind, an action, a profile field) in
the interface language. A code the catalog lacks reads as the code itself: a new code
is never a crash, and a test keeps this catalog in step with the command line's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import Notice, UserError
from app.services import USER_ERRORS

from .problem_words import BY_VALUE, CATALOG

CONTEXT = "problem"

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "problem", "Something went wrong ({error}); the details are in the log.")


class _Values(dict[str, Any]):
    """The values of a template; a placeholder with no value stays as it is written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _named(code: str, key: str, value: Any) -> Any:
    """A code-valued field named in the interface language; other values unchanged."""
    from . import i18n

    if isinstance(value, (UserError, Notice)):
        return word(value)
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if key == "kind":
        from app.letters.kinds import KINDS

        return i18n.letter_kind_name(value) if value in KINDS else value
    if key == "action":  # named inside a sentence, in brackets
        return i18n.action_name(value, capital=False)
    if key == "field" and code.startswith("profile_"):
        return i18n.profile_field_name(value)
    if key == "date" and len(value) == 10 and value[4] == "-":  # an ISO date, as people write it
        return i18n.format_date(value)
    if key in ("lang", "used", "written"):  # a letter language, named in a sentence
        from app.languages import LETTER_LANGUAGES

        return i18n.language_name(value, capital=False) if value in LETTER_LANGUAGES else value
    if key == "type":
        from app.domain.vocab import REQUEST_TYPES

        return i18n.short_type_name(value, capital=False) if value in REQUEST_TYPES else value
    return value


def _template(code: str, values: dict[str, Any]) -> str | None:
    for (known, key, value), template in BY_VALUE.items():
        if known == code and values.get(key) == value:
            return template
    return CATALOG.get(code)


def word(problem: UserError | Notice | BaseException | str) -> str:
    """One sentence for *problem* in the interface language; never raises.

    A code the catalog lacks reads as the code itself; a plain string (a warning not yet
    given a code) as it is; an exception that is not a user's problem as a short note.
    """
    if isinstance(problem, str):
        return problem
    if not isinstance(problem, (UserError, Notice)):
        if isinstance(problem, USER_ERRORS):
            return str(problem)  # a user's problem still written as a sentence (intake's)
        text = QCoreApplication.translate(CONTEXT, _UNEXPECTED)
        return text.format_map(_Values(error=f"{type(problem).__name__}: {problem}"))
    code = problem.code
    values = dict(problem.values or {})
    template = _template(code, values)
    if template is None:
        return code
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format_map(_Values({k: _named(code, k, v) for k, v in values.items()}))
    except (ValueError, IndexError, AttributeError):  # a broken translation: say it unfilled
        return text
