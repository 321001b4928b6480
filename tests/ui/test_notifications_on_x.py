"""A real desktop: Xvfb, a session bus, the dunst notification daemon and the trayer tray
host. The reminder reaches the daemon with the count and the right (no requester), and
clicking it (dunst's default action) opens that request in the window; the tray icon shows
the views' counts, closing the window keeps Otinish in the tray, Quit ends it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app.services import reminders
from tests.ui.test_reminders import fill

TOOLS = all(shutil.which(t) for t in ("Xvfb", "dbus-daemon", "dunst", "dunstctl"))
pytestmark = pytest.mark.skipif(
    not TOOLS and os.environ.get("CI") != "true",
    reason="needs Xvfb, dbus and dunst (apt: xvfb dbus dunst); runs in CI")


@pytest.fixture
def notification_daemon(tmp_path, monkeypatch):
    """dunst on a fresh Xvfb screen and session bus; the bus address set for the app."""
    assert TOOLS, "Xvfb, dbus-daemon and dunst must be installed in CI"
    display = f":{150 + os.getpid() % 100}"
    procs = [subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)]
    # The bus knows the display too, should it start the daemon itself on first use.
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "DISPLAY": display, "HOME": str(tmp_path)})
    procs.append(bus)
    try:
        address = bus.stdout.readline().strip()
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
               "HOME": str(tmp_path)}
        time.sleep(0.5)
        procs.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
        for _ in range(50):  # until dunst owns the notification name
            if subprocess.run(["dunstctl", "is-paused"], env=env,
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield env
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait()


def test_a_reminder_reaches_the_daemon_and_its_click_opens_the_request(
        notification_daemon, window, register, qtbot):
    ids = fill(register)
    window.refresh()
    window.set_view("closed")
    window.hide()
    notifier = window.reminders.notifier
    plan = reminders.agenda_of(register)
    assert plan.today == date(2026, 11, 23)
    with qtbot.waitSignal(notifier.clicked, timeout=10_000) as clicked:
        assert window.reminders.notify(plan)
        assert notifier.via_bus
        shown = subprocess.run(["dunstctl", "count", "displayed"], env=notification_daemon,
                               capture_output=True, text=True)
        for _ in range(30):
            if shown.stdout.strip() == "1":
                break
            time.sleep(0.1)
            shown = subprocess.run(["dunstctl", "count", "displayed"],
                                   env=notification_daemon, capture_output=True, text=True)
        assert shown.stdout.strip() == "1"
        # A click: dunst's default action on the notification shown first.
        subprocess.run(["dunstctl", "action", "0"], env=notification_daemon, check=True)
    assert clicked.args == [ids["overdue"]]
    assert window.isVisible() and window.current_id == ids["overdue"]
    # Closed, the notification goes to dunst's history, where its words can be read.
    subprocess.run(["dunstctl", "close-all"], env=notification_daemon, check=True)
    time.sleep(0.3)
    history = json.loads(subprocess.run(["dunstctl", "history"], env=notification_daemon,
                                        capture_output=True, text=True).stdout)
    bodies = [n["body"]["data"] for group in history["data"] for n in group]
    assert bodies == ["2 due today, 1 overdue — IN-2026-0003 deletion"]
    notifier.close()


TRAY_TOOLS = TOOLS and shutil.which("trayer")


@pytest.mark.skipif(not TRAY_TOOLS and os.environ.get("CI") != "true",
                    reason="needs Xvfb, dbus, dunst and the trayer tray host (apt: trayer); "
                           "runs in CI")
def test_the_tray_icon_counts_keeps_running_when_closed_and_quits(
        notification_daemon, tmp_path):
    assert TRAY_TOOLS, "trayer must be installed in CI"
    env = {**notification_daemon, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    host = subprocess.Popen(["trayer", "--edge", "bottom", "--align", "right",
                             "--widthtype", "request", "--height", "24"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.5)
        root = Path(__file__).resolve().parents[2]
        done = subprocess.run([sys.executable, "-m", "tests.ui.tray_process", str(tmp_path)],
                              cwd=root, env=env, capture_output=True, text=True, timeout=90)
    finally:
        host.kill()
        host.wait()
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["available"] and out["shown"]
    assert out["views"] == [2, 1]
    assert out["tooltip"] == "Otinish: 2 due today, 1 overdue"
    assert out["menu"] == ["Open Otinish", "New &phone request…", "&Import email…",
                           "Export deadlines to &calendar…", "Quit"]
    assert out["hidden"] and out["still_open"] == 5  # closed to the tray, register open
    assert out["exit"] == 0 and out["closed_for_good"]
