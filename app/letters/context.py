"""What every letter says, gathered from the register and written in the letter's language.

`common_context` turns a request, the operator's details, the outgoing number and the
operator's note into the part of the template context all kinds share (see kinds.py
for the shape); each kind's declaration adds its own fields. Everything a user sees
is already formatted here: dates as the language writes them (Babel, with the
pattern of `app/languages.py`), codes replaced by their names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.operator import signatory_parts
from app.languages import language

from . import names
from .errors import LetterError


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
    grounds: tuple[str, ...] = ()


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


def salutation(name: str, address_form: str | None, lang: str) -> str:
    """The greeting line in the form of address the operator chose (neutral if none)."""
    table = names.SALUTATIONS[lang]
    return table.get(address_form or "neutral", table["neutral"]).format(name=name)


_POSITIONS = {
    "IIN": {"ru": "Индивидуальный предприниматель", "kk": "Жеке кәсіпкер",
            "en": "Individual entrepreneur"},
    "BIN": {"ru": "Директор", "kk": "Директор", "en": "Director"},
}
_FORM_PREFIXES = ("ИП", "ЖК", "IE", "ТОО", "ЖШС", "LLP")


def _owner_name(name: str) -> str:
    """The person's name inside "ИП Ахметов А.А." (the position line already says ИП)."""
    first, _, rest = name.strip().partition(" ")
    return rest.strip() if first.strip('."«»') in _FORM_PREFIXES and rest.strip() else name


def _operator(operator: dict[str, Any], lang: str) -> dict[str, Any]:
    kind = operator.get("id_kind") or "BIN"
    position, person = signatory_parts(operator.get("signatory"))
    if not position:
        # A sole proprietor signs in person; an LLP's director is named in the signatory
        # (until then the line is left for a handwritten name).
        fallback = _owner_name(operator["name"]) if kind == "IIN" else ""
        position, person = _POSITIONS[kind][lang], person or fallback
    return {
        "name": operator["name"],
        "id": operator["id"],
        "id_label": names.ID_LABELS[lang][kind],
        "address": operator["address"],
        "email": operator.get("email") or "",
        "phone": operator.get("phone") or "",
        "signatory": f"{position} {person}",
        "signatory_position": position,
        "signatory_name": person,
    }


def common_context(source: Source) -> dict[str, Any]:
    """The fields every template may use (raises LetterError when data is missing)."""
    if source.operator is None:
        raise LetterError("operator_missing")
    lang, request = source.lang, source.request
    requester = request["requester"]
    due = request["due"] or max((i["due"] for i in request["items"]), default=None)
    type_names = [names.TYPE_NAMES[lang][i["type"]] for i in request["items"]]
    return {
        "operator": _operator(source.operator, lang),
        "letter": {"number": source.number, "date": format_day(source.today, lang)},
        "request": {
            "number": request["number"],
            "date": format_day(request["received"], lang),
            "channel": names.CHANNEL_NAMES[lang][request["channel"]],
            "types": type_names,
            "types_text": ", ".join(type_names),
            "due": format_day(due, lang) if due else "",
        },
        "addressee": {
            "name": requester["name"],
            "email": requester.get("email") or "",
            "phone": requester.get("phone") or "",
            "salutation": salutation(requester["name"], request.get("address_form"), lang),
        },
        "law": names.LAW_CITATION[lang],
        "note": source.note,
    }
