"""The compact audit log (audit.py v2, issue 18): hashes as 32-byte blobs, no repeated
link, no state where the register holds it; every past state still rebuilt and checked,
and registers written in the old form (v1) still read and verify."""

from __future__ import annotations

import json

from app.services import demo, requests
from app.store import Register, audit, audit_states
from app.store._sqlcipher import quote_key, sqlcipher3
from tests.builders import PASSPHRASE, add_request, new_register


def _raw(path):
    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    return conn


def test_events_keep_blobs_and_no_state_the_rows_hold(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg)
    reg.record_identity(rid, "email_match", "passed")
    rows = reg.db.execute("select data, prev_hash, hash, data_hash from events").fetchall()
    assert all(isinstance(h, bytes) and len(h) == 32 for _, _, h, _ in rows)
    assert all(d is None or len(d) == 32 for *_, d in rows)
    assert all(p is None for _, p, _, _ in rows)
    # Each row's last event holds nothing: the row is its state.
    last = reg.db.execute("select data from events where id in (select max(id) from events"
                          " group by entity, entity_id)").fetchall()
    assert all(d is None for (d,) in last)
    assert reg.check()["audit"] == "ok"
    reg.close()


def test_a_bulk_import_stores_hashes_only_and_verifies(tmp_path):
    reg = new_register(tmp_path)
    demo.fill(reg, 30, seed=1)
    n, stored = reg.db.execute("select count(*), sum(length(data)) from events").fetchone()
    assert n > 30 and not stored
    assert reg.check()["audit"] == "ok"
    reg.close()


def test_every_past_state_is_told_in_full_and_checked(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg, email="a@example.kz")
    requests.edit_request(reg, rid, email="b@example.kz")
    requests.edit_request(reg, rid, email="c@example.kz")
    states = [json.loads(e["data"]) for e in reg.events_of(rid) if e["entity"] == "requests"]
    assert [s["requester_email"] for s in states][-3:] == [
        "a@example.kz", "b@example.kz", "c@example.kz"]
    told = reg.events_of(rid)
    for e in told:  # as v1 told them: hex hashes, the link, each state matching its hash
        assert isinstance(e["hash"], str) and len(e["hash"]) == 64
        assert e["data"] is None or audit.state_hash(json.loads(e["data"])) == e["data_hash"]
    chain = [e["hash"] for e in reg.events_of(rid)]
    assert [e["prev_hash"] for e in told[1:]] == chain[:-1]  # one request: no gaps
    # Rewriting a past state, or removing a column from it, is found.
    first = told[0]["id"]
    reg.db.execute("update events set data = replace(data, 'a@example.kz', 'z@example.kz')"
                   " where id = ?", [first])
    assert f"event {first}: content does not match its hash" in reg.check()["problems"]
    reg.close()


def test_a_deleted_row_keeps_its_last_state_in_the_log(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg)
    with reg._write():
        att = reg._insert("attachments", {"request_id": rid, "file_name": "письмо.eml",
                                          "kind": "original_eml", "sha256": "x", "size": 1,
                                          "content": b"x", "created_at": "2026-01-01"}, rid)
    with reg._write():
        reg._delete_row("attachments", att, rid, "purge")
    told = [e for e in reg.events_of(rid) if e["entity"] == "attachments"]
    assert json.loads(told[0]["data"])["file_name"] == "письмо.eml"
    assert told[-1]["data"] is None and told[-1]["data_hash"] is None
    assert reg.check()["audit"] == "ok"
    reg.close()


def _to_v1(conn) -> None:
    """Rewrite the log in the form registers had before issue 18, as they were written:
    hex hashes, the link repeated, every state in full."""
    rows = conn.execute("select id, at, request_id, entity, entity_id, action, data_hash "
                        "from events order by id").fetchall()
    prev = audit.GENESIS
    for eid, at, request_id, entity, entity_id, action, digest in rows:
        states = audit_states.past_states(
            audit_states.row_events(conn, entity, entity_id),
            audit_states.current_state(conn, entity, entity_id)) \
            if entity in audit.AUDITED_TABLES else {}
        state = states.get(eid)
        content = audit.event_content(at, request_id, entity, entity_id, action, digest)
        h = audit.event_hash(prev, content)
        conn.execute("update events set data = ?, data_hash = ?, prev_hash = ?, hash = ? "
                     "where id = ?", [audit.canonical(state) if state else None,
                                      audit.hexof(digest), prev, h, eid])
        prev = h


def test_a_register_written_in_the_old_form_reads_verifies_and_grows(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg, name="Ахметова Айгерим")
    reg.record_identity(rid, "email_match", "passed")
    before = [(e["entity"], e["data"]) for e in reg.events_of(rid)]
    reg.close()
    path = tmp_path / "register.otinish"
    conn = _raw(path)
    # v2 deltas must be read before the rows' states are rewritten: convert newest first.
    _to_v1(conn)
    assert all(isinstance(h, str) for (h,) in conn.execute("select hash from events"))
    conn.close()
    with Register.open(path, PASSPHRASE) as again:
        again.accept_history()  # its witness outside the file knew the v2 hashes
        assert again.check()["audit"] == "ok", again.check()["problems"]
        assert [(e["entity"], e["data"]) for e in again.events_of(rid)] == before
        again.record_action(rid, "searched", "CRM")  # a v2 event after v1 ones
        assert again.check()["audit"] == "ok", again.check()["problems"]
        again.db.execute("update events set data = replace(data, 'Ахметова', 'Иванова')"
                         " where id = 1")
        assert "event 1: content does not match its hash" in again.check()["problems"]
