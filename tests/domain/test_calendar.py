"""Stories about the Kazakh working-day calendar and the due dates it gives.

Every expected date below was counted by hand on a printed calendar (see the
comments: "+1" is a counted working day, "off" a day that does not count), from
the calendar in shared/domain/kz-rules.md and the days off of the `holidays`
package (KZ). None of them is computed with the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import due_date
from app.domain.errors import DomainError
from app.domain.vocab import REQUEST_TYPES

D = date.fromisoformat


def _due(calendar, request_type, received):
    """(due date, one-line basis) of a right received on a day."""
    item = due_date(calendar, request_type, received)
    return item.due, item.basis

# ---------------------------------------------------------------------------
# An independent oracle: the days off of 2024-2027 written out by hand.
# ---------------------------------------------------------------------------

#: Public holidays, weekend carry-overs and transferred days off (weekdays or not).
DAYS_OFF: frozenset[date] = frozenset(
    D(s)
    for s in (
        # 2024
        "2024-01-01", "2024-01-02", "2024-01-07", "2024-03-08", "2024-03-21",
        "2024-03-22", "2024-03-23", "2024-03-25", "2024-05-01", "2024-05-07",
        "2024-05-08", "2024-05-09", "2024-06-16", "2024-07-06", "2024-07-08",
        "2024-08-30", "2024-10-25", "2024-12-16",
        # 2025
        "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-08",
        "2025-03-10", "2025-03-21", "2025-03-22", "2025-03-23", "2025-03-24",
        "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06",
        "2025-07-06", "2025-07-07", "2025-08-30", "2025-09-01", "2025-10-25",
        "2025-10-27", "2025-12-16",
        # 2026 (no Constitution Day this year)
        "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-08", "2026-03-09",
        "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25",
        "2026-05-01", "2026-05-07", "2026-05-09", "2026-05-11", "2026-05-27",
        "2026-07-06", "2026-10-25", "2026-10-26", "2026-12-16",
        # 2027 (Constitution Day moves to 15 March)
        "2027-01-01", "2027-01-02", "2027-01-04", "2027-01-07", "2027-03-08",
        "2027-03-15", "2027-03-21", "2027-03-22", "2027-03-23", "2027-03-24",
        "2027-05-01", "2027-05-03", "2027-05-07", "2027-05-09", "2027-05-10",
        "2027-05-16", "2027-07-06", "2027-10-25", "2027-12-16",
    )
)
#: Weekend days the government turned into working days.
WORKING_WEEKEND_DAYS: frozenset[date] = frozenset({D("2024-05-04"), D("2025-01-05")})

ORACLE_FIRST, ORACLE_LAST = D("2024-01-01"), D("2027-12-31")

#: Periods in working days per kz-rules.md (withdrawal: 15 from 2026-01-18, else 10).
PERIOD_DAYS = {
    "access": 3,
    "correction": 1,
    "blocking": 1,
    "unblocking": 1,
    "deletion": 1,
    "objection": 3,
    "public_source": 1,
    "portability": 3,
    "other": 10,
}
WITHDRAWAL_15_FROM = D("2026-01-18")


def oracle_is_working_day(day: date) -> bool:
    """Hand-made rule: Mon-Fri unless a day off, plus the transferred working weekend days."""
    assert ORACLE_FIRST - timedelta(days=7) <= day <= ORACLE_LAST, f"{day} outside the oracle"
    if day in WORKING_WEEKEND_DAYS:
        return True
    return day.weekday() < 5 and day not in DAYS_OFF


def expected_period(request_type: str, received: date) -> int:
    if request_type == "withdrawal":
        return 15 if received >= WITHDRAWAL_15_FROM else 10
    return PERIOD_DAYS[request_type]


CAL = WorkingCalendar()


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return CAL


# ---------------------------------------------------------------------------
# The worked examples of kz-rules.md
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("request_type", "received", "expected_due"),
    [
        # Fri 20 Mar; Nauryz 21-25 Mar off; +1 Thu 26, +2 Fri 27, +3 Mon 30.
        ("access", "2026-03-20", "2026-03-30"),
        # 26,27 (2), 30,31 (4), Apr 1,2,3 (7), 6-10 (12), 13,14,15 (15).
        ("withdrawal", "2026-03-20", "2026-04-15"),
        # Sat 21 Nov: +1 Mon 23, +2 Tue 24, +3 Wed 25.
        ("access", "2026-11-21", "2026-11-25"),
    ],
    ids=["access-over-nauryz", "withdrawal-over-nauryz", "access-received-saturday"],
)
def test_worked_examples_of_the_rules(cal, request_type, received, expected_due):
    """Given a request from the worked examples, when its due date is computed, it matches."""
    due, _basis = _due(cal, request_type, D(received))
    assert due == D(expected_due)


# ---------------------------------------------------------------------------
# Around every holiday, carry-over and transfer of 2024-2027
# ---------------------------------------------------------------------------

HOLIDAY_CASES = [
    # --- New Year 2023/2024 --------------------------------------------------
    ("2023-12-29 Fri, 1wd over weekend + New Year", "blocking", "2023-12-29", "2024-01-03"),
    ("2024-01-01 on New Year itself", "blocking", "2024-01-01", "2024-01-03"),
    ("2024-01-02 on 2nd Jan, 3wd", "access", "2024-01-02", "2024-01-05"),
    # 7 Jan 2024 is a Sunday: Orthodox Christmas has no carry-over, Mon 8 works.
    ("2024-01-05 Fri before Sunday Christmas (no carry)", "blocking", "2024-01-05", "2024-01-08"),
    # --- 8 March 2024 (Fri) ---------------------------------------------------
    ("2024-03-07 day before 8 Mar", "blocking", "2024-03-07", "2024-03-11"),
    ("2024-03-08 on 8 Mar", "blocking", "2024-03-08", "2024-03-11"),
    # --- Nauryz 2024: Thu 21, Fri 22, Sat 23 -> Mon 25 ---------------------------
    ("2024-03-20 day before Nauryz", "blocking", "2024-03-20", "2024-03-26"),
    ("2024-03-22 Fri before carry-over Mon 25", "blocking", "2024-03-22", "2024-03-26"),
    ("2024-03-22 Fri before carry-over, 3wd", "access", "2024-03-22", "2024-03-28"),
    # --- May 2024: 1 (Wed), Sat 4 WORKED, 7, 8 (transferred), 9 off -------------
    ("2024-04-30 day before 1 May", "blocking", "2024-04-30", "2024-05-02"),
    ("2024-05-03 Fri before the worked Saturday", "blocking", "2024-05-03", "2024-05-04"),
    # Sat 4 (+1), Sun off, Mon 6 (+2), 7-9 off, Fri 10 (+3).
    ("2024-05-03 Fri, 3wd through the worked Saturday", "access", "2024-05-03", "2024-05-10"),
    ("2024-05-06 day before 7-9 May", "blocking", "2024-05-06", "2024-05-10"),
    ("2024-05-07 on Defender's Day", "blocking", "2024-05-07", "2024-05-10"),
    ("2024-05-08 on the transferred day off", "blocking", "2024-05-08", "2024-05-10"),
    # --- Kurban Ait 2024 on Sun 16 Jun: no carry-over --------------------------
    ("2024-06-14 Fri before Sunday Kurban (no carry)", "blocking", "2024-06-14", "2024-06-17"),
    # --- 6 July 2024 (Sat) -> Mon 8 -------------------------------------------
    ("2024-07-05 Fri before carry-over Mon 8 Jul", "blocking", "2024-07-05", "2024-07-09"),
    # --- 30 Aug 2024 (Fri), Constitution Day ---------------------------------
    ("2024-08-29 day before Constitution Day", "blocking", "2024-08-29", "2024-09-02"),
    # --- 25 Oct 2024 (Fri) ----------------------------------------------------
    ("2024-10-24 day before Republic Day", "blocking", "2024-10-24", "2024-10-28"),
    # --- 16 Dec 2024 (Mon) ----------------------------------------------------
    ("2024-12-13 Fri before Independence Day", "blocking", "2024-12-13", "2024-12-17"),
    ("2024-12-16 on Independence Day", "blocking", "2024-12-16", "2024-12-17"),
    # --- New Year 2024/2025: 1, 2, 3 (transferred) off; Sun 5 Jan WORKED -------
    ("2024-12-31 New Year's Eve, lands on the worked Sunday", "blocking", "2024-12-31",
     "2025-01-05"),
    # Sun 5 (+1), Mon 6 (+2), Tue 7 Christmas off, Wed 8 (+3).
    ("2024-12-31 New Year's Eve, 3wd", "access", "2024-12-31", "2025-01-08"),
    ("2025-01-03 on the transferred day off", "blocking", "2025-01-03", "2025-01-05"),
    ("2025-01-05 on the worked Sunday", "blocking", "2025-01-05", "2025-01-06"),
    ("2025-01-06 day before Christmas (Tue)", "blocking", "2025-01-06", "2025-01-08"),
    # --- 8 March 2025 (Sat) -> Mon 10 -----------------------------------------
    ("2025-03-07 Fri before carry-over Mon 10 Mar", "blocking", "2025-03-07", "2025-03-11"),
    # --- Nauryz 2025: Fri 21, Sat 22, Sun 23 -> Mon 24 and Tue 25 -------------
    ("2025-03-20 day before Nauryz", "blocking", "2025-03-20", "2025-03-26"),
    ("2025-03-20 day before Nauryz, 3wd", "access", "2025-03-20", "2025-03-28"),
    ("2025-03-21 on Nauryz (Fri before two carry-over days)", "blocking", "2025-03-21",
     "2025-03-26"),
    # --- May 2025: Thu 1, Wed 7, Fri 9 ----------------------------------------
    ("2025-04-30 day before 1 May", "blocking", "2025-04-30", "2025-05-02"),
    ("2025-05-06 day before 7 May", "blocking", "2025-05-06", "2025-05-08"),
    ("2025-05-08 day before Victory Day (Fri)", "blocking", "2025-05-08", "2025-05-12"),
    # Thu 8 (+1), Fri 9 off, Mon 12 (+2), Tue 13 (+3).
    ("2025-05-06 day before 7 May, 3wd", "access", "2025-05-06", "2025-05-13"),
    # --- Kurban Ait 2025 Fri 6 Jun --------------------------------------------
    ("2025-06-05 day before Kurban Ait", "blocking", "2025-06-05", "2025-06-09"),
    # --- 6 July 2025 (Sun) -> Mon 7 -------------------------------------------
    ("2025-07-04 Fri before carry-over Mon 7 Jul", "blocking", "2025-07-04", "2025-07-08"),
    # --- 30 Aug 2025 (Sat) -> Mon 1 Sep ---------------------------------------
    ("2025-08-29 Fri before carry-over Mon 1 Sep", "blocking", "2025-08-29", "2025-09-02"),
    # --- 25 Oct 2025 (Sat) -> Mon 27 ------------------------------------------
    ("2025-10-24 Fri before carry-over Mon 27 Oct", "blocking", "2025-10-24", "2025-10-28"),
    # --- 16 Dec 2025 (Tue) ----------------------------------------------------
    ("2025-12-15 day before Independence Day", "blocking", "2025-12-15", "2025-12-17"),
    # --- New Year 2025/2026: Thu 1, Fri 2 off ---------------------------------
    ("2025-12-31 New Year's Eve, 1wd", "blocking", "2025-12-31", "2026-01-05"),
    # Mon 5 (+1), Tue 6 (+2), Wed 7 Christmas off, Thu 8 (+3).
    ("2025-12-31 New Year's Eve, 3wd", "access", "2025-12-31", "2026-01-08"),
    ("2026-01-01 on New Year itself", "blocking", "2026-01-01", "2026-01-05"),
    ("2026-01-06 day before Christmas (Wed)", "blocking", "2026-01-06", "2026-01-08"),
    # --- 8 March 2026 (Sun) -> Mon 9 ------------------------------------------
    ("2026-03-06 Fri before carry-over Mon 9 Mar", "blocking", "2026-03-06", "2026-03-10"),
    # --- Nauryz 2026: Sat 21, Sun 22, Mon 23 -> Tue 24, Wed 25 ----------------
    ("2026-03-20 Fri before Nauryz", "blocking", "2026-03-20", "2026-03-26"),
    ("2026-03-23 on Nauryz", "blocking", "2026-03-23", "2026-03-26"),
    # --- May 2026: Fri 1, Thu 7, Sat 9 -> Mon 11 ------------------------------
    ("2026-04-30 day before 1 May", "blocking", "2026-04-30", "2026-05-04"),
    ("2026-05-06 day before 7 May", "blocking", "2026-05-06", "2026-05-08"),
    ("2026-05-08 Fri before carry-over Mon 11 May", "blocking", "2026-05-08", "2026-05-12"),
    # Fri 8 (+1), Sat-Mon off, Tue 12 (+2), Wed 13 (+3).
    ("2026-05-06 day before 7 May, 3wd", "access", "2026-05-06", "2026-05-13"),
    # --- Kurban Ait 2026 Wed 27 May -------------------------------------------
    ("2026-05-26 day before Kurban Ait", "blocking", "2026-05-26", "2026-05-28"),
    ("2026-05-27 on Kurban Ait", "blocking", "2026-05-27", "2026-05-28"),
    # --- 6 July 2026 (Mon) ----------------------------------------------------
    ("2026-07-03 Fri before Capital Day Monday", "blocking", "2026-07-03", "2026-07-07"),
    # --- No Constitution Day in 2026: 30 Aug is a plain Sunday ----------------
    ("2026-08-28 Fri, no Constitution Day in 2026", "blocking", "2026-08-28", "2026-08-31"),
    # --- 25 Oct 2026 (Sun) -> Mon 26 ------------------------------------------
    ("2026-10-23 Fri before carry-over Mon 26 Oct", "blocking", "2026-10-23", "2026-10-27"),
    # --- 16 Dec 2026 (Wed) ----------------------------------------------------
    ("2026-12-15 day before Independence Day", "blocking", "2026-12-15", "2026-12-17"),
    # --- New Year 2026/2027: Fri 1, Sat 2 -> Mon 4 ----------------------------
    ("2026-12-31 New Year's Eve, 1wd over carry-over Mon 4 Jan", "blocking", "2026-12-31",
     "2027-01-05"),
    # Tue 5 (+1), Wed 6 (+2), Thu 7 Christmas off, Fri 8 (+3).
    ("2026-12-31 New Year's Eve, 3wd", "access", "2026-12-31", "2027-01-08"),
    ("2027-01-01 on New Year itself", "blocking", "2027-01-01", "2027-01-05"),
    ("2027-01-06 day before Christmas (Thu)", "blocking", "2027-01-06", "2027-01-08"),
    # --- 8 March 2027 (Mon) ---------------------------------------------------
    ("2027-03-05 Fri before 8 Mar Monday", "blocking", "2027-03-05", "2027-03-09"),
    # --- Constitution Day 2027: Mon 15 Mar ------------------------------------
    ("2027-03-12 Fri before Constitution Day (15 Mar)", "blocking", "2027-03-12", "2027-03-16"),
    # --- Nauryz 2027: Sun 21, Mon 22, Tue 23 -> Wed 24 ------------------------
    ("2027-03-19 Fri before Nauryz", "blocking", "2027-03-19", "2027-03-25"),
    ("2027-03-19 Fri before Nauryz, 3wd", "access", "2027-03-19", "2027-03-29"),
    ("2027-03-23 on Nauryz", "blocking", "2027-03-23", "2027-03-25"),
    # --- May 2027: Sat 1 -> Mon 3; Fri 7; Sun 9 -> Mon 10; Kurban Sun 16 -------
    ("2027-04-30 Fri before carry-over Mon 3 May", "blocking", "2027-04-30", "2027-05-04"),
    ("2027-05-06 day before 7 May and carry-over Mon 10", "blocking", "2027-05-06",
     "2027-05-11"),
    ("2027-05-14 Fri before Sunday Kurban (no carry)", "blocking", "2027-05-14", "2027-05-17"),
    # --- 6 July 2027 (Tue) ----------------------------------------------------
    ("2027-07-05 day before Capital Day", "blocking", "2027-07-05", "2027-07-07"),
    # --- 30 Aug 2027 is no longer a holiday -----------------------------------
    ("2027-08-27 Fri, 30 Aug no longer a holiday", "blocking", "2027-08-27", "2027-08-30"),
    # --- 25 Oct 2027 (Mon) ----------------------------------------------------
    ("2027-10-22 Fri before Republic Day Monday", "blocking", "2027-10-22", "2027-10-26"),
    # --- 16 Dec 2027 (Thu) ----------------------------------------------------
    ("2027-12-15 day before Independence Day", "blocking", "2027-12-15", "2027-12-17"),
]


@pytest.mark.parametrize(
    ("request_type", "received", "expected_due"),
    [case[1:] for case in HOLIDAY_CASES],
    ids=[case[0] for case in HOLIDAY_CASES],
)
def test_due_date_around_holidays(cal, request_type, received, expected_due):
    """Given a request received near a day off, when it is dated, the day off does not count."""
    due, _basis = _due(cal, request_type, D(received))
    assert due == D(expected_due)


def test_hand_table_agrees_with_every_day_of_2024_to_2027(cal):
    """Given the hand-written table of days off, every day of 2024-2027 is classified alike."""
    mismatches = []
    day = ORACLE_FIRST
    while day <= ORACLE_LAST:
        if cal.is_working_day(day) != oracle_is_working_day(day):
            mismatches.append(day.isoformat())
        day += timedelta(days=1)
    assert mismatches == []


# ---------------------------------------------------------------------------
# Each request type's period and basis
# ---------------------------------------------------------------------------

# Received Mon 2 Feb 2026: February 2026 has no holidays.
# +1 Tue 3, +3 Thu 5, +10 Mon 16, +15 Mon 23.
PERIOD_CASES = [
    ("access", "2026-02-02", "2026-02-05",
     ("3 working days (a by-law)", "paragraph 16 of the Rules", "395/НҚ")),
    ("correction", "2026-02-02", "2026-02-03",
     ("1 working day (the Law)", "Article 13", "supporting documents")),
    ("blocking", "2026-02-02", "2026-02-03", ("1 working day (the Law)", "Article 25(2)(8)")),
    ("unblocking", "2026-02-02", "2026-02-03", ("1 working day (the Law)", "Article 25(2)(8)",
                                                "not confirmed")),
    ("deletion", "2026-02-02", "2026-02-03", ("1 working day (the Law)", "Article 18")),
    ("withdrawal", "2026-02-02", "2026-02-23", ("15 working days (the Law)", "Article 8(7)")),
    ("objection", "2026-02-02", "2026-02-05", ("3 working days (the Law)", "Article 19-1")),
    ("public_source", "2026-02-02", "2026-02-03", ("1 working day (the Law)", "Article 6")),
    ("portability", "2026-02-02", "2026-02-05",
     ("3 working days (operator's target)", "treated as access")),
    ("other", "2026-02-02", "2026-02-16", ("10 working days (operator's target)",
                                           "no statutory period")),
    # Before Law 231-VIII: Mon 3 Feb 2025 + 10 wd -> Mon 17 Feb 2025 (no holidays in Feb).
    ("withdrawal", "2025-02-03", "2025-02-17", ("10 working days (operator's target)",
                                                "no period before 18 January 2026")),
    # The last day before the 15-day rule: Sat 17 Jan -> Mon 19..Fri 30 Jan = 10 wd.
    ("withdrawal", "2026-01-17", "2026-01-30", ("10 working days (operator's target)",)),
    # The first day of the 15-day rule: Sun 18 Jan -> 19-23, 26-30, 2-6 Feb = 15 wd.
    ("withdrawal", "2026-01-18", "2026-02-06", ("15 working days (the Law)", "Article 8(7)")),
    # Objection to automated decisions: Art. 19-1 exists from 18 Jan 2026 only; before, the
    # same 3 working days are the operator's target. Thu 15 Jan 2026 -> Tue 20 Jan.
    ("objection", "2026-01-15", "2026-01-20", ("3 working days (operator's target)",
                                               "no Article 19-1")),
]


@pytest.mark.parametrize(
    ("request_type", "received", "expected_due", "basis_parts"),
    PERIOD_CASES,
    ids=[f"{c[0]}-{c[1]}" for c in PERIOD_CASES],
)
def test_each_type_has_its_period_and_cites_its_basis(
    cal, request_type, received, expected_due, basis_parts
):
    """Given a request of a type, when it is dated, the period and the cited basis are the law's."""
    due, basis = _due(cal, request_type, D(received))
    assert due == D(expected_due)
    for part in basis_parts:
        assert part in basis


