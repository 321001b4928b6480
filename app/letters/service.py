"""Making a letter for a request: context, rendering, the file on disk, the copy in the register.

A letter file is never overwritten: each letter gets a new outgoing number and its
own file, created exclusively. If anything fails, no partial file is left and no
number is used.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.domain.vocab import LANGUAGES, require_one_of
from app.store import Register

from .context import build_context
from .errors import LetterError
from .kinds import KINDS
from .render import find_template, render_template


@dataclass(frozen=True)
class Letter:
    """A letter just made."""

    path: Path
    number: str
    kind: str
    lang: str
    sha256: str


def default_letters_dir() -> Path:
    """Where letters go unless told otherwise: Documents/Otinish/letters."""
    return Path(platformdirs.user_documents_dir()) / "Otinish" / "letters"


def _write_new_file(path: Path, content: bytes) -> None:
    """Create *path* with *content*; never overwrite; remove a partial file on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as f:
            try:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
            except BaseException:
                f.close()
                with contextlib.suppress(OSError):
                    path.unlink()
                raise
    except FileExistsError:
        raise LetterError(f"The file '{path}' already exists; letters are never "
                          "overwritten.") from None
    except PermissionError:
        raise LetterError(f"Cannot write to the folder '{path.parent}': permission denied; "
                          "choose another folder.") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise LetterError(f"The disk is full; the letter was not saved in "
                              f"'{path.parent}'. Free some space and try again.") from None
        if exc.errno == errno.EROFS:
            raise LetterError(f"The folder '{path.parent}' is read-only; choose another "
                              "folder.") from None
        raise LetterError(f"Cannot write the letter to '{path}': {exc.strerror}.") from None


def render_letter(
    register: Register,
    request_id: int,
    kind: str,
    *,
    lang: str | None = None,
    note: str | None = None,
    grounds: list[str] | None = None,
    templates_dir: Path | None = None,
    number: str | None = None,
) -> bytes:
    """The .docx bytes of a letter as it would be made now, without saving or numbering it.

    With no *number*, a placeholder stands for the outgoing number (for a preview).
    """
    if kind not in KINDS:
        raise LetterError(f"Unknown letter kind '{kind}'; allowed: {', '.join(KINDS)}.")
    request = register.get_request(request_id)
    lang = lang or request["lang"]
    require_one_of(lang, LANGUAGES, "language")
    context = build_context(kind=kind, lang=lang, request=request,
                            operator=register.get_operator(), profile=register.get_profile(),
                            number=number or f"OUT-{register.today().year}-····",
                            today=register.today(), note=note, grounds=grounds)
    return render_template(find_template(kind, lang, templates_dir), kind, context)


def make_letter(
    register: Register,
    request_id: int,
    kind: str,
    *,
    lang: str | None = None,
    out_dir: Path | None = None,
    note: str | None = None,
    grounds: list[str] | None = None,
    templates_dir: Path | None = None,
) -> Letter:
    """Render a letter of *kind* for the request, save it, keep its copy; return it."""
    request = register.get_request(request_id)
    lang = lang or request["lang"]
    # Fail on missing data or a broken template before a number is taken.
    render_letter(register, request_id, kind, lang=lang, note=note, grounds=grounds,
                  templates_dir=templates_dir)
    base = out_dir if out_dir is not None else default_letters_dir()
    folder = Path(base) / request["received"][:4] / request["number"]
    written: list[Path] = []

    def make_file(number: str) -> tuple[str, bytes]:
        content = render_letter(register, request_id, kind, lang=lang, note=note,
                                grounds=grounds, templates_dir=templates_dir, number=number)
        path = folder / f"{number}_{kind}_{lang}.docx"
        _write_new_file(path, content)
        written.append(path)
        return path.name, content

    try:
        issued = register.record_letter(request_id, kind=kind, lang=lang, make_file=make_file)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return Letter(written[0], issued["number"], kind, lang, issued["sha256"])
