"""The append-only, hash-chained audit log and its verification.

Every write appends one event per changed row. The chain's hashes cover the previous
hash and each event's content (with the hash of the row's new state, not the state),
so an edit, insertion or deletion of an event breaks the chain, while a retention purge
can erase the personal data in old states without breaking it. Since every row's last
event is bound to the state the row must have, a row changed outside the app no longer
matches. Binary columns are represented by their sha256.

Three storage forms live side by side (`audit_states` and `audit_chain` read them all):
- **v1** (registers written before issue 18): hashes as 64-character hex text, the
  previous hash repeated in `prev_hash`, and the row's whole new state in `data`.
- **v2**: the hash and the state's hash as 32-byte blobs, no `prev_hash` (it is the
  previous event's hash), and no state where the register already holds it: a row's last
  event keeps `data` empty (its state is the row), and when a later event changes the
  row, the earlier event's `data` becomes the *reverse delta*: the old values of the
  columns that changed. Every past state is the current row with the later deltas
  applied, and `verify_rows` rebuilds each one and checks it against the chain.
- **v3** (every event written since m009): v2, with less stored that the register
  already tells. One hash per write: the events of one transaction are one *run*, and
  only the run's last event keeps the hash, which covers the previous run's hash and the
  contents of all the run's events in order (a run of one is a v2 event). A row's last
  event keeps only the first `TAG` bytes of its state's hash: the state's hash is the
  hash of the row as it is, so the chain check takes it from the row, and a row changed
  or deleted outside the app breaks its write's hash (the tag tells which row). When a
  later write changes the row, the earlier event gets the whole hash of its state, with
  its reverse delta (an empty blob: no state, the row did not exist then). Times,
  tables, keys and actions are stored in short forms (`encode_at`, `ENTITY_CODES`,
  `encode_id`, `ACTION_CODES`) that read back to exactly the text the hashes cover.
  Migration m009 moved every older event to these short forms (their hashes unchanged).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
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

#: The stored form of each audited table's name in the log (v3). Fixed for good: a code
#: is never reused or renumbered; a new table gets the next one.
ENTITY_CODES: dict[str, int] = {
    "requests": 0, "request_items": 1, "identity_checks": 2, "actions": 3, "letters": 4,
    "attachments": 5, "settings": 6, "calendar_overrides": 7, "letter_sendings": 8,
    "voids": 9, "request_details": 10, "mail_ids": 11, "item_clocks": 12, "incidents": 13,
    "incident_subjects": 14, "incident_letters": 15, "mail_cursors": 16, "mail_queue": 17,
    "mail_fetches": 18, "letter_mails": 19,
}
ENTITY_NAMES: dict[int, str] = {code: name for name, code in ENTITY_CODES.items()}
#: The stored form of the usual actions (v3), fixed like the table codes; any other
#: action is stored as its text.
ACTION_CODES: dict[str, int] = {
    "create": 0, "update": 1, "import": 2, "purge": 3, "delete": 4, "migrate": 5,
}
ACTION_NAMES: dict[int, str] = {code: name for name, code in ACTION_CODES.items()}
_INTEGER = re.compile(r"-?[1-9][0-9]{0,17}|0")


def encode_entity(entity: str) -> int | str:
    """An event's table as stored: its code (other entities keep their name)."""
    return ENTITY_CODES.get(entity, entity)


def decode_entity(stored: Any) -> str:
    return ENTITY_NAMES[stored] if isinstance(stored, int) else stored


def encode_action(action: str) -> int | str:
    return ACTION_CODES.get(action, action)


def decode_action(stored: Any) -> str:
    return ACTION_NAMES[stored] if isinstance(stored, int) else stored


def encode_id(entity_id: Any) -> int | str:
    """An event's row key as stored: an integer when its text is one, else the text."""
    text = str(entity_id)
    return int(text) if _INTEGER.fullmatch(text) else text


def decode_id(stored: Any) -> str:
    return str(stored)


