"""Retention: erasing the personal data of requests closed longer ago than the set period.

Numbers, dates, types, statuses and outcomes stay for statistics; the requester,
texts, notes, originals and letters' bytes go, and so does the personal data in old
audit states (the chain keeps their hashes, so it stays verifiable). The purge is an
audit event itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.clock import years_before

from . import audit
from .settings import Settings


class Retention(Settings):
    """The retention purge (mixed into `Register`)."""

    PURGED = "[purged]"

    def retention_years(self) -> int:
        """How long closed requests are kept (a setting, default 3 years)."""
        return int(self.get_setting("retention_years"))

    def retention_cutoff(self) -> date:
        """Requests closed before this date are past the retention period."""
        return years_before(self.today(), self.retention_years())

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
        and outcome, letters' numbers, hashes and sending dates. Erased: the requester and
        their postal address, texts, notes and reasons, original messages and their
        Message-IDs, letters' bytes, and the personal data in old audit states
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
                # Issue 14: the messages letters went out in, and the queue's trace.
                for (mid,) in self.db.execute(
                        "select id from letter_mails where request_id = ?", [rid]).fetchall():
                    self._update("letter_mails", mid, {"content": None, "recipient": None},
                                 rid, "purge")
                for (qid,) in self.db.execute(
                        "select id from mail_queue where request_id = ?", [rid]).fetchall():
                    self._update("mail_queue", qid, {"sender": p, "subject": None,
                                                     "content": None}, rid, "purge")
                for (vid,) in self.db.execute(
                        "select id from voids where request_id = ?", [rid]).fetchall():
                    self._update("voids", vid, {"reason": p}, rid, "purge")
                if self.db.execute("select 1 from request_details where request_id = ?",
                                   [rid]).fetchone():
                    self._update("request_details", rid, {"postal_address": None}, rid,
                                 "purge")
                for (att,) in self.db.execute(
                        "select id from attachments where request_id = ?", [rid]).fetchall():
                    if self._row("mail_ids", att) is not None:
                        self._delete_row("mail_ids", att, rid, "purge")
                    self._delete_row("attachments", att, rid, "purge")
                self._update("requests", rid, {
                    "requester_name": p, "requester_email": None, "requester_phone": None,
                    "requester_iin": None, "representative": None, "summary": None,
                    "text": None, "search_phone": None, "updated_at": self._stamp()},
                    rid, "purge")
                # Last, so the states the purge replaced (kept as the previous events'
                # deltas) go too; the purge's own events hold nothing: their rows do.
                self.db.execute("update events set data = null where request_id = ?", [rid])
            audit.append_event(self.db, at=self._stamp(), entity="register", entity_id="purge",
                               action="purge", data={k: v for k, v in result.items()},
                               request_id=None, run=self._run)
            # Merge the full-text index so no old tokens linger in its pages.
            self.db.execute("insert into requests_fts(requests_fts) values ('optimize')")
        return result
