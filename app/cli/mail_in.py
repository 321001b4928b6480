"""The mailbox from a terminal: `mail set|fetch|queue|accept|dismiss` (issue 14)."""

from __future__ import annotations

from typing import Any


def register_commands(sub: Any, reg: Any, parser_class: type, server_options: Any) -> None:
    """Add `mail` and its sub-commands to the CLI."""
