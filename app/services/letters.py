"""Letters: preview one, make one (check, number, render once, write, keep), find its file.

A letter file is never overwritten: each letter gets a new outgoing number and its
own file, created exclusively. The letter is rendered once, with the number the
register will give it next; the file is written; then the register keeps the copy,
takes the number and applies what sending the letter does, in one transaction. If
anything fails, no file is left and no number is used.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs

from app.domain import notes
from app.domain.errors import Notice
from app.domain.text_clean import clean_value
from app.domain.vocab import LANGUAGES, require_one_of
from app.domain.workflow import default_letter_kind as _default_kind
from app.domain.workflow import next_steps as _next_steps
from app.domain.workflow import reply_for_type, reply_kinds
from app.letters import refusals
from app.letters.context import Source
from app.letters.errors import LetterError
from app.letters.kinds import (
    build_context,
    kind,
    late_rights,
    letter_effects,
    letter_kinds,
    live_actions,
)
from app.store import Register, StoreError


@dataclass(frozen=True)
class Letter:
    """A letter just made (prepared: it answers nothing until recorded as sent)."""

    path: Path
    number: str
    kind: str
    lang: str
    sha256: str
    #: What the operator should know: e.g. no address to send it to.
    warnings: tuple[Notice, ...] = ()


# ------------------------------------------------------------------ where letters go
def default_letters_dir() -> Path:
    """Where letters go unless the operator chose a folder: Documents/Otinish/letters, or,
    when Documents is inside OneDrive (Windows moves it there when the user agrees to
    "back up" folders), a folder on this computer: the user data folder's `letters`.
    Letters hold personal data; a cloud is not where they go unasked."""
    return letters_place(None)[0]


#: Why letters go where they go (`letters_place`): the operator's choice; Documents; a
#: folder on this computer because Documents is in OneDrive; or Documents in OneDrive
#: still, because letters were already made there (they are not split in two places).
CHOSEN, DOCUMENTS, LOCAL_NOT_CLOUD, CLOUD_ALREADY = (
    "chosen", "documents", "local_not_cloud", "cloud_already")


def letters_place(register: Register | None) -> tuple[Path, str]:
    """The letters folder and why it is that one (`CHOSEN`, `DOCUMENTS`,
    `LOCAL_NOT_CLOUD`, `CLOUD_ALREADY`), for Settings to say."""
    from app.store import places
    from app.store.paths import user_data_dir

    chosen = register.get_setting("letters_dir") if register is not None else None
    if chosen:
        return Path(chosen).expanduser(), CHOSEN
    documents = Path(platformdirs.user_documents_dir()) / "Otinish" / "letters"
    if not places.in_onedrive(documents):
        return documents, DOCUMENTS
    if documents.is_dir():
        return documents, CLOUD_ALREADY
    return user_data_dir() / "letters", LOCAL_NOT_CLOUD


def letters_dir(register: Register) -> Path:
    """The folder letters are saved in: the operator's choice, else the default."""
    return letters_place(register)[0]


def request_folder(base: Path, request: dict[str, Any]) -> Path:
    """A request's own folder under *base*: <year received>/<inbound number>."""
    return Path(base) / request["received"][:4] / request["number"]


def letter_path(register: Register, request: dict[str, Any], letter: dict[str, Any]) -> Path:
    """Where a letter of *request* was saved (in the letters folder now chosen)."""
    return request_folder(letters_dir(register), request) / letter["file_name"]


# ------------------------------------------------------------------ which letter
def _replies(request: dict[str, Any]) -> dict[str, str]:
    """The reply owed for each right: once the record says no data were found, the access
    rights are answered by the no-data letter, not the access reply (which would say we
    process the data)."""
    from app.letters.kinds import no_data_found

    replies = reply_for_type(letter_effects())
    if no_data_found(request):
        effect = kind("no_data").effect
        for right in (effect.answers or ()) if effect else ():
            replies[right] = "no_data"
    return replies


def default_letter_kind(request: dict[str, Any]) -> str:
    """The letter to offer first for *request*: the reply still owed, else an acknowledgement."""
    return _default_kind(request, _replies(request))


