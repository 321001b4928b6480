"""The register's reads: requests with their rights, search, exports' rows, originals.

Nothing here writes. Full-text search goes through one join on the FTS5 index
(`_search_join`), used by the list and the window's views alike; user input becomes a
safe FTS5 query in `fts_query`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from app.domain.rules import RECEIPT, rule_for
from app.domain.vocab import OPEN_STATUSES, STATUSES, VOIDED, require_one_of

from . import audit
from .connection import Connection
from .errors import NotFoundError


def search_phone(phone: str | None) -> str | None:
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


#: The one FTS5 join: requests `r` narrowed to those whose text matches the query (a
#: join, not "rowid in (subquery)": SQLite then drives from the few matches instead of
#: testing every request, 60x faster at 100,000 requests).
SEARCH_JOIN = (" join (select rowid as fts_rowid from requests_fts where requests_fts "
               "match ?) f on f.fts_rowid = r.rowid")


class Reads(Connection):
    """The reading half of a register."""

    def resolve_id(self, ref: str | int) -> int:
        """Accept a numeric id or an inbound number like IN-2026-0042."""
        text = str(ref).strip()
        if text.isdigit():
            return int(text)
        row = self.db.execute("select id from requests where number = ? collate nocase",
                              [text]).fetchone()
        if not row:
            raise NotFoundError("request_not_found", number=text)
        return int(row[0])

    def requests_matching(self, email: str | None, phone: str | None,
                          closed_since: date | None = None) -> list[dict[str, Any]]:
        """Open requests from the same email or phone, and those closed on or after
        *closed_since* (for the duplicate warning); voided ones are left out."""
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
        state = f"status in ({placeholders})"
        state_params: list[Any] = list(OPEN_STATUSES)
        if closed_since is not None:
            state = f"({state} or (closed_at >= ? and coalesce(outcome, '') != ?))"
            state_params += [closed_since.isoformat(), VOIDED]
        sql = (f"select id, number, requester_email, requester_phone, status, closed_at "
               f"from requests where ({' or '.join(clauses)}) and {state} order by id")
        return [dict(zip(("id", "number", "email", "phone", "status", "closed_at"), r,
                         strict=True))
                for r in self.db.execute(sql, params + state_params)]

    def original_with(self, sha256: str, message_id: str | None) -> dict[str, Any] | None:
        """The request that already holds an original with this sha256 or Message-ID."""
        row = self.db.execute(
            "select r.id, r.number from attachments a join requests r on r.id = a.request_id "
            "where a.sha256 = ? order by a.id limit 1", [sha256]).fetchone()
        if row is None and message_id:
            row = self.db.execute(
                "select r.id, r.number from mail_ids m join requests r on r.id = m.request_id "
                "where m.message_id = ? order by m.attachment_id limit 1",
                [message_id]).fetchone()
        return {"id": row[0], "number": row[1]} if row else None

    def letter_content(self, letter_id: int) -> bytes:
        """The copy of a letter kept inside the register."""
        row = self.db.execute("select content from letters where id = ?",
                              [letter_id]).fetchone()
        if not row:
            raise NotFoundError("letter_not_found", id=letter_id)
        if row[0] is None:
            raise NotFoundError("letter_copy_missing")
        return bytes(row[0])

    def list_calendar_overrides(self) -> list[dict[str, Any]]:
        """Every override, by date."""
        return list(self.db["calendar_overrides"].rows_where(order_by="date"))

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
                    f"select i.request_id, i.type, i.due, i.basis, i.done_at, i.outcome, i.id,"
                    f" v.reason, c.started_on from request_items i left join voids v on"
                    f" v.entity = 'request_items' and v.entity_id = i.id"
                    f" left join item_clocks c on c.item_id = i.id"
                    f" where i.request_id in ({marks}) order by i.id", chunk):
                item = {"type": r[1], "due": r[2], "basis": r[3], "done": r[4] is not None,
                        "done_at": r[4], "outcome": r[5], "id": r[6], "started_on": r[8]}
                if r[7] is not None:
                    item.update(removed=True, removed_reason=r[7])
                result[r[0]].append(item)
        return result

    def _summary(self, row: dict[str, Any], items: list[dict[str, Any]],
                 today: date) -> dict[str, Any]:
        received = date.fromisoformat(row["received_date"])
        for item in items:
            # A right whose clock a later event starts (a correction's documents) is
            # counted from the receipt until that day is recorded: "waiting" says so.
            clock = rule_for(item["type"], received).clock_start
            item["clock_start"] = clock
            item["waiting"] = clock != RECEIPT and not item["started_on"] and not item["done"]
        due = row["due"]
        left = None
        if due and row["status"] in OPEN_STATUSES:
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
            require_one_of(status, STATUSES, "unknown_status")
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
            if where:
                # The filter's index starts (a status, the due dates) and the matches are
                # a set it tests ("+": not the matches' rowids driving the search).
                where.append("+r.rowid in (select rowid from requests_fts where "
                             "requests_fts match ?)")
                params.append(query)
            else:
                join = SEARCH_JOIN
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

    def _request_row(self, request_id: int) -> dict[str, Any]:
        cur = self.db.execute("select * from requests where id = ?", [request_id])
        cols = [c[0] for c in cur.description]
        found = cur.fetchone()
        if found is None:
            raise NotFoundError("request_id_not_found", id=request_id)
        return dict(zip(cols, found, strict=True))

    def get_request(self, request_id: int) -> dict[str, Any]:
        """The full request: summary plus identity checks, actions, letters, events."""
        row = self._request_row(request_id)
        view = self._summary(row, self._items([request_id])[request_id], self.today())
        view["text"] = row["text"]
        view["representative"] = row["representative"]
        details = self.db.execute(
            "select postal_address, address_form from request_details where request_id = ?",
            [request_id]).fetchone()
        view["postal_address"], view["address_form"] = details or (None, None)
        voids = {(e, i): reason for e, i, reason in self.db.execute(
            "select entity, entity_id, reason from voids where request_id = ?", [request_id])}
        view["identity_checks"] = [
            c | {"voided": ("identity_checks", c["id"]) in voids,
                 "void_reason": voids.get(("identity_checks", c["id"]))}
            for c in self.db["identity_checks"].rows_where(
                "request_id = ?", [request_id], order_by="id",
                select="id, method, result, checked_by, at, note")]
        view["actions"] = [
            a | {"voided": ("actions", a["id"]) in voids,
                 "void_reason": voids.get(("actions", a["id"]))}
            for a in self.db["actions"].rows_where(
                "request_id = ?", [request_id], order_by="id",
                select="id, kind, note, at, by")]
        cur = self.db.execute(
            "select l.id, l.kind, l.lang, l.number, l.file_name, l.sha256, l.created_at,"
            " s.sent_at, s.via from letters l left join letter_sendings s on"
            " s.letter_id = l.id where l.request_id = ? order by l.id", [request_id])
        cols = ("id", "kind", "lang", "number", "file_name", "sha256", "created_at",
                "sent_at", "sent_via")
        view["letters"] = [dict(zip(cols, r, strict=True)) for r in cur]
        view["attachments"] = list(self.db["attachments"].rows_where(
            "request_id = ?", [request_id], order_by="id",
            select="id, file_name, kind, sha256, size, created_at"))
        view["events"] = [
            audit.decoded(e) for e in self.db["events"].rows_where(
                "request_id = ?", [request_id], order_by="id",
                select="id, at, entity, entity_id, action")
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
            " (select group_concat(type, ',') from request_items i where i.request_id = r.id"
            "   and not exists (select 1 from voids v where v.entity = 'request_items'"
            "   and v.entity_id = i.id)) as types,"
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
            require_one_of(status, STATUSES, "unknown_status")
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
        from .audit_states import readable

        return readable(self.db, self.db["events"].rows_where(
            "request_id = ?", [request_id], order_by="id"))

    def attachment_content(self, attachment_id: int) -> bytes:
        """The stored bytes of an attachment (e.g. the original .eml)."""
        row = self.db.execute("select content from attachments where id = ?",
                              [attachment_id]).fetchone()
        if not row:
            raise NotFoundError("attachment_not_found", id=attachment_id)
        return bytes(row[0])

    def counts(self) -> dict[str, int]:
        """Counts per status, for a quick overview."""
        return {s: n for s, n in self.db.execute(
            "select status, count(*) from requests group by status")}