def test_withdrawal_before_law_231_viii_does_not_claim_the_15_day_article(cal):
    """Given a withdrawal of 2025, its basis is an operator target, not Art. 8(7)."""
    _date, basis = _due(cal, "withdrawal", D("2025-02-03"))
    assert "8(7)" not in basis
    assert "15 working days" not in basis


def test_unknown_request_type_is_refused(cal):
    """Given a type that is not in the vocabulary, when it is dated, a DomainError names it."""
    with pytest.raises(DomainError) as caught:
        due_date(cal, "complaint", D("2026-02-02"))
    assert caught.value.code == "unknown_request_type"
    assert caught.value.values["value"] == "complaint"


@pytest.mark.parametrize("n", [0, -1])
def test_a_period_of_less_than_one_day_is_refused(cal, n):
    with pytest.raises(DomainError):
        cal.add_working_days(D("2026-02-02"), n)


# ---------------------------------------------------------------------------
# Operator overrides
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("overrides", "request_type", "received", "expected_due"),
    [
        # Extra day off on Tue 3 Feb 2026 pushes Mon 2 Feb + 1 wd from Tue 3 to Wed 4.
        ({"2026-02-03": "holiday"}, "blocking", "2026-02-02", "2026-02-04"),
        # Extra day off inside a 3-day period: Tue 3, (Wed 4 off), Thu 5, Fri 6.
        ({"2026-02-04": "holiday"}, "access", "2026-02-02", "2026-02-06"),
        # Extra working Saturday 7 Feb 2026 pulls Fri 6 Feb + 1 wd from Mon 9 to Sat 7.
        ({"2026-02-07": "workday"}, "blocking", "2026-02-06", "2026-02-07"),
        # The operator works Nauryz Monday 23 Mar 2026: Fri 20 + 1 wd -> Mon 23.
        ({"2026-03-23": "workday"}, "blocking", "2026-03-20", "2026-03-23"),
        # A decree entered by hand makes Fri 8 Jan 2027 a day off: received Thu 7 Jan
        # (Christmas) -> Fri 8 off, weekend, Mon 11 Jan.
        ({"2027-01-08": "holiday"}, "blocking", "2027-01-07", "2027-01-11"),
    ],
    ids=[
        "day-off-pushes-1wd",
        "day-off-pushes-3wd",
        "working-saturday-pulls-in",
        "working-public-holiday-pulls-in",
        "decree-day-off-next-year",
    ],
)
def test_operator_overrides_move_the_due_date(overrides, request_type, received, expected_due):
    """Given an operator override, when a request is dated, the override wins over the table."""
    calendar = WorkingCalendar({D(k): v for k, v in overrides.items()})
    due, _basis = _due(calendar, request_type, D(received))
    assert due == D(expected_due)


