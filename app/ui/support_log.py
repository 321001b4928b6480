"""A log for support, and one sentence instead of a vanished exception.

A frozen windowed app has no console: an exception in a Qt slot used to vanish, and the
user saw nothing or a half-done step. Now `install()` keeps a small rotating log in the
user log folder (owner-only) and an exception hook that writes what support needs — the
exception's type and where it happened, file, line and function — and tells the user one
sentence with the log's place. The exception's *message* is not logged: it may hold a
name or an email from the register (logs hold no personal data); nor are the frames'
variables.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

LOG_NAME = "otinish.log"
MAX_BYTES = 512 * 1024
KEEP = 3

log = logging.getLogger("app.support")

#: Shows one sentence to the user (the window: a message box), given the log's path.
Tell = Callable[[str, Path], None]


def log_dir() -> Path:
    """The user log folder (e.g. ~/.local/state/Otinish/log, %LOCALAPPDATA%\\Otinish\\Logs)."""
    return Path(platformdirs.user_log_dir("Otinish", appauthor=False))


def where(exc: BaseException) -> list[str]:
    """The stack of *exc* as "file:line in function" lines, without message or values."""
    lines = []
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"{_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return lines


def _short(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("app", "site-packages"):
        if anchor in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(anchor):])
    return Path(filename).name


def describe(exc: BaseException) -> str:
    """What the log keeps of *exc*: its type and where, for it and its causes."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines.extend("  " + line for line in where(current))
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


class _Handler(RotatingFileHandler):
    """A rotating file that is created owner-only (it names files and modules only)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)


def install(tell: Tell, folder: Path | None = None) -> Path:
    """Start the log in *folder* (the user log folder) and catch uncaught exceptions.

    Returns the log file's path. *tell* is called with one sentence's worth of context
    (the exception type's name) and the log's path, on the main thread's hook only.
    """
    folder = folder or log_dir()
    path = folder / LOG_NAME
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _Handler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:  # a read-only home: keep going without a file
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("app")
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        log.error("uncaught exception\n%s", describe(exc))
        with contextlib.suppress(Exception):  # telling must never raise in the hook
            tell(kind.__name__, path)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error("uncaught exception in a thread\n%s", describe(args.exc_value))

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return path


def uninstall() -> None:
    """Give back the default hooks and close the log (tests start several apps)."""
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    root = logging.getLogger("app")
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
        old.close()
