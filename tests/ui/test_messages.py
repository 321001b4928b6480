"""The window words every problem the command line does, in the interface language.

Problems cross the layers as codes with values; the window's catalog (`app.ui.messages`)
must know every code the command line's does, with the same placeholders, and word
nested problems and code-valued fields the way a person reads them.
"""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import QCoreApplication

from app.cli.messages import MESSAGES
from app.domain.errors import DomainError, Notice, UserError
from app.domain.identifiers import check_id
from app.letters.errors import LetterError
from app.ui import i18n, messages

pytestmark = pytest.mark.gui


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_code_of_the_command_line_has_the_windows_words_with_its_placeholders():
    # Given the command line's catalog, the source of truth for which codes exist
    missing = sorted(set(MESSAGES) - set(messages.CATALOG))
    # Then the window's catalog has every code, each with the same placeholder names
    assert missing == []
    differ = {code: (placeholders(MESSAGES[code]), placeholders(messages.CATALOG[code]))
              for code in MESSAGES
              if placeholders(MESSAGES[code]) != placeholders(messages.CATALOG[code])}
    assert differ == {}


def test_the_window_never_names_a_command_line_option():
    options = [code for code, text in messages.CATALOG.items()
               if "--" in text or "operator set" in text or "operator profile" in text]
    assert options == []


def test_sentences_for_one_value_belong_to_a_known_code_and_use_its_placeholders():
    for (code, key, _value), template in messages.BY_VALUE.items():
        assert code in messages.CATALOG
        assert key in placeholders(messages.CATALOG[code])
        assert placeholders(template) <= placeholders(messages.CATALOG[code]) - {key}


def test_a_real_domain_error_reads_as_the_catalogs_sentence_and_in_russian_as_translated():
    # Given a problem a layer really raises
    problem = DomainError("request_closed")
    english = messages.CATALOG["request_closed"]
    # Then the English window says the catalog's sentence
    assert messages.word(problem) == english
    # And the Russian window says it in Russian, from the catalog
    i18n.install("ru")
    try:
        assert messages.word(problem) == QCoreApplication.translate(messages.CONTEXT, english)
        assert messages.word(problem) == ("Обращение закрыто; сначала возобновите его с "
                                          "указанием причины.")
    finally:
        i18n.install("en")


def test_values_fill_the_sentence_and_nested_problems_are_worded():
    # An operator's id refused for a reason that is itself a problem (a Notice)
    reason = check_id("180540012344").problem
    assert isinstance(reason, Notice)
    text = messages.word(DomainError("operator_id_invalid", value="180540012344",
                                     reason=reason))
    assert text == ("180540012344 is not a valid IIN or BIN: The check digit of this BIN is "
                    "wrong.")


def test_code_valued_fields_are_named_in_the_interface_language():
    assert messages.word(LetterError("note_required", kind="refusal")) == (
        "The letter “Reasoned refusal” needs your own paragraph: write it under “Your "
        "paragraph”.")
    said = messages.word(LetterError("actions_missing", action="deleted", kind="deletion_done"))
    assert said == ("Record what was done first (destruction of personal data), then make "
                    "the letter “Destruction of your personal data”.")
    assert messages.word(DomainError("profile_list_empty", field="purposes")) == (
        "Fill in “Purposes of processing” in the processing profile: one entry per line.")
    # A kind that is not a letter kind (an IIN or a BIN) stays as it is
    assert messages.word(Notice("id_wrong_check_digit", {"kind": "BIN"})) == (
        "The check digit of this BIN is wrong.")


def test_a_duplicate_reads_right_for_email_and_for_phone():
    email = Notice("possible_duplicate", {"number": "IN-2026-0001", "same": "email"})
    phone = Notice("possible_duplicate", {"number": "IN-2026-0001", "same": "phone"})
    assert messages.word(email) == ("Possible duplicate: the open request IN-2026-0001 has the "
                                    "same email.")
    assert messages.word(phone).endswith("has the same phone.")


def test_nothing_crashes_the_wording():
    # An unknown code reads as the code; a warning still written as text, as it is
    assert messages.word(UserError("a_code_nobody_knows", path="/x")) == "a_code_nobody_knows"
    assert messages.word("The message has no date; the time it arrived is used.") == (
        "The message has no date; the time it arrived is used.")
    # A value missing from the problem leaves its placeholder, not an exception
    assert messages.word(DomainError("request_not_found")) == "There is no request {number}."
    # A bug (not a user's problem) is said briefly, pointing at the log
    said = messages.word(RuntimeError("boom"))
    assert "RuntimeError: boom" in said and "log" in said
