"""The register's services: numbers, due dates, search, status flow, audit and check."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from app.domain.errors import DomainError
from app.store import NotFoundError
from app.store._sqlcipher import quote_key, sqlcipher3
from tests.builders import ALMATY, PASSPHRASE, add_request, fixed_clock, new_register, said


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    yield register
    register.close()


def test_inbound_numbers_count_per_year_and_are_never_reused(reg):
    a = add_request(reg, received=datetime(2025, 12, 30, 9, tzinfo=ALMATY))
    b = add_request(reg, received=datetime(2026, 1, 5, 9, tzinfo=ALMATY))
    c = add_request(reg, received=datetime(2026, 1, 6, 9, tzinfo=ALMATY))
    numbers = [reg.get_request(i)["number"] for i in (a, b, c)]
    assert numbers == ["IN-2025-0001", "IN-2026-0001", "IN-2026-0002"]
    # A deleted row (e.g. a purge) must not free its number.
    with reg._write():
        reg.db.execute("delete from request_items where request_id = ?", [c])
        reg.db.execute("delete from requests where id = ?", [c])
    d = add_request(reg, received=datetime(2026, 1, 7, 9, tzinfo=ALMATY))
    assert reg.get_request(d)["number"] == "IN-2026-0003"


def test_each_item_has_its_due_date_and_the_request_the_earliest_open_one(reg):
    rid = add_request(reg, types=["access", "deletion"],
                      received=datetime(2026, 3, 20, 15, tzinfo=ALMATY))
    view = reg.get_request(rid)
    assert {i["type"]: i["due"] for i in view["items"]} == {
        "access": "2026-03-30", "deletion": "2026-03-26"}
    assert view["due"] == "2026-03-26"
    assert view["received"] == "2026-03-20T15:00:00+05:00"
    reg.record_action(rid, "deleted", "Account and backups erased")
    view = reg.get_request(rid)
    assert view["due"] == "2026-03-30"
    assert [i["done"] for i in view["items"]] == [False, True]


def test_calendar_overrides_move_due_dates_of_new_requests(reg):
    received = datetime(2026, 12, 1, 10, tzinfo=ALMATY)  # Tuesday
    before = reg.get_request(add_request(reg, types=["blocking"], received=received))["due"]
    assert before == "2026-12-02"
    reg.add_calendar_override(datetime(2026, 12, 2).date(), "holiday", "office move")
    after = reg.get_request(add_request(reg, types=["blocking"], received=received))["due"]
    assert after == "2026-12-03"
    assert [o["date"] for o in reg.list_calendar_overrides()] == ["2026-12-02"]


@pytest.mark.parametrize("query", ["ахметова", "АХМЕТОВА", "Ахмет", "aigerim@example.kz",
                                   "+7701", "8701555", "7015551234", "IN-2026-0001", "храните"])
def test_search_finds_by_name_email_phone_number_and_text(reg, query):
    add_request(reg)
    add_request(reg, name="John Smith", email="john@example.com", phone="+77470000000",
                text="What data do you hold about me?")
    found = reg.list_requests(search=query)
    assert [r["requester"]["name"] for r in found] == ["Ахметова Айгерим"]


def test_search_handles_kazakh_letters_case_insensitively(reg):
    add_request(reg, name="Әйгерім Нұрланқызы", text="Менің деректерімді жойыңыз")
    assert len(reg.list_requests(search="әйгерім")) == 1
    assert len(reg.list_requests(search="НҰРЛАН")) == 1
    assert len(reg.list_requests(search="деректер")) == 1


@pytest.mark.parametrize("query", ['"', "*", "AND", "(", "u4242@", "-", "NEAR(", "   "])
def test_search_never_fails_on_fts_syntax(reg, query):
    add_request(reg)
    assert isinstance(reg.list_requests(search=query), list)


def test_list_filters_by_status_and_overdue(reg):
    old = add_request(reg, received=datetime(2026, 11, 2, 9, tzinfo=ALMATY))
    new = add_request(reg, received=datetime(2026, 11, 20, 9, tzinfo=ALMATY))
    assert [r["id"] for r in reg.list_requests(overdue=True)] == [old]
    reg.close_request(old, "fulfilled")
    assert reg.list_requests(overdue=True) == []
    assert [r["id"] for r in reg.list_requests(status="received")] == [new]
    assert [r["id"] for r in reg.list_requests(limit=1)] == [new]


def test_closing_twice_and_reopening_without_reason_are_refused(reg):
    rid = add_request(reg)
    reg.close_request(rid, "no_data_held")
    view = reg.get_request(rid)
    assert (view["status"], view["outcome"], view["due"]) == ("closed", "no_data_held", None)
    assert view["closed_at"].startswith("2026-11-23")
    with pytest.raises(DomainError) as raised:
        reg.close_request(rid, "fulfilled")
    assert re.search("already closed", said(raised.value))
    with pytest.raises(DomainError) as raised:
        reg.reopen_request(rid, "")
    assert re.search("reason", said(raised.value))
    reg.reopen_request(rid, "The person wrote again")
    assert reg.get_request(rid)["status"] == "in_progress"


def test_identity_and_actions_move_the_status_along(reg):
    rid = add_request(reg)
    reg.record_identity(rid, "email_match", "requested")
    assert reg.get_request(rid)["status"] == "awaiting_identity"
    reg.record_identity(rid, "phone_callback", "passed", "called back the number on file")
    assert reg.get_request(rid)["status"] == "in_progress"
    with pytest.raises(DomainError) as raised:
        reg.record_identity(rid, "id_document_in_person", "passed", "ID 045678912")
    assert re.search("last 4 digits", said(raised.value))
    assert len(reg.get_request(rid)["identity_checks"]) == 2


def test_unknown_request_id_is_a_clear_error(reg):
    with pytest.raises(NotFoundError) as raised:
        reg.get_request(99)
    assert re.search("no request with id 99", said(raised.value))
    with pytest.raises(NotFoundError):
        reg.resolve_id("IN-2026-9999")


def test_every_change_is_audited_and_check_passes(reg):
    rid = add_request(reg, types=["withdrawal"])
    reg.record_identity(rid, "email_match", "passed")
    reg.record_action(rid, "processing_stopped", "Mailing stopped")
    reg.close_request(rid, "fulfilled", "done")
    reg.set_setting("operator", {"name": "ИП Тест", "id": "860315300146"})
    entities = [e["entity"] for e in reg.get_request(rid)["events"]]
    assert entities.count("requests") >= 4
    assert {"request_items", "identity_checks", "actions"} <= set(entities)
    assert reg.check() == {"integrity": "ok", "audit": "ok", "problems": []}


def _tamper(path, sql):
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, expected", [
    # A row's last state hash is the row's own (audit.py v3): its write's hash breaks, and
    # the tag its last event keeps tells which row changed.
    ("update requests set requester_name = 'Someone else'", "requests 1: differs"),
    ("update request_items set due = '2027-01-01'", "request_items 1: differs"),
    ("delete from identity_checks", "identity_checks 1: deleted outside"),
    ("insert into actions (request_id, kind, note) values (1, 'deleted', 'x')",
     "not in the audit log"),
    # A past state, kept as the reverse delta of the row's first event (audit.py v2, v3).
    ("update events set data = replace(data, 'received', 'closed') where id = 1",
     "event 1: content does not match"),
    ("delete from events where id = 2", "does not follow"),
])
def test_check_detects_changes_made_outside_the_app(tmp_path, sql, expected):
    reg = new_register(tmp_path)
    rid = add_request(reg)
    reg.record_identity(rid, "email_match", "passed")
    reg.close()
    path = tmp_path / "register.otinish"
    _tamper(path, sql)
    from app.store import Register

    with Register.open(path, PASSPHRASE) as again:
        result = again.check()
    assert result["audit"] != "ok"
    assert any(expected in p for p in result["problems"]), result["problems"]
