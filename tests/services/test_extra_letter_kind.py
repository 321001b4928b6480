"""Story: a new letter kind is one declaration and one template per language.

Given a kind declared in a test (a thank-you for a complaint, answering the `other`
right) and three tiny templates in the operator's template folder, the CLI offers it,
makes it in every language, numbers and keeps it, and the workflow lets it answer the
right it declares; nothing else in the app was touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from app.domain.workflow import LetterEffect
from app.letters import kinds
from app.letters.context import format_day
from app.services.letters import next_steps
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli

CODE = "thanks_for_feedback"


@pytest.fixture
def thanks_kind(request):
    """The extra kind, declared the way every kind is, and forgotten after the test."""
    def build(source):
        return {"thanks_line": {"kk": "Рақмет", "ru": "Спасибо", "en": "Thank you"}[source.lang]
                + ", " + format_day(source.today, source.lang)}

    declared = kinds.declare(kinds.LetterKind(
        CODE, {"kk": "Алғыс", "ru": "Благодарность", "en": "Thanks"},
        frozenset({"thanks_line"}), build, LetterEffect(frozenset({"other"}), "fulfilled")))
    request.addfinalizer(lambda: kinds.KINDS.pop(CODE))
    return declared


@pytest.fixture
def templates(tmp_path, monkeypatch) -> Path:
    """Three one-paragraph templates in the operator's own template folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from app.letters.render import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True)
    for lang in ("kk", "ru", "en"):
        doc = Document()
        doc.add_paragraph("{{ letter.number }} {{ addressee.name }}: {{ thanks_line }}")
        doc.save(str(folder / f"{CODE}.{lang}.docx"))
    return folder


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_a_kind_declared_once_goes_through_the_cli(thanks_kind, templates, tmp_path, capsys,
                                                   monkeypatch):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "r.otinish")
    assert run_cli(capsys, "--db", db, "init").code == 0
    assert run_cli(capsys, "--db", db, "operator", "set", "--name", "ИП Жумабаев Е.", "--id",
                   "860315300146", "--address", "Астана", "--email", "info@example.kz",
                   "--phone", "+77015550000").code == 0
    assert run_cli(capsys, "--db", db, "add", "--channel", "email", "--type", "other",
                   "--name", "Айгерим Ахметова", "--received", "2026-03-20").code == 0

    made = {}
    for lang in ("kk", "ru", "en"):
        result = run_cli(capsys, "--db", db, "--json", "letter", "1", "--kind", CODE,
                         "--lang", lang, "--out", str(tmp_path / "letters"))
        assert result.code == 0, result.err
        made[lang] = result.json
    assert [m["number"] for m in made.values()] == [
        "OUT-2026-0001", "OUT-2026-0002", "OUT-2026-0003"]
    assert "Айгерим Ахметова: Спасибо" in text_of(Path(made["ru"]["path"]))
    # The letter prints its number without the register's OUT- prefix.
    assert text_of(Path(made["en"]["path"])).startswith(
        "2026\u20110003 Айгерим Ахметова: Thank")

    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert shown["status"] == "received"  # prepared letters answer nothing yet
    assert next_steps(shown)[0] == ("send", "OUT-2026-0001")
    assert run_cli(capsys, "--db", db, "sent", "OUT-2026-0001", "--via", "email").code == 0
    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert shown["status"] == "answered"  # the declared effect reached the workflow
    assert [le["kind"] for le in shown["letters"]] == [CODE] * 3
    assert next_steps(shown)[0] == ("close", None)


def test_an_undeclared_kind_is_refused_by_the_cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "r.otinish")
    run_cli(capsys, "--db", db, "init")
    result = run_cli(capsys, "--db", db, "letter", "1", "--kind", CODE)
    assert result.code == 2 and "invalid choice" in result.err


def test_the_reply_map_of_the_declared_kinds_is_the_workflow_story_map():
    """The replies tests/domain/test_workflow_steps.py assumes are what the kinds declare."""
    from app.domain.workflow import reply_for_type
    from tests.domain.test_workflow_steps import REPLIES

    assert reply_for_type(kinds.letter_effects()) == REPLIES
