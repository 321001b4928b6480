"""Stories about normalising the phone numbers and addresses requesters give."""

from __future__ import annotations

import pytest

from app.intake.phone import normalize_email, normalize_phone


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
