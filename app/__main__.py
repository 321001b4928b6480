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

from app.ui.opening import open_or_create, open_register  # noqa: F401 (used by tests)


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

    from app.ui.opening import OtinishApplication

    app = OtinishApplication.instance() or OtinishApplication(sys.argv[:1])
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
    # On macOS a register double-clicked in the Finder arrives as an event, not an argument.
    app.processEvents()
    pending = getattr(app, "pending_files", [])
    asked = pending[-1] if pending else None
    pending.clear()
    path = Path(args.db).expanduser() if args.db else (asked or default_register_path())
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
    # The register opened may be the demo one (chosen in the wizard), not *path*.
    window = MainWindow(register, RegisterSource(register.path, secret),
                        auto_backup=not args.screenshot_script, setup_path=path)
    listening = isinstance(app, OtinishApplication)
    if listening:
        app.fileOpenRequested.connect(window.open_register_file)
    window.show()
    if args.screenshot_script:
        from app.ui.screenshots import play

        play(window, args.screenshot_script, Path(args.screenshot_out or "screenshot.png"))
    code = app.exec()
    if listening:
        app.fileOpenRequested.disconnect(window.open_register_file)
    window.register.close()  # the window's register: another one after a restore or a switch
    return code


if __name__ == "__main__":
    raise SystemExit(main())
