"""Start Otinish at login, minimised to the tray, with each platform's own mechanism.

- Linux and other XDG desktops: an autostart entry, `$XDG_CONFIG_HOME/autostart/
  otinish.desktop` (the XDG Autostart specification);
- Windows: the per-user Run key, `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`;
- macOS: a LaunchAgent, `~/Library/LaunchAgents/kz.otinish.autostart.plist`.

What is on is what the system holds: `enabled()` asks the system, so the setting cannot
drift from the truth (a user who deleted the file sees it off). The entry starts the
same program that is running (the frozen executable, or this Python with `-m app`) with
`--minimized`.
"""

from __future__ import annotations

import os
import plistlib
import re
import sys
from pathlib import Path

__all__ = ["MINIMIZED_FLAG", "command", "enable", "disable", "enabled", "entry_path"]

MINIMIZED_FLAG = "--minimized"
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_NAME = "Otinish"
_AGENT = "kz.otinish.autostart"


def command() -> list[str]:
    """The command line that starts this Otinish minimised."""
    if getattr(sys, "frozen", False):
        return [sys.executable, MINIMIZED_FLAG]
    return [sys.executable, "-m", "app", MINIMIZED_FLAG]


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "xdg"


def entry_path() -> Path | None:
    """The file that starts Otinish at login (None on Windows, where it is a registry value)."""
    kind = _platform()
    if kind == "xdg":
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(base) / "autostart" / "otinish.desktop"
    if kind == "macos":
        return Path.home() / "Library" / "LaunchAgents" / f"{_AGENT}.plist"
    return None


def _exec_argument(arg: str) -> str:
    """One argument of a desktop entry's Exec key (Desktop Entry Specification: reserved
    characters inside double quotes, with " ` $ and \\ escaped; % doubled)."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def _desktop_entry() -> str:
    exec_line = " ".join(_exec_argument(a) for a in command())
    # From source, `-m app` needs the project folder as the working directory.
    working = "" if getattr(sys, "frozen", False) else \
        f"Path={Path(__file__).resolve().parents[2]}\n"
    return ("[Desktop Entry]\nType=Application\nName=Otinish\n"
            "Comment=Register of personal-data requests: reminders of deadlines\n"
            f"Exec={exec_line}\n{working}Icon=otinish\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def enabled() -> bool:
    """Whether Otinish starts at login (as the system holds it now)."""
    kind = _platform()
    if kind == "windows":  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                winreg.QueryValueEx(key, _NAME)
            return True
        except OSError:
            return False
    path = entry_path()
    return path is not None and path.is_file()


def enable() -> Path | None:
    """Start Otinish at login from now on; return the entry's file (None on Windows)."""
    kind = _platform()
    if kind == "windows":  # pragma: no cover - Windows only
        import subprocess
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            winreg.SetValueEx(key, _NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command()))
        return None
    path = entry_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "macos":  # pragma: no cover - macOS only
        data = plistlib.dumps({"Label": _AGENT, "ProgramArguments": command(),
                               "RunAtLoad": True, "ProcessType": "Interactive"})
    else:
        data = _desktop_entry().encode("utf-8")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def disable() -> None:
    """Do not start Otinish at login any more (nothing to do when it was off)."""
    kind = _platform()
    if kind == "windows":  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, _NAME)
        except FileNotFoundError:
            pass
        return
    path = entry_path()
    if path is not None:
        path.unlink(missing_ok=True)
