"""Story (issue 16 part 3): an inspector asks for the report of a period.

The operator makes the inspection pack (a .docx and its .xlsx annex) for the first
quarter. Its figures must be the register's own (counted here independently with SQL),
a reply prepared but never sent must not count as an answer, a late right must say what
the record holds about it, the same inputs must give the same bytes, and an edit of the
audit log behind the app's back must change what the report's check says.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.letters.errors import LetterError
from app.services import incidents, letters, report
from app.store import Register
from app.store._sqlcipher import quote_key, sqlcipher3
from tests.builders import ALMATY, PASSPHRASE, add_request, new_register, said
from tests.letters.test_letters import OPERATOR

START, END = date(2026, 1, 1), date(2026, 3, 31)


class Clock:
    """The register's clock, moved by the story."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, tzinfo=ALMATY)

    def __call__(self) -> datetime:
        return self.now

    def at(self, month: int, day: int, hour: int = 10) -> None:
        self.now = datetime(2026, month, day, hour, tzinfo=ALMATY)


def _refuse(reg: Register, clock: Clock, rid: int, made_on: tuple[int, int],
            sent_on: tuple[int, int] | None, out: Path) -> str:
    clock.at(*made_on)
    made = letters.make_letter(reg, rid, "refusal", note="Личность не подтверждена.",
                               grounds=["identity_not_confirmed"], out_dir=out)
    if sent_on is not None:
        clock.at(*sent_on, hour=15)
        letters.record_sent(reg, made.number, via="email")
    return made.number


@pytest.fixture
def story(tmp_path):
    """A quarter: one right answered on time, one late with an explanation, one whose
    reply was prepared but never sent, a voided request, one outside the period, an
    incident with its notice sent."""
    clock = Clock()
    reg = new_register(tmp_path, clock=clock)
    reg.set_setting("operator", OPERATOR)
    incidents.set_responsible(reg, name="Сейткали Д. М.", position="юрист", phone="+77015550000")
    letters_dir = tmp_path / "letters"
    letters_dir.mkdir()
    ids = {}
    ids["on_time"] = add_request(reg, name="Ахметова Айгерим",
                                 received=datetime(2026, 1, 5, 9, tzinfo=ALMATY))
    _refuse(reg, clock, ids["on_time"], (1, 6), (1, 6), letters_dir)
    clock.at(1, 20)
    ids["late"] = add_request(reg, name="Ерлан Жумабаев", channel="phone",
                              received=datetime(2026, 1, 20, 9, tzinfo=ALMATY))
    clock.at(2, 2)
    reg.record_action(ids["late"], "searched", "Искали в CRM, ждали ответа подрядчика")
    _refuse(reg, clock, ids["late"], (2, 10), (2, 11), letters_dir)
    clock.at(2, 20)
    ids["unsent"] = add_request(reg, name="John Smith", lang="en", types=["access", "deletion"],
                                received=datetime(2026, 2, 20, 9, tzinfo=ALMATY))
    _refuse(reg, clock, ids["unsent"], (2, 21), None, letters_dir)
    clock.at(3, 2)
    ids["voided"] = add_request(reg, name="Ошибка", received=datetime(2026, 3, 2, 9,
                                                                       tzinfo=ALMATY))
    reg.void_request(ids["voided"], "registered twice")
    clock.at(4, 2)
    ids["later"] = add_request(reg, name="Апрель", received=datetime(2026, 4, 2, 9,
                                                                      tzinfo=ALMATY))
    clock.at(3, 10)
    incidents.add_incident(reg, detected=datetime(2026, 3, 10, 8), what="Утечка таблицы")
    clock.at(6, 1)  # the day of the report
    yield reg, tmp_path, ids
    reg.close()


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_figures_are_the_registers_own(story):
    reg, _, ids = story
    data = report.figures(reg, START, END)
    db = reg.db
    in_period = "r.received_date between '2026-01-01' and '2026-03-31'"
    assert data["requests"] == db.execute(
        f"select count(*) from requests r where {in_period}").fetchone()[0] == 4
    counted = f"{in_period} and coalesce(r.outcome, '') != 'voided'"
    assert data["counted"] == db.execute(
        f"select count(*) from requests r where {counted}").fetchone()[0] == 3
    assert data["by_channel"] == dict(db.execute(
        f"select channel, count(*) from requests r where {counted} group by channel"
    ).fetchall())
    assert data["by_type"] == dict(db.execute(
        "select i.type, count(*) from request_items i join requests r on r.id = i.request_id"
        f" where {counted} group by i.type").fetchall())
    # On time, counted independently: a right answered by a refusal SENT on or before due.
    rows = db.execute(
        "select i.type, i.due, (select min(substr(s.sent_at, 1, 10)) from letter_sendings s"
        " join letters l on l.id = s.letter_id where l.request_id = r.id) as sent"
        " from request_items i join requests r on r.id = i.request_id"
        f" where {counted}").fetchall()
    expected: dict[str, dict[str, int]] = {}
    for kind, due, sent in rows:
        state = ("on_time" if sent <= due else "answered_late") if sent else (
            "open_late" if "2026-06-01" > due else "pending")
        expected.setdefault(kind, dict.fromkeys(report.TIMELINESS, 0))[state] += 1
    assert data["on_time"] == expected
    assert expected["access"] == {"on_time": 1, "answered_late": 1, "open_late": 1,
                                  "pending": 0, "withdrawn": 0}
    assert data["incidents"][0]["what"] == "Утечка таблицы"
    assert len(data["incidents"]) == db.execute(
        "select count(*) from incidents where detected_date between '2026-01-01' and"
        " '2026-03-31'").fetchone()[0]


