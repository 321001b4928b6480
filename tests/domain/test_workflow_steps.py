"""The next likely steps offered for a request (pure; no Qt, no letter declarations).

The letters a reply kind answers come from the letter declarations in the app
(tests/services/test_letter_kinds.py checks they give this same map).
"""

from __future__ import annotations

from app.domain import workflow

REPLIES = {"access": "access_response", "portability": "access_response",
           "correction": "correction_done", "blocking": "blocking_done",
           "unblocking": "blocking_done", "deletion": "deletion_done",
           "public_source": "deletion_done", "withdrawal": "withdrawal_confirmation",
           "objection": "objection_result"}


def next_steps(request):
    return workflow.next_steps(request, REPLIES)


def reply_kind(request):
    return workflow.reply_kind(request, REPLIES)


def request(status="received", items=(("deletion", False),), letters=(), checks=()):
    return {"status": status,
            "items": [{"type": t, "done": done} for t, done in items],
            "letters": [{"kind": k} for k in letters],
            "identity_checks": [{"result": r} for r in checks]}


def test_a_new_request_is_acknowledged_and_its_identity_checked():
    assert next_steps(request()) == [("letter", "acknowledgement"),
                                     ("letter", "identity_request"), ("identity", None)]


def test_after_the_check_the_work_and_the_reply_come_next():
    r = request("in_progress", letters=["acknowledgement"], checks=["passed"])
    assert next_steps(r) == [("action", None), ("letter", "deletion_done"), ("close", None)]


def test_a_right_done_by_an_action_still_needs_its_letter():
    r = request("in_progress", items=[("deletion", True)], letters=["acknowledgement"],
                checks=["passed"])
    assert reply_kind(r) == "deletion_done"
    assert next_steps(r) == [("letter", "deletion_done"), ("close", None)]
    r["letters"].append({"kind": "deletion_done"})
    assert next_steps(r) == [("close", None)]


def test_answered_and_closed_requests():
    assert next_steps(request("answered"))[0] == ("close", None)
    assert next_steps(request("closed")) == [("reopen", None), ("evidence", None)]


def test_waiting_for_identity_offers_the_check():
    r = request("awaiting_identity", letters=["acknowledgement", "identity_request"],
                checks=["requested"])
    assert next_steps(r)[0] == ("identity", None)


def test_the_first_letter_offered_is_the_acknowledgement_then_the_reply_owed():
    assert workflow.default_letter_kind(request(), REPLIES) == "acknowledgement"
    r = request("in_progress", letters=["acknowledgement"], checks=["passed"])
    assert workflow.default_letter_kind(r, REPLIES) == "deletion_done"
    r["letters"].append({"kind": "deletion_done"})
    assert workflow.default_letter_kind(r, REPLIES) == "acknowledgement"
