"""The life of a request: one transition table, and what each event does to a request.

`received -> awaiting_identity -> in_progress -> answered -> closed`, with the steps
back a careful operator needs (answered -> in_progress when the person writes again,
closed -> in_progress on reopening with a reason). Each event is a pure function from
the request's state to its effects (new status, rights done or opened again, outcome,
due date); every status change goes through `TRANSITIONS`, the only table of moves.
The store loads the state, applies the effects, persists and audits them in one
transaction; the window and the CLI never decide a status themselves.

Letters are declared in `app/letters/kinds.py`; what a reply does to the rights it
answers travels here as a `LetterEffect` value, so this module knows no letter kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .deadlines import request_due
from .errors import DomainError
from .identity import check_identity_record
from .vocab import (
    ACTION_KINDS,
    OPEN_STATUSES,
    OUTCOMES,
    REQUEST_TYPES,
    SENT_VIA,
    STATUSES,
    VOIDED,
    require_one_of,
)

#: Which status may follow which. Closing goes through `closed()` (it needs an outcome),
#: reopening through `reopened()` (it needs a reason).
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "received": frozenset({"awaiting_identity", "in_progress", "answered", "closed"}),
    "awaiting_identity": frozenset({"in_progress", "answered", "closed"}),
    "in_progress": frozenset({"awaiting_identity", "answered", "closed"}),
    "answered": frozenset({"in_progress", "closed"}),
    "closed": frozenset({"in_progress"}),
}

#: Which requested rights an action fulfils: recording it marks those rights done.
ACTION_FULFILS: Mapping[str, tuple[str, ...]] = {
    "corrected": ("correction",),
    "blocked": ("blocking",),
    "unblocked": ("unblocking",),
    "deleted": ("deletion", "public_source"),
    "processing_stopped": ("withdrawal", "objection"),
    "copy_sent": ("access", "portability"),
}

#: The identity check that suits each channel best (what the operator most likely did).
IDENTITY_METHOD_FOR_CHANNEL: Mapping[str, str] = {
    "email": "email_match", "phone": "phone_callback", "in_person": "id_document_in_person",
    "egov": "state_service", "letter": "eds_signature", "web_form": "one_time_code",
    "messenger": "one_time_code",
}
#: The first letter of every request, and the letter that asks for identity.
FIRST_LETTER = "acknowledgement"
IDENTITY_LETTER = "identity_request"


@dataclass(frozen=True)
class LetterEffect:
    """What sending a reply does: the rights it answers (None: every open one) and how."""

    answers: frozenset[str] | None
    outcome: str


@dataclass(frozen=True)
class Item:
    """One requested right as the workflow sees it."""

    id: int
    type: str
    due: date
    done: bool
    #: Removed with a reason (registered by mistake): kept, but no longer asked for.
    removed: bool = False


@dataclass(frozen=True)
class State:
    """A request as the workflow sees it: its status and its rights."""

    status: str
    items: tuple[Item, ...]

    @classmethod
    def of(cls, status: str, items: Iterable[tuple[Any, ...]]) -> State:
        """Build from (id, type, due ISO date, done_at[, removed]) rows."""
        return cls(status, tuple(
            Item(row[0], row[1], date.fromisoformat(row[2]), row[3] is not None,
                 bool(row[4]) if len(row) > 4 else False) for row in items))

    @property
    def asked(self) -> tuple[Item, ...]:
        """The rights still asked for (not removed)."""
        return tuple(i for i in self.items if not i.removed)


@dataclass(frozen=True)
class Effects:
    """What an event changes; the store applies exactly this."""

    #: The new status, or None to keep it.
    status: str | None = None
    #: Rights done now, by item id, with their outcome.
    done: Mapping[int, str] = field(default_factory=dict)
    #: Rights open again (reopening).
    reopened: tuple[int, ...] = ()
    #: The request's due date after the event (None: nothing left open).
    due: date | None = None
    #: Closing sets the outcome and the closing time; reopening clears both.
    closing: str | None = None
    reopening: bool = False
    #: False when the event leaves the request row as it was (nothing to write or audit).
    touch: bool = True


def _move(current: str, new: str | None) -> str | None:
    """The new status if it differs from *current* and the table allows it."""
    if new is None or new == current:
        return None
    if new not in STATUSES:
        raise DomainError("unknown_status", value=new, allowed=", ".join(STATUSES))
    if new not in TRANSITIONS[current]:
        raise DomainError("transition_not_allowed", current=current, new=new)
    return new


def _require_open(state: State) -> None:
    if state.status == "closed":
        raise DomainError("request_closed")


def _due_after(state: State, done: Iterable[int] = (), reopened: Iterable[int] = ()
               ) -> date | None:
    done_now, open_now = set(done), set(reopened)
    return request_due((i.due, (i.done or i.id in done_now) and i.id not in open_now)
                       for i in state.asked)


def due_of(state: State) -> date | None:
    """The request's due date as its rights stand."""
    return _due_after(state)


