"""One function per user operation, called alike by the window and the command line.

Each module covers one area: registers and their secrets (registers.py), the
operator's details and the register's settings (operator.py), requests from intake to
closing (requests.py), letters (letters.py), exports and evidence packs (exports.py),
backups, restores, the retention purge and rekeying (keeping.py), the demo register
(demo.py). A service checks, calls the store (which applies the domain's rules in one
transaction) and returns plain values; problems a user can cause are raised as
`app.domain.errors.UserError` values (a code and its fields), which each face words in
the user's language. Long operations take a `Progress` (progress.py) and stop on
`Cancelled`.
"""

from app.domain.errors import UserError

#: Every exception a user can cause: a face shows it as one sentence, never a traceback.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError,)

__all__ = ["USER_ERRORS", "UserError"]
