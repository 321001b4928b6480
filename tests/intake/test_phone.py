"""Stories about normalising the phone numbers and addresses requesters give, and writing
a number back for a reader."""

from __future__ import annotations

import pytest

from app.intake.phone import format_phone, normalize_email, normalize_phone


@pytest.mark.parametrize(
    "raw",
    [
        "+7 701 555 12 34",
        "87015551234",
        "8 (701) 555-12-34",
        "+77015551234",
        "7015551234",
        "  +7-701-555-12-34  ",
        "+7 (701) 555 12 34",
    ],
)
def test_kazakh_mobile_written_any_way_becomes_e164(raw: str):
    # Given a number as a requester typed it, When normalised, Then it is one canonical form
    assert normalize_phone(raw) == "+77015551234"


def test_city_number_with_domestic_prefix_becomes_e164():
    # Given an Almaty landline written with the domestic "8" and area code 727
    assert normalize_phone("8 (727) 250-00-00") == "+77272500000"


def test_foreign_number_keeps_its_country_code():
    assert normalize_phone("+49 30 1234567") == "+49301234567"


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "call me", "12", "+7 701", "8701555123456789", "not a phone 555"],
)
def test_empty_or_impossible_number_gives_none(raw: str):
    assert normalize_phone(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ivan@Example.KZ", "ivan@example.kz"),
        ("  aigerim@mail.kz \n", "aigerim@mail.kz"),
        ("<Asel@Mail.KZ>", "asel@mail.kz"),
        ("mailto:Erlan@Gmail.com", "erlan@gmail.com"),
        ("first.last+tag@sub.example.kz", "first.last+tag@sub.example.kz"),
    ],
)
def test_email_is_stripped_and_lowercased(raw: str, expected: str):
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "ivan", "@example.kz", "ivan@", "a@b@c.kz", "ivan petrov@example.kz", "@"],
)
def test_clearly_wrong_email_gives_none(raw: str):
    assert normalize_email(raw) is None


# ------------------------------------------------------------------ written for reading
@pytest.mark.parametrize(("stored", "shown"), [
    ("+77272000000", "+7 727 200 00 00"),      # an Almaty office line, as stored
    ("+77015551234", "+7 701 555 12 34"),      # a mobile
    ("87015551234", "+7 701 555 12 34"),       # bare digits, typed by hand
])
def test_a_kazakh_number_is_grouped_on_one_line(stored: str, shown: str):
    assert format_phone(stored) == shown.replace(" ", "\u00a0")


@pytest.mark.parametrize("stored", [
    "+79161234567",              # Russian: the same +7, another country's groups
    "+441632960961",             # foreign
    "+7 7172 79 00 12",          # grouped by hand: an Astana line's four-digit code
    "8 (701) 555-12-34",         # grouped by hand
    "8 727 200 00 00 доб. 12",  # an extension E.164 would drop
    "2-15",                      # an internal number
    "call the office",
])
def test_any_other_number_is_left_as_stored(stored: str):
    assert format_phone(stored) == stored


def test_no_number_is_written_as_nothing():
    assert format_phone(None) == "" and format_phone("  ") == ""
