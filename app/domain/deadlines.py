"""Due dates of a request's items and of the request as a whole."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .calendar import WorkingCalendar


@dataclass(frozen=True)
class ItemDue:
    """The computed deadline of one requested right."""

    type: str
    due: date
    basis: str


def items_due(calendar: WorkingCalendar, types: Iterable[str], received: date) -> list[ItemDue]:
    """Compute each type's due date; duplicates are dropped, order kept."""
    seen: list[str] = []
    for t in types:
        if t not in seen:
            seen.append(t)
    result = []
    for t in seen:
        due, basis = calendar.due_date(t, received)
        result.append(ItemDue(t, due, basis))
    return result


def request_due(items: Iterable[tuple[date, bool]]) -> date | None:
    """The request's due date: the earliest due date among items not done yet."""
    open_dates = [due for due, done in items if not done]
    return min(open_dates) if open_dates else None


def format_number(prefix: str, year: int, seq: int) -> str:
    """Format a register number such as IN-2026-0042 (more digits once past 9999)."""
    return f"{prefix}-{year}-{seq:04d}"
