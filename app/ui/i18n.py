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

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from app.domain import notes, rules
from app.domain.clock import local
from app.domain.vocab import REQUEST_TYPES
from app.languages import (
    DEFAULT_INTERFACE_LANGUAGE,
    DEFAULT_LETTER_LANGUAGE,
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
    """The system's display language if the interface has it, else the default.

    The display language (Windows' "Windows display language", LANGUAGE/LC_MESSAGES),
    not the regional format: a Russian Windows with Kazakhstan's formats speaks Russian.
    """
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_INTERFACE_LANGUAGE


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


def _lower(text: str) -> str:
    """*text* with its first letter in lower case, unless it starts an acronym (ЭЦП, eGov)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            following = text[i + 1:i + 2]
            if following.isupper():
                return text
            return text[:i] + ch.lower() + text[i + 1:]
    return text


def _case(text: str, capital: bool) -> str:
    # A name heads a cell, a button or a line with a capital; inside a sentence (in
    # brackets, after a dash, in a list after a colon) it starts in lower case.
    return _capital(text) if capital else _lower(text)


def names_language() -> str:
    """The language the names tables are read in: the interface's, when they have it."""
    lang = current()
    return lang if lang in LETTER_LANGUAGES else "en"


def _name(table: dict[str, dict[str, str]], code: str | None, capital: bool = True) -> str:
    if not code:
        return ""
    # The tables are lower case already; a capital there is a proper noun ("English").
    text = table[names_language()].get(code, code)
    return _capital(text) if capital else text


def type_name(code: str, *, capital: bool = True) -> str:
    """A requested right, as the law names it, in the interface language."""
    return _name(names.TYPE_NAMES, code, capital)


def short_type_name(code: str, *, capital: bool = True) -> str:
    """A requested right in a word or two ("deletion"), for the table and the chart."""
    return _name(names.SHORT_TYPE_NAMES, code, capital)


def short_type_names(codes: list[str]) -> str:
    """Several rights in short, as one phrase: "Deletion, access"."""
    return _capital(", ".join(names.SHORT_TYPE_NAMES[names_language()].get(c, c) for c in codes))


def type_names_in_sentence(codes: list[str]) -> str:
    """Several rights named in full inside a sentence: "deletion of …, access to …"."""
    return ", ".join(type_name(c, capital=False) for c in codes)


def channel_name(code: str, *, capital: bool = True) -> str:
    """How the request came in."""
    return _name(names.CHANNEL_NAMES, code, capital)


def status_name(code: str, *, capital: bool = True) -> str:
    """A request's status."""
    return _name(names.STATUS_NAMES, code, capital)


def outcome_name(code: str | None, *, capital: bool = True) -> str:
    """How a request ended."""
    return _name(names.OUTCOME_NAMES, code, capital)


def action_name(code: str, *, capital: bool = True) -> str:
    """Something the operator did for a request."""
    return _name(names.ACTION_KIND_NAMES, code, capital)


def identity_result_name(code: str | None, *, capital: bool = True) -> str:
    """requested / confirmed / not confirmed."""
    return _name(names.IDENTITY_RESULT_NAMES, code, capital)


def sent_via_name(code: str | None, *, capital: bool = True) -> str:
    """How a prepared letter reached the requester (email, post, by hand, ...)."""
    return _name(names.SENT_VIA_NAMES, code, capital)


def language_name(code: str, *, capital: bool = True) -> str:
    """A language (of a request or a letter)."""
    return _name(names.LANGUAGE_NAMES, code, capital)


def letter_kind_name(code: str, *, capital: bool = True) -> str:
    """A letter kind, by the heading the letter itself carries (its declaration's title)."""
    declared = KINDS.get(code)
    return _case(declared.titles.get(names_language(), code), capital) if declared else code


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


def identity_method_name(code: str, *, capital: bool = True) -> str:
    """An identity method, as the operator thinks of it."""
    return _case(QCoreApplication.translate("names", IDENTITY_METHOD_LABELS.get(code, code)),
                 capital)


#: The form of address a letter uses, chosen by the operator (Russian letters need it:
#: «Уважаемый», «Уважаемая», or a neutral «Здравствуйте»); never guessed. {0} is the
#: greeting of the letter's language, e.g. «Уважаемый …» or «Құрметті …».
ADDRESS_FORM_LABELS: dict[str, str] = {
    "male": QT_TRANSLATE_NOOP("names", "Male («{0}»)"),
    "female": QT_TRANSLATE_NOOP("names", "Female («{0}»)"),
    "neutral": QT_TRANSLATE_NOOP("names", "Neutral («{0}»)"),
}


def greeting(code: str | None, lang: str | None = None) -> str:
    """How a letter in *lang* (the register's own language by default) greets for the form
    of address *code*, the name and the closing mark left out: «Уважаемая …», «Dear …»."""
    table = names.SALUTATIONS[lang or DEFAULT_LETTER_LANGUAGE]
    return table.get(code or "neutral", table["neutral"]).format(name="…").rstrip("!,")


def address_form_name(code: str | None, lang: str | None = None) -> str:
    """A form of address, in words, with the greeting of a letter in *lang* as its example
    (Russian by default); "—" when none was chosen."""
    label = ADDRESS_FORM_LABELS.get(code or "")
    if not label:
        return "—"
    return QCoreApplication.translate("names", label).format(greeting(code, lang))


#: The requester's details an edit may change, as the history names them.
EDITED_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("names", "name"),
    "email": QT_TRANSLATE_NOOP("names", "email"),
    "phone": QT_TRANSLATE_NOOP("names", "phone"),
    "iin": QT_TRANSLATE_NOOP("names", "IIN"),
    "lang": QT_TRANSLATE_NOOP("names", "language"),
    "postal_address": QT_TRANSLATE_NOOP("names", "postal address"),
    "address_form": QT_TRANSLATE_NOOP("names", "form of address"),
}


