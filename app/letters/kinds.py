"""The letter kinds: each one declared once, with everything about it in one place.

A `LetterKind` says what a kind is called in every letter language (its heading),
which fields its templates may use beyond the common ones, how those fields are built
from the request, and what sending it does to the rights it answers (a domain
`LetterEffect`). Adding a kind is one `declare(LetterKind(...))` plus one template per
language (`letter_templates/<code>.<lang>.docx`); the CLI, the window's choices, the
next-step hints and the workflow read the declarations.

A template that uses a field its kind does not declare is refused when it is loaded,
naming the field and the file, so a misspelling never yields a letter with a blank.

Common context (all values already written in the letter's language):
- `operator`: name, id, id_label (ИИН/БИН, ЖСН/БСН, IIN/BIN), address, email, phone
  (grouped for reading, "+7 727 200 00 00", on one line),
  signatory (position and name line), signatory_position, signatory_name (initials
  before the surname when the name is written "Surname A.B.")
- `letter`: number, date
- `request`: number, date (received), date_attr (Kazakh «2026 жылғы 20 наурыздағы», for
  the reference line; in Russian and English the same as date), channel, types (list of
  names), types_text (joined), due (the earliest date still open), due_by (the same as
  «не позднее …» / «… кешіктірмей» / "by …")
- `addressee`: name, email, phone, postal_address (where a letter by post goes; "" when
  none), salutation (the whole greeting line)
- `law`: the full citation of Law No. 94-V in this language
- `appeal`: body (the authorized body to appeal to, by name)
- `note`: the operator's own paragraph ("" when none)
- `executor`: name, phone (who prepared the letter; "" when not set), the phone grouped
  like the operator's

Numbers: the register, the file names, the CLI and the window keep a number whole,
OUT-2026-0001 (outgoing) and IN-2026-0002 (inbound). A letter prints it without the
Latin prefix and with a non-breaking hyphen, `letter.number` = "2026‑0001" and
`request.number` = "2026‑0002", because «Исх. №» / «Шығыс №» / "Ref." and «вх. №» /
«кіріс №» already say which way it went. Dates and citations come bound the same way
(typeset.py), so a template never has to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.errors import Notice
from app.domain.profile import check_profile
from app.domain.rules import (
    OPERATOR,
    WORKING_DAYS,
    DeadlineRule,
    rule_for,
    rules_in_force,
)
from app.domain.workflow import LetterEffect

from . import names
from .context import Source, asked, common_context, due_by, letter_day, open_dated
from .errors import LetterError
from .typeset import keep_together

COMMON_FIELDS: frozenset[str] = frozenset(
    {"operator", "letter", "request", "addressee", "law", "appeal", "note", "executor"}
)

Builder = Callable[[Source], dict[str, Any]]


def live_actions(request: dict[str, Any], *kinds: str) -> list[dict[str, Any]]:
    """The request's actions of *kinds* that were not voided, oldest first."""
    return [a for a in request.get("actions", [])
            if a["kind"] in kinds and not a.get("voided")]


