"""The window's reminders: the tray count is the views' count, notifications name the number
and the right (the requester only when asked), a click opens the request, the settings
switch start-at-login, and the calendar export from the window."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
from PySide6.QtCore import QTime

from app.domain.clock import ALMATY
from app.services import autostart
from app.store import views
from tests.builders import add_request


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=ALMATY)


def fill(register) -> dict[str, int]:
    """Monday 23 November 2026: two due today, one overdue, one later, one closed."""
    ids = {
        "today": add_request(register, types=["deletion"], received=at(date(2026, 11, 20))),
        "today2": add_request(register, types=["blocking"], received=at(date(2026, 11, 20)),
                              name="Сейткали Б."),
        "overdue": add_request(register, types=["deletion", "access"],
                               received=at(date(2026, 11, 12))),
        "later": add_request(register, types=["access"], received=at(date(2026, 11, 23))),
        "closed": add_request(register, types=["deletion"], received=at(date(2026, 11, 12))),
    }
    register.close_request(ids["closed"], "fulfilled")
    return ids


def test_tray_count_equals_the_views_counts_and_follows_changes(window, register):
    ids = fill(register)
    window.refresh()
    seen = views.counts(register)
    count = window.reminders.count
    assert (count.due_today, count.overdue) == (seen["due_today"], seen["overdue"]) == (2, 1)
    model = window.views_model
    shown = {v: model.data(model.index(model.row_of(v)), model.CountRole)
             for v in ("due_today", "overdue")}
    assert shown == {"due_today": count.due_today, "overdue": count.overdue}
    assert window.reminders.tooltip() == "Otinish: 2 due today, 1 overdue"
    register.close_request(ids["overdue"], "fulfilled")
    window.refresh()
    assert window.reminders.count.total == 2 == views.count(register, "due_today")
    assert window.reminders.tooltip() == "Otinish: 2 due today"


def test_the_notification_names_the_count_and_the_right_not_the_requester(window, register):
    fill(register)
    window.refresh()
    from app.services import reminders

    plan = reminders.agenda_of(register)
    text = window.reminders.message(plan)
    assert text == "2 due today, 1 overdue — IN-2026-0003 deletion"
    assert "Ахметова" not in text
    register.set_setting("reminder_names", True)
    assert window.reminders.message(plan) == (
        "2 due today, 1 overdue — IN-2026-0003 deletion (Ахметова Айгерим)")


def test_nothing_due_means_no_notification(window, register):
    add_request(register, types=["access"], received=at(date(2026, 11, 23)))
    window.refresh()
    from app.services import reminders

    plan = reminders.agenda_of(register)
    assert window.reminders.message(plan) is None
    assert window.reminders.notify(plan) is False


def test_clicking_a_notification_opens_that_request(window, register):
    ids = fill(register)
    window.refresh()
    window.set_view("closed")
    window.hide()
    window.reminders.notifier.clicked.emit(ids["overdue"])
    assert window.isVisible()
    assert window.current_id == ids["overdue"]
    assert window.model.row_of(ids["overdue"]) is not None


def test_the_daily_reminder_is_planned_for_the_next_working_day(window, register):
    # Monday 23 November 2026, 10:00: today's 09:00 has passed; Tuesday 24 is next.
    window.reminders.start(notify=False)
    try:
        assert window.reminders.next_at == datetime(2026, 11, 24, 9, 0, tzinfo=ALMATY)
        assert window.reminders.daily.isActive()
    finally:
        window.reminders.stop()


def test_without_a_tray_closing_the_window_closes_it_and_settings_say_why(
        window, answers, register, qtbot):
    from app.ui import tray

    assert not tray.tray_available()  # offscreen: no tray host
    assert window.reminders.tray is None and not window.reminders.keeps_running()

    def look(dialog):
        tab = dialog.reminders
        assert not tab.keep_running.isEnabled()
        assert "no system tray" in tab.tray_note.text()
        return False

    answers.dialog("SettingsDialog", look)
    window.commands.settings.trigger()


def test_settings_start_at_login_and_the_reminder_time(window, answers, register, isolated):
    entry = isolated / "config" / "autostart" / "otinish.desktop"
    assert not entry.exists()

    def switch_on(dialog):
        dialog.show_tab("reminders")
        tab = dialog.reminders
        tab.at_login.setChecked(True)
        tab.time.setTime(QTime(8, 30))
        tab.names.setChecked(True)

    answers.dialog("SettingsDialog", switch_on)
    window.commands.settings.trigger()
    assert entry.is_file() and autostart.enabled()
    assert "--minimized" in entry.read_text()
    assert register.get_setting("reminder_time") == "08:30"
    assert register.get_setting("reminder_names") is True

    def switch_off(dialog):
        assert dialog.reminders.at_login.isChecked()
        dialog.reminders.at_login.setChecked(False)

    answers.dialog("SettingsDialog", switch_off)
    window.commands.settings.trigger()
    assert not entry.exists() and not autostart.enabled()


def test_export_deadlines_and_add_one_request_to_the_calendar(window, answers, register,
                                                             tmp_path):
    ids = fill(register)
    window.refresh()
    out = tmp_path / "deadlines"
    answers.values["ask_save_file"] = out
    window.commands.export_calendar.trigger()
    written = out.with_name("deadlines.ics")
    cal = icalendar.Calendar.from_ical(written.read_bytes())
    events = [e for e in cal.walk("VEVENT") if str(e["STATUS"]) == "CONFIRMED"]
    assert len(events) == 5  # the open rights of the four open requests
    assert answers.said("tell_info")[-1].startswith("5 deadlines written to")
    assert "Ахметова" not in written.read_text()
    # One request: its rights only, the right named in the interface language.
    window.select_request(ids["overdue"], switch_view=True)
    one = tmp_path / "one.ics"
    answers.values["ask_save_file"] = one
    window.commands.add_to_calendar.trigger()
    summaries = sorted(str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(
        one.read_bytes()).walk("VEVENT"))
    assert summaries == ["IN-2026-0003: access", "IN-2026-0003: deletion"]


class Clock:
    """A clock the test moves on."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_a_right_that_becomes_overdue_while_the_app_runs_is_told(window, register):
    clock = Clock(datetime(2026, 11, 23, 17, 0, tzinfo=ALMATY))
    register._clock = clock  # noqa: SLF001 - the evening of Monday 23 November
    ids = fill(register)
    window.reminders.start(notify=False)
    try:
        assert window.reminders.look_for_overdue() == []  # nothing new yet
        clock.moment = datetime(2026, 11, 24, 0, 1, tzinfo=ALMATY)  # past midnight
        fresh = window.reminders.look_for_overdue()
        assert sorted((r.request_id, r.type) for r in fresh) == [
            (ids["today"], "deletion"), (ids["today2"], "blocking")]
        assert window.reminders.count.overdue == 3
        assert window.reminders.look_for_overdue() == []  # told once
    finally:
        window.reminders.stop()


