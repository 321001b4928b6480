"""The incidents window: register a breach, name a subject, make the notice, mark it sent;
the sidebar entry and the attention banner urge a notice due today."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime

from app.services import incidents
from tests.builders import ALMATY
from tests.ui.conftest import OPERATOR

# The window's clock: Monday 23 November 2026, 10:00 (tests/ui/conftest.py).


def _fill_incident(dialog):
    # Detected last Friday evening: the notice is due today, Monday.
    dialog.detected.setDateTime(QDateTime(2026, 11, 20, 19, 40, 0))
    assert "23.11.2026" in dialog.hint.text() or "23/11/2026" in dialog.hint.text()
    dialog.what.setPlainText("Выгрузка клиентов в открытом доступе")
    dialog.measures.setPlainText("Ссылка закрыта")
    dialog.subjects.setValue(12)
    dialog.notify_body.setCurrentIndex(dialog.notify_body.findData("yes"))
    dialog.why.setText("контакты клиентов")


def test_a_breach_from_the_sidebar_to_the_notice_sent(window, answers, register, opened):
    register.set_setting("operator", OPERATOR)
    entry = window.incidents_entry
    assert entry.text().endswith("(0)")
    view = entry.open_view()
    answers.dialog("IncidentForm", _fill_incident)
    view.new()
    assert [r["number"] for r in view.rows] == ["INC-2026-0001"]
    # Due today: the window urges it, and so do the sidebar and the attention banner.
    assert view.urgent.isVisible() and "INC-2026-0001" in view.urgent.text()
    assert view.table.item(0, 2).text() == "notice due TODAY"
    assert entry.text().endswith("(1)") and "b3261e" in entry.styleSheet()
    assert window.notices.attention.isVisible()
    assert "breach notice" in window.notices.attention.text.text()

    answers.dialog("SubjectDialog", lambda d: (d.name.setText("Иванова М.П."),
                                               d.phone.setText("87015550011")) and None)
    view.add_subject()
    assert len(view.current()["subjects"]) == 1

    view.lang.setCurrentIndex(view.lang.findData("kk"))
    view.make_notice()  # says the requisites fall back to Russian (no kk ones set)
    assert opened and opened[-1][1].name.endswith("_incident_notice_kk.docx")

    answers.dialog("IncidentSentDialog", lambda d: None)
    view.mark_sent()
    assert view.current()["letters"][0]["sent_at"] is not None
    assert not view.urgent.isVisible()
    assert view.table.item(0, 2).text() == "notice sent"
    assert "b3261e" not in entry.styleSheet()
    assert not window.notices.attention.isVisible()


def test_a_refused_value_is_said_inside_the_form(window, answers, register):
    view = window.incidents_entry.open_view()
    seen = {}

    def fill(dialog):
        dialog.notify_body.setCurrentIndex(dialog.notify_body.findData("no"))
        dialog.what.setPlainText("x")
        dialog.accept()  # refused: no reason given
        seen["problem"] = dialog.problem.text()
        assert dialog.isVisible() or not dialog.result()
        return False

    answers.dialog("IncidentForm", fill)
    view.new()
    assert "reason" in seen["problem"]
    assert register.list_incidents() == []


def test_the_notice_is_not_made_in_english(window, answers, register):
    register.set_setting("operator", OPERATOR)
    incidents.add_incident(register, detected=datetime(2026, 11, 20, 19, 40, tzinfo=ALMATY),
                           what="Утечка", measures="Закрыто")
    view = window.incidents_entry.open_view()
    view.lang.setCurrentIndex(view.lang.findData("en"))
    view.make_notice()
    assert answers.said("tell_error")
    assert view.current()["letters"] == []


def test_the_dashboard_counts_the_incidents(window, register):
    incidents.add_incident(register, detected=datetime(2026, 11, 20, 19, 40, tzinfo=ALMATY),
                           what="Утечка")
    window.open_dashboard()
    card = window.dashboard.cards[5]
    assert card.value.text() == "1" and "1 in all" in card.caption.text()
