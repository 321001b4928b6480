"""The self-test the frozen app runs (`otinish --self-test`), run here from source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import selftest

ROOT = Path(__file__).resolve().parents[1]


def test_selftest_passes_in_process():
    report = selftest.run()
    assert report["ok"] is True, report.get("error")
    assert "error" not in report
    assert set(report["letters"]) == {"kk", "ru", "en"}
    numbers = {letter["number"] for letter in report["letters"].values()}
    assert len(numbers) == 3  # three letters, three outgoing numbers
    assert all(letter["chars"] > 0 for letter in report["letters"].values())
    assert report["sqlcipher"] and report["sqlite"] and report["qt"]
    assert report["app"] == __import__("app").__version__
    assert report["keyring"]["backend"]  # the tests pin the 'fail' backend: still named
    assert "SecretService" in report["keyring"]["registered"]


def test_selftest_reports_a_failure_instead_of_raising(monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk on fire")

    monkeypatch.setattr("app.services.letters.make_letter", broken)
    report = selftest.run()
    assert report["ok"] is False
    assert report["error"].startswith("letter_kk: OSError: disk on fire")
    assert report["checks"]["register_create"] == "ok"


@pytest.mark.slow
def test_selftest_module_in_an_empty_environment():
    # Nothing but PATH: no HOME, no XDG folders, no D-Bus session, no keyring settings.
    env = {"PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])}
    if sys.platform == "win32":  # Python cannot start on Windows without these
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    done = subprocess.run([sys.executable, "-m", "app.selftest"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout + done.stderr  # ONE JSON object, on one line
    report = json.loads(lines[0])
    assert done.returncode == 0, report.get("error")
    assert report["ok"] is True
    assert set(report["letters"]) == {"kk", "ru", "en"}
    assert report["keyring"]["backend"].startswith("keyring.backends.")


def test_selftest_fails_when_the_keychain_backend_is_missing_where_one_is_required():
    # Windows and macOS require one; OTINISH_SELFTEST_REQUIRE_KEYRING asks for it here.
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "OTINISH_SELFTEST_REQUIRE_KEYRING": "1"}
    done = subprocess.run([sys.executable, "-m", "app.selftest"], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["ok"] is False
    assert report["error"].startswith("keyring_backend:")
    assert report["checks"]["qt_modules"] == "ok"
    assert report["checks"]["platform_plugin"] == "ok"
    assert report["folders"]["data"]


def test_the_selftest_leaves_no_witness_behind():
    from app.store import witness

    before = set(witness.witness_dir().glob("*")) if witness.witness_dir().exists() else set()
    assert selftest.run()["ok"] is True
    after = set(witness.witness_dir().glob("*")) if witness.witness_dir().exists() else set()
    assert after == before