def identity_recorded(state: State, method: str, result: str, note: str | None) -> Effects:
    """An identity check was asked for, passed or failed."""
    check_identity_record(method, result, note)
    _require_open(state)
    target = {"requested": "awaiting_identity", "passed": "in_progress"}.get(result)
    # An answered request stays answered: a late check does not reopen the work.
    status = None if state.status == "answered" else _move(state.status, target)
    return Effects(status=status, due=_due_after(state))


def action_recorded(state: State, kind: str) -> Effects:
    """Something was done; the rights it fulfils are done, the work is in progress."""
    require_one_of(kind, ACTION_KINDS, "unknown_action_kind")
    _require_open(state)
    fulfils = ACTION_FULFILS.get(kind, ())
    done = {i.id: "fulfilled" for i in state.asked if not i.done and i.type in fulfils}
    status = _move(state.status, "in_progress") if state.status == "received" else None
    return Effects(status=status, done=done, due=_due_after(state, done))


def letter_prepared(state: State) -> Effects:
    """A letter file was written: nothing about the request changes until it is sent."""
    return Effects(due=_due_after(state), touch=False)


def letter_sent(state: State, effect: LetterEffect | None) -> Effects:
    """A letter reached the requester's channel: a reply answers its rights on that day,
    and the request is answered once nothing is left open (a closed request keeps its
    record as it was)."""
    if effect is None or state.status == "closed":
        return letter_prepared(state)
    done = {i.id: effect.outcome for i in state.asked
            if not i.done and (effect.answers is None or i.type in effect.answers)}
    due = _due_after(state, done)
    status = _move(state.status, "answered") if due is None else None
    return Effects(status=status, done=done, due=due)


def closed(state: State, outcome: str) -> Effects:
    """The request is closed with an outcome; every open right closes with it."""
    require_one_of(outcome, OUTCOMES, "unknown_outcome")
    return _close(state, outcome)


def _close(state: State, outcome: str) -> Effects:
    if state.status == "closed":
        raise DomainError("already_closed")
    done = {i.id: outcome for i in state.asked if not i.done}
    return Effects(status=_move(state.status, "closed"), done=done, due=None, closing=outcome)


def voided(state: State, reason: str | None) -> Effects:
    """A request registered by mistake is closed as voided (a reason is required): it stays
    listed and audited, and no statistic or on-time rate counts it."""
    check_reason(reason)
    return _close(state, VOIDED)


def check_reason(reason: str | None) -> str:
    """A correction's reason, stripped; DomainError without one."""
    if not (reason and reason.strip()):
        raise DomainError("void_needs_reason")
    return reason.strip()


def action_voided(state: State, kind: str, still_fulfilled: Iterable[str]) -> Effects:
    """An action recorded by mistake is voided: the rights it alone fulfilled open again.

    *still_fulfilled* are the types that remaining actions and sent replies still fulfil.
    """
    _require_open(state)
    keep = set(still_fulfilled)
    fulfilled_by_it = set(ACTION_FULFILS.get(kind, ()))
    reopen = tuple(i.id for i in state.asked
                   if i.done and i.type in fulfilled_by_it and i.type not in keep)
    status = _move(state.status, "in_progress") if reopen and state.status == "answered" \
        else None
    return Effects(status=status, reopened=reopen, due=_due_after(state, reopened=reopen))


def right_added(state: State, request_type: str) -> None:
    """Check that *request_type* may be added to the request (not closed, not asked yet)."""
    require_one_of(request_type, REQUEST_TYPES, "unknown_request_type")
    _require_open(state)
    if any(i.type == request_type for i in state.asked):
        raise DomainError("right_already_asked", type=request_type)


def right_removed(state: State, request_type: str) -> tuple[int, Effects]:
    """A right registered by mistake is removed (kept in the record, no longer asked for);
    returns its item id and the effects (the due date without it)."""
    _require_open(state)
    match = [i for i in state.asked if i.type == request_type]
    if not match:
        raise DomainError("right_not_asked", type=request_type)
    if len(state.asked) == 1:
        raise DomainError("last_right")
    item = match[0]
    rest = State(state.status, tuple(i for i in state.items if i.id != item.id))
    return item.id, Effects(due=_due_after(rest))


def reopened(state: State, reason: str | None) -> Effects:
    """A closed request is opened again (a reason is required); its rights open again."""
    if state.status != "closed":
        raise DomainError("only_closed_reopen")
    if not (reason and reason.strip()):
        raise DomainError("reopen_needs_reason")
    ids = tuple(i.id for i in state.items)
    return Effects(status=_move(state.status, "in_progress"), reopened=ids,
                   due=_due_after(state, reopened=ids), reopening=True)


def is_open(status: str) -> bool:
    """Tell whether a request in *status* still needs work."""
    return status in OPEN_STATUSES


# ------------------------------------------------------------------ suggestions
def suggested_sending(channel: str, has_email: bool, has_postal_address: bool) -> str:
    """How a reply most likely goes: the way the request came, where a letter can go that
    way; else by email when there is an address; else by post or by hand."""
    if channel in SENT_VIA:
        return channel
    if has_email:
        return "email"
    return "post" if has_postal_address else "hand"