def test_override_does_not_leak_into_a_calendar_without_it():
    """Given one calendar with an override, a second calendar without it is unaffected."""
    WorkingCalendar({D("2026-02-03"): "holiday"})
    due, _ = _due(WorkingCalendar(), "blocking", D("2026-02-02"))
    assert due == D("2026-02-03")


def test_operator_day_off_is_named():
    calendar = WorkingCalendar({D("2026-02-03"): "holiday"})
    assert calendar.holiday_name(D("2026-02-03")) == "operator day off"
    assert calendar.holiday_name(D("2026-02-04")) is None


@pytest.mark.parametrize("kind", ["half_day", "Holiday", "", "off"])
def test_unknown_override_kind_is_refused(kind):
    """Given an override of an unknown kind, building the calendar fails and lists the kinds."""
    with pytest.raises(DomainError) as caught:
        WorkingCalendar({D("2026-02-03"): kind})
    assert caught.value.code == "unknown_override_kind"
    assert caught.value.values["allowed"] == "holiday, workday"


# ---------------------------------------------------------------------------
# Working days left
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("today", "due", "expected_left"),
    [
        ("2026-02-11", "2026-02-11", 0),  # due today
        ("2026-02-10", "2026-02-11", 1),  # Wed
        ("2026-02-09", "2026-02-11", 2),  # Tue, Wed
        ("2026-02-06", "2026-02-11", 3),  # Mon, Tue, Wed
        ("2026-02-07", "2026-02-11", 3),  # from a Saturday: Mon, Tue, Wed
        ("2026-03-20", "2026-03-30", 3),  # Nauryz skipped: Thu 26, Fri 27, Mon 30
        ("2026-02-12", "2026-02-11", -1),  # one working day late
        ("2026-02-13", "2026-02-11", -2),  # Thu 12, Fri 13 late
        ("2026-02-14", "2026-02-11", -2),  # Saturday adds nothing
        ("2026-02-16", "2026-02-11", -3),  # Thu, Fri, Mon
        # Due Fri 13 Feb 2026; the weekend right after is overdue, never 0.
        ("2026-02-14", "2026-02-13", -1),
        ("2026-02-15", "2026-02-13", -1),
        ("2026-02-16", "2026-02-13", -1),
        ("2026-02-17", "2026-02-13", -2),
        # Due Fri 20 Mar 2026; Nauryz 21-25 Mar adds no lateness.
        ("2026-03-25", "2026-03-20", -1),
        ("2026-03-26", "2026-03-20", -1),
        ("2026-03-27", "2026-03-20", -2),
    ],
)
def test_working_days_left(cal, today, due, expected_left):
    """Given today and a due date, the days left are 0 on the day, >0 before, <0 after."""
    assert cal.working_days_left(D(today), D(due)) == expected_left


