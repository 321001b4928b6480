"""Messages dragged out of Outlook: virtual files, not file URLs.

Outlook (and other Windows mail programs) drag a message as a *virtual file*: the
clipboard formats FileGroupDescriptorW (the names, a FILEGROUPDESCRIPTORW structure) and
FileContents (the bytes of the first file), with no path on disk. Qt on Windows hands
them over under the MIME types below. The message goes to the usual import as bytes;
nothing is written to a temporary file.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QMimeData

DESCRIPTOR = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'

#: FILEDESCRIPTORW: dwFlags, clsid, sizel, pointl, dwFileAttributes, three FILETIMEs,
#: nFileSizeHigh, nFileSizeLow (72 bytes), then cFileName[260] in UTF-16.
_HEAD = 72
_NAME_CHARS = 260
_SIZE = _HEAD + 2 * _NAME_CHARS  # 592


def file_names(descriptor: bytes) -> list[str]:
    """The names in a FILEGROUPDESCRIPTORW (a UINT count, then one FILEDESCRIPTORW each)."""
    if len(descriptor) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptor, 0)
    names = []
    for i in range(min(count, (len(descriptor) - 4) // _SIZE)):
        start = 4 + i * _SIZE + _HEAD
        raw = descriptor[start:start + 2 * _NAME_CHARS].decode("utf-16-le", "replace")
        names.append(raw.split("\x00", 1)[0])
    return names


def has_virtual_email(mime: QMimeData) -> bool:
    """Whether the drag holds a virtual .msg or .eml file (a message from Outlook)."""
    if not mime.hasFormat(DESCRIPTOR):
        return False
    names = file_names(bytes(mime.data(DESCRIPTOR).data()))
    return bool(names) and names[0].lower().endswith((".msg", ".eml"))


def first_email(mime: QMimeData) -> tuple[str, bytes] | None:
    """The first dragged message: its name and bytes (Qt gives only the first file's
    contents), or None when the drag holds no message."""
    if not has_virtual_email(mime) or not mime.hasFormat(CONTENTS):
        return None
    name = file_names(bytes(mime.data(DESCRIPTOR).data()))[0]
    data = bytes(mime.data(CONTENTS).data())
    return (name, data) if data else None
