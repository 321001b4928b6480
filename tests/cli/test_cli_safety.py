"""The CLI of issue #5: backup, restore, purge, rekey, and refusing unknown values."""

from __future__ import annotations

import argparse

import pytest

from app.cli import build_parser
from tests.builders import PASSPHRASE
from tests.cli.helpers import run_cli


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OTINISH_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "register.otinish")
    assert run_cli(capsys, "--db", path, "init").code == 0
    for name, received in [("Старый", "2020-01-10"), ("Новый", "2026-11-20")]:
        run_cli(capsys, "--db", path, "add", "--channel", "email", "--type", "access",
                "--name", name, "--received", received)
    return path


def _choice_options():
    """(command path, option, allowed values) for every enumerated option of the CLI."""
    found = []

    def walk(parser, prefix):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, prefix + [name])
            elif action.choices and action.option_strings:
                found.append((prefix, action.option_strings[0], list(action.choices)))
    walk(build_parser(), [])
    return found


CHOICES = _choice_options()


def test_every_enumerated_option_is_found():
    options = {(" ".join(p), o) for p, o, _ in CHOICES}
    assert {("add", "--channel"), ("add", "--type"), ("list", "--status"),
            ("identity", "--method"), ("close", "--outcome"), ("letter", "--kind"),
            ("export", "--format"), ("calendar add", "--kind")} <= options


@pytest.mark.parametrize("command, option, allowed", CHOICES,
                         ids=[f"{' '.join(c)} {o}" for c, o, _ in CHOICES])
def test_unknown_values_are_refused_with_the_allowed_list(capsys, command, option, allowed):
    result = run_cli(capsys, *command, option, "no-such-value")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    for value in allowed:
        assert value in result.err


def test_backup_and_restore_round_trip(db, capsys, tmp_path):
    out = tmp_path / "b.otinish-backup"
    assert run_cli(capsys, "--db", db, "--json", "backup", "--out", str(out)).json["size"] > 0
    run_cli(capsys, "--db", db, "add", "--channel", "phone", "--type", "access", "--name", "X")
    restored = run_cli(capsys, "--db", db, "--json", "restore", str(out)).json
    assert restored["requests"] == 2 and restored["safety_copy"]
    assert len(run_cli(capsys, "--db", db, "--json", "list").json["requests"]) == 2
    junk = tmp_path / "junk"
    junk.write_text("junk")
    bad = run_cli(capsys, "--db", db, "restore", str(junk))
    assert bad.code == 2 and "nothing was changed" in bad.err


def test_purge_dry_run_then_purge(db, capsys):
    run_cli(capsys, "--db", db, "close", "1", "--outcome", "no_data_held")
    dry = run_cli(capsys, "--db", db, "--json", "purge", "--closed-before", "2030-01-01",
                  "--dry-run").json
    assert dry["purged"] == 1 and dry["dry_run"] is True
    done = run_cli(capsys, "--db", db, "--json", "purge", "--closed-before", "2030-01-01").json
    assert done["purged"] == 1
    shown = run_cli(capsys, "--db", db, "--json", "show", "1").json
    assert shown["requester"]["name"] == "[purged]"
    assert run_cli(capsys, "--db", db, "--json", "show", "2").json["requester"]["name"] == \
        "Новый"
    assert run_cli(capsys, "--db", db, "check").code == 0


def test_rekey_with_a_new_passphrase(db, capsys, monkeypatch):
    monkeypatch.setenv("OTINISH_NEW_PASSPHRASE", "brand new")
    assert run_cli(capsys, "--db", db, "rekey").code == 0
    old = run_cli(capsys, "--db", db, "list")
    assert old.code == 2 and "does not open" in old.err
    monkeypatch.setenv("OTINISH_PASSPHRASE", "brand new")
    assert len(run_cli(capsys, "--db", db, "--json", "list").json["requests"]) == 2
