"""The window's "Report for a period…" (issue 16 part 3): period, language, folder, files."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from app.ui.report_dialog import quarter_before
from tests.builders import ALMATY, add_request
from tests.ui.conftest import OPERATOR


def test_the_default_period_is_the_last_full_quarter():
    assert quarter_before(date(2026, 11, 23)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert quarter_before(date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))


def test_report_writes_the_pack_in_the_background(window, answers, register, tmp_path, qtbot):
    add_request(register, received=datetime(2026, 10, 5, 9, tzinfo=ALMATY))
    add_request(register, received=datetime(2026, 11, 20, 9, tzinfo=ALMATY))

    def fill(dialog):
        assert "not encrypted" in dialog.note.text()
        dialog.date_from.setDate(QDate(2026, 10, 1))
        dialog.date_to.setDate(QDate(2026, 10, 31))
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))

    answers.dialog("ReportDialog", fill)
    answers.values["ask_folder"] = tmp_path
    with qtbot.waitSignal(window.jobs.finished, timeout=20000) as finished:
        window.commands.report.trigger()
    assert finished.args == ["done"]
    docx = tmp_path / "report_2026-10-01_2026-10-31_kk.docx"
    assert docx.is_file() and (tmp_path / "report_2026-10-01_2026-10-31_kk.xlsx").is_file()
    said = answers.said("tell_info")[0]
    assert str(docx) in said and "not encrypted" in said


def test_a_reversed_period_is_refused_in_the_dialog(window, answers):
    def fill(dialog):
        dialog.date_from.setDate(QDate(2026, 10, 31))
        dialog.date_to.setDate(QDate(2026, 10, 1))
        dialog.accept()
        assert dialog.isVisible() or dialog.result() == 0
        return False

    answers.dialog("ReportDialog", fill)
    window.commands.report.trigger()
    assert "after its end" in answers.said("tell_error")[0]


def test_the_dashboard_shows_the_on_time_rate_per_right(window, register, tmp_path):
    from app.services import letters

    register.set_setting("operator", OPERATOR)
    answered = add_request(register, received=datetime(2026, 11, 20, 9, tzinfo=ALMATY))
    add_request(register, received=datetime(2026, 11, 2, 9, tzinfo=ALMATY))  # overdue
    unsent = add_request(register, types=["deletion"],
                         received=datetime(2026, 11, 2, 9, tzinfo=ALMATY))
    for rid in (answered, unsent):
        made = letters.make_letter(register, rid, "refusal", note="Не подтверждено.",
                                   grounds=["identity_not_confirmed"], out_dir=tmp_path)
        if rid == answered:
            letters.record_sent(register, made.number, via="email")
    window.commands.dashboard.trigger()
    text = window.dashboard.per_type_label.text()
    assert "50 % (1 of 2)" in text  # access: one reply sent in time, one overdue
    assert "0 % (0 of 1)" in text  # deletion: a refusal prepared, never sent, is no answer
