"""Due dates: a requested right's date from its rule, and the request's from its rights.

The rule row (rules.py) says how many days, which days count and what starts the
clock; this module only applies it. A right whose clock starts with a later event
(the supporting documents of a correction, the breach found not confirmed behind an
unblocking) is counted from that event's date when it is known, and from the receipt
until then: the earlier date is the stricter one, so the operator is never late by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .calendar import WorkingCalendar
from .rules import RECEIPT, WORKING_DAYS, DeadlineRule, rules_in_force


@dataclass(frozen=True)
class ItemDue:
    """The computed deadline of one requested right and the rules it came from."""

    type: str
    due: date
    #: The rule that gives the earliest date (the binding one).
    rule: DeadlineRule
    #: Every rule in force for the right (the app's, then any the operator added).
    rules: tuple[DeadlineRule, ...] = ()

    @property
    def basis(self) -> str:
        """The rules' one-line English basis (kept with the item in the register)."""
        return "; and ".join(r.basis for r in self.rules or (self.rule,))


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
             started: date | None = None, added: Sequence[DeadlineRule] = ()) -> ItemDue:
    """The due date of one right of *request_type* received on *received*: the earliest
    date of the rules in force (the operator's *added* rules included)."""
    rules = rules_in_force(request_type, received, added)
    dated = [(rule_due(calendar, r, clock_start(r, received, started)), r) for r in rules]
    due, binding = min(dated, key=lambda pair: pair[0])
    return ItemDue(request_type, due, binding, rules)


def items_due(calendar: WorkingCalendar, types: Iterable[str], received: date,
              added: Sequence[DeadlineRule] = ()) -> list[ItemDue]:
    """Each type's due date; duplicates are dropped, order kept."""
    return [due_date(calendar, t, received, added=added) for t in dict.fromkeys(types)]


def request_due(items: Iterable[tuple[date, bool]]) -> date | None:
    """The request's due date: the earliest due date among items not done yet."""
    open_dates = [due for due, done in items if not done]
    return min(open_dates) if open_dates else None


def format_number(prefix: str, year: int, seq: int) -> str:
    """Format a register number such as IN-2026-0042 (more digits once past 9999)."""
    return f"{prefix}-{year}-{seq:04d}"
