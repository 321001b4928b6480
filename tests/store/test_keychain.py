"""The register's key in a real Secret Service keychain (dbus-run-session + gnome-keyring)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.secret_service import NEEDS_SECRET_SERVICE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = NEEDS_SECRET_SERVICE

SCRIPT = """
set -e
echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
PY="{python}"
$PY -m app.cli --db "$DB" --json init
$PY -m app.cli --db "$DB" --json add --channel email --type access --name "Keychain Test"
$PY -m app.cli --db "$DB" --json list
$PY -c "
import keyring, sys
from app.store import identity
from app.store.secrets import KEYRING_SERVICE, keyring_backend_name
print('BACKEND', keyring_backend_name())
# Kept under the register's identity (the salt at the start of its file), not its path.
key = keyring.get_password(KEYRING_SERVICE, 'register:' + identity.of(sys.argv[1]))
print('KEYLEN', len(key or ''))
print('BY_PATH', keyring.get_password(KEYRING_SERVICE, sys.argv[1]))
from app.store import Register
Register.open(sys.argv[1], key).close()
print('OPENED')
from pathlib import Path
leaks = [str(p) for p in Path(sys.argv[2]).rglob('*')
         if p.is_file() and key.encode() in p.read_bytes()]
print('PLAINTEXT_COPIES', leaks)
" "$DB" "$HOME"
"""


def test_init_keeps_a_random_key_in_the_keychain_and_later_commands_use_it(tmp_path):
    db = tmp_path / "register.otinish"
    env = {k: v for k, v in os.environ.items()
           if k not in ("OTINISH_PASSPHRASE", "PYTHON_KEYRING_BACKEND")}
    env.update({"DB": str(db), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
                "XDG_RUNTIME_DIR": str(tmp_path)})
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT.format(python=sys.executable)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"key": "keyring"' in proc.stdout
    assert "Keychain Test" in proc.stdout
    assert "SecretService" in proc.stdout
    assert "KEYLEN 43" in proc.stdout and "OPENED" in proc.stdout
    assert "BY_PATH None" in proc.stdout
    # The key is nowhere in plain text under the test's home folder (keyring files included).
    assert "PLAINTEXT_COPIES []" in proc.stdout
    # Without the keychain (its session ended), the register is not asked a passphrase it
    # never had: the command says where the key is and how to get back in.
    alone = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), "list"],
                           cwd=ROOT, env={**env, "PYTHON_KEYRING_BACKEND":
                                          "keyring.backends.fail.Keyring"},
                           capture_output=True, text=True, timeout=60)
    assert alone.returncode == 2
    assert "is kept in the system keychain, which cannot be reached" in alone.stderr
    assert "OTINISH_PASSPHRASE" not in alone.stderr
