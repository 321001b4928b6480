"""The next likely steps offered for a request (pure; no Qt, no letter declarations).

The letters a reply kind answers come from the letter declarations in the app
(tests/services/test_letter_kinds.py checks they give this same map).
"""

from __future__ import annotations

from app.domain import workflow

REPLIES = {"access": "access_response", "portability": "access_response",
           "correction": "correction_done", "blocking": "blocking_done",
           "unblocking": "unblocking_done", "deletion": "deletion_done",
           "public_source": "deletion_done", "withdrawal": "withdrawal_confirmation",
           "objection": "objection_result"}


def next_steps(request):
    return workflow.next_steps(request, REPLIES)


def reply_kind(request):
    return workflow.reply_kind(request, REPLIES)


def request(status="received", items=(("deletion", False),), letters=(), checks=()):
    return {"status": status,
            "items": [{"type": t, "done": done} for t, done in items],
            "letters": [{"kind": k, "number": f"OUT-2026-{n:04d}", "sent_at": "2026-03-20"}
                        for n, k in enumerate(letters, start=1)],
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
    r["letters"].append({"kind": "deletion_done", "number": "OUT-2026-0009",
                         "sent_at": "2026-03-21"})
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
    r["letters"].append({"kind": "deletion_done", "number": "OUT-2026-0009",
                         "sent_at": "2026-03-21"})
    assert workflow.default_letter_kind(r, REPLIES) == "acknowledgement"


def test_a_reply_prepared_but_not_sent_is_the_next_step():
    """A reply made but not recorded as sent answers nothing yet: sending it comes first."""
    r = request("in_progress", items=[("deletion", False)], letters=["acknowledgement"],
                checks=["passed"])
    r["letters"].append({"kind": "deletion_done", "number": "OUT-2026-0002", "sent_at": None})
    assert next_steps(r)[0] == ("send", "OUT-2026-0002")
    r["letters"][-1]["sent_at"] = "2026-03-21T10:00:00+05:00"
    assert ("send", "OUT-2026-0002") not in next_steps(r)


def test_a_refusal_prepared_but_not_sent_is_to_be_sent_too():
    r = request("in_progress", letters=["acknowledgement"], checks=["passed"])
    r["letters"].append({"kind": "refusal", "number": "OUT-2026-0002", "sent_at": None})
    assert workflow.next_steps(r, REPLIES, {"refusal"})[0] == ("send", "OUT-2026-0002")
    assert workflow.next_steps(r, REPLIES)[0] != ("send", "OUT-2026-0002")


def test_an_unsent_acknowledgement_is_not_a_reply_to_send():
    r = request("received")
    r["letters"] = [{"kind": "acknowledgement", "number": "OUT-2026-0001", "sent_at": None}]
    assert all(step != "send" for step, _ in next_steps(r))


def test_a_removed_right_is_not_offered_any_more():
    r = request("in_progress", items=[("deletion", False), ("access", False)],
                letters=["acknowledgement"], checks=["passed"])
    r["items"][0]["removed"] = True
    assert reply_kind(r) == "access_response"
    assert workflow.suggested_action(r["items"]) == "data_found"  # the search result first


def test_where_two_kinds_answer_a_right_the_first_declared_is_offered():
    """The no-data answer is declared after the access reply: access still gets the reply."""
    effects = {"access_response": workflow.LetterEffect(frozenset({"access"}), "fulfilled"),
               "no_data": workflow.LetterEffect(frozenset({"access", "portability"}),
                                                "no_data_held"),
               "refusal": workflow.LetterEffect(None, "refused")}
    assert workflow.reply_for_type(effects) == {"access": "access_response",
                                                "portability": "no_data"}
