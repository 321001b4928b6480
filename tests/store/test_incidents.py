"""Incidents in the register: every write audited, open notices due, retention purge."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services import incidents, keeping
from app.store import audit, audit_chain, audit_states
from tests.builders import ALMATY, fixed_clock, new_register

SUBJECT_IIN = "860315300146"
OPERATOR = {"name": "ТОО «Ромашка»", "id": "180540012343", "id_kind": "BIN",
            "address": "г. Астана, ул. Мира 1", "email": "info@romashka.kz",
            "phone": "+77172000000", "signatory": "Директор, Ахметов А.А."}


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 3, 6, 20))
    register.set_setting("operator", OPERATOR)
    yield register
    register.close()


def _events(reg, entity):
    return [(str(e), audit.decode_action(a)) for e, a in reg.db.execute(
        "select entity_id, action from events where entity = ? order by id",
        [audit.encode_entity(entity)])]


def _add(reg, **extra):
    return incidents.add_incident(reg, detected=datetime(2026, 3, 6, 19, 40),
                                  what="Выгрузка клиентов в открытом доступе",
                                  measures="Ссылка закрыта", **extra)["id"]


def test_every_incident_write_is_an_audit_event(reg, tmp_path):
    iid = _add(reg, notify_body="yes", why="контакты клиентов")
    assert _events(reg, "incidents") == [(str(iid), "create")]
    incidents.update_incident(reg, iid, cause="Ошибка прав доступа")
    sid = incidents.add_subject(reg, iid, name="Иванова М.П.", iin=SUBJECT_IIN)
    assert _events(reg, "incident_subjects") == [(str(sid), "create")]
    made = incidents.make_notice(reg, iid, lang="ru", out_dir=tmp_path / "letters")
    incidents.record_sent(reg, made.number, via="email")
    assert [a for _, a in _events(reg, "incident_letters")] == ["create", "update"]
    incidents.close_incident(reg, iid)
    assert [a for _, a in _events(reg, "incidents")] == ["create", "update", "update"]
    assert audit_states.verify_rows(reg.db) == [] and audit_chain.verify_chain(reg.db) == []


def test_a_row_changed_outside_the_app_is_found(reg):
    iid = _add(reg)
    reg.db.execute("update incidents set what = 'nothing happened' where id = ?", [iid])
    # The row's last state hash is the row's own (audit.py v3): its write's hash breaks,
    # and its tag tells which row it was.
    assert audit_chain.verify_chain(reg.db) == [f"incidents {iid}: differs from its last audited "
                                          "state"]


def test_open_incidents_due_today_or_overdue_until_the_notice_is_sent(reg, tmp_path):
    iid = _add(reg)
    no = _add(reg, notify_body="no", why="данные зашифрованы, ключ не затронут")
    assert incidents.open_incidents_due(reg, date(2026, 3, 9)) == []
    due = incidents.open_incidents_due(reg, date(2026, 3, 10))
    assert [(i["id"], i["urgency"]) for i in due] == [(iid, "today")]
    assert [i["urgency"] for i in incidents.open_incidents_due(reg, date(2026, 3, 11))] \
        == ["overdue"]
    made = incidents.make_notice(reg, iid, lang="kk", out_dir=tmp_path / "letters")
    assert incidents.open_incidents_due(reg, date(2026, 3, 11)) != []  # made, not sent
    incidents.record_sent(reg, made.number, via="email")
    assert incidents.open_incidents_due(reg, date(2026, 3, 11)) == []
    assert no not in [i["id"] for i in incidents.open_incidents_due(reg, date(2026, 3, 11))]


def test_retention_purges_an_old_closed_incidents_personal_data(tmp_path):
    moments = iter([datetime(2022, 3, 1, 10, tzinfo=ALMATY)] * 40
                   + [datetime(2026, 3, 6, 20, tzinfo=ALMATY)] * 200)
    reg = new_register(tmp_path, clock=lambda: next(moments))
    try:
        old = incidents.add_incident(reg, detected=datetime(2022, 2, 28, 9), what="Утечка",
                                     cause="фишинг", measures="пароли сменены")["id"]
        incidents.add_subject(reg, old, name="Иванова М.П.", iin=SUBJECT_IIN,
                              phone="+77015551234")
        incidents.close_incident(reg, old)
        for _ in range(40 - 3):  # spend the 2022 moments
            reg.now()
        recent = _add(reg)
        incidents.close_incident(reg, recent)
        result = keeping.purge(reg)  # the 3-year default: closed before 06.03.2023
        assert result["incidents"]["numbers"] == ["INC-2022-0001"]
        gone = reg.get_incident(old)
        assert gone["what"] == "[purged]" and gone["cause"] is None
        assert gone["subjects"][0] | {"id": 0} == {"id": 0, "name": None, "iin": None,
                                                   "phone": None}
        assert gone["number"] == "INC-2022-0001" and gone["due"] == "2022-03-01"
        assert reg.get_incident(recent)["what"] != "[purged]"
        # No old audit state still holds the subject.
        assert not reg.db.execute("select 1 from events where data like ?",
                                  [f"%{SUBJECT_IIN}%"]).fetchone()
        assert audit_states.verify_rows(reg.db) == [] and audit_chain.verify_chain(reg.db) == []
    finally:
        reg.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_exported_description_that_looks_like_a_formula_stays_text(reg, tmp_path, suffix):
    """A breach described as "=HYPERLINK(...)" (pasted, or typed by someone hostile) is text
    in the export, never a formula Excel would run."""
    hostile = '=HYPERLINK("http://evil.example/?x","Open")'
    incidents.add_incident(reg, detected=datetime(2026, 3, 6, 19, 40), what=hostile,
                           measures="Ссылка закрыта")
    out = tmp_path / f"incidents{suffix}"
    assert incidents.export_incidents(reg, out)["count"] == 1
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        cell = load_workbook(out)["incidents"]["C2"]
        assert (cell.value, cell.data_type) == (hostile, "s")
    else:
        import csv

        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert rows[1][2] == "'" + hostile
    with pytest.raises(Exception):  # noqa: B017 - an existing file is never replaced
        incidents.export_incidents(reg, out)
