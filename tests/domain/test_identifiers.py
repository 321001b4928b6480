"""Stories about Kazakh IIN and BIN numbers: structure, check digit, kind and sex.

Check digits come from `spec_check_digit`, a small helper written here from
kz-rules.md ("Identifiers"), not from the module under test. The first few
numbers are also worked out by hand in the comments.
"""

from __future__ import annotations

import pytest

from app.domain.identifiers import check_id

_SPEC_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def spec_check_digit(first_eleven: str) -> int | None:
    """S = sum(i * a_i) mod 11; if 10, use weights 3..11,1,2; if still 10, no valid number."""
    assert len(first_eleven) == 11 and first_eleven.isdigit()
    digits = [int(c) for c in first_eleven]
    s = sum(i * a for i, a in enumerate(digits, start=1)) % 11
    if s == 10:
        s = sum(w * a for w, a in zip(_SPEC_WEIGHTS_2, digits, strict=True)) % 11
        if s == 10:
            return None
    return s


def with_check(first_eleven: str) -> str:
    digit = spec_check_digit(first_eleven)
    assert digit is not None, f"{first_eleven} has no valid check digit"
    return first_eleven + str(digit)


def wrong_check(first_eleven: str) -> str:
    digit = spec_check_digit(first_eleven)
    assert digit is not None
    return first_eleven + str((digit + 1) % 10)


# --- Worked by hand ---------------------------------------------------------
# 9 0 0 5 1 5 3 0 1 2 3: 1*9 + 4*5 + 5*1 + 6*5 + 7*3 + 9*1 + 10*2 + 11*3 = 147;
# 147 mod 11 = 4.
MAN_1990 = "900515301234"
# Same with century/sex digit 4: 147 + 7*1 = 154; 154 mod 11 = 0.
WOMAN_1990 = "900515401230"
# 9 0 0 5 1 5 3 0 0 9 0: first sum 9+20+5+30+21+90 = 175, mod 11 = 10;
# second sum 3*9 + 6*5 + 7*1 + 8*5 + 9*3 + 1*9 = 140, mod 11 = 8.
IIN_SECOND_WEIGHTS = "900515300908"
# 9 0 0 5 1 5 3 0 0 9 1: first 175 + 11 = 186 -> 10; second 140 + 2 = 142 -> 10.
IIN_NO_CHECK_POSSIBLE_PREFIX = "90051530091"
# BIN 1 5 0 3 4 0 0 0 0 0 0: first 1 + 10 + 12 + 20 = 43 -> 10;
# second 3 + 20 + 18 + 28 = 69 -> 3.
BIN_SECOND_WEIGHTS = "150340000003"
# BIN 1 5 0 3 4 0 0 0 0 0 9: first 43 + 99 = 142 -> 10; second 69 + 18 = 87 -> 10.
BIN_NO_CHECK_POSSIBLE_PREFIX = "15034000009"


def test_spec_helper_agrees_with_the_hand_worked_numbers():
    """Given the hand-worked numbers, the helper written from the spec gives the same digits."""
    assert with_check(MAN_1990[:11]) == MAN_1990
    assert with_check(WOMAN_1990[:11]) == WOMAN_1990
    assert with_check(IIN_SECOND_WEIGHTS[:11]) == IIN_SECOND_WEIGHTS
    assert with_check(BIN_SECOND_WEIGHTS[:11]) == BIN_SECOND_WEIGHTS
    assert spec_check_digit(IIN_NO_CHECK_POSSIBLE_PREFIX) is None
    assert spec_check_digit(BIN_NO_CHECK_POSSIBLE_PREFIX) is None


VALID = [
    ("man born 1990", MAN_1990, "IIN"),
    ("woman born 1990", WOMAN_1990, "IIN"),
    ("first sum 10, second weights give 8", IIN_SECOND_WEIGHTS, "IIN"),
    ("BIN: first sum 10, second weights give 3", BIN_SECOND_WEIGHTS, "BIN"),
    ("born 1890 (century digit 1)", with_check("90051510001"), "IIN"),
    ("born 2005 (century digit 6)", with_check("05123160001"), "IIN"),
    ("29 Feb 2000 (century digit 5, leap year)", with_check("00022950001"), "IIN"),
    ("foreigner, century digit 0", with_check("90051500001"), "IIN"),
    ("resident BIN, head office (type 4)", with_check("15034000001"), "BIN"),
    ("non-resident BIN, branch (type 5)", with_check("15035100001"), "BIN"),
    ("joint IP BIN, representative office (type 6)", with_check("15036200001"), "BIN"),
    ("farm BIN (attribute 3)", with_check("99124312345"), "BIN"),
]


