"""Operator templates run no code and cannot hang the app (issue 17, item 12); letters and
their folders are owner-only (item 10)."""

from __future__ import annotations

import os
import stat
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

from app.letters import render, sandbox
from app.letters.errors import LetterError
from app.letters.render import DEFAULT_TEMPLATES_DIR
from app.services.letters import make_letter
from tests.builders import add_request, new_register, said
from tests.letters.test_letters import OPERATOR

FIELD = "{{ addressee.salutation }}"


def _own_template(folder: Path, replacement: str) -> Path:
    folder.mkdir(exist_ok=True)
    src = DEFAULT_TEMPLATES_DIR / "acknowledgement.en.docx"
    dst = folder / "acknowledgement.en.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                assert FIELD.encode() in data
                data = data.replace(FIELD.encode(), replacement.encode(), 1)
            zout.writestr(item, data)
    return folder


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    register.set_setting("operator", OPERATOR)
    add_request(register, lang="en")
    yield register
    register.close()


def _refused(reg, tmp_path, replacement: str, code: str) -> str:
    own = _own_template(tmp_path / "own", replacement)
    started = time.monotonic()
    with pytest.raises(LetterError) as raised:
        make_letter(reg, 1, "acknowledgement", out_dir=tmp_path / "out", templates_dir=own)
    assert raised.value.code == code, raised.value.values
    message = said(raised.value)
    assert "acknowledgement.en.docx" in message and "\n" not in message
    assert not any((tmp_path / "out").rglob("*.docx"))
    assert reg.get_request(1)["letters"] == []
    return f"{time.monotonic() - started:.1f}"


def test_a_template_cannot_reach_python_internals(reg, tmp_path):
    _refused(reg, tmp_path, "{{ ''.__class__.__mro__[1].__subclasses__() }}",
             "template_unsafe")


@pytest.mark.parametrize("body, code", [
    ("{% for x in range(10**9) %}x{% endfor %}", "template_unsafe"),
    ("{{ 'A' * 10**9 }}", "template_too_big"),
    ("{{ 'A'|center(10**9) }}", "template_unsafe"),
    ("{{ 'A'.ljust(10**9) }}", "template_unsafe"),
    ("{{ 2 ** (10 ** 9) }}", "template_unsafe"),
    ("{{ '%999999999s' % 1 }}", "template_unsafe"),
    ("{% for a in range(10000) %}{% for b in range(10000) %}xxxxxxxxxx{% endfor %}"
     "{% endfor %}", "template_too_big"),
])
def test_a_runaway_template_is_refused_in_seconds(reg, tmp_path, body, code):
    assert float(_refused(reg, tmp_path, body, code)) < 3


def test_a_template_that_loops_without_output_is_stopped_at_the_time_limit(
        reg, tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "RENDER_SECONDS", 1.0)
    seen = []
    real = render.render_template

    def spy(*args, **kwargs):
        seen.append(reg.conn.in_transaction)  # the register is not held while it runs
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "render_template", spy)
    body = ("{% for a in range(10000) %}{% for b in range(10000) %}{% for c in 'abc' %}"
            "{% endfor %}{% endfor %}{% endfor %}")
    assert float(_refused(reg, tmp_path, body, "template_too_slow")) < 3
    assert seen == [False]
    add_request(reg)  # the register works on


def test_the_default_templates_render_in_the_sandbox(reg, tmp_path):
    letter = make_letter(reg, 1, "acknowledgement", out_dir=tmp_path / "out")
    assert letter.path.is_file()


def test_letters_and_their_folders_are_owner_only(reg, tmp_path):
    old = os.umask(0o022)
    try:
        base = tmp_path / "Documents" / "Otinish" / "letters"
        letter = make_letter(reg, 1, "acknowledgement", out_dir=base)
    finally:
        os.umask(old)
    assert stat.S_IMODE(letter.path.stat().st_mode) == 0o600
    folder = letter.path.parent
    for level in (folder, folder.parent, base, base.parent, base.parent.parent):
        assert stat.S_IMODE(level.stat().st_mode) == 0o700, level


def test_a_control_character_in_the_register_does_not_cut_a_letter(tmp_path):
    register = new_register(tmp_path)
    try:
        register.set_setting("operator", OPERATOR)
        register.add_request(channel="email", types=["access"], email="a@example.kz",
                             name="Bad\x07\x1b[2J\u202eName", lang="en")
        letter = make_letter(register, 1, "acknowledgement", out_dir=tmp_path / "out")
        text = "\n".join(p.text for p in Document(str(letter.path)).paragraphs)
        assert "Bad[2JName" in text
    finally:
        register.close()


def test_a_breach_letter_template_is_sandboxed_too(tmp_path):
    from app.letters import incidents as incident_letters

    path = tmp_path / "incident_notice.ru.docx"
    document = Document()
    document.add_paragraph("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    document.save(path)
    with pytest.raises(LetterError) as refused:
        incident_letters.render(path, {})
    assert refused.value.code == "template_unsafe"
