"""Shared test setup: Qt offscreen, no real keychain unless a test asks, a fixed clock."""

from __future__ import annotations

import os

# Before any Qt import anywhere (PITFALLS.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the developer's real keychain unless a test sets one up itself.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import app.store  # noqa: E402,F401  (registers SQLCipher for sqlite_utils before anything else)
