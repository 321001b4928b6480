"""The interface language: Qt translators, the names of codes, dates as each language writes them.

The window's own words come from Qt catalogs (`resources/translations/otinish_*.qm`,
built from the `.ts` sources) plus Qt's own `qtbase_*.qm` for standard buttons. The
interface languages, their autonyms and locales are rows of `app.languages`. The
names of the register's codes (request types, channels, statuses, ...) are not
translated twice: they come from `app.letters.names`, the same words the letters use,
and a letter kind is named by its own declaration's heading (`app.letters.kinds`).
The chosen language is kept in QSettings; switching it re-installs the translators
and Qt sends every widget a LanguageChange event.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from app.languages import (
    DEFAULT_INTERFACE_LANGUAGE,
    INTERFACE_LANGUAGES,
    LANGUAGE_ROWS,
    LETTER_LANGUAGES,
)
from app.letters import names
from app.letters.kinds import KINDS

#: The languages the window can be shown in.
LANGUAGES: tuple[str, ...] = INTERFACE_LANGUAGES
#: Each language named in itself, so a user can find their own in any interface.
AUTONYMS: dict[str, str] = {row.code: row.autonym for row in LANGUAGE_ROWS}
LOCALES: dict[str, str] = {row.code: row.locale for row in LANGUAGE_ROWS}
SETTINGS_KEY = "ui/language"

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"

_state: dict[str, object] = {"lang": DEFAULT_INTERFACE_LANGUAGE, "translators": []}


def current() -> str:
    """The interface language now in use (one of `LANGUAGES`)."""
    return str(_state["lang"])


def system_language() -> str:
    """The system's language if the interface has it, else the default."""
    code = QLocale.system().name()[:2]
    return code if code in LANGUAGES else DEFAULT_INTERFACE_LANGUAGE


def saved_language() -> str | None:
    """The language the user chose last time, or None on the first run."""
    value = QSettings().value(SETTINGS_KEY)
    return str(value) if value in LANGUAGES else None


def save_language(lang: str) -> None:
    """Remember the interface language for the next start."""
    QSettings().setValue(SETTINGS_KEY, lang)


def install(lang: str) -> str:
    """Switch the interface to *lang*: load its catalogs and tell every widget."""
    if lang not in LANGUAGES:
        lang = DEFAULT_INTERFACE_LANGUAGE
    app = QCoreApplication.instance()
    old = list(_state["translators"])  # type: ignore[call-overload]
    new: list[QTranslator] = []
    if app is not None:
        own = QTranslator(app)
        if own.load(str(TRANSLATIONS / f"otinish_{lang}.qm")):
            new.append(own)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            new.append(qt)
        for translator in old:
            app.removeTranslator(translator)
        for translator in new:
            app.installTranslator(translator)
    _state["translators"] = new
    _state["lang"] = lang
    QLocale.setDefault(QLocale(LOCALES[lang]))
    return lang


