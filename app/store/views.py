"""Read-only queries over a register for the desktop window: views, pages, counts, statistics.

The window never loads the whole register: its table asks for one page of rows at a
time, sorted in SQL, and its side list asks for a count per view. The due-soon views
turn working days into a date range once (with the register's calendar) and then
query the indexed `requests.due` column. Nothing here writes; the `Register` methods
remain the only way to change the file.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.vocab import STATUSES, VOIDED

from .reads import SEARCH_JOIN, fts_query
from .register import Register

#: The views of the register the window offers, in the order it lists them.
VIEWS: tuple[str, ...] = (
    "due_today", "due_soon", "overdue", "awaiting_identity", "open", "closed", "all",
)
#: "Due soon" means due on or before this many working days from today.
DUE_SOON_WORKING_DAYS = 3
#: A sort key per column the window can sort by; the SQL expression behind each.
SORT_KEYS: dict[str, str] = {
    "number": "r.number",
    "received": "r.received_at",
    "channel": "r.channel",
    # Binary order: SQLite's NOCASE folds only ASCII; names start with a capital anyway.
    "requester": "r.requester_name",
    "types": "types",
    "identity": "identity",
    "status": "case r.status " + " ".join(
        f"when '{s}' then {i}" for i, s in enumerate(STATUSES)) + " end",
    # Requests without a due date (closed, or every item done) sort last either way.
    "due": "(r.due is null), r.due",
    "left": "(r.due is null), r.due",
}

_ROW_SQL = (
    "select r.id, r.number, r.received_at, r.channel, r.lang, r.requester_name,"
    " r.requester_email, r.requester_phone, r.status, r.outcome, r.due, r.summary,"
    " (select group_concat(type, ',') from request_items i where i.request_id = r.id)"
    "   as types,"
    " (select result from identity_checks c where c.request_id = r.id"
    "   order by c.id desc limit 1) as identity"
)
#: The per-row columns a sort key needs before the page is cut (the others are computed
#: for the page's rows only).
_SORT_EXTRA = {
    "types": ", (select group_concat(type, ',') from request_items i"
             " where i.request_id = r.id) as types",
    "identity": ", (select result from identity_checks c where c.request_id = r.id"
                " order by c.id desc limit 1) as identity",
}


@dataclass(frozen=True)
class Bounds:
    """The dates that define the due views on one day (computed once per refresh)."""

    today: date
    next_working_day: date
    soon: date

    @classmethod
    def of(cls, register: Register) -> Bounds:
        """The bounds for the register's today, on its working-day calendar."""
        today = register.today()
        calendar = register.calendar()
        return cls(today, calendar.add_working_days(today, 1),
                   calendar.add_working_days(today, DUE_SOON_WORKING_DAYS))


@dataclass(frozen=True)
class RequestRow:
    """One line of the register table."""

    id: int
    number: str
    received_at: str
    channel: str
    lang: str
    requester: str
    email: str | None
    phone: str | None
    status: str
    outcome: str | None
    due: date | None
    working_days_left: int | None
    types: tuple[str, ...]
    identity: str | None  # the latest identity check's result, or None
    summary: str | None

    @property
    def overdue(self) -> bool:
        """True when the request is past its due date."""
        return self.working_days_left is not None and self.working_days_left < 0


def _view_where(view: str, bounds: Bounds, paging: bool = False) -> tuple[str, list[Any]]:
    # The open statuses by name, so that SQLite can read them from the status index.
    open_only = "r.status in ({})".format(", ".join(f"'{s}'" for s in STATUSES
                                                    if s != "closed"))
    if view == "due_today":
        return f"r.due = ? and {open_only}", [bounds.today.isoformat()]
    if view == "due_soon":
        return (f"r.due >= ? and r.due <= ? and {open_only}",
                [bounds.today.isoformat(), bounds.soon.isoformat()])
    if view == "overdue":
        return f"r.due < ? and {open_only}", [bounds.today.isoformat()]
    if view == "awaiting_identity":
        return "r.status = 'awaiting_identity'", []
    if view == "open":
        return open_only, []
    if view == "closed":
        # Most of a register is closed: a page walks the sort's index and skips the few
        # open ones ("+" keeps SQLite off the status index, which would sort them all).
        return ("+r.status = 'closed'" if paging else "r.status = 'closed'"), []
    if view == "all":
        return "", []
    raise ValueError(f"Unknown view '{view}'; allowed: {', '.join(VIEWS)}.")


