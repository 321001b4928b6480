"""The History tab of imported requests (the demo register) reads like a real register: each
event on the day it happened, the request logged first, and one line saying the import
wrote it all, when; nothing told as an edit or a right opened again."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services import demo
from app.services.requests import documents_received, edit_request
from app.ui import i18n
from tests.builders import add_request

pytestmark = pytest.mark.gui

IMPORTED = "Imported into the register; the dates above come from the imported records"
#: The time the fixture's register says it is: when the demo is built.
BUILT = "23/11/2026 10:00"


def _history(window, rid):
    window.refresh(select_id=rid)
    return window.panel.timeline_lines


def _when(text):
    return datetime.strptime(text, "%d/%m/%Y %H:%M")


def test_a_demo_request_tells_each_event_on_the_day_it_happened(window, register):
    # Given a demo register built at 10:00 on 23.11.2026, holding requests of ten years
    demo.fill(register, 60, seed=1)
    ids = [r[0] for r in register.db.execute("select id from requests order by id")]
    closed_seen = 0
    for rid in ids:
        view = register.get_request(rid)
        # When its History tab is shown
        lines = _history(window, rid)
        whats = [what for _, what in lines]
        # Then it starts with the request logged, on the day and at the time it came
        assert whats[0].startswith("Request logged (")
        assert lines[0][0] == i18n.format_datetime(view["received"])
        # And no imported value reads as an edit, no right as opened again
        assert not [w for w in whats if w.startswith(("Edited:", "Right open again"))]
        # And the events follow one another in time, up to the import, said last, once
        assert lines[-1] == (BUILT, IMPORTED) and whats.count(IMPORTED) == 1
        assert [_when(w) for w, _ in lines] == sorted(_when(w) for w, _ in lines)
        if view["closed_at"]:
            closed_seen += 1
            assert (i18n.format_datetime(view["closed_at"]), "Status: Closed") in lines
    assert closed_seen > 10
    # And an old request's events are dated years before the demo was built
    oldest = _history(window, ids[0])
    assert _when(oldest[0][0]).year < 2020 and _when(oldest[-2][0]).year < 2020


def test_an_edit_after_the_import_reads_against_the_imported_values(window, register):
    # Given a demo request whose requester's email the operator then corrects
    demo.fill(register, 20, seed=1)
    rid, email = next(register.db.execute(
        "select id, requester_email from requests where requester_email is not null"))
    edit_request(register, rid, email="new.address@example.kz")
    # When its history is shown
    lines = _history(window, rid)
    # Then the import is told once, and the edit after it, from the imported value
    imported = [what for _, what in lines].index(IMPORTED)
    assert lines[imported + 1:] == [
        (BUILT, f"Edited: email — {email} → new.address@example.kz")]


def test_supporting_documents_received_tell_the_new_date_not_a_right_opened_again(window,
                                                                                 register):
    # Given a correction, counted from the day its supporting documents come
    rid = add_request(register, types=["correction"])
    # When they are recorded as received on 23.11.2026
    documents_received(register, rid, date(2026, 11, 23))
    # Then the history says so, with the date they set, and opens nothing again
    assert [what for _, what in _history(window, rid)] == [
        "Request logged (email)",
        "Right requested: Correction (change and addition) of personal data, due 23/11/2026",
        "Supporting documents received on 23/11/2026: Correction (change and addition) of "
        "personal data, due 24/11/2026"]
