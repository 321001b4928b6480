"""The register's schema, created and evolved by numbered sqlite-utils migrations.

Each migration is a function registered in order; a released migration is never
edited, only followed by a new one. The tables follow DESIGN.md ("Data").
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from ._sqlcipher import dbapi2, sqlite_utils

migrations = sqlite_utils.Migrations("otinish")

#: Migrations after which the register is compacted (see `compact`).
COMPACTING = {"m009_compact_log"}
#: The largest register compacted in memory after a migration (1 GiB).
COMPACT_LIMIT = 1 << 30

#: Columns of `requests` indexed for full-text search (case-insensitive, Cyrillic too).
FTS_COLUMNS = ["number", "requester_name", "requester_email", "search_phone", "summary", "text"]


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Create the first version of every table."""
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["counters"].create({"name": str, "value": int}, pk="name")
    db["calendar_overrides"].create({"date": str, "kind": str, "note": str}, pk="date")
    db["requests"].create(
        {
            "id": int,
            "number": str,
            "received_at": str,  # ISO 8601 with the +05:00 offset (Asia/Almaty)
            "received_date": str,  # local date, the start of every deadline
            "channel": str,
            "lang": str,
            "requester_name": str,
            "requester_email": str,
            "requester_phone": str,  # E.164
            "requester_iin": str,
            "representative": str,
            "summary": str,
            "text": str,
            "search_phone": str,  # phone in the forms people type, for search
            "status": str,
            "outcome": str,
            "closed_at": str,
            "due": str,  # earliest open item's due date, kept in step with the items
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"number", "received_at", "received_date", "channel", "lang", "status"},
    )
    db["requests"].create_index(["number"], unique=True)
    db["requests"].create_index(["status", "due"])
    db["requests"].create_index(["due"])
    db["requests"].create_index(["received_at"])
    db["requests"].create_index(["requester_email"])
    db["requests"].create_index(["requester_phone"])
    db["request_items"].create(
        {
            "id": int,
            "request_id": int,
            "type": str,
            "due": str,
            "basis": str,
            "done_at": str,
            "outcome": str,
        },
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
        not_null={"request_id", "type", "due"},
    )
    db["request_items"].create_index(["request_id"])
    db["identity_checks"].create(
        {"id": int, "request_id": int, "method": str, "result": str, "checked_by": str,
         "at": str, "note": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["identity_checks"].create_index(["request_id"])
    db["actions"].create(
        {"id": int, "request_id": int, "kind": str, "note": str, "at": str, "by": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["actions"].create_index(["request_id"])
    db["letters"].create(
        {"id": int, "request_id": int, "kind": str, "lang": str, "number": str,
         "file_name": str, "sha256": str, "content": bytes, "created_at": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["letters"].create_index(["request_id"])
    db["letters"].create_index(["number"], unique=True)
    db["attachments"].create(
        {"id": int, "request_id": int, "file_name": str, "kind": str, "sha256": str,
         "size": int, "content": bytes, "created_at": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["attachments"].create_index(["request_id"])
    db["events"].create(
        # `data` (the row's new state) may be erased by a retention purge; the chain covers
        # `data_hash`, so the erasure does not break it.
        {"id": int, "at": str, "request_id": int, "entity": str, "entity_id": str,
         "action": str, "data": str, "data_hash": str, "prev_hash": str, "hash": str},
        pk="id",
    )
    db["events"].create_index(["request_id"])
    db["events"].create_index(["entity", "entity_id"])
    db["requests"].enable_fts(FTS_COLUMNS, create_triggers=True, tokenize="unicode61")


@migrations()
def m002_sort_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for sorting the window's table by channel, requester and status."""
    db["requests"].create_index(["channel", "received_at"], if_not_exists=True)
    db["requests"].create_index(["requester_name"], if_not_exists=True)
    db["requests"].create_index(["status", "received_at"], if_not_exists=True)


@migrations()
def m003_due_sort_indexes(db: sqlite_utils.Database) -> None:
    """Sorting by due date puts requests without one last in both directions.

    The window orders by `(due is null), due, id`; these expression indexes (one per
    direction, since the first key stays ascending) let SQLite read the first page
    straight from an index instead of sorting 100,000 rows (97 ms -> 2 ms).
    """
    db.execute("create index if not exists requests_due_sort_asc on requests("
               "(due is null), due, id)")
    db.execute("create index if not exists requests_due_sort_desc on requests("
               "(due is null), due desc, id desc)")


@migrations()
def m004_records(db: sqlite_utils.Database) -> None:
    """What happened after a letter was made, and corrections made in the open.

    New facts get tables of their own instead of new columns on audited rows, so every
    existing row keeps the state its last audit event holds (and `check` still passes):
    - `letter_sendings`: a prepared letter recorded as sent (when, how);
    - `voids`: an identity check, an action or a right registered by mistake, with the
      reason (the row itself stays);
    - `request_details`: the requester's postal address and form of address;
    - `mail_ids`: the Message-ID of each imported original, so a message is not imported
      twice by accident (the original's sha256 is indexed for the same reason).
    """
    db["letter_sendings"].create(
        {"id": int, "letter_id": int, "request_id": int, "sent_at": str, "via": str,
         "recorded_at": str},
        pk="id",
        foreign_keys=[("letter_id", "letters", "id"), ("request_id", "requests", "id")],
        not_null={"letter_id", "request_id", "sent_at", "via"},
    )
    db["letter_sendings"].create_index(["letter_id"], unique=True)
    db["letter_sendings"].create_index(["request_id"])
    db["voids"].create(
        {"id": int, "request_id": int, "entity": str, "entity_id": int, "reason": str,
         "at": str},
        pk="id",
        foreign_keys=[("request_id", "requests", "id")],
        not_null={"request_id", "entity", "entity_id", "at"},
    )
    db["voids"].create_index(["entity", "entity_id"], unique=True)
    db["voids"].create_index(["request_id"])
    db["request_details"].create(
        {"request_id": int, "postal_address": str, "address_form": str},
        pk="request_id",
        foreign_keys=[("request_id", "requests", "id")],
    )
    db["mail_ids"].create(
        {"attachment_id": int, "request_id": int, "message_id": str},
        pk="attachment_id",
        foreign_keys=[("attachment_id", "attachments", "id"),
                      ("request_id", "requests", "id")],
    )
    db["mail_ids"].create_index(["message_id"])
    db["attachments"].create_index(["sha256"], if_not_exists=True)
    _backfill_message_ids(db)


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID of an .eml original (headers only), normalised; None without one."""
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    try:
        value = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536]).get("Message-ID")
    except Exception:  # a damaged original keeps no id; the sha256 still finds a repeat
        return None
    from app.domain.identifiers import message_id_key

    return message_id_key(str(value)) if value else None


def _backfill_message_ids(db: sqlite_utils.Database) -> None:
    """Give the originals imported before m004 their Message-ID, audited like any row."""
    from datetime import datetime

    from app.domain.clock import ALMATY

    from . import audit

    stamp = datetime.now(ALMATY).isoformat(timespec="seconds")
    for att_id, request_id, content in db.execute(
            "select id, request_id, content from attachments where kind = 'original_eml' "
            "and content is not null").fetchall():
        message_id = message_id_of(bytes(content))
        if message_id is None:
            continue
        row = {"attachment_id": att_id, "request_id": request_id, "message_id": message_id}
        db["mail_ids"].insert(row)
        audit.append_event(db, at=stamp, entity="mail_ids", entity_id=att_id,
                           action="migrate", data=row, request_id=request_id, before=None)


@migrations()
def m005_item_clocks(db: sqlite_utils.Database) -> None:
    """The day a right's clock started, when a later event starts it (the supporting
    documents of a correction arrived, the breach behind a blocking was not confirmed)."""
    db["item_clocks"].create(
        {"item_id": int, "request_id": int, "event": str, "started_on": str,
         "recorded_at": str},
        pk="item_id",
        foreign_keys=[("item_id", "request_items", "id"), ("request_id", "requests", "id")],
        not_null={"request_id", "event", "started_on"},
    )
    db["item_clocks"].create_index(["request_id"])


@migrations()
def m006_incidents(db: sqlite_utils.Database) -> None:
    """Breaches of personal-data security (issue 16): the incident, the affected subjects
    the notice needs (held encrypted like any requester, purged by retention), and the
    letters made for it (the notice to the authorized body, the subjects' notification).

    Renumber freely on merge: only the order after m005 matters.
    """
    db["incidents"].create(
        {
            "id": int,
            "number": str,  # INC-2026-0001
            "detected_at": str,  # ISO 8601 with the +05:00 offset (Asia/Almaty)
            "detected_date": str,  # local date, the start of the notice's clock
            "what": str,
            "cause": str,
            "categories": str,
            "subjects_count": int,
            "measures": str,
            "notify_body": str,  # yes / no / null (not decided yet)
            "notify_body_why": str,
            "notify_subjects": str,
            "notify_subjects_why": str,
            "due": str,  # the notice's due date
            "basis": str,  # the rule's one-line English basis
            "status": str,  # open / closed
            "closed_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"number", "detected_at", "detected_date", "status"},
    )
    db["incidents"].create_index(["number"], unique=True)
    db["incidents"].create_index(["status", "due"])
    db["incident_subjects"].create(
        {"id": int, "incident_id": int, "name": str, "iin": str, "phone": str,
         "created_at": str},
        pk="id",
        foreign_keys=[("incident_id", "incidents", "id")],
        not_null={"incident_id"},
    )
    db["incident_subjects"].create_index(["incident_id"])
    db["incident_letters"].create(
        {"id": int, "incident_id": int, "kind": str, "lang": str, "number": str,
         "file_name": str, "sha256": str, "content": bytes, "created_at": str,
         "sent_at": str, "via": str},
        pk="id",
        foreign_keys=[("incident_id", "incidents", "id")],
        not_null={"incident_id", "kind", "lang", "number"},
    )
    db["incident_letters"].create_index(["incident_id"])
    db["incident_letters"].create_index(["number"], unique=True)


@migrations()
def m007_register_id(db: sqlite_utils.Database) -> None:
    """A random id of the register, which names its audit witness outside the file (see
    witness.py): a witness follows the register when it is moved, and two registers never
    share one. Not an audited row (a new register's log stays empty); the witness also
    notes which id it saw at the register's path, so a changed id is noticed there."""
    from .witness import META_TABLE, new_register_id

    db[META_TABLE].create({"key": str, "value": str}, pk="key")
    db[META_TABLE].insert({"key": "register_id", "value": new_register_id()})


@migrations()
def m008_mail_in_and_out(db: sqlite_utils.Database) -> None:
    """Issue 14: the operator's mailbox read into a review queue, and replies sent by email.

    - `mail_cursors`: per mailbox account and folder, the UIDVALIDITY and the last UID
      read, so a fetch reads only what is new (and starts over when the server renumbers);
    - `mail_queue`: each fetched message awaiting the operator's accept or dismiss, with
      its arrival time on the server (INTERNALDATE, Almaty) and its bytes (encrypted with
      the register); the decision (accepted as request N, dismissed with a reason) stays;
    - `mail_fetches`: one row per fetch (how many new, skipped, cancelled or done);
    - `letter_mails`: the exact message a letter went out in (SMTP) or was drafted as
      (.eml), with its Message-ID, for the evidence pack.
    """
    db["mail_cursors"].create(
        {"key": str, "account": str, "folder": str, "uidvalidity": int, "last_uid": int,
         "updated_at": str},
        pk="key", not_null={"account", "folder", "uidvalidity", "last_uid"},
    )
    db["mail_queue"].create(
        {"id": int, "account": str, "folder": str, "uidvalidity": int, "uid": int,
         "message_id": str, "arrived_at": str, "sender": str, "subject": str, "types": str,
         "lang": str, "size": int, "sha256": str, "content": bytes, "status": str,
         "reason": str, "request_id": int, "fetched_at": str, "decided_at": str},
        pk="id", not_null={"account", "folder", "uidvalidity", "uid", "arrived_at", "status"},
    )
    db["mail_queue"].create_index(["account", "folder", "uidvalidity", "uid"], unique=True)
    db["mail_queue"].create_index(["message_id"])
    db["mail_queue"].create_index(["status", "arrived_at"])
    db["mail_fetches"].create(
        {"id": int, "at": str, "account": str, "folders": str, "new": int, "skipped": int,
         "outcome": str},
        pk="id",
    )
    db["letter_mails"].create(
        {"id": int, "letter_id": int, "request_id": int, "via": str, "message_id": str,
         "recipient": str, "sha256": str, "content": bytes, "at": str},
        pk="id",
        foreign_keys=[("letter_id", "letters", "id"), ("request_id", "requests", "id")],
        not_null={"letter_id", "request_id", "via", "message_id", "at"},
    )
    db["letter_mails"].create_index(["letter_id"])
    db["letter_mails"].create_index(["request_id"])


@migrations()
def m009_compact_log(db: sqlite_utils.Database) -> None:
    """Issue 18: the audit log in its v3 form (see audit.py). The events table is made
    again without declared column types, so a time, a table, a key or an action keeps the
    short form it is stored in, and every event moves to those forms: their hashes cover
    the same text, so the chain and the witness stay as they were. A v2 deletion's empty
    state hash becomes an empty blob (no state): an empty one now means "the row's own".
    (m004's own events, written by this version's log, are in the short forms already,
    as text: they are read back as the numbers they are.)"""
    from . import audit

    db.execute("create table events_v3 (id integer primary key, at, request_id integer,"
               " entity, entity_id, action, data text, data_hash, prev_hash text, hash)")

    def short(value: Any, encode: Any) -> Any:
        # Events m004 wrote with this version's log hold short forms as text already.
        return int(value) if isinstance(value, str) and value.isdigit() else encode(value)

    def moved(row: tuple[Any, ...]) -> tuple[Any, ...]:
        eid, at, request_id, entity, entity_id, action, data, digest, prev_hash, stored = row
        entity = audit.decode_entity(short(entity, audit.encode_entity))
        if digest is None and audit.is_v2(stored):
            digest = b""  # a v2 deletion: no state (an empty one now means the row's own)
        return (eid, short(at, audit.encode_at), request_id, audit.encode_entity(entity),
                audit.encode_id(entity_id), short(action, audit.encode_action), data, digest,
                prev_hash, stored)

    cur = db.execute("select id, at, request_id, entity, entity_id, action, data, data_hash,"
                     " prev_hash, hash from events order by id")
    while batch := cur.fetchmany(5000):
        db.conn.executemany("insert into events_v3 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [moved(row) for row in batch])
    db.execute("drop table events")
    db.execute("alter table events_v3 rename to events")
    db.execute("create index idx_events_request_id on events (request_id)")
    db.execute("create index idx_events_entity_entity_id on events (entity, entity_id)")


def compact(conn: Any, path: Path) -> None:
    """Give back the pages a migration freed (m009 leaves the older log's pages free: the
    file would otherwise stay larger than before until new entries fill them). VACUUM
    builds the copy in memory (SQLCipher's TEMP_STORE=2: never a plaintext file), so a
    register too large for that keeps its free pages, as one without room for the copy
    does; nothing is lost either way."""
    with contextlib.suppress(OSError):
        if path.stat().st_size > COMPACT_LIMIT:
            return
    with contextlib.suppress(dbapi2.OperationalError):
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def newer_migrations(conn: Any) -> list[str]:
    """The migrations the register had applied that this version does not know: it was
    written by a newer Otinish, whose data this version would misread (an older log
    form, say), so it must not open it."""
    known = {m.name for m in migrations._migrations}
    try:
        rows = conn.execute("select name from _sqlite_migrations where migration_set = ?",
                            [migrations.name]).fetchall()
    except dbapi2.OperationalError:  # no migrations table: nothing newer
        return []
    return [name for (name,) in rows if name not in known]
