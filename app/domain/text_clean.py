"""Characters that must never reach the register, a terminal or a document.

C0/C1 control codes (a terminal escape such as ESC[2J, a NUL that breaks an XLSX or DOCX
file) and the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069, which
make "exe.txt" read as "txt.exe") are removed wherever text comes in: command-line
arguments, the window's fields, mail headers and bodies. Free text keeps its newlines
and tabs; a one-line value (a name, an email address) turns them into spaces. The
command line cleans what it prints too, for registers that already hold such text.
"""

from __future__ import annotations

import re
from typing import Any

_BIDI = "\u202a-\u202e\u2066-\u2069"
#: Everything unsafe in one-line values, including newline, carriage return and tab.
_LINE_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
_LINE_BREAKS = re.compile(r"[\t\r\n]")
#: Everything unsafe in free text: newline and tab stay (CR is made a newline first).
_TEXT_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")
#: Lone surrogates: not text (an undecodable byte of a command-line argument arrives as
#: one); the register could not store them. They become U+FFFD, which shows the spot.
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_line(value: str) -> str:
    """*value* as one line: controls and bidi overrides removed, line breaks and tabs made
    spaces (nothing else changes: no trimming)."""
    return _LINE_UNSAFE.sub("", _LINE_BREAKS.sub(" ", _SURROGATES.sub("\ufffd", value)))


def clean_text(value: str) -> str:
    """Free text without controls or bidi overrides; newlines (CR LF and CR made LF) and
    tabs stay."""
    value = _SURROGATES.sub("\ufffd", value)
    return _TEXT_UNSAFE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def has_unsafe(value: str) -> bool:
    """Whether *value* holds a character :func:`clean_text` would remove."""
    return _TEXT_UNSAFE.search(value) is not None


def clean_value(value: Any) -> Any:
    """Strings (also inside dicts, lists and tuples) cleaned as free text; other values
    unchanged. For printing what the register already holds."""
    if isinstance(value, str):
        return clean_text(value) if has_unsafe(value) else value
    if isinstance(value, dict):
        return {k: clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_value(v) for v in value)
    return value
