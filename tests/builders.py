"""Test data builders: registers in temporary folders and requests with sensible defaults."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.store import Register

ALMATY = ZoneInfo("Asia/Almaty")
#: The tests' secret: a raw 256-bit key, which SQLCipher takes without its key derivation
#: (a register opens in ~0.03 s instead of ~0.35 s with a passphrase). Tests of the key
#: derivation itself (a typed passphrase) use their own passphrases.
PASSPHRASE = "x'" + "5e" * 32 + "'"
#: A passphrase as a person types one, for the tests about passphrases.
TYPED_PASSPHRASE = "correct horse battery staple"


def fixed_clock(year: int = 2026, month: int = 11, day: int = 23, hour: int = 10):
    """A clock that always says the given Almaty time."""
    moment = datetime(year, month, day, hour, tzinfo=ALMATY)
    return lambda: moment


def new_register(tmp_path: Path, name: str = "register.otinish", **kwargs: Any) -> Register:
    """A fresh register in *tmp_path*, opened with the test passphrase."""
    return Register.create(tmp_path / name, PASSPHRASE, **kwargs)


def add_request(reg: Register, **overrides: Any) -> int:
    """Add a request with plausible defaults; override any field."""
    fields: dict[str, Any] = {
        "channel": "email",
        "types": ["access"],
        "name": "Ахметова Айгерим",
        "email": "aigerim@example.kz",
        "phone": "+77015551234",
        "lang": "ru",
        "received": datetime(2026, 11, 20, 11, 30, tzinfo=ALMATY),
        "text": "Прошу сообщить, какие мои персональные данные вы храните.",
    }
    fields.update(overrides)
    return reg.add_request(**fields)


def said(problem: Any) -> str:
    """The sentence the command line prints for a problem (its catalog's wording)."""
    from app.cli.messages import word

    return word(problem)
