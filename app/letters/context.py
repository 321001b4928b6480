"""What each letter says, gathered from the register and written in the letter's language.

`build_context` turns a request, the operator's details and processing profile, and
the operator's note into the dict a template is rendered with (see kinds.py for the
shape). Everything a user sees is already formatted here: dates as the language
writes them, codes replaced by their names.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date

from app.domain.identifiers import iin_sex

from . import names
from .citations import DEFAULT_KEPT, TYPE_CITATIONS
from .errors import LetterError
from .kinds import KINDS

_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
# Kazakh official letters write "2026 жылғы 20 наурыз"; CLDR's long form is "2026 ж. 20
# наурыз", so the pattern is given, with Babel's month names.
_PATTERNS = {"kk": "y 'жылғы' d MMMM", "ru": "long", "en": "long"}

PROFILE_LISTS = ("data_categories", "purposes", "sources", "recipients")
PROFILE_TEXTS = ("methods", "retention", "cross_border")

_POSITIONS = {
    "IIN": {"ru": "Индивидуальный предприниматель", "kk": "Жеке кәсіпкер",
            "en": "Individual entrepreneur"},
    "BIN": {"ru": "Директор", "kk": "Директор", "en": "Director"},
}
_ACTIONS_FOR_KIND = {
    "correction_done": ("corrected",),
    "blocking_done": ("blocked",),
    "deletion_done": ("deleted", "processor_notified"),
}


def format_day(day: date | str, lang: str) -> str:
    """A date as the language writes it: 2026 жылғы 20 наурыз / 20 марта 2026 г. / 20 March 2026."""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    # CLDR puts a narrow no-break space before "г."; older Word fonts lack that glyph, so
    # the ordinary no-break space (which keeps "2026 г." together just the same) is used.
    return format_date(day, _PATTERNS[lang], locale=_LOCALES[lang]).replace("\u202f", "\xa0")


def salutation(name: str, iin: str | None, lang: str) -> str:
    """The greeting line; Russian needs a gender, told by the IIN when there is one."""
    sex = iin_sex(iin) if iin else None
    return names.SALUTATIONS[lang][sex or "unknown"].format(name=name)


def check_profile(profile: Any) -> dict[str, Any]:
    """Validate a processing profile; return it cleaned, or raise LetterError."""
    if not isinstance(profile, dict):
        raise LetterError("The processing profile must be a JSON object.")
    clean: dict[str, Any] = {}
    for key in PROFILE_LISTS:
        value = profile.get(key)
        if not isinstance(value, list) or not value or not all(
                isinstance(v, str) and v.strip() for v in value):
            raise LetterError(f"The profile's '{key}' must be a non-empty list of texts.")
        clean[key] = [v.strip() for v in value]
    for key in PROFILE_TEXTS:
        value = profile.get(key)
        if not isinstance(value, str) or not value.strip():
            raise LetterError(f"The profile's '{key}' must be a non-empty text.")
        clean[key] = value.strip()
    extra = sorted(set(profile) - set(PROFILE_LISTS) - set(PROFILE_TEXTS))
    if extra:
        raise LetterError(f"The profile has an unknown entry '{extra[0]}'; allowed: "
                          f"{', '.join(PROFILE_LISTS + PROFILE_TEXTS)}.")
    return clean


_FORM_PREFIXES = ("ИП", "ЖК", "IE", "ТОО", "ЖШС", "LLP")


def _owner_name(name: str) -> str:
    """The person's name inside "ИП Ахметов А.А." (the position line already says ИП)."""
    first, _, rest = name.strip().partition(" ")
    return rest.strip() if first.strip('."«»') in _FORM_PREFIXES and rest.strip() else name


def _operator(operator: dict[str, Any], lang: str) -> dict[str, Any]:
    kind = operator.get("id_kind") or "BIN"
    signatory = (operator.get("signatory") or "").strip()
    if "," in signatory:
        position, person = (part.strip() for part in signatory.split(",", 1))
    else:
        # A sole proprietor signs in person; an LLP's director is named with --signatory
        # (until then the line is left for a handwritten name).
        fallback = _owner_name(operator["name"]) if kind == "IIN" else ""
        position, person = _POSITIONS[kind][lang], signatory or fallback
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


