"""Statutory deadlines per request type, held as data with the date each version took effect.

The table follows `shared/domain/kz-rules.md` (Law No. 94-V "On Personal Data and
Their Protection", as amended). A rule applies to a request received on or after
its `effective_from`; the newest such rule wins. Adding a changed deadline is one
new row, never a new `if`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import DomainError
from .vocab import REQUEST_TYPES

#: The period starts on the day after receipt; only working days count.
START_DAY_AFTER_RECEIPT = "day_after_receipt"
#: Correction: the period runs from receipt of the supporting documents.
START_DAY_AFTER_DOCUMENTS = "day_after_documents"

UNIT_WORKING_DAYS = "working_days"


@dataclass(frozen=True)
class DeadlineRule:
    """One version of the deadline for one request type."""

    type: str
    effective_from: date
    days: int
    unit: str
    start: str
    citation: str
    note: str
    statutory: bool = True

    @property
    def basis(self) -> str:
        """A one-line explanation: the period, the citation and the caveat, if any."""
        text = f"{self.days} working day{'s' if self.days != 1 else ''}"
        text += f"; {self.citation}" if self.citation else "; no statutory period"
        return f"{text}; {self.note}" if self.note else text


_LAW_START = date(2013, 5, 21)
# Law 231-VIII of 17.11.2025 introduced the 15-working-day withdrawal rule; it took
# effect "about mid-January 2026" (kz-rules.md). Before it the law set no number, so
# the operator's default target for unnumbered requests applied.
_WITHDRAWAL_15_FROM = date(2026, 1, 18)
OPERATOR_TARGET_DAYS = 10

DEADLINE_RULES: tuple[DeadlineRule, ...] = (
    DeadlineRule(
        "access", _LAW_START, 3, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 24(1)(1), Art. 25(2)(6)", "period of Rules 395/НҚ p.16 (reported)",
    ),
    DeadlineRule(
        "correction", _LAW_START, 1, UNIT_WORKING_DAYS, START_DAY_AFTER_DOCUMENTS,
        "Art. 13, Art. 25(2)(8)", "counted from receipt of the supporting documents",
    ),
    DeadlineRule(
        "blocking", _LAW_START, 1, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 24(1)(3), Art. 25(2)(8)", "",
    ),
    DeadlineRule(
        "unblocking", _LAW_START, 1, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 25(2)(8)", "after the breach is not confirmed",
    ),
    DeadlineRule(
        "deletion", _LAW_START, 1, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 18, Art. 25(2)(8)",
        "strict reading: 1 working day applies once unlawful processing is confirmed",
    ),
    DeadlineRule(
        "withdrawal", _LAW_START, OPERATOR_TARGET_DAYS, UNIT_WORKING_DAYS,
        START_DAY_AFTER_RECEIPT, "Art. 8", "operator target; no statutory period before "
        "Law 231-VIII", statutory=False,
    ),
    DeadlineRule(
        "withdrawal", _WITHDRAWAL_15_FROM, 15, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 8(7) (Law 231-VIII)", "",
    ),
    DeadlineRule(
        "objection", _LAW_START, 3, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 19-1(2)-(3)", "",
    ),
    DeadlineRule(
        "public_source", _LAW_START, 1, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 6", "",
    ),
    DeadlineRule(
        "portability", _LAW_START, 3, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "Art. 24(1)(1)", "as access",
    ),
    DeadlineRule(
        "other", _LAW_START, OPERATOR_TARGET_DAYS, UNIT_WORKING_DAYS, START_DAY_AFTER_RECEIPT,
        "", "operator target", statutory=False,
    ),
)


def rule_for(request_type: str, received: date) -> DeadlineRule:
    """Return the rule in force for *request_type* on the *received* date."""
    if request_type not in REQUEST_TYPES:
        raise DomainError(
            f"Unknown request type '{request_type}'; allowed: {', '.join(REQUEST_TYPES)}."
        )
    candidates = [
        r for r in DEADLINE_RULES if r.type == request_type and r.effective_from <= received
    ]
    if not candidates:
        # Before the law existed: the earliest version is the only sensible answer.
        candidates = [r for r in DEADLINE_RULES if r.type == request_type]
    return max(candidates, key=lambda r: r.effective_from)