def encode_at(at: str) -> int | str:
    """An event's time as stored: the Unix time and the UTC offset (in quarter hours)
    in one integer, when that reads back to exactly *at*; else *at* itself."""
    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at
    offset = moment.utcoffset()
    if offset is None or moment.microsecond:
        return at
    quarters, rest = divmod(int(offset.total_seconds()), 900)
    if rest or not -64 <= quarters < 64:
        return at
    value = (int(moment.timestamp()) << 7) | (quarters + 64)
    return value if decode_at(value) == at else at


def decode_at(stored: Any) -> str:
    if not isinstance(stored, int):
        return stored
    zone = timezone(timedelta(minutes=15 * ((stored & 127) - 64)))
    return datetime.fromtimestamp(stored >> 7, zone).isoformat(timespec="seconds")


def decoded(event: dict[str, Any]) -> dict[str, Any]:
    """A stored event with its time, table and key as the text its hash covers."""
    out = dict(event)
    for name, decode in (("at", decode_at), ("entity", decode_entity),
                         ("entity_id", decode_id), ("action", decode_action)):
        if name in out:
            out[name] = decode(out[name])
    return out


def row_key(entity: str, entity_id: Any) -> list[Any]:
    """The parameters of `where entity = ? and entity_id = ?` for one row's events."""
    return [encode_entity(entity), encode_id(entity_id)]


class Run:
    """The events of one write (one transaction): one hash, on the last, covers them.

    It keeps each event's id and hashed content, so that a part of the write undone by a
    savepoint (a nested write that failed and was caught) leaves the run as the register
    has it."""

    def __init__(self) -> None:
        self.prev: bytes | None = None  # the hash before the run
        self.events: list[tuple[int, bytes]] = []
        self._hasher: Any = None

    def hasher(self, db: sqlite_utils.Database) -> Any:
        """The run's hash so far, over the events still in the register (copy it to add
        the next event: it is the run's only once that event is in)."""
        if self.events:
            last = db.execute("select max(id) from events").fetchone()[0] or 0
            if self.events[-1][0] > last:  # a savepoint undid a part of the write
                self.events = [e for e in self.events if e[0] <= last]
                self._hasher = None
        if not self.events:
            self.prev, self._hasher = prev_bytes(last_hash(db)), None
        if self._hasher is None:
            self._hasher = hashlib.sha256(self.prev or b"")
            for _, content in self.events:
                self._hasher.update(content)
        return self._hasher

    def add(self, db: sqlite_utils.Database, eid: int, content: bytes, hasher: Any) -> None:
        """Event *eid* (its hashed *content*) is in: the run's hash moves on to it."""
        if self.events:  # no longer the run's last: its hash is the next one's
            db.execute("update events set hash = null where id = ?", [self.events[-1][0]])
        self.events.append((eid, content))
        self._hasher = hasher


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
    """Whether an event is in a compact form (v2 or v3): its hash is a blob, or none (an
    event of a v3 run before its last)."""
    return not isinstance(stored_hash, str)


#: A v3 row's last event: its state hash is the hash of the row as it is now.
DERIVED: Any = object()


#: Bytes of a row's state hash its last event keeps (v3): not for the chain, which takes
#: the whole hash from the row, but to tell which row changed when a write's hash breaks.
TAG = 4


def stored_digest(data_hash: Any, stored_hash: Any) -> Any:
    """The state hash an event's columns tell: hex text, None (no state) or DERIVED."""
    if not is_v2(stored_hash):
        return data_hash  # v1: hex text, or None for a deletion
    if data_hash is None or len(data_hash) == TAG:
        return DERIVED
    return bytes(data_hash).hex() or None


def tag_column(digest: str | None) -> bytes:
    """A row's last event's `data_hash`: the start of its state's hash (or, when the row
    is deleted, an empty blob: no state)."""
    return bytes.fromhex(digest)[:TAG] if digest else b""


def digest_column(digest: str | None) -> bytes:
    """A known state hash as stored: 32 bytes, or an empty blob for no state."""
    return bytes.fromhex(digest) if digest else b""


