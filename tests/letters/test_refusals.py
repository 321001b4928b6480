"""Story (issue 19): a refused write names its cause.

On Windows a bare "access denied" had three usual causes the operator could not guess:
the file is open in Word or Excel (Office keeps `~$name` beside it), another program
holds it (a sharing violation), or Controlled Folder Access keeps programs it does not
know out of Documents. The refusals here are real (an immutable file or folder, as root
here; a folder without write permission otherwise); what only Windows raises is fed as
the error object Windows gives (winerror 32, winerror 5).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.letters import refusals
from app.letters.errors import LetterError
from app.letters.exports import evidence_pack, export_register
from app.services.letters import make_letter, save_copy
from tests.builders import PASSPHRASE, add_request, new_register, said
from tests.letters.test_letters import OPERATOR
from tests.portable import IS_ROOT

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def refusing(path: Path):
    """Make writing *path* (a file: replacing it; a folder: creating in it) fail with a
    real PermissionError: immutable as root (root ignores permissions), else read-only
    folder."""
    if IS_ROOT:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("needs chattr on this file system to refuse root a write")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        return
    folder = path if path.is_dir() else path.parent
    mode = folder.stat().st_mode
    folder.chmod(0o500)
    try:
        yield
    finally:
        folder.chmod(mode)


def windows_error(winerror: int, path: Path) -> PermissionError:
    """The error Python raises on Windows for *winerror* (both map to EACCES there)."""
    words = {5: "Access is denied", 32: "The process cannot access the file because it is "
                                         "being used by another process"}[winerror]
    exc = PermissionError(errno.EACCES, words, str(path))
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    register.set_setting("operator", OPERATOR)
    add_request(register)
    yield register
    register.close()


def test_an_export_over_a_spreadsheet_open_in_excel_says_to_close_it(reg, tmp_path):
    target = tmp_path / "out" / "register.csv"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    (target.parent / "~$register.csv").write_bytes(b"owner")  # Excel's lock file
    with refusing(target), pytest.raises(LetterError) as raised:
        export_register(reg, "csv", target, overwrite=True)
    assert raised.value.code == "output_open_in_office"
    assert said(raised.value) == (f"'{target}' is open in Word or Excel, which keeps it "
                                  "from being replaced; close it there and try again.")
    assert target.read_text(encoding="utf-8") == "old"


def test_without_a_lock_file_the_refusal_stays_the_systems_words(reg, tmp_path):
    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with refusing(target), pytest.raises(LetterError) as raised:
        evidence_pack(reg, 1, target, overwrite=True)
    assert raised.value.code in ("export_write_failed", "export_folder_unwritable")


def test_saving_a_letter_copy_over_the_letter_open_in_word_says_to_close_it(reg, tmp_path):
    target = tmp_path / "OUT-2026-0001_acknowledgement_ru.docx"
    target.write_bytes(b"old")
    # Word names its owner file with the first two characters of a long name replaced.
    (tmp_path / "~$T-2026-0001_acknowledgement_ru.docx").write_bytes(b"owner")
    with refusing(target), pytest.raises(LetterError) as raised:
        save_copy(reg, target, b"new")
    assert raised.value.code == "output_open_in_office"
    saved = save_copy(reg, tmp_path / "elsewhere.docx", b"new")
    assert saved.read_bytes() == b"new" and (saved.stat().st_mode & 0o777) == 0o600


def test_a_letter_refused_in_documents_on_windows_names_controlled_folder_access(
        reg, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    folder = documents / "Otinish" / "letters"
    folder.mkdir(parents=True)
    monkeypatch.setattr(refusals, "WINDOWS", True)
    monkeypatch.setattr(refusals, "protected_folders", lambda: [documents])
    with refusing(folder), pytest.raises(LetterError) as raised:
        make_letter(reg, 1, "acknowledgement", out_dir=folder)
    assert raised.value.code == "letter_folder_controlled"
    assert "Controlled Folder Access" in said(raised.value)
    assert "--out" in said(raised.value)
    # Elsewhere, or on another system, it stays "permission denied".
    monkeypatch.setattr(refusals, "protected_folders", lambda: [tmp_path / "Pictures"])
    with refusing(folder), pytest.raises(LetterError) as raised:
        make_letter(reg, 1, "acknowledgement", out_dir=folder)
    assert raised.value.code == "letter_folder_denied"


def test_the_errors_windows_gives_are_told_apart(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    sheet = documents / "register.xlsx"
    sheet.write_bytes(b"x")
    # A sharing violation: held by another program; with Excel's lock file, by Excel.
    assert refusals.cause(windows_error(32, sheet), sheet, windows=True,
                          protected=[documents]) == refusals.IN_USE
    (documents / "~$register.xlsx").write_bytes(b"owner")
    assert refusals.cause(windows_error(32, sheet), sheet, windows=True,
                          protected=[documents]) == refusals.OPEN_IN_OFFICE
    assert refusals.cause(windows_error(5, sheet), sheet, windows=True,
                          protected=[documents]) == refusals.OPEN_IN_OFFICE
    # Access denied in Documents with no lock file: Controlled Folder Access.
    letter = documents / "OUT-1.docx"
    assert refusals.cause(windows_error(5, letter), letter, windows=True,
                          protected=[documents]) == refusals.CONTROLLED_FOLDER
    # Outside the protected folders, or not on Windows: nothing more to say.
    other = tmp_path / "other.docx"
    assert refusals.cause(windows_error(5, other), other, windows=True,
                          protected=[documents]) is None
    assert refusals.cause(windows_error(5, letter), letter, windows=False,
                          protected=[documents]) is None
    assert refusals.cause(OSError(errno.ENOSPC, "No space left on device"), letter,
                          windows=True, protected=[documents]) is None


def test_office_lock_file_names():
    names = {p.name for p in refusals.office_lock_files(Path("/x/Document1.docx"))}
    assert "~$cument1.docx" in names  # Word, a long name
    assert "~$Document1.docx" in names  # Excel
    assert {p.name for p in refusals.office_lock_files(Path("/x/a.docx"))} >= {"~$a.docx"}


def test_the_command_line_says_the_file_is_open_in_excel(tmp_path):
    new_register(tmp_path, "r.otinish").close()
    target = tmp_path / "register.csv"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "~$register.csv").write_bytes(b"owner")
    env = {**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE}
    with refusing(target):
        done = subprocess.run([sys.executable, "-m", "app.cli", "--db",
                               str(tmp_path / "r.otinish"), "export", "--format", "csv",
                               "--out", str(target), "--force"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (f"otinish: '{target}' is open in Word or Excel, which "
                                   "keeps it from being replaced; close it there and try "
                                   "again.")


def test_a_draft_reply_refused_in_documents_on_windows_names_controlled_folder_access(
        reg, tmp_path, monkeypatch):
    from app.services import reply

    made = make_letter(reg, 1, "acknowledgement", out_dir=tmp_path / "letters")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(refusals, "WINDOWS", True)
    monkeypatch.setattr(refusals, "protected_folders", lambda: [documents])
    with refusing(documents), pytest.raises(LetterError) as raised:
        reply.save_draft(reg, made.number, documents / "reply.eml")
    assert raised.value.code == "export_folder_controlled"
    assert "Controlled Folder Access" in said(raised.value)
    # Elsewhere it is the system's own words, and nothing is left either way.
    monkeypatch.setattr(refusals, "protected_folders", lambda: [tmp_path / "Pictures"])
    with refusing(documents), pytest.raises(Exception) as raised:
        reply.save_draft(reg, made.number, documents / "reply.eml")
    assert raised.value.code == "reply_file_unwritable"
    assert list(documents.iterdir()) == []
    assert reg.letter_mails(1) == []


def test_a_draft_reply_on_a_full_disk_says_so_and_leaves_nothing(reg, tmp_path):
    from app.services import reply

    made = make_letter(reg, 1, "acknowledgement", out_dir=tmp_path / "letters")
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(small)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        (small / "filler").write_bytes(b"x" * 16 * 1024)  # what the disk holds
        with pytest.raises(LetterError) as raised:
            reply.save_draft(reg, made.number, small / "reply.eml")
        assert raised.value.code == "export_disk_full"
        assert [p.name for p in small.iterdir()] == ["filler"]
        assert reg.letter_mails(1) == []
    finally:
        subprocess.run(["umount", str(small)], check=False)