# ---------------------------------------------------------------------------
# Properties over random dates
# ---------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(
    received=st.dates(min_value=D("2024-01-01"), max_value=D("2027-11-30")),
    request_type=st.sampled_from(REQUEST_TYPES),
)
def test_due_date_is_the_nth_working_day_after_receipt(received, request_type):
    """Given any receipt date and type, the due date is after receipt, a working day, and the
    n-th working day counted from the day after receipt (by the hand-written table)."""
    due, _basis = _due(CAL, request_type, received)
    assert due > received
    assert oracle_is_working_day(due)
    counted = sum(
        oracle_is_working_day(received + timedelta(days=k))
        for k in range(1, (due - received).days + 1)
    )
    assert counted == expected_period(request_type, received)


@settings(max_examples=200, deadline=None)
@given(
    received=st.dates(min_value=D("2024-01-01"), max_value=D("2027-11-30")),
    request_type=st.sampled_from(REQUEST_TYPES),
)
def test_on_the_day_of_receipt_the_whole_period_is_left(received, request_type):
    """Given a request just received, the working days left equal its period."""
    due, _basis = _due(CAL, request_type, received)
    assert CAL.working_days_left(received, due) == expected_period(request_type, received)


@settings(max_examples=300, deadline=None)
@given(start=st.dates(date(2023, 6, 1), date(2027, 12, 31)),
       span=st.integers(0, 900))
