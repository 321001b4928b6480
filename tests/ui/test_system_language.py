"""Story: the first run speaks the system's display language, not its regional format;
"Show in folder" on Windows keeps a path with a comma whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import PureWindowsPath

from app.ui.desktop import explorer_select

PROBE = "from app.ui.i18n import system_language; print(system_language())"


def _language(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "LC_NUMERIC")}
    done = subprocess.run([sys.executable, "-c", PROBE], env={**clean, **env},
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_the_display_language_wins_over_the_regional_format():
    # English formats (dates, numbers), Russian display language.
    assert _language(LANG="en_US.UTF-8", LANGUAGE="ru") == "ru"
    assert _language(LANG="ru_KZ.UTF-8", LANGUAGE="kk:ru") == "kk"
    # A display language the app lacks: the next one the user listed.
    assert _language(LANG="de_DE.UTF-8", LANGUAGE="de:ru") == "ru"


def test_explorer_gets_a_path_with_a_comma_as_one_argument():
    path = PureWindowsPath(r"C:\Users\Әсел\Documents\Иванов, письмо.docx")
    assert explorer_select(path) == (
        'explorer /select,"C:\\Users\\Әсел\\Documents\\Иванов, письмо.docx"')
