"""Stories about a request's life: the one transition table, and what each event does.

Every status change in the register goes through `app.domain.workflow`; these
stories call the events on plain states (no register), and test_workflow_in_force.py
(tests/store) shows the register applies exactly these effects.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import workflow as wf
from app.domain.errors import DomainError

D = date.fromisoformat
OPEN = ["received", "awaiting_identity", "in_progress", "answered"]
OUTCOMES = ["fulfilled", "partially_fulfilled", "refused", "withdrawn_by_requester",
            "no_data_held"]


def state(status="received", *items):
    """A request in *status* with (type, due, done) rights; ids 1, 2, ..."""
    items = items or (("deletion", "2026-03-26", False),)
    return wf.State(status, tuple(wf.Item(n, t, D(d), done)
                                  for n, (t, d, done) in enumerate(items, start=1)))


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------

ALLOWED = [
    ("received", "awaiting_identity"), ("received", "in_progress"), ("received", "answered"),
    ("awaiting_identity", "in_progress"), ("awaiting_identity", "answered"),
    ("in_progress", "awaiting_identity"), ("in_progress", "answered"),
    ("answered", "in_progress"),  # the person writes again
    ("closed", "in_progress"),  # reopened with a reason
] + [(s, "closed") for s in OPEN]


def test_the_table_holds_exactly_the_allowed_moves():
    """Given the table, its moves are these and no others (every status has a row)."""
    moves = {(a, b) for a, targets in wf.TRANSITIONS.items() for b in targets}
    assert moves == set(ALLOWED)
    assert set(wf.TRANSITIONS) == set(OPEN) | {"closed"}


@pytest.mark.parametrize(("current", "new"), [
    ("awaiting_identity", "received"), ("in_progress", "received"),
    ("answered", "awaiting_identity"), ("closed", "answered"), ("closed", "received")])
def test_a_move_not_in_the_table_is_refused(current, new):
    with pytest.raises(DomainError) as caught:
        wf._move(current, new)
    assert caught.value.code == "transition_not_allowed"
    assert caught.value.values == {"current": current, "new": new}


def test_an_unknown_status_is_refused():
    with pytest.raises(DomainError) as caught:
        wf._move("received", "done")
    assert caught.value.code == "unknown_status"


# ---------------------------------------------------------------------------
# Identity
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "result", "expected"), [
    ("received", "requested", "awaiting_identity"),
    ("received", "passed", "in_progress"),
    ("awaiting_identity", "passed", "in_progress"),
    ("in_progress", "requested", "awaiting_identity"),
    ("received", "failed", None),
    ("in_progress", "passed", None),  # already there
    ("answered", "passed", None),  # a late check does not reopen the work
])
def test_an_identity_check_moves_the_status(status, result, expected):
    effects = wf.identity_recorded(state(status), "email_match", result, None)
    assert effects.status == expected
    assert not effects.done


def test_a_closed_request_takes_no_identity_check():
    with pytest.raises(DomainError) as caught:
        wf.identity_recorded(state("closed"), "email_match", "passed", None)
    assert caught.value.code == "request_closed"


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

def test_an_action_fulfils_its_rights_and_starts_the_work():
    """Given deletion (due 26 Mar) and access (due 30 Mar), deleting fulfils the deletion;
    the request is now due on the access date."""
    s = state("received", ("deletion", "2026-03-26", False), ("access", "2026-03-30", False))
    effects = wf.action_recorded(s, "deleted")
    assert effects.status == "in_progress"
    assert effects.done == {1: "fulfilled"}
    assert effects.due == D("2026-03-30")


def test_an_action_that_fulfils_nothing_keeps_the_rights_open():
    effects = wf.action_recorded(state("in_progress"), "searched")
    assert effects.status is None and effects.done == {}
    assert effects.due == D("2026-03-26")


def test_an_unknown_action_is_refused():
    with pytest.raises(DomainError) as caught:
        wf.action_recorded(state(), "shredded")
    assert caught.value.code == "unknown_action_kind"


# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------

def test_a_prepared_letter_changes_nothing():
    effects = wf.letter_prepared(state("in_progress"))
    assert (effects.status, effects.done, effects.touch) == (None, {}, False)


def test_a_reply_answers_its_rights_and_the_last_one_answers_the_request():
    s = state("in_progress", ("deletion", "2026-03-26", False), ("access", "2026-03-30", False))
    deletion = wf.LetterEffect(frozenset({"deletion"}), "fulfilled")
    effects = wf.letter_sent(s, deletion)
    assert effects.done == {1: "fulfilled"} and effects.status is None
    s2 = state("in_progress", ("deletion", "2026-03-26", True), ("access", "2026-03-30", False))
    effects = wf.letter_sent(s2, wf.LetterEffect(frozenset({"access"}), "fulfilled"))
    assert effects.done == {2: "fulfilled"}
    assert effects.status == "answered" and effects.due is None


def test_a_refusal_answers_every_open_right_as_refused():
    s = state("in_progress", ("deletion", "2026-03-26", False), ("access", "2026-03-30", True))
    effects = wf.letter_sent(s, wf.LetterEffect(None, "refused"))
    assert effects.done == {1: "refused"}
    assert effects.status == "answered"


def test_a_letter_on_a_closed_request_changes_nothing():
    effects = wf.letter_sent(state("closed"), wf.LetterEffect(None, "refused"))
    assert effects.touch is False and effects.done == {}


# ---------------------------------------------------------------------------
# Closing and reopening
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("outcome", OUTCOMES)
@pytest.mark.parametrize("current", OPEN)
def test_closing_is_allowed_from_every_open_state_with_any_outcome(current, outcome):
    s = state(current, ("deletion", "2026-03-26", False), ("access", "2026-03-30", True))
    effects = wf.closed(s, outcome)
    assert effects.status == "closed" and effects.closing == outcome
    assert effects.done == {1: outcome} and effects.due is None


def test_closing_twice_is_refused():
    with pytest.raises(DomainError) as caught:
        wf.closed(state("closed"), "fulfilled")
    assert caught.value.code == "already_closed"


@pytest.mark.parametrize("outcome", ["done", "", "Fulfilled", "lost"])
def test_an_unknown_outcome_is_refused_with_the_allowed_list(outcome):
    with pytest.raises(DomainError) as caught:
        wf.closed(state("in_progress"), outcome)
    assert caught.value.code == "unknown_outcome"
    assert all(o in caught.value.values["allowed"] for o in OUTCOMES)


@pytest.mark.parametrize("reason", [None, "", "   ", "\n\t"])
def test_reopening_without_a_reason_is_refused(reason):
    with pytest.raises(DomainError) as caught:
        wf.reopened(state("closed"), reason)
    assert caught.value.code == "reopen_needs_reason"


@pytest.mark.parametrize("current", OPEN)
def test_only_a_closed_request_can_be_reopened(current):
    with pytest.raises(DomainError) as caught:
        wf.reopened(state(current), "a reason")
    assert caught.value.code == "only_closed_reopen"


def test_reopening_opens_every_right_again():
    s = state("closed", ("deletion", "2026-03-26", True), ("access", "2026-03-30", True))
    effects = wf.reopened(s, "The person wrote again.")
    assert effects.status == "in_progress" and effects.reopening
    assert effects.reopened == (1, 2) and effects.due == D("2026-03-26")


@pytest.mark.parametrize(("status", "expected"), [(s, True) for s in OPEN] + [("closed", False)])
def test_is_open(status, expected):
    assert wf.is_open(status) is expected


# ---------------------------------------------------------------------------
# Suggestions
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("channel", "method"), [
    ("email", "email_match"), ("phone", "phone_callback"), ("in_person", "id_document_in_person"),
    ("egov", "state_service"), ("letter", "eds_signature"), ("fax", "email_match")])
def test_the_identity_method_suits_the_channel(channel, method):
    assert wf.suggested_identity_method(channel) == method


def test_the_suggested_action_answers_the_first_open_right():
    items = [{"type": "access", "done": True}, {"type": "deletion", "done": False}]
    assert wf.suggested_action(items) == "deleted"
    assert wf.suggested_action([{"type": "other", "done": False}]) == "searched"


@pytest.mark.parametrize(("channel", "email", "postal", "via"), [
    ("email", True, False, "email"), ("messenger", False, False, "messenger"),
    ("phone", True, False, "email"), ("phone", False, True, "post"),
    ("in_person", False, False, "hand"), ("web_form", False, False, "hand")])
def test_a_reply_goes_the_way_the_request_came_where_it_can(channel, email, postal, via):
    assert wf.suggested_sending(channel, email, postal) == via


def test_for_access_the_search_result_is_suggested_first():
    items = [{"type": "access", "done": False}]
    assert wf.suggested_action(items) == "data_found"
    assert wf.suggested_action(items, [{"kind": "data_found", "voided": False}]) == "copy_sent"
    assert wf.suggested_action(items, [{"kind": "data_found", "voided": True}]) == "data_found"
