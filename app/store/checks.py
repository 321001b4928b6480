"""What `check` verifies beyond the file and the audit chain: the search index, the
counters, and the history against its witness outside the file (witness.py).

Each function returns problems as short English lines, like audit_chain.verify_chain.
"""

from __future__ import annotations

from typing import Any

from app.domain.deadlines import format_number

from . import witness
from ._sqlcipher import DatabaseError

#: The tables whose rows carry the numbers each counter gives (`IN-2026-0042` ...).
NUMBERED: dict[str, str] = {"IN": "requests", "OUT": "letters"}

#: How each witness problem reads in `check`'s report.
WITNESS_LINES: dict[str, str] = {
    "witness_history_shorter":
        "witness: the audit trail is shorter than witnessed ({events} events, {witnessed} "
        "witnessed): events were deleted",
    "witness_history_diverged":
        "witness: the audit trail differs from the witnessed one at event {event}: it was "
        "rewritten",
    "witness_counter_back":
        "witness: counter {counter} is {value}, below the witnessed {witnessed}",
    "witness_missing": "witness: the witness of this register outside the file is missing",
    "witness_other_register":
        "witness: another register was witnessed at this path; this file was put in its place",
    "witness_unwritten": "witness: no witness could be written outside the file",
}


def highest_used(db: Any, prefix: str, year: int) -> int:
    """The highest sequence number of *prefix*-*year* in use (0 when none)."""
    table = NUMBERED.get(prefix)
    if table is None:
        return 0
    start = f"{prefix}-{year}-"
    row = db.execute(
        f"select max(cast(substr(number, ?) as integer)) from {table}"  # noqa: S608
        " where number >= ? and number < ?",
        [len(start) + 1, start, f"{prefix}-{year}."]).fetchone()
    return int(row[0] or 0)


def next_free(db: Any, prefix: str, year: int, last: int) -> int:
    """The highest number in use at or above *last* (the counter), read from the unique
    index in a few lookups: the highest of the same width, then upwards while the next
    number is taken (numbers are given one after another). `check` scans them all."""
    table = NUMBERED.get(prefix)
    if table is None:
        return last
    start = f"{prefix}-{year}-"
    width = len(format_number(prefix, year, max(last, 1))) - len(start)
    row = db.execute(
        f"select max(number) from {table} where number >= ? and number <= ?",  # noqa: S608
        [start + "0" * width, start + "9" * width]).fetchone()
    top = row[0][len(start):] if row and row[0] else ""
    if len(top) == width and top.isdigit():
        last = max(last, int(top))
    while db.execute(f"select 1 from {table} where number = ?",  # noqa: S608
                     [format_number(prefix, year, last + 1)]).fetchone():
        last += 1
    return last


def search_index_problems(db: Any) -> list[str]:
    """The search index must hold every request, and exactly as it reads now."""
    problems = []
    indexed = db.execute("select count(*) from requests_fts_docsize").fetchone()[0]
    total = db.execute("select count(*) from requests").fetchone()[0]
    if indexed != total:
        problems.append(f"search index: holds {indexed} of {total} requests")
    try:
        db.execute("insert into requests_fts(requests_fts, rank) values ('integrity-check', 1)")
    except DatabaseError as exc:
        if "readonly" not in str(exc) and "read-only" not in str(exc):
            problems.append("search index: does not match the requests")
    return problems


def number_problems(db: Any) -> list[str]:
    """No counter may be below the highest number in use (the next would collide)."""
    problems = []
    counters = {name: value for name, value in db.execute("select name, value from counters")}
    for prefix, table in NUMBERED.items():
        years = [r[0] for r in db.execute(
            f"select distinct substr(number, ?, 4) from {table}"  # noqa: S608
            " where number like ?", [len(prefix) + 2, f"{prefix}-____-%"])]
        for year in years:
            if not year.isdigit():
                continue
            used = highest_used(db, prefix, int(year))
            name = f"{prefix}-{year}"
            if counters.get(name, 0) < used:
                problems.append(f"counter {name} is {counters.get(name, 0)}, below the "
                                f"highest number in use ({used})")
    return problems


def witness_problems(register: Any) -> list[str]:
    """How the history differs from its witness (the full comparison, with the count)."""
    problem = register.witness_problem
    if problem is None:
        rid = witness.register_id(register.db)
        witnessed = witness.read(rid) if rid else None
        if witnessed is None:
            return [WITNESS_LINES["witness_unwritten"]]
        problem = (witness.compare(register.db, witnessed)
                   or witness.count_problem(register.db, witnessed))
    if problem is None:
        return []
    return [WITNESS_LINES[problem.code].format(**problem.values)]
