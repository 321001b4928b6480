"""Run by test_frame_first.py in its own process: start Otinish as `python -m app --db
PATH` does, and print one JSON line telling what was on the screen when the first window
was exposed, and what came after."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer


def main() -> int:
    from app.ui.opening import OtinishApplication

    app = OtinishApplication(["otinish"])
    seen: dict = {}

    class First(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if "first" not in seen and event.type() == QEvent.Type.Expose and \
                    getattr(obj, "isWindowType", lambda: False)() and obj.isVisible():
                seen["first"] = {
                    "title": obj.title(),
                    "loaded": sorted(m for m in ("app.store.register", "app.ui.main_window",
                                                 "holidays", "sqlite_utils", "app.ui.i18n")
                                     if m in sys.modules)}
            return False

    watcher = First()
    app.installEventFilter(watcher)
    from app.__main__ import main as app_main

    def ready(window) -> None:
        def up() -> None:
            seen["window"] = {"title": window.windowTitle(), "visible": window.isVisible(),
                              "geometry": list(window.geometry().getRect()),
                              "windows": sorted(w.windowTitle() for w in app.topLevelWidgets()
                                                if w.isVisible())}
            window.close()
            app.quit()
        QTimer.singleShot(0, up)

    if "--close-frame" in sys.argv:  # the user closes the frame as soon as it shows
        from app.ui import frame

        shown = frame.StartFrame.show_now

        def show_then_close(self, *args):
            shown(self, *args)
            self.close()
        frame.StartFrame.show_now = show_then_close
    code = app_main(["--db", sys.argv[1], "--lang", "en"], on_window=ready)
    seen["code"] = code
    print(json.dumps(seen, ensure_ascii=False))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
