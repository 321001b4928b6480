"""Story (issue 17): someone with the passphrase edits the register behind the app's back.

They delete the newest request with its events and wind the counter back, recompute the
hash chain after an edit or a reordering, blank a request's history, drop a request from
the search index. The chain alone cannot see the first ones; the witness of the chain's
head outside the file, and `check`'s own tests of the index and the counters, do.
Every edit here goes through a raw SQLCipher connection, as an attacker's would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.store import Register, audit, audit_chain, witness
from app.store._sqlcipher import quote_key, sqlcipher3
from app.store.backup import backup_register
from tests.builders import PASSPHRASE, add_request, new_register
from tests.cli.helpers import run_cli_process


def _register(tmp_path: Path, n: int = 3) -> Path:
    reg = new_register(tmp_path)
    for i in range(n):
        rid = add_request(reg, name=f"Заявитель {i}")
        reg.record_identity(rid, "email_match", "passed")
    reg.close()
    return tmp_path / "register.otinish"


def _raw(path: Path):
    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    return conn


def _rechain(conn) -> None:
    """Recompute every event's data hash, link and hash, as someone with the key can (in
    the v1 form, every event's state in `data`, which the chain check still reads)."""
    prev = audit.GENESIS
    rows = conn.execute("select id, at, request_id, entity, entity_id, action, data "
                        "from events order by id").fetchall()
    for eid, at, request_id, entity, entity_id, action, data in rows:
        digest = audit.state_hash(json.loads(data)) if data is not None else None
        content = audit.event_content(audit.decode_at(at), request_id,
                                      audit.decode_entity(entity), audit.decode_id(entity_id),
                                      audit.decode_action(action), digest)
        digest_hash = audit.event_hash(prev, content)
        conn.execute("update events set data_hash = ?, prev_hash = ?, hash = ? where id = ?",
                     [digest, prev, digest_hash, eid])
        prev = digest_hash


def _delete_newest_request(conn) -> None:
    rid = conn.execute("select max(id) from requests").fetchone()[0]
    for table in ("identity_checks", "request_items", "request_details", "item_clocks"):
        conn.execute(f"delete from {table} where request_id = ?", [rid])
    conn.execute("delete from requests where id = ?", [rid])
    conn.execute("delete from events where request_id = ?", [rid])
    conn.execute("update counters set value = value - 1 where name = 'IN-2026'")


def _edit_and_rechain(conn) -> None:
    conn.execute("update requests set requester_name = 'Someone else' where id = 1")
    row = dict(zip([d[0] for d in conn.execute("select * from requests where id = 1")
                    .description], conn.execute("select * from requests where id = 1")
                   .fetchone(), strict=True))
    last = conn.execute("select max(id) from events where entity = ? and entity_id = 1",
                        [audit.encode_entity("requests")]).fetchone()[0]
    conn.execute("update events set data = ? where id = ?",
                 [audit.canonical(audit.audit_state(row)), last])
    _rechain(conn)


def _reorder_and_rechain(conn) -> None:
    a, b = conn.execute("select id, at, data from events where entity = ? order by id"
                        " limit 2", [audit.encode_entity("identity_checks")]).fetchall()
    conn.execute("update events set at = ?, data = ? where id = ?", [b[1], b[2], a[0]])
    conn.execute("update events set at = ?, data = ? where id = ?", [a[1], a[2], b[0]])
    _rechain(conn)


def _blank_history_and_rechain(conn) -> None:
    """Request 1's events are replaced by one event per row as it is now, at the end."""
    conn.execute("delete from events where request_id = 1")
    for table, key in (("requests", "id"), ("request_items", "id"),
                       ("identity_checks", "id")):
        where = "id = 1" if table == "requests" else "request_id = 1"
        cur = conn.execute(f"select * from {table} where {where}")
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = dict(zip(names, values, strict=True))
            conn.execute("insert into events (at, request_id, entity, entity_id, action, data)"
                         " values ('2026-11-20T12:00:00+05:00', 1, ?, ?, 'create', ?)",
                         [table, str(row[key]), audit.canonical(audit.audit_state(row))])
    _rechain(conn)


@pytest.mark.parametrize("tamper, code", [
    (_delete_newest_request, "witness_history_shorter"),
    (_edit_and_rechain, "witness_history_diverged"),
    (_reorder_and_rechain, "witness_history_diverged"),
    (_blank_history_and_rechain, "witness_history_diverged"),
])
def test_the_witness_catches_what_the_chain_alone_cannot(tmp_path, tamper, code):
    path = _register(tmp_path)
    conn = _raw(path)
    tamper(conn)
    conn.close()
    with Register.open(path, PASSPHRASE) as reg:  # opening is not refused
        assert reg.witness_problem is not None and reg.witness_problem.code == code
        problems = reg.check()["problems"]
        assert [p for p in problems if p.startswith("witness:")], problems
        # The chain itself was made to verify: only the witness tells.
        assert audit_chain.verify_chain(reg.db) == []


