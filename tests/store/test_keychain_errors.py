"""Story: a keychain that fails with an error that is not keyring's own (Windows'
Credential Manager raises pywintypes.error, e.g. 1312 under a scheduled task) falls back
to the passphrase path with one sentence, instead of a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.builders import PASSPHRASE, new_register

ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "OTINISH_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "tests.fixtures.raising_keyring.RaisingKeyring"
    env["PYTHONPATH"] = str(ROOT)
    if passphrase:
        env["OTINISH_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_a_failing_keychain_at_init_is_one_sentence(tmp_path):
    done = _cli(tmp_path / "new.otinish", "init")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("otinish: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "new.otinish").exists()


def test_a_failing_keychain_when_opening_falls_back_to_the_passphrase(tmp_path):
    new_register(tmp_path, "office.otinish").close()
    db = tmp_path / "office.otinish"
    refused = _cli(db, "list")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("otinish: ")
    assert _cli(db, "list", passphrase=PASSPHRASE).returncode == 0
