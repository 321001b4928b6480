"""Bad files and full disks: each a clear sentence, nothing lost."""

from __future__ import annotations

import errno
import os
import re

import pytest

from app.letters.errors import LetterError
from app.letters.exports import export_register
from app.services.letters import make_letter
from app.store import NotARegisterError, Register, StoreError, WrongSecretError
from app.store.backup import backup_register
from tests.builders import PASSPHRASE, add_request, new_register, said
from tests.letters.test_letters import OPERATOR


def test_a_truncated_register_file_is_a_clear_error(tmp_path):
    reg = new_register(tmp_path)
    for i in range(50):
        add_request(reg, name=f"Заявитель {i}")
    reg.close()
    path = tmp_path / "register.otinish"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises((StoreError, WrongSecretError, NotARegisterError)) as info:
        r = Register.open(path, PASSPHRASE)
        try:
            r.list_requests()
            assert r.damaged, "a truncated register must not be writable"
            raise StoreError("damaged")
        finally:
            r.close()
    assert "\n" not in said(info.value)


def test_an_empty_file_is_not_a_register(tmp_path):
    path = tmp_path / "empty.otinish"
    path.write_bytes(b"")
    with pytest.raises(NotARegisterError):
        Register.open(path, PASSPHRASE)


@pytest.fixture
def full_disk(monkeypatch):
    """Every file write fails with ENOSPC, as on a full disk."""
    real_write = os.write

    def write(fd, data):
        if fd > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    import io

    real_open = io.open

    class FullFile:
        def __init__(self, f):
            self._f = f

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

    def fake_open(file, mode="r", *args, **kwargs):
        f = real_open(file, mode, *args, **kwargs)
        return FullFile(f) if ("w" in mode or "x" in mode) and "b" in mode else f

    return fake_open


def test_a_full_disk_while_saving_a_letter_leaves_no_file_and_no_number(tmp_path, monkeypatch,
                                                                           full_disk):
    reg = new_register(tmp_path)
    reg.set_setting("operator", OPERATOR)
    rid = add_request(reg)
    import builtins

    monkeypatch.setattr(builtins, "open", full_disk)
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: full_disk(fd, mode))
    with pytest.raises(LetterError) as raised:
        make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "out")
    assert re.search("disk is full", said(raised.value))
    monkeypatch.undo()
    assert not any((tmp_path / "out").rglob("*.docx"))
    assert reg.get_request(rid)["letters"] == []
    letter = make_letter(reg, rid, "acknowledgement", out_dir=tmp_path / "out")
    assert letter.number.endswith("-0001")  # the failed attempt used no number
    reg.close()


def test_a_full_disk_during_an_export_leaves_no_partial_file(tmp_path, monkeypatch, full_disk):
    reg = new_register(tmp_path)
    add_request(reg)
    import builtins

    monkeypatch.setattr(builtins, "open", full_disk)
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: full_disk(fd, mode))
    with pytest.raises(LetterError) as raised:
        export_register(reg, "csv", tmp_path / "r.csv")
    assert re.search("nothing was written", said(raised.value))
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("register"))\
        == []
    reg.close()


def test_a_backup_into_a_missing_folder_is_a_clear_error(tmp_path):
    reg = new_register(tmp_path)
    with pytest.raises(StoreError) as raised:
        backup_register(reg, tmp_path / "missing" / "b.otinish-backup")
    assert re.search("does not exist", said(raised.value))
    reg.close()