# ------------------------------------------------------------------ names of codes
def _capital(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


def names_language() -> str:
    """The language the names tables are read in: the interface's, when they have it."""
    lang = current()
    return lang if lang in LETTER_LANGUAGES else "en"


def _name(table: dict[str, dict[str, str]], code: str | None) -> str:
    if not code:
        return ""
    return _capital(table[names_language()].get(code, code))


def type_name(code: str) -> str:
    """A requested right, as the law names it, in the interface language."""
    return _name(names.TYPE_NAMES, code)


def short_type_name(code: str) -> str:
    """A requested right in a word or two ("deletion"), for the table and the chart."""
    return _name(names.SHORT_TYPE_NAMES, code)


def short_type_names(codes: list[str]) -> str:
    """Several rights in short, as one phrase: "Deletion, access"."""
    return _capital(", ".join(names.SHORT_TYPE_NAMES[names_language()].get(c, c) for c in codes))


def channel_name(code: str) -> str:
    """How the request came in."""
    return _name(names.CHANNEL_NAMES, code)


def status_name(code: str) -> str:
    """A request's status."""
    return _name(names.STATUS_NAMES, code)


def outcome_name(code: str | None) -> str:
    """How a request ended."""
    return _name(names.OUTCOME_NAMES, code)


def action_name(code: str) -> str:
    """Something the operator did for a request."""
    return _name(names.ACTION_KIND_NAMES, code)


def identity_result_name(code: str | None) -> str:
    """requested / confirmed / not confirmed."""
    return _name(names.IDENTITY_RESULT_NAMES, code)


def language_name(code: str) -> str:
    """A language (of a request or a letter)."""
    return _name(names.LANGUAGE_NAMES, code)


def letter_kind_name(code: str) -> str:
    """A letter kind, by the heading the letter itself carries (its declaration's title)."""
    declared = KINDS.get(code)
    return _capital(declared.titles.get(names_language(), code)) if declared else code


#: The identity methods, named from the operator's side (the letters name them to the
#: data subject, "a call back to the number you gave us", which reads oddly on a button).
IDENTITY_METHOD_LABELS: dict[str, str] = {
    "email_match": QT_TRANSLATE_NOOP("names", "Email from the address on file"),
    "phone_callback": QT_TRANSLATE_NOOP("names", "Call back to the number on file"),
    "one_time_code": QT_TRANSLATE_NOOP("names", "One-time code"),
    "eds_signature": QT_TRANSLATE_NOOP("names", "Electronic digital signature (EDS)"),
    "id_document_in_person": QT_TRANSLATE_NOOP("names", "Identity document seen in person"),
    "notarized_poa": QT_TRANSLATE_NOOP("names", "Notarised power of attorney"),
    "state_service": QT_TRANSLATE_NOOP("names", "State service"),
    "other": QT_TRANSLATE_NOOP("names", "Other method"),
}


def identity_method_name(code: str) -> str:
    """An identity method, as the operator thinks of it."""
    return QCoreApplication.translate("names", IDENTITY_METHOD_LABELS.get(code, code))


def refusal_ground_text(code: str) -> str:
    """A ground for a reasoned refusal, in the interface language."""
    return _capital(names.REFUSAL_GROUNDS[code][names_language()]["text"])


#: The fields of the processing profile, as the settings name them (and problems too).
PROFILE_FIELD_LABELS: dict[str, str] = {
    "data_categories": QT_TRANSLATE_NOOP("names", "Categories of personal data"),
    "purposes": QT_TRANSLATE_NOOP("names", "Purposes of processing"),
    "sources": QT_TRANSLATE_NOOP("names", "Sources"),
    "recipients": QT_TRANSLATE_NOOP("names", "Recipients"),
    "methods": QT_TRANSLATE_NOOP("names", "Methods of processing"),
    "retention": QT_TRANSLATE_NOOP("names", "Storage period"),
    "cross_border": QT_TRANSLATE_NOOP("names", "Cross-border transfer"),
}


def profile_field_name(code: str) -> str:
    """A field of the processing profile; an unknown one as it is written."""
    label = PROFILE_FIELD_LABELS.get(code)
    return QCoreApplication.translate("names", label) if label else code


# ------------------------------------------------------------------ dates
def qlocale() -> QLocale:
    """The QLocale of the interface language."""
    return QLocale(LOCALES[current()])


def format_date(value: date | str | None) -> str:
    """A date, short and numeric: 24.11.2026 (kk, ru) or 24/11/2026 (en, British order)."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y" if current() == "en" else "%d.%m.%Y")


def format_datetime(value: str | datetime | None) -> str:
    """A moment, short, in local time: 24.11.2026 10:30."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{format_date(moment.date())} {moment:%H:%M}"


def format_long_date(value: date | str) -> str:
    """A date written out, with the weekday: Tuesday, 24 November 2026."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    from PySide6.QtCore import QDate

    return qlocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)
