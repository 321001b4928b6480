"""The frozen app's entry point (PyInstaller runs this script as `otinish`).

- `otinish --self-test` runs `app.selftest` and exits with its code, before anything
  of the GUI is imported, so it works with no display, no HOME and no keychain.
- `otinish PATH.otinish` (what a file manager, Windows Explorer's file association or
  a `.desktop` file's `%f` passes) opens that register: it becomes `--db PATH`.
- Started as `otinish-cli` (the same bundle's console program), it is the command
  line, `python -m app.cli`: what a scheduled task and scripts run.
- Anything else goes to the desktop app, `app.__main__.main()`, unchanged.
"""

from __future__ import annotations

import os
import sys


def _attach_console() -> None:
    """A windowed Windows app has no stdout; print to the console that started it, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
    except Exception:  # no console to attach to: the exit code still tells
        pass


def _register_argument(argv: list[str]) -> list[str]:
    """Turn a lone register path into `--db PATH`; leave every other command line alone."""
    if len(argv) == 1 and not argv[0].startswith("-"):
        path = argv[0]
        if path.startswith("file://"):  # some file managers pass a URL
            from urllib.parse import unquote, urlparse

            path = unquote(urlparse(path).path)
        return ["--db", path]
    # macOS adds -psn_0_NNNN when Finder starts an app (old systems); it is not ours.
    return [a for a in argv if not a.startswith("-psn_")]


def _is_cli() -> bool:
    """The bundle's console program `otinish-cli` (a scheduled `remind`, scripts)."""
    from pathlib import Path

    return Path(sys.executable).stem.lower() == "otinish-cli"


def main() -> int:
    argv = sys.argv[1:]
    if _is_cli():
        from app.cli import main as cli_main

        return cli_main(argv)
    if "--self-test" in argv:
        _attach_console()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app import selftest

        return selftest.main()
    from app.__main__ import main as gui_main

    return gui_main(_register_argument(argv))


if __name__ == "__main__":
    sys.exit(main())
