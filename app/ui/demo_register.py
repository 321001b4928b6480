"""The demo register a new user can open from the first-run wizard, to look around first.

It is a separate file, `<user data folder>/demo.otinish`, so invented requests never
mix with the operator's real register. It holds only invented data, so it is locked
with a fixed, documented passphrase, "demo" (said in the wizard and in the window),
rather than a key in the keychain: anyone can open it, and there is nothing to lose.
The window fills it in the background (`MainWindow.fill_demo`) with `app.demo.fill`:
requests over ten years, every channel, right, status and letter kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DEMO_FILE_NAME = "demo.otinish"
#: The demo register's passphrase: fixed and documented, it guards invented data only.
DEMO_PASSPHRASE = "demo"
#: How many invented requests the first-run demo holds (tests make it smaller).
DEMO_SIZE = 2000
DEMO_SEED = 1


def demo_path() -> Path:
    """Where the demo register lives: next to the real one, under its own name."""
    from app.store.paths import user_data_dir

    return user_data_dir() / DEMO_FILE_NAME


def is_demo(path: Path) -> bool:
    """Whether *path* is the demo register."""
    try:
        return Path(path).resolve() == demo_path().resolve()
    except OSError:
        return False


def open_demo(clock: Any = None) -> tuple[Any, str]:
    """Open the demo register, creating it (empty) the first time; return it and its secret."""
    from app.store import Register

    path = demo_path()
    if path.exists():
        return Register.open(path, DEMO_PASSPHRASE, clock=clock), DEMO_PASSPHRASE
    return Register.create(path, DEMO_PASSPHRASE, clock=clock), DEMO_PASSPHRASE


def fill_demo(register: Any, size: int, progress: Any = None) -> int:
    """Give the demo an invented operator and profile (so letters can be made), then requests."""
    from app.demo import fill

    from .demo import OPERATOR, PROFILE

    if register.get_operator() is None:
        register.set_operator(OPERATOR)
    if register.get_profile() is None:
        register.set_profile(PROFILE)
    return fill(register, size, seed=DEMO_SEED, progress=progress)
