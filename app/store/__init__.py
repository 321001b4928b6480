"""The encrypted register: SQLCipher through sqlite-utils, secrets, schema, audit log.

`_sqlcipher` is imported first on purpose: it must run before sqlite_utils is
imported anywhere (see its docstring).
"""

from . import _sqlcipher  # noqa: F401  (must be first)
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
