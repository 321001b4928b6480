"""Stories about a request's life (status, closing, reopening), identity notes,
the request's due date and register numbers."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import ItemDue, format_number, items_due, request_due
from app.domain.errors import DomainError
from app.domain.identity import check_identity_record
from app.domain.status import check_close, check_reopen, check_transition, is_open

OPEN = ["received", "awaiting_identity", "in_progress", "answered"]
OUTCOMES = ["fulfilled", "partially_fulfilled", "refused", "withdrawn_by_requester", "no_data_held"]

# ---------------------------------------------------------------------------
# Status transitions
# ---------------------------------------------------------------------------

ALLOWED = [
    ("received", "awaiting_identity"),
    ("received", "in_progress"),
    ("received", "answered"),
    ("awaiting_identity", "in_progress"),
    ("awaiting_identity", "answered"),
    ("in_progress", "awaiting_identity"),
    ("in_progress", "answered"),
    ("answered", "in_progress"),  # the person writes again
]


@pytest.mark.parametrize(("current", "new"), ALLOWED)
def test_allowed_transitions(current, new):
    """Given a request in *current*, moving it to *new* is allowed."""
    check_transition(current, new)  # no error


REFUSED = [
    # (current, new, words of the message)
    ("awaiting_identity", "received", "cannot go from 'awaiting_identity' to 'received'"),
    ("in_progress", "received", "cannot go from"),
    ("answered", "received", "cannot go from"),
    ("answered", "awaiting_identity", "cannot go from"),
    ("received", "received", "already 'received'"),
    ("in_progress", "in_progress", "already 'in_progress'"),
    ("answered", "answered", "already"),
    ("received", "closed", "close with an outcome"),
    ("answered", "closed", "close with an outcome"),
    ("closed", "in_progress", "reopen"),
    ("closed", "received", "reopen"),
    ("received", "done", "Unknown status 'done'"),
]


@pytest.mark.parametrize(("current", "new", "message"), REFUSED)
def test_refused_transitions(current, new, message):
    """Given a request in *current*, moving it to *new* is refused with a reason."""
    with pytest.raises(DomainError) as caught:
        check_transition(current, new)
    assert message in str(caught.value)


@pytest.mark.parametrize("outcome", OUTCOMES)
@pytest.mark.parametrize("current", OPEN)
def test_closing_is_allowed_from_every_open_state_with_any_outcome(current, outcome):
    """Given an open request, when it is closed with a known outcome, that is allowed."""
    check_close(current, outcome)


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_closing_twice_is_refused(outcome):
    """Given a closed request, closing it again is refused."""
    with pytest.raises(DomainError, match="already closed"):
        check_close("closed", outcome)


@pytest.mark.parametrize("outcome", ["done", "", "Fulfilled", "lost"])
def test_unknown_outcome_is_refused_with_the_allowed_list(outcome):
    """Given an unknown outcome, the message lists every allowed outcome."""
    with pytest.raises(DomainError) as caught:
        check_close("in_progress", outcome)
    message = str(caught.value)
    for allowed in OUTCOMES:
        assert allowed in message


def test_closing_from_an_unknown_status_is_refused():
    with pytest.raises(DomainError, match="archived"):
        check_close("archived", "fulfilled")


@pytest.mark.parametrize("reason", [None, "", "   ", "\n\t"])
def test_reopening_without_a_reason_is_refused(reason):
    """Given a closed request, reopening it without a reason is refused."""
    with pytest.raises(DomainError, match="reason"):
        check_reopen("closed", reason)


def test_reopening_with_a_reason_is_allowed():
    """Given a closed request, reopening it with a reason is allowed."""
    check_reopen("closed", "The person wrote again: the copy was incomplete.")


@pytest.mark.parametrize("current", OPEN)
def test_only_a_closed_request_can_be_reopened(current):
    with pytest.raises(DomainError, match="Only a closed request"):
        check_reopen(current, "a reason")


@pytest.mark.parametrize(("status", "expected"), [(s, True) for s in OPEN] + [("closed", False)])
def test_is_open(status, expected):
    assert is_open(status) is expected


# ---------------------------------------------------------------------------
# Identity notes (Art. 7(10): no copies of ID documents)
# ---------------------------------------------------------------------------

REFUSED_NOTES = [
    "ID card 012345678",
    "passport N12345678",
    "ID card 012 345 678",
    "ID 0123-4567",
    "IIN 900515301234",
    "last 5: 45678",
]


@pytest.mark.parametrize("note", REFUSED_NOTES)
def test_identity_note_with_a_full_document_number_is_refused(note):
    """Given a note holding more than 4 digits of a document number, it is refused."""
    with pytest.raises(DomainError, match="last 4 digits"):
        check_identity_record("id_document_in_person", "passed", note)


@pytest.mark.parametrize(
    "note",
    [
        "ID card, last 4: 5678",
        "passport, last 4 digits 5678",
        "seen in person by A. Nurlanova",
        "",
        None,
    ],
)
def test_identity_note_with_at_most_the_last_4_digits_is_accepted(note):
    """Given a note with the document type and at most its last 4 digits, it is accepted."""
    check_identity_record("id_document_in_person", "passed", note)


def test_identity_note_with_a_number_split_by_a_spaced_dash_is_refused():
    with pytest.raises(DomainError):
        check_identity_record("id_document_in_person", "passed", "ID card 0123 - 4567")


@pytest.mark.parametrize("note", ["checked 20.03.2026, last 4: 5678", "seen on 2026-03-20"])
def test_identity_note_may_hold_a_date(note):
    """Given a note with the date of the check, it is accepted (a date is not a document)."""
    check_identity_record("id_document_in_person", "passed", note)


@pytest.mark.parametrize(
    ("method", "result", "word"),
    [("fingerprint", "passed", "identity method"), ("email_match", "ok", "identity result")],
)
def test_identity_record_with_unknown_method_or_result_is_refused(method, result, word):
    with pytest.raises(DomainError, match=word):
        check_identity_record(method, result, None)


# ---------------------------------------------------------------------------
# The request's due date and register numbers
# ---------------------------------------------------------------------------

D = date.fromisoformat


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the earliest open item wins, even when listed last
        ([(D("2026-04-15"), False), (D("2026-03-30"), False)], D("2026-03-30")),
        # a done item does not count, even when it is the earliest
        ([(D("2026-03-26"), True), (D("2026-04-15"), False), (D("2026-03-30"), False)],
         D("2026-03-30")),
        ([(D("2026-03-26"), True), (D("2026-04-15"), False)], D("2026-04-15")),
        # all done, or nothing requested: no due date
        ([(D("2026-03-26"), True), (D("2026-04-15"), True)], None),
        ([], None),
    ],
    ids=["earliest-open", "done-earliest-ignored", "one-left", "all-done", "empty"],
)
def test_request_due_is_the_earliest_open_item(items, expected):
    """Given a request's items, its due date is the earliest among the open ones."""
    assert request_due(items) == expected


