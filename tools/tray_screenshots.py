"""Screenshots of the tray menu and a reminder notification, for the README.

Developer tooling, not shipped with the app. `python tools/tray_screenshots.py OUTDIR
[--lang LANG]` makes a register with something due today and something overdue, then
starts, on an Xvfb screen with its own session bus, the dunst notification daemon and
the trayer tray host (apt: xvfb dbus dunst trayer), and Otinish as it starts at login
(`--minimized`): in the tray, with the reminder at start. It opens the tray icon's menu
and saves `tray-LANG.png` (the menu over the tray) and `notification-LANG.png`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: the repository is the import root
    sys.path.insert(0, str(ROOT))

SIZE = (1024, 640)
PASSPHRASE = "x'" + "7a" * 32 + "'"
DUNSTRC = """[global]
    font = DejaVu Sans 10
    origin = top-right
    offset = 12x12
    width = 380
    frame_width = 1
    frame_color = "#8a8a8a"
    corner_radius = 6
    format = "<b>%s</b>\\n%b"
    show_indicators = no
[urgency_normal]
    background = "#ffffff"
    foreground = "#1f2328"
    timeout = 0
"""


def _cli(db: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), *args], cwd=ROOT,
                   env=env, check=True, capture_output=True)


def make_register(folder: Path, env: dict[str, str]) -> Path:
    """A demo register, plus a deletion due today and a blocking overdue (real clock)."""
    from app.domain.calendar import WorkingCalendar
    from app.domain.reminders import previous_working_day
    from app.store.connection import _now_almaty

    db = folder / "register.otinish"
    _cli(db, env, "demo", "--size", "40", "--seed", "4")
    today = _now_almaty().date()
    calendar = WorkingCalendar()
    received = previous_working_day(today, calendar) if calendar.is_working_day(today) \
        else today
    _cli(db, env, "add", "--channel", "email", "--type", "deletion", "--name",
         "Нурланова Г.", "--email", "g.nurlanova@example.kz", "--received",
         f"{received.isoformat()}T10:15", "--text", "Прошу удалить мой аккаунт.")
    _cli(db, env, "add", "--channel", "phone", "--type", "blocking", "--name", "Ким В.",
         "--phone", "+77015550011", "--received",
         f"{(today - timedelta(days=9)).isoformat()}T16:40")
    return db


def play(window, out_dir: Path, lang: str) -> None:  # noqa: ANN001 - the main window
    """In the app: wait for the notification, open the tray menu, grab the screen."""
    from PySide6.QtCore import QPoint, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    reminders = window.reminders
    window.checks.stop()

    def open_menu() -> None:
        geometry = reminders.tray.geometry()
        menu = reminders.menu
        size = menu.sizeHint()
        menu.popup(QPoint(max(0, geometry.right() - size.width()),
                          geometry.top() - size.height() - 4))
        QTimer.singleShot(900, grab)

    def grab() -> None:
        screen = QApplication.primaryScreen()
        whole = screen.grabWindow(0)
        menu = reminders.menu.geometry()
        tray = reminders.tray.geometry()
        area = menu.united(tray).adjusted(-160, -40, 40, 40).intersected(whole.rect())
        whole.copy(area).save(str(out_dir / f"tray-{lang}.png"))
        whole.copy(QRect(SIZE[0] - 420, 0, 420, 96)).save(
            str(out_dir / f"notification-{lang}.png"))
        reminders.menu.hide()
        reminders.quit()

    QTimer.singleShot(2500, open_menu)


def play_app(argv: list[str]) -> int:
    """`--play OUTDIR LANG -- [app options]`: run the app and take the shots."""
    out_dir, lang = Path(argv[0]), argv[1]
    app_args = argv[3:] if len(argv) > 2 and argv[2] == "--" else argv[2:]
    from app.__main__ import main as app_main

    return app_main(app_args, on_window=lambda w: play(w, out_dir, lang))


def main(argv: list[str] | None = None) -> int:
    """Make the shots in OUTDIR (see the module's docstring)."""
    args = argv if argv is not None else sys.argv[1:]
    if args and args[0] == "--play":
        return play_app(args[1:])
    if not args:
        print(__doc__)
        return 2
    out_dir = Path(args[0]).resolve()
    langs = [args[args.index("--lang") + 1]] if "--lang" in args else ["en"]
    missing = [t for t in ("Xvfb", "dbus-daemon", "dunst", "trayer") if not shutil.which(t)]
    if missing:
        print(f"missing: {', '.join(missing)} (apt: xvfb dbus dunst trayer)", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="otinish-tray-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        (home / ".config" / "dunst").mkdir(parents=True)
        (home / ".config" / "dunst" / "dunstrc").write_text(DUNSTRC)
        display = f":{120 + os.getpid() % 60}"
        env = {**os.environ, "HOME": str(home), "OTINISH_PASSPHRASE": PASSPHRASE,
               "DISPLAY": display, "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".local" / "share")}
        db = make_register(folder, env)
        procs = [subprocess.Popen(["Xvfb", display, "-screen", "0",
                                   f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        try:
            time.sleep(1)
            bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork",
                                    "--print-address=1"], stdout=subprocess.PIPE, text=True,
                                   env=env)
            procs.append(bus)
            env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
            procs.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
            procs.append(subprocess.Popen(
                ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request",
                 "--height", "28", "--iconspacing", "6", "--transparent", "false",
                 "--tint", "0xdddddd", "--SetDockType", "true"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(1.5)
            for lang in langs:
                subprocess.run([sys.executable, str(Path(__file__).resolve()), "--play",
                                str(out_dir), lang, "--", "--db", str(db), "--minimized",
                                "--lang", lang],
                               cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "xcb"}, check=True,
                               timeout=120)
                print(f"saved {out_dir}/tray-{lang}.png, notification-{lang}.png")
        finally:
            for proc in reversed(procs):
                proc.kill()
                proc.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
