"""A self-test of an installed Otinish: `otinish --self-test` or `python -m app.selftest`.

It proves that everything the app needs at run time is there, which matters most in
a frozen (PyInstaller) bundle, where a missing data file or module shows only when it
is used: it creates an encrypted register in a temporary folder (a random passphrase,
never the keychain), sets an operator, logs a request (deadlines on the Kazakh
calendar), renders one letter in each language and reads each back, exports the
register to XLSX, and imports the lazily loaded libraries (.msg parsing, HTML mail).

It prints ONE JSON object on stdout: `"ok": true` and exit code 0 when every check
passed, else `"ok": false`, an `"error"` naming the first failed check, and exit
code 1. It also reports the keychain backend found and the versions of Qt,
SQLCipher, SQLite, Python and the app. It needs no HOME, no XDG variables and no
keychain daemon; it writes only inside its temporary folder, removed at the end.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

# A valid IIN (check digit correct), the example of the README.
OPERATOR_ID = "860315300146"


def _docx_text(path: Path) -> str:
    """All the text of a .docx: paragraphs and table cells."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _keyring_info() -> dict[str, Any]:
    """Which keychain backend keyring picks, and which backends its entry points offer.

    A frozen app loses keyring's entry points unless the bundle keeps keyring's
    metadata: then `registered` is empty and only the 'fail' backend is ever found.
    Nothing is read from or written to the keychain.
    """
    info: dict[str, Any] = {"backend": None, "available": False, "registered": []}
    try:
        from importlib.metadata import entry_points

        info["registered"] = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    except Exception as exc:  # a broken metadata folder must not hide the rest
        info["registered_error"] = f"{type(exc).__name__}: {exc}"
    try:
        from app.store.secrets import keyring_available, keyring_backend_name

        info["backend"] = keyring_backend_name()
        info["available"] = keyring_available()
    except Exception as exc:  # no backend at all, or a backend that fails to start
        info["error"] = f"{type(exc).__name__}: {exc}"
    return info


def _qt_version() -> str:
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return f"{QtCore.qVersion()} (PySide6 {pyside_version})"


