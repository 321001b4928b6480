"""Bad input gets one sentence, never a traceback (issue 17, items 14 and 16): numbers beyond
SQLite's range, dates beyond any sane year, a profile file that is not UTF-8, a full disk,
and names holding terminal escapes or bidi overrides."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from app.store import Register
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli, run_cli_process

HUGE = "99999999999999999999"


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    assert run_cli(capsys, "--db", path, "add", "--channel", "email", "--type", "access",
                   "--name", "Ахметова Айгерим").code == 0
    return path


def _one_sentence(result) -> str:
    assert result.code == 2, result
    assert "Traceback" not in result.err and "Exception ignored" not in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    return result.err


@pytest.mark.parametrize("args", [
    ("show", HUGE), ("list", "--limit", HUGE), ("close", HUGE, "--outcome", "fulfilled"),
    ("void", "1", "--identity", HUGE, "--reason", "x"), ("list", "--limit", "-1"),
    ("demo", "--size", HUGE),
])
def test_numbers_beyond_sqlite_are_one_sentence(db, capsys, args):
    err = _one_sentence(run_cli(capsys, "--db", db, *args))
    assert "between" in err or "whole number" in err


@pytest.mark.parametrize("args", [
    ("add", "--channel", "email", "--type", "access", "--name", "X", "--received",
     "9999-12-31"),
    ("due", "--type", "access", "--received", "9999-12-31"),
    ("export", "--format", "csv", "--out", "x.csv", "--from", "0001-01-01"),
    ("purge", "--closed-before", "9999-12-31"),
])
def test_dates_beyond_any_sane_year_are_one_sentence(db, capsys, args):
    err = _one_sentence(run_cli(capsys, "--db", db, *args))
    assert "2000-2100" in err


def test_an_id_as_a_number_still_works(db, capsys):
    assert run_cli(capsys, "--db", db, "--json", "show", "1").json["id"] == 1


def test_a_profile_file_that_is_not_utf8_is_one_sentence(db, capsys, tmp_path):
    profile = tmp_path / "profile.json"
    profile.write_bytes('{"categories": ["Имя"]}'.encode("cp1251"))
    err = _one_sentence(run_cli(capsys, "--db", db, "operator", "profile", "--file",
                                str(profile)))
    assert "not UTF-8" in err


def test_restore_onto_a_folder_is_one_sentence(db, capsys, tmp_path):
    backup = tmp_path / "b.otinish-backup"
    assert run_cli(capsys, "--db", db, "backup", "--out", str(backup)).code == 0
    folder = tmp_path / "folder"
    folder.mkdir()
    err = _one_sentence(run_cli_process("--db", str(folder), "restore", str(backup)))
    assert "is a folder" in err and list(folder.iterdir()) == []


# ------------------------------------------------------------------ escapes and bidi
NASTY = "Evil\x1b[2J\x1b]0;pwned\x07\u202eName\x9b"


def test_names_lose_terminal_escapes_and_bidi_overrides_at_entry(db, capsys):
    assert run_cli(capsys, "--db", db, "add", "--channel", "email", "--type", "access",
                   "--name", NASTY, "--text", "line one\nline\x00 two").code == 0
    shown = run_cli(capsys, "--db", db, "--json", "show", "2").json
    assert shown["requester"]["name"] == "Evil[2J]0;pwnedName"
    assert shown["text"] == "line one\nline two"


def test_notes_and_reasons_lose_them_too_but_keep_their_lines(db, capsys):
    assert run_cli(capsys, "--db", db, "action", "1", "--kind", "searched", "--note",
                   "found\u202e it\x1b[2J\nsecond line").code == 0
    assert run_cli(capsys, "--db", db, "close", "1", "--outcome", "fulfilled", "--reason",
                   "done\u2066 x").code == 0
    with Register.open(Path(db), PASSPHRASE) as reg:
        view = reg.get_request(1)
        events = json.dumps(reg.events_of(1), ensure_ascii=False)
    assert view["actions"][0]["note"] == "found it[2J\nsecond line"
    assert "\u2066" not in events and "\u202e" not in events


def test_what_the_register_already_holds_is_never_printed_raw(db, capsys):
    with Register.open(Path(db), PASSPHRASE) as reg:  # as an older version stored it
        reg.add_request(channel="email", types=["access"], name=NASTY, lang="en")
    for args in (("list",), ("show", "2"), ("--json", "list"), ("--json", "show", "2")):
        out = run_cli(capsys, "--db", db, *args).out
        assert not any(ch in out for ch in "\x1b\x07\u202e\x9b"), args
        assert "Evil[2J" in out


# ------------------------------------------------------------------ a full disk
@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount
    with contextlib.suppress(OSError):
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "csv"])
def test_an_export_to_a_full_disk_is_one_sentence_and_leaves_nothing(tmp_path, small_disk,
                                                                       fmt):
    db = tmp_path / "register.otinish"
    with Register.create(db, PASSPHRASE) as reg:
        for i in range(800):
            reg.add_request(channel="email", types=["access"], name=f"Name {i} {os.urandom(8)}",
                            email=f"user{i}@example.kz", lang="ru")
    result = run_cli_process("--db", str(db), "export", "--format", fmt, "--out",
                             str(small_disk / f"r.{fmt}"))
    err = _one_sentence(result)
    assert "disk is full" in err
    assert list(small_disk.iterdir()) == []
    assert json.loads(run_cli_process("--db", str(db), "--json", "check").out)[
        "integrity"] == "ok"


@pytest.mark.slow
def test_init_on_a_full_disk_is_one_sentence_about_the_disk(small_disk):
    (small_disk / "filler").write_bytes(b"x" * (44 * 1024))
    result = run_cli_process("--db", str(small_disk / "register.otinish"), "init")
    err = _one_sentence(result)
    assert "full or cannot be written" in err and "damaged" not in err
    # Nothing half-made is left: no empty register, journal or lock file.
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_an_undecodable_byte_in_an_argument_is_stored_as_a_replacement_mark(db):
    """A name with a byte that is not UTF-8 (a Latin-1 terminal, a pasted file name) reaches
    Python as a lone surrogate, which SQLite cannot store: it used to end in a bare
    UnicodeEncodeError. It is kept as U+FFFD, which shows the spot."""
    import sys

    env = {**os.environ, "OTINISH_PASSPHRASE": PASSPHRASE, "LC_ALL": "C.UTF-8"}
    cmd = [sys.executable.encode(), b"-m", b"app.cli", b"--db", db.encode(), b"--json",
           b"add", b"--channel", b"email", b"--type", b"access", b"--name", b"Ahmet\xffova"]
    done = subprocess.run(cmd, env=env, capture_output=True, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    with Register.open(db, PASSPHRASE) as reg:
        names = [r["requester"]["name"] for r in reg.list_requests()]
    assert "Ahmet\ufffdova" in names
