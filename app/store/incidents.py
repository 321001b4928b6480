"""The register's incidents: breaches of personal-data security, their subjects, letters.

Every write is one transaction through the audited `_insert`/`_update`, like requests.
An incident's notice is due by the dated rule row (app/domain/rules.py, INCIDENT_RULES),
counted on this register's calendar. The affected subjects are personal data: they stay
in the encrypted file, go only into the notice, and are erased by the retention purge
with the incident's descriptions.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from app.domain.clock import ALMATY
from app.domain.errors import DomainError
from app.domain.incidents import (
    INCIDENT_LETTERS,
    affected_subject,
    incident_fields,
    notice_due,
    urgency,
)
from app.domain.vocab import LANGUAGES, SENT_VIA, require_one_of

from . import audit
from .errors import NotFoundError, StoreError
from .settings import Settings

_INCIDENT_COLUMNS = ("id", "number", "detected_at", "detected_date", "what", "cause",
                     "categories", "subjects_count", "measures", "notify_body",
                     "notify_body_why", "notify_subjects", "notify_subjects_why", "due",
                     "basis", "status", "closed_at", "created_at", "updated_at")
#: What a purge erases from an incident (numbers, dates, counts and decisions stay).
PURGED_TEXTS = ("what", "cause", "categories", "measures", "notify_body_why",
                "notify_subjects_why")


class Incidents(Settings):
    """The incidents part of a register (mixed into `Register`)."""

    PURGED = "[purged]"

    # ------------------------------------------------------------------ reads
    def resolve_incident(self, ref: str | int) -> int:
        """Accept a numeric id or an incident number like INC-2026-0003."""
        text = str(ref).strip()
        if text.isdigit():
            found = self.db.execute("select id from incidents where id = ?",
                                    [int(text)]).fetchone()
        else:
            found = self.db.execute("select id from incidents where number = ? collate "
                                    "nocase", [text]).fetchone()
        if not found:
            raise NotFoundError("incident_not_found", number=text)
        return int(found[0])

    def _incident_row(self, incident_id: int) -> dict[str, Any]:
        row = self.db.execute(f"select {', '.join(_INCIDENT_COLUMNS)} from incidents "
                              "where id = ?", [incident_id]).fetchone()
        if row is None:
            raise NotFoundError("incident_not_found", number=str(incident_id))
        return dict(zip(_INCIDENT_COLUMNS, row, strict=True))

    def _view(self, row: dict[str, Any], today: date) -> dict[str, Any]:
        due = date.fromisoformat(row["due"]) if row["due"] else None
        return {**row, "urgency": urgency(due, today, row["status"]),
                "overdue": bool(due and row["status"] == "open" and due < today)}

    def get_incident(self, incident_id: int) -> dict[str, Any]:
        """One incident with its affected subjects and letters."""
        view = self._view(self._incident_row(incident_id), self.today())
        view["subjects"] = [dict(zip(("id", "name", "iin", "phone"), r, strict=True))
                            for r in self.db.execute(
                                "select id, name, iin, phone from incident_subjects where "
                                "incident_id = ? order by id", [incident_id])]
        cols = ("id", "kind", "lang", "number", "file_name", "sha256", "created_at",
                "sent_at", "via")
        view["letters"] = [dict(zip(cols, r, strict=True)) for r in self.db.execute(
            f"select {', '.join(cols)} from incident_letters where incident_id = ? "
            "order by id", [incident_id])]
        return view

    def list_incidents(self, *, status: str | None = None) -> list[dict[str, Any]]:
        """Incidents, newest detection first (open and closed, or one *status*)."""
        sql = f"select {', '.join(_INCIDENT_COLUMNS)} from incidents"
        params: list[Any] = []
        if status:
            sql += " where status = ?"
            params.append(status)
        today = self.today()
        return [self._view(dict(zip(_INCIDENT_COLUMNS, r, strict=True)), today)
                for r in self.db.execute(sql + " order by detected_at desc, id desc", params)]

    def incidents_due(self, today: date) -> list[dict[str, Any]]:
        """Open incidents whose notice is due on *today* or overdue, earliest first.

        An incident the operator decided needs no notice (notify_body = "no") is left
        out, as is one whose notice was already recorded as sent.
        """
        rows = self.db.execute(
            f"select {', '.join('i.' + c for c in _INCIDENT_COLUMNS)} from incidents i "
            "where i.status = 'open' and i.due <= ? and coalesce(i.notify_body, 'yes') "
            "!= 'no' and not exists (select 1 from incident_letters l where "
            "l.incident_id = i.id and l.kind = 'incident_notice' and l.sent_at is not null)"
            " order by i.due, i.id", [today.isoformat()]).fetchall()
        return [self._view(dict(zip(_INCIDENT_COLUMNS, r, strict=True)), today)
                for r in rows]

    def incident_counts(self) -> dict[str, int]:
        """How many incidents are open and how many in all (for the dashboard)."""
        total, open_ = self.db.execute(
            "select count(*), coalesce(sum(status = 'open'), 0) from incidents").fetchone()
        return {"total": int(total), "open": int(open_)}

    def incident_letter_content(self, letter_id: int) -> bytes:
        """The kept bytes of an incident letter (StoreError once purged)."""
        row = self.db.execute("select content from incident_letters where id = ?",
                              [letter_id]).fetchone()
        if row is None:
            raise NotFoundError("letter_not_found", id=letter_id)
        if row[0] is None:
            raise NotFoundError("letter_copy_missing")
        return bytes(row[0])

    # ------------------------------------------------------------------ writes
    def add_incident(self, values: dict[str, Any], *, detected: datetime) -> int:
        """Register a breach detected at *detected* (local time); return its id."""
        self._check_writable()
        detected = detected.astimezone(ALMATY)
        fields = incident_fields(values, detected=detected, now=self.now())
        due = notice_due(self.calendar(), detected.date())
        stamp = self._stamp()
        with self._write():
            number = self._next_number("INC", detected.year)
            iid = self._insert("incidents", {
                "number": number,
                "detected_at": detected.isoformat(timespec="seconds"),
                "detected_date": detected.date().isoformat(),
                **fields,
                "due": due.due.isoformat(),
                "basis": due.basis,
                "status": "open",
                "closed_at": None,
                "created_at": stamp,
                "updated_at": stamp,
            }, None)
        return iid

    def update_incident(self, incident_id: int, values: dict[str, Any]) -> None:
        """Change what is known of an open incident (the description, the measures, the
        decisions on notices); the detection time and the due date stay."""
        row = self._incident_row(incident_id)
        if row["status"] != "open":
            raise DomainError("incident_closed", number=row["number"])
        merged = {k: row[k] for k in PURGED_TEXTS + ("subjects_count", "notify_body",
                                                      "notify_subjects")}
        merged.update({k: v for k, v in values.items() if v is not None})
        fields = incident_fields(merged)
        with self._write():
            self._update("incidents", incident_id, {**fields, "updated_at": self._stamp()},
                         None)

    def add_incident_subject(self, incident_id: int, name: str | None, iin: str | None,
                             phone: str | None) -> int:
        """Keep one affected subject the notice must name; return its id."""
        row = self._incident_row(incident_id)
        if row["status"] != "open":
            raise DomainError("incident_closed", number=row["number"])
        subject = affected_subject(name, iin, phone)
        with self._write():
            return self._insert("incident_subjects", {
                "incident_id": incident_id, **subject, "created_at": self._stamp()}, None)

    def close_incident(self, incident_id: int) -> None:
        """Close an open incident (nothing more to do; retention counts from now)."""
        row = self._incident_row(incident_id)
        if row["status"] != "open":
            raise DomainError("incident_closed", number=row["number"])
        stamp = self._stamp()
        with self._write():
            self._update("incidents", incident_id, {"status": "closed", "closed_at": stamp,
                                                    "updated_at": stamp}, None)

    def record_incident_letter(self, incident_id: int, *, kind: str, lang: str,
                               number: str, file_name: str, content: bytes
                               ) -> dict[str, Any]:
        """Keep a letter made for the incident with the outgoing *number* (`peek_number`)."""
        require_one_of(kind, INCIDENT_LETTERS, "unknown_letter_kind")
        require_one_of(lang, LANGUAGES, "unknown_language")
        self._incident_row(incident_id)
        sha = hashlib.sha256(content).hexdigest()
        with self._write():
            taken = self._next_number("OUT", int(number.split("-")[1]))
            if taken != number:
                raise StoreError("letter_number_taken", number=number)
            lid = self._insert("incident_letters", {
                "incident_id": incident_id, "kind": kind, "lang": lang, "number": number,
                "file_name": file_name, "sha256": sha, "content": content,
                "created_at": self._stamp(), "sent_at": None, "via": None}, None)
        return {"id": lid, "number": number, "file_name": file_name, "sha256": sha}

    def record_incident_sent(self, number: str, *, via: str, at: datetime | None = None
                             ) -> dict[str, Any]:
        """Record that an incident letter was sent (*via*, at *at*, default now)."""
        require_one_of(via, SENT_VIA, "unknown_sent_via")
        row = self.db.execute(
            "select id, created_at, sent_at from incident_letters where number = ? collate "
            "nocase", [number.strip()]).fetchone()
        if row is None:
            raise NotFoundError("letter_number_not_found", number=number.strip())
        lid, created_at, sent_at = row
        if sent_at:
            raise DomainError("letter_already_sent", number=number.strip())
        moment = (at or self.now()).astimezone(ALMATY)
        if moment < datetime.fromisoformat(created_at):
            raise DomainError("sent_before_made", number=number.strip())
        if moment > self.now():
            raise DomainError("sent_in_future", number=number.strip())
        stamp = moment.isoformat(timespec="seconds")
        with self._write():
            self._update("incident_letters", lid, {"sent_at": stamp, "via": via}, None)
        return {"id": lid, "number": number.strip(), "sent_at": stamp, "via": via}

    # ------------------------------------------------------------------ retention
    def purge_incidents_closed_before(self, closed_before: date, *, dry_run: bool = False
                                      ) -> dict[str, Any]:
        """Erase the personal data of incidents closed before *closed_before*: their
        descriptions and reasons, the affected subjects, the letters' bytes, and the old
        audit states of all of them (the chain keeps their hashes). Kept: the number,
        dates, counts, decisions, due date, letters' numbers and hashes."""
        found = self.db.execute(
            "select id, number from incidents where status = 'closed' and closed_at < ? "
            "and coalesce(what, '') != ? order by id",
            [closed_before.isoformat(), self.PURGED]).fetchall()
        result: dict[str, Any] = {"purged": len(found), "numbers": [n for _, n in found],
                                  "closed_before": closed_before.isoformat(),
                                  "dry_run": dry_run}
        if dry_run or not found:
            return result
        with self._write():
            for iid, _ in found:
                subjects = [s for (s,) in self.db.execute(
                    "select id from incident_subjects where incident_id = ?", [iid])]
                letters = [lid for (lid,) in self.db.execute(
                    "select id from incident_letters where incident_id = ?", [iid])]
                for sid in subjects:
                    self._update("incident_subjects", sid, {"name": None, "iin": None,
                                                            "phone": None}, None, "purge")
                for lid in letters:
                    self._update("incident_letters", lid, {"content": None}, None, "purge")
                self._update("incidents", iid, {
                    **{k: None for k in PURGED_TEXTS}, "what": self.PURGED,
                    "updated_at": self._stamp()}, None, "purge")
                # Last, so the states the purge replaced (the previous events' deltas)
                # go too.
                for entity, ids in (("incidents", [iid]), ("incident_subjects", subjects),
                                    ("incident_letters", letters)):
                    for key in ids:
                        self.db.execute("update events set data = null where entity = ? "
                                        "and entity_id = ?", audit.row_key(entity, key))
            audit.append_event(self.db, at=self._stamp(), entity="register",
                               entity_id="purge_incidents", action="purge",
                               data=dict(result), request_id=None, run=self._run)
        return result
