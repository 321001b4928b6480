"""Stories about making letters through the service: citations true on the request's date,
one letters folder for the window and the CLI, one rendering per letter.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from app.domain.errors import DomainError
from app.letters import names, render
from app.letters.typeset import shown_number
from app.services import letters
from tests.builders import ALMATY, PASSPHRASE, add_request, fixed_clock, new_register
from tests.cli.helpers import run_cli

OPERATOR = {"name": "ИП Жумабаев Е.", "id": "860315300146", "id_kind": "IIN",
            "address": "г. Астана, ул. Кенесары, 40", "email": "info@example.kz",
            "phone": "+77015550000", "signatory": None}


def text_of(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def plain(text: str) -> str:
    """*text* with its no-break spaces and hyphens as the ordinary ones."""
    return text.replace("\u00a0", " ").replace("\u2011", "-")


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    register.set_setting("operator", OPERATOR)
    yield register
    register.close()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_withdrawal_of_december_2025_cites_no_article_of_2026(reg, tmp_path, lang):
    """Received 1 Dec 2025, before Law 231-VIII: the acknowledgement gives the operator's
    own period ("the period we have set": the letter is the operator speaking), and never
    Article 8(7); received 2 Feb 2026, it cites Article 8(7)."""
    old = add_request(reg, types=["withdrawal"], lang=lang,
                      received=datetime(2025, 12, 1, 10, tzinfo=ALMATY))
    new = add_request(reg, types=["withdrawal"], lang=lang,
                      received=datetime(2026, 2, 2, 10, tzinfo=ALMATY))
    before = plain(text_of(letters.make_letter(reg, old, "acknowledgement",
                                               out_dir=tmp_path).path))
    after = plain(text_of(letters.make_letter(reg, new, "acknowledgement",
                                              out_dir=tmp_path).path))
    article = {"kk": "8-бабының 7-тармағы", "ru": "пункт 7 статьи 8",
               "en": "Article 8(7)"}[lang]
    own = names.OWN_PERIOD[lang]
    assert article not in before and own in before
    assert article in after and own not in after


def test_the_cli_saves_letters_in_the_folder_the_operator_chose(tmp_path, capsys, monkeypatch):
    """One letters-folder rule: the setting the window writes is the CLI's folder too."""
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "r.otinish")
    reg = new_register(tmp_path, "r.otinish")
    reg.set_setting("operator", OPERATOR)
    reg.set_setting("letters_dir", str(tmp_path / "chosen"))
    add_request(reg)
    reg.close()
    result = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", "acknowledgement")
    assert result.code == 0, result.err
    path = Path(result.json["path"])
    assert path.parent.parent.parent == tmp_path / "chosen"
    assert path.parent.name.startswith("IN-2026-")


def test_a_letter_is_rendered_once_with_its_own_number(reg, tmp_path, monkeypatch):
    rid = add_request(reg)
    calls = []
    real = render.render_template

    def counting(path, code, context):
        calls.append(context["letter"]["number"])
        return real(path, code, context)

    monkeypatch.setattr(render, "render_template", counting)
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert made.number == "OUT-2026-0001"
    assert calls == [shown_number(made.number)] == ["2026\u20110001"]  # printed unprefixed
    assert shown_number(made.number) in text_of(made.path)


def test_a_number_taken_meanwhile_is_not_reused(reg, tmp_path, monkeypatch):
    """If another connection takes the number between rendering and keeping, the letter is
    rendered again with the next number; no file is left with the stale one."""
    rid = add_request(reg)
    real_peek = reg.peek_number
    monkeypatch.setattr(reg, "peek_number", lambda prefix, year: (
        monkeypatch.setattr(reg, "peek_number", real_peek) or "OUT-2026-0000"))
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert made.number == "OUT-2026-0001"
    assert sorted(p.name for p in tmp_path.rglob("*.docx")) == [made.path.name]


def test_the_default_letter_and_next_steps_come_from_the_declarations(reg):
    rid = add_request(reg, types=["deletion"])
    view = reg.get_request(rid)
    assert letters.default_letter_kind(view) == "acknowledgement"
    assert letters.next_steps(view)[0] == ("letter", "acknowledgement")


def test_a_paragraph_in_another_language_than_the_letter_is_said(reg, tmp_path):
    rid = add_request(reg, types=["objection"], lang="en")
    made = letters.make_letter(reg, rid, "objection_result", out_dir=tmp_path,
                               note="Мы пересмотрели решение вручную и отменили его.")
    codes = [w.code for w in made.warnings]
    assert "note_language_differs" in codes
    said_before = letters.letter_warnings(reg, rid, "objection_result",
                                          note="We reviewed the decision by hand.")
    assert "note_language_differs" not in [w.code for w in said_before]
    # No English requisites, and the sole proprietor's record names no signatory.
    assert [w.code for w in said_before] == ["requisites_fallback", "signatory_name_missing"]


