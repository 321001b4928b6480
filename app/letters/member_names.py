"""Names of the files inside a ZIP the operator hands on, made safe for Windows.

An attachment keeps the name it came with (`a:b?.eml` is a fine name on Linux and in
a mail header); unpacked on Windows, Explorer refuses it or writes an empty file under
another name, and the pack's manifest no longer matches. Each part of a member's name
loses what Windows refuses (`< > : " / \\ | ? *`, control characters, trailing dots
and spaces, the device names CON, PRN, AUX, NUL, COM1-9, LPT1-9 with or without an
extension), is kept to a length a Windows path can hold, and the names are made unique
as Windows compares them (without regard to case).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{d}{n}" for d in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]])
#: A part's length, in characters: the pack is unpacked into a folder of its own, and
#: Windows' classic path limit is 260 characters in all.
MAX_PART = 100


def safe_part(part: str) -> str:
    """One part (a folder's or the file's name) of a member's name, safe on Windows."""
    part = unicodedata.normalize("NFC", part)
    part = _REFUSED.sub("_", part).rstrip(" .") or "_"
    if part.partition(".")[0].rstrip(" ").upper() in _DEVICES:
        part = f"_{part}"
    if len(part) > MAX_PART:
        stem, dot, ext = part.rpartition(".")
        if not dot or len(ext) > 10:
            stem, dot, ext = part, "", ""
        part = stem[:MAX_PART - len(dot) - len(ext)].rstrip(" .") + dot + ext
    return part


def safe_member_name(name: str) -> str:
    """*name* (parts joined by `/`) with every part safe on Windows; a backslash or a
    part `..` never makes a folder or climbs out of the pack."""
    parts = [p for p in name.split("/") if p not in ("", ".")]
    return "/".join(safe_part("_" if p == ".." else p) for p in parts) or "_"


def _numbered(name: str, n: int) -> str:
    folder, _, base = name.rpartition("/")
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = base, "", ""
    base = f"{stem} ({n}){dot}{ext}"
    return f"{folder}/{base}" if folder else base


def safe_members(files: Mapping[str, bytes], taken: tuple[str, ...] = ()
                 ) -> dict[str, bytes]:
    """*files* under safe names, unique without regard to case (the second `A.eml` and
    `a.eml` become `a (2).eml`), in the order of their original names; *taken* names
    (the pack's own files written after) are never given."""
    seen = {t.casefold() for t in taken}
    out: dict[str, bytes] = {}
    for original in sorted(files):
        name = safe_member_name(original)
        n = 1
        candidate = name
        while candidate.casefold() in seen:
            n += 1
            candidate = _numbered(name, n)
        seen.add(candidate.casefold())
        out[candidate] = files[original]
    return out