def test_a_prepared_but_unsent_reply_is_not_an_answer(story):
    reg, _, ids = story
    data = report.figures(reg, START, END)
    unsent = [i for i in data["late"] if i["request_id"] == ids["unsent"]]
    assert {i["type"] for i in unsent} == {"access", "deletion"}
    assert all(i["state"] == "open_late" and i["reply"] is None for i in unsent)
    refusal = next(r for r in data["refusals"] if r["request_id"] == ids["unsent"])
    assert refusal["letters"][0]["sent_at"] is None


def test_each_late_right_says_what_the_record_holds(story, tmp_path):
    reg, _, ids = story
    data = report.figures(reg, START, END)
    late = next(i for i in data["late"] if i["request_id"] == ids["late"])
    assert late["state"] == "answered_late" and late["reply"].startswith("OUT-2026-")
    assert late["explanation"][0]["note"] == "Искали в CRM, ждали ответа подрядчика"
    out = tmp_path / "pack"
    out.mkdir()
    made = report.make_report(reg, START, END, "ru", out)
    text = _docx_text(Path(made["docx"]))
    assert "Искали в CRM, ждали ответа подрядчика" in text
    assert "объяснений не записано" in text  # the unsent reply's rights: nothing recorded
    assert "ответ не отправлен" in text
    # The refusal's grounds are read from the kept letter, in the report's language.
    assert "не подтверждены Ваша личность" in text
    assert "Сейткали Д. М." in text and "Утечка таблицы" in text


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_same_inputs_give_the_same_bytes(story, tmp_path, lang):
    reg, _, _ = story
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    one = report.make_report(reg, START, END, lang, first)
    import time

    time.sleep(2.1)  # zip entry times have a 2-second resolution
    two = report.make_report(reg, START, END, lang, second)
    for key in ("docx", "xlsx"):
        assert Path(one[key]).read_bytes() == Path(two[key]).read_bytes(), key
        assert Path(one[key]).stat().st_mode & 0o777 == 0o600
        with zipfile.ZipFile(one[key]) as z:
            assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = Document(one["docx"]).core_properties
    assert {core.created.replace(tzinfo=None), core.modified.replace(tzinfo=None)} == {
        datetime(2026, 6, 1)}
    assert core.revision == 1 and core.author == ""


def test_the_report_speaks_its_language_only(story, tmp_path):
    reg, _, _ = story
    out = tmp_path / "kk"
    out.mkdir()
    made = report.make_report(reg, START, END, "kk", out)
    text = _docx_text(Path(made["docx"]))
    assert "Кезең (алынған күні бойынша)" in text
    assert "БСН 180240012342" in text  # the operator's number as Kazakh names it
    for code in ("open_late", "answered_late", "withdrawn_by_requester", "identity_not",
                 "refusal", "phone", "email", "working_days", "incident_notice", "None"):
        assert code not in text, code
    book = load_workbook(made["xlsx"], read_only=True)
    assert book.sheetnames[0] == "Журнал"
    rows = list(book["Журнал"].iter_rows(values_only=True))
    assert rows[0][0] == "Кіріс №" and len(rows) == 1 + 4


def _tamper(path: Path) -> None:
    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    conn.execute(f"PRAGMA key = {quote_key(PASSPHRASE)}")
    conn.execute("update events set at = '2025-12-31T23:59:00+05:00' where id = 3")
    conn.close()


