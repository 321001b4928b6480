"""Screenshots for the README: the app on a demo register under a virtual X screen (Xvfb).

Developer tooling, not shipped with the app (`make screenshots`).
`python tools/screenshots.py OUTDIR [--lang LANG] [SCENE...]` builds the story demo register
(`demo_story.py`) in a temporary folder (and the first-run demo register, for the
"demo" scene), then starts the app once per scene and language on an Xvfb screen of
1440x900, as `python tools/screenshots.py --play SCENE OUT -- [app options]`: that
runs the app's own `main` and hands it `play`, which opens the scene (a request, the
letter dialog, the edit dialog, a corrected request's history, the dashboard, ...), waits
for it to settle, saves the screen as a PNG and quits. `--lang` takes one language
instead of all three; `--guide` takes the guide's pictures (`GUIDE_SCENES`, or the scenes
named) into resources/guide/<lang>/images.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: the repository is the import root
    sys.path.insert(0, str(ROOT))

SCENES = ("main", "request", "intake", "letter", "edit", "history", "dashboard", "welcome",
          "demo", "deadlines", "operator", "profile", "letters", "letter_warning", "withdrawal",
          "action", "incidents", "empty", "paste", "import", "mail_settings",
          "incoming_mail", "reply_mail")
#: The pictures of the in-app guide (`--guide`): resources/guide/<lang>/images/<scene>.png.
GUIDE_SCENES = ("empty", "paste", "import", "main", "letter", "request")
GUIDE = ROOT / "resources" / "guide"
#: An email as each language's user would paste it from webmail (the paste scenes).
PASTED = {
    "ru": "-------- Пересылаемое сообщение --------\nОт кого: Айгерим <aigerim.a@mail.ru>\n"
          "Кому: info@qazaqcloud.kz\nДата: Понедельник, 30 ноября 2026, 09:12 +05:00\n"
          "Тема: Удаление данных\n\nЗдравствуйте! Меня зовут Айгерим Ахметова. Прошу удалить "
          "мой аккаунт и все мои персональные данные.\nМой телефон +7 705 123 45 67.\n",
    "kk": "Кімнен: Ерлан <erlan.s@mail.kz>\nКүні: 2026 ж. 30 қараша, 09:12\n"
          "Тақырыбы: Деректерді жою\n\nСәлеметсіз бе! Мен Ерлан Сейтқалимын. Менің дербес "
          "деректерімді жоюыңызды сұраймын.\nТел.: 8 701 555 43 21\n",
    "en": "---------- Forwarded message ---------\nFrom: Dana <dana.k@gmail.com>\n"
          "Date: Mon, Nov 30, 2026 at 9:12 AM\nSubject: Delete my data\n"
          "To: info@qazaqcloud.kz\n\nHello, my name is Dana Kim. Please delete my account "
          "and all my personal data.\nMy phone: +7 705 123 45 67\n",
}
LANGS = ("en", "ru", "kk")
#: The screen, unless `--size` (passed on to each scene as OTINISH_SHOT_SIZE) says otherwise.
SIZE = tuple(int(n) for n in os.environ.get("OTINISH_SHOT_SIZE", "1440x900").split("x"))
SETTLE_MS = 1200
#: Xvfb has no window manager, so the shot draws a plain title bar above each window.
TITLE_BAR = 30


# ---------------------------------------------------------------------------- in the app
def _select_first(window: Any, view: str, predicate: Any = None) -> None:
    window.set_view(view)
    model = window.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    for row in range(model.rowCount()):
        r = model.row_at(row)
        if r is not None and (predicate is None or predicate(window.register.get_request(r.id))):
            window.select_request(r.id)
            return
    if model.rowCount():
        window.select_request(model.row_at(0).id)


def play(window: Any, scene: str, out: Path) -> None:
    """Open *scene* in *window*, then save the screen to *out* and quit the app."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.checks.stop()  # a scene is a still: no day's check or backup meanwhile
    window.move(0, TITLE_BAR)
    window.resize(SIZE[0], SIZE[1] - TITLE_BAR)
    extra: list[Any] = []
    bare = False  # the first-run wizard comes before any window

    def busy(request: dict[str, Any]) -> bool:
        return bool(request["identity_checks"]) and bool(request["actions"]) and bool(
            request["letters"])

    if scene == "main":
        _select_first(window, "open", lambda r: bool(r["letters"]) and r["status"] != "closed")
    elif scene == "request":
        _select_first(window, "open", lambda r: busy(r) and r["status"] != "closed")
        window.panel.tabs.setCurrentIndex(3)
    elif scene == "intake":
        from app.ui.intake_dialogs import NewRequestDialog

        _select_first(window, "due_soon")
        dialog = NewRequestDialog(window.register, "phone", window)
        dialog.name.setText("Әлия Мұратқызы")
        dialog.phone.setText("8 701 555 43 21")
        dialog.text.setPlainText("Звонит клиентка: просит удалить её аккаунт и прислать, какие "
                                 "данные о ней хранятся.")
        dialog._detect()  # noqa: SLF001 - what the typing timer would do
        dialog._check_duplicates()  # noqa: SLF001
        extra.append(dialog)
    elif scene == "letter":
        from app.domain.workflow import reply_for_type, reply_kind
        from app.letters.kinds import letter_effects
        from app.services.letters import default_letter_kind
        from app.ui.letter_dialog import LetterDialog

        replies = reply_for_type(letter_effects())
        _select_first(window, "open",
                      lambda r: bool(r["actions"]) and reply_kind(r, replies) is not None)
        request = window.register.get_request(window.current_id)
        dialog = LetterDialog(window.register, request, default_letter_kind(request), window)
        dialog.update_preview()
        extra.append(dialog)
    elif scene in ("edit", "history"):
        # The story's corrected request: details edited, an action voided.
        _select_first(window, "open", lambda r: any(a["voided"] for a in r["actions"]))
        if scene == "history":
            window.panel.tabs.setCurrentIndex(3)
            bar = window.panel.timeline.verticalScrollBar()
            QTimer.singleShot(SETTLE_MS // 2, lambda: bar.setValue(bar.maximum()))
        else:
            from app.ui.edit_dialog import EditRequestDialog

            request = window.register.get_request(window.current_id)
            extra.append(EditRequestDialog(window.register, request, window))
    elif scene in ("deadlines", "operator", "profile", "letters"):
        from app.ui.settings_dialog import SettingsDialog

        _select_first(window, "open")
        # The Operator and Profile tabs at the Kazakh sub-tab: the language switch, and what
        # falls back.
        dialog = SettingsDialog(window.register, window, tab=scene, lang="kk")
        if scene == "letters":  # the outgoing number as typed, and who prepares letters
            dialog.letters.number_format.setText("{seq}/{year}")
            dialog.letters.executor_name.setText("Жумабаева Д.К.")
            dialog.letters.executor_phone.setText("+7 7172 79 00 12")
        extra.append(dialog)
    elif scene == "letter_warning":
        from app.ui.letter_dialog import LetterDialog

        _select_first(window, "open", lambda r: r["status"] != "closed")
        request = window.register.get_request(window.current_id)
        dialog = LetterDialog(window.register, request, "acknowledgement", window)
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
        dialog.update_preview()
        extra.append(dialog)
    elif scene == "withdrawal":
        from app.ui.letter_dialog import LetterDialog

        # A withdrawal of consent: the purposes it concerns, the newsletter alone ticked.
        _select_first(window, "open", lambda r: r["status"] != "closed" and any(
            i["type"] == "withdrawal" for i in r["items"]))
        request = window.register.get_request(window.current_id)
        dialog = LetterDialog(window.register, request, "withdrawal_confirmation", window)
        dialog.purposes.set_chosen(dialog.purposes.purposes()[-1:])
        dialog.update_preview()
        extra.append(dialog)
    elif scene == "action":
        from app.ui.record_dialogs import ActionDialog

        # The result of a search: what the note is for.
        _select_first(window, "open", lambda r: r["status"] != "closed" and any(
            i["type"] == "access" for i in r["items"]))
        dialog = ActionDialog(window.register, window.register.get_request(window.current_id),
                              window)
        dialog.kind.setCurrentIndex(dialog.kind.findData("data_found"))
        extra.append(dialog)
    elif scene in ("mail_settings", "incoming_mail", "reply_mail"):
        extra += _mail_scene(window, scene)
    elif scene == "dashboard":
        _select_first(window, "open")
        window.open_dashboard()
        extra.append(window.dashboard)
    elif scene == "incidents":
        _select_first(window, "open")
        _incident_story(window.register)
        window.incidents_entry.refresh()
        window.notices.show_start_notice()
        view = window.incidents_entry.open_view()
        extra.append(view)
    elif scene == "welcome":
        from app.ui.wizard import FirstRunWizard

        extra.append(FirstRunWizard(window.register.path, False, False, window))
        bare = True
    elif scene == "demo":
        _select_first(window, "open")
    elif scene in ("paste", "import"):
        from app.ui import i18n

        text = PASTED.get(i18n.current(), PASTED["en"])
        if scene == "paste":
            from app.ui.paste_dialog import PasteEmailDialog

            dialog = PasteEmailDialog(window.register, window)
            dialog.text.setPlainText(text)
            dialog.look()
        else:
            from app.services.requests import read_pasted
            from app.ui.intake_dialogs import ImportEmailDialog

            dialog = ImportEmailDialog(window.register, read_pasted(text), window)
        extra.append(dialog)
    for dialog in extra:
        if hasattr(dialog, "setModal"):  # the incidents view is a window, not a dialog
            dialog.setModal(False)
        dialog.show()
        geometry = dialog.frameGeometry()
        dialog.move((SIZE[0] - geometry.width()) // 2, (SIZE[1] - geometry.height()) // 2)

    def shoot() -> None:
        compose(window, extra, bare).save(str(out), "PNG")
        for dialog in extra:
            dialog.close()
        window.close()
        QApplication.quit()

    QTimer.singleShot(SETTLE_MS, shoot)


#: The incident scene's story in the language the scene is taken in.
INCIDENT_WORDS = {
    "en": {"what": "A link to an export of the web shop's customer list was public for two "
                   "hours.", "cause": "A storage bucket's sharing setting",
           "categories": "names, phone numbers, emails",
           "measures": "The link was revoked at 19:55; the access keys were replaced.",
           "why": "contact details of customers were exposed",
           "why_subjects": "risk of phishing calls"},
    "ru": {"what": "Ссылка на выгрузку списка клиентов интернет-магазина два часа была "
                   "общедоступной.", "cause": "Настройка общего доступа к хранилищу",
           "categories": "ФИО, номера телефонов, эл. почта",
           "measures": "Ссылка отозвана в 19:55; ключи доступа заменены.",
           "why": "раскрыты контактные данные клиентов",
           "why_subjects": "риск мошеннических звонков"},
    "kk": {"what": "Интернет-дүкен клиенттері тізімінің үзіндісіне сілтеме екі сағат бойы "
                   "жалпыға қолжетімді болды.", "cause": "Қоймаға ортақ қол жеткізу баптауы",
           "categories": "аты-жөні, телефон нөмірлері, эл. пошта",
           "measures": "Сілтеме 19:55-те жойылды; қол жеткізу кілттері ауыстырылды.",
           "why": "клиенттердің байланыс деректері ашылды",
           "why_subjects": "алаяқтық қоңыраулар қаупі"},
}


def _incident_story(register: Any) -> None:
    """A breach detected last working evening, its notice due today (a scene's data)."""
    from datetime import timedelta

    from app.services import incidents
    from app.ui import i18n

    words = INCIDENT_WORDS.get(i18n.current(), INCIDENT_WORDS["en"])
    if register.incident_counts()["total"]:  # one story, told in this scene's language
        columns = {"why": "notify_body_why", "why_subjects": "notify_subjects_why"}
        incidents.update_incident(register, 1, **{columns.get(k, k): v
                                                  for k, v in words.items()})
        return

    today = register.today()
    day = today - timedelta(days=1)
    while not register.calendar().is_working_day(day) or \
            register.calendar().add_working_days(day, 1) != today:
        day -= timedelta(days=1)
    detected = register.now().replace(year=day.year, month=day.month, day=day.day, hour=19,
                                      minute=40)
    iid = incidents.add_incident(register, detected=detected, subjects=312, notify_body="yes",
                                 notify_subjects="yes", **words)["id"]
    incidents.add_subject(register, iid, name="Иванова Мария Петровна", phone="+77015550011")


def _mail_scene(window: Any, scene: str) -> list[Any]:
    """Issue 14: Settings, Mail; Incoming mail; Reply by email (no network is touched: the
    queue is written as a fetch would write it, and nothing is sent)."""
    from datetime import datetime

    from app.domain.clock import ALMATY

    reg = window.register
    reg.set_setting("mailbox", {"host": "imap.yandex.ru", "tls": "implicit",
                                "user": "privacy@qazaqcloud.kz", "folders": ["INBOX"],
                                "filter": "Персональные данные | Дербес деректер | privacy@",
                                "interval": 15})
    reg.set_setting("smtp", {"host": "smtp.yandex.ru", "tls": "implicit",
                             "user": "privacy@qazaqcloud.kz", "from": "privacy@qazaqcloud.kz"})
    if scene == "mail_settings":
        from app.ui.settings_dialog import SettingsDialog

        _select_first(window, "open")
        return [SettingsDialog(reg, window, tab="mail")]
    if scene == "incoming_mail":
        samples = [
            ("Дана Сейітқызы <dana.s@mail.kz>", "Дербес деректер туралы сұрау",
             "Менің дербес деректерімнің қайсысы сақталатынын хабарлауыңызды сұраймын.", 9),
            ("Игорь Ким <i.kim@inbox.kz>", "Персональные данные: удалить аккаунт",
             "Прошу удалить мой аккаунт и все мои персональные данные.", 11),
            ("Sarah Miller <sarah.m@example.com>", "Personal data request",
             "Please tell me what personal data you hold about me.", 14),
        ]
        rows = []
        for n, (sender, subject, body, hour) in enumerate(samples, start=1):
            raw = (f"From: {sender}\r\nTo: privacy@qazaqcloud.kz\r\nSubject: {subject}\r\n"
                   f"Message-ID: <shot-{n}@example>\r\nContent-Type: text/plain; "
                   f"charset=utf-8\r\n\r\n{body}\r\n").encode()
            from app.intake.detect import detect_language, detect_types

            rows.append({"uid": n, "message_id": f"<shot-{n}@example>",
                         "arrived": datetime.combine(reg.today(), datetime.min.time(),
                                                     ALMATY).replace(hour=hour),
                         "sender": sender, "subject": subject, "types": detect_types(body),
                         "lang": detect_language(body), "content": raw})
        reg.queue_mail_batch("privacy@qazaqcloud.kz@imap.yandex.ru", "INBOX", 1, 3, rows)
        _select_first(window, "open")
        window.refresh()
        window.mail.show_queue()
        return [window.mail.dialog]
    from app.services.letters import make_letter
    from app.ui.mail_reply import ReplyDialog

    # A request that came by email, and its acknowledgement just prepared (in a temporary
    # folder: the demo's letters folder is not the user's Documents).
    _select_first(window, "open", lambda r: r["channel"] == "email" and r["status"] != "closed"
                  and bool(r["requester"].get("email")))
    made = make_letter(reg, window.current_id, "acknowledgement",
                       out_dir=Path(tempfile.mkdtemp(prefix="otinish-shot-letters-")))
    window.refresh(select_id=window.current_id)
    letter = next(le for le in reg.get_request(window.current_id)["letters"]
                  if le["number"] == made.number)
    return [ReplyDialog(reg, letter, window)]


def _title_bar(painter: Any, x: int, y: int, width: int, title: str, active: bool) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont

    painter.fillRect(QRect(x, y, width, TITLE_BAR), QColor("#dfe3e8" if active else "#eceff2"))
    painter.setPen(QColor("#c3c9d0"))
    painter.drawLine(x, y + TITLE_BAR - 1, x + width, y + TITLE_BAR - 1)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2f3b47"))
    painter.drawText(QRect(x, y, width, TITLE_BAR), int(Qt.AlignmentFlag.AlignCenter), title)
    # The three window buttons, drawn as plain circles on the right.
    painter.setPen(Qt.PenStyle.NoPen)
    for i, colour in enumerate(("#b9c0c8", "#b9c0c8", "#d9534f")):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(x + width - 70 + i * 22, y + TITLE_BAR // 2 - 6, 12, 12)


def compose(window: Any, dialogs: list[Any], bare: bool = False) -> Any:
    """The screen as a window manager would show it: title bars, dialogs with a shadow.

    *bare*: the dialogs alone on an empty desktop (the first-run wizard).
    """
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QColor, QPainter, QPixmap

    canvas = QPixmap(*SIZE)
    canvas.fill(QColor("#5d6d7e" if bare else "#ffffff"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not bare:
        _title_bar(painter, 0, 0, SIZE[0], window.windowTitle(), not dialogs)
        painter.drawPixmap(QPoint(0, TITLE_BAR), window.grab())
    if dialogs and not bare:
        painter.fillRect(QRect(0, 0, *SIZE), QColor(20, 30, 40, 70))
    for dialog in dialogs:
        pixmap = dialog.grab()
        w, h = pixmap.width(), pixmap.height() + TITLE_BAR
        x, y = (SIZE[0] - w) // 2, max(8, (SIZE[1] - h) // 2)
        painter.setPen(QColor(0, 0, 0, 0))
        for grow in range(14, 0, -2):  # a soft shadow
            painter.setBrush(QColor(0, 0, 0, 10))
            painter.drawRoundedRect(QRect(x - grow, y - grow + 4, w + 2 * grow, h + 2 * grow),
                                    grow, grow)
        _title_bar(painter, x, y, w, dialog.windowTitle(), True)
        painter.drawPixmap(QPoint(x, y + TITLE_BAR), pixmap)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QColor("#8d96a0"))
        painter.drawRect(QRect(x, y, w - 1, h - 1))
    painter.end()
    return canvas


# ---------------------------------------------------------------------------- the runner
def _free_display() -> str:
    for n in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    raise RuntimeError("No free X display number between 140 and 199.")


def play_app(argv: list[str]) -> int:
    """`--play SCENE OUT -- [app options]`: run the app and take one scene."""
    scene, out = argv[0], Path(argv[1])
    app_args = argv[3:] if len(argv) > 2 and argv[2] == "--" else argv[2:]
    from app.__main__ import main as run_app

    if os.environ.get("OTINISH_SHOT_SCHEME") == "dark":  # the desktop's dark mode
        from app.ui.colours import sample_dark_palette
        from app.ui.opening import OtinishApplication

        app = OtinishApplication(["otinish"])
        app.setStyle("Fusion")
        app.setPalette(sample_dark_palette())
    return run_app(app_args, on_window=lambda window: play(window, scene, out))


def main(argv: list[str] | None = None) -> int:
    """Build the demo register and take every scene in every language into OUTDIR."""
    args = argv if argv is not None else sys.argv[1:]
    if args and args[0] == "--play":
        return play_app(args[1:])
    if not args:
        sys.stderr.write("usage: python tools/screenshots.py OUTDIR [--lang LANG] [--size WxH] "
                         "[--dark] [SCENE...]\n")
        return 2
    out_dir, rest = Path(args[0]), list(args[1:])
    langs = LANGS
    size = "x".join(str(n) for n in SIZE)
    if "--size" in rest:
        at = rest.index("--size")
        size = rest[at + 1]
        del rest[at:at + 2]
    guide = "--guide" in rest
    if guide:  # the guide's pictures, into resources/guide/<lang>/images, at 1280x800
        rest.remove("--guide")
        rest = rest or list(GUIDE_SCENES)
        if "--size" not in args:
            size = "1280x800"
    if "--lang" in rest:
        at = rest.index("--lang")
        langs = (rest[at + 1],)
        del rest[at:at + 2]
    scheme = "light"
    if "--dark" in rest:
        rest.remove("--dark")
        scheme = "dark"
    scenes = rest or list(SCENES)
    if not shutil.which("Xvfb"):
        sys.stderr.write("Xvfb is missing: apt-get install xvfb (see PITFALLS.md for the "
                         "xcb libraries Qt needs).\n")
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    from demo_story import build_demo

    with tempfile.TemporaryDirectory(prefix="otinish-shots-") as tmp:
        register = Path(tmp) / "Qazaq Cloud.otinish"
        build_demo(register, "demo")
        data_home = Path(tmp) / "data"
        first_run_demo = None
        if "demo" in scenes:
            first_run_demo = _build_first_run_demo(data_home)
        empty = _build_empty(Path(tmp) / "Empty.otinish") if "empty" in scenes else None
        display = _free_display()
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24",
                                 "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
                       OTINISH_PASSPHRASE="demo", OTINISH_SHOT_SIZE=size,
                       OTINISH_SHOT_SCHEME=scheme,
                       XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                       XDG_DATA_HOME=str(data_home),
                       PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
            env.pop("QT_SCALE_FACTOR", None)
            for scene in scenes:
                for lang in langs:
                    target = (GUIDE / lang / "images" / f"{scene}.png" if guide
                              else out_dir / f"{scene}-{lang}.png")
                    db = {"demo": first_run_demo, "empty": empty}.get(scene) or register
                    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--play",
                                    scene, str(target), "--", "--db", str(db), "--lang", lang],
                                   env=env, timeout=90, check=True)
                    if guide:  # shown 640 wide in the guide: 960 keeps it sharp, and small
                        _shrink(target, 960)
                    print(f"saved {target}")
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


def _shrink(path: Path, width: int) -> None:
    """Scale the picture at *path* down to *width* pixels, smoothly, in 256 colours (a
    fifth of the bytes, and a window's flat colours lose nothing to see)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))


def _build_empty(path: Path) -> Path:
    """A register just set up: the operator's details, no request yet."""
    from app.services.demo import DEMO_OPERATOR
    from app.services.operator import save_settings
    from app.services.registers import create_register

    register = create_register(path, key="passphrase", passphrase="demo").register
    try:
        save_settings(register, {"operator": DEMO_OPERATOR})
    finally:
        register.close()
    return path


def _build_first_run_demo(data_home: Path) -> Path:
    """The demo register a new user opens from the wizard, where the app looks for it."""
    env_before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(data_home)
    try:
        from app.services.demo import DEMO_SIZE, fill_demo, open_demo

        register = open_demo().register
        try:
            fill_demo(register, DEMO_SIZE)
            return register.path
        finally:
            register.close()
    finally:
        if env_before is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = env_before


if __name__ == "__main__":
    raise SystemExit(main())