def build_context(
    *,
    kind: str,
    lang: str,
    request: dict[str, Any],
    operator: dict[str, Any] | None,
    profile: dict[str, Any] | None,
    number: str,
    today: date,
    note: str | None,
    grounds: list[str] | None = None,
) -> dict[str, Any]:
    """The full template context for one letter (raises LetterError when data is missing)."""
    spec = KINDS[kind]
    if operator is None:
        raise LetterError("Set the operator's details first (operator set --name ... --id ...).")
    note = (note or "").strip()
    if spec.note_required and not note:
        raise LetterError(f"A {kind} letter needs your own paragraph: give it with --note.")
    requester = request["requester"]
    open_items = [i for i in request["items"]] or []
    due = request["due"] or max((i["due"] for i in open_items), default=None)
    ctx: dict[str, Any] = {
        "operator": _operator(operator, lang),
        "letter": {"number": number, "date": format_day(today, lang)},
        "request": {
            "number": request["number"],
            "date": format_day(request["received"], lang),
            "channel": names.CHANNEL_NAMES[lang][request["channel"]],
            "types": [names.TYPE_NAMES[lang][i["type"]] for i in request["items"]],
            "types_text": ", ".join(names.TYPE_NAMES[lang][i["type"]]
                                    for i in request["items"]),
            "due": format_day(due, lang) if due else "",
        },
        "addressee": {
            "name": requester["name"],
            "email": requester.get("email") or "",
            "phone": requester.get("phone") or "",
            "salutation": salutation(requester["name"], requester.get("iin"), lang),
        },
        "law": names.LAW_CITATION[lang],
        "note": note,
    }
    if kind == "acknowledgement":
        ctx["items"] = [{"type": names.TYPE_NAMES[lang][i["type"]],
                         "due": format_day(i["due"], lang),
                         "citation": TYPE_CITATIONS[lang][i["type"]]}
                        for i in request["items"]]
    elif kind == "identity_request":
        ctx["identity_methods"] = [names.IDENTITY_METHOD_NAMES[lang][m]
                                   for m in names.IDENTITY_REQUEST_METHODS]
    elif kind == "access_response":
        if profile is None:
            raise LetterError("An access response lists what you process: set the processing "
                              "profile first with 'operator profile --file PROFILE.json'.")
        ctx["profile"] = check_profile(profile)
    elif kind in _ACTIONS_FOR_KIND:
        wanted = _ACTIONS_FOR_KIND[kind]
        actions = [a for a in request.get("actions", []) if a["kind"] in wanted]
        if not actions:
            raise LetterError(f"Record what was done first (action --kind {wanted[0]}), then "
                              f"make the {kind} letter.")
        ctx["actions"] = [{"date": format_day(a["at"], lang), "text": a["note"]}
                          for a in actions]
        ctx["done_date"] = format_day(actions[-1]["at"], lang)
        ctx["citation"] = names.DONE_CITATIONS[lang][kind]
    elif kind == "withdrawal_confirmation":
        if profile is None:
            raise LetterError("A withdrawal confirmation names the purposes of processing: set "
                              "the processing profile first with 'operator profile --file "
                              "PROFILE.json'.")
        stopped = [a for a in request.get("actions", []) if a["kind"] == "processing_stopped"]
        ctx["stop_date"] = format_day(stopped[-1]["at"] if stopped else today, lang)
        ctx["purposes"] = check_profile(profile)["purposes"]
        ctx["kept"] = DEFAULT_KEPT[lang]
    elif kind == "refusal":
        chosen = grounds or []
        unknown = [g for g in chosen if g not in names.REFUSAL_GROUNDS]
        if unknown:
            raise LetterError(f"Unknown refusal ground '{unknown[0]}'; allowed: "
                              f"{', '.join(names.REFUSAL_GROUNDS)}.")
        ctx["grounds"] = [dict(names.REFUSAL_GROUNDS[g][lang]) for g in chosen]
    return ctx
