"""Stories about correcting the record in the open: edit, void, add and remove a right.

Nothing is deleted: each correction is an audited event (the previous state stays in
the trail), `check` verifies it like any other write, and a tampered correction is found.
"""

from __future__ import annotations

import stat
from datetime import datetime

import pytest

from app.domain.errors import DomainError
from app.services import exports, letters, requests
from tests.builders import ALMATY, add_request, fixed_clock, new_register, said

OPERATOR = {"name": "ИП Жумабаев Е.", "id": "860315300146", "id_kind": "IIN",
            "address": "г. Астана, ул. Кенесары, 40", "email": "info@example.kz",
            "phone": "+77015550000", "signatory": None}


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 3, 23, 12))
    register.set_setting("operator", OPERATOR)
    yield register
    register.close()


def phone_call(reg):
    return add_request(reg, channel="phone", email=None, phone="+77015551234",
                       types=["deletion"], received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))


def test_a_callers_address_is_added_later_and_the_history_keeps_both(reg):
    rid = phone_call(reg)
    requests.edit_request(reg, rid, email="Aigerim@Example.KZ", postal_address="Астана, ул. 1",
                          address_form="female", name="Ахметова Айгерим Б.")
    view = reg.get_request(rid)
    assert view["requester"]["email"] == "aigerim@example.kz"  # normalised as at intake
    assert (view["postal_address"], view["address_form"]) == ("Астана, ул. 1", "female")
    assert view["requester"]["name"] == "Ахметова Айгерим Б."
    updates = [e for e in reg.events_of(rid) if e["entity"] == "requests"]
    assert '"Ахметова Айгерим"' in updates[0]["data"]  # the state before the edit stays
    assert '"Ахметова Айгерим Б."' in updates[-1]["data"]
    assert reg.check()["audit"] == "ok"


def test_a_bad_value_in_an_edit_is_refused_and_nothing_changes(reg):
    rid = phone_call(reg)
    with pytest.raises(DomainError) as raised:
        requests.edit_request(reg, rid, phone="call me")
    assert said(raised.value) == "'call me' is not a phone number."
    with pytest.raises(DomainError):
        requests.edit_request(reg, rid, address_form="madam")
    assert reg.get_request(rid)["requester"]["phone"] == "+77015551234"


def test_a_tampered_edit_is_found_by_check(reg):
    rid = phone_call(reg)
    requests.edit_request(reg, rid, email="a@example.kz")
    reg.db.execute("update requests set requester_email = 'b@example.kz' where id = ?", [rid])
    assert "requests 1: differs from its last audited state" in reg.check()["problems"]


def test_a_request_registered_by_mistake_is_voided_not_deleted(reg):
    rid = phone_call(reg)
    with pytest.raises(DomainError) as raised:
        requests.void_request(reg, rid, "  ")
    assert raised.value.code == "void_needs_reason"
    requests.void_request(reg, rid, "a test call by the operator")
    view = reg.get_request(rid)
    assert (view["status"], view["outcome"]) == ("closed", "voided")
    assert any("a test call by the operator" in a["note"] for a in view["actions"])
    assert [r["number"] for r in reg.list_requests()] == [view["number"]]  # still listed
    assert reg.check()["audit"] == "ok"


def test_a_voided_action_reopens_the_right_it_alone_fulfilled(reg):
    rid = phone_call(reg)
    aid = requests.record_action(reg, rid, "deleted", "Deleted in the CRM")
    assert reg.get_request(rid)["items"][0]["done"]
    requests.void_action(reg, rid, aid, "recorded on the wrong request")
    view = reg.get_request(rid)
    assert not view["items"][0]["done"] and view["due"] == "2026-03-26"
    [action] = [a for a in view["actions"] if a["id"] == aid]
    assert action["voided"] and action["void_reason"] == "recorded on the wrong request"
    with pytest.raises(DomainError) as raised:
        requests.void_action(reg, rid, aid, "twice")
    assert raised.value.code == "already_voided"


def test_a_voided_check_stays_in_the_record_marked(reg):
    rid = phone_call(reg)
    cid = requests.record_identity(reg, rid, "phone_callback", "passed", "called back")
    requests.void_identity(reg, rid, cid, "called the wrong number")
    [check] = reg.get_request(rid)["identity_checks"]
    assert check["voided"] and check["void_reason"] == "called the wrong number"
    assert letters.next_steps(reg.get_request(rid))[0][0] in ("identity", "letter")


def test_rights_are_added_and_removed_with_a_reason(reg):
    rid = phone_call(reg)
    requests.add_right(reg, rid, "access")
    view = reg.get_request(rid)
    assert [i["type"] for i in view["items"]] == ["deletion", "access"]
    assert view["items"][1]["due"] == "2026-03-30"  # counted from the receipt (20 Mar)
    with pytest.raises(DomainError):
        requests.add_right(reg, rid, "access")
    requests.remove_right(reg, rid, "deletion", "the caller asked only what we hold")
    view = reg.get_request(rid)
    assert view["items"][0]["removed"] and view["due"] == "2026-03-30"
    with pytest.raises(DomainError) as raised:
        requests.remove_right(reg, rid, "access", "the last one")
    assert raised.value.code == "last_right"
    assert reg.check()["audit"] == "ok"