def run() -> dict[str, Any]:
    """Run every check; return the report (never raises)."""
    started = time.perf_counter()
    report: dict[str, Any] = {
        "ok": False,
        "app": None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "checks": {},
    }
    errors: list[str] = []
    checks: dict[str, Any] = report["checks"]

    def check(name: str, fn: Callable[[], Any]) -> Any:
        try:
            result = fn()
        except Exception as exc:
            checks[name] = "failed"
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            report.setdefault("traceback", traceback.format_exc(limit=8))
            return None
        checks[name] = "ok"
        return result

    import app

    report["app"] = app.__version__
    report["qt"] = check("qt", _qt_version)
    report["keyring"] = _keyring_info()

    def keyring_backends() -> None:
        # An empty list means keyring's entry points were lost (a frozen app without
        # keyring's metadata): the app could then never use the OS keychain.
        if not report["keyring"]["registered"]:
            raise RuntimeError("keyring has no backends registered (its entry points are "
                               "missing); only the passphrase would work")

    check("keyring_backends", keyring_backends)

    def keyring_backend() -> None:
        # Windows and macOS always have a keychain: without its backend every register
        # would need a passphrase. A Linux desktop may lack one (a headless server).
        required = sys.platform in ("win32", "darwin") or os.environ.get(
            "OTINISH_SELFTEST_REQUIRE_KEYRING") == "1"
        if required and not report["keyring"].get("available"):
            raise RuntimeError(f"no usable keychain backend "
                               f"({report['keyring'].get('backend', 'none')})")

    check("keyring_backend", keyring_backend)
    check("platform_plugin", _platform_plugin)
    check("qt_modules", _qt_modules)
    report["folders"] = check("user_folders", _user_folders)

    tmp = Path(tempfile.mkdtemp(prefix="otinish-selftest-"))
    register = None
    try:
        from app.store import Register

        db_path = tmp / "selftest.otinish"
        passphrase = secrets.token_urlsafe(24)

        def create() -> Any:
            return Register.create(db_path, passphrase)

        register = check("register_create", create)
        if register is None:
            raise _Stop

        def versions() -> None:
            row = register.conn.execute("PRAGMA cipher_version").fetchone()
            if not row or not row[0]:
                raise RuntimeError("PRAGMA cipher_version returned nothing: not SQLCipher")
            report["sqlcipher"] = row[0]
            report["sqlite"] = register.conn.execute("select sqlite_version()").fetchone()[0]

        check("sqlcipher", versions)

        def encrypted() -> None:
            if db_path.read_bytes()[:16] == b"SQLite format 3\x00":
                raise RuntimeError("the register file is not encrypted")

        check("encrypted_at_rest", encrypted)

        def operator() -> None:
            from app.domain.identifiers import check_id

            result = check_id(OPERATOR_ID)
            if not result.valid:
                raise RuntimeError(f"check_id refused the test IIN: {result.reason}")
            register.set_setting("operator", {
                "name": "ИП Self-test", "id": OPERATOR_ID, "id_kind": result.kind,
                "address": "Астана, ул. Мира 1", "email": "info@example.kz",
                "phone": "+77015551234", "signatory": None,
            })

        check("operator", operator)

        def templates() -> int:
            from app.languages import LETTER_LANGUAGES
            from app.letters.kinds import KINDS
            from app.letters.render import DEFAULT_TEMPLATES_DIR, template_name

            missing = [template_name(k, lang) for k in KINDS for lang in LETTER_LANGUAGES
                       if not (DEFAULT_TEMPLATES_DIR / template_name(k, lang)).is_file()]
            if missing:
                raise RuntimeError(f"templates missing in {DEFAULT_TEMPLATES_DIR}: "
                                   f"{', '.join(missing[:5])}")
            # The window's translations and icons sit beside the templates (reported only).
            resources = DEFAULT_TEMPLATES_DIR.parent / "resources"
            report["resources"] = {
                "translations": sorted(p.name for p in resources.glob("translations/*.qm")),
                "icons": len(list(resources.glob("icons/**/*.png"))),
            }
            return len(KINDS) * len(LETTER_LANGUAGES)

        report["templates"] = check("templates", templates)

        def phone() -> str:
            from app.intake.phone import normalize_phone

            value = normalize_phone("8 (701) 555-12-34")
            if value != "+77015551234":
                raise RuntimeError(f"phone metadata: got {value!r}")
            return value

        check("phone_metadata", phone)

        def calendar() -> None:
            from app.domain.calendar import WorkingCalendar

            cal = WorkingCalendar()
            # 16 December, Independence Day, is a public holiday every year.
            if cal.is_working_day(date(2026, 12, 16)):
                raise RuntimeError("holidays.KZ does not know 16 December 2026")

        check("holidays_kz", calendar)

        def add_request() -> int:
            from app.domain.clock import ALMATY

            received = datetime(2026, 11, 20, 11, 30, tzinfo=ALMATY)
            return register.add_request(
                channel="email", types=["access"], name="Ахметова Айгерим",
                email="aigerim@example.kz", phone="+77015551234", lang="ru",
                received=received, text="Прошу сообщить, какие мои данные вы храните.")

        request_id = check("request", add_request)
        letters: dict[str, Any] = {}
        report["letters"] = letters
        if request_id is not None:
            from app.languages import LETTER_LANGUAGES
            from app.letters.typeset import shown_number
            from app.services.letters import make_letter

            no_user_templates = tmp / "no-user-templates"
            no_user_templates.mkdir()
            for lang in LETTER_LANGUAGES:
                def letter(lang: str = lang) -> dict[str, Any]:
                    made = make_letter(register, request_id, "acknowledgement", lang=lang,
                                       out_dir=tmp / "letters", templates_dir=no_user_templates)
                    text = _docx_text(made.path)
                    # The letter prints the number without the register's OUT- prefix.
                    if shown_number(made.number) not in text:
                        raise RuntimeError(f"{made.path.name}: the outgoing number is not in "
                                           "the letter")
                    return {"number": made.number, "file": made.path.name,
                            "bytes": made.path.stat().st_size, "chars": len(text)}

                made = check(f"letter_{lang}", letter)
                if made is not None:
                    letters[lang] = made

        def export() -> None:
            from app.letters.exports import export_register

            out = tmp / "register.xlsx"
            result = export_register(register, "xlsx", out, lang="kk")
            if result["requests"] != 1 or out.stat().st_size == 0:
                raise RuntimeError(f"export wrote {result}")

        check("export_xlsx", export)

        def lazy_imports() -> None:
            import extract_msg  # noqa: F401
            import imapclient  # noqa: F401  (issue 14: the mailbox)
            import lxml.etree  # noqa: F401

        check("lazy_imports", lazy_imports)

        def audit() -> None:
            result = register.check()
            if result["integrity"] != "ok" or result["problems"]:
                raise RuntimeError(f"register check: {result['integrity']}; {result['audit']}")

        check("register_check", audit)
    except _Stop:
        pass
    except Exception as exc:  # pragma: no cover - a bug in the self-test itself
        errors.append(f"selftest: {type(exc).__name__}: {exc}")
    finally:
        if register is not None:
            from app.store import witness

            rid = None
            try:
                rid = witness.register_id(register.db)
                register.close()
            except Exception as exc:  # pragma: no cover
                errors.append(f"close: {type(exc).__name__}: {exc}")
            witness.forget(rid, db_path)  # the self-test's register leaves no trace
        shutil.rmtree(tmp, ignore_errors=True)

    report["ok"] = not errors
    if errors:
        report["error"] = errors[0]
        if len(errors) > 1:
            report["errors"] = errors
    else:
        report.pop("traceback", None)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