def next_steps(request: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Up to three likely next steps for *request* (see app.domain.workflow.next_steps)."""
    return _next_steps(request, _replies(request), reply_kinds(letter_effects()))


# ------------------------------------------------------------------ rendering
def _render(register: Register, request: dict[str, Any], code: str, lang: str, number: str,
            note: str | None, grounds: list[str] | tuple[str, ...] | None,
            templates_dir: Path | None, purposes: list[str] | None = None
            ) -> tuple[bytes, list[Notice]]:
    """The letter's bytes, and what the operator should know before sending it."""
    # Imported here: docxtpl is heavy, and the window reads next_steps() at start.
    from app.intake.phone import format_phone
    from app.letters.render import find_template, render_template

    require_one_of(lang, LANGUAGES, "unknown_language")
    operator, profile, notices = _requisites(register, code, lang)
    # What the register holds may carry control characters from before they were refused
    # at entry: a document cannot hold them (the XML would silently lose the rest).
    request, operator, profile, note = clean_value((request, operator, profile, note))
    source = Source(kind=kind(code).code, lang=lang, request=request, operator=operator,
                    profile=profile, number=number, today=register.today(),
                    note=(note or "").strip(), show_phone=format_phone,
                    grounds=tuple(grounds or ()),
                    authorized_body=register.get_setting("authorized_body").get(lang),
                    added_rules=tuple(register.added_rules()),
                    executor=register.get_setting("executor"),
                    number_format=register.get_setting("letter_number_format"),
                    purposes=tuple(purposes or ()))
    content = render_template(find_template(code, lang, templates_dir), code,
                              build_context(source))
    return content, notices


def preview_letter(register: Register, request_id: int, code: str, *, lang: str | None = None,
                   note: str | None = None, grounds: list[str] | None = None,
                   templates_dir: Path | None = None, purposes: list[str] | None = None
                   ) -> bytes:
    """The .docx bytes of a letter as it would be made now, without a number or a file."""
    request = register.get_request(request_id)
    placeholder = f"OUT-{register.today().year}-····"
    return _render(register, request, code, lang or request["lang"], placeholder, note,
                   grounds, templates_dir, purposes)[0]


def letter_warnings(register: Register, request_id: int, code: str,
                    lang: str | None = None, note: str | None = None) -> list[Notice]:
    """What the operator should know before making this letter (a fallback language of the
    requisites or profile, no address to send it to, a paragraph in another language, a
    date already past)."""
    request = register.get_request(request_id)
    lang = lang or request["lang"]
    return _requisites(register, code, lang)[2] + list(
        _warnings(request, code, lang, note, register.today()))


def _requisites(register: Register, code: str, lang: str
                ) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list[Notice]]:
    """The operator's record and profile a letter of kind *code* in *lang* uses, and what
    to say about them (a language falling back; a profile fallback only where the kind
    uses the profile; a signatory without a name)."""
    from .operator import letter_requisites

    operator, profile, notices = letter_requisites(register, lang)
    if not kind(code).fields & {"profile", "purposes"}:
        notices = [n for n in notices if n.code != "profile_fallback"]
    return operator, profile, notices + _signatory(operator)


def _signatory(operator: dict[str, Any] | None) -> list[Notice]:
    """A letter is signed by a named person: without one the name line is left blank."""
    from app.domain.operator import signatory_parts

    if operator is not None and not signatory_parts(operator.get("signatory"))[1]:
        return [Notice("signatory_name_missing")]
    return []


def _private_folder(folder: Path) -> None:
    """Make *folder* and any missing parent owner-only (0700) as they are created; the
    request's own folder and its year folder are made owner-only even if they exist (an
    older version made them 0755). Folders the operator made above them are left alone."""
    missing = []
    at = folder
    while not at.exists() and at != at.parent:
        missing.append(at)
        at = at.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=0o700)
        os.chmod(created, 0o700)  # whatever the umask
    for own in (folder, folder.parent):
        with contextlib.suppress(OSError):  # not ours to change: left as it is
            os.chmod(own, 0o700)


def _write_new_file(path: Path, content: bytes) -> None:
    """Create *path* with *content*; never overwrite; remove a partial file on failure."""
    try:
        _private_folder(path.parent)
        # Owner-only (0600) from the start: a letter holds personal data.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as f:
            try:
                os.chmod(path, 0o600)  # 0600 whatever the umask
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
            except BaseException:
                f.close()
                with contextlib.suppress(OSError):
                    path.unlink()
                raise
    except FileExistsError:
        raise LetterError("letter_file_exists", path=str(path)) from None
    except OSError as exc:
        # Windows' Controlled Folder Access refuses a program it does not know writes in
        # Documents: say so, not a bare "access denied" (app/letters/refusals.py).
        if refusals.cause(exc, path) == refusals.CONTROLLED_FOLDER:
            raise LetterError("letter_folder_controlled", path=str(path.parent)) from None
        if isinstance(exc, PermissionError):
            raise LetterError("letter_folder_denied", path=str(path.parent)) from None
        if exc.errno == errno.ENOSPC:
            raise LetterError("letter_disk_full", path=str(path.parent)) from None
        if exc.errno == errno.EROFS:
            raise LetterError("letter_folder_read_only", path=str(path.parent)) from None
        raise LetterError("letter_write_failed", path=str(path), reason=exc.strerror) \
            from None