def test_an_access_reply_after_a_recorded_deletion_needs_a_reason(reg, tmp_path):
    reg.set_setting("profile", {
        "data_categories": ["ФИО"], "purposes": ["договор"], "sources": ["субъект"],
        "recipients": ["хостинг"], "methods": "авто", "retention": "3 года",
        "cross_border": "нет"})
    rid = add_request(reg, types=["access", "deletion"])
    requests.record_action(reg, rid, "deleted", "Deleted in the CRM")
    with pytest.raises(Exception) as raised:
        letters.make_letter(reg, rid, "access_response", out_dir=tmp_path)
    assert raised.value.code == "letter_contradicts_record"
    assert "recorded as destroyed on 2026-03-23" in said(raised.value)
    assert reg.get_request(rid)["letters"] == []
    made = letters.make_letter(reg, rid, "access_response", out_dir=tmp_path,
                               despite="the requester asked what was held before deletion")
    notes = [a["note"] for a in reg.get_request(rid)["actions"]]
    assert any(made.number in n and "before deletion" in n for n in notes)


def test_letters_exports_and_packs_are_owner_only(reg, tmp_path):
    rid = add_request(reg)
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "letters")
    csv = exports.export_register(reg, "csv", tmp_path / "r.csv")
    pack = exports.evidence_pack(reg, rid, tmp_path / "p.zip")
    for path in (made.path, tmp_path / "r.csv", tmp_path / "p.zip"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert csv["requests"] == 1 and pack["request"].startswith("IN-")


def test_a_voided_request_and_a_removed_right_count_in_no_statistic(reg):
    from app.store import views

    march = datetime(2026, 3, 20, 10, tzinfo=ALMATY)
    counted = add_request(reg, types=["deletion"], received=march)
    requests.record_action(reg, counted, "deleted", "Deleted")
    mistake = add_request(reg, types=["deletion"], email="other@example.kz", received=march)
    requests.record_action(reg, mistake, "deleted", "Deleted")
    board = views.dashboard(reg)
    assert board.answered == 2 and sum(sum(n) for n in board.per_month.values()) == 2
    requests.void_request(reg, mistake, "registered twice by mistake")
    board = views.dashboard(reg)
    assert board.answered == 1
    assert sum(sum(n) for n in board.per_month.values()) == 1


def test_a_tampered_edit_event_is_found_by_check(reg):
    """Someone rewrites the history of an edit (the email it set) outside the app."""
    rid = phone_call(reg)
    requests.edit_request(reg, rid, email="a@example.kz")
    requests.edit_request(reg, rid, email="b@example.kz")  # the edit is history now
    [edit] = [e for e in reg.events_of(rid) if e["entity"] == "requests"
              and '"a@example.kz"' in (e["data"] or "")]
    stored = reg.db.execute("select data from events where id = ?", [edit["id"]]).fetchone()[0]
    assert "a@example.kz" in stored  # the past state is kept (as a reverse delta)
    reg.db.execute("update events set data = replace(data, 'a@example.kz', 'x@example.kz') "
                   "where id = ?", [edit["id"]])
    assert f"event {edit['id']}: content does not match its hash" in reg.check()["problems"]


def test_a_tampered_void_is_found_by_check(reg):
    """Someone changes the reason of a void, or removes the void, outside the app."""
    rid = phone_call(reg)
    aid = requests.record_action(reg, rid, "deleted", "Deleted in the CRM")
    requests.void_action(reg, rid, aid, "recorded on the wrong request")
    reg.db.execute("update voids set reason = 'no reason'")
    assert "voids 1: differs from its last audited state" in reg.check()["problems"]
    reg.db.execute("delete from voids")
    assert "voids 1: deleted outside the app" in reg.check()["problems"]


def test_a_correction_is_counted_from_the_day_its_documents_arrived(reg):
    """Received Fri 20 Mar 2026: until the documents' day is known the correction is due
    Thu 26 Mar (Nauryz), marked waiting; documents on Mon 30 Mar make it due Tue 31 Mar."""
    rid = add_request(reg, types=["correction", "access"],
                      received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
    [correction, access] = reg.get_request(rid)["items"]
    assert (correction["due"], correction["waiting"]) == ("2026-03-26", True)
    assert access["waiting"] is False
    reg._clock = fixed_clock(2026, 3, 31, 9)
    assert requests.documents_received(reg, rid, datetime(2026, 3, 30).date()) == ["correction"]
    view = reg.get_request(rid)
    assert (view["items"][0]["due"], view["items"][0]["waiting"]) == ("2026-03-31", False)
    assert view["items"][0]["started_on"] == "2026-03-30"
    assert view["due"] == "2026-03-30"  # the access reply is due first now
    assert reg.check()["audit"] == "ok"
    with pytest.raises(DomainError) as raised:
        requests.documents_received(reg, rid, datetime(2026, 3, 19).date())
    assert raised.value.code == "clock_before_receipt"
