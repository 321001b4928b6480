"""The incident commands' contract (issue 16)."""

from __future__ import annotations

import pytest

from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    assert run_cli(capsys, "--db", path, "operator", "set", "--name", "ИП Жумабаев Е.",
                   "--id", "860315300146", "--address", "Астана", "--email",
                   "info@example.kz", "--phone", "+77015550000").code == 0
    return path


def test_add_notice_letter_sent_close(db, capsys, tmp_path):
    out = run_cli(capsys, "--db", db, "--json", "incident", "add", "--detected",
                  "2026-03-06T19:40", "--what", "Утечка", "--measures", "Закрыто",
                  "--subjects", "3", "--notify-body", "yes", "--why", "риск").json
    assert set(out) == {"id", "number", "detected", "due", "basis"}
    assert out["due"] == "2026-03-10" and out["detected"] == "2026-03-06T19:40:00+05:00"
    assert run_cli(capsys, "--db", db, "--json", "operator", "responsible", "--name",
                   "Сериков Д.М.", "--phone", "87015551234").code == 0
    notice = run_cli(capsys, "--db", db, "--json", "incident", "notice", out["number"],
                     "--lang", "kk", "--out", str(tmp_path)).json
    assert notice["kind"] == "incident_notice" and notice["number"] == "OUT-2026-0001"
    letter = run_cli(capsys, "--db", db, "--json", "incident", "letter", "1",
                     "--to-subjects", "--lang", "en", "--out", str(tmp_path)).json
    assert letter["kind"] == "incident_subjects"
    sent = run_cli(capsys, "--db", db, "--json", "incident", "sent", notice["number"],
                   "--via", "email").json
    assert sent["via"] == "email"
    shown = run_cli(capsys, "--db", db, "--json", "incident", "show", "1").json
    assert [x["sent_at"] is not None for x in shown["letters"]] == [True, False]
    assert run_cli(capsys, "--db", db, "--json", "incident", "close", "1").json["status"] \
        == "closed"
    assert run_cli(capsys, "--db", db, "--json", "incident", "list").json["count"] == 1


def test_bad_input_is_one_sentence(db, capsys):
    result = run_cli(capsys, "--db", db, "incident", "add", "--detected",
                     "2026-03-06T19:40", "--what", "x", "--notify-body", "no")
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.strip().count("\n") == 0 and "reason" in result.err
    result = run_cli(capsys, "--db", db, "incident", "show", "INC-2026-0099")
    assert result.code == 2 and "INC-2026-0099" in result.err


def test_export_writes_every_incident_owner_only(db, capsys, tmp_path):
    run_cli(capsys, "--db", db, "incident", "add", "--detected", "2026-03-06T19:40",
            "--what", "Утечка", "--measures", "Закрыто")
    out = run_cli(capsys, "--db", db, "--json", "incident", "export",
                  str(tmp_path / "inc.csv")).json
    assert out["count"] == 1
    path = tmp_path / "inc.csv"
    assert "INC-2026-0001" in path.read_text(encoding="utf-8-sig")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    bad = run_cli(capsys, "--db", db, "incident", "export", str(tmp_path / "inc.pdf"))
    assert bad.code == 2 and ".pdf" in bad.err