def test_a_tampered_event_changes_the_reports_check(story, tmp_path):
    reg, folder, _ = story
    out = tmp_path / "before"
    out.mkdir()
    before = report.make_report(reg, START, END, "en", out)
    assert before["check"] == "ok"
    text = _docx_text(Path(before["docx"]))
    assert "The register's check passed" in text
    assert f"(SHA-256 hash): {before['audit_head']}" in text
    reg.close()
    _tamper(folder / "register.otinish")
    reopened = Register.open(folder / "register.otinish", PASSPHRASE)
    try:
        out = tmp_path / "after"
        out.mkdir()
        after = report.make_report(reopened, START, END, "en", out)
    finally:
        reopened.close()
    assert after["check"] != "ok"
    text = _docx_text(Path(after["docx"]))
    assert "The register's check passed" not in text
    # Event 3 is one of the events of a write, which share one hash (audit.py v3).
    said = re.search(r"audit entr(?:y|ies) no\. (\d+)(?:–(\d+) \(one change\))? do(?:es)? not"
                     r" match (?:its|their) hash", text)
    assert said and int(said[1]) <= 3 <= int(said[2] or said[1]), text


def test_bad_periods_and_folders_are_one_sentence(story, tmp_path):
    reg, _, _ = story
    with pytest.raises(LetterError) as raised:
        report.make_report(reg, END, START, "ru", tmp_path)
    assert said(raised.value) == "The start of the period is after its end."
    with pytest.raises(LetterError) as raised:
        report.make_report(reg, START, END, "ru", tmp_path / "missing")
    assert "does not exist" in said(raised.value)
    made = report.make_report(reg, START, END, "ru", tmp_path)
    before = Path(made["docx"]).read_bytes()
    with pytest.raises(LetterError) as raised:  # never over an earlier report unasked
        report.make_report(reg, START, END, "ru", tmp_path)
    assert raised.value.code == "output_exists"
    assert Path(made["docx"]).read_bytes() == before
    assert io.BytesIO(before).getbuffer().nbytes > 0


def test_the_dashboards_rates_follow_the_reports_rule(story):
    reg, _, _ = story
    assert report.on_time_by_type(reg, START, END) == report.figures(reg, START, END)["on_time"]


def test_a_right_added_after_a_reply_is_not_answered_by_it(tmp_path):
    from app.services import requests

    clock = Clock()
    reg = new_register(tmp_path, clock=clock)
    try:
        reg.set_setting("operator", OPERATOR)
        rid = add_request(reg, received=datetime(2026, 1, 5, 9, tzinfo=ALMATY))
        _refuse(reg, clock, rid, (1, 6), (1, 6), tmp_path)
        clock.at(1, 7)
        requests.add_right(reg, rid, "deletion")
        clock.at(3, 1)
        on_time = report.figures(reg, START, END)["on_time"]
        assert on_time["access"]["on_time"] == 1
        assert on_time["deletion"]["on_time"] == 0 and on_time["deletion"]["open_late"] == 1
    finally:
        reg.close()


def test_a_withdrawal_after_the_due_date_does_not_hide_the_delay(tmp_path):
    clock = Clock()
    reg = new_register(tmp_path, clock=clock)
    try:
        in_time = add_request(reg, received=datetime(2026, 1, 5, 9, tzinfo=ALMATY))
        late = add_request(reg, received=datetime(2026, 1, 5, 9, tzinfo=ALMATY))
        clock.at(1, 6)
        reg.close_request(in_time, "withdrawn_by_requester")
        clock.at(2, 20)
        reg.close_request(late, "withdrawn_by_requester")
        clock.at(3, 1)
        data = report.figures(reg, START, END)
        assert data["on_time"]["access"]["withdrawn"] == 1
        assert data["on_time"]["access"]["open_late"] == 1
        assert [i["request_id"] for i in data["late"]] == [late]
    finally:
        reg.close()


def test_the_rules_table_says_its_periods_in_russian_numeral_forms(story, tmp_path):
    reg, _, _ = story
    out = tmp_path / "ru"
    out.mkdir()
    text = _docx_text(Path(report.make_report(reg, START, END, "ru", out)["docx"]))
    assert "1\xa0рабочий день" in text and "3\xa0рабочих дня" in text
    assert "1\xa0рабочего дня" not in text and "3\xa0рабочих дней" not in text


@pytest.mark.parametrize("line, said", [
    ("events 4-7: content does not match their hash", ["4", "7"]),
    ("event 9: a write ends without its hash", ["9"]),
    ("requests 3: differs from its last audited state", ["3"]),
    ("event 2: content does not match its hash", ["2"]),
])
def test_every_problem_the_check_says_is_worded_in_the_report(line, said):
    """The report words each problem of the audit chain in its language (never as the
    catch-all about counters and the search index)."""
    from app.letters.report import _problem
    from app.letters.report_words import WORDS

    for lang in ("kk", "ru", "en"):
        worded = _problem(line, lang)
        assert worded != WORDS[lang]["p_other"] and all(n in worded for n in said), worded
