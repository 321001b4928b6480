"""Start the desktop app: `python -m app [--db PATH]`.

The register's secret comes from OTINISH_PASSPHRASE, then the OS keychain, then a
passphrase dialog; a wrong passphrase is said plainly and can be retried. On the
first run (no register yet) a new register is created in the user data folder.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def open_or_create(path: Path, parent=None):
    """Open the register at *path* (creating it on first run), asking for a secret if needed.

    Returns None when the user cancels.
    """
    from app.store import Register, SecretUnavailableError, WrongSecretError
    from app.store.secrets import secret_for_existing_register, secret_for_new_register
    from app.ui import ask

    def prompt(message: str) -> str | None:
        return ask.ask_passphrase(parent, message)

    def prompt_new(message: str) -> str | None:
        return ask.ask_new_passphrase(parent, message)

    try:
        if not path.exists():
            secret = secret_for_new_register(path, prompt_new)
            return Register.create(path, secret.value)
        secret = secret_for_existing_register(path, prompt)
    except SecretUnavailableError:
        return None
    while True:
        try:
            return Register.open(path, secret.value)
        except WrongSecretError as exc:
            value = ask.ask_passphrase(parent, str(exc))
            if not value:
                return None
            secret = type(secret)(value, "prompt")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI; return the exit code."""
    parser = argparse.ArgumentParser(prog="otinish")
    parser.add_argument("--db", help="register file (default: the one in the user data folder)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from app.store import StoreError
    from app.store.paths import default_register_path
    from app.ui import ask
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Otinish")
    app.setOrganizationName("Otinish")
    path = Path(args.db).expanduser() if args.db else default_register_path()
    try:
        register = open_or_create(path)
    except StoreError as exc:
        ask.tell_error(None, str(exc))
        return 2
    if register is None:
        return 2
    window = MainWindow(register)
    window.show()
    code = app.exec()
    register.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
