"""Stories about rules the operator adds: read every rule, tighten one, cite both.

The law moves (a reported 15-day deletion period in the Digital Code, not verified): the
operator adds the rule as data, with its citation in every language and its source, and
requests received from its date on are counted by the stricter of the two.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest

from app.domain.errors import DomainError
from app.services import exports, operator
from tests.builders import ALMATY, PASSPHRASE, add_request, fixed_clock, new_register
from tests.cli.helpers import run_cli

CODE_15 = {"kk": "Цифрлық кодекс (15 күн)", "ru": "Цифровой кодекс (15 дней)",
           "en": "the Digital Code (15 days)"}


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 3, 23, 12))
    yield register
    register.close()


def test_a_tighter_added_rule_binds_and_both_are_kept(reg, tmp_path):
    """Access (3 working days) with an added 2-calendar-day rule from 1 Mar 2026: received
    Mon 2 Mar it is due Wed 4 Mar, not Thu 5 Mar; the basis names both rules."""
    operator.add_rule(reg, type="access", count=2, unit="calendar_days",
                      effective_from="2026-03-01", basis_kind="operator",
                      citation=CODE_15, source="the operator's policy")
    rid = add_request(reg, types=["access"], received=datetime(2026, 3, 2, 10, tzinfo=ALMATY))
    [item] = reg.get_request(rid)["items"]
    assert item["due"] == "2026-03-04"
    assert "paragraph 16 of the Rules" in item["basis"] and "Digital Code" in item["basis"]
    earlier = add_request(reg, types=["access"], email="x@example.kz",
                          received=datetime(2026, 2, 20, 10, tzinfo=ALMATY))
    assert reg.get_request(earlier)["items"][0]["due"] == "2026-02-25"  # before its date
    pack = exports.evidence_pack(reg, rid, tmp_path / "p.zip")
    with zipfile.ZipFile(pack["path"]) as z:
        rules = json.loads(z.read("rules.json"))
    assert {r["added_by"] for r in rules} == {"app", "operator"}
    assert reg.check()["audit"] == "ok"


def test_a_looser_added_rule_does_not_relax_the_law(reg):
    operator.add_rule(reg, type="deletion", count=15, unit="calendar_days",
                      effective_from="2026-01-09", basis_kind="law", citation=CODE_15)
    rid = add_request(reg, types=["deletion"], received=datetime(2026, 3, 2, 10, tzinfo=ALMATY))
    assert reg.get_request(rid)["items"][0]["due"] == "2026-03-03"


def test_a_rule_without_every_citation_is_refused(reg):
    with pytest.raises(DomainError) as raised:
        operator.add_rule(reg, type="access", count=2, unit="working_days",
                          effective_from="2026-03-01", basis_kind="law",
                          citation={"ru": "x", "en": "y"})
    assert raised.value.code == "rule_citation_missing"
    assert reg.get_setting("added_rules") == []


def test_rules_list_and_add_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "r.otinish")
    run_cli(capsys, "--db", db, "init")
    listed = run_cli(capsys, "--db", db, "--json", "rules", "list").json["rules"]
    withdrawal = [r for r in listed if r["type"] == "withdrawal"]
    assert [(r["from"], r["until"], r["basis_kind"]) for r in withdrawal] == [
        ("2013-05-21", "2026-01-18", "operator"), ("2026-01-18", None, "law")]
    added = run_cli(capsys, "--db", db, "--json", "rules", "add", "--type", "deletion",
                    "--days", "15", "--unit", "calendar", "--from", "2026-01-09", "--basis",
                    "law", "--citation-kk", CODE_15["kk"], "--citation-ru", CODE_15["ru"],
                    "--citation-en", CODE_15["en"], "--source", "reported, not verified")
    assert added.code == 0, added.err
    text = run_cli(capsys, "--db", db, "rules", "list", "--lang", "kk").out
    assert "Цифрлық кодекс (15 күн) [added]" in text


def test_the_acknowledgement_cites_the_added_rule_beside_the_apps(reg, tmp_path):
    from docx import Document

    from app.services import letters

    reg.set_setting("operator", {"name": "ИП Жумабаев Е.", "id": "860315300146",
                                 "id_kind": "IIN", "address": "Астана", "email": "i@e.kz",
                                 "phone": "+77015550000", "signatory": None})
    operator.add_rule(reg, type="deletion", count=15, unit="calendar_days",
                      effective_from="2026-01-09", basis_kind="law", citation=CODE_15)
    rid = add_request(reg, types=["deletion"], received=datetime(2026, 3, 2, 10, tzinfo=ALMATY))
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    text = "\n".join(p.text for p in Document(str(made.path)).paragraphs)
    assert "Цифровой кодекс (15 дней)" in text
    assert "статьи\u00a025" in text.replace(" ", "\u00a0")


def test_an_xlsx_export_lists_every_rule_the_dates_rest_on(reg, tmp_path):
    from openpyxl import load_workbook

    operator.add_rule(reg, type="deletion", count=15, unit="calendar_days",
                      effective_from="2026-01-09", basis_kind="law", citation=CODE_15)
    add_request(reg)
    exports.export_register(reg, "xlsx", tmp_path / "r.xlsx", lang="ru")
    book = load_workbook(tmp_path / "r.xlsx")
    rules = list(book["Сроки"].iter_rows(values_only=True))
    assert rules[0][0] == "Требование"
    assert any(row[5] == CODE_15["ru"] and row[7] == "operator" for row in rules[1:])
    assert sum(1 for row in rules[1:] if row[7] == "app") >= 11
