"""The states the audit log tells of, in both storage forms (see audit.py), and the
check that the rows and every past state still match the hashes the chain holds."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ._sqlcipher import sqlite_utils
from .audit import AUDITED_TABLES, GENESIS, apply_delta, audit_state, hexof, is_v2, state_hash

#: A past state nobody can tell any more: erased by a retention purge.
ERASED: Any = object()


def current_state(db: sqlite_utils.Database, entity: str, entity_id: str
                  ) -> dict[str, Any] | None:
    """The audited form of a row as it is now (None when it is gone)."""
    key = AUDITED_TABLES[entity]
    cur = db.execute(f"select * from {entity} where {key} = ?", [entity_id])
    row = cur.fetchone()
    if row is None:
        return None
    return audit_state(dict(zip([d[0] for d in cur.description], row, strict=True)))


def past_states(events: list[tuple[Any, Any, Any, Any]], current: dict[str, Any] | None
                ) -> dict[Any, Any]:
    """Each event's state of one row, from its events (id, data, data_hash, hash), oldest
    first, and the row now: a state, None (deleted) or ERASED."""
    out: dict[Any, Any] = {}
    state: Any = current
    for i, (eid, data, digest, stored) in enumerate(reversed(events)):
        if not is_v2(stored):  # v1: the event holds the whole state (or had it erased)
            if data is not None:
                state = json.loads(data)
            else:
                state = None if digest is None else ERASED
        elif i > 0:  # v2, not the last: the reverse delta from the next state
            if data is None or state is ERASED:
                state = ERASED
            else:
                state = apply_delta(state, json.loads(data))
        out[eid] = state
    return out


def row_events(db: sqlite_utils.Database, entity: str, entity_id: str
               ) -> list[tuple[Any, Any, Any, Any]]:
    return db.execute("select id, data, data_hash, hash from events where entity = ? and"
                      " entity_id = ? order by id", [entity, entity_id]).fetchall()


def verify_rows(db: sqlite_utils.Database) -> list[str]:
    """Rows whose current state differs from their last audited state, and past states
    (v2 deltas) that differ from the hashes the chain holds."""
    problems: list[str] = []
    last_states: dict[tuple[str, str], str | None] = {}
    for entity, entity_id, digest in db.execute(
        "select entity, entity_id, data_hash from events where id in"
        " (select max(id) from events group by entity, entity_id)"
    ):
        last_states[(entity, entity_id)] = hexof(digest)
    for table, key in AUDITED_TABLES.items():
        seen: set[str] = set()
        for row in db[table].rows:
            rid = str(row[key])
            seen.add(rid)
            expected = last_states.get((table, rid))
            if expected is None:
                problems.append(f"{table} {rid}: not in the audit log")
            elif state_hash(audit_state(row)) != expected:
                problems.append(f"{table} {rid}: differs from its last audited state")
        for (entity, rid), state in last_states.items():
            if entity == table and state is not None and rid not in seen:
                problems.append(f"{table} {rid}: deleted outside the app")
    names = ", ".join(f"'{t}'" for t in AUDITED_TABLES)
    for entity, entity_id in db.execute(
            "select distinct entity, entity_id from events where data is not null and"
            f" typeof(hash) = 'blob' and entity in ({names})").fetchall():
        events = row_events(db, entity, entity_id)
        states = past_states(events, current_state(db, entity, entity_id))
        for eid, _, digest, stored in events[:-1]:
            state = states[eid]
            if is_v2(stored) and state is not ERASED and state_hash(state) != hexof(digest):
                problems.append(f"event {eid}: content does not match its hash")
        if len(problems) >= 40:
            break
    return problems


def readable(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]
             ) -> list[dict[str, Any]]:
    """Events as v1 tells them, whatever form stores them: each with its row's whole
    state in `data` (None when deleted or erased) and its hashes as hex text."""
    rows = [dict(r) for r in rows]
    states: dict[tuple[str, str], dict[Any, Any]] = {}
    for e in rows:
        key = (e["entity"], e["entity_id"])
        if is_v2(e["hash"]) and e["entity"] in AUDITED_TABLES and key not in states:
            states[key] = past_states(row_events(db, *key),
                                      current_state(db, *key))
    for e in rows:
        if is_v2(e["hash"]):
            if e["entity"] in AUDITED_TABLES:
                state = states[(e["entity"], e["entity_id"])].get(e["id"], ERASED)
                e["data"] = None if state is None or state is ERASED else json.dumps(
                    state, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            before = db.execute("select hash from events where id < ? order by id desc"
                                " limit 1", [e["id"]]).fetchone()
            e["prev_hash"] = hexof(before[0]) if before else GENESIS
        e["hash"] = hexof(e["hash"])
        e["data_hash"] = hexof(e["data_hash"])
    return rows