def test_request_due_accepts_a_generator():
    items = ((d, done) for d, done in [(D("2026-04-15"), False), (D("2026-03-30"), False)])
    assert request_due(items) == D("2026-03-30")


def test_items_due_drops_duplicates_and_keeps_order():
    """Given access, deletion and access again received Fri 20 Mar 2026, two items are dated."""
    items = items_due(WorkingCalendar(), ["access", "deletion", "access"], D("2026-03-20"))
    assert [(i.type, i.due) for i in items] == [
        ("access", D("2026-03-30")),  # Thu 26, Fri 27, Mon 30
        ("deletion", D("2026-03-26")),  # Nauryz 21-25 off, Thu 26
    ]
    assert all(isinstance(i, ItemDue) and i.basis for i in items)


@pytest.mark.parametrize(
    ("prefix", "year", "seq", "expected"),
    [
        ("IN", 2026, 42, "IN-2026-0042"),
        ("IN", 2026, 1, "IN-2026-0001"),
        ("IN", 2027, 9999, "IN-2027-9999"),
        ("IN", 2027, 10000, "IN-2027-10000"),
        ("BR", 2025, 7, "BR-2025-0007"),
    ],
)
def test_format_number(prefix, year, seq, expected):
    """Given a prefix, a year and a sequence, the register number is zero-padded to 4 digits."""
    assert format_number(prefix, year, seq) == expected
