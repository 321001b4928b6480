"""Story: starting Otinish again on the register it has open brings that window forward.

Before, the second start asked for the passphrase and then said, in English, that the
register was open elsewhere. Now it knocks on the running copy's local socket before any
prompt, and ends; a different register still opens in its own window.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.builders import new_register
from tests.ui.test_ending import _env, _start, _state, _wait_open


def test_a_second_start_on_the_same_register_hands_over_before_any_prompt(tmp_path):
    register = tmp_path / "office.otinish"
    other = tmp_path / "branch.otinish"
    new_register(tmp_path, "office.otinish").close()
    new_register(tmp_path, "branch.otinish").close()
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    first = _start(register, env)
    third = None
    try:
        _wait_open(first, register)
        # No passphrase in the environment and no keychain: a prompt would wait forever.
        bare = {k: v for k, v in env.items() if k != "OTINISH_PASSPHRASE"}
        second = subprocess.run([sys.executable, "-m", "app", "--db", str(register), "--lang",
                                 "ru"], env=bare, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "уже открыт" in second.stdout
        assert first.poll() is None and _state(register) == "open"
        # Another register is another window, in its own program.
        third = _start(other, env)
        _wait_open(third, other)
    finally:
        for app in (first, third):
            if app is not None and app.poll() is None:
                app.terminate()
                app.wait(30)
    assert _state(register) == "closed" and _state(other) == "closed"
    assert os.path.exists(register)