#: A search matching more requests than this (one or two letters match most of a large
#: register) walks the sort's index and keeps the matches, stopping at the page's end,
#: instead of sorting every match: 130-260 ms -> about 10 ms for one letter at 100,000.
WALK_AT = 2000
#: The index that gives each sort key's order (ascending, descending).
_SORT_INDEXES: dict[str, tuple[str, str]] = {
    "received": ("idx_requests_received_at", "idx_requests_received_at"),
    "number": ("idx_requests_number", "idx_requests_number"),
    "requester": ("idx_requests_requester_name", "idx_requests_requester_name"),
    "due": ("requests_due_sort_asc", "requests_due_sort_desc"),
    "left": ("requests_due_sort_asc", "requests_due_sort_desc"),
}
_MATCHES = "r.rowid in (select rowid from requests_fts where requests_fts match ?)"


def _where(view: str, search: str | None, bounds: Bounds, paging: bool = False,
           walk: str | None = None) -> tuple[str, list[Any]] | None:
    """The FROM ... WHERE of a view and a search; None when the search cannot match.

    A search joins the full-text matches (as `Register.list_requests` does): SQLite then
    starts from the matches instead of testing every request. With *walk* (an index of
    the sort) it walks that index instead and keeps the rows among the matches.
    """
    clause, params = _view_where(view, bounds, paging)
    source = " from requests r"
    if search and search.strip():
        query = fts_query(search)
        if query is None:
            return None
        if walk is not None or clause:
            # A view's own filter (an index of due dates or statuses) starts the search,
            # and the matches are a set it tests: the few due today among 30,000 matches
            # of one letter are found without reading the 30,000.
            # ("+" keeps SQLite from driving the search from the matches' rowids.)
            matches = _MATCHES if walk else "+" + _MATCHES
            if walk:
                source += f" indexed by {walk}"
            clause = f"{clause} and {matches}" if clause else matches
            params = [*params, query]
        else:
            source += SEARCH_JOIN
            params = [query, *params]
    return source + (f" where {clause}" if clause else ""), params


def _walk_index(register: Register, view: str, search: str | None, sort: str,
                descending: bool) -> str | None:
    """The sort's index to walk when *search* matches many requests (see WALK_AT)."""
    if not (search and search.strip()) or sort not in _SORT_INDEXES or \
            view not in ("all", "closed"):
        return None  # the other views start from their own filter's index
    query = fts_query(search)
    if query is None:
        return None
    many = register.db.execute(
        "select count(*) from (select rowid from requests_fts where requests_fts match ?"
        " limit ?)", [query, WALK_AT + 1]).fetchone()[0] > WALK_AT
    return _SORT_INDEXES[sort][descending] if many else None


def _order(sort: str, descending: bool) -> str:
    if sort not in SORT_KEYS:
        raise ValueError(f"Unknown sort key '{sort}'; allowed: {', '.join(SORT_KEYS)}.")
    direction = "desc" if descending else "asc"
    keys = [k.strip() for k in SORT_KEYS[sort].split(", ")]
    return ", ".join(k if k.startswith("(") else f"{k} {direction}" for k in keys) + \
        f", r.id {direction}"


class _DaysLeft:
    """Working days left per due date, remembered for one day's bounds (rows share dates)."""

    def __init__(self, register: Register, today: date) -> None:
        self._calendar = register.calendar()
        self._today = today
        self._known: dict[date, int] = {}

    def __call__(self, due: date) -> int:
        if due not in self._known:
            self._known[due] = self._calendar.working_days_left(self._today, due)
        return self._known[due]


