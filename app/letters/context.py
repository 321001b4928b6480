"""What every letter says, gathered from the register and written in the letter's language.

`common_context` turns a request, the operator's details, the outgoing number and the
operator's note into the part of the template context all kinds share (see kinds.py
for the shape); each kind's declaration adds its own fields. Everything a user sees
is already formatted here: dates as the language writes them (Babel, with the
pattern of `app/languages.py`; Kazakh with the case ending the sentence needs, see
kazakh.py), codes replaced by their names, register numbers without their Latin
prefix, phone numbers grouped for reading ("+7 727 200 00 00", by the function the
service passes in `Source.show_phone`: the intake layer owns phone numbers), and
numbers, dates and citations bound so that no line breaks them (typeset.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.operator import signatory_parts
from app.domain.workflow import asked_items
from app.languages import language

from . import kazakh, names
from .errors import LetterError
from .typeset import NBSP, initials_first, keep_together, shown_number


@dataclass(frozen=True)
class Source:
    """Everything a letter may be built from: the request and the operator's choices."""

    kind: str
    lang: str
    request: dict[str, Any]
    operator: dict[str, Any] | None
    profile: dict[str, Any] | None
    number: str
    today: date
    note: str
    #: How the letter writes a stored phone number ("+77272000000" -> "+7 727 200 00 00",
    #: kept on one line); the service passes app.intake.phone.format_phone.
    show_phone: Callable[[str | None], str]
    grounds: tuple[str, ...] = ()
    #: The authorized body to appeal to, by name, when the operator set one; None: the
    #: default of the letter's language (names.AUTHORIZED_BODY).
    authorized_body: str | None = None
    #: Deadline rules the operator added: cited with the app's where they are in force.
    added_rules: tuple[Any, ...] = ()
    #: Who prepared the letter ({"name", "phone"}), printed under the signature; or None.
    executor: dict[str, Any] | None = None
    #: How the operator numbers outgoing letters ("{year}-{seq:04d}" by default).
    number_format: str | None = None
    #: The processing purposes a withdrawal confirmation names (empty: all of them).
    purposes: tuple[str, ...] = ()


def format_day(day: date | str, lang: str) -> str:
    """A date as the language writes it: 2026 жылғы 20 наурыз / 20 марта 2026 г. / 20 March 2026."""
    from babel.dates import format_date  # ~60 ms: only when a letter is made

    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    row = language(lang)
    # CLDR puts a narrow no-break space before "г."; older Word fonts lack that glyph, so
    # the ordinary no-break space (which keeps "2026 г." together just the same) is used.
    return format_date(day, row.letter_date_pattern, locale=row.locale).replace(
        "\u202f", "\xa0")


def letter_day(day: date | str, lang: str, case: str | None = None) -> str:
    """A date as a letter prints it, kept on one line; in Kazakh with the ending of *case*.

    *case* is `kazakh.ATTRIBUTIVE` («2026 жылғы 20 наурыздағы», before a noun) or
    `kazakh.ABLATIVE` («... наурыздан», before кешіктірмей); Russian and English need no
    ending (Babel's Russian month is already in the genitive: «от 20 марта 2026 г.»).
    """
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    if case is not None and lang == "kk":
        return kazakh.date_in(day, case, NBSP)
    return format_day(day, lang).replace(" ", NBSP)


def due_by(day: date | str, lang: str) -> str:
    """"Not later than <day>": «не позднее 30 марта 2026 г.», «2026 жылғы 30 наурыздан
    кешіктірмей», "by 30 March 2026"."""
    return names.DUE_BY[lang].format(date=letter_day(day, lang, kazakh.ABLATIVE))


#: The rights the request still asks for (one removed as registered by mistake is not
#: spoken of in a letter): the workflow's own reading.
asked = asked_items


def open_dated(request: dict[str, Any]) -> list[Any]:
    """The rights still open that have a date a letter may promise: a right waiting for
    the documents its clock starts from has none yet (the register counts it from the
    receipt meanwhile, to be safe, but a letter never commits the operator to that date)."""
    return [i for i in asked(request) if not i.get("done") and not i.get("waiting")]


def salutation(name: str, address_form: str | None, lang: str) -> str:
    """The greeting line in the form of address the operator chose (neutral if none)."""
    table = names.SALUTATIONS[lang]
    return table.get(address_form or "neutral", table["neutral"]).format(name=name)


_POSITIONS = {
    "IIN": {"ru": "Индивидуальный предприниматель", "kk": "Жеке кәсіпкер",
            "en": "Individual entrepreneur"},
    "BIN": {"ru": "Директор", "kk": "Директор", "en": "Director"},
}
def _operator(operator: dict[str, Any], lang: str,
              show_phone: Callable[[str | None], str]) -> dict[str, Any]:
    kind = operator.get("id_kind") or "BIN"
    position, person = signatory_parts(operator.get("signatory"))
    if not position:
        # A sole proprietor signs in person, an LLP's director is named in the signatory;
        # without a name the line is left blank for a handwritten one, never filled with
        # the name on the letterhead (an ИП's may be a trade name).
        position = _POSITIONS[kind][lang]
    return {
        "name": operator["name"],
        "id": operator["id"],
        "id_label": names.ID_LABELS[lang][kind],
        "address": keep_together(operator["address"]),
        "email": operator.get("email") or "",
        "phone": show_phone(operator.get("phone")),
        "signatory": f"{position} {initials_first(person)}",
        "signatory_position": position,
        "signatory_name": initials_first(person),
    }


def common_context(source: Source) -> dict[str, Any]:
    """The fields every template may use (raises LetterError when data is missing)."""
    if source.operator is None:
        raise LetterError("operator_missing")
    lang, request = source.lang, source.request
    requester = request["requester"]
    items = asked(request)
    # The earliest date the letter may promise.
    due = min((i["due"] for i in open_dated(request)), default=None)
    type_names = [names.TYPE_NAMES[lang][i["type"]] for i in items]
    return {
        "operator": _operator(source.operator, lang, source.show_phone),
        "letter": {"number": shown_number(source.number, source.number_format),
                   "date": letter_day(source.today, lang)},
        "request": {
            "number": shown_number(request["number"]),
            "date": letter_day(request["received"], lang),
            "date_attr": letter_day(request["received"], lang, kazakh.ATTRIBUTIVE),
            "channel": names.CHANNEL_NAMES[lang][request["channel"]],
            "types": type_names,
            "types_text": ", ".join(type_names),
            "due": letter_day(due, lang) if due else "",
            "due_by": due_by(due, lang) if due else "",
            # A correction waits for its supporting documents: the letter asks for them.
            "documents_needed": any(i.get("waiting") and i.get("clock_start") ==
                                    "documents_received" for i in items),
        },
        "addressee": {
            "name": requester["name"],
            "email": requester.get("email") or "",
            "phone": source.show_phone(requester.get("phone")),
            # Where a letter by post goes (printed under the name when the operator gave it).
            "postal_address": keep_together(request.get("postal_address") or ""),
            "salutation": salutation(requester["name"], request.get("address_form"), lang),
        },
        "law": keep_together(names.LAW_CITATION[lang]),
        "appeal": {"body": source.authorized_body or names.AUTHORIZED_BODY[lang]},
        "executor": {"name": (source.executor or {}).get("name") or "",
                     "phone": source.show_phone((source.executor or {}).get("phone"))},
        "note": source.note,
    }
