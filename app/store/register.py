"""The register: the only code that reads and writes the encrypted file.

A `Register` wraps one SQLCipher connection through sqlite-utils. Every public
method that changes something runs in one transaction that also appends the audit
events for the rows it wrote, so a crash leaves either all of it or none. Methods
return plain dicts in the shape the CLI prints and the UI shows.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import status as status_rules
from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import format_number, items_due, request_due
from app.domain.errors import DomainError
from app.domain.identity import check_identity_record
from app.domain.vocab import (
    ACTION_FULFILS,
    ACTION_KINDS,
    CHANNELS,
    LANGUAGES,
    LETTER_ANSWERS,
    OPEN_STATUSES,
    STATUSES,
    require_one_of,
)

from . import audit, lock
from ._sqlcipher import DatabaseError, dbapi2, sqlcipher3, sqlite_utils
from .errors import (
    NotARegisterError,
    NotFoundError,
    RegisterExistsError,
    RegisterMissingError,
    StoreError,
    WrongSecretError,
)
from .schema import migrations

ALMATY = ZoneInfo("Asia/Almaty")
Clock = Callable[[], datetime]


def _now_almaty() -> datetime:
    return datetime.now(ALMATY)


def _quote_key(secret: str) -> str:
    return "'" + secret.replace("'", "''") + "'"


def _connect(path: Path, secret: str) -> Any:
    """Open *path* with SQLCipher 4 defaults and prove the key works."""
    conn = sqlcipher3.connect(str(path), timeout=10, check_same_thread=False)
    conn.isolation_level = None  # transactions only where we BEGIN them (db.atomic)
    try:
        # SQLCipher logs a wrong key to stderr itself; the user gets our one sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote_key(secret)}")
        conn.execute("select count(*) from sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongSecretError(
                f"The passphrase or key does not open the register '{path}'; nothing was "
                "changed. Check the passphrase and try again."
            ) from exc
        raise NotARegisterError(f"The file '{path}' cannot be opened as a register: {exc}.") \
            from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted personal data is overwritten, not left in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _search_phone(phone: str | None) -> str | None:
    """The phone in the forms people type it: +77015551234 -> 77015551234 87015551234 ..."""
    if not phone:
        return None
    digits = phone.lstrip("+")
    forms = [digits]
    if digits.startswith("7") and len(digits) == 11:
        forms += ["8" + digits[1:], digits[1:]]
    return " ".join(forms)


def fts_query(text: str) -> str | None:
    """Turn what a user types into a safe FTS5 query: every word quoted, as a prefix.

    FTS5 has its own syntax ("u4242@example.kz" is a syntax error); splitting on
    non-alphanumerics the way the unicode61 tokenizer does and quoting each token
    keeps any input safe, and the trailing * gives search-as-you-type.
    """
    tokens: list[str] = []
    word = []
    for ch in text:
        if ch.isalnum():
            word.append(ch)
        elif word:
            tokens.append("".join(word))
            word = []
    if word:
        tokens.append("".join(word))
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


class Register:
    """An open register file. Use `Register.create` or `Register.open`, then `close()`."""

    def __init__(self, path: Path, conn: Any, clock: Clock | None = None,
                 secret: str | None = None) -> None:
        self.path = Path(path)
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.secret = secret
        self._clock = clock or _now_almaty
        self._calendar: WorkingCalendar | None = None
        #: Why the register is read-only (a failed integrity check), or None.
        self.damaged: str | None = None
        #: A full integrity check is due (over a day since the last); see daily_check().
        self.integrity_check_due = False
        self._closed = False

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(cls, path: str | os.PathLike[str], secret: str, clock: Clock | None = None
               ) -> Register:
        """Create a new, empty register at *path*; refuse if a file is already there."""
        path = Path(path)
        if path.exists():
            raise RegisterExistsError(
                f"A file already exists at '{path}'; choose another path or open it instead."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(path)
        try:
            conn = _connect(path, secret)
            conn.execute("PRAGMA journal_mode = WAL")
            reg = cls(path, conn, clock, secret)
            migrations.apply(reg.db)
        except BaseException:
            lock.release(path, clean=False)
            with contextlib.suppress(OSError):
                if path.exists() and path.stat().st_size == 0:
                    path.unlink()
            raise
        lock.mark_checked(path)
        return reg

    @classmethod
    def open(cls, path: str | os.PathLike[str], secret: str, clock: Clock | None = None
             ) -> Register:
        """Open an existing register; a wrong secret raises WrongSecretError, file untouched."""
        path = Path(path)
        if not path.exists():
            raise RegisterMissingError(
                f"There is no register at '{path}'; create one with 'init' first."
            )
        if path.is_dir():
            raise NotARegisterError(f"'{path}' is a folder, not a register file.")
        previous = lock.acquire(path)
        try:
            conn = _connect(path, secret)
            try:
                if "requests" not in {r[0] for r in conn.execute(
                        "select name from sqlite_master where type='table'")}:
                    raise NotARegisterError(f"The file '{path}' is not an Otinish register.")
                conn.execute("PRAGMA journal_mode = WAL")
            except DatabaseError as exc:
                conn.close()
                raise NotARegisterError(
                    f"The register '{path}' is damaged ({exc}); restore the newest backup."
                ) from exc
            except BaseException:
                conn.close()
                raise
            reg = cls(path, conn, clock, secret)
            if lock.crashed(previous):
                problem = reg.integrity_problem()
                if problem:
                    reg.mark_damaged(problem)
                    return reg
                lock.mark_checked(path)
            else:
                reg.integrity_check_due = lock.check_overdue(previous)
            reg._migrate()
        except BaseException:
            lock.release(path, clean=False)
            raise
        return reg

    def _migrate(self) -> None:
        """Apply pending migrations, copying the register to a backup first."""
        pending = migrations.pending(self.db)
        if not pending:
            return
        if migrations.applied(self.db):
            from .backup import backup_register

            stamp = self.now().strftime("%Y%m%d-%H%M%S")
            backup_register(self, self.path.with_name(
                f"{self.path.name}.before-{pending[0].name}-{stamp}.backup"))
        migrations.apply(self.db)

    def mark_damaged(self, problem: str) -> None:
        """Make the register read-only because its integrity check found *problem*."""
        self.damaged = problem
        self.conn.execute("PRAGMA query_only = ON")

    def daily_check(self) -> str | None:
        """Run the integrity check if it is due (the window does this in the background
        on its own connection); a problem makes the register read-only."""
        if not self.integrity_check_due:
            return None
        problem = self.integrity_problem()
        self.integrity_check_due = False
        if problem:
            self.mark_damaged(problem)
        else:
            lock.mark_checked(self.path)
        return problem

    def integrity_problem(self) -> str | None:
        """Run PRAGMA integrity_check; None when the file is sound, else the first problems."""
        try:
            rows = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
        except DatabaseError as exc:
            return str(exc)
        return None if rows == ["ok"] else "; ".join(rows[:5])

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and give back the lock."""
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        lock.release(self.path)

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ helpers
    def now(self) -> datetime:
        """The current time in Asia/Almaty (the register's clock)."""
        return self._clock().astimezone(ALMATY)

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction for one user action; driver errors become one sentence."""
        self._check_writable()
        try:
            with self.db.atomic():
                yield self.db
        except (DomainError, StoreError):
            raise
        except dbapi2.OperationalError as exc:
            msg = str(exc)
            if "readonly" in msg or "read-only" in msg:
                raise StoreError(
                    f"The register '{self.path}' is read-only; nothing was saved. "
                    "Check the file's permissions."
                ) from exc
            if "locked" in msg or "busy" in msg:
                raise StoreError(
                    "The register is busy in another program; nothing was saved. Try again."
                ) from exc
            if "full" in msg:
                raise StoreError("The disk is full; nothing was saved. Free some space.") \
                    from exc
            raise

    def _check_writable(self) -> None:
        if self.damaged:
            raise StoreError(
                f"The register failed its integrity check ({self.damaged}); it is open "
                "read-only. Restore the newest backup.")

    def _insert(self, table: str, row: dict[str, Any], request_id: int | None,
                action: str = "create") -> int:
        cur = self.db[table].insert(row)
        rid = cur.last_pk
        self._audit_row(table, rid, action, request_id)
        return int(rid)

    def _update(self, table: str, key: Any, changes: dict[str, Any], request_id: int | None,
                action: str = "update") -> None:
        self.db[table].update(key, changes)
        self._audit_row(table, key, action, request_id)

    def _audit_row(self, table: str, key: Any, action: str, request_id: int | None) -> None:
        row = self.db[table].get(key)
        audit.append_event(self.db, at=self._stamp(), entity=table, entity_id=key,
                           action=action, data=row, request_id=request_id)

    def _next_number(self, prefix: str, year: int) -> str:
        name = f"{prefix}-{year}"
        row = self.db.execute("select value from counters where name = ?", [name]).fetchone()
        value = (row[0] if row else 0) + 1
        self.db["counters"].upsert({"name": name, "value": value}, pk="name")
        return format_number(prefix, year, value)

    # ------------------------------------------------------------------ settings
    def get_setting(self, key: str, default: Any = None) -> Any:
        """Return a JSON setting stored in the register."""
        row = self.db.execute("select value from settings where key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON setting, audited."""
        with self._write():
            exists = self.db.execute("select 1 from settings where key = ?", [key]).fetchone()
            self.db["settings"].upsert(
                {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
            self._audit_row("settings", key, "update" if exists else "create", None)

    def set_operator(self, operator: dict[str, Any]) -> dict[str, Any]:
        """Store the operator's details (validated by the caller's domain checks)."""
        self.set_setting("operator", operator)
        return operator

    def get_operator(self) -> dict[str, Any] | None:
        """The operator's details, or None before they are set."""
        return self.get_setting("operator")

    def set_profile(self, profile: dict[str, Any]) -> dict[str, Any]:
        """Store the processing profile (validated by the caller); each version is audited."""
        self.set_setting("profile", profile)
        return profile

    def get_profile(self) -> dict[str, Any] | None:
        """The processing profile used in information replies, or None."""
        return self.get_setting("profile")

    # ------------------------------------------------------------------ calendar
    def calendar(self) -> WorkingCalendar:
        """The working-day calendar with this register's overrides."""
        if self._calendar is None:
            overrides = {
                date.fromisoformat(r["date"]): r["kind"] for r in self.db["calendar_overrides"].rows
            }
            self._calendar = WorkingCalendar(overrides)
        return self._calendar

    def add_calendar_override(self, day: date, kind: str, note: str | None) -> dict[str, Any]:
        """Mark *day* as an extra day off or working day; open requests keep their dates."""
        WorkingCalendar({day: kind})  # validates the kind
        with self._write():
            exists = self.db.execute(
                "select 1 from calendar_overrides where date = ?", [day.isoformat()]).fetchone()
            self.db["calendar_overrides"].upsert(
                {"date": day.isoformat(), "kind": kind, "note": note or ""}, pk="date")
            self._audit_row("calendar_overrides", day.isoformat(),
                            "update" if exists else "create", None)
        self._calendar = None
        return {"date": day.isoformat(), "kind": kind, "note": note or ""}

    def list_calendar_overrides(self) -> list[dict[str, Any]]:
        """Every override, by date."""
        return list(self.db["calendar_overrides"].rows_where(order_by="date"))

    # ------------------------------------------------------------------ requests
    def add_request(
        self,
        *,
        channel: str,
        types: Sequence[str],
        name: str,
        email: str | None = None,
        phone: str | None = None,
        iin: str | None = None,
        lang: str = "ru",
        received: datetime | None = None,
        text: str | None = None,
        summary: str | None = None,
        representative: str | None = None,
        attachment: dict[str, Any] | None = None,
    ) -> int:
        """Log a new request with one item per type; return its id.

        Inputs are expected normalized (phone in E.164, email lowercased) by intake.
        """
        self._check_writable()
        require_one_of(channel, CHANNELS, "channel")
        require_one_of(lang, LANGUAGES, "language")
        if not types:
            raise DomainError("Give at least one request type.")
        if not (name and name.strip()):
            raise DomainError("Give the requester's name.")
        received = (received or self.now()).astimezone(ALMATY)
        items = items_due(self.calendar(), types, received.date())
        stamp = self._stamp()
        with self._write():
            number = self._next_number("IN", received.year)
            rid = int(self.db["requests"].insert({
                "number": number,
                "received_at": received.isoformat(timespec="seconds"),
                "received_date": received.date().isoformat(),
                "channel": channel,
                "lang": lang,
                "requester_name": name.strip(),
                "requester_email": email or None,
                "requester_phone": phone or None,
                "requester_iin": iin or None,
                "representative": representative or None,
                "summary": summary or None,
                "text": text or None,
                "search_phone": _search_phone(phone),
                "status": "received",
                "outcome": None,
                "closed_at": None,
                "due": min(i.due for i in items).isoformat(),
                "created_at": stamp,
                "updated_at": stamp,
            }).last_pk)
            self._audit_row("requests", rid, "create", rid)
            for item in items:
                self._insert("request_items", {
                    "request_id": rid, "type": item.type, "due": item.due.isoformat(),
                    "basis": item.basis, "done_at": None, "outcome": None,
                }, rid)
            if attachment:
                content = attachment["content"]
                self._insert("attachments", {
                    "request_id": rid,
                    "file_name": attachment["file_name"],
                    "kind": attachment.get("kind", "original"),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "size": len(content),
                    "content": content,
                    "created_at": stamp,
                }, rid)
        return rid

    def _request_row(self, request_id: int) -> dict[str, Any]:
        try:
            return dict(self.db["requests"].get(request_id))
        except sqlite_utils.db.NotFoundError:
            raise NotFoundError(f"There is no request with id {request_id}.") from None

    def resolve_id(self, ref: str | int) -> int:
        """Accept a numeric id or an inbound number like IN-2026-0042."""
        text = str(ref).strip()
        if text.isdigit():
            return int(text)
        row = self.db.execute("select id from requests where number = ? collate nocase",
                              [text]).fetchone()
        if not row:
            raise NotFoundError(f"There is no request {text}.")
        return int(row[0])

    def open_requests_matching(self, email: str | None, phone: str | None) -> list[dict]:
        """Open requests from the same email or phone (for the duplicate warning)."""
        clauses, params = [], []
        if email:
            clauses.append("requester_email = ?")
            params.append(email)
        if phone:
            clauses.append("requester_phone = ?")
            params.append(phone)
        if not clauses:
            return []
        placeholders = ",".join("?" for _ in OPEN_STATUSES)
        sql = (f"select id, number, requester_email, requester_phone from requests where "
               f"({' or '.join(clauses)}) and status in ({placeholders}) order by id")
        return [dict(zip(("id", "number", "email", "phone"), r, strict=True))
                for r in self.db.execute(sql, params + list(OPEN_STATUSES))]

    def _touch(self, request_id: int, changes: dict[str, Any]) -> None:
        changes = {**changes, "updated_at": self._stamp()}
        self._update("requests", request_id, changes, request_id)

    def set_status(self, request_id: int, new_status: str) -> None:
        """Move an open request to another open status."""
        row = self._request_row(request_id)
        status_rules.check_transition(row["status"], new_status)
        with self._write():
            self._touch(request_id, {"status": new_status})

    def record_identity(self, request_id: int, method: str, result: str,
                        note: str | None = None, checked_by: str | None = None) -> int:
        """Record an identity check; the status follows (awaiting_identity / in_progress)."""
        check_identity_record(method, result, note)
        row = self._request_row(request_id)
        if row["status"] == "closed":
            raise DomainError("The request is closed; reopen it with a reason first.")
        new_status = {"requested": "awaiting_identity", "passed": "in_progress"}.get(result)
        with self._write():
            cid = self._insert("identity_checks", {
                "request_id": request_id, "method": method, "result": result,
                "checked_by": checked_by, "at": self._stamp(), "note": note or None,
            }, request_id)
            changes: dict[str, Any] = {}
            if new_status and new_status != row["status"] and row["status"] != "answered":
                changes["status"] = new_status
            self._touch(request_id, changes)
        return cid

    def record_action(self, request_id: int, kind: str, note: str,
                      by: str | None = None) -> int:
        """Record something done for the request; a received request moves to in_progress."""
        require_one_of(kind, ACTION_KINDS, "action kind")
        if not (note and note.strip()):
            raise DomainError("Describe the action in a note.")
        row = self._request_row(request_id)
        if row["status"] == "closed":
            raise DomainError("The request is closed; reopen it with a reason first.")
        stamp = self._stamp()
        with self._write():
            aid = self._insert("actions", {
                "request_id": request_id, "kind": kind, "note": note.strip(),
                "at": stamp, "by": by,
            }, request_id)
            items = self.db.execute(
                "select id, type, due, done_at from request_items where request_id = ?",
                [request_id]).fetchall()
            fulfilled = ACTION_FULFILS.get(kind, ())
            for item_id, item_type, _, done_at in items:
                if done_at is None and item_type in fulfilled:
                    self._update("request_items", item_id, {"done_at": stamp,
                                                            "outcome": "fulfilled"}, request_id)
            due = request_due(
                (date.fromisoformat(d), done_at is not None or t in fulfilled)
                for _, t, d, done_at in items)
            changes: dict[str, Any] = {"due": due.isoformat() if due else None}
            if row["status"] == "received":
                changes["status"] = "in_progress"
            self._touch(request_id, changes)
        return aid

    def close_request(self, request_id: int, outcome: str, reason: str | None = None) -> None:
        """Close an open request with an outcome; every open item is closed with it."""
        row = self._request_row(request_id)
        status_rules.check_close(row["status"], outcome)
        stamp = self._stamp()
        with self._write():
            for (item_id,) in self.db.execute(
                    "select id from request_items where request_id = ? and done_at is null",
                    [request_id]).fetchall():
                self._update("request_items", item_id, {"done_at": stamp, "outcome": outcome},
                             request_id)
            self._touch(request_id, {"status": "closed", "outcome": outcome,
                                     "closed_at": stamp, "due": None})
            if reason:
                self._insert("actions", {"request_id": request_id, "kind": "other",
                                         "note": f"Closed: {reason.strip()}", "at": stamp,
                                         "by": None}, request_id)

    def reopen_request(self, request_id: int, reason: str | None) -> None:
        """Reopen a closed request (reason required); its items open again."""
        row = self._request_row(request_id)
        status_rules.check_reopen(row["status"], reason)
        stamp = self._stamp()
        with self._write():
            items = self.db.execute("select id, due from request_items where request_id = ?",
                                    [request_id]).fetchall()
            for item_id, _ in items:
                self._update("request_items", item_id, {"done_at": None, "outcome": None},
                             request_id)
            due = request_due((date.fromisoformat(d), False) for _, d in items)
            self._touch(request_id, {"status": "in_progress", "outcome": None,
                                     "closed_at": None,
                                     "due": due.isoformat() if due else None})
            self._insert("actions", {"request_id": request_id, "kind": "other",
                                     "note": f"Reopened: {reason.strip()}", "at": stamp,
                                     "by": None}, request_id)

    # ------------------------------------------------------------------ bulk
    def import_bulk(
        self,
        records: Iterable[dict[str, Any]],
        *,
        batch: int = 2000,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Write many prepared requests quickly (the demo register, imports).

        Each record is {"request": {...}, "items": [...], "identity_checks": [...],
        "actions": [...], "letters": [...]} with every value ready (numbers, due dates).
        Rows get their ids here; every row still gets its audit event in the same
        transaction as the row, chained as usual, so `check` verifies the result.
        """
        self._check_writable()
        tables = ("requests", "request_items", "identity_checks", "actions", "letters")
        columns = {t: [c.name for c in self.db[t].columns] for t in tables}
        next_id = {t: (self.db.execute(f"select coalesce(max(id), 0) from {t}").fetchone()[0]
                       + 1) for t in tables}
        counters: dict[str, int] = {}
        done = 0
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in tables}
            events: list[tuple[str, int, int, dict[str, Any]]] = []
            for rec in pending:
                rid = next_id["requests"]
                req = {c: None for c in columns["requests"]} | rec["request"] | {"id": rid}
                next_id["requests"] += 1
                rows["requests"].append(req)
                events.append(("requests", rid, rid, req))
                for table in tables[1:]:
                    key = "items" if table == "request_items" else table
                    for child in rec.get(key, ()):
                        row = {c: None for c in columns[table]} | child | {
                            "id": next_id[table], "request_id": rid}
                        next_id[table] += 1
                        rows[table].append(row)
                        events.append((table, row["id"], rid, row))
                for prefix, number in (("IN", req["number"]),) + tuple(
                        ("OUT", le["number"]) for le in rec.get("letters", ())):
                    _, year, seq = number.split("-")
                    key = f"{prefix}-{year}"
                    counters[key] = max(counters.get(key, 0), int(seq))
            with self._write():
                for table in tables:
                    if rows[table]:
                        cols = columns[table]
                        self.db.conn.executemany(
                            f"insert into {table} ({', '.join(cols)}) values "
                            f"({', '.join('?' for _ in cols)})",
                            [[r[c] for c in cols] for r in rows[table]])
                prev = audit.last_hash(self.db)
                stamp = self._stamp()
                event_rows = []
                for table, row_id, rid, row in events:
                    state = audit.audit_state(row)
                    digest = audit.state_hash(state)
                    content = {"at": stamp, "request_id": rid, "entity": table,
                               "entity_id": str(row_id), "action": "import",
                               "data_hash": digest}
                    h = audit.event_hash(prev, content)
                    event_rows.append((stamp, rid, table, str(row_id), "import",
                                       audit.canonical(state), digest, prev, h))
                    prev = h
                self.db.conn.executemany(
                    "insert into events (at, request_id, entity, entity_id, action, data, "
                    "data_hash, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event_rows)
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

    # ------------------------------------------------------------------ letters
    def record_letter(
        self,
        request_id: int,
        *,
        kind: str,
        lang: str,
        make_file: Callable[[str], tuple[str, bytes]],
    ) -> dict[str, Any]:
        """Issue a letter: allocate its outgoing number, let *make_file* write it, keep a copy.

        *make_file(number)* renders and saves the file and returns (file name, bytes); it
        runs inside the transaction, so a failure leaves no number used and no row.
        A reply letter marks the items it answers done and the request answered.
        """
        row = self._request_row(request_id)
        stamp = self._stamp()
        with self._write():
            number = self._next_number("OUT", self.now().year)
            file_name, content = make_file(number)
            lid = self._insert("letters", {
                "request_id": request_id, "kind": kind, "lang": lang, "number": number,
                "file_name": file_name, "sha256": hashlib.sha256(content).hexdigest(),
                "content": content, "created_at": stamp,
            }, request_id)
            if kind in LETTER_ANSWERS and row["status"] != "closed":
                answers = LETTER_ANSWERS[kind]
                items = self.db.execute(
                    "select id, type, due, done_at from request_items where request_id = ?",
                    [request_id]).fetchall()
                outcome = "refused" if kind == "refusal" else "fulfilled"
                answered = {i for i, t, _, done in items
                            if done is None and (answers is None or t in answers)}
                for item_id in sorted(answered):
                    self._update("request_items", item_id, {"done_at": stamp,
                                                            "outcome": outcome}, request_id)
                due = request_due((date.fromisoformat(d), done is not None or i in answered)
                                  for i, _, d, done in items)
                changes: dict[str, Any] = {"due": due.isoformat() if due else None}
                if due is None:
                    changes["status"] = "answered"
                self._touch(request_id, changes)
        return {"id": lid, "number": number, "file_name": file_name,
                "sha256": hashlib.sha256(content).hexdigest()}

    def letter_content(self, letter_id: int) -> bytes:
        """The copy of a letter kept inside the register."""
        row = self.db.execute("select content from letters where id = ?",
                              [letter_id]).fetchone()
        if not row:
            raise NotFoundError(f"There is no letter with id {letter_id}.")
        if row[0] is None:
            raise NotFoundError("This letter has no copy in the register (it was purged, or "
                                "it is a demo letter).")
        return bytes(row[0])

    # ------------------------------------------------------------------ reading
    def _requester(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"name": row["requester_name"], "email": row["requester_email"],
                "phone": row["requester_phone"], "iin": row["requester_iin"]}

    def _items(self, request_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        ids = list(request_ids)
        result: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" for _ in chunk)
            for r in self.db.execute(
                    f"select request_id, type, due, basis, done_at, outcome from request_items"
                    f" where request_id in ({marks}) order by id", chunk):
                result[r[0]].append({"type": r[1], "due": r[2], "basis": r[3],
                                     "done": r[4] is not None, "done_at": r[4],
                                     "outcome": r[5]})
        return result

    def _summary(self, row: dict[str, Any], items: list[dict[str, Any]],
                 today: date) -> dict[str, Any]:
        due = row["due"]
        left = None
        if due and row["status"] != "closed":
            left = self.calendar().working_days_left(today, date.fromisoformat(due))
        return {
            "id": row["id"],
            "number": row["number"],
            "received": row["received_at"],
            "channel": row["channel"],
            "lang": row["lang"],
            "status": row["status"],
            "outcome": row["outcome"],
            "closed_at": row["closed_at"],
            "due": due,
            "working_days_left": left,
            "overdue": left is not None and left < 0,
            "requester": self._requester(row),
            "summary": row["summary"],
            "items": items,
        }

    def today(self) -> date:
        """Today's date in Asia/Almaty."""
        return self.now().date()

    def list_requests(
        self,
        *,
        status: str | None = None,
        overdue: bool = False,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Requests matching the filters, newest first (by receipt; a search on its own with
        a limit: newest registered first)."""
        where, params = [], []
        if status:
            require_one_of(status, STATUSES, "status")
            where.append("r.status = ?")
            params.append(status)
        if overdue:
            where.append("r.due is not null and r.due < ?")
            params.append(self.today().isoformat())
        join = ""
        if search and not where and limit is not None:
            # Search alone (the CLI's `list --search`, search-as-you-type): let FTS5 hand
            # back the newest registered matches in rowid order and stop at the limit,
            # instead of sorting every match by date (134 ms -> a few ms at 100,000).
            query = fts_query(search)
            if query is None:
                return []
            sql = ("select r.* from (select rowid as fts_rowid from requests_fts where "
                   "requests_fts match ? order by rowid desc limit ? offset ?) f "
                   "join requests r on r.rowid = f.fts_rowid order by r.id desc")
            return self._summaries(self.db.execute(sql, [query, int(limit), int(offset)]))
        if search:
            query = fts_query(search)
            if query is None:
                return []
            # A join, not "rowid in (subquery)": SQLite then drives from the few FTS
            # matches instead of testing every request (60x faster at 100,000 requests).
            join = (" join (select rowid as fts_rowid from requests_fts where requests_fts "
                    "match ?) f on f.fts_rowid = r.rowid")
            params.insert(0, query)
        sql = "select r.* from requests r" + join
        if where:
            sql += " where " + " and ".join(where)
        sql += " order by r.received_at desc, r.id desc"
        if limit is not None:
            sql += " limit ? offset ?"
            params += [int(limit), int(offset)]
        return self._summaries(self.db.execute(sql, params))

    def _summaries(self, cur: Any) -> list[dict[str, Any]]:
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        items = self._items(r["id"] for r in rows)
        today = self.today()
        return [self._summary(r, items[r["id"]], today) for r in rows]

    def get_request(self, request_id: int) -> dict[str, Any]:
        """The full request: summary plus identity checks, actions, letters, events."""
        row = self._request_row(request_id)
        view = self._summary(row, self._items([request_id])[request_id], self.today())
        view["text"] = row["text"]
        view["representative"] = row["representative"]
        view["identity_checks"] = list(self.db["identity_checks"].rows_where(
            "request_id = ?", [request_id], order_by="id",
            select="id, method, result, checked_by, at, note"))
        view["actions"] = list(self.db["actions"].rows_where(
            "request_id = ?", [request_id], order_by="id", select="id, kind, note, at, by"))
        view["letters"] = list(self.db["letters"].rows_where(
            "request_id = ?", [request_id], order_by="id",
            select="id, kind, lang, number, file_name, sha256, created_at"))
        view["attachments"] = list(self.db["attachments"].rows_where(
            "request_id = ?", [request_id], order_by="id",
            select="id, file_name, kind, sha256, size, created_at"))
        view["events"] = [
            {"id": e["id"], "at": e["at"], "entity": e["entity"], "entity_id": e["entity_id"],
             "action": e["action"]}
            for e in self.db["events"].rows_where("request_id = ?", [request_id],
                                                  order_by="id")
        ]
        return view

    def export_rows(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        status: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stream requests for an export, oldest first, with their types and last identity."""
        where, params = self._export_filter(date_from, date_to, status)
        sql = (
            "select r.id, r.number, r.received_at, r.channel, r.lang, r.requester_name,"
            " r.requester_email, r.requester_phone, r.status, r.outcome, r.due, r.closed_at,"
            " (select group_concat(type, ',') from request_items i where i.request_id = r.id)"
            "   as types,"
            " (select method || ':' || result from identity_checks c where c.request_id = r.id"
            "   order by c.id desc limit 1) as identity"
            " from requests r"
        )
        if where:
            sql += " where " + " and ".join(where)
        sql += " order by r.received_at, r.id"
        cur = self.db.execute(sql, params)
        cols = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    @staticmethod
    def _export_filter(date_from: date | None, date_to: date | None, status: str | None
                       ) -> tuple[list[str], list[Any]]:
        where, params = [], []
        if date_from:
            where.append("r.received_date >= ?")
            params.append(date_from.isoformat())
        if date_to:
            where.append("r.received_date <= ?")
            params.append(date_to.isoformat())
        if status:
            require_one_of(status, STATUSES, "status")
            where.append("r.status = ?")
            params.append(status)
        return where, params

    def export_count(self, *, date_from: date | None = None, date_to: date | None = None,
                     status: str | None = None) -> int:
        """How many requests `export_rows` yields for the same filters (for progress)."""
        where, params = self._export_filter(date_from, date_to, status)
        sql = "select count(*) from requests r"
        if where:
            sql += " where " + " and ".join(where)
        return int(self.db.execute(sql, params).fetchone()[0])

    def events_of(self, request_id: int) -> list[dict[str, Any]]:
        """The full audit events of one request (with their data and hashes)."""
        return [dict(e) for e in self.db["events"].rows_where(
            "request_id = ?", [request_id], order_by="id")]

    def attachment_content(self, attachment_id: int) -> bytes:
        """The stored bytes of an attachment (e.g. the original .eml)."""
        row = self.db.execute("select content from attachments where id = ?",
                              [attachment_id]).fetchone()
        if not row:
            raise NotFoundError(f"There is no attachment with id {attachment_id}.")
        return bytes(row[0])

    def counts(self) -> dict[str, int]:
        """Counts per status, for a quick overview."""
        return {s: n for s, n in self.db.execute(
            "select status, count(*) from requests group by status")}

    # ------------------------------------------------------------------ retention
    PURGED = "[purged]"

    def retention_years(self) -> int:
        """How long closed requests are kept (a setting, default 3 years)."""
        return int(self.get_setting("retention_years", 3))

    def retention_cutoff(self) -> date:
        """Requests closed before this date are past the retention period."""
        today = self.today()
        years = self.retention_years()
        try:
            return today.replace(year=today.year - years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - years, day=28)

    def purge_candidates(self, closed_before: date) -> list[tuple[int, str]]:
        """(id, number) of closed, not yet purged requests closed before the date."""
        return [(r[0], r[1]) for r in self.db.execute(
            "select id, number from requests where status = 'closed' and closed_at < ? and "
            "coalesce(requester_name, '') != ? order by id",
            [closed_before.isoformat(), self.PURGED])]

    def purge_closed_before(self, closed_before: date, *, dry_run: bool = False
                            ) -> dict[str, Any]:
        """Erase the personal data of requests closed before *closed_before*.

        Kept for statistics: number, dates, channel, language, types, due dates, status
        and outcome, letters' numbers and hashes. Erased: the requester, texts, notes,
        original messages, letters' bytes, and the personal data in old audit states
        (the chain holds their hashes, so it stays verifiable). Open requests are never
        touched. The purge itself is an audit event.
        """
        candidates = self.purge_candidates(closed_before)
        result: dict[str, Any] = {"purged": len(candidates), "closed_before":
                                  closed_before.isoformat(), "dry_run": dry_run,
                                  "numbers": [n for _, n in candidates]}
        if dry_run or not candidates:
            return result
        p = self.PURGED
        with self._write():
            for rid, _ in candidates:
                self.db.execute("update events set data = null where request_id = ?", [rid])
                for (cid,) in self.db.execute(
                        "select id from identity_checks where request_id = ?", [rid]).fetchall():
                    self._update("identity_checks", cid, {"note": None, "checked_by": None},
                                 rid, "purge")
                for (aid,) in self.db.execute(
                        "select id from actions where request_id = ?", [rid]).fetchall():
                    self._update("actions", aid, {"note": p, "by": None}, rid, "purge")
                for (lid,) in self.db.execute(
                        "select id from letters where request_id = ?", [rid]).fetchall():
                    self._update("letters", lid, {"content": None}, rid, "purge")
                for (att,) in self.db.execute(
                        "select id from attachments where request_id = ?", [rid]).fetchall():
                    self.db.execute("delete from attachments where id = ?", [att])
                    audit.append_event(self.db, at=self._stamp(), entity="attachments",
                                       entity_id=att, action="purge", data=None,
                                       request_id=rid)
                self._update("requests", rid, {
                    "requester_name": p, "requester_email": None, "requester_phone": None,
                    "requester_iin": None, "representative": None, "summary": None,
                    "text": None, "search_phone": None, "updated_at": self._stamp()},
                    rid, "purge")
            audit.append_event(self.db, at=self._stamp(), entity="register", entity_id="purge",
                               action="purge", data={k: v for k, v in result.items()},
                               request_id=None)
            # Merge the full-text index so no old tokens linger in its pages.
            self.db.execute("insert into requests_fts(requests_fts) values ('optimize')")
        return result

    # ------------------------------------------------------------------ secrets
    def rekey(self, new_secret: str) -> None:
        """Re-encrypt the register with a new passphrase or key (PRAGMA rekey)."""
        if not new_secret:
            raise DomainError("The new passphrase must not be empty.")
        if self.damaged:
            raise StoreError("The register failed its integrity check; restore a backup "
                             "before changing its key.")
        self.conn.execute(f"PRAGMA rekey = {_quote_key(new_secret)}")
        self.secret = new_secret

    # ------------------------------------------------------------------ integrity
    def check(self) -> dict[str, Any]:
        """Verify the file (integrity_check), the audit chain, and rows against the log."""
        integrity = self.integrity_problem() or "ok"
        if integrity == "ok" and not self.damaged:
            lock.mark_checked(self.path)
        problems = audit.verify_chain(self.db) + audit.verify_rows(self.db)
        return {"integrity": integrity, "audit": "ok" if not problems else "; ".join(
            problems[:10]), "problems": problems}
