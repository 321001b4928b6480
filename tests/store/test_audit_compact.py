"""The compact audit log (audit.py v2 and v3, issue 18): hashes as 32-byte blobs, no
repeated link, no state or state hash where the register holds it, one hash per write,
short stored forms; every past state still rebuilt and checked, and registers written in
the older forms (v1, v2) still read and verify."""

from __future__ import annotations

import hashlib
import json
from typing import Any

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
    rows = reg.db.execute("select at, entity, entity_id, data, prev_hash, hash, data_hash"
                          " from events order by id").fetchall()
    # One hash per write, on its last event; the log's last event always has one.
    assert all(h is None or (isinstance(h, bytes) and len(h) == 32) for *_, h, _ in rows)
    assert rows[-1][5] is not None and any(h is None for *_, h, _ in rows)
    assert all(p is None for *_, p, _, _ in rows)
    # Short stored forms that read back to the text the hashes cover.
    assert all(isinstance(at, int) and isinstance(e, int) and isinstance(k, int)
               for at, e, k, *_ in rows)
    assert {a for (a,) in reg.db.execute("select action from events")} <= set(
        audit.ACTION_CODES.values())
    told = reg.events_of(rid)
    assert told[0]["entity"] == "requests" and told[0]["at"].endswith("+05:00")
    # Each row's last event holds no state and only a tag of its hash: the row is both.
    last = reg.db.execute("select data, data_hash from events where id in (select max(id)"
                          " from events group by entity, entity_id)").fetchall()
    assert last and all(d is None and len(h) == audit.TAG for d, h in last)
    earlier = reg.db.execute("select data_hash from events where id not in (select max(id)"
                             " from events group by entity, entity_id)").fetchall()
    assert earlier and all(len(h) == 32 for (h,) in earlier)
    assert reg.check()["audit"] == "ok"
    reg.close()


def test_a_bulk_import_stores_one_hash_per_request_and_verifies(tmp_path):
    reg = new_register(tmp_path)
    demo.fill(reg, 30, seed=1)
    n, stored, hashes, digests = reg.db.execute(
        "select count(*), sum(length(data)), count(hash), count(data_hash) from events"
    ).fetchone()
    assert n > 60 and not stored
    assert digests == n and reg.db.execute(
        "select count(*) from events where length(data_hash) = ?", [audit.TAG]).fetchone()[0] == n
    assert hashes == reg.db.execute("select count(*) from requests").fetchone()[0]
    assert reg.check()["audit"] == "ok"
    # A row changed behind the app's back breaks its request's hash, and is named.
    reg.db.execute("update actions set note = 'x' where id = 1")
    assert reg.check()["problems"] == ["actions 1: differs from its last audited state"]
    reg.close()


def test_every_event_of_a_write_is_covered_by_its_hash(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg)
    reg.record_identity(rid, "email_match", "passed")
    reg.close()
    path = tmp_path / "register.otinish"
    for sql, expected in [
        # An event inside a run (no hash of its own): its content is still covered.
        ("update events set action = 'void' where id = (select min(id) from events where"
         " hash is null)", "content does not match their hash"),
        # A run's last event removed: the run before it now ends without a hash.
        ("delete from events where id = (select max(id) from events)",
         "a write ends without its hash"),
    ]:
        copy = tmp_path / f"copy-{len(expected)}.otinish"
        copy.write_bytes(path.read_bytes())
        conn = _raw(copy)
        conn.execute(sql)
        conn.close()
        with Register.open(copy, PASSPHRASE) as again:
            problems = again.check()["problems"]
        assert any(expected in p for p in problems), (sql, problems)


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
        assert e["hash"] is None or len(e["hash"]) == 64
        assert e["data"] is not None and e["data_hash"] is not None
        assert audit.state_hash(json.loads(e["data"])) == e["data_hash"]
    sealed = [e for e in told if e["hash"]]
    # One request: no gaps; each write's hash links to the previous write's.
    assert [e["prev_hash"] for e in sealed[1:]] == [e["hash"] for e in sealed[:-1]]
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


def _told(conn) -> list[tuple[Any, ...]]:
    """Every event as the chain check reads it: its text and its state (or None)."""
    out = []
    for eid, at, request_id, entity, entity_id, action, data, digest, stored in conn.execute(
            "select id, at, request_id, entity, entity_id, action, data, data_hash, hash"
            " from events order by id").fetchall():
        e = audit.decoded({"at": at, "entity": entity, "entity_id": entity_id,
                           "action": action})
        state = audit_states.past_states(
            audit_states.row_events(conn, e["entity"], e["entity_id"]),
            audit_states.current_state(conn, e["entity"], e["entity_id"])).get(eid) \
            if e["entity"] in audit.AUDITED_TABLES else (json.loads(data) if data else None)
        out.append((eid, e["at"], request_id, e["entity"], e["entity_id"], e["action"], data,
                    state, audit.stored_digest(digest, stored)))
    return out


def _to_v1(conn) -> None:
    """Rewrite the log in the form registers had before issue 18, as they were written:
    hex hashes, the link repeated, every state in full."""
    prev = audit.GENESIS
    for eid, at, request_id, entity, entity_id, action, _, state, digest in _told(conn):
        if digest is audit.DERIVED:
            digest = audit.state_hash(state)
        content = audit.event_content(at, request_id, entity, entity_id, action, digest)
        h = audit.event_hash(prev, content)
        conn.execute("update events set data = ?, data_hash = ?, prev_hash = ?, hash = ? "
                     "where id = ?", [audit.canonical(state) if state else None,
                                      audit.hexof(digest), prev, h, eid])
        prev = h


