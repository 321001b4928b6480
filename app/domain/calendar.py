"""The Kazakh working-day calendar: public holidays, carry-overs and transfers, plus overrides.

Public holidays, weekend carry-over and government-transferred days come from the
`holidays` package (country KZ). On top of it the operator's own overrides mark an
extra day off (`holiday`) or an extra working day (`workday`), e.g. next year's
transfers once the decree is published, or a corrected religious holiday date.
"""

from __future__ import annotations

import bisect
import importlib.machinery
import importlib.util
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from .errors import DomainError

OVERRIDE_KINDS: tuple[str, ...] = ("holiday", "workday")


def kazakhstan_holidays() -> Any:
    """Kazakhstan's holiday table (expanding to any year asked about).

    `holidays.country_holidays("KZ")` imports the `holidays.countries` package, which
    imports every country's module first (~110 ms of every start). Kazakhstan's module
    needs none of them: it is loaded on its own where the package's files are on disk,
    and through the package otherwise (a frozen bundle keeps them in an archive).
    """
    import holidays

    places = [f"{place}/countries" for place in
              (holidays.__spec__.submodule_search_locations or ())]
    spec = importlib.machinery.PathFinder.find_spec("holidays.countries.kazakhstan", places)
    if spec is None or spec.loader is None:
        return holidays.country_holidays("KZ", expand=True)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Kazakhstan(expand=True)


class WorkingCalendar:
    """Working days in Kazakhstan with the operator's overrides applied."""

    def __init__(self, overrides: Mapping[date, str] | None = None) -> None:
        self._overrides = dict(overrides or {})
        for day, kind in self._overrides.items():
            if kind not in OVERRIDE_KINDS:
                raise DomainError("unknown_override_kind", value=kind, day=day.isoformat(),
                                  allowed=", ".join(OVERRIDE_KINDS))
        # expand=True lets the holiday table grow to any year that is asked about.
        self._kz = kazakhstan_holidays()
        self._exception_cache: dict[int, tuple[list[date], list[int]]] = {}

    def is_working_day(self, day: date) -> bool:
        """Tell whether *day* is a working day, overrides first."""
        kind = self._overrides.get(day)
        if kind is not None:
            return kind == "workday"
        return bool(self._kz.is_working_day(day))

    def holiday_name(self, day: date) -> str | None:
        """Return the name of the public holiday on *day*, or None."""
        if self._overrides.get(day) == "holiday":
            return "operator day off"
        name = self._kz.get(day)
        return str(name) if name else None

    def add_working_days(self, start: date, n: int) -> date:
        """Return the *n*-th working day after *start* (the start day itself not counted)."""
        if n < 1:
            raise DomainError("period_too_short")
        day = start
        counted = 0
        while counted < n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def add_calendar_days(self, start: date, n: int) -> date:
        """The day *n* calendar days after *start*, moved on to the next working day when it
        is a day off (a period must end on a day the operator can act)."""
        if n < 1:
            raise DomainError("period_too_short")
        day = start + timedelta(days=n)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def _exceptions(self, year: int) -> tuple[list[date], list[int]]:
        """Days of *year* that break the Monday-Friday rule: (dates, +1 or -1), sorted."""
        cached = self._exception_cache.get(year)
        if cached is not None:
            return cached
        self.is_working_day(date(year, 1, 1))  # makes `holidays` populate the year
        candidates = {d for d in self._kz if d.year == year}
        candidates |= {d for d in self._kz.weekend_workdays if d.year == year}
        candidates |= {d for d in self._overrides if d.year == year}
        days, deltas = [], []
        for day in sorted(candidates):
            weekday_rule = day.weekday() < 5
            actual = self.is_working_day(day)
            if actual != weekday_rule:
                days.append(day)
                deltas.append(1 if actual else -1)
        self._exception_cache[year] = (days, deltas)
        return days, deltas

    def count_working_days(self, start: date, end: date) -> int:
        """Working days after *start* up to and including *end* (0 when end <= start).

        Closed form for weekdays plus the year's exceptions, so a span of years costs
        no more than a span of days.
        """
        if end <= start:
            return 0
        n = (end - start).days
        weeks, rest = divmod(n, 7)
        count = weeks * 5
        first = start.weekday()
        count += sum(1 for k in range(1, rest + 1) if (first + k) % 7 < 5)
        for year in range(start.year, end.year + 1):
            days, deltas = self._exceptions(year)
            lo = bisect.bisect_right(days, start)
            hi = bisect.bisect_right(days, end)
            count += sum(deltas[lo:hi])
        return count

    def working_days_left(self, today: date, due: date) -> int:
        """Working days from *today* to *due*: 0 when due today, negative when overdue.

        Counting follows the statute: days after *today* up to and including *due*.
        When overdue, the result is minus the number of working days past *due*.
        """
        if due >= today:
            return self.count_working_days(today, due)
        # An overdue request stays overdue over a weekend: never report 0 past the date.
        return -max(self.count_working_days(due, today), 1)
