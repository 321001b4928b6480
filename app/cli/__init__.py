"""The command line over the same services as the window: `python -m app.cli`.

Global options come before the command: `--db PATH` (default: the register in the
user data folder) and `--json` (print exactly one JSON object on stdout). Problems a
user can cause exit with code 2 and one line on stderr (worded from messages.py),
never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.domain.errors import UserError
from app.domain.text_clean import clean_line
from app.services import USER_ERRORS
from app.store._sqlcipher import DatabaseError

from .messages import word
from .parser import USER_ERROR, build_parser

__all__ = ["USER_ERROR", "build_parser", "main"]


def _disk_failed(exc: BaseException) -> bool:
    """Whether SQLite failed because the disk is full or cannot be written (SQLITE_FULL,
    SQLITE_IOERR), not because the file is damaged."""
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text


def _utf8_when_redirected() -> None:
    """Output to a pipe or a file is UTF-8 whatever the system's code page: a Russian
    Windows writes cp1251 there (no «Ә»), an English one cp1252 (no Cyrillic at all), and
    printing a Kazakh name raised UnicodeEncodeError. A console keeps its own encoding."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")  # an old console: "?" not a crash
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            continue


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    _utf8_when_redirected()
    args = build_parser().parse_args(argv)
    args.exit_code = 0
    try:
        code = args.func(args)
    except USER_ERRORS as exc:
        sys.stderr.write(f"otinish: {clean_line(word(exc))}\n")  # type: ignore[arg-type]
        return USER_ERROR
    except DatabaseError as exc:
        if _disk_failed(exc):  # a full or failing disk is not a damaged register
            problem = UserError("register_disk_failed", reason=str(exc))
            sys.stderr.write(f"otinish: {clean_line(word(problem))}\n")
            return USER_ERROR
        sys.stderr.write(f"otinish: the register file is damaged ({exc}); restore the newest "
                         "backup with 'restore'.\n")
        return USER_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("otinish: interrupted; nothing more was saved.\n")
        return 130
    return code if isinstance(code, int) else args.exit_code
