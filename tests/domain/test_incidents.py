"""The breach notice's clock and rule rows (app/domain/incidents.py, rules.INCIDENT_RULES)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import WorkingCalendar
from app.domain.errors import DomainError
from app.domain.incidents import affected_subject, incident_fields, notice_due, urgency
from app.domain.rules import (
    BYLAW,
    DEADLINE_RULES,
    INCIDENT_RULES,
    ORDER_481_CITED_FROM,
    check_rules,
    incident_rule_for,
)


def test_a_friday_evening_detection_before_a_holiday_monday_is_due_on_tuesday():
    # 9 March 2026 is a Monday off (8 March fell on a Sunday).
    calendar = WorkingCalendar({})
    assert not calendar.is_working_day(date(2026, 3, 9))
    due = notice_due(calendar, date(2026, 3, 6))  # Friday, e.g. 19:40
    assert due.due == date(2026, 3, 10)  # Tuesday
    # An operator's extra day off moves it on again, like any deadline.
    assert notice_due(WorkingCalendar({date(2026, 3, 10): "holiday"}),
                      date(2026, 3, 6)).due == date(2026, 3, 11)
    # A working Tuesday detection is due on Wednesday: the next working day.
    assert notice_due(calendar, date(2026, 3, 17)).due == date(2026, 3, 18)


def test_the_rows_are_complete_and_rest_on_a_bylaw_not_on_the_law():
    check_rules(DEADLINE_RULES + INCIDENT_RULES)
    assert all(r.basis_kind == BYLAW and r.count == 1 for r in INCIDENT_RULES)
    assert "(a by-law)" in notice_due(WorkingCalendar({}), date(2026, 3, 6)).basis


def test_order_481_is_cited_only_from_the_day_it_is_taken_as_in_force():
    before = incident_rule_for(date(2024, 8, 15))
    assert "481" not in before.cites("ru") and "179/НҚ" in before.cites("ru")
    after = incident_rule_for(ORDER_481_CITED_FROM)
    assert "481/НҚ" in after.cites("ru") and "481/НҚ" in after.cites("kk")


def test_a_decision_needs_its_reason_and_a_description_is_required():
    with pytest.raises(DomainError) as exc:
        incident_fields({"what": "leak", "notify_body": "yes"})
    assert exc.value.code == "incident_reason_missing"
    with pytest.raises(DomainError) as exc:
        incident_fields({"what": "  "})
    assert exc.value.code == "incident_what_missing"
    with pytest.raises(DomainError) as exc:
        incident_fields({"what": "x", "subjects_count": "many"})
    assert exc.value.code == "incident_subjects_invalid"


def test_a_subject_needs_a_name_an_iin_or_a_phone_and_a_valid_iin():
    with pytest.raises(DomainError):
        affected_subject(None, None, None)
    with pytest.raises(DomainError) as exc:
        affected_subject("A", "123456789012")
    assert exc.value.code == "incident_subject_iin_invalid"
    assert affected_subject(" Ким А. ", None, None)["name"] == "Ким А."


def test_urgency_of_an_open_notice():
    today = date(2026, 3, 10)
    assert urgency(date(2026, 3, 10), today, "open") == "today"
    assert urgency(date(2026, 3, 9), today, "open") == "overdue"
    assert urgency(date(2026, 3, 11), today, "open") is None
    assert urgency(date(2026, 3, 9), today, "closed") is None
