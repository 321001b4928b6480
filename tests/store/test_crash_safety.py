"""kill -9 of a real writer process at random moments loses nothing that was acknowledged."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import Register
from tests.builders import PASSPHRASE, new_register
from tests.portable import KILL

WRITER = Path(__file__).with_name("writer_process.py")
ROUNDS = 30


@pytest.mark.slow
def test_acknowledged_writes_survive_sigkill(tmp_path):
    new_register(tmp_path).close()
    path = tmp_path / "register.otinish"
    rng = random.Random(20261122)
    acknowledged: set[int] = set()
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Wait until the writer is actually writing, then kill it at a random moment.
        first = proc.stdout.readline()
        assert first.startswith(b"ACK"), proc.stderr.read().decode()
        acknowledged.add(int(first.split()[1]))
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(KILL)
        out, _ = proc.communicate()
        acknowledged.update(int(line.split()[1]) for line in out.decode().splitlines()
                            if line.startswith("ACK"))
        with Register.open(path, PASSPHRASE) as reg:
            stored = {r["id"] for r in reg.list_requests()}
            missing = acknowledged - stored
            assert not missing, f"acknowledged but lost: {sorted(missing)}"
    with Register.open(path, PASSPHRASE) as reg:
        assert reg.check()["integrity"] == "ok"
        assert reg.check()["audit"] == "ok"
    assert len(acknowledged) > ROUNDS
