"""Reminders follow the Kazakh working-day calendar, and the tray counts what the views count."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.domain.errors import DomainError
from app.domain.reminders import (
    agenda,
    newly_overdue,
    next_reminder,
    parse_reminder_time,
    previous_working_day,
    reminder_days,
)
from app.services import reminders
from app.store import views
from tests.builders import add_request, fixed_clock, new_register

NINE = time(9, 0)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ALMATY)


def test_the_daily_reminder_skips_weekends_and_public_holidays():
    cal = WorkingCalendar()
    # 7-8 March 2026 is a weekend and Monday 9 March the observed Women's Day.
    assert not cal.is_working_day(date(2026, 3, 9))
    assert next_reminder(at(date(2026, 3, 6)), NINE, cal) == at(date(2026, 3, 10), 9)
    assert reminder_days(date(2026, 3, 6), date(2026, 3, 10), cal) == [
        date(2026, 3, 6), date(2026, 3, 10)]
    # Before the time on a working day: that same day.
    assert next_reminder(at(date(2026, 3, 10), 8), NINE, cal) == at(date(2026, 3, 10), 9)
    # Nauryz: nothing from Saturday 21 to Wednesday 25 March 2026.
    assert next_reminder(at(date(2026, 3, 20)), NINE, cal) == at(date(2026, 3, 26), 9)


def test_a_monday_after_a_holiday_weekend_gets_the_reminder():
    # The operator's own day off on Friday 27 November 2026 makes a long weekend.
    cal = WorkingCalendar({date(2026, 11, 27): "holiday"})
    assert next_reminder(at(date(2026, 11, 26)), NINE, cal) == at(date(2026, 11, 30), 9)
    assert reminder_days(date(2026, 11, 26), date(2026, 11, 30), cal) == [
        date(2026, 11, 26), date(2026, 11, 30)]
    # And a transferred working Saturday gets one too.
    cal = WorkingCalendar({date(2026, 11, 28): "workday"})
    assert next_reminder(at(date(2026, 11, 27)), NINE, cal) == at(date(2026, 11, 28), 9)


def test_previous_working_day_steps_over_holidays():
    cal = WorkingCalendar()
    assert previous_working_day(date(2026, 3, 10), cal) == date(2026, 3, 6)
    assert previous_working_day(date(2026, 3, 26), cal) == date(2026, 3, 20)


def test_reminder_time_is_hh_mm():
    assert parse_reminder_time(" 08:30 ") == time(8, 30)
    for bad in ("8", "25:00", "9:5", "nine", "", None):
        with pytest.raises(DomainError) as info:
            parse_reminder_time(bad)
        assert info.value.code == "reminder_time_invalid"


def test_a_holiday_has_nothing_due_today_and_the_next_working_day_does(tmp_path):
    # A deletion received on Friday 6 March 2026 is due on Tuesday 10 March (one working
    # day; Monday 9 March is a public holiday).
    reg = new_register(tmp_path, clock=fixed_clock(2026, 3, 9, 10))
    add_request(reg, types=["deletion"], received=at(date(2026, 3, 6)))
    on_holiday = reminders.agenda_of(reg)
    assert on_holiday.due_today == () and on_holiday.overdue == ()
    assert [r.due for r in on_holiday.due_next_working_day] == [date(2026, 3, 10)]
    assert not on_holiday.urgent
    reg.close()
    reg = type(reg).open(tmp_path / "register.otinish", reg.secret,
                         clock=fixed_clock(2026, 3, 10, 10))
    on_tuesday = reminders.agenda_of(reg)
    assert [(r.type, r.due) for r in on_tuesday.due_today] == [("deletion", date(2026, 3, 10))]
    assert on_tuesday.urgent
    assert newly_overdue(on_holiday, on_tuesday) == []
    reg.close()
    reg = type(reg).open(tmp_path / "register.otinish", reg.secret,
                         clock=fixed_clock(2026, 3, 11, 10))
    on_wednesday = reminders.agenda_of(reg)
    assert [r.type for r in newly_overdue(on_tuesday, on_wednesday)] == ["deletion"]
    assert newly_overdue(on_wednesday, on_wednesday) == []
    assert newly_overdue(None, on_wednesday) == []
    reg.close()


def test_tray_counts_equal_the_views_counts(tmp_path):
    today = date(2026, 11, 24)
    reg = new_register(tmp_path, clock=fixed_clock(2026, 11, 24, 10))
    add_request(reg, types=["deletion"], received=at(date(2026, 11, 23)))  # due today
    add_request(reg, types=["deletion", "access"], received=at(date(2026, 11, 10)))  # overdue
    add_request(reg, types=["blocking"], received=at(date(2026, 11, 18)))  # overdue
    add_request(reg, types=["access"], received=at(date(2026, 11, 23)))  # later
    closed = add_request(reg, types=["deletion"], received=at(date(2026, 11, 12)))
    reg.close_request(closed, "fulfilled")
    counted = reminders.counts(reg)
    seen = views.counts(reg)
    assert (counted.due_today, counted.overdue) == (seen["due_today"], seen["overdue"])
    assert (counted.due_today, counted.overdue, counted.total) == (1, 2, 3)
    # The rights listed belong to exactly the requests those views hold.
    plan = reminders.agenda_of(reg)
    in_views = {r.number for r in views.page(reg, "due_today")} | {
        r.number for r in views.page(reg, "overdue")}
    assert {r.number for r in plan.due_today + plan.overdue} == in_views
    assert all(r.due < today for r in plan.overdue)
    assert plan.first() == plan.overdue[0]
    reg.close()


def test_agenda_puts_a_right_due_on_a_day_off_before_the_next_working_day_with_it():
    cal = WorkingCalendar()
    from app.domain.reminders import DueRight

    rights = [DueRight(date(2026, 3, 10), "IN-2026-0002", "access"),
              DueRight(date(2026, 3, 6), "IN-2026-0001", "deletion"),
              DueRight(date(2026, 3, 11), "IN-2026-0003", "access")]
    plan = agenda(rights, date(2026, 3, 6), cal)
    assert plan.next_working_day == date(2026, 3, 10)
    assert [r.number for r in plan.due_today] == ["IN-2026-0001"]
    assert [r.number for r in plan.due_next_working_day] == ["IN-2026-0002"]
    assert plan.as_dict()["due_today"] == [
        {"number": "IN-2026-0001", "type": "deletion", "due": "2026-03-06"}]
