"""Story: a letter says exactly what is true, and says it as a Kazakh lawyer would sign it.

Each period rests on its own basis (the Law, a by-law, or our own target) in force on the
day the request was received; a refusal names its legal ground and the appeal route; "we
hold no data about you" is an answer, not a refusal; numbers carry no Latin prefix and
never break. Every test makes real letters from a register, reads their text back and
looks for the words.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from app.letters import names
from app.letters.errors import LetterError
from app.letters.kinds import KINDS
from app.services.letters import make_letter, record_sent
from tests.builders import ALMATY, add_request, fixed_clock, new_register, said

LANGS = ("kk", "ru", "en")
OPERATOR = {"name": "ТОО «Алма Софт»", "id": "180240012342", "id_kind": "BIN",
            "address": "г. Алматы, пр. Абая, 10, офис 5", "email": "dpo@almasoft.kz",
            "phone": "+77272000000", "signatory": "Директор, Сейтқали А.Б."}
PROFILE = {"data_categories": ["фамилия, имя"], "purposes": ["исполнение договора"],
           "sources": ["субъект"], "recipients": ["нет"], "methods": "автоматизированная",
           "retention": "3 года", "cross_border": "не осуществляется"}
# Article 8(7) (withdrawal, 15 working days) as each language cites it.
ART_8_7 = {"kk": "8\u2011бабының 7\u2011тармағы", "ru": "пункт\u00a07 статьи\u00a08",
           "en": "Article\u00a08(7)"}
# What an acknowledgement once said over a mixed list: "the Law sets the periods".
LAW_SETS = re.compile(r"устанавливает сроки|мерзімдерін белгілейді|sets the periods", re.I)


def text_of(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    register.set_setting("operator", OPERATOR)
    register.set_setting("profile", PROFILE)
    yield register
    register.close()


def _letter(reg, rid, kind, lang, out, **kwargs) -> str:
    return text_of(make_letter(reg, rid, kind, lang=lang, out_dir=out, **kwargs).path)


# ------------------------------------------------------------------ periods on their basis
@pytest.mark.parametrize("lang", LANGS)
def test_a_withdrawal_before_article_8_7_is_acknowledged_on_our_own_period(reg, tmp_path,
                                                                           lang):
    rid = add_request(reg, types=["withdrawal"],
                      received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", lang, tmp_path)
    assert ART_8_7[lang] not in text and "8(7)" not in text
    assert names.OWN_PERIOD[lang] in text
    assert not LAW_SETS.search(text)


@pytest.mark.parametrize("lang", LANGS)
def test_a_withdrawal_since_article_8_7_cites_it_and_not_our_own_period(reg, tmp_path, lang):
    rid = add_request(reg, types=["withdrawal"],
                      received=datetime(2026, 2, 2, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", lang, tmp_path)
    assert ART_8_7[lang] in text
    assert names.OWN_PERIOD[lang] not in text
    assert not LAW_SETS.search(text)


@pytest.mark.parametrize("lang", LANGS)
def test_each_right_is_promised_its_own_date_on_its_own_basis(reg, tmp_path, lang):
    """Received Mon 2 Feb 2026: access by Thu 5 Feb (the Rules), withdrawal by Mon 23 Feb
    (the Law), other by Mon 16 Feb (ours); each date is said, not only the earliest."""
    rid = add_request(reg, types=["access", "withdrawal", "other"],
                      received=datetime(2026, 2, 2, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", lang, tmp_path)
    flat = text.replace("\u00a0", " ")
    deadline = {"kk": "2026 жылғы {} ақпаннан кешіктірмей", "ru": "не позднее {} февраля 2026 г.",
                "en": "by {} February 2026"}[lang]
    for day in (5, 16, 23):
        assert deadline.format(day) in flat
    rules_p16 = {"kk": "қағидаларының 16\u2011тармағы", "ru": "пункт\u00a016 Правил сбора",
                 "en": "paragraph\u00a016\u00a0of the Rules"}[lang]
    assert rules_p16 in text
    assert {"kk": "25\u2011бабы 2\u2011тармағының\u00a06)", "ru": "подпункт\u00a06) пункта\u00a02",
            "en": "Article\u00a025(2)\u2060(6)"}[lang] in text


def test_no_acknowledgement_says_the_law_sets_the_periods(reg, tmp_path):
    rid = add_request(reg, types=["access", "portability", "other", "objection", "deletion"],
                      received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
    for lang in LANGS:
        assert not LAW_SETS.search(_letter(reg, rid, "acknowledgement", lang, tmp_path))


@pytest.mark.parametrize("lang", LANGS)
def test_an_objection_before_article_19_1_is_not_answered_under_it(reg, tmp_path, lang):
    rid = add_request(reg, types=["objection"],
                      received=datetime(2025, 12, 10, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "objection_result", lang, tmp_path, note="Решение пересмотрено.")
    flat = text.replace("\u00a0", " ").replace("\u2011", "-")
    cited = {"kk": "19-1-бабының 2 және 3-тармақтары", "ru": "пункты 2 и 3 статьи 19-1",
             "en": "Article 19-1(2) and (3)"}[lang]
    assert cited not in flat
    assert {"kk": "19-1-бапты қамтымаған", "ru": "не содержал статьи 19-1",
            "en": "did not yet contain Article 19-1"}[lang] in flat


# ------------------------------------------------------------------ refusals and answers
def test_a_refusal_without_a_legal_ground_is_refused_before_a_number_is_used(reg, tmp_path):
    rid = add_request(reg)
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "refusal", out_dir=tmp_path / "out", note="Пояснение.")
    assert raised.value.code == "refusal_needs_ground"
    assert said(raised.value) == (
        "A refusal states its legal ground: give at least one with --ground.")
    assert not (tmp_path / "out").exists()
    assert reg.get_request(rid)["letters"] == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["refusal", "objection_result"])
def test_every_refusal_and_objection_result_names_the_body_and_e_otinish(reg, tmp_path, kind,
                                                                         lang):
    rid = add_request(reg, types=["objection"])
    text = _letter(reg, rid, kind, lang, tmp_path, note="Пояснение оператора.",
                   grounds=["identity_not_confirmed"])
    assert names.AUTHORIZED_BODY[lang] in text
    assert "e\u2011Otinish" in text and "eotinish.kz" in text
    # The operator speaks of itself: "our actions", not "the operator's".
    assert {"kk": "біздің әрекеттерімізге (әрекетсіздігімізге)",
            "ru": "наши действия (бездействие)", "en": "our actions (or inaction)"}[lang] in text
    if kind == "refusal":
        assert names.REFUSAL_GROUNDS["identity_not_confirmed"][lang]["text"] in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_data_is_an_answer_to_the_right_to_know_not_a_refusal(reg, tmp_path, lang):
    spec = KINDS["no_data"]
    assert spec.effect is not None and spec.effect.outcome == "no_data_held"
    assert spec.effect.answers == {"access", "portability"}
    assert not spec.note_required and all(spec.titles[lang] for lang in LANGS)
    rid = add_request(reg, types=["access"])
    text = _letter(reg, rid, "no_data", lang, tmp_path)
    assert {"kk": "24\u2011бабы 1\u2011тармағының\u00a01)", "ru": "подпункт\u00a01) пункта\u00a01",
            "en": "Article\u00a024(1)\u2060(1)"}[lang] in text
    refusing = {"kk": ("бас тарт", "шағым"), "ru": ("отказ", "обжаловать"),
                "en": ("refus", "complain")}[lang]
    assert not any(word in text.lower() for word in refusing)
    assert names.AUTHORIZED_BODY[lang] not in text and "Otinish" not in text


def test_sending_the_no_data_answer_answers_access_with_no_data_held(reg, tmp_path):
    rid = add_request(reg, types=["access"])
    letter = make_letter(reg, rid, "no_data", out_dir=tmp_path)
    record_sent(reg, letter.number, via="email")
    view = reg.get_request(rid)
    assert view["status"] == "answered" and view["items"][0]["outcome"] == "no_data_held"


def test_the_access_reply_is_not_made_once_the_record_says_no_data_were_found(reg, tmp_path):
    rid = add_request(reg, types=["access"])
    reg.close_request(rid, "no_data_held")
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "access_response", out_dir=tmp_path / "out")
    assert raised.value.code == "access_reply_no_data"
    assert "no personal data of the requester were found" in said(raised.value)
    assert not (tmp_path / "out").exists()


def test_the_access_reply_and_the_no_data_answer_contradict_each_other(reg, tmp_path):
    """One prepared, the other says the opposite: made only with a reason, kept in history."""
    rid = add_request(reg, types=["access"])
    first = make_letter(reg, rid, "no_data", out_dir=tmp_path)
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "access_response", out_dir=tmp_path)
    assert first.number in said(raised.value) and "--despite" in said(raised.value)
    other = add_request(reg, types=["access"])
    make_letter(reg, other, "access_response", out_dir=tmp_path)
    with pytest.raises(LetterError) as raised:
        make_letter(reg, other, "no_data", out_dir=tmp_path)
    assert "says the opposite" in said(raised.value)
    third = add_request(reg, types=["access", "deletion"])
    reg.record_action(third, "deleted", "Удалено из CRM")
    with pytest.raises(LetterError) as raised:
        make_letter(reg, third, "no_data", out_dir=tmp_path)
    assert "act on the requester's data" in said(raised.value)


# ------------------------------------------------------------------ numbers and grammar
@pytest.mark.parametrize("lang", LANGS)
def test_no_letter_prints_a_latin_prefix_or_a_breakable_hyphen_in_a_number(reg, tmp_path,
                                                                         lang):
    rid = add_request(reg, types=["access", "withdrawal", "objection", "deletion"],
                      received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
    for action in ("corrected", "blocked", "unblocked", "deleted", "processing_stopped"):
        reg.record_action(rid, action, "Сделано")
    for kind in KINDS:
        text = _letter(reg, rid, kind, lang, tmp_path, note="Пояснение.",
                       grounds=["rights_of_others"], despite="every kind for one request")
        assert "OUT-" not in text and "IN-" not in text, kind
        assert not re.search(r"\d-|-\d", text), (kind, re.findall(r".{12}(?:\d-|-\d).{12}",
                                                                  text))
        assert "2026\u20110001" in text, kind  # the inbound number, bound
        if lang == "ru":
            assert "№\u00a02026\u20110001" in text and "2026\u00a0г." in text
        if lang == "kk":  # the reference line: the date in the attributive
            assert "2026\u00a0жылғы\u00a020\u00a0наурыздағы №\u00a02026\u20110001 " \
                   "өтінішіңізге" in text, kind
        assert "А.Б.\u00a0Сейтқали" in text, kind  # typed "Сейтқали А.Б."


def test_kazakh_deadlines_are_not_bare_dates(reg, tmp_path):
    rid = add_request(reg, types=["access"], received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", "kk", tmp_path).replace("\u00a0", " ")
    assert "2026 жылғы 30 наурыздан кешіктірмей" in text


def test_the_kazakh_objection_texts_put_tek_before_what_it_limits(reg, tmp_path):
    rid = add_request(reg, types=["objection"])
    for kind in ("objection_result", "acknowledgement"):  # the letter, and the right's name
        text = _letter(reg, rid, kind, "kk", tmp_path, note="Итог.")
        assert "тек автоматтандырылған өңдеу негізінде қабылданған шешім" in text
        assert "тек дербес" not in text


# ------------------------------------------------------------------ promises it can keep
@pytest.mark.parametrize("lang", LANGS)
def test_a_correction_waiting_for_documents_is_promised_no_date(reg, tmp_path, lang):
    """Received Mon 6 Apr 2026, no documents yet: the register counts 7 April to be safe,
    but the letter promises one working day from their receipt, not that date."""
    rid = add_request(reg, types=["correction"], received=datetime(2026, 4, 6, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", lang, tmp_path).replace("\u00a0", " ")
    assert {"kk": "7 сәуір", "ru": "7 апреля", "en": "7 April"}[lang] not in text
    assert {"kk": "растайтын құжаттар алынған күннен бастап 1 жұмыс күні ішінде",
            "ru": "в течение 1 рабочего дня со дня получения подтверждающих документов",
            "en": "within 1 working day of receiving the supporting documents"}[lang] in text
    identity = _letter(reg, rid, "identity_request", lang, tmp_path)
    assert {"kk": "ең жақын мерзімі", "ru": "Ближайший срок",
            "en": "first of our replies"}[lang] not in identity


def test_once_the_documents_arrive_the_correction_has_its_date(reg, tmp_path):
    from app.services.requests import documents_received

    rid = add_request(reg, types=["correction"], received=datetime(2026, 4, 6, 10, tzinfo=ALMATY))
    documents_received(reg, rid, datetime(2026, 4, 8).date())
    text = _letter(reg, rid, "acknowledgement", "ru", tmp_path).replace("\u00a0", " ")
    assert "не позднее 9 апреля 2026 г." in text and "со дня получения подтверждающих" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_one_day_for_a_deletion_says_when_the_law_sets_it(reg, tmp_path, lang):
    rid = add_request(reg, types=["deletion"], received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
    text = _letter(reg, rid, "acknowledgement", lang, tmp_path)
    assert {"kk": "өңдеудің заңсыздығы расталған жағдайда",
            "ru": "при подтверждении незаконности обработки",
            "en": "where the processing is confirmed to be unlawful"}[lang] in text
    # A confirmation of the deletion does not suggest the processing was unlawful.
    reg.record_action(rid, "deleted", "Удалено")
    done = _letter(reg, rid, "deletion_done", lang, tmp_path)
    assert "незаконн" not in done and "заңсыз" not in done and "unlawful" not in done


@pytest.mark.parametrize("lang", LANGS)
def test_a_refusal_names_only_the_rights_it_refuses(reg, tmp_path, lang):
    rid = add_request(reg, types=["access", "deletion"])
    reg.record_action(rid, "deleted", "Удалено из CRM")
    text = _letter(reg, rid, "refusal", lang, tmp_path, note="Пояснение.",
                   grounds=["identity_not_confirmed"])
    marker = {"kk": "қарап", "ru": "Рассмотрев", "en": "considered"}[lang]
    opening = next(p for p in text.split("\n") if marker in p)
    assert names.TYPE_NAMES[lang]["access"] in opening
    assert names.TYPE_NAMES[lang]["deletion"] not in opening
    assert {"kk": "мына талаптарды", "ru": "следующих требований",
            "en": "the following of your demands"}[lang] in opening


def test_a_refusal_of_a_request_all_answered_is_not_made(reg, tmp_path):
    rid = add_request(reg, types=["withdrawal"])
    reg.record_action(rid, "processing_stopped", "Рассылка остановлена")
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "refusal", out_dir=tmp_path / "out", note="Пояснение.",
                    grounds=["processing_required_by_law"])
    assert raised.value.code == "refusal_nothing_open"
    assert "nothing left to refuse" in said(raised.value)
    assert not (tmp_path / "out").exists()


def test_a_refusal_contradicts_a_confirmation_already_made(reg, tmp_path):
    rid = add_request(reg, types=["access"])
    reply = make_letter(reg, rid, "access_response", out_dir=tmp_path)
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "refusal", out_dir=tmp_path, note="Пояснение.",
                    grounds=["identity_not_confirmed"])
    assert reply.number in said(raised.value) and "--despite" in said(raised.value)


@pytest.mark.parametrize(("lang", "note", "warned"), [
    ("ru", "order history deleted", True),      # Latin in a Russian letter: at any length
    ("kk", "account deleted", True),
    ("en", "История заказов удалена", True),
    ("ru", "История заказов удалена из CRM", False),
    ("kk", "Тапсырыс тарихы толық өшірілді", False),
])
def test_an_action_note_the_letter_quotes_is_checked_for_its_language(reg, tmp_path, lang,
                                                                      note, warned):
    rid = add_request(reg, types=["deletion"])
    reg.record_action(rid, "deleted", note)
    letter = make_letter(reg, rid, "deletion_done", lang=lang, out_dir=tmp_path)
    codes = [n.code for n in letter.warnings]
    assert ("quoted_note_language_differs" in codes) is warned
    if warned:
        notice = next(n for n in letter.warnings if n.code == "quoted_note_language_differs")
        assert f'"{note}"' in said(notice)


@pytest.mark.parametrize("lang", LANGS)
def test_the_refusal_does_not_suggest_identity_can_cure_every_ground(reg, tmp_path, lang):
    rid = add_request(reg, types=["access"])
    text = _letter(reg, rid, "refusal", lang, tmp_path, note="Пояснение.",
                   grounds=["processing_required_by_law"])
    assert {"kk": "жеке басыңыз расталса", "ru": "подтверждена Ваша личность",
            "en": "confirming your identity"}[lang] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_an_unblocking_is_confirmed_by_its_own_letter(reg, tmp_path, lang):
    """The blocking letter promises to say when the blocking is lifted; the unblocking
    was offered that blocking letter, which quotes only "blocked" and so could not be made."""
    from app.domain.workflow import reply_for_type
    from app.letters.kinds import letter_effects

    assert reply_for_type(letter_effects())["unblocking"] == "unblocking_done"
    rid = add_request(reg, types=["unblocking"])
    reg.record_action(rid, "unblocked", {"kk": "CRM-дегі бұғат алынды",
                                         "ru": "Блокирование в CRM снято",
                                         "en": "The block in the CRM lifted"}[lang])
    letter = make_letter(reg, rid, "unblocking_done", lang=lang, out_dir=tmp_path)
    text = text_of(letter.path)
    assert {"kk": "бұғаттан шығарылғанын", "ru": "блокирование Ваших персональных данных снято",
            "en": "your personal data have been unblocked"}[lang] in text
    assert {"kk": "25\u2011бабы 2\u2011тармағының\u00a08)", "ru": "подпункт\u00a08) пункта\u00a02",
            "en": "Article\u00a025(2)\u2060(8)"}[lang] in text
    record_sent(reg, letter.number, via="email")
    assert reg.get_request(rid)["items"][0]["outcome"] == "fulfilled"
