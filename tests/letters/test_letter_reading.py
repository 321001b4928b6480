"""Story: a lawyer reads every letter and finds it as a person would write it.

The operator's phone keeps the spacing people read it with; a letter by post names the
address it goes to; a letter made after a date it promises (or after the period of the
right it answers) is warned about before it goes; the English letters treat "data" as
plural, as the Law's English translations do; the Kazakh letterhead says «эл. пошта»;
a letter longer than a page numbers its pages from the second on. Every test makes real
letters from a register and reads them back with python-docx.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from docx import Document
from docx.oxml.ns import qn

from app.letters.kinds import KINDS
from app.services.letters import letter_warnings, make_letter
from tests.builders import ALMATY, add_request, fixed_clock, new_register, said
from tests.letters.test_letter_truth import OPERATOR, PROFILE, text_of

LANGS = ("kk", "ru", "en")
NBSP = "\u00a0"
#: The operator typed "+7 727 200 00 00"; the register keeps "+77272000000".
SHOWN_PHONE = NBSP.join(("+7", "727", "200", "00", "00"))
POSTAL = "050000, г. Алматы, ул. Толе би, 100, кв. 5"


@pytest.fixture
def reg(tmp_path):
    """The lawyer's day: Tuesday 1 December 2026 in Almaty."""
    register = new_register(tmp_path, clock=fixed_clock(2026, 12, 1))
    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", PROFILE)
    yield register
    register.close()


def _make(reg, rid, kind, lang, out, **kwargs):
    return make_letter(reg, rid, kind, lang=lang, out_dir=out, **kwargs)


