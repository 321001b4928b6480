"""The deadlines calendar (.ics): read back with icalendar, every date checked against the
Kazakh working-day calendar, UIDs stable across exports, closed rights cancelled."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta

import icalendar
import pytest

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.services import ical
from app.store import Register
from tests.builders import PASSPHRASE, add_request, fixed_clock, new_register


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ALMATY)


def read(path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def item_dues(reg: Register) -> dict[tuple[str, str], date]:
    return {(n, t): date.fromisoformat(d) for n, t, d in reg.db.execute(
        "select r.number, i.type, i.due from request_items i join requests r"
        " on r.id = i.request_id")}


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 3, 5, 10))
    yield register
    register.close()


def test_round_trip_uids_stable_closed_right_cancelled_alarms_on_working_days(reg, tmp_path):
    cal = WorkingCalendar()
    # Received Thursday 5 March 2026: deletion due Friday 6; blocking likewise; access later.
    first = add_request(reg, types=["deletion", "access"], received=at(date(2026, 3, 5)))
    second = add_request(reg, types=["blocking"], received=at(date(2026, 3, 6)))
    out = tmp_path / "deadlines.ics"
    result = ical.export_calendar(reg, out)
    assert result == {"path": str(out), "events": 3, "cancelled": 0}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    events = read(out)
    dues = item_dues(reg)
    assert len(events) == 3
    # Absolute alarm times are marked as such (RFC 5545), or a client reads a duration.
    assert out.read_text().count("TRIGGER;VALUE=DATE-TIME:") == 6
    for event in events.values():
        number, _, right = str(event["SUMMARY"]).partition(": ")
        start = event.decoded("DTSTART")
        assert isinstance(start, date) and not isinstance(start, datetime)  # all day
        assert event.decoded("DTEND") == start + timedelta(days=1)
        assert start in {d for (n, _), d in dues.items() if n == number}
        assert cal.is_working_day(start)
        assert str(event["STATUS"]) == "CONFIRMED"
        alarms = [a.decoded("TRIGGER").astimezone(ALMATY) for a in event.walk("VALARM")]
        assert len(alarms) == 2
        before, morning = sorted(alarms)
        assert morning.date() == start and morning.hour == 9
        assert cal.is_working_day(before.date()) and before.date() < start
        assert cal.count_working_days(before.date(), start) == 1  # the working day before
    # The blocking of the second request is due Tuesday 10 March (9 March is a holiday):
    # its first alarm rings on Friday 6 March.
    blocking = next(e for e in events.values() if "IN-2026-0002" in str(e["SUMMARY"]))
    assert blocking.decoded("DTSTART") == date(2026, 3, 10)
    assert min(a.decoded("TRIGGER").astimezone(ALMATY).date()
               for a in blocking.walk("VALARM")) == date(2026, 3, 6)

    # The second request is answered; the first one's deletion is removed by mistake.
    reg.close_request(second, "fulfilled")
    reg.remove_right(first, "deletion", "registered by mistake")
    again = ical.export_calendar(reg, out)
    assert again == {"path": str(out), "events": 1, "cancelled": 2}
    later = read(out)
    assert set(later) == set(events)  # the same UIDs: calendars update, never duplicate
    for uid, event in later.items():
        old = events[uid]
        if "access" in str(event["SUMMARY"]) or "ознакомление" in str(event["SUMMARY"]):
            assert str(event["STATUS"]) == "CONFIRMED"
            assert int(event["SEQUENCE"]) == int(old["SEQUENCE"])
        else:
            assert str(event["STATUS"]) == "CANCELLED"
            assert int(event["SEQUENCE"]) > int(old["SEQUENCE"])
            assert not event.walk("VALARM")
    # A third export with nothing changed keeps every SEQUENCE.
    ical.export_calendar(reg, out)
    assert {u: int(e["SEQUENCE"]) for u, e in read(out).items()} == {
        u: int(e["SEQUENCE"]) for u, e in later.items()}


def test_no_personal_data_unless_asked(reg, tmp_path):
    add_request(reg, types=["deletion"], received=at(date(2026, 3, 5)))
    plain = tmp_path / "plain.ics"
    ical.export_calendar(reg, plain)
    data = plain.read_bytes().decode()
    for secret in ("Ахметова", "aigerim@example.kz", "+77015551234", "персональные данные вы"):
        assert secret not in data
    named = tmp_path / "named.ics"
    ical.export_calendar(reg, named, with_names=True)
    assert "Ахметова Айгерим" in str(next(iter(read(named).values()))["SUMMARY"])
    # The register's setting is the default for the window's export.
    reg.set_setting("reminder_names", True)
    ical.export_calendar(reg, plain)
    assert "Ахметова" in plain.read_bytes().decode()


def test_one_request_add_to_calendar(reg, tmp_path):
    add_request(reg, types=["deletion"], received=at(date(2026, 3, 5)))
    rid = add_request(reg, types=["access", "blocking"], received=at(date(2026, 3, 5)))
    out = tmp_path / "one.ics"
    assert ical.export_calendar(reg, out, request_id=rid)["events"] == 2
    assert {str(e["SUMMARY"]).split(":")[0] for e in read(out).values()} == {"IN-2026-0002"}
    # The same right has the same UID in the full export.
    whole = tmp_path / "all.ics"
    ical.export_calendar(reg, whole)
    assert set(read(out)) <= set(read(whole))


def test_refuses_to_overwrite_the_register_or_a_file_that_is_not_a_calendar(reg, tmp_path):
    add_request(reg, types=["deletion"], received=at(date(2026, 3, 5)))
    before = (tmp_path / "register.otinish").read_bytes()[:4096]
    with pytest.raises(ical.CalendarExportError) as info:
        ical.export_calendar(reg, tmp_path / "register.otinish")
    assert info.value.code == "calendar_target_is_register"
    assert (tmp_path / "register.otinish").read_bytes()[:4096] == before
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    with pytest.raises(ical.CalendarExportError) as info:
        ical.export_calendar(reg, notes)
    assert info.value.code == "calendar_target_not_calendar"
    assert notes.read_text() == "my notes"
    with pytest.raises(ical.CalendarExportError) as info:
        ical.export_calendar(reg, tmp_path / "missing" / "x.ics")
    assert info.value.code == "folder_missing"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".otinish-")] == []
    reopened = Register.open(tmp_path / "register.otinish", PASSPHRASE)
    reopened.close()