def _to_v2_before_m009(conn) -> None:
    """Put the log back as registers had it before m009: typed columns, the full text of
    times, tables and keys, every event with its own hash and its state's hash (none for
    a deletion), and no m009 in the migrations done."""
    told = _told(conn)
    conn.execute("drop table events")
    conn.execute("create table events (id integer primary key, at text, request_id integer,"
                 " entity text, entity_id text, action text, data text, data_hash text,"
                 " prev_hash text, hash text)")
    prev: Any = audit.GENESIS
    for eid, at, request_id, entity, entity_id, action, data, state, digest in told:
        if digest is audit.DERIVED:
            digest = audit.state_hash(state)
        h = hashlib.sha256(audit.prev_bytes(prev) + audit.hashed(audit.event_content(
            at, request_id, entity, entity_id, action, digest))).digest()  # a v2 event
        conn.execute("insert into events values (?, ?, ?, ?, ?, ?, ?, ?, null, ?)",
                     [eid, at, request_id, entity, entity_id, action, data,
                      bytes.fromhex(digest) if digest else None, h])
        prev = h
    conn.execute("create index idx_events_request_id on events (request_id)")
    conn.execute("create index idx_events_entity_entity_id on events (entity, entity_id)")
    conn.execute("delete from _sqlite_migrations where name = 'm009_compact_log'")


def test_a_v2_log_moves_to_the_short_forms_with_its_hashes_unchanged(tmp_path):
    reg = new_register(tmp_path)
    rid = add_request(reg, name="Ахметова Айгерим", email="a@example.kz")
    reg.record_identity(rid, "email_match", "passed")
    with reg._write():  # a row deleted, then made again: its deletion had no state
        reg._insert("request_details", {"request_id": rid, "postal_address": "Алматы"}, rid)
    with reg._write():
        reg._delete_row("request_details", rid, rid, "update")
    with reg._write():
        reg._insert("request_details", {"request_id": rid, "postal_address": "Астана"}, rid)
    requests.edit_request(reg, rid, email="b@example.kz")
    before = [(e["at"], e["entity"], e["entity_id"], e["data"], e["data_hash"])
              for e in reg.events_of(rid)]
    reg.close()
    path = tmp_path / "register.otinish"
    conn = _raw(path)
    _to_v2_before_m009(conn)
    head = conn.execute("select hash from events order by id desc limit 1").fetchone()[0]
    assert conn.execute("select typeof(at), typeof(entity) from events limit 1"
                        ).fetchone() == ("text", "text")
    conn.close()
    with Register.open(path, PASSPHRASE) as again:  # m009 runs
        # The older log's pages are given back, not left free inside the file.
        assert again.conn.execute("pragma freelist_count").fetchone()[0] == 0
        again.accept_history()  # the witness knew the v3 hashes, not this v2 rewrite
        assert again.check()["audit"] == "ok", again.check()["problems"]
        assert again.db.execute("select hash from events order by id desc limit 1"
                                ).fetchone()[0] == head
        assert again.db.execute("select count(*) from events where typeof(at) != 'integer'"
                                " or typeof(entity) != 'integer'").fetchone()[0] == 0
        assert [(e["at"], e["entity"], e["entity_id"], e["data"], e["data_hash"])
                for e in again.events_of(rid)] == before
        again.record_action(rid, "searched", "CRM")  # v3 events after v2 ones
        assert again.check()["audit"] == "ok", again.check()["problems"]
        again.db.execute("update requests set requester_name = 'Иванова' where id = ?", [rid])
        assert any(f"requests {rid}" in p for p in again.check()["problems"])


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
        again.record_action(rid, "searched", "CRM")  # v3 events after v1 ones
        assert again.check()["audit"] == "ok", again.check()["problems"]
        again.db.execute("update events set data = replace(data, 'Ахметова', 'Иванова')"
                         " where id = 1")
        assert "event 1: content does not match its hash" in again.check()["problems"]


def test_a_nested_write_undone_inside_a_write_leaves_its_hash_whole(tmp_path):
    """A part of a write undone by its savepoint (a nested write that failed and was
    caught) is not in the write's hash either."""
    reg = new_register(tmp_path)
    rid = add_request(reg)
    action = {"request_id": rid, "kind": "searched", "note": "CRM",
              "at": "2026-03-02T10:00:00+05:00"}
    with reg._write():
        reg._insert("actions", action, rid)
        try:
            with reg._write():
                reg._insert("actions", action | {"note": "undone"}, rid)
                raise RuntimeError("undone")
        except RuntimeError:
            pass
        reg._insert("actions", action | {"note": "kept"}, rid)
    notes = [n for (n,) in reg.db.execute("select note from actions order by id")]
    assert notes == ["CRM", "kept"]
    assert reg.check()["audit"] == "ok", reg.check()["problems"]
    reg.close()


def test_a_register_a_newer_otinish_wrote_is_not_opened_nor_changed(tmp_path):
    """A newer Otinish may store its log in a form this one would misread (as v3 is to
    the versions before it): a register with a migration this version does not know is
    refused, for writing and for reading, and left exactly as it was."""
    import pytest

    from app.store import StoreError
    from tests.cli.helpers import run_cli_process

    add_request(reg := new_register(tmp_path))
    reg.close()
    path = tmp_path / "register.otinish"
    conn = _raw(path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at)"
                 " values ('otinish', 'm999_from_the_future', '2027-01-01')")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for read_only in (False, True):
        with pytest.raises(StoreError) as raised:
            Register.open(path, PASSPHRASE, read_only=read_only)
        assert raised.value.code == "register_from_newer_version"
    result = run_cli_process("--db", str(path), "list")
    assert result.code != 0 and "newer version of Otinish" in result.err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "register.otinish-wal").exists() or \
        (tmp_path / "register.otinish-wal").stat().st_size == 0