NATIVE_PLUGINS = {"win32": "qwindows", "darwin": "qcocoa", "linux": "qxcb"}


def _platform_plugin() -> str:
    """The desktop's own Qt platform plugin is in the bundle (the window needs it)."""
    from PySide6.QtCore import QLibraryInfo

    name = NATIVE_PLUGINS.get(sys.platform, "qxcb")
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in folder.glob(f"*{name}*"))
    if not found:
        raise RuntimeError(f"the {name} platform plugin is missing in {folder}")
    return found[0]


def _qt_modules() -> None:
    """QtCharts (the dashboard) loads, and QtSvg (every icon) draws. No application object
    is made: the self-test also runs inside a process that makes its own."""
    import PySide6.QtCharts  # noqa: F401 - loading its library is the check
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(b'<svg xmlns="http://www.w3.org/2000/svg" width="8" '
                                       b'height="8"><rect width="8" height="8" '
                                       b'fill="#000"/></svg>'))
    if not renderer.isValid():
        raise RuntimeError("QtSvg cannot read an SVG icon")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image.pixelColor(4, 4).alpha() == 0:
        raise RuntimeError("QtSvg drew nothing")


def _user_folders() -> dict[str, str]:
    """The user folders the app uses can be named and made (checked, nothing written)."""
    import platformdirs

    from app.store.paths import user_data_dir

    folders = {"data": str(user_data_dir()),
               "documents": platformdirs.user_documents_dir(),
               "config": platformdirs.user_config_dir("Otinish", appauthor=False)}
    for name, value in folders.items():
        if not value:
            raise RuntimeError(f"the user {name} folder is unknown")
        existing = Path(value)
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not os.access(existing, os.W_OK):
            raise RuntimeError(f"the user {name} folder cannot be written: {existing}")
    return folders


class _Stop(Exception):
    """Nothing more can be checked (the register could not be created)."""


def main() -> int:
    """Run the self-test, print one JSON object, return 0 when it passed, else 1."""
    # No Qt window is opened, but keep any Qt import away from a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = run()
    text = json.dumps(report, ensure_ascii=True, default=str)
    stream = sys.stdout
    if stream is None:  # a windowed app on Windows has no stdout
        stream = open(os.devnull, "w")  # noqa: SIM115
    stream.write(text + "\n")
    stream.flush()
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
