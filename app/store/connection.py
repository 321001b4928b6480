"""An open register file: the SQLCipher connection, its lifecycle, and the write primitives.

`Connection` opens or creates the file (key first, then sqlite-utils), takes the
one-program lock, migrates with a backup first, runs the integrity check after a
crash, and offers the primitives every command uses: one transaction per user
action (`_write`), audited inserts and updates, the register's clock and numbering.
The commands (commands.py), reads (reads.py) and settings (settings.py) build on it;
`Register` (register.py) is all of them together.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.domain.deadlines import format_number
from app.domain.errors import DomainError

from . import audit, audit_chain, audit_states, checks, lock, places, witness
from ._sqlcipher import DatabaseError, dbapi2, sqlite_utils
from .backup import backup_register
from .errors import (
    NotARegisterError,
    RegisterExistsError,
    StoreError,
)
from .paths import remove_abandoned_partials
from .proving import connect, connect_read_only, inspect, is_register
from .schema import COMPACTING, compact, migrations

Clock = Callable[[], datetime]


def _now_almaty() -> datetime:
    return datetime.now(ALMATY)


class Connection:
    """An open register. Use `Register.create` or `Register.open`, then `close()`."""

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
        #: Opened after a crash with the full check deferred: read-only until it ends.
        self.check_pending = False
        #: Opened to read only (no lock, nothing written); see `open(read_only=True)`.
        self.read_only = False
        #: How the audit history differs from its witness outside the file (see witness.py),
        #: or None; opening is not refused, the faces say it and `check` reports it.
        self.witness_problem: StoreError | None = None
        self._witnessed: dict[str, Any] | None = None
        self._write_depth = 0
        self._run: audit.Run | None = None  # the events of the write in progress
        self._closed = False

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(cls, path: str | os.PathLike[str], secret: str, clock: Clock | None = None
               ) -> Any:
        """Create a new, empty register at *path*; refuse if a file is already there."""
        path = Path(path)
        if os.path.lexists(path):
            raise RegisterExistsError("register_exists", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(path)
        conn = None
        try:
            conn = connect(path, secret)
            conn.execute(f"PRAGMA journal_mode = {places.journal_mode(path)}")
            reg = cls(path, conn, clock, secret)
            migrations.apply(reg.db)
            reg._witness_start(new=True)
        except BaseException:
            # A register that could not be made (a full disk, say) is not left half-made:
            # its connection closed (Windows could not delete an open file), the file, its
            # journal and the lock file removed. It was new: nothing of value was in it.
            if conn is not None:
                with contextlib.suppress(DatabaseError):
                    conn.close()
            lock.release(path, clean=False)
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"),
                             Path(f"{path}-journal"), lock.lock_path(path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        lock.mark_checked(path)
        return reg

    @classmethod
    def open(cls, path: str | os.PathLike[str], secret: str, clock: Clock | None = None,
             *, read_only: bool = False, wait: float | None = None,
             defer_check: bool = False) -> Any:
        """Open an existing register; a wrong secret raises WrongSecretError, file untouched.

        The key is proved on a read-only connection before anything can be written, so
        a wrong one changes nothing on disk (file, WAL and lock state alike).
        *read_only* takes no lock and writes nothing: it reads beside a program that
        has the register open. A writer waits *wait* seconds for the lock (default:
        `lock.wait_seconds()`).
        *defer_check*: after a crash, do not run the full integrity check now (seconds on a
        large register); the register opens read-only with `check_pending` set, and the
        caller runs the check in the background, then calls `end_pending_check`.
        """
        path = Path(path)
        real = inspect(path)
        if read_only or (Path(str(real) + "-wal").exists() and not lock.held_here(real)):
            # Closing a writable connection with a wrong key would checkpoint the WAL
            # (not while this process has its own connection open: that one is last).
            probe = connect_read_only(real, secret)
            is_register(probe, path)
            if read_only:
                return cls._reader(path, probe, clock, secret)
            probe.close()
        conn = connect(real, secret)  # a wrong key is refused here, before the lock
        is_register(conn, path)
        try:
            previous = lock.acquire(path, wait=wait)
        except BaseException:
            conn.close()
            raise
        try:
            remove_abandoned_partials(real.parent)
            try:
                conn.execute(f"PRAGMA journal_mode = {places.journal_mode(real)}")
            except DatabaseError as exc:
                conn.close()
                raise NotARegisterError("register_damaged", path=str(path),
                                        reason=str(exc)) from exc
            reg = cls(path, conn, clock, secret)
            known = lock.damaged(previous)
            if known:
                reg.mark_damaged(known)
                return reg
            if lock.crashed(previous):
                if defer_check and not migrations.pending(reg.db):
                    reg.check_pending = True
                    reg.conn.execute("PRAGMA query_only = ON")  # nothing writes before it
                    reg._witness_start()
                    return reg
                problem = reg.integrity_problem()
                if problem:
                    reg.mark_damaged(problem)
                    return reg
                lock.mark_checked(path)
            else:
                reg.integrity_check_due = lock.check_overdue(previous)
            reg._migrate()
            reg._witness_start()
        except BaseException:
            with contextlib.suppress(DatabaseError):
                conn.close()
            lock.release(path, clean=False)
            raise
        return reg

    @classmethod
    def _reader(cls, path: Path, conn: Any, clock: Clock | None, secret: str) -> Any:
        """The register on the read-only connection *conn* (no lock, nothing written)."""
        reg = cls(path, conn, clock, secret)
        reg.read_only = True
        try:
            if migrations.pending(reg.db):
                raise StoreError("register_needs_upgrade", path=str(path))
        except DatabaseError as exc:
            reg.note_failure(exc)
            conn.close()
            raise NotARegisterError("register_damaged", path=str(path),
                                    reason=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        reg.damaged = lock.damaged(lock.peek(path))
        reg._witness_start(write=False)  # compare only: the writer keeps the witness
        return reg

    def _migrate(self) -> None:
        """Apply pending migrations, copying the register to a backup first."""
        pending = migrations.pending(self.db)
        if not pending:
            return
        if migrations.applied(self.db):
            stamp = self.now().strftime("%Y%m%d-%H%M%S")
            backup_register(self, self.path.with_name(
                f"{self.path.name}.before-{pending[0].name}-{stamp}.backup"))
        migrations.apply(self.db)
        if any(m.name in COMPACTING for m in pending):
            compact(self.conn, self.path)

    def mark_damaged(self, problem: str) -> None:
        """Make the register read-only because its integrity check found *problem*.

        The lock state remembers it, so later runs stay read-only until a full check
        passes or a backup is restored.
        """
        self.damaged = problem
        with contextlib.suppress(DatabaseError):  # a connection the damage broke
            self.conn.execute("PRAGMA query_only = ON")
        lock.mark_damaged(self.path, problem)

    def _passed_full_check(self) -> None:
        """A full integrity check passed: remember it, and writing is allowed again."""
        if self.read_only:
            return
        lock.mark_checked(self.path)
        if self.damaged:
            self.damaged = None
            self.conn.execute("PRAGMA query_only = OFF")

    def note_failure(self, exc: BaseException) -> bool:
        """Remember a driver error that shows the file is damaged; True if it was one."""
        text = str(exc)
        if not isinstance(exc, DatabaseError) or not any(
                sign in text for sign in ("malformed", "not a database", "corrupt")):
            return False
        if not self.damaged:
            self.mark_damaged(text)
        return True

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
            self._passed_full_check()
        return problem

    def integrity_problem(self) -> str | None:
        """Run PRAGMA integrity_check; None when the file is sound, else the first problems."""
        try:
            rows = [r[0] for r in self.db.execute("PRAGMA integrity_check")]
        except DatabaseError as exc:
            return str(exc)
        return None if rows == ["ok"] else "; ".join(rows[:5])

    def check(self) -> dict[str, Any]:
        """Verify the file (integrity_check), the audit chain, rows against the log, the
        search index, the counters, and the history against its witness outside the file."""
        integrity = self.integrity_problem() or "ok"
        if integrity == "ok":
            self._passed_full_check()
        elif not self.damaged:
            self.mark_damaged(integrity)
        problems = (audit_chain.verify_chain(self.db) + audit_states.verify_rows(self.db)
                    + checks.search_index_problems(self.db)
                    + checks.number_problems(self.db)
                    + checks.witness_problems(self))
        return {"integrity": integrity, "audit": "ok" if not problems else "; ".join(
            problems[:10]), "problems": problems}

    def accept_history(self) -> None:
        """Witness the history as it is now (after the user has seen how it differs)."""
        rid = witness.register_id(self.db)
        self.witness_problem = None
        if rid is not None:
            self._witnessed = witness.write(rid, self.path, witness.head(self.db),
                                            with_path=True)

    def _witness_start(self, new: bool = False, write: bool = True) -> None:
        """Compare the history with its witness; a difference goes to `witness_problem`
        and freezes the witness until `accept_history()`; otherwise witness it now.
        A file too damaged to read its history is left to the integrity check."""
        try:
            self._witness_compare(new, write)
        except DatabaseError:
            return

    def _witness_compare(self, new: bool, write: bool) -> None:
        rid = witness.register_id(self.db)
        if rid is None:
            return
        witnessed = None if new else witness.read(rid)
        if witnessed is None and not new:
            other = witness.witness_of_path(self.path)
            if other == rid:
                self.witness_problem = StoreError("witness_missing", path=str(self.path))
                return
            if other is not None:
                self.witness_problem = StoreError("witness_other_register",
                                                  path=str(self.path))
                return
        if witnessed is not None:
            problem = witness.compare(self.db, witnessed)
            if problem is not None:
                self.witness_problem = problem
                self._witnessed = witnessed  # its counters still keep numbers from reuse
                return
        if not write:
            self._witnessed = witnessed
            return
        self._witnessed = witness.write(rid, self.path, witness.head(self.db, witnessed),
                                        with_path=True)

    def _witness_update(self) -> None:
        """Witness the new head after a write (not while the history differs)."""
        if self.witness_problem is not None:
            return
        rid = self._witnessed.get("register_id") if self._witnessed else None
        rid = rid or witness.register_id(self.db)
        if rid is not None:
            self._witnessed = witness.write(rid, self.path,
                                            witness.head(self.db, self._witnessed))

    def rekey(self, new_secret: str, salt: str | None = None) -> dict[str, Any]:
        """Re-encrypt the register with a new passphrase or key: a verified re-encrypted
        copy (with the identity *salt*, see identity.py) replaces the file, so any failure
        leaves the old key opening it (rekey.py)."""
        if not new_secret:
            raise DomainError("new_passphrase_empty")
        if self.damaged:
            raise StoreError("rekey_damaged")
        from .rekey import replace_with_reencrypted

        counts = replace_with_reencrypted(self, new_secret, salt)
        return {"tables": counts}

    def _reconnect(self, secret: str) -> None:
        """Open the (replaced) file again with *secret*; the lock stays held."""
        self.conn = connect(self.path, secret)
        self.conn.execute(f"PRAGMA journal_mode = {places.journal_mode(self.path)}")
        self.db = sqlite_utils.Database(self.conn)
        self.secret = secret

    def close(self) -> None:
        """Close the connection (checkpointing the WAL) and give back the lock."""
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        if not self.read_only:
            # Closed before the deferred check ended: the next start checks again.
            lock.release(self.path, clean=not self.check_pending)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ time
    def now(self) -> datetime:
        """The current time in Asia/Almaty (the register's clock)."""
        return self._clock().astimezone(ALMATY)

    def today(self) -> date:
        """Today's date in Asia/Almaty."""
        return self.now().date()

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    def calendar(self) -> WorkingCalendar:
        """The working-day calendar with this register's overrides."""
        if self._calendar is None:
            overrides = {
                date.fromisoformat(r["date"]): r["kind"] for r in self.db["calendar_overrides"].rows
            }
            self._calendar = WorkingCalendar(overrides)
        return self._calendar

    # ------------------------------------------------------------------ writing
    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction for one user action; driver errors become problems with codes."""
        self._check_writable()
        outer = self._write_depth == 0
        self._write_depth += 1
        if outer:
            self._run = audit.Run()  # the write's events share one hash
        try:
            with self.db.atomic():
                yield self.db
        except (DomainError, StoreError):
            raise
        except dbapi2.OperationalError as exc:
            msg = str(exc)
            if "readonly" in msg or "read-only" in msg:
                raise StoreError("register_read_only", path=str(self.path)) from exc
            if "locked" in msg or "busy" in msg:
                raise StoreError("register_busy") from exc
            if "full" in msg:
                raise StoreError("disk_full") from exc
            raise
        finally:
            self._write_depth -= 1
            if outer:
                self._run = None
        if outer:
            self._witness_update()

    def end_pending_check(self, problem: str | None) -> None:
        """The deferred check after a crash ended: *problem* makes the register read-only for
        good (damaged); none makes it writable, and the lock remembers the check."""
        if not self.check_pending:
            return
        self.check_pending = False
        if problem:
            self.mark_damaged(problem)
            return
        self.conn.execute("PRAGMA query_only = OFF")
        lock.mark_checked(self.path)

    def _check_writable(self) -> None:
        if self.check_pending:
            raise StoreError("register_being_checked")
        if self.damaged:
            raise StoreError("register_damaged_read_only", problem=self.damaged)

    def _insert(self, table: str, row: dict[str, Any], request_id: int | None,
                action: str = "create") -> int:
        cur = self.db[table].insert(row)
        rid = cur.last_pk
        self._audit_row(table, rid, action, request_id, before=None)
        return int(rid)

    def _update(self, table: str, key: Any, changes: dict[str, Any], request_id: int | None,
                action: str = "update") -> None:
        before = self._row(table, key)
        self.db[table].update(key, changes)
        self._audit_row(table, key, action, request_id, before=before)

    def _row(self, table: str, key: Any) -> dict[str, Any] | None:
        """A row as it is now (None when there is none): what a write about to change it
        gives the audit log as the row's previous state."""
        pk = audit.AUDITED_TABLES[table]
        cur = self.db.execute(f"select * from {table} where {pk} = ?", [key])
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row,
                                                 strict=True))

    def _audit_row(self, table: str, key: Any, action: str, request_id: int | None,
                   *, before: dict[str, Any] | None) -> None:
        row = self.db[table].get(key)
        audit.append_event(self.db, at=self._stamp(), entity=table, entity_id=key,
                           action=action, data=row, request_id=request_id, before=before,
                           run=self._run)

    def _delete_row(self, table: str, key: Any, request_id: int | None, action: str) -> None:
        """Delete one audited row; its last state stays in the log."""
        before = self._row(table, key)
        pk = audit.AUDITED_TABLES[table]
        self.db.execute(f"delete from {table} where {pk} = ?", [key])
        audit.append_event(self.db, at=self._stamp(), entity=table, entity_id=key,
                           action=action, data=None, request_id=request_id, before=before,
                           run=self._run)

    def peek_number(self, prefix: str, year: int) -> str:
        """The number the next `_next_number(prefix, year)` will give (nothing is taken)."""
        return format_number(prefix, year, self._last_number(prefix, year) + 1)

    def _last_number(self, prefix: str, year: int) -> int:
        """The highest number given so far: never below one in use or one witnessed, so a
        counter wound back neither reuses a number nor makes every new one collide."""
        name = f"{prefix}-{year}"
        row = self.db.execute("select value from counters where name = ?", [name]).fetchone()
        witnessed = self._witnessed or {}
        witnessed = (witnessed.get("given") or witnessed.get("counters") or {}).get(name, 0)
        return checks.next_free(self.db, prefix, year, max(row[0] if row else 0, witnessed))

    def _next_number(self, prefix: str, year: int) -> str:
        number = self.peek_number(prefix, year)
        self.db["counters"].upsert({"name": f"{prefix}-{year}",
                                    "value": int(number.rsplit("-", 1)[1])}, pk="name")
        return number
