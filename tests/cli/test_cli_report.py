"""The CLI's `report` (issue 16 part 3): the contract, and bad input in one sentence."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli, run_cli_process


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    for name, kind in (("Ерлан Жумабаев", "access"), ("Айгерим", "deletion")):
        assert run_cli(capsys, "--db", path, "add", "--channel", "email", "--type", kind,
                       "--name", name, "--email", "e@example.kz",
                       "--received", "2026-03-20T10:15").code == 0
    return path


def test_report_writes_the_pack_and_says_its_figures(db, capsys, tmp_path):
    out = tmp_path / "pack"
    out.mkdir()
    result = run_cli(capsys, "--db", db, "--json", "report", "--from", "2026-03-01",
                     "--to", "2026-03-31", "--lang", "kk", "--out", str(out))
    assert result.code == 0, result.err
    r = result.json
    assert set(r) >= {"docx", "xlsx", "requests", "on_time", "incidents", "audit_head"}
    assert r["requests"] == 2 and r["incidents"] == 0
    assert set(r["on_time"]) == {"access", "deletion"}
    assert len(r["audit_head"]) == 64
    assert Path(r["docx"]).parent == out and Path(r["xlsx"]).suffix == ".xlsx"
    first = hashlib.sha256(Path(r["docx"]).read_bytes()).hexdigest()
    again = run_cli(capsys, "--db", db, "--json", "report", "--from", "2026-03-01",
                    "--to", "2026-03-31", "--lang", "kk", "--out", str(out), "--force")
    assert again.code == 0, again.err
    assert hashlib.sha256(Path(r["docx"]).read_bytes()).hexdigest() == first


@pytest.mark.parametrize("args, fragment", [
    (["--from", "2026-03-31", "--to", "2026-03-01", "--lang", "ru"], "after its end"),
    (["--from", "2026-03-01", "--to", "2026-03-31", "--lang", "de"], "invalid choice"),
    (["--from", "2026-02-30", "--to", "2026-03-31", "--lang", "ru"], "2026-02-30"),
])
def test_bad_input_is_one_line(db, tmp_path, args, fragment):
    result = run_cli_process("--db", db, "report", *args, "--out", str(tmp_path))
    assert result.code == 2, result.err
    assert fragment in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_a_missing_folder_is_one_line(db, tmp_path):
    result = run_cli_process("--db", db, "report", "--from", "2026-03-01", "--to",
                             "2026-03-31", "--lang", "en", "--out", str(tmp_path / "nope"))
    assert result.code == 2
    assert "does not exist" in result.err and len(result.err.strip().splitlines()) == 1
