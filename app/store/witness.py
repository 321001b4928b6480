"""The head of the audit chain, witnessed outside the register file.

The audit chain (audit.py) shows an edit made without recomputing the hashes; someone
who holds the key can recompute them, delete the newest requests with their events
or wind the counters back, and the chain alone would still verify. So after every
write the head of the chain (the last event's id and hash, how many events there
are, and the counters) is also written to a small file outside the register, in the
user's settings folder, named by the register's id (a random id kept in the register,
so a moved register keeps its witness). Opening and `check` compare the register with
it: the witnessed event must still be there with the same hash (the history may only
have grown since), and no counter may be below its witnessed value.

The witness holds no personal data: hashes, counts and the register's path. A copy
goes beside every backup, and `statement()` gives evidence packs and reports what it
says.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from ._sqlcipher import DatabaseError
from .audit import GENESIS, hexof
from .errors import StoreError
from .paths import APP_NAME, file_uri

#: The register's own id (and nothing else yet), in a table of its own.
META_TABLE = "register_meta"
#: A witness file beside a backup: `.<backup name>.witness` (hidden, so it is never
#: taken for the backup itself).
BESIDE_SUFFIX = ".witness"


def beside_path(target: Path) -> Path:
    """The witness kept beside the backup *target*."""
    target = Path(target)
    return target.with_name(f".{target.name}{BESIDE_SUFFIX}")


def witness_dir() -> Path:
    """Where witnesses live: the user's settings folder, not the register's folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "witness"


def new_register_id() -> str:
    """A random id for a new register."""
    return uuid.uuid4().hex


def register_id(db: Any) -> str | None:
    """The id kept in the register (None for a register from before m006)."""
    try:
        row = db.execute(f"select value from {META_TABLE} where key = 'register_id'"
                         ).fetchone()
    except DatabaseError:
        return None
    return row[0] if row else None


def head(db: Any, since: dict[str, Any] | None = None) -> dict[str, Any]:
    """The chain's head now: last event id and hash, event count, counters.

    With *since* (an earlier head of the same history) only the newer events are
    counted, so a write does not scan the whole log.
    """
    row = db.execute("select id, hash from events order by id desc limit 1").fetchone()
    last_id, last_hash = (row[0], hexof(row[1])) if row else (0, GENESIS)
    if since is not None and since.get("last_id", 0) <= last_id:
        count = since["events"] + db.execute(
            "select count(*) from events where id > ?", [since["last_id"]]).fetchone()[0]
    else:
        count = db.execute("select count(*) from events").fetchone()[0]
    counters = {name: value for name, value in db.execute("select name, value from counters")}
    return {"events": count, "last_id": last_id, "head": last_hash, "counters": counters}


def _file(rid: str, folder: Path | None = None) -> Path:
    return (folder or witness_dir()) / f"{rid}.json"


def _path_file(register_path: Path, folder: Path | None = None) -> Path:
    key = hashlib.sha256(str(Path(register_path).resolve()).encode("utf-8")).hexdigest()
    return (folder or witness_dir()) / "by-path" / key[:32]