def _flat(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u2011", "-")


# ------------------------------------------------------------------ the phone
@pytest.mark.parametrize("lang", LANGS)
def test_the_operators_phone_is_printed_grouped_and_on_one_line(reg, tmp_path, lang):
    rid = add_request(reg, received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    reg.set_setting("executor", {"name": "А. Иванова", "phone": "87015551234"})
    text = text_of(_make(reg, rid, "acknowledgement", lang, tmp_path).path)
    assert "+77272000000" not in text and "+77015551234" not in text
    letterhead = {"kk": "тел.: ", "ru": "тел.: ", "en": "Tel.: "}[lang] + SHOWN_PHONE
    assert letterhead in text
    # The "how to reach us" paragraph, and the executor's line under the signature.
    assert {"kk": f"{SHOWN_PHONE} телефоны", "ru": f"по телефону {SHOWN_PHONE}",
            "en": f"by telephone on {SHOWN_PHONE}"}[lang] in text
    assert NBSP.join(("+7", "701", "555", "12", "34")) in text


def test_a_number_that_is_not_kazakh_or_was_grouped_by_hand_is_printed_as_stored(reg,
                                                                                 tmp_path):
    reg.set_setting("operator", OPERATOR | {"phone": "+79161234567"})
    reg.set_setting("executor", {"name": "А. Иванова", "phone": "+7 7172 79 00 12"})
    rid = add_request(reg, received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    text = text_of(_make(reg, rid, "acknowledgement", "ru", tmp_path).path)
    assert "тел.: +79161234567" in text
    assert "Исп.: А. Иванова, тел. +7 7172 79 00 12" in text


# ------------------------------------------------------------------ the postal address
def _addressee_block(path) -> list[str]:
    """The paragraphs of the right-hand cell of the references table (the addressee)."""
    cell = Document(str(path)).tables[0].rows[0].cells[1]
    return [p.text for p in cell.paragraphs]


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_by_post_names_the_address_under_the_name(reg, tmp_path, lang):
    rid = add_request(reg, channel="letter", email=None, postal_address=POSTAL,
                      received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    block = _addressee_block(_make(reg, rid, "acknowledgement", lang, tmp_path).path)
    assert block[0] == "Ахметова Айгерим"
    assert _flat(block[1]) == POSTAL
    assert len(block) == 2  # no email, and no blank line where it would be


def test_the_addressee_block_has_name_address_and_email_when_all_are_known(reg, tmp_path):
    rid = add_request(reg, postal_address=POSTAL,
                      received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    block = _addressee_block(_make(reg, rid, "acknowledgement", "ru", tmp_path).path)
    assert [_flat(p) for p in block] == ["Ахметова Айгерим", POSTAL, "aigerim@example.kz"]
    no_post = add_request(reg, received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    block = _addressee_block(_make(reg, no_post, "acknowledgement", "ru", tmp_path).path)
    assert block == ["Ахметова Айгерим", "aigerim@example.kz"]


# ------------------------------------------------------------------ a date already past
def _late(notices, code="letter_promises_past_date"):
    return [n for n in notices if n.code == code]


def test_an_acknowledgement_promising_a_day_already_past_is_warned_about(reg, tmp_path):
    """Received 10 Dec 2025, acknowledged 1 Dec 2026: «не позднее 25 декабря 2025 г.»."""
    rid = add_request(reg, types=["withdrawal"],
                      received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    before = letter_warnings(reg, rid, "acknowledgement")
    letter = _make(reg, rid, "acknowledgement", "ru", tmp_path)
    assert "не позднее 25 декабря 2025 г." in _flat(text_of(letter.path))
    for notices in (before, letter.warnings):
        [late] = _late(notices)
        assert late.values == {"type": "withdrawal", "date": "2025-12-25"}
        assert said(late) == (
            "The letter promises an answer on withdrawal by 2025-12-25, a day already past: "
            "make the reply itself instead, or explain the delay in your paragraph (--note).")
    assert letter.path.exists()  # a warning, not a refusal


def test_each_right_promised_late_is_named_once_earliest_first(reg, tmp_path):
    rid = add_request(reg, types=["withdrawal", "access", "deletion"],
                      received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    late = _late(letter_warnings(reg, rid, "acknowledgement"))
    assert [(n.values["type"], n.values["date"]) for n in late] == [
        ("deletion", "2025-12-11"), ("access", "2025-12-15"), ("withdrawal", "2025-12-25")]


def test_an_identity_request_naming_a_past_date_is_warned_about(reg, tmp_path):
    rid = add_request(reg, types=["access"], received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    [late] = _late(letter_warnings(reg, rid, "identity_request"))
    assert late.values == {"type": "access", "date": "2025-12-15"}


@pytest.mark.parametrize(("kind", "kwargs"), [
    ("access_response", {}),
    ("no_data", {}),
    ("refusal", {"note": "Личность не подтверждена.", "grounds": ["identity_not_confirmed"]}),
])
def test_a_reply_after_the_rights_due_date_is_warned_about(reg, tmp_path, kind, kwargs):
    rid = add_request(reg, types=["access"], received=datetime(2026, 11, 20, 10, tzinfo=ALMATY))
    assert reg.get_request(rid)["items"][0]["due"] == "2026-11-25"
    letter = _make(reg, rid, kind, "ru", tmp_path, **kwargs)
    [late] = _late(letter.warnings, "letter_after_due")
    assert late.values == {"type": "access", "date": "2026-11-25"}
    assert said(late) == ("The period for access ended on 2026-11-25: this reply is late. "
                          "If you make it, explain the delay in your paragraph (--note).")
    assert not _late(letter.warnings)


def test_a_letter_on_the_due_date_itself_is_in_time(tmp_path):
    """Received Wed 25 Nov 2026: access is due Mon 30 Nov; a letter that day is not late,
    one the next day is."""
    reg = new_register(tmp_path, clock=fixed_clock(2026, 11, 30))
    reg.set_setting("operator", OPERATOR)
    reg.set_setting("profile", PROFILE)
    rid = add_request(reg, types=["access"], received=datetime(2026, 11, 25, 10, tzinfo=ALMATY))
    assert reg.get_request(rid)["items"][0]["due"] == "2026-11-30"
    for kind in ("acknowledgement", "identity_request", "access_response"):
        codes = [n.code for n in letter_warnings(reg, rid, kind)]
        assert "letter_promises_past_date" not in codes and "letter_after_due" not in codes
    reg.close()


def test_a_right_already_done_or_not_answered_by_the_letter_is_not_warned_about(reg,
                                                                                 tmp_path):
    """The deletion was recorded: confirming it later is no late answer. A written
    follow-up promises no date and answers nothing; a correction waiting for its documents
    has no date yet."""
    rid = add_request(reg, types=["deletion"], received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    reg.record_action(rid, "deleted", "Удалено из CRM")
    for kind in ("deletion_done", "written_followup"):
        codes = [n.code for n in letter_warnings(reg, rid, kind)]
        assert "letter_after_due" not in codes and "letter_promises_past_date" not in codes
    waiting = add_request(reg, types=["correction"],
                          received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    for kind in ("acknowledgement", "refusal"):
        codes = [n.code for n in letter_warnings(reg, waiting, kind)]
        assert "letter_after_due" not in codes and "letter_promises_past_date" not in codes


# ------------------------------------------------------------------ English "data"
#: "data" as a singular: "data has been", "data is", "data was", "disclose it", "its
#: processing", "change and add to it", "where it has been".
SINGULAR = re.compile(r"\bdata (?:has|is|was)\b|disclose it\b|about its\b|add to it\b|"
                      r"destroy it\b|for its collection|where it has\b|action on it\b|"
                      r"\bthat is needed\b")


def test_english_letters_treat_data_as_plural(reg, tmp_path):
    rid = add_request(reg, types=["access", "withdrawal", "objection", "deletion",
                                  "correction", "blocking"], lang="en",
                      received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    for action in ("corrected", "blocked", "unblocked", "deleted", "processing_stopped"):
        reg.record_action(rid, action, "Done")
    found = {}
    for kind in KINDS:
        text = _flat(text_of(_make(reg, rid, kind, "en", tmp_path, note="Our note.",
                                   grounds=["identity_not_confirmed"],
                                   despite="every kind for one request").path))
        found.update({kind: SINGULAR.findall(text)} if SINGULAR.search(text) else {})
        if kind in ("correction_done", "blocking_done", "unblocking_done", "deletion_done"):
            assert "your personal data have been" in text, kind
    assert found == {}


def test_the_english_no_data_letter_asks_for_the_other_details_idiomatically(reg, tmp_path):
    rid = add_request(reg, types=["access"], lang="en",
                      received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    text = _flat(text_of(_make(reg, rid, "no_data", "en", tmp_path).path))
    assert "let us know them" not in text
    assert "please send us those details and we will check again" in text


# ------------------------------------------------------------------ the Kazakh letterhead
def test_the_kazakh_letterhead_says_el_poshta_and_the_russian_keeps_e_mail(reg, tmp_path):
    rid = add_request(reg, received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    kk = text_of(_make(reg, rid, "acknowledgement", "kk", tmp_path).path)
    assert f"эл.{NBSP}пошта: dpo@almasoft.kz" in kk and "e-mail" not in kk.lower()
    ru = text_of(_make(reg, rid, "acknowledgement", "ru", tmp_path).path)
    assert "e-mail: dpo@almasoft.kz" in ru


# ------------------------------------------------------------------ page numbers
def _fields(part) -> list[str]:
    """The field instructions in a header or footer part (simple or complex fields)."""
    element = part._element
    simple = [f.get(qn("w:instr")) for f in element.iter(qn("w:fldSimple"))]
    complex_ = [t.text for t in element.iter(qn("w:instrText"))]
    return [(i or "").strip() for i in simple + complex_]


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_numbers_its_pages_from_the_second_on(reg, tmp_path, lang):
    rid = add_request(reg, types=["access"], received=datetime(2026, 11, 30, 10, tzinfo=ALMATY))
    reg.record_action(rid, "data_found", "фамилия, имя, телефон")
    path = _make(reg, rid, "access_response", lang, tmp_path).path
    section = Document(str(path)).sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in _fields(section.footer)
    # The first page is the letterhead's: no number, no text.
    assert _fields(section.first_page_footer) == []
    assert not "".join(p.text for p in section.first_page_footer.paragraphs).strip()
