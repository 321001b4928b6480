"""Writing many prepared requests at once: the demo register and bulk imports.

Rows are inserted in batches with `executemany`, and each still gets its audit event,
chained as usual in the same transaction (one run per request), so `check` verifies the
result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from . import audit
from .connection import Connection


class Bulk(Connection):
    """Bulk writing (mixed into `Register`)."""

    def import_bulk(
        self,
        records: Iterable[dict[str, Any]],
        *,
        batch: int = 2000,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Write many prepared requests quickly (the demo register, imports).

        Each record is {"request": {...}, "items": [...], "identity_checks": [...],
        "actions": [...], "letters": [...]} with every value ready (numbers, due dates);
        a letter with "sent_at" and "via" is recorded as sent then, and an item with a
        "clock" ({"event", "started_on", "recorded_at"}) has its clock started then.
        Rows get their ids here; every row still gets its audit event in the same
        transaction as the row, chained as usual, so `check` verifies the result. The
        events are `audit.IMPORT` events stamped with the time of the import: the log
        tells when the rows were written, the rows tell the days they are about.
        """
        self._check_writable()
        tables = ("requests", "request_items", "identity_checks", "actions", "letters",
                  "letter_sendings")
        # In the order rows are inserted (a clock refers to its item).
        written = tables[:2] + ("item_clocks",) + tables[2:]
        columns = {t: [c.name for c in self.db[t].columns] for t in written}
        next_id = {t: (self.db.execute(f"select coalesce(max(id), 0) from {t}").fetchone()[0]
                       + 1) for t in tables}
        counters: dict[str, int] = {}
        done = 0
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in written}
            events: list[tuple[str, int, int, dict[str, Any]]] = []
            for rec in pending:
                rid = next_id["requests"]
                req = {c: None for c in columns["requests"]} | rec["request"] | {"id": rid}
                next_id["requests"] += 1
                rows["requests"].append(req)
                events.append(("requests", rid, rid, req))
                for table in tables[1:-1]:
                    key = "items" if table == "request_items" else table
                    for child in rec.get(key, ()):
                        child = dict(child)
                        sent = (child.pop("sent_at", None), child.pop("via", None))
                        clock = child.pop("clock", None)
                        row = {c: None for c in columns[table]} | child | {
                            "id": next_id[table], "request_id": rid}
                        next_id[table] += 1
                        rows[table].append(row)
                        events.append((table, row["id"], rid, row))
                        if table == "request_items" and clock:
                            started = {c: None for c in columns["item_clocks"]} | clock | {
                                "item_id": row["id"], "request_id": rid}
                            rows["item_clocks"].append(started)
                            events.append(("item_clocks", row["id"], rid, started))
                        if table == "letters" and sent[0]:
                            sending = {"id": next_id["letter_sendings"], "letter_id": row["id"],
                                       "request_id": rid, "sent_at": sent[0], "via": sent[1],
                                       "recorded_at": sent[0]}
                            next_id["letter_sendings"] += 1
                            rows["letter_sendings"].append(sending)
                            events.append(("letter_sendings", sending["id"], rid, sending))
                for prefix, number in (("IN", req["number"]),) + tuple(
                        ("OUT", le["number"]) for le in rec.get("letters", ())):
                    _, year, seq = number.split("-")
                    key = f"{prefix}-{year}"
                    counters[key] = max(counters.get(key, 0), int(seq))
            with self._write():
                for table in written:
                    if rows[table]:
                        cols = columns[table]
                        self.db.conn.executemany(
                            f"insert into {table} ({', '.join(cols)}) values "
                            f"({', '.join('?' for _ in cols)})",
                            [[r[c] for c in cols] for r in rows[table]])
                prev = audit.last_hash(self.db)
                stamp = self._stamp()
                at = audit.encode_at(stamp)
                event_rows: list[tuple[Any, ...]] = []
                hasher: Any = None
                for i, (table, row_id, rid, row) in enumerate(events):
                    # v3 events (audit.py): the rows hold their states and their state
                    # hashes (a tag of it is kept); each request's events are one run,
                    # sealed on its last.
                    if hasher is None:
                        hasher = hashlib.sha256(audit.prev_bytes(prev))
                    digest = audit.state_hash(audit.audit_state(row))
                    hasher.update(audit.hashed(audit.event_content(
                        stamp, rid, table, str(row_id), audit.IMPORT, digest)))
                    sealed = None
                    if i + 1 == len(events) or events[i + 1][2] != rid:
                        sealed = prev = hasher.digest()
                        hasher = None
                    event_rows.append((at, rid, audit.encode_entity(table),
                                       audit.encode_id(row_id),
                                       audit.encode_action(audit.IMPORT),
                                       audit.tag_column(digest), sealed))
                self.db.conn.executemany(
                    "insert into events (at, request_id, entity, entity_id, action,"
                    " data_hash, hash) values (?, ?, ?, ?, ?, ?, ?)", event_rows)
                for name, value in counters.items():
                    self.db.execute(
                        "insert into counters (name, value) values (?, ?) on conflict(name) "
                        "do update set value = max(value, excluded.value)", [name, value])
            pending.clear()

        for record in records:
            pending.append(record)
            if len(pending) >= batch:
                done += len(pending)
                flush()
                if progress:
                    progress(done)
        if pending:
            done += len(pending)
            flush()
            if progress:
                progress(done)
        self._calendar = None
        return done
