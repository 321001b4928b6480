"""The `answers` fixture fails a test whose answered dialog never came: such a test checks nothing.

A test answers a dialog by filling its fields and asserting inside the fill; if the
window never shows that dialog (an action broken, a handler emptied), the asserts never
run and the test would pass. The fixture's teardown refuses that.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import Answers

pytest_plugins = ("pytester",)
pytestmark = pytest.mark.gui


def test_an_answer_nobody_asked_for_is_reported_and_a_used_one_is_not():
    # Given answers for a dialog and a question
    answers = Answers()
    answers.dialog("NewRequestDialog", lambda dialog: None)
    answers.values["confirm"] = True
    # When neither was shown, the check names both
    assert answers.unused() == ["dialog NewRequestDialog", "question confirm"]
    with pytest.raises(AssertionError, match="NewRequestDialog"):
        answers.check_all_used()
    # When both were shown, nothing is left over
    answers.asked += [("run_dialog", "NewRequestDialog"), ("confirm", "Erase?")]
    answers.check_all_used()


INNER = '''
def test_the_dialog_never_comes(window, answers, monkeypatch):
    # The duplicate-warning test with the window's new_request emptied: its asserts,
    # inside the fill, would never run.
    monkeypatch.setattr(window.intake, "new_request", lambda mode: None)

    def fill(dialog):
        assert "IN-2026-0001" in dialog.duplicates.text()
        return False

    answers.dialog("NewRequestDialog", fill)
    window.commands.phone.trigger()


def test_the_dialog_comes(window, answers):
    answers.dialog("NewRequestDialog", lambda dialog: False)
    window.commands.phone.trigger()
'''


def test_a_test_whose_dialog_never_comes_fails(pytester):
    # Given the window's fixtures, and a test whose dialog is never shown
    pytester.makeconftest("from tests.ui.conftest import *  # noqa: F401,F403\n")
    pytester.makepyfile(test_inner=INNER)
    # When pytest runs it
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    # Then it does not pass: its teardown names the answer nobody asked for
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_the_dialog_never_comes*",
                                 "*Answered but never asked: dialog NewRequestDialog*"])
