"""Story (issue 19): the key is found by the register's identity, not its path.

The keychain entry used to be keyed by the register's full path: moving or renaming the
file (or its folder) left a register nobody could open without the recovery sheet. Now
it is keyed by the random salt SQLCipher writes at the start of the file, which a move,
a copy and a backup keep. Runs the real CLI under dbus-run-session with a real
gnome-keyring (keychain_identity_driver.py does the steps).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.secret_service import NEEDS_SECRET_SERVICE, run_driver

pytestmark = NEEDS_SECRET_SERVICE

BOTH = sorted(["Әсел Ахметова", "After the move"])

@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("keychain-identity")
    base = tmp / "work"
    base.mkdir()
    proc = run_driver(Path(__file__).with_name("keychain_identity_driver.py"), tmp, base)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(lines[0][len("RESULT "):])


def test_a_new_register_keeps_its_key_under_its_identity(seen):
    assert json.loads(seen["init"]["out"])["key"] == "keyring"
    made = seen["made"]
    assert len(made["identity"]) == 32 and made["by_identity"]
    assert made["by_path"] is None and made["marked"]


def test_a_renamed_register_in_a_moved_folder_opens_with_no_prompt(seen):
    assert seen["moved"] == ["Әсел Ахметова"]
    assert seen["moved_add"]["code"] == 0, seen["moved_add"]["err"]


def test_a_copy_of_the_file_and_a_backup_open_with_the_same_entry(seen):
    assert sorted(seen["copy"]) == BOTH
    assert seen["backup"]["code"] == 0, seen["backup"]["err"]
    assert seen["backup_identity_kept"]
    assert sorted(seen["backup_opened"]) == BOTH


def test_after_a_rekey_the_key_follows_the_new_identity_and_a_renamed_file_opens(seen):
    assert seen["rekey"]["code"] == 0, seen["rekey"]["err"]
    assert seen["rekey_new_identity"] and seen["rekey_new_key"]
    assert sorted(seen["renamed_after_rekey"]) == BOTH
    # The copy made before the rekey keeps the old identity and its entry.
    assert sorted(seen["copy_after_rekey"]) == BOTH


def test_a_backup_made_before_the_rekey_is_restored_and_the_register_keeps_its_identity(
        seen):
    assert seen["restore"]["code"] == 0, seen["restore"]["err"]
    assert seen["restored_identity_kept"]
    assert sorted(seen["after_restore"]) == BOTH


def test_an_old_path_keyed_register_opens_and_moves_over_to_its_identity(seen):
    before = seen["old_before"]
    assert before["by_identity"] is None and before["by_path"] and before["marked"]
    assert seen["old_read"] == ["Old style"]
    read = seen["old_after_read"]  # found by its path, moved under its identity
    assert read["by_identity"] and read["by_path"] is None and read["marked"]
    assert seen["old_write"]["code"] == 0, seen["old_write"]["err"]
    assert seen["old_after_write"] == read
    assert seen["old_key_same"]
    assert seen["old_moved"] == ["Old style"]
    # An opening for writing (the window's) moves it over too.
    assert seen["other_write"]["code"] == 0, seen["other_write"]["err"]
    other = seen["other_after_write"]
    assert other["by_identity"] and other["by_path"] is None and other["marked"]