def suggested_identity_method(channel: str) -> str:
    """The identity check that suits the request's channel best."""
    return IDENTITY_METHOD_FOR_CHANNEL.get(channel, "email_match")


def asked_items(request: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The rights of a request view still asked for (those removed by mistake left out)."""
    return [i for i in request["items"] if not i.get("removed")]


#: Rights whose reply rests on what a search found (an access reply lists it).
_SEARCH_FIRST = ("access", "portability")


def suggested_action(items: Sequence[Mapping[str, Any]],
                     actions: Sequence[Mapping[str, Any]] = ()) -> str:
    """The action that would fulfil the first right still open ("searched" when none).

    A right of access is answered from what a search found, so until its result is
    recorded (*actions* hold no live "data_found" / "data_not_found"), the result comes
    first.
    """
    searched = any(a["kind"] in ("data_found", "data_not_found") and not a.get("voided")
                   for a in actions)
    for item in items:
        if not item["done"] and not item.get("removed") and \
                item["type"] in _SEARCH_FIRST and not searched:
            return "data_found"
    for item in items:
        if item["done"] or item.get("removed"):
            continue
        for kind, fulfils in ACTION_FULFILS.items():
            if item["type"] in fulfils:
                return kind
    return "searched"


def reply_for_type(effects: Mapping[str, LetterEffect | None]) -> dict[str, str]:
    """The reply letter kind offered for each right (refusals answer all: not listed).

    Where several kinds answer a right (the access reply and the no-data answer), the
    first declared is the one offered; the others stay available from the menu.
    """
    replies: dict[str, str] = {}
    for kind, effect in effects.items():
        if effect is not None and effect.answers:
            for t in sorted(effect.answers):
                replies.setdefault(t, kind)
    return replies


def reply_kinds(effects: Mapping[str, LetterEffect | None]) -> frozenset[str]:
    """The letter kinds that answer rights when sent (refusals included)."""
    return frozenset(kind for kind, effect in effects.items() if effect is not None)


def unsent_replies(request: Mapping[str, Any], replies: Iterable[str]
                   ) -> list[Mapping[str, Any]]:
    """Reply letters (of the kinds *replies*) prepared but not recorded as sent, oldest
    first: until sent they answer nothing, and sending them is the next step."""
    kinds = set(replies)
    return [le for le in request.get("letters", [])
            if le["kind"] in kinds and not le.get("sent_at")]


def reply_kind(request: Mapping[str, Any], replies: Mapping[str, str]) -> str | None:
    """The reply letter not made yet for a right asked: open rights first, then done ones.

    A right done by an action (data deleted) still needs its confirmation letter.
    """
    made = {letter["kind"] for letter in request.get("letters", [])}
    items = asked_items(request)
    for item in [i for i in items if not i["done"]] + [i for i in items if i["done"]]:
        kind = replies.get(item["type"])
        if kind and kind not in made:
            return kind
    return None


def default_letter_kind(request: Mapping[str, Any], replies: Mapping[str, str]) -> str:
    """The letter to offer first: the reply still owed, else the acknowledgement."""
    if request["status"] == "received" and not request.get("letters"):
        return FIRST_LETTER
    return reply_kind(request, replies) or FIRST_LETTER


def next_steps(request: Mapping[str, Any], replies: Mapping[str, str],
               answering: Iterable[str] = ()) -> list[tuple[str, str | None]]:
    """Up to three (step, letter kind) pairs, most likely first.

    *answering* are the letter kinds that answer rights when sent (see `reply_kinds`).
    Steps: "send" (with the letter's number), "letter" (with its kind), "identity",
    "action", "close", "reopen", "evidence". Only a suggestion: every step stays
    available from the menu.
    """
    status = request["status"]
    if status == "closed":
        return [("reopen", None), ("evidence", None)]
    if status == "answered":
        return [("close", None), ("letter", None)]
    letters = {letter["kind"] for letter in request.get("letters", [])}
    checks = [c for c in request.get("identity_checks", []) if not c.get("voided")]
    confirmed = any(c["result"] == "passed" for c in checks)
    asked = any(c["result"] == "requested" for c in checks)
    steps: list[tuple[str, str | None]] = []
    unsent = unsent_replies(request, set(answering) | set(replies.values()))
    if unsent:
        steps.append(("send", unsent[0]["number"]))
    if FIRST_LETTER not in letters and status == "received":
        steps.append(("letter", FIRST_LETTER))
    if not confirmed:
        if not asked and IDENTITY_LETTER not in letters and status == "received":
            steps.append(("letter", IDENTITY_LETTER))
        steps.append(("identity", None))
    if confirmed or status == "in_progress":
        if not all(item["done"] for item in asked_items(request)):
            steps.append(("action", None))
        kind = reply_kind(request, replies)
        if kind:
            steps.append(("letter", kind))
    if not any(step == "close" for step, _ in steps):
        steps.append(("close", None))
    return steps[:3]
