"""The append-only, hash-chained audit log and its verification.

Every write appends one event per changed row, holding the row's new state and its
hash. Each event's hash covers the previous event's hash and its own content (with
the state's hash, not the state), so an edit, insertion or deletion of an event
breaks the chain, while a retention purge can erase the personal data in old
states without breaking it. Since every row's last event holds the hash of its
state, a row changed outside the app no longer matches. Binary columns are
represented by their sha256 so events stay small.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._sqlcipher import sqlite_utils

GENESIS = "0" * 64
#: The action of the events a bulk import writes (the demo register, imports): stamped
#: when the import wrote them, whatever day their rows tell of.
IMPORT = "import"

#: Tables whose rows are audited, with the key column.
AUDITED_TABLES: dict[str, str] = {
    "requests": "id",
    "request_items": "id",
    "identity_checks": "id",
    "actions": "id",
    "letters": "id",
    "attachments": "id",
    "settings": "key",
    "calendar_overrides": "date",
    "letter_sendings": "id",
    "voids": "id",
    "request_details": "request_id",
    "mail_ids": "attachment_id",
    "item_clocks": "item_id",
    "incidents": "id",
    "incident_subjects": "id",
    "incident_letters": "id",
    # Issue 14: mail in and out.
    "mail_cursors": "key",
    "mail_queue": "id",
    "mail_fetches": "id",
    "letter_mails": "id",
}


def audit_state(row: dict[str, Any]) -> dict[str, Any]:
    """The audited form of a row: bytes become their sha256, keys sorted."""
    state = {}
    for key in sorted(row):
        value = row[key]
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
        state[key] = value
    return state


def canonical(obj: Any) -> str:
    """The one JSON form that is hashed: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def state_hash(state: dict[str, Any] | None) -> str | None:
    """The hash of an audited state (None for a deletion)."""
    if state is None:
        return None
    return hashlib.sha256(canonical(state).encode("utf-8")).hexdigest()


def event_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """The hash of an event: sha256 over the previous hash and the canonical content."""
    return hashlib.sha256((prev_hash + canonical(content)).encode("utf-8")).hexdigest()


def last_hash(db: sqlite_utils.Database) -> str:
    """The hash at the head of the chain."""
    row = db.execute("select hash from events order by id desc limit 1").fetchone()
    return row[0] if row else GENESIS


def append_event(
    db: sqlite_utils.Database,
    *,
    at: str,
    entity: str,
    entity_id: Any,
    action: str,
    data: dict[str, Any] | None,
    request_id: int | None,
) -> None:
    """Append one event (call inside the write's transaction)."""
    prev = last_hash(db)
    state = audit_state(data) if data is not None else None
    digest = state_hash(state)
    content = {
        "at": at,
        "request_id": request_id,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "data_hash": digest,
    }
    db.execute(
        "insert into events (at, request_id, entity, entity_id, action, data, data_hash,"
        " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [at, request_id, entity, str(entity_id), action,
         canonical(state) if state is not None else None, digest, prev,
         event_hash(prev, content)],
    )


def verify_chain(db: sqlite_utils.Database) -> list[str]:
    """Return problems found in the chain (empty when it is intact)."""
    problems: list[str] = []
    prev = GENESIS
    for row in db.execute(
        "select id, at, request_id, entity, entity_id, action, data, data_hash, prev_hash,"
        " hash from events order by id"
    ):
        eid, at, request_id, entity, entity_id, action, data, digest, prev_hash, stored = row
        content = {
            "at": at,
            "request_id": request_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "data_hash": digest,
        }
        if prev_hash != prev:
            problems.append(f"event {eid}: does not follow the previous event")
        if event_hash(prev_hash, content) != stored:
            problems.append(f"event {eid}: content does not match its hash")
        elif data is not None and state_hash(json.loads(data)) != digest:
            problems.append(f"event {eid}: content does not match its hash")
        prev = stored
        if len(problems) >= 20:
            break
    return problems


def verify_rows(db: sqlite_utils.Database) -> list[str]:
    """Return rows whose current state differs from their last audited state."""
    problems: list[str] = []
    last_states: dict[tuple[str, str], str | None] = {}
    for entity, entity_id, digest in db.execute(
        "select entity, entity_id, data_hash from events where id in"
        " (select max(id) from events group by entity, entity_id)"
    ):
        last_states[(entity, entity_id)] = digest
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
    return problems