def _write_json(target: Path, obj: dict[str, Any]) -> None:
    """Write *obj* to *target* atomically, readable by the owner only."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".witness-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, sort_keys=True)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read(rid: str) -> dict[str, Any] | None:
    """The witness of register *rid*, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(_file(rid).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("register_id") != rid:
        return None
    return data


def write(rid: str, register_path: Path, state: dict[str, Any], *, with_path: bool = False
          ) -> dict[str, Any] | None:
    """Witness *state* (a `head()`) for register *rid*; None when it could not be written.

    Beside the counters as they are, the witness keeps the highest number each counter
    ever gave (`given`): a restore of an older backup witnesses the counters it brings
    back, but the numbers given since are still never given again.

    *with_path*: also note that *rid* is the register at its path (on opening), so a
    register put in its place, or its witness deleted, is noticed.
    """
    before = read(rid) or {}
    given = dict(before.get("given") or before.get("counters") or {})
    for name, value in state.get("counters", {}).items():
        given[name] = max(given.get(name, 0), value)
    record = {**state, "register_id": rid, "path": str(Path(register_path).resolve()),
              "given": given, "updated": datetime.now(UTC).isoformat(timespec="seconds")}
    try:
        _write_json(_file(rid), record)
        if with_path:
            _write_json(_path_file(register_path), {"register_id": rid})
    except OSError:
        return None  # a read-only settings folder must not stop the register's work
    return record


def forget(rid: str | None, register_path: Path) -> None:
    """Remove the witness of a register that is gone for good (the self-test's own)."""
    for target in ([_file(rid)] if rid else []) + [_path_file(register_path)]:
        with contextlib.suppress(OSError):
            target.unlink()


def witness_of_path(register_path: Path) -> str | None:
    """The id of the register last witnessed at *register_path*."""
    try:
        data = json.loads(_path_file(register_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("register_id") if isinstance(data, dict) else None


def compare(db: Any, witnessed: dict[str, Any]) -> StoreError | None:
    """What differs between the register's history and its witness (None: it only grew).

    The witnessed last event must be there with its witnessed hash; since every hash
    covers the one before, that vouches for the whole history up to it (`check` also
    verifies the chain and the count). No counter may be below its witnessed value.
    """
    last_id, events = witnessed.get("last_id", 0), witnessed.get("events", 0)
    if last_id:
        row = db.execute("select hash from events where id = ?", [last_id]).fetchone()
        if row is None:
            now = head(db)
            if now["last_id"] < last_id:
                return StoreError("witness_history_shorter", events=now["events"],
                                  witnessed=events)
            return StoreError("witness_history_diverged", event=last_id)
        if hexof(row[0]) != witnessed.get("head"):
            return StoreError("witness_history_diverged", event=last_id)
    for name, value in (witnessed.get("counters") or {}).items():
        row = db.execute("select value from counters where name = ?", [name]).fetchone()
        if (row[0] if row else 0) < value:
            return StoreError("witness_counter_back", counter=name, value=row[0] if row else 0,
                              witnessed=value)
    return None


def count_problem(db: Any, witnessed: dict[str, Any]) -> StoreError | None:
    """The full comparison `check` adds: as many events up to the witnessed one."""
    last_id = witnessed.get("last_id", 0)
    if not last_id:
        return None
    n = db.execute("select count(*) from events where id <= ?", [last_id]).fetchone()[0]
    if n < witnessed.get("events", 0):
        return StoreError("witness_history_shorter", events=n, witnessed=witnessed["events"])
    if n > witnessed.get("events", 0):
        return StoreError("witness_history_diverged", event=last_id)
    return None


def write_beside(target: Path, rid: str | None, state: dict[str, Any]) -> Path | None:
    """A copy of the witness of *state* beside a backup."""
    if rid is None:
        return None
    out = beside_path(target)
    try:
        _write_json(out, {**state, "register_id": rid,
                          "updated": datetime.now(UTC).isoformat(timespec="seconds")})
    except OSError:
        return None
    return out


def read_beside(target: Path) -> dict[str, Any] | None:
    """The witness kept beside a backup, or None."""
    try:
        data = json.loads(beside_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def statement(register: Any) -> dict[str, Any]:
    """What the witness says about an open register, for evidence packs and reports."""
    rid = register_id(register.db)
    now = head(register.db)
    witnessed = read(rid) if rid else None
    problem = compare(register.db, witnessed) if witnessed else None
    if witnessed and problem is None:
        problem = count_problem(register.db, witnessed)
    return {
        "register_id": rid,
        "events": now["events"],
        "head": now["head"],
        "witness_file": str(_file(rid)) if rid else None,
        "witnessed_events": witnessed.get("events") if witnessed else None,
        "witnessed_head": witnessed.get("head") if witnessed else None,
        "witnessed_at": witnessed.get("updated") if witnessed else None,
        "matches": witnessed is not None and problem is None,
        "problem": problem.code if problem else None,
    }


def anchor_file(register_path: Path, secret: str) -> dict[str, Any] | None:
    """Witness the register file at *register_path* as it is (after a restore the user
    chose: its history is then the one to keep)."""
    from ._sqlcipher import quote_key, sqlcipher3

    conn = sqlcipher3.connect(str(register_path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(secret)}")
        rid = register_id(conn)
        if rid is None:
            return None
        return write(rid, register_path, head(conn), with_path=True)
    except DatabaseError:
        return None
    finally:
        conn.close()


def backup_problem(backup: Path, secret: str) -> StoreError | None:
    """How a backup's history differs from the witness written beside it when it was made
    (None when it matches, or no witness is beside it)."""
    from ._sqlcipher import quote_key, sqlcipher3

    beside = read_beside(backup)
    if beside is None:
        return None
    conn = sqlcipher3.connect(file_uri(Path(backup), mode="ro"), uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(secret)}")
        if beside.get("register_id") != register_id(conn):
            return StoreError("backup_history_differs", path=str(backup))
        if compare(conn, beside) or count_problem(conn, beside):
            return StoreError("backup_history_differs", path=str(backup))
    except DatabaseError:
        return None  # verify_backup says what is wrong with the file itself
    finally:
        conn.close()
    return None
