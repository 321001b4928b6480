"""How one demo request happened: each event through the workflow's function for it.

`Story` holds one invented request and applies every event (an identity check, an
action, a letter sent, the closing) with the same pure workflow functions the store
applies, so the status, the rights done and the due date are what the app would have
recorded. Each event gets its own moment, after the last one; an event that would fall
after now has not happened yet, and neither has anything after it.
`tell` scripts the events that bring a request to the status the demo wants: a failed
identity check leads to a reasoned refusal, never to data sent; a right counted from its
documents is done only after they came; a confirmation letter follows the action it
quotes; an access reply comes before anything is destroyed. The operator's notes are
written in the request's language (demo_texts.py): some letters quote them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.domain.deadlines import due_date, format_number
from app.domain.rules import RECEIPT, rule_for
from app.domain.vocab import IDENTITY_METHODS
from app.domain.workflow import (
    ACTION_FULFILS,
    Effects,
    Item,
    State,
    action_recorded,
    closed,
    due_of,
    identity_recorded,
    letter_sent,
    reply_for_type,
    suggested_identity_method,
    suggested_sending,
)
from app.letters.kinds import letter_effects

from .demo_texts import ACTION_NOTES, IDENTITY_NOTES

#: The action and the reply letter that answer each right (from the workflow's tables).
_ACTION_FOR_TYPE = {t: kind for kind, types in ACTION_FULFILS.items() for t in types}
_EFFECTS = letter_effects()
_LETTER_FOR_TYPE = reply_for_type(_EFFECTS)
#: Rights answered from what a search found: the access reply quotes the "data_found" note.
_SEARCHED = ("access", "portability")
#: The rights the no-data answer answers (any other is closed with that outcome).
_NO_DATA_TYPES = frozenset(_EFFECTS["no_data"].answers or ())


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class Story:
    """One request told event by event: each event goes through the workflow's function
    for it (as the store applies it), at a moment after the last one and never after now."""

    def __init__(self, rng: random.Random, now: datetime, calendar: WorkingCalendar,
                 received: datetime, channel: str, lang: str, types: list[str],
                 out_seq: dict[int, int]) -> None:
        self.rng, self.now, self.calendar = rng, now, calendar
        self.received, self.channel, self.lang = received, channel, lang
        self.out_seq = out_seq
        self.cursor = received
        #: Set once an event would fall after now: the story ends there.
        self.stopped = False
        self.status = "received"
        self.outcome: str | None = None
        self.closed_at: str | None = None
        self.items: list[dict[str, Any]] = []
        for n, t in enumerate(types):
            due = due_date(calendar, t, received.date())
            self.items.append({"id": n, "type": t, "due": due.due, "receipt_due": due.due,
                               "basis": due.basis,
                               "done_at": None, "outcome": None, "clock": None,
                               "clock_day": None})
        self.identity: list[dict[str, Any]] = []
        self.actions: list[dict[str, Any]] = []
        self.letters: list[dict[str, Any]] = []

    # -------------------------------------------------------------- time
    def at(self, day: date | None = None, minutes: tuple[int, int] = (3, 60)
           ) -> datetime | None:
        """The next event's moment: a while after the last one, in office hours on *day*
        if that is later; None when that is after now (it has not happened yet)."""
        moment = self.cursor + timedelta(minutes=self.rng.randrange(*minutes))
        if day is not None:
            office = datetime.combine(day, time(self.rng.randrange(9, 18),
                                                self.rng.randrange(60)), ALMATY)
            moment = max(moment, office)
        if self.stopped or moment > self.now:
            self.stopped = True
            return None
        self.cursor = moment
        return moment

    # -------------------------------------------------------------- the workflow
    def state(self) -> State:
        return State(self.status, tuple(Item(i["id"], i["type"], i["due"],
                                             i["done_at"] is not None) for i in self.items))

    def apply(self, effects: Effects, moment: datetime) -> None:
        if effects.status:
            self.status = effects.status
        for item in self.items:
            if item["id"] in effects.done:
                item["done_at"], item["outcome"] = iso(moment), effects.done[item["id"]]
        if effects.closing:
            self.outcome, self.closed_at = effects.closing, iso(moment)

    def letter(self, kind: str) -> None:
        """A letter made and sent at once, the way the request came."""
        moment = self.at()
        if moment is None:
            return
        self.out_seq[moment.year] = self.out_seq.get(moment.year, 0) + 1
        n = format_number("OUT", moment.year, self.out_seq[moment.year])
        self.letters.append({"kind": kind, "lang": self.lang, "number": n,
                             "file_name": f"{n}_{kind}_{self.lang}.docx", "sha256": None,
                             "content": None, "created_at": iso(moment),
                             "sent_at": iso(moment),
                             "via": suggested_sending(self.channel, True, False)})
        self.apply(letter_sent(self.state(), _EFFECTS.get(kind)), moment)

    def check(self, method: str, result: str, day: date | None = None) -> None:
        note = None
        if result != "requested":
            notes = IDENTITY_NOTES[self.lang]
            note = notes.get("failed" if result == "failed" else method)
            if note and self.rng.random() < 0.4:
                note = None  # not every check gets a note
        note = note.format(digits=f"{self.rng.randrange(10000):04d}") if note else None
        moment = self.at(day)
        if moment is None:
            return
        self.identity.append({"method": method, "result": result, "at": iso(moment),
                              "note": note, "checked_by": None})
        self.apply(identity_recorded(self.state(), method, result, note), moment)

    def act(self, kind: str, day: date | None = None, *, about: str | None = None,
            note: str | None = None) -> None:
        """An action, its note in the request's language (*about*: the right it is for)."""
        notes = ACTION_NOTES[self.lang]
        text = self.rng.choice(notes.get(f"{kind}:{about}") or notes[note or kind])
        moment = self.at(day)
        if moment is None:
            return
        self.actions.append({"kind": kind, "note": text, "at": iso(moment), "by": None})
        self.apply(action_recorded(self.state(), kind), moment)

    def documents(self, item: dict[str, Any]) -> None:
        """The day the event that starts the right's clock happened (its documents came),
        recorded then."""
        day = item["clock_day"]
        moment = self.at(day)
        if moment is None:
            return
        started = min(day, moment.date())
        item["due"] = due_date(self.calendar, item["type"], self.received.date(),
                               started).due
        item["clock"] = {"event": rule_for(item["type"], self.received.date()).clock_start,
                         "started_on": started.isoformat(), "recorded_at": iso(moment)}

    def close(self, outcome: str) -> None:
        moment = self.at(minutes=(5, 120))
        if moment is None:
            return
        self.apply(closed(self.state(), outcome), moment)

    # -------------------------------------------------------------- answering
    def fulfil(self, item: dict[str, Any], day: date) -> None:
        """Do what *item* asks (its documents first) and send the reply that confirms it."""
        kind = item["type"]
        if item["clock_day"] and not item["clock"]:
            self.documents(item)
        if kind in _SEARCHED:
            self.act("data_found", day)
            if kind == "portability":
                self.act("copy_sent", about=kind)
        elif kind == "other":
            self.act("other", day)
        else:
            if self.rng.random() < 0.3:
                self.act("searched", day)
            self.act(_ACTION_FOR_TYPE[kind], day, about=kind)
            if kind == "deletion" and self.rng.random() < 0.3:
                self.act("processor_notified")
        reply = _LETTER_FOR_TYPE.get(kind)
        if reply and reply not in {le["kind"] for le in self.letters}:
            self.letter(reply)

    def record(self) -> dict[str, Any]:
        """The request's rows as the story left them."""
        items = []
        for item in self.items:
            if not item["clock"]:  # counted from the receipt until its documents come
                item["due"] = item["receipt_due"]
            row = {"type": item["type"], "due": item["due"].isoformat(),
                   "basis": item["basis"], "done_at": item["done_at"],
                   "outcome": item["outcome"]}
            if item["clock"]:
                row["clock"] = item["clock"]
            items.append(row)
        due = due_of(self.state())
        return {"status": self.status, "outcome": self.outcome, "closed_at": self.closed_at,
                "due": due.isoformat() if due and self.status != "closed" else None,
                "updated_at": iso(self.cursor), "items": items,
                "identity_checks": self.identity, "actions": self.actions,
                "letters": self.letters}