def _nothing(_: Source) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its code, headings, own fields, their builder, and its effect."""

    code: str
    #: The heading the letter carries, per letter language (the window names it so too).
    titles: Mapping[str, str]
    #: Fields its templates may use beyond the common ones.
    fields: frozenset[str] = frozenset()
    #: Builds those fields from the request (raises LetterError when data is missing).
    build: Builder = _nothing
    #: What sending it does to the rights it answers; None: nothing (not a reply).
    effect: LetterEffect | None = None
    #: The operator must write their own paragraph (a refusal's reasons, a result).
    note_required: bool = False
    #: What in the record this letter would contradict, if anything (asked before making).
    contradicts: Callable[[dict[str, Any]], Notice | None] | None = None
    #: The actions whose notes the letter prints word for word (what was done, what was
    #: found): the operator writes them, so they are checked for the letter's language.
    quotes: tuple[str, ...] = ()
    #: The rights whose dates the letter promises ("by 25 December"): the operator is
    #: warned when one of them is already past on the letter's date.
    promises: Callable[[dict[str, Any]], list[Any]] | None = None

    @property
    def all_fields(self) -> frozenset[str]:
        """Every field a template of this kind may use."""
        return COMMON_FIELDS | self.fields


KINDS: dict[str, LetterKind] = {}


def declare(kind: LetterKind) -> LetterKind:
    """Make *kind* known to the whole app (the CLI, the window, the workflow's hints)."""
    KINDS[kind.code] = kind
    return kind


def letter_kinds() -> tuple[str, ...]:
    """The codes of every declared kind, in declaration order."""
    return tuple(KINDS)


def letter_effects() -> dict[str, LetterEffect | None]:
    """What sending each kind does, for the workflow's hints."""
    return {code: kind.effect for code, kind in KINDS.items()}


def kind(code: str) -> LetterKind:
    """The declaration of *code*; LetterError names the known kinds."""
    try:
        return KINDS[code]
    except KeyError:
        raise LetterError("unknown_letter_kind", value=code,
                          allowed=", ".join(KINDS)) from None


# ------------------------------------------------------------------ builders
def _received(source: Source) -> date:
    return date.fromisoformat(source.request["received"][:10])


def basis_of(rule: DeadlineRule, lang: str) -> str:
    """What a period rests on, in the letter's words: the provision for the Law or a by-law,
    «срок, установленный нами» for the operator's own target (never "the Law sets")."""
    if rule.basis_kind == OPERATOR:
        return names.OWN_PERIOD[lang]
    return keep_together(rule.cites(lang))


def _listed(request: dict[str, Any]) -> list[Any]:
    """The rights an acknowledgement lists with a date (one waiting for its documents is
    promised a period, not a date)."""
    return [i for i in asked(request) if not i.get("waiting")]


def _nearest(request: dict[str, Any]) -> list[Any]:
    """The right whose date an identity request names (`request.due`: the earliest open)."""
    dated = open_dated(request)
    return [min(dated, key=lambda i: i["due"])] if dated else []


def late_rights(request: dict[str, Any], code: str, today: date
                ) -> list[tuple[str, Mapping[str, Any]]]:
    """What a letter of *code* dated *today* would say after its time, by right: ("promises",
    item) for a date it promises that is already past, ("answers", item) for an open right
    it answers after its due date. A right due today is still in time, as the register's
    "overdue" view counts it."""
    spec = kind(code)
    day = today.isoformat()
    late: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for item in spec.promises(request) if spec.promises else ():
        if item["due"] < day:
            late.setdefault(item["type"], ("promises", item))
    answers = spec.effect.answers if spec.effect else frozenset()
    for item in open_dated(request):
        if (answers is None or item["type"] in answers) and item["due"] < day:
            late.setdefault(item["type"], ("answers", item))
    return sorted(late.values(), key=lambda found: found[1]["due"])


def _items(source: Source) -> dict[str, Any]:
    """Each requested right, its own date, and the basis of that date in force on receipt."""
    lang, received = source.lang, _received(source)
    items = []
    for item in asked(source.request):
        # Every rule in force for the right is cited (the app's, and any the operator
        # added that applies); the first is the app's own.
        rules = rules_in_force(item["type"], received, source.added_rules)
        # A period the provision sets only in some cases says in which (a deletion's day).
        bases = list(dict.fromkeys(
            " – ".join(filter(None, (basis_of(r, lang), r.condition.get(lang))))
            for r in rules))
        if item.get("waiting"):
            # Counted from the documents, not yet received: no date can be promised.
            days = names.period_words(rules[0].count, rules[0].unit == WORKING_DAYS, lang)
            due = when = names.DUE_AFTER_DOCUMENTS[lang].format(days=days)
        else:
            due, when = letter_day(item["due"], lang), due_by(item["due"], lang)
        items.append({"type": names.TYPE_NAMES[lang][item["type"]], "due": due,
                      "due_by": when, "basis": "; ".join(bases),
                      "basis_kind": rules[0].basis_kind})
    return {"items": items}


def _identity_methods(source: Source) -> dict[str, Any]:
    return {"identity_methods": [names.IDENTITY_METHOD_NAMES[source.lang][m]
                                 for m in names.IDENTITY_REQUEST_METHODS]}


def _profile(source: Source, code: str) -> dict[str, Any]:
    if source.profile is None:
        raise LetterError(code)
    return check_profile(source.profile)


def _access(source: Source) -> dict[str, Any]:
    # The reply says "we process your data": never after the record says none were found.
    none_found = no_data_found(source.request)
    if none_found:
        raise LetterError("access_reply_no_data", date=none_found)
    return {"profile": _profile(source, "profile_missing_access"),
            "held": held_data(source.request)}


def no_data_found(request: dict[str, Any]) -> str | None:
    """The day the record says no data of the requester were found (a right of access
    answered, or the request closed, with the outcome no_data_held; or a search whose
    result was "not found" with no later "found"), or None."""
    found = [i for i in asked(request)
             if i["type"] in _NO_DATA_TYPES and i.get("outcome") == "no_data_held"]
    if found:
        return str(found[0]["done_at"] or "")[:10] or "-"
    results = live_actions(request, "data_found", "data_not_found")
    if results and results[-1]["kind"] == "data_not_found":
        return str(results[-1]["at"])[:10]
    return None


#: The action whose notes say what the search found (quoted by the access reply).
_FOUND = "data_found"


def held_data(request: dict[str, Any]) -> list[str]:
    """What the search found on this requester, as the operator recorded it."""
    return [a["note"] for a in live_actions(request, _FOUND) if a.get("note")]


def _done(right: str) -> Builder:
    """A confirmation: what was done (the actions its kind quotes) and when, on the basis
    of *right*'s rule."""
    def build(source: Source) -> dict[str, Any]:
        actions = KINDS[source.kind].quotes
        done = live_actions(source.request, *actions)
        if not done:
            raise LetterError("actions_missing", action=actions[0], kind=source.kind)
        lang = source.lang
        return {"actions": [{"date": letter_day(a["at"], lang), "text": a["note"]}
                            for a in done],
                "done_date": letter_day(done[-1]["at"], lang),
                "citation": basis_of(rule_for(right, _received(source)), lang)}
    return build


def _withdrawal(source: Source) -> dict[str, Any]:
    """What stopped and when, for the purposes this request concerns (the operator's
    choice among the profile's; all of them when none was chosen)."""
    purposes = _profile(source, "profile_missing_withdrawal")["purposes"]
    if source.purposes:
        unknown = [p for p in source.purposes if p not in purposes]
        if unknown:
            raise LetterError("unknown_purpose", value=unknown[0])
        purposes = [p for p in purposes if p in source.purposes]
    stopped = live_actions(source.request, "processing_stopped")
    return {"stop_date": letter_day(stopped[-1]["at"] if stopped else source.today,
                                    source.lang),
            "purposes": purposes,
            "kept": keep_together(names.KEPT_AFTER_WITHDRAWAL[source.lang])}


def _grounds(source: Source) -> dict[str, Any]:
    """A refusal's legal grounds: at least one from the declared list, each with its
    provision (the operator's explanation is the note, required too)."""
    if not source.grounds:
        raise LetterError("refusal_needs_ground")
    unknown = [g for g in source.grounds if g not in names.REFUSAL_GROUNDS]
    if unknown:
        raise LetterError("unknown_refusal_ground", value=unknown[0],
                          allowed=", ".join(names.REFUSAL_GROUNDS))
    grounds = [names.REFUSAL_GROUNDS[g][source.lang] for g in dict.fromkeys(source.grounds)]
    # A refusal answers the rights still open (the workflow closes those with "refused"),
    # never one already fulfilled: it names them, and says "in part" when others were.
    items = asked(source.request)
    refused = [i for i in items if not i.get("done") or i.get("outcome") == "refused"]
    if not refused:
        raise LetterError("refusal_nothing_open")
    names_ = [names.TYPE_NAMES[source.lang][i["type"]] for i in refused]
    return {"grounds": [{"text": g["text"], "citation": keep_together(g["citation"])}
                        for g in grounds],
            "refused": ", ".join(names_), "in_part": len(refused) < len(items)}


def _objection(source: Source) -> dict[str, Any]:
    """The basis of the objection's period: Art. 19-1 only for a request received since
    it exists (18.01.2026); before, the operator considered it on its own target."""
    rule = rule_for("objection", _received(source))
    return {"basis": {"kind": rule.basis_kind, "text": basis_of(rule, source.lang)}}


def _after_destruction(request: dict[str, Any]) -> Notice | None:
    """An access reply says the data are processed: not so once their destruction or the
    end of their processing was recorded (or confirmed by a letter sent), nor while a
    letter saying that no data are held is prepared."""
    said_none = _letters_made(request, "no_data")
    if said_none:
        return Notice("letter_says_otherwise", {"number": said_none})
    deleted = _recorded(request, "deleted", "deletion_done")
    if deleted:
        return Notice("deletion_recorded", {"date": deleted})
    stopped = _recorded(request, "processing_stopped", "withdrawal_confirmation")
    if stopped:
        return Notice("processing_stop_recorded", {"date": stopped})
    return None


def _data_recorded(request: dict[str, Any]) -> Notice | None:
    """A no-data answer says we hold nothing: not so once an access reply was made, or an
    act on the requester's data (corrected, blocked, destroyed...) was recorded."""
    replied = _letters_made(request, "access_response")
    if replied:
        return Notice("letter_says_otherwise", {"number": replied})
    found = live_actions(request, "data_found", "data_not_found")
    if found and found[-1]["kind"] == "data_found":
        return Notice("data_acts_recorded", {"date": str(found[-1]["at"])[:10]})
    acted = live_actions(request, *_ACTS_ON_DATA)
    if acted:
        return Notice("data_acts_recorded", {"date": str(acted[-1]["at"])[:10]})
    return None


def _answered_by_letter(request: dict[str, Any]) -> Notice | None:
    """A refusal says a right is not satisfied: not so for an open right that a letter
    already made answers (a deletion confirmed, data sent); acts recorded (processing
    stopped, data destroyed) have already marked theirs done, which a refusal never names."""
    open_types = {i["type"] for i in asked(request) if not i.get("done")}
    for letter in request.get("letters", []):
        spec = KINDS.get(letter["kind"])
        effect = spec.effect if spec else None
        if effect is not None and effect.answers and effect.answers & open_types:
            return Notice("letter_says_otherwise", {"number": letter["number"]})
    return None


def _letters_made(request: dict[str, Any], kind_code: str) -> str | None:
    """The number of the last letter of *kind_code* made for the request, or None."""
    made = [le["number"] for le in request.get("letters", []) if le["kind"] == kind_code]
    return made[-1] if made else None


def _recorded(request: dict[str, Any], action: str, letter: str) -> str | None:
    """The date an act was recorded (a live action) or confirmed (a letter sent), or None."""
    done = live_actions(request, action)
    if done:
        return str(done[-1]["at"])[:10]
    sent = [le for le in request.get("letters", []) if le["kind"] == letter and le.get("sent_at")]
    return str(sent[-1]["sent_at"])[:10] if sent else None


def _answers(*types: str, outcome: str = "fulfilled") -> LetterEffect:
    return LetterEffect(frozenset(types), outcome)


#: The rights the no-data answer answers, and the acts that show data were held.
_NO_DATA_TYPES = ("access", "portability")
_ACTS_ON_DATA = ("corrected", "blocked", "unblocked", "deleted", "processing_stopped",
                 "processor_notified", "copy_sent")


# ------------------------------------------------------------------ the kinds
declare(LetterKind("acknowledgement", {
    "kk": "Өтінішті алу туралы хабарлама",
    "ru": "Об обращении (уведомление о получении)",
    "en": "Acknowledgement of your request",
}, frozenset({"items"}), _items, promises=_listed))
declare(LetterKind("identity_request", {
    "kk": "Өтініш берушінің жеке басын растау туралы",
    "ru": "О подтверждении личности заявителя",
    "en": "Confirmation of your identity",
}, frozenset({"identity_methods"}), _identity_methods, promises=_nearest))
declare(LetterKind("written_followup", {
    "kk": "Өтінішті жазбаша нысанда жіберу туралы",
    "ru": "О направлении обращения в письменной форме",
    "en": "Your request in writing",
}))
declare(LetterKind("access_response", {
    "kk": "Дербес деректеріңізді өңдеу туралы мәліметтер",
    "ru": "О предоставлении сведений об обработке персональных данных",
    "en": "Information about the processing of your personal data",
}, frozenset({"profile", "held"}), _access, _answers(*_NO_DATA_TYPES),
    contradicts=_after_destruction, quotes=(_FOUND,)))
# The answer to the right to know when we hold nothing (Art. 24(1)(1)): not a refusal,
# so no grounds and no appeal. Declared after the access reply, which stays the reply
# offered first for access (the workflow offers the first kind declared for a right).
declare(LetterKind("no_data", {
    "kk": "Дербес деректердің болмауы туралы",
    "ru": "Об отсутствии персональных данных",
    "en": "No personal data held about you",
}, effect=_answers(*_NO_DATA_TYPES, outcome="no_data_held"), contradicts=_data_recorded))
declare(LetterKind("correction_done", {
    "kk": "Дербес деректерді өзгерту және толықтыру туралы",
    "ru": "Об изменении и дополнении персональных данных",
    "en": "Correction of your personal data",
}, frozenset({"actions", "done_date", "citation"}), _done("correction"),
    _answers("correction"), quotes=("corrected",)))
declare(LetterKind("blocking_done", {
    "kk": "Дербес деректерді бұғаттау туралы",
    "ru": "О блокировании персональных данных",
    "en": "Blocking of your personal data",
}, frozenset({"actions", "done_date", "citation"}), _done("blocking"),
    _answers("blocking"), quotes=("blocked",)))
# The blocking letter promises to say when the blocking is lifted (the breach not
# confirmed, Art. 25(2)(8)): this is that letter.
declare(LetterKind("unblocking_done", {
    "kk": "Дербес деректерді бұғаттан шығару туралы",
    "ru": "О снятии блокирования персональных данных",
    "en": "Unblocking of your personal data",
}, frozenset({"actions", "done_date", "citation"}), _done("unblocking"),
    _answers("unblocking"), quotes=("unblocked",)))
declare(LetterKind("deletion_done", {
    "kk": "Дербес деректерді жою туралы",
    "ru": "Об уничтожении персональных данных",
    "en": "Destruction of your personal data",
}, frozenset({"actions", "done_date", "citation"}), _done("deletion"),
    _answers("deletion", "public_source"), quotes=("deleted", "processor_notified")))
declare(LetterKind("withdrawal_confirmation", {
    "kk": "Келісімді кері қайтарып алу туралы",
    "ru": "Об отзыве согласия на сбор и обработку персональных данных",
    "en": "Withdrawal of your consent",
}, frozenset({"stop_date", "purposes", "kept"}), _withdrawal, _answers("withdrawal")))
declare(LetterKind("refusal", {
    "kk": "Дәлелді бас тарту туралы",
    "ru": "О мотивированном отказе",
    "en": "Reasoned refusal",
}, frozenset({"grounds", "refused", "in_part"}), _grounds, LetterEffect(None, "refused"),
    note_required=True, contradicts=_answered_by_letter))
declare(LetterKind("objection_result", {
    "kk": "Қарсылықты қарау нәтижелері туралы",
    "ru": "О результатах рассмотрения возражения",
    "en": "Outcome of your objection",
}, frozenset({"basis"}), _objection, _answers("objection"), note_required=True))


def build_context(source: Source) -> dict[str, Any]:
    """The full template context of one letter (raises LetterError when data is missing)."""
    spec = kind(source.kind)
    context = common_context(source)
    if spec.note_required and not source.note:
        raise LetterError("note_required", kind=spec.code)
    context.update(spec.build(source))
    return context
