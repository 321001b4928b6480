"""The audit chain's check, in every storage form (see audit.py).

The chain is read in order, a batch at a time. A v3 row's last event keeps only a tag of
its state's hash: the check takes the hash from the row as it is (the batch's rows are
read together), so a row changed or deleted outside the app breaks the hash of its
write, and the tag tells which row it was.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._sqlcipher import sqlite_utils
from .audit import (
    AUDITED_TABLES,
    DERIVED,
    GENESIS,
    TAG,
    audit_state,
    decode_action,
    decode_at,
    decode_entity,
    decode_id,
    event_content,
    event_hash,
    hashed,
    hexof,
    is_v2,
    prev_bytes,
    state_hash,
    stored_digest,
)

#: Events read at a time (and rows looked up together for their state hashes).
BATCH = 2000
#: Keys per `in (...)` lookup.
CHUNK = 500
#: Problems listed before the check stops looking.
MAX_PROBLEMS = 20


def row_digests(db: sqlite_utils.Database, keys: dict[str, set[str]]
                ) -> dict[tuple[str, str], str | None]:
    """The state hash of each row named by table and key, as it is now (None: none)."""
    out: dict[tuple[str, str], str | None] = {}
    for table, ids in keys.items():
        pk = AUDITED_TABLES[table]
        wanted = sorted(ids)
        for i in range(0, len(wanted), CHUNK):
            part = wanted[i:i + CHUNK]
            cur = db.execute(f"select * from {table} where {pk} in"
                             f" ({', '.join('?' for _ in part)})", part)
            cols = [d[0] for d in cur.description]
            for row in cur:
                state = dict(zip(cols, row, strict=True))
                out[(table, str(state[pk]))] = state_hash(audit_state(state))
        for rid in wanted:
            out.setdefault((table, rid), None)
    return out


def _derived(db: sqlite_utils.Database, batch: list[tuple[Any, ...]]
             ) -> dict[tuple[str, str], str | None]:
    keys: dict[str, set[str]] = {}
    for row in batch:
        entity = decode_entity(row[3])
        if entity in AUDITED_TABLES and stored_digest(row[7], row[9]) is DERIVED:
            keys.setdefault(entity, set()).add(decode_id(row[4]))
    return row_digests(db, keys)


def _mismatch(first: int, eid: int, rows: list[str]) -> list[str]:
    """The problems of a write (events *first* to *eid*) whose hash does not match: the
    rows whose tags tell they changed, else the events themselves."""
    if rows:
        return rows
    if first == eid:
        return [f"event {eid}: content does not match its hash"]
    return [f"events {first}-{eid}: content does not match their hash"]


def _row_problem(entity: str, entity_id: str, tag: Any, now: str | None) -> str | None:
    """What a row's last event's tag tells of the row as it is (None: nothing)."""
    if now is None:
        return f"{entity} {entity_id}: deleted outside the app"
    if tag is not None and bytes.fromhex(now)[:TAG] != bytes(tag):
        return f"{entity} {entity_id}: differs from its last audited state"
    return None


def verify_chain(db: sqlite_utils.Database) -> list[str]:
    """Return problems found in the chain (empty when it is intact)."""
    problems: list[str] = []
    prev: Any = GENESIS
    prev_id = 0
    hasher: Any = None  # the open run's hash so far (v3), from event `first`
    first = 0
    changed: list[str] = []  # the open run's rows that differ from their tags
    cur = db.execute("select id, at, request_id, entity, entity_id, action, data, data_hash,"
                     " prev_hash, hash from events order by id")
    while len(problems) < MAX_PROBLEMS and (batch := cur.fetchmany(BATCH)):
        derived = _derived(db, batch)
        for row in batch:
            eid, at, request_id, entity, entity_id, action, data, digest, prev_hash, stored \
                = row
            entity, entity_id = decode_entity(entity), decode_id(entity_id)
            state = stored_digest(digest, stored)
            if state is DERIVED:
                state = derived.get((entity, entity_id))
                if entity in AUDITED_TABLES and \
                        (problem := _row_problem(entity, entity_id, digest, state)):
                    changed.append(problem)
            content = event_content(decode_at(at), request_id, entity, entity_id,
                                    decode_action(action), state)
            if is_v2(stored):
                if eid != prev_id + 1:  # the app never removes an event: ids have no gaps
                    problems.append(f"event {eid}: does not follow the previous event")
                if hasher is None:
                    hasher, first = hashlib.sha256(prev_bytes(prev)), eid
                hasher.update(hashed(content))
                if stored is not None:
                    if hasher.digest() != bytes(stored):
                        problems.extend(_mismatch(first, eid, changed))
                    elif entity not in AUDITED_TABLES and data is not None and \
                            state_hash(json.loads(data)) != state:
                        problems.append(f"event {eid}: content does not match its hash")
                    prev, hasher, changed = stored, None, []
            else:
                if hasher is not None:
                    problems.append(f"event {prev_id}: a write ends without its hash")
                    hasher, changed = None, []
                if prev_hash != hexof(prev):
                    problems.append(f"event {eid}: does not follow the previous event")
                if event_hash(prev_hash, content) != stored:
                    problems.append(f"event {eid}: content does not match its hash")
                elif data is not None and state_hash(json.loads(data)) != digest:
                    problems.append(f"event {eid}: content does not match its hash")
                prev = stored
            prev_id = eid
            if len(problems) >= MAX_PROBLEMS:
                break
    if hasher is not None and len(problems) < MAX_PROBLEMS:
        problems.append(f"event {prev_id}: a write ends without its hash")
    return problems