def test_hiding_to_the_tray_says_so_the_first_time_only(window, register):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui import tray

    window.reminders.hide_to_tray()
    assert not window.isVisible()
    assert QSettings().value(tray.EXPLAINED_KEY, False, type=bool)
    window.reminders.show_window()
    assert window.isVisible()
    QApplication.setQuitOnLastWindowClosed(True)  # as the other tests expect


def test_the_daily_reminder_skips_a_holiday_monday(window, register):
    # Friday 6 March 2026 after 09:00: the weekend and Women's Day (Monday 9 March) get
    # no reminder; Tuesday 10 March does. Set at 08:30, it comes at 08:30.
    register._clock = Clock(datetime(2026, 3, 6, 10, 0, tzinfo=ALMATY))  # noqa: SLF001
    register.set_setting("reminder_time", "08:30")
    window.reminders.start(notify=False)
    try:
        assert window.reminders.next_at == datetime(2026, 3, 10, 8, 30, tzinfo=ALMATY)
    finally:
        window.reminders.stop()


def test_a_reminder_time_passed_during_sleep_comes_at_the_next_look(window, register):
    clock = Clock(datetime(2026, 11, 23, 17, 0, tzinfo=ALMATY))
    register._clock = clock  # noqa: SLF001
    fill(register)
    window.reminders.start(notify=False)
    try:
        assert window.reminders.next_at == datetime(2026, 11, 24, 9, 0, tzinfo=ALMATY)
        clock.moment = datetime(2026, 11, 24, 11, 0, tzinfo=ALMATY)  # woke up at 11:00
        window.reminders._tick()  # noqa: SLF001 - what the minute's timer does
        assert window.reminders.next_at == datetime(2026, 11, 25, 9, 0, tzinfo=ALMATY)
    finally:
        window.reminders.stop()
