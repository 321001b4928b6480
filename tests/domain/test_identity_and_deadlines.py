"""Stories about identity notes, the request's due date and register numbers.

(A request's life, status by status, is told in test_workflow.py.)"""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import ItemDue, format_number, items_due, request_due
from app.domain.errors import DomainError
from app.domain.identity import check_identity_record

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
    with pytest.raises(DomainError) as caught:
        check_identity_record("id_document_in_person", "passed", note)
    assert caught.value.code == "identity_note_long_number"


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
    [("fingerprint", "passed", "unknown_identity_method"),
     ("email_match", "ok", "unknown_identity_result")],
)
def test_identity_record_with_unknown_method_or_result_is_refused(method, result, word):
    with pytest.raises(DomainError) as caught:
        check_identity_record(method, result, None)
    assert caught.value.code == word
    assert caught.value.values["value"] in (method, result)


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


@pytest.mark.parametrize("note", [
    "owner of +77015551234 confirmed by callback",
    "called back 8 701 555 12 34, the person confirmed",
    "reply came from aigerim1987@mail.kz, the address on file",
])
def test_identity_note_may_hold_the_phone_called_back_or_the_email_matched(note):
    check_identity_record("phone_callback", "passed", note)


@pytest.mark.parametrize("note", [
    "called +77015551234, ID card 045678912",
    "passport N12345678 seen, mail from a@b.kz",
])
def test_an_id_number_beside_a_contact_is_still_refused(note):
    with pytest.raises(DomainError) as caught:
        check_identity_record("phone_callback", "passed", note)
    assert caught.value.code == "identity_note_long_number"
