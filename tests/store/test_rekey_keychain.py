"""Story (issue 17): `rekey --keyring` with a real Secret Service that refuses or dies half way.

A locked keychain refuses the new key before anything changes; locked after the file
was re-encrypted, the new key waits as the pending entry and the next opening finishes
the change; a kill -9 at any step leaves a key that opens the register; and a backup
made before every rekey is still restored. Runs under dbus-run-session with a real
gnome-keyring (keychain_rekey_driver.py does the steps).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.secret_service import NEEDS_SECRET_SERVICE, run_driver

pytestmark = NEEDS_SECRET_SERVICE

@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("keychain-rekey")
    proc = run_driver(Path(__file__).with_name("keychain_rekey_driver.py"), tmp,
                      tmp / "register.otinish")
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(lines[0][len("RESULT "):])


def _names(listed):
    assert listed["code"] == 0, listed["err"]
    return [r["requester"]["name"] for r in json.loads(listed["out"])["requests"]]


def test_a_locked_keychain_refuses_the_rekey_before_anything_changes(seen):
    refused = seen["locked_rekey"]
    assert refused["code"] == 2 and refused["out"] == ""
    assert refused["err"].strip() == ("otinish: The system keychain refused to keep the keys; "
                                      "nothing was changed and the register still opens with "
                                      "its old key.")
    after = seen["after_locked"]
    assert _names(after) == ["Before rekeys"]
    assert after["same_key"] and after["pending"] is None


def test_a_keychain_locked_half_way_keeps_the_new_key_pending_and_opening_finishes(seen):
    half = seen["half_way"]
    assert half["code"] == 0, half["err"]
    assert "kept there as the pending key" in half["out"]
    after = seen["after_half_way"]
    assert _names(after) == ["Before rekeys"]
    assert after["pending"] is None and after["main"]  # the opening finished the change


@pytest.mark.parametrize("step", ["exported", "replaced"])
def test_a_rekey_killed_at_any_step_leaves_the_keychain_opening_the_register(seen, step):
    assert seen[f"killed_{step}"]["code"] == -9
    after = seen[f"after_killed_{step}"]
    assert _names(after) == ["Before rekeys"]
    assert after["pending"] is None


def test_a_backup_made_before_every_rekey_is_restored_after_them(seen):
    rekey = seen["rekey"]
    assert rekey["code"] == 0, rekey["err"]
    assert "which is kept in the system keychain" in rekey["out"]
    restored = seen["restore"]
    assert restored["code"] == 0, restored["err"]
    assert "encrypted with an earlier key" in restored["out"]
    assert _names(seen["after_restore"]) == ["Before rekeys"]
    assert seen["check"]["code"] == 0, seen["check"]["out"] + seen["check"]["err"]


def test_a_recovery_passphrase_shown_once_puts_a_lost_key_back_after_every_rekey(seen):
    made = json.loads(seen["init"]["out"])
    assert made["key"] == "keyring" and len(made["recovery_passphrase"]) == 35
    assert seen["lost"]["code"] == 2 and "Traceback" not in seen["lost"]["err"]
    wrong = seen["recover_wrong"]
    assert wrong["code"] == 2 and "does not open" in wrong["err"]
    assert seen["recover"]["code"] == 0, seen["recover"]["err"]
    assert _names(seen["after_recover"]) == ["Before rekeys"]
    # Neither the register's folder nor its recovery file holds the key in plain text.
    assert not seen["recovery_file_holds_key"]