def save_copy(register: Register, target: Path, content: bytes) -> Path:
    """Save *content* (a letter or an original kept in the register) at *target*, which
    the operator chose in a save dialog (so an existing file is replaced): owner-only,
    never over the register or a backup, and a refusal says its cause (the file open in
    Word, Controlled Folder Access) instead of a bare "access denied"."""
    from app.letters.outputs import write_output

    target = Path(target).expanduser()
    write_output(target, lambda f, _scratch: f.write(content), overwrite=True,
                 register_path=register.path)
    return target


def quoted_actions() -> frozenset[str]:
    """The actions whose notes some letter prints to the requester word for word."""
    return frozenset(a for code in letter_kinds() for a in kind(code).quotes)


def contradiction(register: Register, request_id: int, code: str) -> Notice | None:
    """What in the record a letter of kind *code* would contradict now, or None."""
    check = kind(code).contradicts
    return check(register.get_request(request_id)) if check else None


def _warnings(request: dict[str, Any], code: str, lang: str, note: str | None,
              today: date) -> tuple[Notice, ...]:
    """What the operator should know about a letter dated *today* (the register's clock):
    no address to send it to; a date it promises that is already past, or a reply after
    the right's due date; their own paragraph, or an action's note the letter quotes, in
    another language than the letter's."""
    found = []
    requester = request["requester"]
    if not requester.get("email") and not request.get("postal_address"):
        found.append(Notice("letter_no_address", {"number": request["number"]}))
    for how, item in late_rights(request, code, today):
        if how == "promises":
            found.append(Notice("letter_promises_past_date",
                                {"type": item["type"], "date": item["due"]}))
        else:
            found.append(Notice("letter_after_due", {"type": item["type"], "date": item["due"]}))
    written = _other_language(note, lang)
    if written:
        found.append(Notice("note_language_differs", {"lang": lang, "written": written}))
    for action in live_actions(request, *kind(code).quotes):
        written = _other_language(action.get("note"), lang)
        if written:
            found.append(Notice("quoted_note_language_differs",
                                {"lang": lang, "written": written, "text": action["note"]}))
    return tuple(found)


def _other_language(text: str | None, lang: str) -> str | None:
    """The language *text* reads as when it is not *lang*, or None. Latin against Cyrillic
    tells at once; Kazakh from Russian only over a few words (a short Kazakh phrase may
    lack the letters Russian has not)."""
    if not text:
        return None
    from app.intake.detect import detect_language

    written = detect_language(text)
    if written == lang or (written != "en" and lang != "en" and len(text.split()) < 3):
        return None
    return written


def make_letter(
    register: Register,
    request_id: int,
    code: str,
    *,
    lang: str | None = None,
    out_dir: Path | None = None,
    note: str | None = None,
    grounds: list[str] | None = None,
    templates_dir: Path | None = None,
    despite: str | None = None,
    purposes: list[str] | None = None,
) -> Letter:
    """Make (prepare) a letter of kind *code* for the request, save it, keep its copy.

    *out_dir* overrides the letters folder for this letter (the CLI's --out); *purposes*
    are the processing purposes a withdrawal confirmation names (default: all). A letter
    that would contradict the record (an access reply after the data were destroyed) is
    refused unless the operator gives a reason *despite* it, which the history keeps.
    """
    spec = kind(code)
    request = register.get_request(request_id)
    lang = lang or request["lang"]
    despite = clean_value(despite)
    conflict = spec.contradicts(request) if spec.contradicts else None
    if conflict is not None and not (despite and despite.strip()):
        raise LetterError("letter_contradicts_record", reason=conflict)
    folder = request_folder(Path(out_dir) if out_dir is not None else letters_dir(register),
                            request)
    for attempt in range(2):
        number = register.peek_number("OUT", register.today().year)
        content, notices = _render(register, request, code, lang, number, note, grounds,
                                   templates_dir, purposes)
        path = folder / f"{number}_{code}_{lang}.docx"
        _write_new_file(path, content)
        try:
            kept = register.record_letter(request_id, kind=code, lang=lang, number=number,
                                          file_name=path.name, content=content)
        except StoreError as exc:
            with contextlib.suppress(OSError):
                path.unlink()
            if exc.code == "letter_number_taken" and attempt == 0:
                continue  # another window took the number a moment ago: render again
            raise
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        if conflict is not None:
            register.note(request_id, notes.write(notes.MADE_DESPITE, number=number,
                                                  reason=despite or ""))
        return Letter(path, kept["number"], code, lang, kept["sha256"],
                      tuple(notices) + _warnings(request, code, lang, note,
                                                 register.today()))
    raise AssertionError("unreachable")  # pragma: no cover


def record_sent(register: Register, number: str, *, via: str,
                at: datetime | None = None) -> dict[str, Any]:
    """Record that the letter *number* reached the requester (*via*, at *at*, default now):
    a reply then answers its rights as of that moment."""
    letter = register.letter_by_number(number)
    return register.record_sent(letter["id"], via=via, at=at,
                                effect=kind(letter["kind"]).effect)