def test_a_sole_proprietor_without_a_signatory_signs_a_blank_line_not_the_trade_name(reg,
                                                                                      tmp_path):
    """"ИП Keremet Labs" is a trade name: the letter leaves the name for a handwritten one."""
    reg.set_setting("operator", OPERATOR | {"name": "ИП Keremet Labs"})
    rid = add_request(reg)
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    signature = text_of(made.path).split("С уважением,")[-1]
    assert "Keremet" not in signature and "Индивидуальный предприниматель" in signature
    assert "signatory_name_missing" in [w.code for w in made.warnings]
    reg.set_setting("operator", OPERATOR | {"name": "ИП Keremet Labs",
                                            "signatory": "Жумабаев Ерлан Б."})
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert "signatory_name_missing" not in [w.code for w in made.warnings]


@pytest.mark.parametrize(("lang", "asks"), [("ru", "просим направить нам такие документы"),
                                            ("kk", "құжаттарды"),
                                            ("en", "please send us such documents")])
def test_a_correction_waiting_for_documents_is_asked_for_them(reg, tmp_path, lang, asks):
    from app.services import requests

    rid = add_request(reg, types=["correction"], lang=lang,
                      received=datetime(2026, 11, 20, 10, tzinfo=ALMATY))
    before = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert asks in text_of(before.path)
    requests.documents_received(reg, rid, datetime(2026, 11, 23).date())
    after = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert asks not in text_of(after.path)


def test_the_operators_number_format_and_executor_line_are_printed(reg, tmp_path):
    rid = add_request(reg)
    reg.set_setting("letter_number_format", "{seq}/{year}")
    reg.set_setting("executor", {"name": "А. Иванова", "phone": "+7 701 000 00 00"})
    made = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    text = text_of(made.path)
    assert made.number == "OUT-2026-0001"  # the register keeps its own numbering
    assert "Исх.\xa0№\xa01/2026" in text  # the inbound number keeps the register's form
    assert "Исп.: А. Иванова, тел. +7 701 000 00 00" in text
    reg.set_setting("executor", None)
    again = letters.make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert "Исп.:" not in text_of(again.path)
    with pytest.raises(DomainError) as raised:
        reg.set_setting("letter_number_format", "{year}")
    assert raised.value.code == "number_format_invalid"


def test_a_withdrawal_confirmation_names_the_purposes_chosen(reg, tmp_path):
    from app.services import requests

    reg.set_setting("profile", {
        "data_categories": ["ФИО"], "purposes": ["исполнение договора", "рассылка новостей"],
        "sources": ["субъект"], "recipients": ["хостинг"], "methods": "авто",
        "retention": "3 года", "cross_border": "нет"})
    rid = add_request(reg, types=["withdrawal"])
    requests.record_action(reg, rid, "processing_stopped", "Excluded from the mailing list")
    made = letters.make_letter(reg, rid, "withdrawal_confirmation", out_dir=tmp_path,
                               purposes=["рассылка новостей"])
    text = text_of(made.path)
    assert "рассылка новостей" in text and "исполнение договора" not in text
    with pytest.raises(Exception) as raised:
        letters.make_letter(reg, rid, "withdrawal_confirmation", out_dir=tmp_path,
                            purposes=["продажа данных"])
    assert raised.value.code == "unknown_purpose"


def test_an_access_reply_rests_on_the_search_result(reg, tmp_path):
    """A search that found nothing: no reply saying we process the data (the no-data answer
    instead); found: the reply lists what was found, as the operator recorded it."""
    from app.services import requests

    reg.set_setting("profile", {
        "data_categories": ["ФИО"], "purposes": ["договор"], "sources": ["субъект"],
        "recipients": ["хостинг"], "methods": "авто", "retention": "3 года",
        "cross_border": "нет"})
    rid = add_request(reg, types=["access"])
    requests.record_action(reg, rid, "data_not_found", "Searched the CRM and the mailing list")
    with pytest.raises(Exception) as raised:
        letters.make_letter(reg, rid, "access_response", out_dir=tmp_path)
    assert raised.value.code == "access_reply_no_data"
    assert letters.make_letter(reg, rid, "no_data", out_dir=tmp_path).kind == "no_data"
    other = add_request(reg, types=["access"], email="b@example.kz")
    requests.record_action(reg, other, "data_found", "ФИО и адрес эл. почты в CRM")
    made = letters.make_letter(reg, other, "access_response", out_dir=tmp_path)
    text = text_of(made.path)
    assert "По результатам поиска у нас имеются" in text and "ФИО и адрес эл. почты в CRM" in text


def test_after_no_data_found_the_no_data_letter_is_offered(reg):
    from app.services import requests

    rid = add_request(reg, types=["access"])
    requests.record_action(reg, rid, "data_not_found", "Searched the CRM")
    view = reg.get_request(rid)
    view["letters"] = [{"kind": "acknowledgement", "number": "OUT-2026-0001",
                        "sent_at": "2026-11-23T10:00:00+05:00"}]
    assert letters.default_letter_kind(view) == "no_data"


def test_a_number_format_is_data_not_code(reg):
    for bad in ("{seq[0]}", "{seq.real}", "{seq:0100000000d}", "{seq:>{year}}", "{year}"):
        with pytest.raises(DomainError) as raised:
            reg.set_setting("letter_number_format", bad)
        assert raised.value.code == "number_format_invalid", bad
    with pytest.raises(DomainError):
        reg.set_setting("executor", "А. Иванова")
    assert reg.set_setting("letter_number_format", "{seq}/{year}") == "{seq}/{year}"
