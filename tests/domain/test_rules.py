"""Stories about the deadline rules: each row says everything about its period, once.

The citation in every language, the basis kind, the unit and the clock's start are
read by letters, the register, the CLI and the window; these stories hold the rows to
the law as shared/domain/kz-rules.md states it, and to the dates provisions came in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain import rules
from app.domain.calendar import WorkingCalendar
from app.domain.deadlines import due_date, rule_due
from app.domain.vocab import REQUEST_TYPES
from app.languages import LETTER_LANGUAGES

D = date.fromisoformat
CAL = WorkingCalendar()


def test_every_row_is_complete_in_every_letter_language():
    rules.check_rules()


def test_the_completeness_check_can_fail():
    """Given a row without its Kazakh citation, the check says so (it is not vacuous)."""
    broken = replace(rules.DEADLINE_RULES[0], citation={"ru": "x", "en": "y"})
    with pytest.raises(ValueError, match="kk"):
        rules.check_rules((broken, *rules.DEADLINE_RULES[1:]))


@pytest.mark.parametrize("request_type", ["withdrawal", "objection"])
def test_provisions_of_law_231_viii_are_not_cited_before_18_january_2026(request_type):
    """A withdrawal or objection of 10 Dec 2025 rests on the operator's target only; from
    18 Jan 2026 on the Law's own article, cited in every language."""
    before = rules.rule_for(request_type, D("2025-12-10"))
    assert before.basis_kind == rules.OPERATOR and not before.statutory
    for lang in LETTER_LANGUAGES:
        assert "19-1" not in before.cites(lang) and "8" not in before.cites(lang)
    assert before.cites("ru") == "срок, установленный оператором"
    after = rules.rule_for(request_type, D("2026-01-18"))
    assert after.statutory
    assert after.cites("ru") == {"withdrawal": "пункт 7 статьи 8 Закона",
                                 "objection": "пункты 2 и 3 статьи 19-1 Закона"}[request_type]
    assert after.cites("kk").startswith("Заңның")


def test_access_rests_on_a_by_law_not_the_law():
    rule = rules.rule_for("access", D("2026-03-20"))
    assert rule.basis_kind == rules.BYLAW
    # The Law's duty to answer (Art. 25(2)(6)), then the by-law that sets the days.
    assert rule.cites("ru") == ("подпункт 6) пункта 2 статьи 25 Закона; пункт 16 Правил "
                                "сбора, обработки персональных данных (приказ № 395/НҚ от "
                                "21 октября 2020 г.)")
    for lang in LETTER_LANGUAGES:  # the by-law is named by its order in every language
        assert "16" in rule.cites(lang) and "25" in rule.cites(lang)
        assert "395/НҚ" in rule.cites(lang)


@pytest.mark.parametrize("request_type", ["portability", "other"])
def test_operator_targets_cite_no_provision(request_type):
    rule = rules.rule_for(request_type, D("2026-03-20"))
    assert rule.basis_kind == rules.OPERATOR
    assert rule.citation == rules.OPERATOR_TARGET


def test_every_type_has_a_rule_in_force_on_any_date():
    for t in REQUEST_TYPES:
        for day in ("2010-01-01", "2013-05-21", "2025-12-31", "2026-01-18", "2030-06-01"):
            assert rules.rule_for(t, D(day)).type == t


def test_correction_is_counted_from_the_documents_when_they_came_later():
    """A correction received Mon 2 Feb 2026 whose documents came Thu 5 Feb is due Fri 6
    Feb, not Tue 3 Feb; until the documents' day is known, from the receipt."""
    assert due_date(CAL, "correction", D("2026-02-02")).due == D("2026-02-03")
    assert due_date(CAL, "correction", D("2026-02-02"), D("2026-02-05")).due == D("2026-02-06")


def test_a_later_event_does_not_move_a_right_counted_from_receipt():
    assert due_date(CAL, "deletion", D("2026-02-02"), D("2026-02-05")).due == D("2026-02-03")


def test_unblocking_is_counted_from_the_day_the_breach_is_not_confirmed():
    rule = rules.rule_for("unblocking", D("2026-02-02"))
    assert rule.clock_start == rules.BREACH_NOT_CONFIRMED
    assert due_date(CAL, "unblocking", D("2026-02-02"), D("2026-02-10")).due == D("2026-02-11")


def test_a_period_in_calendar_days_ends_on_a_working_day():
    """15 calendar days from Fri 6 Mar 2026 is Sat 21 Mar (Nauryz, then a weekend and
    holidays up to Wed 25 Mar): the period ends on Thu 26 Mar, the next working day."""
    rule = replace(rules.rule_for("deletion", D("2026-03-06")), count=15,
                   unit=rules.CALENDAR_DAYS)
    assert rule.period == "15 calendar days"
    assert rule_due(CAL, rule, D("2026-03-06")) == D("2026-03-26")
