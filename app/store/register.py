"""The register: the only code that reads and writes the encrypted file.

`Register` is one open SQLCipher file with everything a caller may do with it: its
lifecycle and write primitives (connection.py), the commands that apply the
workflow's effects (commands.py), sending, voiding and editing (corrections.py),
reads and search (reads.py), settings (settings.py), bulk writes (bulk.py) and the
retention purge (retention.py). Every
public method that changes something runs in one transaction that also appends the
audit events for the rows it wrote, so a crash leaves either all of it or none.
"""

from __future__ import annotations

from ._sqlcipher import quote_key
from .bulk import Bulk
from .connection import Clock
from .incidents import Incidents
from .mail import MailStore
from .reads import fts_query
from .retention import Retention

__all__ = ["Register", "Clock", "fts_query", "quote_key"]


class Register(Incidents, Retention, Bulk, MailStore):
    """An open register file. Use `Register.create` or `Register.open`, then `close()`."""
