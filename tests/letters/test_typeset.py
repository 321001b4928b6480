"""Story: Kazakh dates take the case the sentence needs, and numbers, dates and citations
stay on one line; a signatory's initials come before the surname."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.letters import kazakh
from app.letters.context import due_by, letter_day
from app.letters.typeset import NBHY, NBSP, WJ, initials_first, keep_together, shown_number

# Written out by hand, month by month: the attributive (-дағы/-дегі/-тағы/-тегі) of the
# reference line and the ablative (-дан/-ден/-тан/-тен/-нан/-нен) of a deadline.
MONTHS = [
    (1, "қаңтардағы", "қаңтардан"),
    (2, "ақпандағы", "ақпаннан"),
    (3, "наурыздағы", "наурыздан"),
    (4, "сәуірдегі", "сәуірден"),
    (5, "мамырдағы", "мамырдан"),
    (6, "маусымдағы", "маусымнан"),
    (7, "шілдедегі", "шілдеден"),
    (8, "тамыздағы", "тамыздан"),
    (9, "қыркүйектегі", "қыркүйектен"),
    (10, "қазандағы", "қазаннан"),
    (11, "қарашадағы", "қарашадан"),
    (12, "желтоқсандағы", "желтоқсаннан"),
]


@pytest.mark.parametrize(("month", "attributive", "ablative"), MONTHS)
def test_every_kazakh_month_takes_its_ending_by_vowel_harmony(month, attributive, ablative):
    assert kazakh.month_in(month, kazakh.ATTRIBUTIVE) == attributive
    assert kazakh.month_in(month, kazakh.ABLATIVE) == ablative


def test_the_month_names_are_babels():
    from babel.dates import get_month_names

    assert tuple(get_month_names("wide", locale="kk_KZ").values()) == kazakh.MONTHS


def test_a_kazakh_reference_date_and_deadline_read_as_the_glossary_writes_them():
    assert kazakh.date_in(date(2026, 3, 20), kazakh.ATTRIBUTIVE) == "2026 жылғы 20 наурыздағы"
    assert letter_day("2026-03-20", "kk", kazakh.ATTRIBUTIVE) == (
        f"2026{NBSP}жылғы{NBSP}20{NBSP}наурыздағы")
    assert due_by("2026-03-30", "kk") == f"2026{NBSP}жылғы{NBSP}30{NBSP}наурыздан кешіктірмей"
    assert due_by("2026-03-30", "ru") == f"не позднее 30{NBSP}марта{NBSP}2026{NBSP}г."
    assert due_by("2026-03-30", "en") == f"by 30{NBSP}March{NBSP}2026"
    # Russian and English need no ending: the date is the same before a noun.
    assert letter_day("2026-03-20", "ru", kazakh.ATTRIBUTIVE) == letter_day("2026-03-20", "ru")


def test_an_unknown_case_is_a_programming_error():
    with pytest.raises(ValueError, match="locative"):
        kazakh.ending("наурыз", "locative")


def test_a_register_number_is_printed_without_its_prefix_and_breakable_hyphen():
    assert shown_number("OUT-2026-0001") == f"2026{NBHY}0001"
    assert shown_number("IN-2026-0042") == f"2026{NBHY}0042"
    assert shown_number("OUT-2026-····") == f"2026{NBHY}····"  # a preview's placeholder


@pytest.mark.parametrize(("text", "bound"), [
    ("подпункт 8) пункта 2 статьи 25 Закона",
     f"подпункт{NBSP}8) пункта{NBSP}2 статьи{NBSP}25 Закона"),
    ("Заңның 24-бабы 1-тармағының 1) тармақшасы",  # «1)» never starts a line
     f"Заңның 24{NBHY}бабы 1{NBHY}тармағының{NBSP}1){NBSP}тармақшасы"),
    ("пункты 2 и 3 статьи 19-1 Закона",
     f"пункты{NBSP}2{NBSP}и{NBSP}3 статьи{NBSP}19{NBHY}1 Закона"),
    ("19-1-бабының 2 және 3-тармақтары", f"19{NBHY}1{NBHY}бабының 2{NBSP}және{NBSP}3{NBHY}"
                                          "тармақтары"),
    ("Article 19-1(2) and (3)", f"Article{NBSP}19{NBHY}1(2){NBSP}and{NBSP}(3)"),
    ("Article 25(2)(8) of the Law", f"Article{NBSP}25(2){WJ}(8) of the Law"),
    ("2)–4) тармақшалары", f"2){WJ}–{WJ}4){NBSP}тармақшалары"),
    ("by post to: 10 Abai Ave", f"by post to: 10{NBSP}Abai Ave"),
    ("Article 19-1(2) of the Law", f"Article{NBSP}19{NBHY}1(2) of the Law"),
    ("от 21 мая 2013 года № 94-V", f"от 21{NBSP}мая{NBSP}2013{NBSP}года №{NBSP}94{NBHY}V"),
    ("2013 жылғы 21 мамырдағы", f"2013{NBSP}жылғы{NBSP}21{NBSP}мамырдағы"),
    ("e-mail and {{ loop-1 }} stay", "e-mail and {{ loop-1 }} stay"),
])
def test_provisions_numbers_and_dates_are_kept_on_one_line(text, bound):
    assert keep_together(text) == bound


@pytest.mark.parametrize(("typed", "signed"), [
    ("Сейткали А.Б.", f"А.Б.{NBSP}Сейткали"),
    ("Иванов А. С.", f"А.С.{NBSP}Иванов"),
    ("А.Б. Сейтқали", f"А.Б.{NBSP}Сейтқали"),
    ("Smith J.", f"J.{NBSP}Smith"),
    ("Ким-Ли А.", f"А.{NBSP}Ким-Ли"),
    # Which word of a full name is the surname cannot be told: left as typed.
    ("Сапарова Айгерим Ерлановна", "Сапарова Айгерим Ерлановна"),
    ("Aigerim Saparova", "Aigerim Saparova"),
    ("", ""),
])
def test_a_signatory_is_written_initials_first_only_when_that_is_safe(typed, signed):
    assert initials_first(typed) == signed


def test_no_breakable_hyphen_is_left_next_to_a_digit():
    text = keep_together("статьи 19-1, 24-бабы, № 2026-0001, 8-бабының 7-тармағы")
    assert not re.search(r"\d-|-\d", text)


def test_a_period_standing_alone_takes_the_russian_numeral_forms():
    from app.letters.names import period_nominative

    assert period_nominative(1, True, "ru") == "1\xa0рабочий день"
    assert period_nominative(3, True, "ru") == "3\xa0рабочих дня"
    assert period_nominative(10, True, "ru") == "10\xa0рабочих дней"
    assert period_nominative(21, False, "ru") == "21\xa0календарный день"
    assert period_nominative(12, False, "ru") == "12\xa0календарных дней"
    assert period_nominative(3, True, "kk") == "3\xa0жұмыс күні"
