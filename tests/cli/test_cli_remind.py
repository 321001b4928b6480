"""`remind` for a scheduled task (exit 1 when anything is due today or overdue) and
`calendar export` (the .ics contract)."""

from __future__ import annotations

from datetime import date, datetime

import icalendar

from app.domain.clock import ALMATY
from app.store import Register
from tests.builders import PASSPHRASE, add_request, fixed_clock, new_register
from tests.cli.helpers import run_cli, run_cli_process


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=ALMATY)


def test_remind_exit_codes_as_a_scheduled_task_runs_it(tmp_path):
    # A real process, on the real clock: nothing open -> 0; an overdue right -> 1.
    db = tmp_path / "register.otinish"
    new_register(tmp_path).close()
    quiet = run_cli_process("--db", str(db), "--json", "remind")
    assert quiet.code == 0, quiet.err
    assert quiet.json == {"due_today": [], "due_next_working_day": [], "overdue": []}
    reg = Register.open(db, PASSPHRASE)
    add_request(reg, types=["deletion"], received=at(date(reg.today().year - 1, 1, 15)))
    reg.close()
    late = run_cli_process("--db", str(db), "--json", "remind")
    assert late.code == 1 and late.err == ""
    assert [r["type"] for r in late.json["overdue"]] == ["deletion"]
    text = run_cli_process("--db", str(db), "remind")
    assert text.code == 1 and "Overdue (1):" in text.out and "IN-" in text.out
    assert "Traceback" not in text.err


def test_remind_sorts_today_next_working_day_and_overdue(tmp_path, monkeypatch, capsys):
    # Tuesday 10 March 2026; Monday 9 March was a public holiday.
    monkeypatch.setattr("app.store.connection._now_almaty", fixed_clock(2026, 3, 10, 10))
    reg = new_register(tmp_path, clock=fixed_clock(2026, 3, 10, 10))
    add_request(reg, types=["deletion"], received=at(date(2026, 3, 6)))   # due today
    add_request(reg, types=["blocking"], received=at(date(2026, 3, 10)))  # due Wed 11
    add_request(reg, types=["correction"], received=at(date(2026, 3, 4)))  # due Thu 5
    reg.close()
    db = str(tmp_path / "register.otinish")
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    result = run_cli(capsys, "--db", db, "--json", "remind")
    assert result.code == 1
    assert result.json == {
        "due_today": [{"number": "IN-2026-0001", "type": "deletion", "due": "2026-03-10"}],
        "due_next_working_day": [
            {"number": "IN-2026-0002", "type": "blocking", "due": "2026-03-11"}],
        "overdue": [{"number": "IN-2026-0003", "type": "correction", "due": "2026-03-05"}],
    }
    # Only due by the next working day: exit 0.
    monkeypatch.setattr("app.store.connection._now_almaty", fixed_clock(2026, 3, 3, 10))
    reg = Register.open(db, PASSPHRASE)
    reg.close_request(3, "fulfilled")
    reg.close()
    result = run_cli(capsys, "--db", db, "--json", "remind")
    assert result.code == 0 and result.json["due_today"] == [] == result.json["overdue"]


def test_calendar_export_contract(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("app.store.connection._now_almaty", fixed_clock(2026, 3, 5, 10))
    reg = new_register(tmp_path, clock=fixed_clock(2026, 3, 5, 10))
    add_request(reg, types=["deletion", "access"], received=at(date(2026, 3, 5)))
    reg.close()
    db = str(tmp_path / "register.otinish")
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "deadlines.ics"
    result = run_cli(capsys, "--db", db, "--json", "calendar", "export", "--out", str(out))
    assert result.code == 0, result.err
    assert result.json == {"path": str(out), "events": 2, "cancelled": 0}
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert "Ахметова" not in out.read_text()
    result = run_cli(capsys, "--db", db, "--json", "calendar", "export", "--out", str(out),
                     "--with-names")
    assert result.code == 0
    assert all("Ахметова" in str(e["SUMMARY"]) for e in cal.from_ical(
        out.read_bytes()).walk("VEVENT"))
    # The register itself is refused with one sentence, and stays a register.
    result = run_cli(capsys, "--db", db, "calendar", "export", "--out", db)
    assert result.code == 2 and "is the register itself" in result.err
    assert len(result.err.strip().splitlines()) == 1
    Register.open(db, PASSPHRASE).close()
