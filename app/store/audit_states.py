"""The states the audit log tells of, in every storage form (see audit.py), and the
check that the rows and every past state still match the hashes the chain holds."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ._sqlcipher import sqlite_utils
from .audit import (
    AUDITED_TABLES,
    DERIVED,
    ENTITY_CODES,
    GENESIS,
    apply_delta,
    audit_state,
    decoded,
    hexof,
    is_v2,
    row_key,
    state_hash,
    stored_digest,
)

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
        elif i > 0:  # compact, not the last: the reverse delta from the next state
            if data is not None and state is not ERASED:
                state = apply_delta(state, json.loads(data))
            elif data is None and stored_digest(digest, stored) is None:
                state = None  # the row did not exist then (deleted, made again later)
            else:
                state = ERASED
        out[eid] = state
    return out


def row_events(db: sqlite_utils.Database, entity: str, entity_id: str
               ) -> list[tuple[Any, Any, Any, Any]]:
    return db.execute("select id, data, data_hash, hash from events where entity = ? and"
                      " entity_id = ? order by id", row_key(entity, entity_id)).fetchall()


def verify_rows(db: sqlite_utils.Database) -> list[str]:
    """Rows whose current state differs from their last audited state, and past states
    (compact deltas) that differ from the hashes the chain holds. (A v3 row's last state
    hash is the row's own, which the chain check covers.)"""
    problems: list[str] = []
    last_states: dict[tuple[str, str], Any] = {}
    for entity, entity_id, digest, stored in db.execute(
        "select entity, entity_id, data_hash, hash from events where id in"
        " (select max(id) from events group by entity, entity_id)"
    ):
        event = decoded({"entity": entity, "entity_id": entity_id})
        last_states[(event["entity"], event["entity_id"])] = stored_digest(digest, stored)
    for table, key in AUDITED_TABLES.items():
        seen: set[str] = set()
        for row in db[table].rows:
            rid = str(row[key])
            seen.add(rid)
            expected = last_states.get((table, rid))  # None: no event, or deleted
            if expected is None:
                problems.append(f"{table} {rid}: not in the audit log")
            elif expected is not DERIVED and state_hash(audit_state(row)) != expected:
                problems.append(f"{table} {rid}: differs from its last audited state")
        for (entity, rid), state in last_states.items():
            if entity == table and state is not None and state is not DERIVED \
                    and rid not in seen:
                problems.append(f"{table} {rid}: deleted outside the app")
    codes = ", ".join(str(c) for c in ENTITY_CODES.values())
    for entity, entity_id in db.execute(
            "select distinct entity, entity_id from events where data is not null and"
            f" typeof(hash) != 'text' and entity in ({codes})").fetchall():
        event = decoded({"entity": entity, "entity_id": entity_id})
        entity, entity_id = event["entity"], event["entity_id"]
        events = row_events(db, entity, entity_id)
        states = past_states(events, current_state(db, entity, entity_id))
        for eid, _, digest, stored in events[:-1]:
            state, expected = states[eid], stored_digest(digest, stored)
            if is_v2(stored) and state is not ERASED and expected is not DERIVED \
                    and state_hash(state) != expected:
                problems.append(f"event {eid}: content does not match its hash")
        if len(problems) >= 40:
            break
    return problems


def readable(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]
             ) -> list[dict[str, Any]]:
    """Events as v1 tells them, whatever form stores them: each with its row's whole
    state in `data` (None when deleted or erased) and its hashes as hex text (`hash` is
    None for an event of a write before its last, whose hash covers it)."""
    rows = [decoded(r) for r in rows]
    states: dict[tuple[str, str], dict[Any, Any]] = {}
    for e in rows:
        key = (e["entity"], e["entity_id"])
        if is_v2(e["hash"]) and e["entity"] in AUDITED_TABLES and key not in states:
            states[key] = past_states(row_events(db, *key),
                                      current_state(db, *key))
    for e in rows:
        digest = stored_digest(e["data_hash"], e["hash"])
        if is_v2(e["hash"]):
            if e["entity"] in AUDITED_TABLES:
                state = states[(e["entity"], e["entity_id"])].get(e["id"], ERASED)
                e["data"] = None if state is None or state is ERASED else json.dumps(
                    state, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                if digest is DERIVED:
                    digest = None if state is ERASED else state_hash(state)
            before = db.execute("select hash from events where id < ? and hash is not null"
                                " order by id desc limit 1", [e["id"]]).fetchone()
            e["prev_hash"] = hexof(before[0]) if before else GENESIS
        e["hash"] = hexof(e["hash"])
        e["data_hash"] = digest
    return rows
