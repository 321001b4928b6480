"""Shared test setup: Qt offscreen, no real keychain unless a test asks, a fixed clock."""

from __future__ import annotations

import os

# Before any Qt import anywhere (PITFALLS.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the developer's real keychain unless a test sets one up itself.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# Registers made by tests witness their audit trail in a throwaway settings folder, never
# the developer's own (app/store/witness.py); tests of the witness set their own.
if "OTINISH_TEST_KEEP_CONFIG" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="otinish-test-config-")
    atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)

import app.store._sqlcipher  # noqa: E402,F401  (registers SQLCipher for sqlite_utils before anything else)
