"""The encrypted register: SQLCipher through sqlite-utils, secrets, schema, audit log.

The package's names load on first use (PEP 562), so a module that needs only a light
part (`app.store.paths` at start-up, before the window's frame is shown) does not pay
for sqlite-utils. Every module that uses sqlite-utils imports it through `_sqlcipher`,
which must run before sqlite_utils is imported anywhere (see its docstring).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import (
        NotARegisterError,
        NotFoundError,
        RegisterExistsError,
        RegisterLockedError,
        RegisterMissingError,
        SecretUnavailableError,
        StoreError,
        WrongSecretError,
    )
    from .register import Register

_WHERE = {
    "Register": ".register",
    "StoreError": ".errors",
    "WrongSecretError": ".errors",
    "SecretUnavailableError": ".errors",
    "NotARegisterError": ".errors",
    "RegisterExistsError": ".errors",
    "RegisterMissingError": ".errors",
    "NotFoundError": ".errors",
    "RegisterLockedError": ".errors",
}

__all__ = [
    "Register",
    "StoreError",
    "WrongSecretError",
    "SecretUnavailableError",
    "NotARegisterError",
    "RegisterExistsError",
    "RegisterMissingError",
    "NotFoundError",
    "RegisterLockedError",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        importlib.import_module("._sqlcipher", __name__)  # the driver before sqlite_utils
        value = getattr(importlib.import_module(_WHERE[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