def tell(story: Story, state: str, today: date) -> None:
    """Tell *story* on from the receipt to *state*, the status the demo wants."""
    rng = story.rng
    if rng.random() < 0.6:
        story.letter("acknowledgement")
    if story.channel == "phone":
        story.letter("written_followup")
    if state == "received":
        return
    # The day each right is answered: its due date, about 8% late; the rights answered
    # from a search (access) first, before anything is destroyed or stopped.
    days = {}
    for item in story.items:
        late = rng.random() >= 0.92
        day = item["due"] + timedelta(days=rng.randrange(1, 20)) if late else item["due"]
        days[item["id"]] = min(day, today)
    first = min(days.values())
    for item in story.items:
        if item["type"] in _SEARCHED:
            days[item["id"]] = first
    order = sorted(story.items, key=lambda i: (days[i["id"]], i["type"] not in _SEARCHED))
    checked = story.channel != "egov"  # eGov has checked the person already
    if checked:
        method = suggested_identity_method(story.channel) if rng.random() < 0.7 \
            else rng.choice(IDENTITY_METHODS)
        story.check(method, "requested")
        story.letter("identity_request")
        if state == "awaiting_identity":
            return
        failed = state in ("answered", "closed") and rng.random() < 0.07
        day = min(story.received.date() + timedelta(days=rng.randrange(3)), first, today)
        story.check(method, "failed" if failed else "passed", day)
        if failed:  # identity not confirmed: a reasoned refusal, nothing done or sent
            story.letter("refusal")
            if state == "closed":
                story.close("refused")
            return
    if state in ("received", "awaiting_identity"):
        return
    if state == "in_progress":
        for item in order:
            if item["clock_day"]:
                story.documents(item)
            elif rule_for(item["type"], story.received.date()).clock_start != RECEIPT:
                continue  # its documents have not come: nothing can be done yet
            if rng.random() < 0.5:
                story.act("data_found" if item["type"] in _SEARCHED else "searched",
                          days[item["id"]])
            if item["type"] not in _SEARCHED + ("other",) and rng.random() < 0.4:
                story.act(_ACTION_FOR_TYPE[item["type"]], days[item["id"]],
                          about=item["type"])
        if story.status != "in_progress":
            story.act("searched", first)
        return
    outcome = rng.choices(["fulfilled", "partially_fulfilled", "refused",
                           "withdrawn_by_requester", "no_data_held"],
                          weights=[70, 8, 8, 6, 8])[0] if state == "closed" else \
        rng.choices(["fulfilled", "refused", "no_data_held"], weights=[85, 7, 8])[0]
    if outcome == "no_data_held" and state == "answered" and \
            any(i["type"] not in _NO_DATA_TYPES for i in story.items):
        outcome = "fulfilled"  # only an access answer can say so without closing
    if outcome in ("fulfilled", "partially_fulfilled"):
        keep = order[:-1] if outcome == "partially_fulfilled" and len(order) > 1 else order
        for item in keep:
            story.fulfil(item, days[item["id"]])
        if any(not i["done_at"] for i in story.items) and keep is not order:
            story.letter("refusal")  # the rest refused, with reasons
    elif outcome == "refused":
        if rng.random() < 0.5:
            story.act("searched", first)
        story.letter("refusal")
    elif outcome == "no_data_held":
        story.act("data_not_found", first)
        story.letter("no_data")
    else:  # withdrawn by the requester before anything was done
        story.act("other", first, note="withdrawn")
    if state == "closed" or story.status != "answered":
        story.close(outcome)
