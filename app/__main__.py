"""Start the desktop app: `python -m app [--db PATH] [--lang kk|ru|en]`.

The register's secret comes from OTINISH_PASSPHRASE, then the OS keychain, then a
passphrase dialog; a wrong passphrase is said plainly and can be retried. On the
first run (no register yet) a short wizard asks for the languages, the operator's
details and where the key is kept, then creates the register in the user data folder
(or at --db).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.languages import INTERFACE_LANGUAGES
from app.ui.opening import open_or_create, open_register  # noqa: F401 (used by tests)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="otinish")
    parser.add_argument("--db", help="register file (default: the one in the user data folder)")
    parser.add_argument("--lang", choices=INTERFACE_LANGUAGES,
                        help="interface language for this run")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the tray (or minimised where there is no tray); "
                             "the way Otinish starts at login")
    return parser


def main(argv: Sequence[str] | None = None, *,
         on_window: Callable[[Any], None] | None = None) -> int:
    """Run the GUI; return the exit code.

    *on_window* is called with the main window once it is shown (the screenshot tool
    plays its scene there); a run watched this way makes no daily backup.
    """
    args = _parser().parse_args(argv)

    from app.ui.opening import OtinishApplication

    # "otinish" names the program to the desktop (the window class of otinish.desktop's
    # StartupWMClass) rather than "__main__.py". No display name: Qt would add it after
    # every window title, which already begins with "Otinish — ".
    app = OtinishApplication.instance() or OtinishApplication(["otinish"])
    app.setApplicationName("Otinish")
    app.setOrganizationName("Otinish")
    app.setDesktopFileName("otinish")

    from app.ui.shutdown import Shutdown

    # SIGTERM (logout, shutdown, kill), SIGINT, SIGHUP and the session's end close the
    # register cleanly, from the first prompt on; *opened* is the register once there is one.
    opened: list[Any] = []
    shutdown = Shutdown(app, lambda: [window.register.close() for window in opened])
    try:
        return _run(app, args, opened, on_window)
    finally:
        from app.ui import support_log

        support_log.uninstall()
        shutdown.uninstall()


def _tell_bug(kind: str, log_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.ui import ask

    ask.tell_error(None, QCoreApplication.translate(
        "start", "Something went wrong inside Otinish ({0}). What was saved before is kept; "
        "check that the last step shows in the register. Where it happened is written, "
        "without personal data, to the log for support: {1}").format(kind, log_path))


def _run(app: Any, args: argparse.Namespace, opened_windows: list[Any],
         on_window: Callable[[Any], None] | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.store.paths import default_register_path
    from app.ui import single

    # On macOS a register double-clicked in the Finder arrives as an event, not an argument.
    app.processEvents()
    pending = getattr(app, "pending_files", [])
    asked = pending[-1] if pending else None
    pending.clear()
    path = Path(args.db).expanduser() if args.db else (asked or default_register_path())
    # Already open in another copy: that window comes forward, before any prompt.
    if single.hand_over(path):
        _language(app, args)
        print(QCoreApplication.translate(
            "start", "Otinish already has this register open; its window was brought to "
            "the front."))
        return 0
    listener = single.Listener(path, app)
    listener.knocked.connect(lambda: _come_forward(opened_windows))
    # The window's frame first (issue 18): the key, the modules and the first page follow
    # while it is on the screen. Not for a first start (the wizard) or a start in the tray.
    frame = None
    if path.exists() and not args.minimized:
        from app.ui.frame import StartFrame

        frame = StartFrame(path)
        frame.show_now()
    from app.ui import support_log

    # A bug in a slot: one sentence for the user, where it happened in the support log.
    support_log.install(_tell_bug)
    _language(app, args)

    from app.services import USER_ERRORS
    from app.ui import ask, messages
    from app.ui.main_window import MainWindow
    from app.ui.opening import OtinishApplication
    from app.ui.workers import RegisterSource

    try:
        if path.exists():
            opened = open_register(path, frame)
        else:
            from app.ui.wizard import run_first_run

            opened = run_first_run(path)
    except USER_ERRORS as exc:
        ask.tell_error(frame, messages.word(exc))
        return 2
    if opened is None:
        return 2
    if frame is not None and frame.closed_by_user:
        # Closed while the register was being opened: the user wants to quit, not a window.
        opened.register.close()
        listener.close()
        return 0
    if args.lang:  # the language given for this run wins over the one the wizard saved
        from app.ui import i18n

        i18n.install(args.lang)
    # The register opened may be the demo one (chosen in the wizard), not *path*.
    register = opened.register
    window = MainWindow(register, RegisterSource(register.path, opened.secret.value),
                        auto_backup=on_window is None, setup_path=path)
    listening = isinstance(app, OtinishApplication)
    if listening:
        app.fileOpenRequested.connect(window.switching.open_register_file)
    opened_windows.append(window)
    from app.ui import tray

    if frame is not None and frame.closed_by_user:  # closed while the window was built
        window.register.close()
        listener.close()
        return 0
    if frame is not None:
        frame.hand_over(window)
    elif not args.minimized:
        window.show()
    elif tray.tray_available() and tray.keep_running():
        app.setQuitOnLastWindowClosed(False)  # only the tray icon is shown
    else:
        window.showMinimized()
    window.reminders.start()  # the tray icon, and what is due said at start
    if on_window is not None:
        on_window(window)
    code = app.exec()
    if listening:
        app.fileOpenRequested.disconnect(window.switching.open_register_file)
    window.register.close()  # the window's register: another one after a restore or a switch
    listener.close()
    return code


def _language(app: Any, args: argparse.Namespace) -> None:
    """The icon, the style sheet and the interface language."""
    from app.ui import i18n, icons

    app.setWindowIcon(icons.icon("otinish"))
    app.setStyleSheet(icons.style_sheet())
    # The desktop switched between light and dark: the style sheet follows.
    app.styleHints().colorSchemeChanged.connect(lambda _: app.setStyleSheet(icons.style_sheet()))
    i18n.install(args.lang or i18n.saved_language() or i18n.system_language())


def _come_forward(windows: list[Any]) -> None:
    """A second start on our register: show the window, or the prompt still open."""
    from PySide6.QtWidgets import QApplication

    from app.ui.single import bring_forward

    shown = windows[-1:] or [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in shown:
        bring_forward(widget)


if __name__ == "__main__":
    raise SystemExit(main())
