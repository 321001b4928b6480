"""Settings, Deadlines: every rule in force is listed with its basis and dates, and the operator
adds a rule of their own, which is marked; a rule the check refuses is said in its dialog
and nothing typed is lost.

Given/when/then in each test, on a real register; dialogs are answered through `answers`.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.services import operator
from app.ui import colours

pytestmark = pytest.mark.gui

CITATION = {"kk": "Цифрлық кодекстің 5-бабы", "ru": "статья 5 Цифрового кодекса",
            "en": "Article 5 of the Digital Code"}


def fill_rule(dialog, citation):
    """A 15-calendar-day deletion period from 1 December 2026, as the Digital Code says."""
    dialog.type.setCurrentIndex(dialog.type.findData("deletion"))
    dialog.count.setValue(15)
    dialog.unit.setCurrentIndex(dialog.unit.findData("calendar_days"))
    dialog.since.setDate(QDate(2026, 12, 1))
    dialog.basis.setCurrentIndex(dialog.basis.findData("law"))
    for lang, field in dialog.citation.items():
        field.setText(citation.get(lang, ""))
    dialog.source.setText("Digital Code, reported")


def test_the_deadlines_tab_lists_each_version_and_marks_a_rule_added(window, answers,
                                                                    register):
    seen = {}

    def settings(dialog):
        # Given the Deadlines tab, which says how an added rule counts
        dialog.show_tab("deadlines")
        tab = dialog.deadlines
        assert dialog.tabs.currentWidget() is tab
        assert "binds where it gives an earlier date" in tab.note.text()
        assert "letters then cite both" in tab.note.text()
        # Then the withdrawal of consent is listed twice: before and from 18 January 2026
        withdrawal = [row for row in tab.texts() if row[0] == "Consent withdrawal"]
        assert withdrawal == [
            ["Consent withdrawal", "21/05/2013 –\n17/01/2026", "10 working days",
             "the request received", "Our own period", "the period set by the operator"],
            ["Consent withdrawal", "from 18/01/2026", "15 working days",
             "the request received", "The Law", "Article 8(7) of the Law"]]
        correction = [row for row in tab.texts() if row[0] == "Correction"]
        assert correction[0][3] == "the supporting documents received"
        # And each rule's source is its tooltip
        [since_2026] = [i for i, r in enumerate(tab.rows)
                        if r["type"] == "withdrawal" and r["from"] == "2026-01-18"]
        assert "added by Law 231-VIII" in tab.table.item(since_2026, 0).toolTip()
        # When the operator adds a 15-calendar-day deletion period (keyboard: the button)
        answers.dialog("AddRuleDialog", lambda rule: fill_rule(rule, CITATION))
        assert tab.add.text() == "Add rule…"
        tab.add.click()
        # Then it is listed, marked as the operator's, with its citation
        [mine] = [i for i, r in enumerate(tab.rows) if r["added_by"] == "operator"]
        row = tab.texts()[mine]
        assert row == ["Deletion\nadded by you", "from 01/12/2026", "15 calendar days",
                       "the request received", "The Law", "Article 5 of the Digital Code"]
        assert tab.table.item(mine, 0).background().color() == colours.colour("added_bg")
        seen["rows"] = len(tab.rows)

    answers.dialog("SettingsDialog", settings)
    window.commands.settings.trigger()
    # And the register keeps it, with its citation in every language
    [rule] = register.added_rules()
    assert (rule.type, rule.count, rule.unit, rule.effective_from) == \
        ("deletion", 15, "calendar_days", date(2026, 12, 1))
    assert dict(rule.citation) == CITATION
    assert len(operator.rule_rows(register)) == seen["rows"]


def test_a_rule_refused_is_said_in_its_dialog_and_nothing_typed_is_lost(window, answers,
                                                                       register):
    def add(dialog):
        # Given a rule with no English citation
        fill_rule(dialog, {k: v for k, v in CITATION.items() if k != "en"})
        # When the operator adds it
        dialog.accept()
        # Then the dialog says what is missing, in the window's words, and stays open
        assert not dialog.problem.isHidden()
        assert dialog.problem.text() == "Give the rule's citation in this language too " \
                                        "(English)."
        assert register.added_rules() == []
        # And everything typed is still there
        assert dialog.citation["ru"].text() == CITATION["ru"]
        assert dialog.count.value() == 15 and dialog.source.text() == "Digital Code, reported"
        assert dialog.unit.currentData() == "calendar_days"
        # When the citation is given, the rule is added (at once, even if Settings is
        # cancelled afterwards)
        dialog.citation["en"].setText(CITATION["en"])

    def settings(dialog):
        dialog.show_tab("deadlines")
        answers.dialog("AddRuleDialog", add)
        dialog.deadlines.add.click()
        return False  # cancel Settings

    answers.dialog("SettingsDialog", settings)
    window.commands.settings.trigger()
    [rule] = register.added_rules()
    assert rule.citation["en"] == CITATION["en"]


def test_an_own_period_offers_the_words_every_own_period_cites(register, qtbot):
    from app.ui.settings_deadlines import AddRuleDialog

    dialog = AddRuleDialog(register)
    qtbot.addWidget(dialog)
    dialog.citation["ru"].setText("свой текст")
    dialog.basis.setCurrentIndex(dialog.basis.findData("operator"))
    assert dialog.citation["ru"].text() == "свой текст"  # what was typed stays
    assert dialog.citation["en"].text() == "the period set by the operator"
    # The unit agrees with the number
    dialog.count.setValue(1)
    assert dialog.unit.itemText(dialog.unit.findData("working_days")) == "working day"
