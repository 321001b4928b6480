"""Start the desktop app: `python -m app [--db PATH] [--lang kk|ru|en]`.

The register's secret comes from OTINISH_PASSPHRASE, then the OS keychain, then a
passphrase dialog; a wrong passphrase is said plainly and can be retried. On the
first run (no register yet) a short wizard asks for the languages, the operator's
details and where the key is kept, then creates the register in the user data folder
(or at --db).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def open_register(path: Path, parent: Any = None) -> tuple[Any, str] | None:
    """Open the register at *path* (creating it if missing); return it with its secret.

    Returns None when the user cancels. The secret lets a worker thread open a second
    connection to the same file.
    """
    from app.store import Register, SecretUnavailableError, WrongSecretError
    from app.store.secrets import secret_for_existing_register, secret_for_new_register
    from app.ui import ask
    from app.ui.i18n import service_message

    def prompt(message: str) -> str | None:
        return ask.ask_passphrase(parent, service_message(message))

    def prompt_new(message: str) -> str | None:
        return ask.ask_new_passphrase(parent, service_message(message))

    try:
        if not path.exists():
            secret = secret_for_new_register(path, prompt_new)
            return Register.create(path, secret.value), secret.value
        secret = secret_for_existing_register(path, prompt)
    except SecretUnavailableError:
        return None
    while True:
        try:
            return Register.open(path, secret.value), secret.value
        except WrongSecretError:
            from PySide6.QtCore import QCoreApplication

            value = ask.ask_passphrase(parent, QCoreApplication.translate(
                "start", "The passphrase does not open the register {0}; nothing was changed. "
                "Check it and type it again.").format(path.name))
            if not value:
                return None
            secret = type(secret)(value, "prompt")


def open_or_create(path: Path, parent: Any = None):
    """Open the register at *path* (creating it on first run), asking for a secret if needed.

    Returns None when the user cancels.
    """
    opened = open_register(path, parent)
    return opened[0] if opened else None


def _parser() -> argparse.ArgumentParser:
    from app.ui.i18n import LANGUAGES

    parser = argparse.ArgumentParser(prog="otinish")
    parser.add_argument("--db", help="register file (default: the one in the user data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    # For `make screenshots`: open a scene and save a PNG of the screen (see app/ui/screenshots).
    parser.add_argument("--screenshot-script", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot-out", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI; return the exit code."""
    args = _parser().parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Otinish")
    app.setOrganizationName("Otinish")
    app.setApplicationDisplayName("Otinish")

    from app.store import StoreError
    from app.store.paths import default_register_path
    from app.ui import ask, i18n, icons
    from app.ui.main_window import MainWindow
    from app.ui.workers import RegisterSource

    app.setWindowIcon(icons.icon("otinish"))
    app.setStyleSheet(icons.style_sheet())
    i18n.install(args.lang or i18n.saved_language() or i18n.system_language())
    path = Path(args.db).expanduser() if args.db else default_register_path()
    try:
        if path.exists():
            opened = open_register(path)
        else:
            from app.ui.wizard import run_first_run

            opened = run_first_run(path)
    except StoreError as exc:
        ask.tell_error(None, i18n.service_message(str(exc)))
        return 2
    if opened is None:
        return 2
    register, secret = opened
    if args.lang:  # the language given for this run wins over the one the wizard saved
        i18n.install(args.lang)
    window = MainWindow(register, RegisterSource(path, secret),
                        auto_backup=not args.screenshot_script)
    window.show()
    if args.screenshot_script:
        from app.ui.screenshots import play

        play(window, args.screenshot_script, Path(args.screenshot_out or "screenshot.png"))
    code = app.exec()
    register.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
