"""Start at login, Linux for real: the XDG autostart entry appears, starts this Otinish, and
disappears."""

from __future__ import annotations

import configparser
import shlex
import subprocess
import sys

import pytest

from app.services import autostart

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the XDG autostart entry is Linux's mechanism")


def test_the_autostart_entry_appears_starts_otinish_and_disappears(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "otinish.desktop"
    assert autostart.entry_path() == entry
    assert not autostart.enabled()
    assert autostart.enable() == entry
    assert autostart.enabled() and entry.is_file()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # keys are case-sensitive
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    argv = shlex.split(desktop["Exec"])
    assert argv == autostart.command() and argv[-1] == "--minimized"
    # The command really starts this app (asked for its help, so no window opens).
    done = subprocess.run([*argv, "--help"], cwd=desktop.get("Path"), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and "--minimized" in done.stdout
    autostart.enable()  # twice is once
    assert sorted(p.name for p in entry.parent.iterdir()) == ["otinish.desktop"]
    autostart.disable()
    assert not entry.exists() and not autostart.enabled()
    autostart.disable()  # nothing to do


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says():
    assert autostart._exec_argument("/usr/bin/python3") == "/usr/bin/python3"
    assert autostart._exec_argument("/opt/My Apps/otinish") == '"/opt/My Apps/otinish"'
    assert autostart._exec_argument('a"b$c') == '"a\\"b\\$c"'
    assert autostart._exec_argument("50%") == "50%%"