def test_counting_working_days_matches_walking_day_by_day(start, span):
    """Given any span, the closed-form count equals a day-by-day walk over the calendar."""
    cal = WorkingCalendar({date(2026, 12, 2): "holiday", date(2026, 12, 5): "workday"})
    end = start + timedelta(days=span)
    walked = sum(1 for k in range(1, span + 1) if cal.is_working_day(start + timedelta(days=k)))
    assert cal.count_working_days(start, end) == walked


def test_kazakhstans_table_loads_alone_and_matches_the_packages():
    """Only Kazakhstan's module is loaded (issue 18: every country cost ~110 ms of each
    start), and it tells the same days as `holidays.country_holidays("KZ")`."""
    import subprocess
    import sys

    code = ("import sys; from app.domain.calendar import WorkingCalendar; "
            "from datetime import date; c = WorkingCalendar(); "
            "assert not c.is_working_day(date(2026, 12, 16)); "
            "print(sum(m.startswith('holidays.countries.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "0"
    import holidays

    from app.domain.calendar import kazakhstan_holidays

    alone, package = kazakhstan_holidays(), holidays.country_holidays("KZ", expand=True)
    day = date(2015, 1, 1)
    while day < date(2031, 1, 1):
        assert (alone.get(day), alone.is_working_day(day)) == (
            package.get(day), package.is_working_day(day)), day
        day += timedelta(days=1)
