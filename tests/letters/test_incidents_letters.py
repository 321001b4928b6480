"""The breach letters: the notice holds every element the Rules ask for, in kk and ru."""

from __future__ import annotations

from datetime import datetime

import pytest
from docx import Document

from app.domain.errors import DomainError
from app.services import incidents
from letter_templates.build_incident_templates import OUT, build
from tests.builders import fixed_clock, new_register

OPERATOR = {"name": "ТОО «Ромашка»", "id": "180540012343", "id_kind": "BIN",
            "address": "г. Астана, ул. Мира 1", "email": "info@romashka.kz",
            "phone": "+77172000000", "signatory": "Директор, Ахметов А.А."}

#: Words of each element the notice must carry, per language.
ELEMENTS = {
    "ru": ("Контактные данные лица, ответственного за организацию обработки персональных "
           "данных", "Меры, предпринятые для устранения нарушения",
           "Персональные данные субъектов, необходимые для последующего направления им "
           "уведомления", "Дата и время обнаружения", "Собственник и (или) оператор",
           "Основание", "приказ № 481/НҚ", "Исх. №"),
    "kk": ("Дербес деректерді өңдеуді ұйымдастыруға жауапты адамның байланыс деректері",
           "Бұзушылықты жою үшін қабылданған шаралар",
           "Субъектілерге кейіннен хабарлама жіберу үшін қажетті олардың дербес деректері",
           "Анықталған күні мен уақыты", "Меншік иесі және (немесе) оператор",
           "Негіздеме", "№ 481/НҚ бұйрық", "Шығыс №"),
}


def _text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts).replace("\xa0", " ").replace("\u2011", "-")


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 3, 6, 20))
    register.set_setting("operator", OPERATOR)
    incidents.set_responsible(register, name="Сериков Данияр Маратович",
                              position="менеджер по защите данных", phone="87015551234",
                              email="dpo@romashka.kz")
    yield register
    register.close()


def _incident(reg):
    iid = incidents.add_incident(
        reg, detected=datetime(2026, 3, 6, 19, 40), what="Выгрузка клиентов по ссылке",
        cause="ошибка прав доступа", categories="ФИО, телефон", subjects=312,
        measures="Ссылка закрыта в 19:55", notify_body="yes", why="контакты клиентов",
        notify_subjects="yes", why_subjects="риск звонков мошенников")["id"]
    incidents.add_subject(reg, iid, name="Иванова Мария Петровна", iin="860315300146",
                          phone="87015550011")
    return iid


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_notice_holds_every_element_the_rules_require(reg, tmp_path, lang):
    made = incidents.make_notice(reg, _incident(reg), lang=lang, out_dir=tmp_path / "out")
    text = _text(made.path)
    for words in ELEMENTS[lang]:
        assert words in text, words
    # The responsible person's contacts, the measures, the subject (name, IIN, mobile).
    for value in ("Сериков Данияр Маратович", "+7 701 555 12 34", "dpo@romashka.kz",
                  "Ссылка закрыта в 19:55", "Иванова Мария Петровна", "860315300146",
                  "+7 701 555 00 11", "19:40", "312", "ТОО «Ромашка»", "180540012343",
                  "2026-0001"):
        assert value in text, value
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"


def test_no_notice_without_the_measures_taken(reg, tmp_path):
    iid = incidents.add_incident(reg, detected=datetime(2026, 3, 6, 19, 40),
                                 what="Утечка")["id"]
    with pytest.raises(DomainError) as exc:
        incidents.make_notice(reg, iid, lang="ru", out_dir=tmp_path)
    assert exc.value.code == "incident_measures_missing"
    assert not list(tmp_path.rglob("*.docx"))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_subjects_letter_names_no_subject_and_gives_the_contacts(reg, tmp_path, lang):
    made = incidents.make_subjects_letter(reg, _incident(reg), lang=lang,
                                          out_dir=tmp_path / "out")
    text = _text(made.path)
    assert "Иванова" not in text and "860315300146" not in text
    assert "dpo@romashka.kz" in text and "Ссылка закрыта в 19:55" in text


def test_the_notice_is_made_only_in_kazakh_or_russian(reg, tmp_path):
    with pytest.raises(Exception) as exc:
        incidents.make_notice(reg, _incident(reg), lang="en", out_dir=tmp_path)
    assert exc.value.code == "incident_letter_language"


def test_the_shipped_templates_are_the_built_ones(tmp_path):
    for path in build(tmp_path):
        assert _text(path) == _text(OUT / path.name), path.name


def test_the_subjects_letter_rests_on_the_rules_of_notification_only(reg, tmp_path):
    made = incidents.make_subjects_letter(reg, _incident(reg), lang="ru",
                                          out_dir=tmp_path / "out")
    text = _text(made.path)
    assert "приказ № 481/НҚ" in text and "179/НҚ" not in text


def test_a_kazakh_notice_says_which_typed_texts_read_as_russian(reg, tmp_path):
    """What the operator typed is printed as typed; a Kazakh notice of an incident described
    in Russian says so (as a request's letter does for its notes), a Russian one does not."""
    iid = _incident(reg)
    kk = incidents.make_notice(reg, iid, lang="kk", out_dir=tmp_path / "out")
    said = {n.values["text"] for n in kk.warnings if n.code == "incident_text_language_differs"}
    assert "Выгрузка клиентов по ссылке" in said and "риск звонков мошенников" in said
    assert "эл. пошта: dpo@romashka.kz" in _text(kk.path)  # as its letterhead says it
    ru = incidents.make_notice(reg, iid, lang="ru", out_dir=tmp_path / "out")
    assert not [n for n in ru.warnings if n.code == "incident_text_language_differs"]