def test_a_deleted_tail_is_caught_and_its_numbers_are_never_given_again(tmp_path):
    path = _register(tmp_path)
    conn = _raw(path)
    _delete_newest_request(conn)
    conn.close()
    listed = run_cli_process("--db", str(path), "list")
    assert listed.code == 0
    assert listed.err.startswith("otinish: warning: The register's audit trail is shorter "
                                 "than its witness outside the file"), listed.err
    assert run_cli_process("--db", str(path), "check").code == 1
    with Register.open(path, PASSPHRASE) as reg:
        rid = add_request(reg, name="Next")
        assert reg.get_request(rid)["number"] == "IN-2026-0004"  # 0003 was given before
        assert reg.witness_problem is not None  # a write does not make the problem go away
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.witness_problem.code == "witness_history_shorter"
    # Once the user has looked, the history as it is now is witnessed from here on.
    accepted = run_cli_process("--db", str(path), "check", "--accept-history")
    assert accepted.code == 0, accepted.err
    again = run_cli_process("--db", str(path), "check")
    assert again.code == 0, again.out + again.err


def test_a_request_missing_from_the_search_index_is_reported(tmp_path):
    path = _register(tmp_path)
    conn = _raw(path)
    row = conn.execute("select id, number, requester_name, requester_email, search_phone, "
                       "summary, text from requests where id = 2").fetchone()
    conn.execute("insert into requests_fts (requests_fts, rowid, number, requester_name, "
                 "requester_email, search_phone, summary, text) values "
                 "('delete', ?, ?, ?, ?, ?, ?, ?)", row)
    conn.close()
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.witness_problem is None
        problems = reg.check()["problems"]
    assert "search index: holds 2 of 3 requests" in problems
    assert "search index: does not match the requests" in problems


def test_a_counter_wound_back_neither_stops_new_requests_nor_reuses_a_number(tmp_path):
    path = _register(tmp_path)
    conn = _raw(path)
    conn.execute("update counters set value = 1 where name = 'IN-2026'")
    conn.close()
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.witness_problem.code == "witness_counter_back"
        assert "counter IN-2026 is 1, below the highest number in use (3)" in \
            reg.check()["problems"]
        rid = add_request(reg, name="Still works")
        assert reg.get_request(rid)["number"] == "IN-2026-0004"


def test_a_counter_wound_back_without_a_witness_still_gives_a_new_number(tmp_path):
    path = _register(tmp_path)
    conn = _raw(path)
    conn.execute("update counters set value = 0 where name = 'IN-2026'")
    rid = conn.execute("select value from register_meta").fetchone()[0]
    conn.close()
    witness.witness_dir().joinpath(f"{rid}.json").unlink()
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.witness_problem.code == "witness_missing"
        new = add_request(reg, name="Still works")
        assert reg.get_request(new)["number"] == "IN-2026-0004"


def test_the_witness_lives_outside_the_register_folder_and_holds_no_personal_data(tmp_path):
    path = _register(tmp_path)
    with Register.open(path, PASSPHRASE) as reg:
        said = witness.statement(reg)
        events = reg.db["events"].count
        backup = tmp_path / "copy.otinish-backup"
        backup_register(reg, backup)
    assert said["matches"] and said["events"] == said["witnessed_events"] == events
    file = Path(said["witness_file"])
    assert tmp_path not in file.parents
    text = file.read_text(encoding="utf-8")
    assert "Заявитель" not in text and "example.kz" not in text
    beside = witness.read_beside(backup)
    assert beside["head"] == said["head"] and beside["register_id"] == said["register_id"]


def test_after_restoring_an_older_backup_the_numbers_given_since_are_not_given_again(
        tmp_path):
    from app.store.restore import restore_register

    path = _register(tmp_path, 2)
    backup = tmp_path / "older.otinish-backup"
    with Register.open(path, PASSPHRASE) as reg:
        backup_register(reg, backup)
        add_request(reg, name="Given IN-2026-0003, then lost by the restore")
    restore_register(path, backup, PASSPHRASE)
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.witness_problem is None  # the restored history is the one witnessed
        rid = add_request(reg, name="After the restore")
        assert reg.get_request(rid)["number"] == "IN-2026-0004"
        assert reg.check()["problems"] == []


def test_a_backup_edited_after_it_was_made_is_refused_at_restore(tmp_path):
    from app.services import keeping
    from app.store import StoreError

    path = _register(tmp_path, 2)
    backup = tmp_path / "edited.otinish-backup"
    with Register.open(path, PASSPHRASE) as reg:
        backup_register(reg, backup)
    conn = _raw(backup)
    _edit_and_rechain(conn)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        keeping.restore(path, backup, PASSPHRASE)
    assert refused.value.code == "backup_history_differs"
    assert path.read_bytes() == before
    # An untouched backup with its witness is restored as before.
    good = tmp_path / "good.otinish-backup"
    with Register.open(path, PASSPHRASE) as reg:
        backup_register(reg, good)
    assert keeping.restore(path, good, PASSPHRASE)["requests"] == 2
