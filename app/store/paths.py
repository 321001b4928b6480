"""Where the register lives by default: the user data folder from platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Otinish"
REGISTER_FILE_NAME = "register.otinish"


def user_data_dir() -> Path:
    """The per-user folder for Otinish's data (register, templates, backups)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    """The register used when no --db is given."""
    return user_data_dir() / REGISTER_FILE_NAME