def page(
    register: Register,
    view: str = "all",
    *,
    search: str | None = None,
    sort: str = "received",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
    bounds: Bounds | None = None,
) -> list[RequestRow]:
    """One page of a view, sorted in SQL by *sort* (a key of `SORT_KEYS`)."""
    bounds = bounds or Bounds.of(register)
    where = _where(view, search, bounds, paging=True,
                   walk=_walk_index(register, view, search, sort, descending))
    if where is None:
        return []
    clause, params = where
    order = _order(sort, descending)
    # Cut the page first, then compute the rights and identity columns for its rows only.
    inner = (f"select r.*{_SORT_EXTRA.get(sort, '')}{clause} order by {order}"
             " limit ? offset ?")
    sql = f"{_ROW_SQL} from ({inner}) r order by {order}"
    days_left = _DaysLeft(register, bounds.today)
    rows = []
    for r in register.db.execute(sql, [*params, int(limit), int(offset)]):
        due = date.fromisoformat(r[10]) if r[10] else None
        left = days_left(due) if due and r[8] != "closed" else None
        rows.append(RequestRow(
            id=r[0], number=r[1], received_at=r[2], channel=r[3], lang=r[4], requester=r[5],
            email=r[6], phone=r[7], status=r[8], outcome=r[9], due=due,
            working_days_left=left, types=tuple(t for t in (r[12] or "").split(",") if t),
            identity=r[13], summary=r[11],
        ))
    return rows


def count(register: Register, view: str = "all", *, search: str | None = None,
          bounds: Bounds | None = None) -> int:
    """How many requests a view (and a search) holds."""
    if view == "all" and search and search.strip():
        # Every request is in the full-text index (its rowid is the request's): count
        # the matches there, without reading a request.
        query = fts_query(search)
        return 0 if query is None else int(register.db.execute(
            "select count(*) from requests_fts where requests_fts match ?",
            [query]).fetchone()[0])
    where = _where(view, search, bounds or Bounds.of(register))
    if where is None:
        return 0
    clause, params = where
    return int(register.db.execute(f"select count(*){clause}", params).fetchone()[0])


def counts(register: Register, bounds: Bounds | None = None) -> dict[str, int]:
    """The number of requests in every view (indexed queries, no full scan of the rows)."""
    bounds = bounds or Bounds.of(register)
    per_status = dict(register.db.execute(
        "select status, count(*) from requests group by status").fetchall())
    total = sum(per_status.values())
    result = {
        "awaiting_identity": per_status.get("awaiting_identity", 0),
        "open": total - per_status.get("closed", 0),
        "closed": per_status.get("closed", 0),
        "all": total,
    }
    for view in ("due_today", "due_soon", "overdue"):
        result[view] = count(register, view, bounds=bounds)
    return {v: result[v] for v in VIEWS}


def position_of(register: Register, request_id: int, view: str, *, search: str | None = None,
                sort: str = "received", descending: bool = True,
                bounds: Bounds | None = None) -> int | None:
    """The row index of a request in a view's order, or None when it is not in the view.

    Lets the window select a request it just logged without loading every page before it;
    it costs one scan of the view's ids in SQL order.
    """
    bounds = bounds or Bounds.of(register)
    where = _where(view, search, bounds)
    if where is None:
        return None
    clause, params = where
    # Only the sort keys that need them pay for the per-row subqueries.
    inner = f"select r.*{_SORT_EXTRA.get(sort, '')}{clause}"
    sql = (f"select n from (select r.id as id, row_number() over "
           f"(order by {_order(sort, descending)}) - 1 as n from ({inner}) r) where id = ?")
    row = register.db.execute(sql, [*params, request_id]).fetchone()
    return int(row[0]) if row else None


def export_count(register: Register, *, date_from: date | None = None,
                 date_to: date | None = None, status: str | None = None) -> int:
    """How many requests an export with these filters writes (for its progress bar)."""
    return register.export_count(date_from=date_from, date_to=date_to, status=status)


