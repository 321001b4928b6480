"""Make sqlite-utils speak SQLCipher: the one place where the driver is chosen.

sqlite-utils catches the stdlib `sqlite3` exception classes, while a `sqlcipher3`
connection raises its own; seen failing: `table.drop(ignore=True)` and
`insert ... returning`. sqlite-utils prefers a module named `pysqlite3` when one is
importable, so registering `sqlcipher3` under that name *before sqlite_utils is
first imported* makes both work. `app.store` imports this module first; the check
below fails loudly if sqlite_utils was imported earlier or an upgrade changes it.
"""

from __future__ import annotations

import sys

import sqlcipher3
from sqlcipher3 import dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

import sqlite_utils  # noqa: E402  (must come after the registration above)
from sqlite_utils import utils as _su_utils  # noqa: E402

if _su_utils.OperationalError is not dbapi2.OperationalError:  # pragma: no cover
    raise RuntimeError(
        "sqlite_utils was imported before app.store and uses the stdlib sqlite3 driver; "
        "import app.store._sqlcipher first."
    )

#: Every error the driver can raise; our own `except` clauses use these.
DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError
IntegrityError = dbapi2.IntegrityError



def quote_key(secret: str) -> str:
    """The secret as an SQL string literal for PRAGMA key / rekey.

    A secret of the form x'<64 hex digits>' is a raw 256-bit key: SQLCipher then skips
    its key derivation (~0.3 s); the test fixtures use one.
    """
    return "'" + secret.replace("'", "''") + "'"


__all__ = ["sqlcipher3", "dbapi2", "sqlite_utils", "DatabaseError", "OperationalError",
           "IntegrityError", "quote_key"]