@pytest.mark.parametrize(("number", "kind"), [v[1:] for v in VALID], ids=[v[0] for v in VALID])
def test_valid_numbers_are_accepted_and_their_kind_told(number, kind):
    """Given a well-formed IIN or BIN, when checked, it is valid and its kind is told."""
    result = check_id(number)
    assert (result.valid, result.kind, result.reason) == (True, kind, None)


INVALID = [
    # (story, number, expected kind, a word of the reason)
    ("wrong check digit of an IIN", wrong_check(MAN_1990[:11]), "IIN", "check digit"),
    ("wrong check digit of a BIN", wrong_check(BIN_SECOND_WEIGHTS[:11]), "BIN", "check digit"),
    ("IIN where both sums are 10, digit 0", IIN_NO_CHECK_POSSIBLE_PREFIX + "0", "IIN", "No valid"),
    ("IIN where both sums are 10, digit 9", IIN_NO_CHECK_POSSIBLE_PREFIX + "9", "IIN", "No valid"),
    ("BIN where both sums are 10", BIN_NO_CHECK_POSSIBLE_PREFIX + "0", "BIN", "No valid"),
    ("11 digits", MAN_1990[:11], None, "12 digits"),
    ("13 digits", MAN_1990 + "0", None, "12 digits"),
    ("empty", "", None, "12 digits"),
    ("a letter inside", "90051530123A", None, "12 digits"),
    ("letters only", "ABCDEFGHIJKL", None, "12 digits"),
    ("spaces inside", "900515 301234", None, "12 digits"),
    ("grouped with spaces", "9005 1530 1234", None, "12 digits"),
    ("dashes inside", "900515-301234", None, "12 digits"),
    ("full-width (non-ASCII) digits", "９００５１５３０１２３４", None, "12 digits"),
    ("BIN with month 13", with_check("15134000001"), "BIN", "month"),
    ("BIN with month 00", with_check("15004000001"), "BIN", "month"),
    ("BIN attribute digit 4", with_check("15034400001"), "BIN", "attribute"),
    ("BIN attribute digit 9", with_check("15035900001"), "BIN", "attribute"),
]


#: The reason a number is refused, as the code each face words.
REASON_CODES = {"12 digits": "id_not_12_digits", "birth date": "iin_birth_date",
                "7th digit": "iin_century_digit", "month": "bin_month",
                "attribute": "bin_attribute", "check digit": "id_wrong_check_digit",
                "No valid": "id_no_check_digit"}


@pytest.mark.parametrize(
    ("number", "kind", "reason_word"), [v[1:] for v in INVALID], ids=[v[0] for v in INVALID]
)
def test_invalid_numbers_are_refused_with_a_reason(number, kind, reason_word):
    """Given a malformed IIN or BIN, when checked, it is refused and the reason says why."""
    result = check_id(number)
    assert result.valid is False
    assert result.kind == kind
    assert result.reason == REASON_CODES[reason_word]
    assert result.problem is not None and result.problem.code == result.reason


@pytest.mark.parametrize("type_digit", ["4", "5", "6"])
def test_type_digit_4_5_6_marks_a_bin(type_digit):
    """Given digit 5 is 4, 5 or 6 (impossible as a day's tens), the number is read as a BIN."""
    number = with_check("1503" + type_digit + "000001")
    assert check_id(number).kind == "BIN"


def test_surrounding_whitespace_is_tolerated_by_check_id():
    """Given a pasted IIN with spaces around it, check_id accepts it."""
    assert check_id(f"  {WOMAN_1990}\n").valid is True


#: IINs whose first digits do not read as a birth date or century: since 2013 they need
#: not, so the check digit decides and the oddity is only a warning.
ODD_BUT_VALID = [
    ("30 February does not exist", with_check("95023030001"), "iin_birth_date"),
    ("month 13 in an IIN", with_check("95133130001"), "iin_birth_date"),
    ("day 00 in an IIN", with_check("95010030001"), "iin_birth_date"),
    ("29 Feb 1900 (century digit 3, not leap)", with_check("00022930001"), "iin_birth_date"),
    ("century digit 7", with_check("90051570001"), "iin_century_digit"),
    ("century digit 9", with_check("90051590001"), "iin_century_digit"),
]


@pytest.mark.parametrize(("number", "warning"), [v[1:] for v in ODD_BUT_VALID],
                         ids=[v[0] for v in ODD_BUT_VALID])
def test_an_iin_whose_date_or_century_looks_wrong_is_valid_with_a_warning(number, warning):
    result = check_id(number)
    assert (result.valid, result.kind, result.reason) == (True, "IIN", None)
    assert result.warning == warning and result.notice.code == warning


def test_a_wrong_check_digit_is_still_refused_even_with_an_odd_date():
    number = with_check("95023030001")
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    assert check_id(wrong).valid is False


def test_sex_is_never_read_from_an_iin():
    import app.domain.identifiers as identifiers

    assert not hasattr(identifiers, "iin_sex")