# ---------------------------------------------------------------------------- dashboard
@dataclass
class Dashboard:
    """The figures of the dashboard."""

    open: int
    due_soon: int
    overdue: int
    answered: int  # requests fully answered in the period (withdrawn ones not counted)
    on_time: int  # of those, answered by every item's due date
    median_working_days: float | None
    months: list[str] = field(default_factory=list)  # "YYYY-MM", oldest first
    per_month: dict[str, list[int]] = field(default_factory=dict)  # type -> count per month

    @property
    def on_time_rate(self) -> float | None:
        """The share of answered requests answered in time (0..1), or None with none."""
        return self.on_time / self.answered if self.answered else None


def _months_back(today: date, n: int) -> list[str]:
    months = []
    year, month = today.year, today.month
    for _ in range(n):
        months.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months[::-1]


#: Rights still asked for (one removed by mistake is kept, but not counted).
_ASKED = (" and not exists (select 1 from voids v where v.entity = 'request_items'"
          " and v.entity_id = i.id)")
#: Requests that count: one voided (registered by mistake) is listed, never counted.
_COUNTED = f" and coalesce(r.outcome, '') != '{VOIDED}'"


def dashboard(register: Register, months: int = 12, bounds: Bounds | None = None) -> Dashboard:
    """Open, due-soon and overdue counts, timeliness over the last *months*, requests per month.

    A request counts as answered when every item is done (by an action, a reply letter
    sent, or closing) with an outcome other than a withdrawal; it was on time when each
    item was done by its own due date. Voided requests and removed rights do not count.
    Working days to answer run from the day of receipt to the day the last item was
    done, on the register's calendar.
    """
    bounds = bounds or Bounds.of(register)
    view_counts = counts(register, bounds)
    month_keys = _months_back(bounds.today, months)
    since = month_keys[0] + "-01"
    answered = register.db.execute(
        "select r.received_date, max(substr(i.done_at, 1, 10)) as done,"
        " min(substr(i.done_at, 1, 10) <= i.due) as on_time"
        " from requests r join request_items i on i.request_id = r.id" + _ASKED +
        " where r.received_date >= ?" + _COUNTED +
        " group by r.id"
        " having sum(i.done_at is null) = 0"
        "   and sum(coalesce(i.outcome, '') = 'withdrawn_by_requester') = 0",
        [since]).fetchall()
    calendar = register.calendar()
    days = [max(0, calendar.working_days_left(date.fromisoformat(received),
                                              date.fromisoformat(done)))
            for received, done, _ in answered if done >= received]
    per_month: dict[str, list[int]] = {}
    index = {m: i for i, m in enumerate(month_keys)}
    for month, kind, n in register.db.execute(
            "select substr(r.received_date, 1, 7) as m, i.type, count(distinct r.id)"
            " from requests r join request_items i on i.request_id = r.id" + _ASKED +
            " where r.received_date >= ?" + _COUNTED + " group by m, i.type", [since]):
        if month in index:
            per_month.setdefault(kind, [0] * len(month_keys))[index[month]] = int(n)
    return Dashboard(
        open=view_counts["open"],
        due_soon=view_counts["due_soon"],
        overdue=view_counts["overdue"],
        answered=len(answered),
        on_time=sum(1 for _, _, ok in answered if ok),
        median_working_days=statistics.median(days) if days else None,
        months=month_keys,
        per_month=per_month,
    )


def attention(register: Register, bounds: Bounds | None = None) -> tuple[int, int]:
    """(overdue, due by the next working day): what the start-up notice reports."""
    bounds = bounds or Bounds.of(register)
    overdue = count(register, "overdue", bounds=bounds)
    soon = int(register.db.execute(
        "select count(*) from requests r where r.due >= ? and r.due <= ?"
        " and r.status != 'closed'",
        [bounds.today.isoformat(), bounds.next_working_day.isoformat()]).fetchone()[0])
    return overdue, soon

