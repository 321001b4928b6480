"""A PDF of a letter, when LibreOffice is installed to convert it (headless).

The PDF is written beside the letter's .docx in the letters folder (a file the operator
asked for, owner-only); LibreOffice runs with a throwaway profile and a time limit. No
converter: None, and the reply offers the .docx alone.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Seconds LibreOffice may take for one letter.
TIMEOUT = 120


def converter() -> str | None:
    """The name of the converter found on this computer ("LibreOffice"), or None."""
    return "LibreOffice" if _soffice() else None


def _soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for candidate in (r"C:\Program Files\LibreOffice\program\soffice.exe",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if Path(candidate).exists():
            return candidate
    return None


def to_pdf(docx: Path) -> Path | None:
    """Convert *docx* to a PDF beside it (0600); None when no converter could do it."""
    soffice = _soffice()
    if soffice is None:
        return None
    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="otinish-lo-") as profile:
        try:
            subprocess.run(
                [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                 "--norestore", "--convert-to", "pdf", "--outdir", str(docx.parent),
                 str(docx)], capture_output=True, timeout=TIMEOUT, check=False,
                stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            return None
    if not target.exists() or target.stat().st_size == 0:
        return None
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return target
