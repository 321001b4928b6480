"""The letters of a breach: the notice to the authorized body and the subjects' notification.

They are not replies to a request, so they are not request letter kinds (kinds.py): they
have their own two kinds, their own fields and their own templates
(`letter_templates/incidents/<kind>.<lang>.docx`, built by
`letter_templates/build_incident_templates.py`). Rendering follows the same rules as
every letter: autoescape, and StrictUndefined with the fields checked when the template
is loaded, so a misspelt field is an error and never a blank.

The notice carries what the Rules of Order No. 481/НҚ ask of it (as reported and read,
docs/legal-basis.md): the contacts of the person responsible for organising the
processing (if any), the measures taken to remedy the breach, and the subjects' data
needed to notify them (full name and/or IIN and/or mobile number); with the operator's
requisites, the detection time, what happened and the data affected.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.incidents import INCIDENT_LETTERS, NOTICE, SUBJECTS_LETTER
from app.domain.rules import ORDER_481_CITATION, ORDER_481_CITED_FROM, incident_rule_for

from . import names
from .context import _operator, letter_day
from .errors import LetterError
from .typeset import keep_together, shown_number

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "letter_templates" / "incidents"

#: The languages each letter is made in: the authorized body reads Kazakh or Russian.
LANGUAGES: Mapping[str, tuple[str, ...]] = {NOTICE: ("kk", "ru"),
                                            SUBJECTS_LETTER: ("kk", "ru", "en")}

#: The headings, per kind and language.
TITLES: Mapping[str, Mapping[str, str]] = {
    NOTICE: {
        "kk": "Дербес деректердің қауіпсіздігін бұзу туралы хабарлама",
        "ru": "Уведомление о нарушении безопасности персональных данных",
    },
    SUBJECTS_LETTER: {
        "kk": "Дербес деректеріңіздің қауіпсіздігін бұзу туралы хабарлама",
        "ru": "Уведомление о нарушении безопасности Ваших персональных данных",
        "en": "Notice of a breach of the security of your personal data",
    },
}

#: The fields the templates of both kinds may use.
FIELDS: frozenset[str] = frozenset({"operator", "letter", "addressee", "incident",
                                    "responsible", "subjects", "basis", "executor"})

#: "Not named" for the responsible person: the Rules ask for the contacts "if any".
NOT_NAMED: Mapping[str, str] = {"kk": "тағайындалмаған", "ru": "не назначено",
                                "en": "not appointed"}
#: The subjects' notification greets no one by name: the same letter goes to each.
SUBJECTS_GREETING: Mapping[str, str] = {"kk": "Құрметті пайдаланушы!",
                                        "ru": "Уважаемый пользователь!",
                                        "en": "Dear user,"}
#: A yes/no decision as the notice writes it.
DECISION: Mapping[str, Mapping[str, str]] = {
    "yes": {"kk": "қажет", "ru": "требуется", "en": "required"},
    "no": {"kk": "қажет емес", "ru": "не требуется", "en": "not required"},
    None: {"kk": "шешім әлі қабылданбаған", "ru": "решение ещё не принято",
           "en": "not decided yet"},
}


def template_path(code: str, lang: str, folder: Path | None = None) -> Path:
    """The template of *code* in *lang*; LetterError for a language the kind has not."""
    if code not in INCIDENT_LETTERS:
        raise LetterError("unknown_letter_kind", value=code, allowed=", ".join(INCIDENT_LETTERS))
    if lang not in LANGUAGES[code]:
        raise LetterError("incident_letter_language", lang=lang,
                          allowed=", ".join(LANGUAGES[code]))
    path = (folder or TEMPLATES_DIR) / f"{code}.{lang}.docx"
    if not path.is_file():
        raise LetterError("template_missing", path=str(path))
    return path


def _moment(value: str, lang: str) -> str:
    """"6 марта 2026 г., 19:40" — the date as the language writes it, then the time."""
    moment = datetime.fromisoformat(value)
    return f"{letter_day(moment.date(), lang)}, {moment:%H:%M}"


def build_context(code: str, lang: str, *, incident: dict[str, Any],
                  operator: dict[str, Any] | None, responsible: dict[str, Any] | None,
                  number: str, today: date, show_phone: Callable[[str | None], str],
                  number_format: str | None = None, authorized_body: str | None = None,
                  executor: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the templates of *code* may say, written in *lang*."""
    if operator is None:
        raise LetterError("operator_missing")
    rule = incident_rule_for(date.fromisoformat(incident["detected_date"]))
    count = incident.get("subjects_count")
    person = responsible or {}
    return {
        "operator": _operator(operator, lang, show_phone),
        "letter": {"number": shown_number(number, number_format),
                   "date": letter_day(today, lang)},
        "addressee": {"name": (authorized_body or names.AUTHORIZED_BODY[lang])
                      if code == NOTICE else "",
                      "salutation": SUBJECTS_GREETING[lang]},
        "incident": {
            "number": shown_number(incident["number"]),
            "detected": _moment(incident["detected_at"], lang),
            "what": incident.get("what") or "",
            "cause": incident.get("cause") or "",
            "categories": incident.get("categories") or "",
            "subjects_count": "" if count is None else str(count),
            "measures": incident.get("measures") or "",
            "notify_subjects": DECISION[incident.get("notify_subjects")][lang],
            "notify_subjects_why": incident.get("notify_subjects_why") or "",
        },
        "responsible": {
            "named": bool(person.get("name")),
            "name": person.get("name") or NOT_NAMED[lang],
            "position": person.get("position") or "",
            "phone": show_phone(person.get("phone")),
            "email": person.get("email") or "",
        },
        "subjects": [{"name": s.get("name") or "", "iin": s.get("iin") or "",
                      "phone": show_phone(s.get("phone"))}
                     for s in (incident.get("subjects") or [])] if code == NOTICE else [],
        # The notice rests on the period's rule row; the subjects' letter only on the Rules
        # of notification, and on nothing before they are taken as in force.
        "basis": keep_together(rule.cites(lang) if code == NOTICE else
                               ORDER_481_CITATION[lang] if rule.effective_from >=
                               ORDER_481_CITED_FROM else ""),
        "executor": {"name": (executor or {}).get("name") or "",
                     "phone": show_phone((executor or {}).get("phone"))},
    }


def render(path: Path, context: dict[str, Any]) -> bytes:
    """Render an incident template as every letter is rendered: sandboxed, with limits;
    LetterError on an unknown or missing field."""
    from .render import fill, load_template

    return fill(path, load_template(path, path.name.split(".")[0], FIELDS), context)
