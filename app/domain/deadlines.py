"""Due dates: a requested right's date from its rule, and the request's from its rights.

The rule row (rules.py) says how many days, which days count and what starts the
clock; this module only applies it. A right whose clock starts with a later event
(the supporting documents of a correction, the breach found not confirmed behind an
unblocking) is counted from that event's date when it is known, and from the receipt
until then: the earlier date is the stricter one, so the operator is never late by it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .calendar import WorkingCalendar
from .rules import RECEIPT, WORKING_DAYS, DeadlineRule, rule_for


@dataclass(frozen=True)
class ItemDue:
    """The computed deadline of one requested right and the rule it came from."""

    type: str
    due: date
    rule: DeadlineRule

    @property
    def basis(self) -> str:
        """The rule's one-line English basis (kept with the item in the register)."""
        return self.rule.basis


def clock_start(rule: DeadlineRule, received: date, started: date | None = None) -> date:
    """The day the period of *rule* is counted from: the receipt, or the later event's date."""
    if rule.clock_start == RECEIPT or started is None:
        return received
    return started


def rule_due(calendar: WorkingCalendar, rule: DeadlineRule, start: date) -> date:
    """The last day of *rule*'s period counted from the day after *start*."""
    if rule.unit == WORKING_DAYS:
        return calendar.add_working_days(start, rule.count)
    return calendar.add_calendar_days(start, rule.count)


def due_date(calendar: WorkingCalendar, request_type: str, received: date,
             started: date | None = None) -> ItemDue:
    """The due date of one right of *request_type* received on *received*."""
    rule = rule_for(request_type, received)
    return ItemDue(request_type, rule_due(calendar, rule, clock_start(rule, received, started)),
                   rule)


def items_due(calendar: WorkingCalendar, types: Iterable[str], received: date) -> list[ItemDue]:
    """Each type's due date; duplicates are dropped, order kept."""
    return [due_date(calendar, t, received) for t in dict.fromkeys(types)]


def request_due(items: Iterable[tuple[date, bool]]) -> date | None:
    """The request's due date: the earliest due date among items not done yet."""
    open_dates = [due for due, done in items if not done]
    return min(open_dates) if open_dates else None


def format_number(prefix: str, year: int, seq: int) -> str:
    """Format a register number such as IN-2026-0042 (more digits once past 9999)."""
    return f"{prefix}-{year}-{seq:04d}"
