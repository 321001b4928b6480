"""Deadlines per request type: dated rule rows, each carrying everything said about it.

One row is one version of one type's period: how many days, which days count, what
starts the clock, what the period rests on (the Law, a by-law, or only the operator's
own target), its citation in every letter language, and where we took it from. The
register, letters, exports, the window and the CLI's `due` all read these rows; no
other place in the code states a period or cites a provision for it. A changed
deadline is a new row with its `effective_from`, never a new `if`: the rule in force
on the receipt date applies, and so does its citation, so a letter about a request
received before a provision existed never cites it (shared/domain/kz-rules.md,
"Versions" and "What each period rests on"; docs/legal-basis.md explains each row).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.languages import LETTER_LANGUAGES

from .errors import DomainError
from .vocab import REQUEST_TYPES, require_one_of

#: Units of a period.
WORKING_DAYS = "working_days"
CALENDAR_DAYS = "calendar_days"
UNITS: tuple[str, ...] = (WORKING_DAYS, CALENDAR_DAYS)

#: What starts the clock: the request's receipt (the usual case), the day the supporting
#: documents of a correction arrive, the day a breach behind a blocking is found not
#: confirmed. The period starts on the day after that event.
RECEIPT = "receipt"
DOCUMENTS_RECEIVED = "documents_received"
BREACH_NOT_CONFIRMED = "breach_not_confirmed"
CLOCK_STARTS: tuple[str, ...] = (RECEIPT, DOCUMENTS_RECEIVED, BREACH_NOT_CONFIRMED)

#: What a period rests on; a letter says it exactly so ("the Law sets" only for LAW).
LAW = "law"
BYLAW = "bylaw"
OPERATOR = "operator"
BASIS_KINDS: tuple[str, ...] = (LAW, BYLAW, OPERATOR)


@dataclass(frozen=True)
class DeadlineRule:
    """One version of the period for one request type."""

    type: str
    effective_from: date
    count: int
    unit: str
    clock_start: str
    basis_kind: str
    #: The provision, written as each language cites it ("пункт 7 статьи 8 Закона"); for an
    #: operator's target, the words for "the period set by the operator".
    citation: Mapping[str, str]
    #: A short caveat shown with the period in the register ("" when none), in English.
    note: str
    #: Where the row comes from and how sure we are (English; docs/legal-basis.md).
    source: str
    #: When the period applies, per letter language, where the provision sets it only in
    #: some cases (a letter promising the date says so); empty when it always applies.
    condition: Mapping[str, str] = field(default_factory=dict)

    @property
    def statutory(self) -> bool:
        """Tell whether the Law itself sets this period."""
        return self.basis_kind == LAW

    def cites(self, lang: str) -> str:
        """The citation in the letter language *lang*."""
        return self.citation[lang]

    @property
    def period(self) -> str:
        """The period in English words: "1 working day", "15 calendar days"."""
        unit = "working day" if self.unit == WORKING_DAYS else "calendar day"
        return f"{self.count} {unit}{'s' if self.count != 1 else ''}"

    @property
    def basis(self) -> str:
        """The one-line English basis kept with each requested right in the register."""
        label = {LAW: "the Law", BYLAW: "a by-law", OPERATOR: "operator's target"}
        text = f"{self.period} ({label[self.basis_kind]}): {self.cites('en')}"
        return f"{text}; {self.note}" if self.note else text


# Dates --------------------------------------------------------------------------------
LAW_94_V = date(2013, 5, 21)
#: Law 231-VIII of 17.11.2025 (brought Art. 8(7) and Art. 19-1), taken as in force from
#: 18.01.2026 (kz-rules.md, "Versions"; its own entry-into-force article not read first-hand).
LAW_231_VIII = date(2026, 1, 18)

# Citations that several rows share ----------------------------------------------------
#: An operator's own target: no provision is cited, because none sets the period.
OPERATOR_TARGET: Mapping[str, str] = {
    "kk": "оператор белгілеген мерзім",
    "ru": "срок, установленный оператором",
    "en": "the period set by the operator",
}
#: The day count of an operator's target where nothing else is known (kz-rules.md: `other`).
OPERATOR_TARGET_DAYS = 10
_ART_25_2_8: Mapping[str, str] = {
    "kk": "Заңның 25-бабы 2-тармағының 8) тармақшасы",
    "ru": "подпункт 8) пункта 2 статьи 25 Закона",
    "en": "Article 25(2)(8) of the Law",
}
_NOT_READ = "reported, not read first-hand"


def _rule(type_: str, since: date, count: int, basis_kind: str, citation: Mapping[str, str],
          *, source: str, note: str = "", clock_start: str = RECEIPT,
          unit: str = WORKING_DAYS, condition: Mapping[str, str] | None = None
          ) -> DeadlineRule:
    return DeadlineRule(type_, since, count, unit, clock_start, basis_kind, citation, note,
                        source, condition or {})


DEADLINE_RULES: tuple[DeadlineRule, ...] = (
    _rule("access", LAW_94_V, 3, BYLAW, {
        # The Law's duty to answer, then the by-law that sets the number of days.
        "kk": "Заңның 25-бабы 2-тармағының 6) тармақшасы; Дербес деректерді жинау, өңдеу "
              "қағидаларының 16-тармағы (2020 жылғы 21 қазандағы № 395/НҚ бұйрық)",
        "ru": "подпункт 6) пункта 2 статьи 25 Закона; пункт 16 Правил сбора, обработки "
              "персональных данных (приказ № 395/НҚ от 21 октября 2020 г.)",
        "en": "Article 25(2)(6) of the Law; paragraph 16 of the Rules for the Collection and "
              "Processing of Personal Data (Order No. 395/НҚ of 21 October 2020)",
    }, note=f"the period of the Rules approved by Order No. 395/НҚ of 21.10.2020, {_NOT_READ}",
        source="The Law gives the right (Art. 24(1)(1)) and the duty to answer 'within the "
               "periods set by legislation' (Art. 25(2)(6)); 3 working days is reported as "
               "p.16 of the Rules of Order 395/НҚ (21.10.2020), not read first-hand."),
    _rule("correction", LAW_94_V, 1, LAW, {
        "kk": "Заңның 13-бабы, 25-бабы 2-тармағының 8) тармақшасы",
        "ru": "статья 13, подпункт 8) пункта 2 статьи 25 Закона",
        "en": "Article 13 and Article 25(2)(8) of the Law",
    }, clock_start=DOCUMENTS_RECEIVED,
        note="counted from the day the supporting documents are received",
        source="Art. 24(1)(2) (the right, backed by documents), Art. 13 and Art. 25(2)(8): "
               "1 working day from receipt of the supporting documents."),
    _rule("blocking", LAW_94_V, 1, LAW, {
        "kk": "Заңның 24-бабы 1-тармағының 3) тармақшасы, 25-бабы 2-тармағының "
              "8) тармақшасы",
        "ru": "подпункт 3) пункта 1 статьи 24, подпункт 8) пункта 2 статьи 25 Закона",
        "en": "Article 24(1)(3) and Article 25(2)(8) of the Law",
    }, source="Art. 24(1)(3) (the right) and Art. 25(2)(8): 1 working day."),
    _rule("unblocking", LAW_94_V, 1, LAW, _ART_25_2_8, clock_start=BREACH_NOT_CONFIRMED,
          note="counted from the day the breach is found not confirmed",
          source="Art. 25(2)(8): 1 working day once the breach is not confirmed."),
    _rule("deletion", LAW_94_V, 1, LAW, {
        "kk": "Заңның 18-бабы, 25-бабы 2-тармағының 8) тармақшасы",
        "ru": "статья 18, подпункт 8) пункта 2 статьи 25 Закона",
        "en": "Article 18 and Article 25(2)(8) of the Law",
    }, condition={
        "kk": "деректерді өңдеудің заңсыздығы расталған жағдайда",
        "ru": "при подтверждении незаконности обработки данных",
        "en": "where the processing is confirmed to be unlawful",
    }, note="strict reading: 1 working day applies once unlawful processing is confirmed",
        source="Art. 24(1)(4), Art. 18 and Art. 25(2)(8): 1 working day once the violation "
               "is confirmed; other cases (purpose reached, storage over) have no number, "
               "and the strict reading is the safest default."),
    _rule("withdrawal", LAW_94_V, OPERATOR_TARGET_DAYS, OPERATOR, OPERATOR_TARGET,
          note="the Law set no period before 18 January 2026",
          source="Before Law 231-VIII the Law set no period for a withdrawal of consent "
                 "(Art. 8); the operator's target applies."),
    _rule("withdrawal", LAW_231_VIII, 15, LAW, {
        "kk": "Заңның 8-бабының 7-тармағы",
        "ru": "пункт 7 статьи 8 Закона",
        "en": "Article 8(7) of the Law",
    }, source="Art. 8(7), added by Law 231-VIII of 17.11.2025, in force from 18.01.2026: "
              "15 working days to stop processing or give a reasoned refusal."),
    _rule("objection", LAW_94_V, 3, OPERATOR, OPERATOR_TARGET,
          note="the Law had no Article 19-1 before 18 January 2026",
          source="Art. 19-1 did not exist before Law 231-VIII; the operator's target (the "
                 "later statutory 3 working days) applies."),
    _rule("objection", LAW_231_VIII, 3, LAW, {
        "kk": "Заңның 19-1-бабының 2 және 3-тармақтары",
        "ru": "пункты 2 и 3 статьи 19-1 Закона",
        "en": "Article 19-1(2) and (3) of the Law",
    }, source="Art. 19-1(2)-(3), added by Law 231-VIII, in force from 18.01.2026: 3 working "
              "days from receipt, and the subject is told the result."),
    _rule("public_source", LAW_94_V, 1, LAW, {
        "kk": "Заңның 6-бабы",
        "ru": "статья 6 Закона",
        "en": "Article 6 of the Law",
    }, source="Art. 6: 'в течение одного рабочего дня по требованию субъекта' (verified)."),
    _rule("portability", LAW_94_V, 3, OPERATOR, OPERATOR_TARGET,
          note="no such right in the Law; treated as access by the operator's policy",
          source="Law 94-V has no right to a copy in a structured format; some operators "
                 "offer it in their policy, and it is answered as access."),
    _rule("other", LAW_94_V, OPERATOR_TARGET_DAYS, OPERATOR, OPERATOR_TARGET,
          note="no statutory period",
          source="Complaints and questions: no statutory number; the operator's target."),
)


# The breach notice ---------------------------------------------------------------------
#: Not a request type: the operator's duty to notify the authorized body of a breach of
#: personal-data security, counted like a request's period from the day of detection.
INCIDENT_NOTICE = "incident_notice"
#: Order No. 100/НҚ of 28.02.2024 amended the Rules of Order No. 179/НҚ (protection
#: measures); the one-working-day notice is reported to apply from 01.07.2024.
ORDER_100_IN_FORCE = date(2024, 7, 1)
#: Order No. 481/НҚ of 09.08.2024 (the Rules of notification about a breach) enters into
#: force ten calendar days after its first official publication; the publication date is
#: not read first-hand, so the order is cited only from 01.09.2024 (never before it was
#: in force: a later date only leaves it uncited for a few days).
ORDER_481_CITED_FROM = date(2024, 9, 1)

_ORDER_179: Mapping[str, str] = {
    "kk": "Меншік иесінің және (немесе) оператордың, сондай-ақ үшінші тұлғаның дербес "
          "деректерді қорғау жөніндегі шараларды жүзеге асыру қағидалары (2023 жылғы "
          "12 маусымдағы № 179/НҚ бұйрық, 2024 жылғы 28 ақпандағы № 100/НҚ бұйрықпен "
          "енгізілген өзгерістерімен)",
    "ru": "Правила осуществления собственником и (или) оператором, а также третьим лицом "
          "мер по защите персональных данных (приказ № 179/НҚ от 12 июня 2023 г., с "
          "изменениями, внесёнными приказом № 100/НҚ от 28 февраля 2024 г.)",
    "en": "the Rules for the Owner, Operator and Third Party to Protect Personal Data "
          "(Order No. 179/НҚ of 12 June 2023, as amended by Order No. 100/НҚ of "
          "28 February 2024)",
}
#: The Rules of notification themselves (what a subjects' letter rests on).
ORDER_481_CITATION: Mapping[str, str] = {
    "kk": "Дербес деректер субъектілерін дербес деректердің қауіпсіздігін бұзу туралы "
          "хабардар етуді жүзеге асыру қағидалары (2024 жылғы 9 тамыздағы № 481/НҚ "
          "бұйрық)",
    "ru": "Правила осуществления уведомления субъектов персональных данных о нарушении "
          "безопасности персональных данных (приказ № 481/НҚ от 9 августа 2024 г.)",
    "en": "the Rules for Notifying Personal Data Subjects of a Breach of Personal Data "
          "Security (Order No. 481/НҚ of 9 August 2024)",
}

INCIDENT_RULES: tuple[DeadlineRule, ...] = (
    _rule(INCIDENT_NOTICE, ORDER_100_IN_FORCE, 1, BYLAW, _ORDER_179,
          note=f"counted from the day of detection; {_NOT_READ}",
          source="kt.kz, 05.03.2024: the amended protection rules (Order 100/НҚ of "
                 "28.02.2024 to Order 179/НҚ) require notifying the authorized body within "
                 "one working day of detecting a breach from 1 July 2024; the paragraph "
                 "is not read first-hand."),
    _rule(INCIDENT_NOTICE, ORDER_481_CITED_FROM, 1, BYLAW, {
        lang: f"{ORDER_481_CITATION[lang]}; {_ORDER_179[lang]}" for lang in ORDER_481_CITATION},
          note="counted from the day of detection; the Rules of Order No. 481/НҚ set the "
               "notice's content",
          source="Order 481/НҚ of 09.08.2024 (prg.kz/m/amp/document/33617800; English at "
                 "cis-legislation.com rgn=161527): within one working day of detection, "
                 "the authorized body is told the contacts of the person responsible for "
                 "organising the processing (if any), the measures taken, and the "
                 "subjects' data needed to notify them (full name and/or IIN and/or "
                 "mobile number). In force 10 calendar days after first publication "
                 "(publication date not read; cited from 01.09.2024)."),
)


def incident_rule_for(detected: date,
                      rules: Sequence[DeadlineRule] = INCIDENT_RULES) -> DeadlineRule:
    """The rule of the breach notice in force on the day of *detected* (the earliest row
    for a breach detected before any of them)."""
    in_force = [r for r in rules if r.effective_from <= detected]
    return max(in_force or list(rules[:1]), key=lambda r: r.effective_from)


def rule_for(request_type: str, received: date) -> DeadlineRule:
    """Return the rule in force for *request_type* on the *received* date."""
    if request_type not in REQUEST_TYPES:
        raise DomainError("unknown_request_type", value=request_type,
                          allowed=", ".join(REQUEST_TYPES))
    versions = [r for r in DEADLINE_RULES if r.type == request_type]
    in_force = [r for r in versions if r.effective_from <= received]
    # Before the Law existed the earliest version is the only sensible answer.
    return max(in_force or versions[:1], key=lambda r: r.effective_from)


def rules_in_force(request_type: str, received: date,
                   added: Sequence[DeadlineRule] = ()) -> tuple[DeadlineRule, ...]:
    """The rule of the app in force on *received*, then each rule the operator added for the
    type that is in force too (a stricter reading, a newer law): every one of them is
    cited, and the earliest date they give is the due date."""
    own = [r for r in added if r.type == request_type and r.effective_from <= received]
    return (rule_for(request_type, received), *sorted(own, key=lambda r: r.effective_from))


def added_rule(record: Mapping[str, Any]) -> DeadlineRule:
    """A rule the operator added, from its stored record (checked by `check_added_rule`)."""
    return DeadlineRule(record["type"], date.fromisoformat(record["effective_from"]),
                        int(record["count"]), record["unit"], RECEIPT, record["basis_kind"],
                        dict(record["citation"]), "added by the operator",
                        record.get("source") or "")


def check_added_rule(record: Any) -> dict[str, Any]:
    """A rule the operator adds, cleaned; DomainError saying what is missing."""
    if not isinstance(record, dict):
        raise DomainError("rule_invalid")
    require_one_of(str(record.get("type")), REQUEST_TYPES, "unknown_request_type")
    require_one_of(str(record.get("unit")), UNITS, "unknown_rule_unit")
    require_one_of(str(record.get("basis_kind")), BASIS_KINDS, "unknown_basis_kind")
    try:
        count = int(record.get("count"))
        since = date.fromisoformat(str(record.get("effective_from")))
    except (TypeError, ValueError):
        raise DomainError("rule_invalid") from None
    if not 1 <= count <= 365:
        raise DomainError("rule_period_invalid", value=str(count))
    citation = record.get("citation") or {}
    missing = [lang for lang in LETTER_LANGUAGES if not str(citation.get(lang) or "").strip()]
    if missing:
        raise DomainError("rule_citation_missing", lang=missing[0])
    return {"type": record["type"], "effective_from": since.isoformat(), "count": count,
            "unit": record["unit"], "basis_kind": record["basis_kind"],
            "citation": {lang: str(citation[lang]).strip() for lang in LETTER_LANGUAGES},
            "source": str(record.get("source") or "").strip()}


def check_rules(rules: tuple[DeadlineRule, ...] = DEADLINE_RULES) -> None:
    """Raise ValueError unless every row is complete: a programming check run by the tests."""
    for r in rules:
        where = f"{r.type} from {r.effective_from}"
        if r.type not in (*REQUEST_TYPES, INCIDENT_NOTICE) or r.count < 1:
            raise ValueError(f"{where}: bad type or count")
        if r.unit not in UNITS or r.clock_start not in CLOCK_STARTS \
                or r.basis_kind not in BASIS_KINDS:
            raise ValueError(f"{where}: bad unit, clock start or basis kind")
        missing = [lang for lang in LETTER_LANGUAGES if not r.citation.get(lang)]
        if missing:
            raise ValueError(f"{where}: no citation in {', '.join(missing)}")
    for t in REQUEST_TYPES:
        if not any(r.type == t for r in rules):
            raise ValueError(f"no rule for {t}")
