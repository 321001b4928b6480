"""The desktop window (PySide6).

Importing this package first guards against a reference-counting bug of shiboken6 6.12.0
under Python 3.11: every call of a Qt method that returns nothing takes one reference
from `None`, and when None's count reaches zero the interpreter aborts ("Fatal Python
error: none_dealloc: deallocating None"): after a few hundred clicks in the window, or
at exit. PySide6 6.11 has no such bug, and Python 3.12 made None immortal. Where the bug
shows (measured, not guessed from version numbers), None is made immortal here the way
3.12 does it: its count is raised beyond reach. Nothing else changes.
"""

from __future__ import annotations

import sys


def _guard_none_refcount() -> bool:
    """Make None immortal when a void Qt call is seen taking a reference from it."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")  # returns nothing: a sound binding leaves None as it was
    if before - sys.getrefcount(None) < 8:
        return False
    import ctypes

    # ob_refcnt is the first field of every object in CPython before 3.12.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


#: True when this interpreter's PySide6 has the None bug and the guard is in place.
NONE_GUARDED = _guard_none_refcount()