def edited_field_name(code: str) -> str:
    """A requester's detail, in lower case (it stands after "Edited:")."""
    label = EDITED_FIELD_LABELS.get(code)
    return QCoreApplication.translate("names", label) if label else code


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


class DeadlineBasis(QObject):
    """Why a right is due when it is, in words (a class: lupdate reads plurals only from tr)."""

    def period(self, count: int, unit: str) -> str:
        """A period in words, the unit agreeing with the number: «3 рабочих дня»."""
        if unit == rules.WORKING_DAYS:
            return self.tr("%Ln working day(s)", "", count)
        return self.tr("%Ln calendar day(s)", "", count)

    def clock_start(self, code: str) -> str:
        """What starts a period's clock (the period runs from the day after it)."""
        return {rules.RECEIPT: self.tr("the request received"),
                rules.DOCUMENTS_RECEIVED: self.tr("the supporting documents received"),
                rules.BREACH_NOT_CONFIRMED: self.tr("the breach found not confirmed"),
                }.get(code, code)

    def basis_kind(self, code: str) -> str:
        """What a period rests on, as a table cell names it."""
        return {rules.LAW: self.tr("The Law"), rules.BYLAW: self.tr("A by-law"),
                rules.OPERATOR: self.tr("Our own period")}.get(code, code)

    def text(self, rule: rules.DeadlineRule) -> str:
        """The basis of *rule*: «3 рабочих дня (установлен подзаконным актом): пункт 16 …»."""
        period = self.period(rule.count, rule.unit)
        kind = {rules.LAW: self.tr("set by the Law"), rules.BYLAW: self.tr("set by a by-law"),
                rules.OPERATOR: self.tr("the operator's own period")}[rule.basis_kind]
        text = f"{period} ({kind})"
        if rule.basis_kind != rules.OPERATOR:  # an operator's period has no provision to cite
            text += f": {rule.cites(names_language())}"
        if rule.clock_start == rules.DOCUMENTS_RECEIVED:
            text += "; " + self.tr("counted from the day the supporting documents are received")
        elif rule.clock_start == rules.BREACH_NOT_CONFIRMED:
            text += "; " + self.tr("counted from the day the breach is found not confirmed")
        return text


def period_text(count: int, unit: str) -> str:
    """A period in words: «3 рабочих дня», «15 календарных дней»."""
    return DeadlineBasis().period(count, unit)


def clock_start_name(code: str) -> str:
    """What starts a period's clock, in the interface language."""
    return DeadlineBasis().clock_start(code)


def basis_kind_name(code: str) -> str:
    """The Law, a by-law or the operator's own period, in the interface language."""
    return DeadlineBasis().basis_kind(code)


def citation_language() -> str:
    """The letter language a citation is shown in: the interface's, else the record's own."""
    return current() if current() in LETTER_LANGUAGES else DEFAULT_LETTER_LANGUAGE


def deadline_basis(item: Mapping[str, Any], received: date | datetime | str) -> str:
    """Why a right is due when it is, in the interface language.

    Read from the rule in force on the receipt date (`app.domain.rules`): the basis the
    register keeps with each right is English, and its citation is in every letter
    language there.
    """
    if item.get("type") not in REQUEST_TYPES:
        return str(item.get("basis") or "—")
    if isinstance(received, str):
        received = datetime.fromisoformat(received)
    if isinstance(received, datetime):
        received = local(received).date()
    return DeadlineBasis().text(rules.rule_for(item["type"], received))


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


#: The notes the app writes into the record (app/domain/notes.py), in the window's words.
NOTE_FORMS: dict[str, str] = {
    notes.CLOSED: QT_TRANSLATE_NOOP("notes", "Closed: {reason}"),
    notes.VOIDED: QT_TRANSLATE_NOOP("notes", "Voided: {reason}"),
    notes.IMPORTED_AGAIN: QT_TRANSLATE_NOOP(
        "notes", "Imported again (already in {number}): {reason}"),
    notes.MADE_DESPITE: QT_TRANSLATE_NOOP(
        "notes", "Letter {number} made despite the record: {reason}"),
}


def note_text(note: str | None) -> str:
    """An action's note as the window shows it: one the app wrote in the interface
    language, the operator's own as typed."""
    parsed = notes.parse(note)
    if parsed is None:
        return note or ""
    code, values = parsed
    return QCoreApplication.translate("notes", NOTE_FORMS[code]).format(**values)
