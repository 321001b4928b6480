"""The append-only, hash-chained audit log and its verification.

Every write appends one event per changed row. Each event's hash covers the previous
event's hash and its own content (with the hash of the row's new state, not the
state), so an edit, insertion or deletion of an event breaks the chain, while a
retention purge can erase the personal data in old states without breaking it.
Since every row's last event holds the hash of its state, a row changed outside the
app no longer matches. Binary columns are represented by their sha256.

Two storage forms live side by side (`audit_states` reads both):
- **v1** (registers written before issue 18): hashes as 64-character hex text, the
  previous hash repeated in `prev_hash`, and the row's whole new state in `data`.
- **v2** (every event written since): the hash and the state's hash as 32-byte blobs,
  no `prev_hash` (it is the previous event's hash), and no state where the register
  already holds it: a row's last event keeps `data` empty (its state is the row), and
  when a later event changes the row, the earlier event's `data` becomes the *reverse
  delta*: the old values of the columns that changed. Every past state is the current
  row with the later deltas applied, and `verify_rows` rebuilds each one and checks it
  against the hash the chain holds, so the guarantees are those of v1 at a third of
  the size. Events of things that are not rows (a purge's summary) keep their state.
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
#: The key of a reverse delta listing the columns the older state did not have.
ABSENT = "~absent"

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

#: "Not given": `append_event` callers that cannot know the row's previous state.
UNKNOWN: Any = object()


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


def hexof(value: str | bytes | None) -> str | None:
    """A stored hash as hex text, whichever form (v1 text, v2 blob) holds it."""
    if value is None or isinstance(value, str):
        return value
    return bytes(value).hex()


def is_v2(stored_hash: Any) -> bool:
    """Whether an event is in the compact form (its hash is a blob)."""
    return isinstance(stored_hash, (bytes, bytearray, memoryview))


def state_hash(state: dict[str, Any] | None) -> str | None:
    """The hash of an audited state (None for a deletion)."""
    if state is None:
        return None
    return hashlib.sha256(canonical(state).encode("utf-8")).hexdigest()


def event_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """The hash of a v1 event: sha256 over the previous hash (hex) and the content."""
    return hashlib.sha256((prev_hash + canonical(content)).encode("utf-8")).hexdigest()


def event_hash_v2(prev_hash: str | bytes, content: dict[str, Any]) -> bytes:
    """The hash of a v2 event: sha256 over the previous hash's 32 bytes and the content."""
    prev = bytes.fromhex(prev_hash) if isinstance(prev_hash, str) else bytes(prev_hash)
    return hashlib.sha256(prev + canonical(content).encode("utf-8")).digest()


def last_hash(db: sqlite_utils.Database) -> str | bytes:
    """The hash at the head of the chain (hex text or 32 bytes, as stored)."""
    row = db.execute("select hash from events order by id desc limit 1").fetchone()
    return row[0] if row else GENESIS


def reverse_delta(before: dict[str, Any], after: dict[str, Any] | None) -> dict[str, Any]:
    """What turns the state *after* back into *before*: the old values of the columns
    that changed (all of them when the row was deleted)."""
    if after is None:
        return dict(before)
    delta = {k: v for k, v in before.items() if k not in after or after[k] != v}
    absent = sorted(k for k in after if k not in before)
    if absent:
        delta[ABSENT] = absent
    return delta


def apply_delta(after: dict[str, Any] | None, delta: dict[str, Any]) -> dict[str, Any]:
    """The older state: *after* with a reverse delta applied."""
    state = {k: v for k, v in (after or {}).items() if k not in delta.get(ABSENT, ())}
    state.update({k: v for k, v in delta.items() if k != ABSENT})
    return dict(sorted(state.items()))


def append_event(
    db: sqlite_utils.Database,
    *,
    at: str,
    entity: str,
    entity_id: Any,
    action: str,
    data: dict[str, Any] | None,
    request_id: int | None,
    before: dict[str, Any] | None = UNKNOWN,
) -> None:
    """Append one v2 event (call inside the write's transaction).

    *data* is the row's new state (None: deleted); *before* its state before the write
    (None: a new row), which becomes the previous event's reverse delta. A row whose
    previous state is unknown is a bug (its history would be lost): it raises.
    """
    prev = last_hash(db)
    state = audit_state(data) if data is not None else None
    digest = state_hash(state)
    content = event_content(at, request_id, entity, str(entity_id), action, digest)
    stored = None
    if entity in AUDITED_TABLES:
        _keep_previous_state(db, entity, str(entity_id), before, state)
    elif state is not None:
        stored = canonical(state)  # not a row: nothing else holds this state
    db.execute(
        "insert into events (at, request_id, entity, entity_id, action, data, data_hash,"
        " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, null, ?)",
        [at, request_id, entity, str(entity_id), action, stored,
         bytes.fromhex(digest) if digest else None, event_hash_v2(prev, content)],
    )


def _keep_previous_state(db: sqlite_utils.Database, entity: str, entity_id: str,
                         before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """The row's previous event, if v2 and holding no state (its state was the row),
    gets the reverse delta from the new state back to it."""
    row = db.execute("select id, data, hash from events where entity = ? and entity_id = ?"
                     " order by id desc limit 1", [entity, entity_id]).fetchone()
    if row is None or row[1] is not None or not is_v2(row[2]):
        return
    if before is UNKNOWN:  # a writer that forgot to read the row first: a bug
        raise RuntimeError(f"the previous state of {entity} {entity_id} was not given")
    if before is None:
        return
    db.execute("update events set data = ? where id = ?",
               [canonical(reverse_delta(audit_state(before), after)), row[0]])


def event_content(at: str, request_id: Any, entity: str, entity_id: str, action: str,
                  data_hash: Any) -> dict[str, Any]:
    """What an event's hash covers."""
    return {"at": at, "request_id": request_id, "entity": entity, "entity_id": entity_id,
            "action": action, "data_hash": hexof(data_hash)}


def verify_chain(db: sqlite_utils.Database) -> list[str]:
    """Return problems found in the chain (empty when it is intact)."""
    problems: list[str] = []
    prev: Any = GENESIS
    prev_id = 0
    for row in db.execute(
        "select id, at, request_id, entity, entity_id, action, data, data_hash, prev_hash,"
        " hash from events order by id"
    ):
        eid, at, request_id, entity, entity_id, action, data, digest, prev_hash, stored = row
        content = event_content(at, request_id, entity, entity_id, action, digest)
        if is_v2(stored):
            if eid != prev_id + 1:  # the app never removes an event: ids have no gaps
                problems.append(f"event {eid}: does not follow the previous event")
            elif event_hash_v2(prev, content) != bytes(stored):
                problems.append(f"event {eid}: content does not match its hash")
            elif entity not in AUDITED_TABLES and data is not None and \
                    state_hash(json.loads(data)) != hexof(digest):
                problems.append(f"event {eid}: content does not match its hash")
        else:
            if prev_hash != hexof(prev):
                problems.append(f"event {eid}: does not follow the previous event")
            if event_hash(prev_hash, content) != stored:
                problems.append(f"event {eid}: content does not match its hash")
            elif data is not None and state_hash(json.loads(data)) != digest:
                problems.append(f"event {eid}: content does not match its hash")
        prev, prev_id = stored, eid
        if len(problems) >= 20:
            break
    return problems
