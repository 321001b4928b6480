"""Letters made from the register: every kind in every language, read back and checked.

In CI each letter is also converted to PDF by LibreOffice and the PDF's text checked.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from app.domain.vocab import REQUEST_TYPES
from app.letters import names
from app.letters.context import format_day, letter_day
from app.letters.errors import LetterError
from app.letters.kinds import KINDS
from app.letters.typeset import NBSP, shown_number
from app.services.letters import make_letter, record_sent
from tests.builders import ALMATY, add_request, fixed_clock, new_register, said
from tests.portable import IS_ROOT

OPERATOR = {"name": 'ТОО "Ромашка" & Co', "id": "180240012342", "id_kind": "BIN",
            "address": "г. Астана, пр. Мангилик Ел, 55", "email": "privacy@romashka.kz",
            "phone": "+77172550000", "signatory": "Директор, Иванов А. С."}
PROFILE = {
    "data_categories": ["фамилия, имя", "адрес электронной почты"],
    "purposes": ["исполнение договора", "рассылка новостей"],
    "sources": ["субъект при регистрации"],
    "recipients": ["хостинг-провайдер ТОО «Облако»"],
    "methods": "автоматизированная обработка",
    "retention": "3 года после окончания договора",
    "cross_border": "не осуществляется",
}
NOTE = "Особое примечание оператора №7"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _text_of(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    """Every kind in every language for a request with every type."""
    tmp = tmp_path_factory.mktemp("letters")
    reg = new_register(tmp, clock=fixed_clock(2026, 11, 23))
    reg.set_setting("operator", OPERATOR)
    reg.set_setting("profile", PROFILE)
    made = {}
    for lang in ("kk", "ru", "en"):
        rid = add_request(reg, types=list(REQUEST_TYPES), name="Ерлан Жумабаев",
                          iin="860315300146", email="erlan@example.kz",
                          received=datetime(2026, 3, 20, 10, tzinfo=ALMATY))
        for kind in ("corrected", "blocked", "unblocked", "deleted", "processing_stopped"):
            reg.record_action(rid, kind, f"Выполнено: {kind}")
        for kind in KINDS:
            # One request asks for everything: the access reply follows the deletion, so
            # the operator says why it is made anyway.
            letter = make_letter(reg, rid, kind, lang=lang, out_dir=tmp / "out", note=NOTE,
                                 grounds=["identity_not_confirmed",
                                          "processing_required_by_law"],
                                 despite="every kind of letter for one request")
            made[(kind, lang)] = (letter, reg.get_request(rid))
    yield made
    reg.close()


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_letter_carries_its_facts_and_no_template_tags(letters, kind, lang):
    letter, request = letters[(kind, lang)]
    text = _text_of(letter.path)
    assert "{{" not in text and "{%" not in text
    assert 'ТОО "Ромашка" & Co' in text
    assert "180240012342" in text
    # The register keeps OUT-/IN-; the letter prints the number without them.
    assert letter.number.startswith("OUT-2026-")
    assert shown_number(letter.number) in text and letter.number not in text
    assert shown_number(request["number"]) in text and request["number"] not in text
    assert "Ерлан Жумабаев" in text
    assert letter_day("2026-11-23", lang) in text  # the letter's date
    # The request's date: Kazakh names it in the reference line as «… 20 наурыздағы».
    assert letter_day("2026-03-20", lang, "attributive") in text
    assert f"А.С.{NBSP}Иванов" in text  # typed "Иванов А. С.": initials first
    if kind in ("refusal", "objection_result"):
        assert NOTE in text
    if kind == "access_response":
        for entry in PROFILE["data_categories"] + PROFILE["purposes"] + PROFILE["recipients"]:
            assert entry in text
        assert PROFILE["retention"] in text and PROFILE["cross_border"] in text
    if kind == "acknowledgement":
        assert letter_day("2026-03-26", lang, "ablative") in text  # deletion: 1 wd after Nauryz
    if kind == "refusal":
        assert names.REFUSAL_GROUNDS["identity_not_confirmed"][lang]["text"] in text


def test_dates_are_written_as_each_language_writes_them():
    assert format_day("2026-03-20", "kk") == "2026 жылғы 20 наурыз"
    assert format_day("2026-03-20", "ru") == "20 марта 2026\xa0г."  # no-break space
    assert format_day("2026-03-20", "en") == "20 March 2026"


def test_letters_get_new_numbers_and_files_and_are_kept_in_the_register(letters):
    numbers = [letter.number for letter, _ in letters.values()]
    assert len(set(numbers)) == len(numbers) == 3 * len(KINDS)
    letter, request = letters[("refusal", "en")]
    assert letter.path.parent.name == request["number"]
    assert letter.path.parent.parent.name == "2026"
    kept = [le for le in request["letters"] if le["number"] == letter.number]
    assert kept and kept[0]["sha256"] == letter.sha256


def test_the_letter_follows_the_request_language_unless_told(tmp_path):
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    rid = add_request(reg, lang="kk")
    letter = make_letter(reg, rid, "acknowledgement", out_dir=tmp_path)
    assert letter.lang == "kk" and "Құрметті" in _text_of(letter.path)
    reg.close()


def test_a_reply_made_answers_nothing_until_it_is_recorded_as_sent(tmp_path):
    """Making the access reply writes a file; the law counts the day it reaches the
    requester. So the right is done, and the request answered, on the sending date."""
    now = {"t": datetime(2026, 11, 23, 10, tzinfo=ALMATY)}
    reg = new_register(tmp_path, clock=lambda: now["t"])
    reg.set_setting("operator", OPERATOR)
    reg.set_setting("profile", PROFILE)
    rid = add_request(reg, types=["access"])
    reply = make_letter(reg, rid, "access_response", out_dir=tmp_path)
    view = reg.get_request(rid)
    assert view["status"] == "received" and not view["items"][0]["done"]
    assert view["letters"][0]["sent_at"] is None
    now["t"] = datetime(2026, 11, 25, 16, tzinfo=ALMATY)
    record_sent(reg, reply.number, via="email", at=datetime(2026, 11, 24, 9, tzinfo=ALMATY))
    view = reg.get_request(rid)
    assert view["status"] == "answered"
    assert view["items"][0]["done_at"] == "2026-11-24T09:00:00+05:00"
    assert (view["letters"][0]["sent_at"], view["letters"][0]["sent_via"]) == (
        "2026-11-24T09:00:00+05:00", "email")
    assert reg.check()["audit"] == "ok"
    reg.close()


@pytest.mark.parametrize("kind, setup, fragment", [
    ("access_response", "no_profile", "processing profile"),
    ("refusal", "", "--note"),
    ("objection_result", "", "--note"),
    ("deletion_done", "", "action --kind deleted"),
    ("acknowledgement", "no_operator", "operator"),
])
def test_missing_data_is_refused_before_a_number_is_used(tmp_path, kind, setup, fragment):
    reg = new_register(tmp_path)
    if setup != "no_operator":
        reg.set_setting("operator", OPERATOR)
    if setup not in ("no_profile", "no_operator"):
        reg.set_setting("profile", PROFILE)
    rid = add_request(reg)
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, kind, out_dir=tmp_path / "out")
    assert re.search(fragment.replace("-", r"\-"), said(raised.value))
    assert not (tmp_path / "out").exists()
    assert reg.db.execute("select count(*) from counters where name like 'OUT-%'"
                          ).fetchone()[0] == 0
    reg.close()


def _broken_copy(src: Path, dst: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            zout.writestr(item, data)


@pytest.mark.parametrize("old, new, fragment", [
    ("{{ addressee.salutation }}", "{{ adressee.salutation }}", "'adressee'"),
    ("{{ addressee.salutation }}", "{{ addressee.salutaton }}", "salutaton"),
    ("{{ addressee.salutation }}", "{{ addressee.salutation }", "syntax error"),
])
def test_a_user_template_with_a_broken_field_gives_a_clear_error(tmp_path, old, new, fragment):
    from app.letters.render import DEFAULT_TEMPLATES_DIR

    own = tmp_path / "own"
    own.mkdir()
    _broken_copy(DEFAULT_TEMPLATES_DIR / "acknowledgement.ru.docx",
                 own / "acknowledgement.ru.docx", old, new)
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    rid = add_request(reg)
    with pytest.raises(LetterError) as info:
        make_letter(reg, rid, "acknowledgement", lang="ru", out_dir=tmp_path / "out",
                    templates_dir=own)
    message = said(info.value)
    assert fragment in message and "acknowledgement.ru.docx" in message
    assert "\n" not in message
    assert not any((tmp_path / "out").rglob("*.docx"))
    assert reg.get_request(rid)["letters"] == []
    reg.close()


def test_a_user_template_overrides_the_default(tmp_path):
    from app.letters.render import DEFAULT_TEMPLATES_DIR

    own = tmp_path / "own"
    own.mkdir()
    _broken_copy(DEFAULT_TEMPLATES_DIR / "acknowledgement.en.docx",
                 own / "acknowledgement.en.docx", "{{ addressee.salutation }}",
                 "{{ addressee.salutation }} OUR OWN TEMPLATE")
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    rid = add_request(reg, lang="en")
    letter = make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "out",
                         templates_dir=own)
    assert "OUR OWN TEMPLATE" in _text_of(letter.path)
    reg.close()


def test_a_read_only_output_folder_gives_a_clear_error_and_no_partial_file(tmp_path):
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    rid = add_request(reg)
    out = tmp_path / "readonly"
    out.mkdir()
    # A file where the year folder should be: writing fails for root too.
    (out / "2026").write_text("in the way")
    with pytest.raises(LetterError) as info:
        make_letter(reg, rid, "acknowledgement", out_dir=out)
    assert "\n" not in said(info.value)
    assert sorted(p.name for p in out.rglob("*")) == ["2026"]
    assert reg.get_request(rid)["letters"] == []
    if not IS_ROOT:
        (out / "2026").unlink()
        out.chmod(0o500)
        try:
            with pytest.raises(LetterError) as raised:
                make_letter(reg, rid, "acknowledgement", out_dir=out)
            assert re.search("permission denied", said(raised.value))
        finally:
            out.chmod(0o700)
    reg.close()


@pytest.mark.skipif(SOFFICE is None and os.environ.get("CI") != "true",
                    reason="needs LibreOffice (apt: libreoffice-writer-nogui); runs in CI")
def test_letters_convert_to_pdf_and_the_pdf_says_the_same(letters, tmp_path):
    assert SOFFICE, "LibreOffice must be installed in CI"
    chosen = [letters[(k, lang)][0].path for k in KINDS for lang in ("kk", "ru", "en")]
    profile_dir = tmp_path / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile_dir}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, chosen)],
                   check=True, capture_output=True, timeout=600)
    for path in chosen:
        pdf = tmp_path / (path.stem + ".pdf")
        assert pdf.exists(), f"no PDF for {path.name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        number = shown_number(path.name.split("_")[0])
        assert number in flat or number.replace("\u2011", "-") in flat, path.name
        assert "Ерлан Жумабаев" in flat, path.name
        assert "{{" not in flat and "{%" not in flat