def state_hash(state: dict[str, Any] | None) -> str | None:
    """The hash of an audited state (None for a deletion)."""
    if state is None:
        return None
    return hashlib.sha256(canonical(state).encode("utf-8")).hexdigest()


def event_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """The hash of a v1 event: sha256 over the previous hash (hex) and the content."""
    return hashlib.sha256((prev_hash + canonical(content)).encode("utf-8")).hexdigest()


def hashed(content: dict[str, Any]) -> bytes:
    """An event's content as a compact hash covers it (v2, v3): a write's hash is sha256
    over the previous write's 32 bytes and these of each of its events, in order."""
    return canonical(content).encode("utf-8")


def last_hash(db: sqlite_utils.Database) -> str | bytes:
    """The hash at the head of the chain (hex text or 32 bytes, as stored)."""
    row = db.execute("select hash from events where hash is not null order by id desc"
                     " limit 1").fetchone()
    return row[0] if row else GENESIS


def prev_bytes(prev_hash: str | bytes) -> bytes:
    return bytes.fromhex(prev_hash) if isinstance(prev_hash, str) else bytes(prev_hash)


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
    run: Run | None = None,
) -> None:
    """Append one v3 event (call inside the write's transaction).

    *data* is the row's new state (None: deleted); *before* its state before the write
    (None: a new row), which becomes the previous event's reverse delta. A row whose
    previous state is unknown is a bug (its history would be lost): it raises. Events of
    one *run* (the connection's write) share one hash, kept on the last of them.
    """
    state = audit_state(data) if data is not None else None
    digest = state_hash(state)
    content = event_content(at, request_id, entity, str(entity_id), action, digest)
    stored, stored_hash = None, tag_column(digest)  # a row's last event: the row is both
    if entity in AUDITED_TABLES:
        _keep_previous_state(db, entity, entity_id, before, state)
    else:  # not a row: nothing else holds this state
        stored_hash = digest_column(digest)
        stored = canonical(state) if state is not None else None
    hasher = run.hasher(db).copy() if run is not None else \
        hashlib.sha256(prev_bytes(last_hash(db)))
    covered = hashed(content)
    hasher.update(covered)
    cur = db.execute(
        "insert into events (at, request_id, entity, entity_id, action, data, data_hash,"
        " hash) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [encode_at(at), request_id, encode_entity(entity), encode_id(entity_id),
         encode_action(action), stored, stored_hash, hasher.digest()])
    if run is not None:
        run.add(db, cur.lastrowid, covered, hasher)


def _keep_previous_state(db: sqlite_utils.Database, entity: str, entity_id: Any,
                         before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """The row's previous event, if compact and holding no state (its state was the row),
    gets the reverse delta from the new state back to it, and (v3) its state's hash."""
    row = db.execute("select id, data, data_hash, hash from events where entity = ? and"
                     " entity_id = ? order by id desc limit 1",
                     row_key(entity, entity_id)).fetchone()
    if row is None or row[1] is not None or not is_v2(row[3]):
        return
    if before is UNKNOWN:  # a writer that forgot to read the row first: a bug
        raise RuntimeError(f"the previous state of {entity} {entity_id} was not given")
    old = audit_state(before) if before is not None else None
    changes: dict[str, Any] = {}
    if row[2] is None or len(row[2]) == TAG:
        changes["data_hash"] = digest_column(state_hash(old))
    if old is not None:
        changes["data"] = canonical(reverse_delta(old, after))
    if changes:
        db.execute(f"update events set {', '.join(f'{k} = ?' for k in changes)} where id = ?",
                   [*changes.values(), row[0]])


def event_content(at: str, request_id: Any, entity: str, entity_id: str, action: str,
                  data_hash: Any) -> dict[str, Any]:
    """What an event's hash covers."""
    return {"at": at, "request_id": request_id, "entity": entity, "entity_id": entity_id,
            "action": action, "data_hash": hexof(data_hash)}
